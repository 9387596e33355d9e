"""Tracked changes in Word files (`readers/revisions.py`): accepted by default, rejected on request,
as our own XML and as LibreOffice saves it."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from ordinance.document import Section, Subdivision, plain_text
from ordinance.readers.docx import open_docx, read_docx
from ordinance.readers.revisions import Changes, resolve_changes

from .conftest import resave_with_libreoffice
from .docx_edits import (
    W,
    all_text,
    delete_paragraph_tracked,
    edit_body,
    paragraph_with,
    reviewer_edits,
    reword_tracked,
    riverton_docx,
    text_run,
    w,
)


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return riverton_docx()


def test_tracked_changes_accepted_by_default_rejected_on_request(docx_bytes: bytes) -> None:
    original = read_docx(docx_bytes)
    severability = next(
        p
        for p in (b for b in original.walk() if isinstance(b, Subdivision | Section))
        if isinstance(p, Section) and "Severability" in p.heading
    )
    target = plain_text(severability.content[0].inlines)  # type: ignore[union-attr]
    word = target.split()[3]

    def edit(body: etree._Element) -> None:
        reword_tracked(body, target.split(word, 1)[0] + word, "REVIEWER WORDING")
        delete_paragraph_tracked(body, "WHEREAS")

    tracked = edit_body(docx_bytes, edit)
    accepted = open_docx(tracked)
    assert accepted.changes > 0
    assert "REVIEWER WORDING" in all_text(accepted.document)
    assert "tracked change" in accepted.notes()[0] and "accepted" in accepted.notes()[0]
    recitals = [p for p in accepted.document.preamble if p.role.value == "recital"]
    assert len(recitals) == len([p for p in original.preamble if p.role.value == "recital"]) - 1

    rejected = open_docx(tracked, changes=Changes.REJECT)
    assert rejected.document == original
    assert "REVIEWER WORDING" not in all_text(rejected.document)


def test_rejecting_an_inserted_paragraph_removes_it(docx_bytes: bytes) -> None:
    def edit(body: etree._Element) -> None:
        anchor = paragraph_with(body, "WHEREAS")
        new = w("p")
        ppr = etree.SubElement(new, f"{{{W}}}pPr")
        ppr.append(anchor.find(f"{{{W}}}pPr/{{{W}}}pStyle").__copy__())  # type: ignore[union-attr]
        rpr = etree.SubElement(ppr, f"{{{W}}}rPr")
        rpr.append(w("ins", id="950", author="R", date="2026-11-26T00:00:00Z"))
        insertion = w("ins", id="951", author="R", date="2026-11-26T00:00:00Z")
        insertion.append(text_run("WHEREAS, a reviewer added this recital; and"))
        new.append(insertion)
        anchor.addprevious(new)

    tracked = edit_body(docx_bytes, edit)
    assert "a reviewer added this recital" in all_text(read_docx(tracked))
    assert read_docx(tracked, changes="reject") == read_docx(docx_bytes)


def test_formatting_change_is_undone_on_reject(docx_bytes: bytes) -> None:
    def edit(body: etree._Element) -> None:
        run = paragraph_with(body, "WHEREAS").find(f"{{{W}}}r")
        assert run is not None
        rpr = etree.Element(f"{{{W}}}rPr")
        rpr.append(w("b"))
        change = w("rPrChange", id="960", author="R", date="2026-11-26T00:00:00Z")
        change.append(w("rPr"))
        rpr.append(change)
        run.insert(0, rpr)

    tracked = edit_body(docx_bytes, edit)
    bold = read_docx(tracked)
    assert "**WHEREAS" in bold.to_markdown()
    assert read_docx(tracked, changes=Changes.REJECT) == read_docx(docx_bytes)


@pytest.fixture(scope="module")
def resaved(docx_bytes: bytes, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Our DOCX, and one with tracked changes, each as LibreOffice saves it."""
    folder = tmp_path_factory.mktemp("libreoffice")
    plain = folder / "plain.docx"
    plain.write_bytes(docx_bytes)
    tracked = folder / "tracked.docx"
    tracked.write_bytes(edit_body(docx_bytes, reviewer_edits))
    saved = resave_with_libreoffice([plain, tracked], folder / "saved")
    return {"plain": saved[0], "tracked": saved[1], "tracked-original": tracked}


def test_libreoffice_resave_reads_to_the_same_tree(
    docx_bytes: bytes, resaved: dict[str, Path]
) -> None:
    reading = open_docx(resaved["plain"])
    assert reading.document == read_docx(docx_bytes)
    assert reading.document.to_markdown() == read_docx(docx_bytes).to_markdown()


def test_libreoffice_keeps_tracked_changes_readable_both_ways(resaved: dict[str, Path]) -> None:
    before = resaved["tracked-original"]
    after = resaved["tracked"]
    assert open_docx(after).changes > 0
    for mode in Changes:
        assert read_docx(after, changes=mode) == read_docx(before, changes=mode), mode
    assert "Fourth and Fifth Amendments" in all_text(read_docx(after))
    assert "Fourteenth Amendment" not in all_text(read_docx(after))
    assert "Fourteenth Amendment" in all_text(read_docx(after, changes=Changes.REJECT))


def test_a_tracked_move_reads_at_its_destination_and_rejected_at_its_origin(
    docx_bytes: bytes,
) -> None:
    """The second recital moved after the fourth, as Word marks a moved paragraph: its runs in
    w:moveFrom / w:moveTo inside named move ranges, both paragraph marks marked too."""
    import copy

    original = read_docx(docx_bytes)
    recitals = [p for p in original.preamble if p.role.value == "recital"]
    moved_words = plain_text(recitals[1].inlines)

    def edit(body: etree._Element) -> None:
        source = paragraph_with(body, moved_words[:50])
        destination_after = paragraph_with(body, plain_text(recitals[3].inlines)[:50])
        copy_of = copy.deepcopy(source)
        for mark in list(copy_of.iter(f"{{{W}}}bookmarkStart", f"{{{W}}}bookmarkEnd")):
            mark.getparent().remove(mark)  # type: ignore[union-attr]
        for paragraph, kind, number in ((source, "moveFrom", "70"), (copy_of, "moveTo", "80")):
            runs = [r for r in paragraph if r.tag == f"{{{W}}}r"]
            wrapper = w(kind, id=number, author="R", date="2026-11-26T00:00:00Z")
            runs[0].addprevious(wrapper)
            for r in runs:
                wrapper.append(r)
            wrapper.addprevious(w(f"{kind}RangeStart", id=str(int(number) + 1), name="move1"))
            wrapper.addnext(w(f"{kind}RangeEnd", id=str(int(number) + 1)))
            ppr = paragraph.find(f"{{{W}}}pPr")
            assert ppr is not None
            etree.SubElement(ppr, f"{{{W}}}rPr").append(
                w(kind, id=str(int(number) + 2), author="R", date="2026-11-26T00:00:00Z")
            )
        destination_after.addnext(copy_of)

    tracked = edit_body(docx_bytes, edit)
    accepted = [plain_text(p.inlines) for p in read_docx(tracked).preamble]
    expected = [plain_text(p.inlines) for p in original.preamble]
    expected.insert(expected.index(plain_text(recitals[3].inlines)) + 1, moved_words)
    expected.remove(moved_words)
    assert accepted == expected
    assert read_docx(tracked, changes=Changes.REJECT) == original


def test_a_bookmark_partly_in_removed_text_stays_and_one_wholly_in_it_goes() -> None:
    """As LibreOffice saves a paragraph that opens with a deletion: the paragraph's bookmark
    starts inside the w:del. Accepting removes the deleted words, not the bookmark."""
    ns = f'xmlns:w="{W}"'
    body = etree.fromstring(
        f"<w:body {ns}><w:p>"
        '<w:del w:id="1"><w:bookmarkStart w:id="9" w:name="whole_paragraph"/>'
        '<w:bookmarkStart w:id="8" w:name="deleted_words"/><w:r><w:delText>old </w:delText></w:r>'
        '<w:bookmarkEnd w:id="8"/></w:del>'
        '<w:r><w:t>kept</w:t></w:r><w:bookmarkEnd w:id="9"/></w:p></w:body>'
    )
    resolve_changes(body, Changes.ACCEPT)
    names = [mark.get(f"{{{W}}}name") for mark in body.iter(f"{{{W}}}bookmarkStart")]
    assert names == ["whole_paragraph"]
    assert [e.get(f"{{{W}}}id") for e in body.iter(f"{{{W}}}bookmarkEnd")] == ["9"]
    assert "".join(t.text or "" for t in body.iter(f"{{{W}}}t")) == "kept"
