#!/usr/bin/env bash
# Seeds fuzz/corpus/{parse,check,fmt} from every .pathway file of the project
# (fixtures, fuzz regressions, the example region, the grammar's examples
# when present). The prelude is left out: its 60 KB files slow libFuzzer down
# without finding more (the check target loads it itself when bit 0 is set).
# The check target reads its first byte as options: seeds get 0x00 (no
# prelude) and 0x01 (with the prelude).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p fuzz/corpus/parse fuzz/corpus/check fuzz/corpus/fmt
n=0
while IFS= read -r -d '' f; do
  n=$((n + 1))
  cp "$f" "fuzz/corpus/parse/seed-$n"
  cp "$f" "fuzz/corpus/fmt/seed-$n"
  { printf '\x00'; cat "$f"; } > "fuzz/corpus/check/seed-$n-nostd"
  { printf '\x01'; cat "$f"; } > "fuzz/corpus/check/seed-$n-std"
done < <(find tests/fixtures tests/fuzz_regressions pathways/examples grammar -type f \
           \( -name '*.pathway' -o -name '*.input' \) -print0 2>/dev/null)
echo "seeded $n files into fuzz/corpus/{parse,check,fmt}"
