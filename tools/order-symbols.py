#!/usr/bin/env python3
"""Writes link/leerlijn.order: the functions a check runs, for the linker
to lay out together (build.rs says why: resident code is part of a
check's peak memory, issue 13).

    tools/order-symbols.py            # builds, profiles, writes the list

Runs the release binary under valgrind's callgrind (exact: every function
that runs, not a sample) on the benchmark's dense plan at scale 1 with
`--format json`, then on the shipped examples with the prelude in the
human format, and lists the binary's functions that ran: those of the
json run first, then those only the human format runs (miette's
rendering), each group in the order the functions lie in the binary
profiled (the compiler's order for a name new to the list, the previous
list's for the rest, so running it twice writes the same list). Symbol
names carry a hash of the crate's build settings, so the list goes stale
when the toolchain, a dependency or the release profile changes: run this
again then (a stale name is skipped by the linker; README, "Benchmarks",
says how to see that the layout took). Needs valgrind and binutils' nm.
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target/release/leerlijn")
PLAN = os.path.join(ROOT, "target/measure/dense-1")
OUT = os.path.join(ROOT, "link/leerlijn.order")


def run(*cmd, **kw):
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def functions_run(args):
    """Mangled names of the functions callgrind saw run for `leerlijn ARGS`."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "callgrind.out")
        # A check with findings exits 1; 2 or more is a failure.
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", "--demangle=no",
             f"--callgrind-out-file={out}", BINARY, *args],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if done.returncode not in (0, 1):
            sys.exit(f"leerlijn {' '.join(args)}: exit status {done.returncode}")
        names = set()
        with open(out) as f:
            for line in f:
                m = re.match(r"^c?fn=\(\d+\) (.*)$", line.rstrip("\n"))
                if m:
                    # callgrind marks recursion depth as name'2.
                    names.add(re.sub(r"'\d+$", "", m.group(1)))
        return names


def main():
    if not os.path.isdir(PLAN):
        run("cargo", "run", "--release", "--quiet", "--example", "generate", "--",
            "--scale", "1", PLAN)
    # Alone: built together with an example, the dev-dependencies' features
    # change the dependencies' build settings, and so every symbol's hash.
    run("cargo", "build", "--release", "--quiet", "--bin", "leerlijn")
    nm = subprocess.run(["nm", "--defined-only", BINARY], check=True,
                        capture_output=True, text=True).stdout
    address = {}
    for line in nm.splitlines():
        parts = line.split()
        # Code only; a name with a `.N` suffix is a local LTO renamed, and
        # its number changes from build to build.
        if len(parts) == 3 and parts[1] in "tTwW" and not re.search(r"\.\d+$", parts[2]):
            address.setdefault(parts[2], int(parts[0], 16))
    json_run = functions_run(["check", "--no-std", "--format", "json", PLAN])
    human_run = functions_run(["check", "--format", "human", "pathways/examples"])
    first = sorted((n for n in json_run if n in address), key=address.get)
    then = sorted((n for n in human_run - json_run if n in address), key=address.get)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    tmp = OUT + ".tmp"
    with open(tmp, "w") as f:
        f.write("# Written by tools/order-symbols.py; build.rs explains it. "
                f"{len(first)} functions of a json check, then {len(then)} "
                "of the human format.\n")
        for name in first + then:
            f.write(name + "\n")
    os.replace(tmp, OUT)
    print(f"{OUT}: {len(first)} + {len(then)} functions", file=sys.stderr)


if __name__ == "__main__":
    main()
