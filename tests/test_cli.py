"""The command line end to end: exit codes, one-line errors, files written whole or not at all."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel
from typer.testing import CliRunner

from ordinance.cli import app
from ordinance.models import Jurisdiction
from ordinance.resources import jurisdiction_path, shipped_jurisdictions

from .conftest import FIXTURES, RIVERTON

runner = CliRunner()
ERROR_LINE = re.compile(r"^error: \S+:\d+:\d+: \S+: .+$")


def run(*args: str) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def test_draft_markdown_to_stdout() -> None:
    result = run("draft", RIVERTON)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("---\n")
    assert "The City Council of the City of Riverton does ordain as follows:" in result.stdout


def test_draft_to_docx_file_and_options(tmp_path: Path) -> None:
    out = tmp_path / "riverton.docx"
    result = run("draft", RIVERTON, "-o", out, "--set", "hearing_notice_days=45", "--line-numbers")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as docx:
        body = docx.read("word/document.xml").decode()
    assert "forty-five (45) days" in body
    assert "lnNumType" in body


def test_options_file_and_set_override(tmp_path: Path) -> None:
    options = tmp_path / "options.yaml"
    options.write_text(
        "comment_period_days: 71\nexisting_decision_days: 240\nfacial_recognition_ban: true\n",
        encoding="utf-8",
    )
    result = run("draft", RIVERTON, "--options", options, "--set", "comment_period_days=93")
    assert result.exit_code == 0, result.output
    assert "ninety-three (93) days" in result.stdout
    assert "seventy-one (71) days" not in result.stdout
    assert "{#face-recognition-ban}" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--set", "hearing_notice_days=soon"],
            "--set hearing_notice_days=soon: hearing_notice_days: expected a whole number",
        ),
        (
            ["--set", "hearing_notice_dayz=30"],
            "hearing_notice_dayz: unknown field; did you mean `hearing_notice_days`?",
        ),
        (["--set", "nonsense"], "expected key=value"),
        (["--set", "hearing_notice_days=2", "--set", "hearing_notice_days=1"], "requires"),
        (["--options", "missing.yaml"], "missing.yaml:1:1: (file): no such file"),
        (["-t", "no-such-template"], "no such template"),
    ],
)
def test_bad_options_are_one_line_errors(args: list[str], message: str) -> None:
    result = run("draft", RIVERTON, *args)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


def test_failed_draft_leaves_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "draft.md"
    out.write_text("my hand edits", encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        RIVERTON.read_text(encoding="utf-8").replace("kind: city", "kind: metropolis")
    )
    result = run("draft", broken, "-o", out)
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == "my hand edits"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["draft.md", "broken.yaml"]) or {
        p.name for p in tmp_path.iterdir()
    } == {"draft.md", "broken.yaml"}


def test_unknown_jurisdiction() -> None:
    result = run("draft", "atlantis-xx")
    assert result.exit_code == 2
    assert "no shipped jurisdiction has that id" in result.stderr


def test_validate_list_schema() -> None:
    ok = run("validate", RIVERTON, *[jurisdiction_path(j) for j in shipped_jurisdictions()])
    assert ok.exit_code == 0, ok.output
    listing = run("list")
    assert listing.exit_code == 0
    for jurisdiction_id in shipped_jurisdictions():
        assert jurisdiction_id in listing.stdout
    assert "surveillance-oversight" in listing.stdout
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Jurisdiction"
    assert "governing_body" in schema["required"]
    assert json.loads(run("schema", "options").stdout)["title"] == "DraftOptions"


def test_init_writes_a_starter_that_lists_what_is_missing(tmp_path: Path) -> None:
    target = tmp_path / "springfield-il.yaml"
    assert run("init", "springfield-il", "-o", target).exit_code == 0
    assert run("init", "springfield-il", "-o", target).exit_code == 2  # no silent overwrite
    result = run("validate", target)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) > 10 and all(ERROR_LINE.match(line) for line in lines), lines
    assert any("governing_body.name:" in line for line in lines)


def test_fmt_renumbers_in_place_and_check_reports(tmp_path: Path) -> None:
    draft = tmp_path / "edited.md"
    draft.write_text((FIXTURES / "edited-draft.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert run("fmt", draft, "--check").exit_code == 1
    assert run("fmt", draft).exit_code == 0
    assert "### 2.95.010 Definitions {#definitions}" in draft.read_text(encoding="utf-8")
    assert run("fmt", draft, "--check").exit_code == 0


def test_render_markdown_draft_to_docx(tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    assert run("draft", RIVERTON, "-o", draft).exit_code == 0
    out = tmp_path / "draft.docx"
    result = run("render", draft, "-o", out)
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out)


def test_real_entry_point_reports_without_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "x.yaml"
    broken.write_text("id: x-ca\nname: [unclosed\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ordinance", "validate", str(broken)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert re.match(rf"^error: {re.escape(str(broken))}:2:7: name: this \[list\] ", done.stderr)


# ---- every required field of every shipped jurisdiction: delete it, or give it the wrong type


def required_paths(
    model: type[BaseModel], data: Any, prefix: tuple[Any, ...] = ()
) -> list[tuple[Any, ...]]:
    paths = []
    for name, field in model.model_fields.items():
        if name not in data:
            continue
        path = (*prefix, name)
        if field.is_required():
            paths.append(path)
        annotation = field.annotation
        args = getattr(annotation, "__args__", ())
        nested = [
            a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)
        ]
        if nested and isinstance(data[name], dict):
            paths.extend(required_paths(nested[0], data[name], path))
        elif nested and isinstance(data[name], list) and data[name]:
            paths.extend(required_paths(nested[0], data[name][0], (*path, 0)))
    return paths


def mutate(data: Any, path: tuple[Any, ...], action: str) -> None:
    *parents, last = path
    for part in parents:
        data = data[part]
    if action == "delete":
        del data[last]
    else:
        data[last] = {"wrong": ["type"]}


CASES = [
    (jurisdiction_id, path, action)
    for jurisdiction_id in [*shipped_jurisdictions(), "riverton-ca"]
    for path in required_paths(
        Jurisdiction,
        yaml.safe_load(
            (jurisdiction_path(jurisdiction_id) or RIVERTON).read_text(encoding="utf-8")
        ),
    )
    for action in ("delete", "wrong-type")
]


@pytest.mark.parametrize(("jurisdiction_id", "path", "action"), CASES)
def test_mutated_required_field_is_a_one_line_error(
    tmp_path: Path, jurisdiction_id: str, path: tuple[Any, ...], action: str
) -> None:
    source = jurisdiction_path(jurisdiction_id) or RIVERTON
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    mutate(data, path, action)
    target = tmp_path / f"{jurisdiction_id}.yaml"
    target.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    result = run("draft", target)
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert lines and all(ERROR_LINE.match(line) for line in lines), result.stderr
    dotted = ".".join(str(p) for p in path).replace(".0", "[0]")
    assert any(f": {dotted}" in line for line in lines), (dotted, lines)
    if action == "delete":
        assert any("field required" in line for line in lines)
    assert "Traceback" not in result.output


def _split_sections(markdown: str) -> list[str]:
    """The draft cut before each heading line, so that sections can be moved or deleted as text."""
    return re.split(r"(?m)^(?=#{2,3} )", markdown)


def test_fmt_after_realistic_hand_edits(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    assert run("draft", RIVERTON, "-o", path).exit_code == 0
    original = path.read_text(encoding="utf-8")
    parts = _split_sections(original)
    # 1. Delete a whole code section (nothing else refers to it).
    parts = [p for p in parts if "{#short-title-and-purpose}" not in p.splitlines()[0]]
    # 2. Move severability after the effective-date section.
    severability = next(p for p in parts if "{#severability}" in p.splitlines()[0])
    parts.remove(severability)
    effective = next(i for i, p in enumerate(parts) if "{#effective-date}" in p.splitlines()[0])
    closing_rule = parts[effective].index("\n* * *")
    parts[effective] = (
        parts[effective][:closing_rule]
        + "\n\n"
        + severability.rstrip()
        + parts[effective][closing_rule:]
    )
    edited = "".join(parts)
    # 3. Insert a new first-level subdivision, labelled by hand with any letter.
    required_line = re.search(r"^\(\w\) .*\{#council-approval__required\}$", edited, re.M)
    assert required_line is not None
    at = required_line.start()
    edited = edited[:at] + "(z) A new duty added in committee.\n\n" + edited[at:]
    path.write_text(edited, encoding="utf-8")

    assert run("fmt", path).exit_code == 0
    result = path.read_text(encoding="utf-8")
    # Section 2 is the uncodified transition; severability now follows the effective date.
    assert "## Section 3. Effective Date {#effective-date}" in result
    assert "## Section 4. Severability {#severability}" in result
    assert "{#short-title-and-purpose}" not in result
    assert "short-title-and-purpose:" not in result  # its provision tag went with it
    assert "### 2.95.010 Definitions {#definitions}" in result
    # The annual-report section moved up by one number, and every reference to it followed.
    annual_number = re.search(r"### (\S+) [^\n]*\{#annual-report\}", result)
    assert annual_number is not None
    assert f"[Section {annual_number.group(1)}](#annual-report)" in result
    # The inserted clause got the next letter in sequence, and the clauses after it moved on.
    required = re.search(r"^\((\w)\) .*\{#council-approval__required\}$", result, re.M)
    inserted = re.search(r"\((\w)\) A new duty added in committee\.", result)
    assert required and inserted and ord(required.group(1)) == ord(inserted.group(1)) + 1
    # The typed-in clause got an id, pinned from now on.
    assert re.search(r"A new duty added in committee\. \{#council-approval__new-duty", result)
    assert run("fmt", path, "--check").exit_code == 0


def test_fmt_refuses_a_draft_with_a_dangling_reference(tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    assert run("draft", RIVERTON, "-o", path).exit_code == 0
    parts = _split_sections(path.read_text(encoding="utf-8"))
    edited = "".join(p for p in parts if "{#annual-report}" not in p.splitlines()[0])
    path.write_text(edited, encoding="utf-8")
    result = run("fmt", path)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    where = re.escape(str(path))
    assert re.match(
        rf"^error: {where}:\d+:1: \(draft\): cross-reference to unknown id 'annual-", line
    )
    assert path.read_text(encoding="utf-8") == edited  # untouched


def test_docx_properties_can_be_set(tmp_path: Path) -> None:
    out = tmp_path / "bill.docx"
    result = run(
        "draft",
        RIVERTON,
        "-o",
        out,
        "--author",
        "Riverton Privacy Coalition",
        "--doc-title",
        "Riverton bill",
        "--created",
        "2027-01-05",
    )
    assert result.exit_code == 0, result.output
    core = zipfile.ZipFile(out).read("docProps/core.xml").decode()
    assert "Riverton Privacy Coalition" in core and "Riverton bill" in core
    assert "2027-01-05T00:00:00Z" in core
    assert run("draft", RIVERTON, "-o", out, "--created", "soon").exit_code == 2


def test_missing_reference_docx_is_a_one_line_error(tmp_path: Path) -> None:
    result = run(
        "draft", RIVERTON, "-o", tmp_path / "x.docx", "--reference-docx", tmp_path / "no.docx"
    )
    assert result.exit_code == 2
    assert result.stderr.strip().endswith("--reference-docx: no such file")
    assert not (tmp_path / "x.docx").exists()


def test_render_without_output_writes_beside_the_source(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    source = folder / "bill.md"
    assert run("draft", RIVERTON, "-o", source).exit_code == 0
    assert run("render", source).exit_code == 0
    assert zipfile.is_zipfile(folder / "bill.docx")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/missing/x.md"], "folder {tmp}/missing does not exist"),
        (["-o", "{tmp}"], "is a folder, not a file"),
        (
            ["-o", "{tmp}/x.docx", "--reference-docx", "{tmp}/notes.docx"],
            "not a usable Word document",
        ),
    ],
)
def test_unwritable_output_and_bad_reference_are_one_line_errors(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "notes.docx").write_text("not a zip", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = run("draft", RIVERTON, *[a.format(tmp=tmp_path) for a in args])
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and message.format(tmp=tmp_path) in line
    assert ".tmp" not in line  # the message names the user's path, not a temporary file
    assert sorted(p.name for p in tmp_path.iterdir()) == before


@pytest.mark.parametrize("name", ["bill.pdf", "bill.doc", "bill.DOCX.bak"])
def test_unknown_output_suffix_exits_2_naming_the_known_formats(tmp_path: Path, name: str) -> None:
    result = run("draft", RIVERTON, "-o", tmp_path / name)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"error: {tmp_path / name}: suffix ")
    assert "known formats: md (.md .markdown), docx (.docx), txt (.txt)" in line
    assert list(tmp_path.iterdir()) == []


def test_format_flag_comes_from_the_registry(tmp_path: Path) -> None:
    from ordinance.formats import format_names

    assert ", ".join(format_names()) in run("draft", "--help").stdout.replace("\n", " ")
    text = run("draft", RIVERTON, "-f", "txt")
    assert text.exit_code == 0 and not text.stdout.startswith("---")
    unknown = run("draft", RIVERTON, "-f", "pdf")
    assert unknown.exit_code == 2 and "unknown format 'pdf'; known formats: md" in unknown.stderr
    # The suffix picks the format; -f wins over it.
    assert run("draft", RIVERTON, "-o", tmp_path / "bill.markdown").exit_code == 0
    assert (tmp_path / "bill.markdown").read_text(encoding="utf-8").startswith("---\n")
    assert run("draft", RIVERTON, "-f", "txt", "-o", tmp_path / "bill.md").exit_code == 0
    assert not (tmp_path / "bill.md").read_text(encoding="utf-8").startswith("---")
