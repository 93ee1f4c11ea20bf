#!/usr/bin/env python3
"""Growth of `govdiff compare` with the text, in instructions (valgrind's callgrind: exact and
repeatable on a loaded machine), whole process and by stage.

    python3 benches/scale.py                 # 1×, 4×, 16×; --format csv and --format text
    python3 benches/scale.py --scales 1 4    # fewer scales (16× takes minutes under valgrind)

The pair is the State Council's 2024→2025 made k times as long as `benches/compare.rs`
(`scale`) makes it: every body paragraph (60 characters or more) gets k−1 followers, real
paragraphs of the national reports of 2005–2019 taken in turn, each different; NEW has the
same followers with every ninth character dropped, so that they align and differ.

`--format csv` computes the verdicts only (extraction and judging); `--format text` adds the
commitments and the alignment of sections and paragraphs (no word diffs, like `compare()`).
Stage columns are inclusive instructions of the functions named in STAGES. It builds the
release binary first (`cargo build --release`).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
BINARY = os.environ.get("GOVDIFF", os.path.join(ROOT, "target", "release", "govdiff"))
BODY = 60

STAGES = [
    ("read", "govdiff::parse_report_opts"),
    ("extract", "govdiff::extract::indicators::extract"),
    ("judge", "govdiff::compare::judge_pair"),
    ("commitments", "govdiff::compare::commitments::trace_prepared"),
    ("align", "govdiff::compare::align::align_profiled"),
]


def lines(text):
    """Rust's str::lines: split on \\n, a trailing \\r dropped, no empty last line."""
    out = text.split("\n")
    if out and out[-1] == "":
        out.pop()
    return [l[:-1] if l.endswith("\r") else l for l in out]


def scaled(base, pool, k, edit):
    out = []
    nxt = 0
    for line in lines(base):
        out.append(line)
        if len(line) < BODY:
            continue
        for _ in range(1, k):
            follower = pool[nxt % len(pool)]
            nxt += 1
            if edit:
                follower = "".join(c for i, c in enumerate(follower) if i % 9 != 8)
            out.append(follower)
    return "".join(l + "\n" for l in out)


def read(name):
    with open(os.path.join(CORPUS, name), "rb") as f:
        return f.read().decode("utf-8", errors="replace")


def callgrind(cmd, tmp):
    out = os.path.join(tmp, "cg.out")
    # One thread (`RAYON_NUM_THREADS=1`): a pool of two adds its idle spinning to the count,
    # which varies from run to run; on one thread the count is the work, whole.
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, RAYON_NUM_THREADS="1"))
    found = re.search(r"Collected : (\d+)", run.stderr)
    if not found:
        sys.exit(f"callgrind failed on {' '.join(cmd)}:\n{run.stderr[-2000:]}")
    annotate = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                              capture_output=True, text=True).stdout
    stages = {}
    for name, function in STAGES:
        hit = re.search(r"^\s*([\d,]+) .*:" + re.escape(function) + r" \[", annotate, re.M)
        stages[name] = int(hit.group(1).replace(",", "")) if hit else 0
    return int(found.group(1)), stages


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--formats", nargs="+", default=["csv", "text"])
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not os.path.isdir(CORPUS):
        print(f"skipped: {CORPUS} is absent")
        return
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    pool = [l for year in range(2005, 2020) if os.path.exists(os.path.join(CORPUS, f"national_{year}.txt"))
            for l in lines(read(f"national_{year}.txt")) if len(l) >= BODY]
    old, new = read("national_2024.txt"), read("national_2025.txt")
    names = [n for n, _ in STAGES]
    print("| scale | format | OLD characters | total (M) | " + " | ".join(names) + " |")
    print("|" + "---|" * (4 + len(names)))
    with tempfile.TemporaryDirectory() as tmp:
        for k in args.scales:
            a, b = os.path.join(tmp, f"old_{k}.txt"), os.path.join(tmp, f"new_{k}.txt")
            with open(a, "w", encoding="utf-8") as f:
                f.write(scaled(old, pool, k, False))
            with open(b, "w", encoding="utf-8") as f:
                f.write(scaled(new, pool, k, True))
            chars = len(open(a, encoding="utf-8").read())
            for fmt in args.formats:
                cmd = [BINARY, "--max-size", "64MB", "compare", a, b, "--format", fmt,
                       "-o", os.path.join(tmp, "out")]
                total, stages = callgrind(cmd, tmp)
                cells = " | ".join(f"{stages[n] / 1e6:.0f}" for n in names)
                print(f"| {k}× | {fmt} | {chars:,} | {total / 1e6:.0f} | {cells} |", flush=True)


if __name__ == "__main__":
    main()
