"""Time every case of the bad-input corpus (tests/bad_inputs.py): each must be answered, with its
one-line error, in well under a second.

    python benchmarks/bench_bad_inputs.py [--repeat N]

In process (the CLI called through Typer's runner, as the tests do) each case is timed N times and
the median and worst are printed, slowest first. The slowest cases are then timed again as whole
`ordinance draft` processes, which adds the interpreter's and the imports' start-up.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ordinance.cli import app  # noqa: E402
from tests.bad_inputs import RIVERTON, Case, cases, write_case  # noqa: E402

LIMIT_MS = 1000.0


def command(case: Case, path: Path, output: Path) -> list[str]:
    if case.kind == "options":
        return ["draft", str(RIVERTON), "--options", str(path), "-o", str(output)]
    return ["draft", str(path), "-o", str(output)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runner = CliRunner()
    rows: list[tuple[float, float, Case]] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        output = folder / "out.md"
        runner.invoke(app, ["draft", str(RIVERTON), "-o", str(output)])  # warm-up
        for case in cases():
            path = write_case(case, folder)
            samples = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                result = runner.invoke(app, command(case, path, output))
                samples.append((time.perf_counter() - start) * 1000)
                assert result.exit_code == 2, (case.name, result.output)
            rows.append((statistics.median(samples), max(samples), case))
        rows.sort(key=lambda row: row[0], reverse=True)
        print(f"{len(rows)} cases, in process, median and worst of {args.repeat} (ms):")
        for median, worst, case in rows:
            print(f"  {case.name:<36} {median:7.1f} {worst:7.1f}")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        print("slowest five as whole processes (ms):")
        for _, _, case in rows[:5]:
            path = write_case(case, folder)
            argv = [sys.executable, "-m", "ordinance", *command(case, path, output)]
            start = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=False)
            print(f"  {case.name:<36} {(time.perf_counter() - start) * 1000:7.1f}")
    worst = max(row[1] for row in rows)
    print(f"worst in process: {worst:.1f} ms ({'within' if worst < LIMIT_MS else 'OVER'} 1 s)")


if __name__ == "__main__":
    main()
