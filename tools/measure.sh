#!/usr/bin/env bash
# Whole-process measurements for issue 6: `leerlijn check --no-std --format
# json > /dev/null` on generated national plans, against a program that only
# parses the same entities as JSON (serde_json → Value) or TOML (toml →
# Table), plus peak memory (/usr/bin/time -v).
#
#   tools/measure.sh [SCALE ...]        default: 1 10
#
# Environment: RUNS (hyperfine runs per command, default 10), OUT (where the
# generated plans go, default target/measure). Uses hyperfine when it is
# installed (apt-get install hyperfine), else a best-of-RUNS loop.
#
# Targets (issue 6): at scale 1 leerlijn ÷ serde_json ≤ 1.0; time per MB at
# scale 10 within 1.2× of scale 1; peak RSS ≤ 4× the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(1 10)
runs=${RUNS:-10}
out=${OUT:-target/measure}

cargo build --release --quiet --bin leerlijn --example generate --example parse_other
bin=target/release/leerlijn
gen=target/release/examples/generate
other=target/release/examples/parse_other
mkdir -p "$out"

# Median wall time in ms of a command (stdout discarded, exit status ignored).
median_ms() {
  if command -v hyperfine >/dev/null; then
    local json
    json=$(mktemp)
    hyperfine -N -i --warmup 2 --runs "$runs" --style none --export-json "$json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1e3))' "$json"
    rm -f "$json"
  else
    local times=() t0 t1
    for _ in $(seq "$runs"); do
      t0=$(date +%s%N)
      $1 >/dev/null 2>&1 || true
      t1=$(date +%s%N)
      times+=($(((t1 - t0) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
  fi
}

# Peak resident set size in kB (leerlijn exits 1 when it finds errors).
peak_kb() {
  { /usr/bin/time -v "$@" 2>&1 >/dev/null || true; } |
    awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}'
}

echo "machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB"
echo "timing: median of $runs runs $(command -v hyperfine >/dev/null && hyperfine --version || echo '(shell loop)')"
printf '\n%-6s %9s %11s %11s %11s %9s %9s %9s %10s %9s\n' \
  scale "MB" "leerlijn" "serde_json" "toml" "÷json" "÷toml" "ms/MB" "peak MB" "peak÷in"
first_per_mb=""
for s in "${scales[@]}"; do
  dir="$out/scale-$s"
  [ -f "$dir/plan.json" ] || "$gen" --scale "$s" "$dir" >/dev/null
  bytes=$(find "$dir/pathways" -name '*.pathway' -printf '%s\n' | awk '{n+=$1} END {print n}')
  check="$bin check --no-std --format json $dir/pathways"
  t_check=$(median_ms "$check")
  t_json=$(median_ms "$other json $dir/plan.json")
  t_toml=$(median_ms "$other toml $dir/plan.toml")
  kb=$(peak_kb $check)
  read -r mb per_mb r_json r_toml peak ratio < <(python3 -c '
import sys
b, c, j, t, kb = map(float, sys.argv[1:])
mb = b / 1e6
print("%.2f %.1f %.2f %.2f %.1f %.1f" % (mb, c / mb, c / j, c / t, kb / 1024, kb * 1024 / b))
' "$bytes" "$t_check" "$t_json" "$t_toml" "$kb")
  printf '%-6s %9s %8s ms %8s ms %8s ms %9s %9s %9s %10s %9s\n' \
    "$s" "$mb" "$t_check" "$t_json" "$t_toml" "$r_json" "$r_toml" "$per_mb" "$peak" "$ratio"
  [ -z "$first_per_mb" ] && first_per_mb=$per_mb
  last_per_mb=$per_mb
done
if [ ${#scales[@]} -gt 1 ]; then
  awk -v a="$first_per_mb" -v b="$last_per_mb" -v s0="${scales[0]}" -v s1="${scales[-1]}" \
    'BEGIN {printf "\ntime per MB, scale %s ÷ scale %s: %.2f\n", s1, s0, b / a}'
fi
