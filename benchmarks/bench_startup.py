"""Measure how long the `ordinance` command takes to start, as whole processes.

    python benchmarks/bench_startup.py [--repeat N] [--command CMD]

Each figure is the median of N runs (after two warm-up runs), from process start to exit, so it
includes the interpreter's own start-up; the bare interpreter is measured too, as the floor. Two
figures are printed: wall-clock time, which is what a user waits, and CPU time (user + system) of
the process, which is what the command costs and varies far less when other work shares the
machine. Compare wall-clock figures only from a quiet machine. By default the command is this
interpreter running `-m ordinance` from this checkout; `--command ordinance` times an installed
console script instead. Target: `--help` and `--version` under 150 ms (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 150.0


def run_ms(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock and CPU milliseconds of one run of `argv`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def measure(label: str, argv: list[str], env: dict[str, str], repeat: int) -> float:
    for _ in range(2):
        run_ms(argv, env)
    walls, cpus = zip(*(run_ms(argv, env) for _ in range(repeat)), strict=True)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    print(f"{label:<34} wall {wall:6.1f} ms ({min(walls):.0f}-{max(walls):.0f})  cpu {cpu:6.1f} ms")
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--command", help="the command to time, e.g. ordinance (default: -m)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = shlex.split(args.command) if args.command else [sys.executable, "-m", "ordinance"]

    print(f"median of {args.repeat} runs (wall: min-max)")
    measure("python -c pass (the floor)", [sys.executable, "-c", "pass"], env, args.repeat)
    results = {
        "--help": measure("ordinance --help", [*command, "--help"], env, args.repeat),
        "--version": measure("ordinance --version", [*command, "--version"], env, args.repeat),
    }
    measure("ordinance draft --help", [*command, "draft", "--help"], env, args.repeat)
    measure("ordinance validate oakland-ca", [*command, "validate", "oakland-ca"], env, args.repeat)
    for name, median in results.items():
        verdict = "meets" if median < TARGET_MS else "MISSES"
        print(f"{name}: {verdict} the {TARGET_MS:.0f} ms target")


if __name__ == "__main__":
    main()
