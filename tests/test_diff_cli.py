"""`ordinance diff` end to end: exit codes like diff's, outputs by format, one-line errors."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ordinance import Jurisdiction
from ordinance.cli import app

from . import diff_edits as edits
from .conftest import RIVERTON

runner = CliRunner()


def run(*args: object) -> Any:
    return runner.invoke(app, ["diff", *map(str, args)])


@pytest.fixture(scope="module")
def drafts(riverton: Jurisdiction, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("versions")
    base = edits.base_markdown(riverton)
    old, new = folder / "introduced.md", folder / "amended.md"
    old.write_text(base, encoding="utf-8")
    new.write_text(edits.everything(base), encoding="utf-8")
    return old, new


def test_same_versions_exit_0(drafts: tuple[Path, Path]) -> None:
    result = run(drafts[0], drafts[0])
    assert result.exit_code == 0
    assert "no changes" in result.stdout


def test_different_versions_exit_1_with_a_summary(drafts: tuple[Path, Path]) -> None:
    result = run(*drafts)
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- {drafts[0]}")
    assert "moved" in result.stdout and "\x1b[" not in result.stdout  # plain when piped
    details = [line.strip() for line in result.stdout.splitlines() if "{+" in line or "[-" in line]
    assert details and not [line for line in details if "  " in line]  # marks add no double space


def test_word_redline_lands_beside_the_new_version(drafts: tuple[Path, Path]) -> None:
    result = run(*drafts, "-f", "docx", "--author", "Counsel", "--date", "2027-02-01")
    assert result.exit_code == 1
    path = drafts[1].with_suffix(".redline.docx")
    assert f"wrote {path}" in result.stderr
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert 'w:author="Counsel"' in xml and 'w:date="2027-02-01T00:00:00Z"' in xml


@pytest.mark.parametrize(
    ("suffix", "start"), [(".html", "<!DOCTYPE html>"), (".md", "# Changes to"), (".json", "{")]
)
def test_format_from_the_output_suffix(
    drafts: tuple[Path, Path], tmp_path: Path, suffix: str, start: str
) -> None:
    target = tmp_path / f"redline{suffix}"
    result = run(*drafts, "-o", target)
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8").startswith(start)


@pytest.mark.parametrize("name", ["redline.pdf", "redline.doc", "redline"])
def test_an_output_suffix_no_redline_format_answers_to_is_refused(
    drafts: tuple[Path, Path], tmp_path: Path, name: str
) -> None:
    target = tmp_path / name
    target.write_bytes(b"%PDF- kept")
    result = run(*drafts, "-o", target)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "names no redline format" in line and "docx (.docx)" in line
    assert target.read_bytes() == b"%PDF- kept"


def test_json_to_standard_output(drafts: tuple[Path, Path]) -> None:
    result = run(*drafts, "-f", "json")
    assert json.loads(result.stdout)["summary"]["changes"] > 10


def test_legislative_style_with_elision(drafts: tuple[Path, Path], tmp_path: Path) -> None:
    target = tmp_path / "printed.docx"
    result = run(*drafts, "--style", "legislative", "--elide", "-o", target)
    assert result.exit_code == 1
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert "<w:strike/>" in xml and "* * *" in xml and "<w:ins " not in xml


def test_jurisdiction_files_are_drafted_on_the_fly(tmp_path: Path) -> None:
    options = tmp_path / "amended.yaml"
    options.write_text("hearing_notice_days: 45\n", encoding="utf-8")
    assert run(RIVERTON, RIVERTON).exit_code == 0
    result = run(tmp_path / "introduced.yaml", options, "--jurisdiction", RIVERTON)
    assert result.exit_code == 2  # introduced.yaml does not exist
    (tmp_path / "introduced.yaml").write_text("{}\n", encoding="utf-8")
    result = run(tmp_path / "introduced.yaml", options, "--jurisdiction", RIVERTON)
    assert result.exit_code == 1 and "forty-five (45)" in result.stdout


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("counsel.docx", "no such file"),
        ("truncated.docx", "damaged or truncated zip archive"),
        ("notes.txt", "cannot compare this kind of file: expected .md"),
        ("missing.md", "no such file"),
    ],
)
def test_trouble_is_one_line_and_exit_2(
    drafts: tuple[Path, Path], tmp_path: Path, name: str, message: str
) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "truncated.docx").write_bytes(b"PK\x03\x04")
    result = run(drafts[0], tmp_path / name)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {tmp_path / name}") and message in line
