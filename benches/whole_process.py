#!/usr/bin/env python3
"""Whole-process speed of `govdiff compare` against `git diff --word-diff-regex=.` and
Python's difflib, on the corpus pairs, and on hostile inputs.

One command, one table:

    python3 benches/whole_process.py            # CPU time, median of 9 runs (difflib: 3)
    python3 benches/whole_process.py --runs 21  # more runs on a noisy machine
    python3 benches/whole_process.py --instructions   # instruction counts (valgrind), exact
    python3 benches/whole_process.py --wall     # wall-clock time, median: what a user waits

It builds the release binary first (`cargo build --release`). CPU time is user + system time
of the child process (resource.getrusage), so other load on the machine matters less than
for wall time, but it still matters: read the ratios, measured side by side in one run, not
the absolute figures. `--instructions` counts instructions under callgrind instead: exact
and repeatable, slow (one run each), and blind to cache misses and memory bandwidth. `--wall` measures elapsed time instead: what a
user waits, and the figure that shows the two reports of a pair prepared on two cores (CPU
time adds the cores up); it needs a quiet machine.

The corpus lives in ../shared/corpus (see tests/common/mod.rs); pairs whose files are
absent are skipped. Hostile inputs are generated in a temporary folder.
"""

import argparse
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
BINARY = os.environ.get("GOVDIFF", os.path.join(ROOT, "target", "release", "govdiff"))

PAIRS = [
    ("samples", "samples/qinglan_2023.txt", "samples/qinglan_2024.txt"),
    ("State Council 2024→2025", "CORPUS/national_2024.txt", "CORPUS/national_2025.txt"),
    ("State Council 2021→2022", "CORPUS/national_2021.txt", "CORPUS/national_2022.txt"),
    ("Hailar 2014→2015", "CORPUS/hailaer_2014.txt", "CORPUS/hailaer_2015.txt"),
    ("Yi County 2020→2021", "CORPUS/yixian_2020.txt", "CORPUS/yixian_2021.txt"),
    ("Hebei 2023→2024", "CORPUS/hebei_2023.txt", "CORPUS/hebei_2024.txt"),
]

def state_council_pairs():
    """Every State Council pair of consecutive years in the corpus (`--state-council`)."""
    years = sorted(
        int(f[len("national_"):-len(".txt")])
        for f in (os.listdir(CORPUS) if os.path.isdir(CORPUS) else [])
        if re.fullmatch(r"national_\d{4}\.txt", f)
    )
    return [
        (f"State Council {y}→{y + 1}", f"CORPUS/national_{y}.txt", f"CORPUS/national_{y + 1}.txt")
        for y in years
        if y + 1 in years
    ]


DIFFLIB = (
    "import difflib, sys\n"
    "a = open(sys.argv[1], encoding='utf-8', errors='replace').read()\n"
    "b = open(sys.argv[2], encoding='utf-8', errors='replace').read()\n"
    "sum(1 for _ in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes())\n"
)


def resolve(path):
    return os.path.join(CORPUS, path[len("CORPUS/"):]) if path.startswith("CORPUS/") else os.path.join(ROOT, path)


def cpu_time(cmd, wall=False):
    """User + system CPU seconds of one run of `cmd` (output discarded), or with `wall` the
    seconds it took; exits on failure."""
    before, started = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    result = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after, elapsed = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter() - started
    # git diff exits 1 when the files differ; govdiff exits 1 on an error.
    if result.returncode != 0 and not (cmd[0] == "git" and result.returncode == 1):
        sys.exit(f"failed ({result.returncode}): {' '.join(cmd)}")
    if wall:
        return elapsed
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def instructions(cmd):
    """Instructions executed by one run of `cmd`, counted by valgrind's callgrind. govdiff
    runs on one thread (`RAYON_NUM_THREADS=1`): counting a pool of two adds its idle spinning,
    which varies from run to run, and on one thread the count is the work, whole (git's word
    diff runs on one thread too)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "cg.out")
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ, RAYON_NUM_THREADS="1"),
        )
        found = re.search(r"Collected : (\d+)", run.stderr)
        if not found:
            sys.exit(f"callgrind failed on {' '.join(cmd)}:\n{run.stderr[-2000:]}")
        return int(found.group(1))


def measure(cmd, runs, use_instructions, wall):
    if use_instructions:
        return instructions(cmd)
    return statistics.median(cpu_time(cmd, wall) for _ in range(runs))


def commands(old, new, out_dir):
    csv = os.path.join(out_dir, "out.csv")
    html = os.path.join(out_dir, "out.html")
    limit = ["--max-size", "64MB"]
    return {
        "csv": [BINARY] + limit + ["compare", old, new, "--format", "csv", "-o", csv],
        "html": [BINARY] + limit + ["compare", old, new, "--format", "html", "-o", html],
        "git": ["git", "diff", "--no-index", "--word-diff-regex=.", old, new],
        "difflib": [sys.executable, "-c", DIFFLIB, old, new],
    }


def random_han(seed, n):
    rng = random.Random(seed)
    return "".join(chr(0x4E00 + rng.randrange(3000)) for _ in range(n))


def hostile_inputs(tmp):
    """(name, old, new) files: 100,000 numbered headings; one 5 MB line of 57,000 sentences;
    one 5 MB line of news leads (`市长某某在…作政府工作报告`, what the speaker and day are read
    from); 100,000 paragraphs that open with the address `各位代表!` (what the closing and the
    conduct paragraph are found by). NEW repeats OLD with every tenth heading or sentence
    rewritten, so that the two align and their diff has work to do."""
    head = "示例县{}年政府工作报告\n各位代表:\n一、{}年工作回顾\n"

    def text(seed, year, n):
        return random_han(seed * 7 + (year if seed % 10 == 0 else 0), n)

    files = []
    for name, body in [
        ("100,000 headings", lambda year: "".join(
            f"{i}.{text(i, year, 6)}。{text(-i, year, 10)}\n" for i in range(1, 100_001))),
        ("one 5 MB line", lambda year: "".join(
            text(i, year, 29) + "。" for i in range(57_000)) + "\n"),
        ("one 5 MB line of news leads", lambda year: "".join(
            f"本报讯 2月4日,市长{text(i, year, 3)}在{text(-i, year, 6)}会议上作政府工作报告,"
            for i in range(60_000)) + "\n"),
        ("100,000 addresses", lambda year: "".join(
            f"各位代表!{text(i, year, 12)}政府{text(-i, year, 6)}!\n" for i in range(1, 100_001))),
    ]:
        pair = []
        for year in (2023, 2024):
            path = os.path.join(tmp, f"{len(files)}_{year}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(head.format(year, year - 1))
                f.write(body(year))
                f.write(f"二、{year}年发展目标和重点工作\n主要预期目标为:地区生产总值增长6%左右。\n")
            pair.append(path)
        files.append((name, pair[0], pair[1]))
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9, help="runs per command (median); difflib a third")
    parser.add_argument("--instructions", action="store_true", help="count instructions with valgrind instead")
    parser.add_argument("--wall", action="store_true", help="wall-clock time instead of CPU time")
    parser.add_argument("--no-hostile", action="store_true", help="skip the generated hostile inputs")
    parser.add_argument("--no-build", action="store_true", help="use target/release/govdiff (or $GOVDIFF) as it is")
    parser.add_argument("--no-difflib", action="store_true", help="skip Python's difflib (minutes under valgrind)")
    parser.add_argument("--state-council", action="store_true", help="every State Council pair of the corpus instead")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    for tool in ("git",) + (("valgrind",) if args.instructions else ()):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed")
    kind = "wall-clock" if args.wall else "CPU"
    unit = "instructions (M)" if args.instructions else f"{kind} s, median of {args.runs}"
    print(f"# whole process, {unit}; ratios are govdiff / other tool\n")
    header = "| pair | csv | html | git word diff | difflib | csv/git | html/git | html/difflib |"
    print(header)
    print("|" + "---|" * 8)
    with tempfile.TemporaryDirectory() as tmp:
        for name, old, new in state_council_pairs() if args.state_council else PAIRS:
            old, new = resolve(old), resolve(new)
            if not (os.path.exists(old) and os.path.exists(new)):
                print(f"| {name} | (absent) | | | | | | |")
                continue
            cmds = commands(old, new, tmp)
            got = {}
            for key, cmd in cmds.items():
                if key == "difflib" and args.no_difflib:
                    got[key] = 0
                    continue
                runs = max(1, args.runs // 3) if key == "difflib" else args.runs
                got[key] = measure(cmd, runs, args.instructions, args.wall)
            fmt = (lambda v: f"{v / 1e6:.0f}" if v else "–") if args.instructions else (lambda v: f"{v:.3f}" if v else "–")
            ratio = lambda a, b: f"{got[a] / got[b]:.2f}×" if got[b] else "–"
            print(
                f"| {name} | {fmt(got['csv'])} | {fmt(got['html'])} | {fmt(got['git'])} | "
                f"{fmt(got['difflib'])} | {ratio('csv', 'git')} | {ratio('html', 'git')} | "
                f"{ratio('html', 'difflib')} |",
                flush=True,
            )
        if args.no_hostile:
            return
        print(f"\n# hostile inputs, one run each ({kind} s)\n")
        print("| input | size | csv | html |")
        print("|---|---|---|---|")
        for name, old, new in hostile_inputs(tmp):
            cmds = commands(old, new, tmp)
            size = os.path.getsize(new) / 1e6
            csv, html = (cpu_time(cmds[k], args.wall) for k in ("csv", "html"))
            print(f"| {name} | {size:.1f} MB | {csv:.2f} | {html:.2f} |", flush=True)


if __name__ == "__main__":
    main()
