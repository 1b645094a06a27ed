#!/usr/bin/env bash
# Whole-process measurements (issues 6 and 13): `leerlijn check --no-std
# --format json > /dev/null` on generated national plans (dense mode: a
# draft plan's findings, about one per ten lines), against programs that
# only parse the same entities as JSON (serde_json → Value) or TOML (toml →
# Table), examples/parse_other.rs.
#
#   tools/measure.sh [SCALE ...]        default: 1 10
#
# Each program's CPU time (user + sys), wall time and peak RSS come from
# wait4(2) of the child (this script stays small while it runs them:
# a child's peak RSS counts its starter's, see `summary`). The programs are run interleaved, in an order
# rotated each round (leerlijn, serde_json, toml; serde_json, toml,
# leerlijn; ...), so load from other processes on the machine, and the
# memory the previous program freed, affect them alike; medians of RUNS
# rounds. The last lines are a
# Markdown table for README.
#
# Environment: RUNS (rounds per scale, default 10 at scale 1 and 5 above),
# OUT (where the generated plans go, default target/measure), CLEAN=1 for
# the mostly clean plan instead of the dense one.
#
# Goals (issue 13): CPU and wall time ≤ 1.0× serde_json; time per MB at
# scale 10 within 1.1× of scale 1; peak RSS ≤ 4× the input size.
set -euo pipefail
cd "$(dirname "$0")/.."
scales=("$@")
[ ${#scales[@]} -eq 0 ] && scales=(1 10)
out=${OUT:-target/measure}
mode=dense
gen_flags=()
if [ -n "${CLEAN:-}" ]; then
  mode=clean
  gen_flags=(--clean)
fi

cargo build --release --quiet --example generate --example parse_other
# The binary alone, as users build it: together with an example, the
# dev-dependencies' features change every symbol's name, and the code
# layout of link/leerlijn.order (build.rs) would not apply.
cargo build --release --quiet --bin leerlijn
bin=target/release/leerlijn
gen=target/release/examples/generate
other=target/release/examples/parse_other
mkdir -p "$out"

if command -v nm >/dev/null 2>&1; then
  listed=$(grep -vc '^#' link/leerlijn.order)
  found=$(grep -v '^#' link/leerlijn.order | sort | comm -12 - <(nm --defined-only "$bin" | awk '{print $3}' | sort -u) | wc -l)
  echo "code layout: $found of $listed functions of link/leerlijn.order are in the binary (tools/order-symbols.py renews the list)"
fi
echo "machine: $(nproc) cores, $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(rustc --version); load average $(cut -d' ' -f1-3 /proc/loadavg)"
args=()
for s in "${scales[@]}"; do
  dir="$out/$mode-$s"
  [ -f "$dir/plan.json" ] || "$gen" --scale "$s" "${gen_flags[@]}" "$dir" >/dev/null
  args+=("$s" "$dir")
done

python3 - "$bin" "$other" "${RUNS:-}" "${args[@]}" <<'PY'
import json, os, statistics, subprocess, sys, time

bin_, other, runs_env, rest = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
plans = [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)]

def run(cmd):
    """Wall seconds, CPU seconds (user + sys) and peak RSS in bytes of one run."""
    with open(os.devnull, "wb") as null:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=null, stderr=null)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # leerlijn exits 1 when it finds errors
        sys.exit(f"error: {' '.join(cmd)} exited with {code}")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss * 1024

def summary(cmd):
    """The findings' summary of leerlijn's JSON, read by a child process.
    This process must stay small: Linux counts the RSS of the process that
    starts a child (vfork, then exec) in the child's peak RSS as wait4
    reports it, so once this process had held a scale-10 report (235 MB),
    every program it ran, /bin/true too, "peaked" at 235 MB or more."""
    code = ("import json, subprocess, sys; "
            "out = subprocess.run(sys.argv[1:], capture_output=True).stdout; "
            "print(json.dumps(json.loads(out)['summary']))")
    return json.loads(subprocess.run([sys.executable, "-c", code, *cmd], capture_output=True).stdout)

results = {}
for scale, d in plans:
    pw = os.path.join(d, "pathways")
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(pw) for f in fs if f.endswith(".pathway"))
    programs = {
        "leerlijn": [bin_, "check", "--no-std", "--format", "json", pw],
        "serde_json": [other, "json", os.path.join(d, "plan.json")],
        "toml": [other, "toml", os.path.join(d, "plan.toml")],
    }
    findings = summary(programs["leerlijn"])
    runs = int(runs_env) if runs_env else (10 if float(scale) <= 1 else 5)
    for cmd in programs.values():  # warm the page cache
        run(cmd)
    got = {k: [] for k in programs}
    order = list(programs.items())
    for r in range(runs):
        # Rotated each round: the program after toml pays for the kernel
        # reclaiming toml's 1.8 GB at scale 10 (slower page faults);
        # rotating spreads that over all three alike.
        for k, cmd in order[r % len(order):] + order[:r % len(order)]:
            got[k].append(run(cmd))
    med = {k: tuple(statistics.median(x[i] for x in v) for i in range(3)) for k, v in got.items()}
    # The least peak RSS a program can show here (see `summary`).
    floor = run(["true"])[2]
    results[scale] = (size, med, runs, findings)
    print(f"\nscale {scale}: {size / 1e6:.2f} MB of .pathway, {runs} interleaved rounds; findings {findings}; "
          f"peak RSS of `true` run the same way: {floor / 1e6:.1f} MB")
    print(f"{'':12} {'wall ms':>9} {'CPU ms':>9} {'peak MB':>9} {'peak÷in':>8}")
    for k, (w, c, m) in med.items():
        print(f"{k:12} {w * 1e3:9.1f} {c * 1e3:9.1f} {m / 1e6:9.1f} {m / size:8.1f}")

# The README table.
scales = list(results)
def cell(f):
    return " | ".join(f(s, *results[s]) for s in scales)
ms = lambda x: f"{x * 1e3:,.0f} ms"
print("\n| interleaved, median | " + " | ".join(f"scale {s} ({results[s][0] / 1e6:.2f} MB, {results[s][2]} rounds)" for s in scales) + " |")
print("|---|" + "---|" * len(scales))
for k, label in [("leerlijn", "`leerlijn check --no-std --format json`"), ("serde_json", "`serde_json` → `Value`"), ("toml", "`toml` → `Table`")]:
    print(f"| {label}: CPU / wall | " + cell(lambda s, size, med, runs, f: f"{ms(med[k][1])} / {ms(med[k][0])}") + " |")
print("| CPU time, leerlijn ÷ serde_json | " + cell(lambda s, size, med, runs, f: f"**{med['leerlijn'][1] / med['serde_json'][1]:.2f}**") + " |")
print("| wall time, leerlijn ÷ serde_json | " + cell(lambda s, size, med, runs, f: f"**{med['leerlijn'][0] / med['serde_json'][0]:.2f}**") + " |")
print("| CPU time, leerlijn ÷ toml | " + cell(lambda s, size, med, runs, f: f"{med['leerlijn'][1] / med['toml'][1]:.2f}") + " |")
base = results[scales[0]]
per_mb0 = base[1]["leerlijn"][1] * 1e3 / (base[0] / 1e6)
def per_mb(s, size, med, runs, f):
    v = med["leerlijn"][1] * 1e3 / (size / 1e6)
    return f"{v:.1f} ms" + ("" if s == scales[0] else f" (**{v / per_mb0:.2f}×** scale {scales[0]})")
print("| leerlijn CPU time per MB | " + cell(per_mb) + " |")
print("| peak RSS leerlijn (÷ input) | " + cell(lambda s, size, med, runs, f: f"{med['leerlijn'][2] / 1e6:.0f} MB (**{med['leerlijn'][2] / size:.1f}×**)") + " |")
print("| peak RSS serde_json / toml | " + cell(lambda s, size, med, runs, f: f"{med['serde_json'][2] / 1e6:.0f} MB / {med['toml'][2] / 1e6:.0f} MB") + " |")
PY
