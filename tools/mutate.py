#!/usr/bin/env python3
"""Mutation fuzzing of the whole command line, on the stable toolchain.

    tools/mutate.py [SEED] [SECONDS] [BINARY]     defaults: 1 300 target/release/leerlijn

Each round writes one to four .pathway files, each a fixture or example
file with up to twelve edits (plan words and punctuation inserted, runs
deleted, pieces of other files spliced in), and runs `leerlijn check` on
them in a random format and language. A run must exit 0 or 1, print no
panic and end within 20 s; a failing case is kept in target/mutate/badN
(and the run stops after six). `cargo fuzz` (fuzz/, nightly) goes deeper
into the parser; this covers the CLI, the emitters and the languages.
"""
import glob, os, random, shutil, subprocess, sys, time

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 300
binary = sys.argv[3] if len(sys.argv) > 3 else os.path.join(root, "target/release/leerlijn")
random.seed(seed)
sources = [
    open(p, encoding="utf-8", errors="replace").read()
    for pattern in ("pathways/examples/**/*.pathway", "tests/fixtures/**/*.pathway")
    for p in sorted(glob.glob(os.path.join(root, pattern), recursive=True))
]
words = ["{", "}", "[", "]", "(", ")", "->", "=>", "=", ",", ".", '"', "#", "\n",
         "pathway", "offer", "programme", "school", "institution", "region", "sector",
         "includes", "from", "until", "capacity", "pupils", "2026:", "level", "track",
         "route", "years", "note", "~", "*", "0", "99999", "-1", "é", "\t", " ",
         "# leerlijn: allow(C201)", "as", '"x"', "\\", "\u0000"]
out = os.path.join(root, "target/mutate")
case = os.path.join(out, "case")
shutil.rmtree(out, ignore_errors=True)
os.makedirs(case)
end = time.time() + seconds
runs = bad = 0
while time.time() < end and bad < 6:
    files = {}
    for i in range(random.randint(1, 4)):
        text = list(random.choice(sources))
        for _ in range(random.randint(1, 12)):
            at = random.randint(0, len(text))
            op = random.random()
            if op < 0.4:
                text[at:at] = list(random.choice(words))
            elif op < 0.7:
                del text[at:at + random.randint(1, 20)]
            else:
                other = random.choice(sources)
                start = random.randint(0, len(other))
                text[at:at] = list(other[start:start + random.randint(1, 200)])
        files[f"f{i}.pathway"] = "".join(text)
    for name in os.listdir(case):
        os.remove(os.path.join(case, name))
    for name, text in files.items():
        with open(os.path.join(case, name), "w", encoding="utf-8") as f:
            f.write(text)
    fmt = random.choice(["json", "human", "sarif", "github", "junit", "concise", "markdown"])
    args = [binary, "check", "--format", fmt, "--lang", random.choice(["en", "nl"]), case]
    try:
        r = subprocess.run(args, capture_output=True, timeout=20)
        code, err = r.returncode, r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        code, err = "timeout", ""
    runs += 1
    if code not in (0, 1) or "panicked" in err:
        bad += 1
        keep = os.path.join(out, f"bad{bad}")
        shutil.copytree(case, keep)
        print("FAILED", code, fmt, keep, err[:300], flush=True)
print(f"{runs} runs, {bad} failed")
sys.exit(1 if bad else 0)
