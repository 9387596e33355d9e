"""A tracked redline reads back as the version the reviewer chose: changes accepted, the new
version; rejected, the old one; ids, front matter and all, also after a LibreOffice re-save."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from ordinance import Document, InputError, Jurisdiction, diff, draft, load_jurisdiction
from ordinance.cli import app
from ordinance.docx_metadata import OLD_PREFIX, extract_metadata
from ordinance.readers.docx import canonical_docx, open_docx
from ordinance.redline.docx_body import RedlineSettings
from ordinance.redline.legislative import write_legislative_docx
from ordinance.redline.tracked import write_tracked_docx

from . import diff_edits as edits
from .conftest import resave_with_libreoffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
Pair = tuple[Document, Document]


# Each a reviewer's counterpart to the Riverton draft's Markdown (tests/diff_edits.py).
RIVERTON_EDITS: dict[str, Callable[[str], str]] = {
    "everything": edits.everything,
    "moved and reworded": lambda base: edits.replace(
        edits.move_section_after(base, "no-subsidy-or-promotion", "definitions"),
        "No Subsidy or Promotion",
        "No Subsidy or Marketing",
    ),
    "clause moved across sections": lambda base: edits.move_clause_to_effective_date(
        edits.swap_sections(base, "approval-standard", "public-hearing")
    ),
    "section inserted, the rest renumbered": lambda base: edits.insert_section_before(
        base,
        "council-approval",
        "Council Records {#council-records}",
        "The City Clerk shall keep a record of each approval under this Chapter.",
    ),
    "split": edits.split_severability,
    "joined": edits.join_effective_date,
    "identical": lambda base: base,
}
PLACES = [("oakland-ca", "denver-co"), ("statesboro-ga", "detroit-mi")]
NAMES = [*RIVERTON_EDITS, *(f"{a} -> {b}" for a, b in PLACES)]


@pytest.fixture(scope="module")
def pairs(riverton: Jurisdiction) -> dict[str, Pair]:
    base = edits.base_markdown(riverton)
    found = {
        name: (edits.read(base), edits.read(edit(base))) for name, edit in RIVERTON_EDITS.items()
    }
    for old_id, new_id in PLACES:
        old, new = draft(load_jurisdiction(old_id)), draft(load_jurisdiction(new_id))
        found[f"{old_id} -> {new_id}"] = (old, new)
    return found


@pytest.fixture(scope="module")
def redlines(pairs: dict[str, Pair]) -> dict[str, bytes]:
    return {name: write_tracked_docx(diff(old, new)) for name, (old, new) in pairs.items()}


@pytest.fixture(scope="module")
def resaved(
    redlines: dict[str, bytes], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    """Every redline opened and saved again by LibreOffice, in one call."""
    folder = tmp_path_factory.mktemp("redlines")
    sources = []
    for number, data in enumerate(redlines.values()):
        sources.append(folder / f"redline-{number}.docx")
        sources[-1].write_bytes(data)
    out = resave_with_libreoffice(sources, folder / "resaved")
    return dict(zip(redlines, out, strict=True))


def assert_reads_back(source: Path | bytes, old: Document, new: Document) -> None:
    for mode, version in (("accept", new), ("reject", old)):
        reading = open_docx(source, changes=mode)
        assert reading.ours and not reading.warnings
        assert reading.document.to_markdown() == version.to_markdown(), mode
        assert reading.document.info == version.info


@pytest.mark.parametrize("name", NAMES)
def test_accepted_reads_new_and_rejected_reads_old(
    name: str, pairs: dict[str, Pair], redlines: dict[str, bytes]
) -> None:
    assert_reads_back(redlines[name], *pairs[name])


@pytest.mark.parametrize("name", NAMES)
def test_the_same_after_a_libreoffice_resave(
    name: str, pairs: dict[str, Pair], redlines: dict[str, bytes], resaved: dict[str, Path]
) -> None:
    data = resaved[name].read_bytes()
    assert data != redlines[name]
    assert_reads_back(resaved[name], *pairs[name])


def test_a_redline_against_its_own_reading_shows_no_changes(
    pairs: dict[str, Pair], redlines: dict[str, bytes], tmp_path: Path
) -> None:
    old, new = pairs["everything"]
    assert diff(new, open_docx(redlines["everything"]).document).identical
    assert diff(old, open_docx(redlines["everything"], changes="reject").document).identical
    # And from the command line, a reviewer's file against the version it came from.
    (tmp_path / "amended.md").write_text(new.to_markdown(), encoding="utf-8")
    (tmp_path / "introduced.md").write_text(old.to_markdown(), encoding="utf-8")
    (tmp_path / "reviewed.docx").write_bytes(redlines["everything"])
    runner = CliRunner()
    accepted = runner.invoke(
        app, ["diff", str(tmp_path / "amended.md"), str(tmp_path / "reviewed.docx")]
    )
    assert accepted.exit_code == 0, accepted.output
    rejected = runner.invoke(
        app,
        ["diff", str(tmp_path / "introduced.md"), str(tmp_path / "reviewed.docx"),
         "--changes", "reject"],
    )  # fmt: skip
    assert rejected.exit_code == 0, rejected.output


def paragraphs_by_bookmark(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        body = etree.fromstring(archive.read("word/document.xml"))
    return {start.get(W + "name"): start.getparent() for start in body.iter(W + "bookmarkStart")}


def test_every_block_of_both_versions_has_its_bookmark_at_paragraph_level(
    pairs: dict[str, Pair], redlines: dict[str, bytes]
) -> None:
    old, new = pairs["everything"]
    data = redlines["everything"]
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    marks = paragraphs_by_bookmark(data)
    assert all(p.tag == W + "p" for p in marks.values())  # never inside w:ins or w:del
    for side, version in (("new", new), ("old", old)):
        metadata = extract_metadata(parts, side)
        assert metadata is not None and metadata.redline
        assert metadata.document_info() == version.info
        assert set(metadata.bookmark_ids.values()) == {block.id for block in version.walk()}
        assert set(metadata.bookmark_ids) <= set(marks)
        assert not set(metadata.other_ids) & set(metadata.bookmark_ids)
    new_side = extract_metadata(parts, "new")
    old_side = extract_metadata(parts, "old")
    assert new_side is not None and old_side is not None
    # The moved section has a bookmark where it went and an old_ one where it stood; a section
    # only renumbered shares one bookmark between the versions.
    moved = [n for n, i in old_side.bookmark_ids.items() if i == "no-subsidy-or-promotion"]
    assert moved == [OLD_PREFIX + "no_subsidy_or_promotion"]
    assert new_side.bookmark_ids["ord_no_subsidy_or_promotion"] == "no-subsidy-or-promotion"
    assert old_side.bookmark_ids["ord_council_approval"] == "council-approval"
    assert new_side.bookmark_ids["ord_council_approval"] == "council-approval"
    # A draft's part is unchanged: no versions in it, so a DOCX written before reads as ever.
    with zipfile.ZipFile(io.BytesIO(new.to_docx())) as archive:
        draft_parts = {name: archive.read(name) for name in archive.namelist()}
    draft_metadata = extract_metadata(draft_parts, "old")
    assert draft_metadata is not None and not draft_metadata.redline
    assert draft_metadata.document_info() == new.info


def test_the_legislative_print_reads_with_a_warning_that_it_is_no_version(
    pairs: dict[str, Pair], tmp_path: Path
) -> None:
    old, new = pairs["everything"]
    data = write_legislative_docx(diff(old, new), RedlineSettings())
    reading = open_docx(data, name="printed.docx")
    assert not reading.ours
    assert len(reading.warnings) == 1
    assert reading.warnings[0].startswith("printed.docx: is a legislative-style redline")
    assert "reads as neither" in reading.warnings[0]
    # Rewriting it as a draft (`fmt`) would lose what it shows: refused.
    path = tmp_path / "printed.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match="legislative-style redline"):
        canonical_docx(path)
