"""Measure the DOCX reader: reading our own DOCX back in process, and refusing hostile files.

    python benchmarks/bench_docx_reader.py [JURISDICTION] [--repeat N]

Prints median milliseconds of `read_docx` on the jurisdiction's drafted DOCX (after one warm-up
call), and for each hostile file (zip bomb, billion laughs, external entity, a 200 MB part, a
truncated zip, a renamed PDF) the in-process time to refuse it and the whole-process time of
`ordinance validate FILE` (the goal: under a second each, on the project's 2-core machine).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The repository root: the package and the tests' hostile-file makers.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ordinance import draft, load_jurisdiction
from ordinance.errors import InputError
from ordinance.readers.docx import read_docx
from tests.hostile_docx import hostile_files


def median_ms(function: Callable[[], Any], repeat: int) -> float:
    function()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def refuse(data: bytes) -> None:
    try:
        read_docx(data)
    except InputError:
        return
    raise AssertionError("a hostile file was read")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jurisdiction", nargs="?", default="oakland-ca")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    data = draft(load_jurisdiction(args.jurisdiction)).to_docx()
    reading = median_ms(lambda: read_docx(data), args.repeat)
    print(f"read our DOCX ({len(data) // 1024} KiB)  {reading:8.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for name, (hostile, _) in hostile_files(data).items():
            path = Path(folder) / "hostile.docx"
            path.write_bytes(hostile)
            in_process = median_ms(lambda h=hostile: refuse(h), args.repeat)  # type: ignore[misc]
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "ordinance", "validate", str(path)],
                           capture_output=True, check=False)  # fmt: skip
            whole = (time.perf_counter() - start) * 1000
            print(f"refuse {name:<26} {in_process:8.1f} ms in process, {whole:6.0f} ms whole")


if __name__ == "__main__":
    main()
