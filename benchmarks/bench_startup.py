"""Measure how long the `ordinance` command takes to start, as whole processes.

    python benchmarks/bench_startup.py [--repeat N] [--command CMD]

Each figure is the median wall-clock time of N runs (after two warm-up runs), from process start
to exit, so it includes the interpreter's own start-up; the bare interpreter is measured too, as
the floor. By default the command is this interpreter running `-m ordinance` from this checkout;
`--command ordinance` times an installed console script instead. Target: `--help` and `--version`
under 150 ms (benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 150.0


def run_ms(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def measure(label: str, argv: list[str], env: dict[str, str], repeat: int) -> float:
    for _ in range(2):
        run_ms(argv, env)
    samples = [run_ms(argv, env) for _ in range(repeat)]
    median = statistics.median(samples)
    print(f"{label:<40} {median:7.1f} ms  ({min(samples):.1f}-{max(samples):.1f}, n={repeat})")
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--command", help="the command to time, e.g. ordinance (default: -m)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = shlex.split(args.command) if args.command else [sys.executable, "-m", "ordinance"]

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
