"""The bad-input corpus (tests/bad_inputs.py): every case is refused the same careful way.

Exit status 2; exactly one line on stderr, naming the file, the line and the field the case
broke; no traceback; and an output file that already existed is left byte for byte as it was.
A UTF-8 byte-order mark and Windows line ends are not bad input: those files draft.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ordinance.cli import app

from .bad_inputs import ONE_LINE, RIVERTON, TEXT, Case, cases, write_case

runner = CliRunner()
CASES = cases()
EXISTING = b"my hand edits\n"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


def _command(case: Case, path: Path, output: Path) -> list[str]:
    if case.kind == "options":
        return ["draft", str(RIVERTON), "--options", str(path), "-o", str(output)]
    return ["draft", str(path), "-o", str(output)]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_is_one_line_naming_file_line_and_field(case: Case, tmp_path: Path) -> None:
    path = write_case(case, tmp_path)
    output = tmp_path / "bill.md"
    output.write_bytes(EXISTING)
    result = runner.invoke(app, _command(case, path, output))
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert "Traceback" not in result.output
    (line,) = result.stderr.splitlines()
    match = ONE_LINE.match(line)
    assert match, line
    assert (match["file"], match["field"], int(match["line"])) == (
        str(path),
        case.field,
        case.line,
    ), line
    assert case.message in match["message"], line
    assert output.read_bytes() == EXISTING


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "jurisdiction"][::4], ids=str)
def test_validate_reports_the_same_line(case: Case, tmp_path: Path) -> None:
    path = write_case(case, tmp_path)
    drafted = runner.invoke(app, ["draft", str(path), "-o", str(tmp_path / "x.md")])
    validated = runner.invoke(app, ["validate", str(path)])
    assert validated.exit_code == 2
    assert validated.stderr == drafted.stderr


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bom", "\ufeff".encode() + TEXT.encode()),
        ("crlf", TEXT.replace("\n", "\r\n").encode()),
        ("bom-and-crlf", "\ufeff".encode() + TEXT.replace("\n", "\r\n").encode()),
    ],
)
def test_byte_order_mark_and_windows_line_ends_draft(
    name: str, data: bytes, tmp_path: Path
) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(data)
    output = tmp_path / "bill.md"
    result = runner.invoke(app, ["draft", str(path), "-o", str(output)])
    assert result.exit_code == 0, result.output
    reference = tmp_path / "reference.md"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(reference)]).exit_code == 0
    assert output.read_bytes() == reference.read_bytes()


def test_line_numbers_survive_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    path.write_bytes(
        TEXT.replace("districts: 7", "districts: seven").replace("\n", "\r\n").encode()
    )
    result = runner.invoke(app, ["validate", str(path)])
    match = ONE_LINE.match(result.stderr.strip())
    assert match and int(match["line"]) == TEXT.splitlines().index("  districts: 7") + 1


def test_a_draft_with_byte_order_mark_and_windows_line_ends_reads_the_same(tmp_path: Path) -> None:
    draft = tmp_path / "bill.md"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(draft)]).exit_code == 0
    windows = tmp_path / "windows.md"
    windows.write_bytes(b"\xef\xbb\xbf" + draft.read_bytes().replace(b"\n", b"\r\n"))
    again = tmp_path / "again.md"
    result = runner.invoke(app, ["render", str(windows), "-f", "md", "-o", str(again)])
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == draft.read_bytes()


def test_the_documented_limits_are_the_limits() -> None:
    # README.md and SECURITY.md promise these numbers to people deciding whether to trust a file.
    from ordinance.loading import MAX_DRAFT_BYTES, MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_VALUES

    root = Path(__file__).resolve().parents[1]
    for name in ("README.md", "SECURITY.md"):
        text = " ".join((root / name).read_text(encoding="utf-8").split())
        assert f"{MAX_YAML_BYTES // 1024} KiB" in text, name
        assert f"{MAX_DRAFT_BYTES // 1024 // 1024} MiB" in text, name
        assert f"more than {MAX_YAML_VALUES:,} values" in text, name
    security = " ".join((root / "SECURITY.md").read_text(encoding="utf-8").split())
    assert f"more than {MAX_YAML_DEPTH} levels deep" in security
