"""`ordinance check` end to end: outputs, the JSON schema, comparison, exit codes, bad input."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import ordinance
from ordinance.checklist import CHECKLIST
from ordinance.cli import app

from .conftest import RIVERTON

runner = CliRunner()
CORPUS = Path(__file__).parent / "check_corpus" / "passages"
OAKLAND = CORPUS / "oakland-9.64.030.txt"
SEBASTOPOL = CORPUS / "sebastopol-8.80.030.txt"


def run(*args: Any) -> Any:
    return runner.invoke(app, ["check", *[str(a) for a in args]])


@pytest.fixture(scope="module")
def riverton_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("draft") / "riverton.md"
    result = runner.invoke(app, ["draft", str(RIVERTON), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_terminal_table_quotes_the_evidence() -> None:
    result = run(OAKLAND)
    assert result.exit_code == 0, result.output
    assert "score" in result.stdout and "(from text rules)" in result.stdout
    assert re.search(r"Approval by the governing body\s+yes\s+§ 9\.64\.030", result.stdout)
    flowed = " ".join(result.stdout.split())  # quotes wrap onto indented lines
    # (a lead-in is quoted with its first item: what the approval is needed for)
    assert (
        "“City staff must obtain City Council approval prior to any of the following: Accepting "
        "state or federal funds"
    ) in flowed
    assert "A strong ordinance adds:" in result.stdout


def test_json_schema_one_entry_per_element() -> None:
    result = run(OAKLAND, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"source", "method", "elements", "score"}
    assert [e["id"] for e in data["elements"]] == [e.id for e in CHECKLIST]
    for entry in data["elements"]:
        assert set(entry) == {"id", "status", "sections", "quote", "parameters", "missing", "note"}
        assert entry["status"] in ("present", "partial", "missing")
    approval = next(e for e in data["elements"] if e["id"] == "council_approval")
    assert approval["status"] == "present" and approval["sections"] == ["§ 9.64.030"]
    assert 0 <= data["score"] <= 100


def test_several_files_give_a_comparison(tmp_path: Path) -> None:
    result = run(OAKLAND, SEBASTOPOL)
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0]
    assert "oakland-" in header and "sebastopol-" in header
    assert re.search(r"^Score\s+\d+\s+\d+", result.stdout, re.MULTILINE)
    data = json.loads(run(OAKLAND, SEBASTOPOL, "--json").stdout)
    assert [o["source"] for o in data["ordinances"]] == [str(OAKLAND), str(SEBASTOPOL)]


def test_markdown_and_html_reports(tmp_path: Path, riverton_draft: Path) -> None:
    markdown = run(OAKLAND, riverton_draft, "-f", "md")
    assert markdown.exit_code == 0, markdown.output
    assert markdown.stdout.startswith("# Surveillance ordinance scorecard")
    assert "## Comparison" in markdown.stdout and "| **Score** |" in markdown.stdout
    out = tmp_path / "report.html"
    page = run(OAKLAND, "-f", "html", "-o", out)
    assert page.exit_code == 0, page.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    # Self-contained: no scripts, no links to other files or sites.
    assert not re.search(r"<script|<link|src=|href=|@import|url\(", html)


@pytest.mark.parametrize(
    ("name", "start"),
    [("report.html", "<!DOCTYPE html>"), ("report.md", "# Surveillance"), ("report.json", "{")],
)
def test_the_report_format_follows_the_output_suffix(tmp_path: Path, name: str, start: str) -> None:
    out = tmp_path / name
    result = run(OAKLAND, "-o", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(start)


def test_an_output_suffix_no_report_format_answers_to_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF- kept")
    result = run(OAKLAND, "-o", out)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert "names no report format" in line and "html (.html .htm)" in line
    assert out.read_bytes() == b"%PDF- kept"


def test_html_escapes_the_quoted_text(tmp_path: Path) -> None:
    source = tmp_path / "odd.txt"
    source.write_text(
        "1.010 Approval.\n\nNo department may acquire <b>cameras</b> & drones unless the Council "
        "has approved it.\n",
        encoding="utf-8",
    )
    page = run(source, "-f", "html").stdout
    assert "may acquire &lt;b&gt;cameras&lt;/b&gt; &amp; drones" in page
    assert "<b>cameras" not in page


def test_a_draft_is_scored_from_its_tags(riverton_draft: Path) -> None:
    data = json.loads(run(riverton_draft, "--json").stdout)
    assert data["method"] == "tags" and data["score"] == 100


def test_min_score(riverton_draft: Path) -> None:
    assert run(riverton_draft, "--min-score", "90").exit_code == 0
    failing = run(OAKLAND, "--min-score", "90")
    assert failing.exit_code == 1
    assert "below --min-score 90" in failing.stderr
    assert run(OAKLAND, "--min-score", "101").exit_code == 2


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", "", "the file is empty"),
        ("binary.txt", b"\xff\xfe\x00bad", "not UTF-8 text"),
        ("ordinance.docx", b"PK\x03\x04", "damaged or truncated zip archive"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, name: str, content: str | bytes | None, message: str
) -> None:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    out = tmp_path / "report.md"
    result = run(SEBASTOPOL, path, "-f", "md", "-o", out)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith(f"error: {path}")
    assert not out.exists()  # one bad file: no report at all


def test_library_entry_point() -> None:
    card = ordinance.check(SEBASTOPOL)
    assert card.verdict("council_approval").status == "present"
    assert card.verdict("council_approval").parameters["form"] == "by ordinance"
