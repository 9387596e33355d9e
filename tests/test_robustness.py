"""Damaged input never crashes: every run ends in success or in one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from ordinance.cli import app

from .conftest import RIVERTON

runner = CliRunner()
SOURCE_LINES = RIVERTON.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def draft_lines(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("draft") / "draft.md"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(path)]).exit_code == 0
    return path.read_text(encoding="utf-8").splitlines()


def damage(lines: list[str], data: st.DataObject) -> str:
    """Delete, duplicate, truncate or garble a few lines, as a careless edit might."""
    lines = list(lines)
    for _ in range(data.draw(st.integers(1, 4))):
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "truncate", "garble", "indent"]))
        if action == "delete":
            del lines[index]
        elif action == "duplicate":
            lines.insert(index, lines[index])
        elif action == "truncate":
            lines[index] = lines[index][: data.draw(st.integers(0, max(0, len(lines[index]) - 1)))]
        elif action == "garble":
            lines[index] = data.draw(st.text(max_size=20)) + lines[index]
        else:
            lines[index] = "    " + lines[index]
    return "\n".join(lines) + "\n"


def assert_clean_outcome(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code in (0, 2), (result.exit_code, result.output, result.exception)
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert lines and all(line.startswith("error: ") for line in lines), result.stderr
    assert "Traceback" not in result.output


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_jurisdiction_files(tmp_path: Path, data: st.DataObject) -> None:
    path = tmp_path / "place.yaml"
    path.write_text(damage(SOURCE_LINES, data), encoding="utf-8")
    assert_clean_outcome(["draft", str(path), "-o", str(tmp_path / "out.md")])


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_damaged_markdown_drafts(
    tmp_path: Path, draft_lines: list[str], data: st.DataObject
) -> None:
    path = tmp_path / "draft.md"
    path.write_text(damage(draft_lines, data), encoding="utf-8")
    assert_clean_outcome(["fmt", str(path)])
    assert_clean_outcome(["render", str(path), "-o", str(tmp_path / "out.docx")])
