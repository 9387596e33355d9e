"""Same inputs, same bytes, whatever process makes them: two separate processes with different
hash seeds (so set and dict-of-set orders differ) write identical Markdown and Word files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .bad_inputs import RIVERTON

ROOT = Path(__file__).resolve().parents[1]


def run_draft(args: list[str], output: Path, hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, "-m", "ordinance", "draft", *args, "-o", str(output)],
        env=env,
        capture_output=True,
        check=True,
    )
    return output.read_bytes()


@pytest.mark.parametrize("suffix", ["md", "docx"])
@pytest.mark.parametrize(
    "args",
    [
        [str(RIVERTON)],
        ["oakland-ca", "--toc", "--line-numbers", "--set", "metadata.sponsors=[A Doe, B Roe]"],
    ],
    ids=["riverton", "oakland-with-options"],
)
def test_separate_processes_write_identical_bytes(
    args: list[str], suffix: str, tmp_path: Path
) -> None:
    first = run_draft(args, tmp_path / f"first.{suffix}", "1")
    second = run_draft(args, tmp_path / f"second.{suffix}", "4242")
    assert first == second
