"""The DOCX reader (`readers/docx.py`): our own DOCX reads back exactly, edited or re-saved by
LibreOffice; documents from elsewhere read as well as their structure allows; the commands take
Word files. Archive safety, tracked changes and comments have test modules of their own."""

from __future__ import annotations

import copy
import json
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from typer.testing import CliRunner

from ordinance.cli import app
from ordinance.document import Document, Section, Subdivision, Text, plain_text
from ordinance.errors import InputError
from ordinance.readers.docx import open_docx, read_docx
from ordinance.readers.markdown import read_markdown
from ordinance.readers.revisions import Changes

from .conftest import require, resave_with_libreoffice
from .docx_edits import (
    W,
    edit_body,
    paragraph_with,
    reviewer_edits,
    riverton_docx,
    riverton_draft,
    text_run,
    w,
)

runner = CliRunner()


@pytest.fixture(scope="module")
def draft() -> Document:
    return riverton_draft()


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return riverton_docx()


# --------------------------------------------------------------------------- from elsewhere


def _words(text: str) -> list[str]:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[\w'\"§.()-]+", text.lower())


def test_pandoc_docx_reads_to_the_same_words_and_sections(draft: Document, tmp_path: Path) -> None:
    require("pandoc")
    markdown = tmp_path / "draft.md"
    markdown.write_text(draft.to_markdown(), encoding="utf-8")
    made = tmp_path / "pandoc.docx"
    subprocess.run(["pandoc", str(markdown), "-o", str(made)], check=True, timeout=120)
    reading = open_docx(made)
    doc = reading.document
    headings = [(s.depth, s.heading, s.number) for s in _sections(doc)]
    assert headings == [(s.depth, s.heading, s.number) for s in _sections(draft)]
    assert _words(doc.to_text()) == _words(draft.to_text())
    assert len(reading.warnings) < 5, reading.warnings


def _sections(doc: Document) -> list[Section]:
    return [b for b in doc.walk() if isinstance(b, Section)]


def test_markdown_reader_and_docx_reader_agree_on_a_hand_made_document(tmp_path: Path) -> None:
    """A Word file typed without our styles: bold numbered headings, typed labels, a table and
    an image that have no place in a draft (one warning each)."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("ORDINANCE NO. ____")
    word.add_paragraph("AN ORDINANCE ON CAMERAS", style="Title")
    word.add_paragraph("WHEREAS, cameras are many; and")
    word.add_paragraph("NOW, THEREFORE, THE COUNCIL ORDAINS:")
    word.add_paragraph().add_run("Section 1. Cameras").bold = True
    word.add_paragraph("(a) Each camera is listed.")
    word.add_paragraph("(1) With its place.")
    word.add_paragraph("(b) The list is public.")
    word.add_table(rows=2, cols=2).cell(0, 0).text = "a table"
    word.add_paragraph().add_run("Section 2. Effect").bold = True
    word.add_paragraph("This takes effect at once.")
    path = tmp_path / "typed.docx"
    word.save(str(path))
    reading = open_docx(path)
    doc = reading.document
    expected = read_markdown(
        "---\ntemplate: unknown\njurisdiction: unknown\ntitle: typed\n---\n\n"
        "ORDINANCE NO. ____\n\n# AN ORDINANCE ON CAMERAS\n\nWHEREAS, cameras are many; and\n\n"
        "NOW, THEREFORE, THE COUNCIL ORDAINS:\n\n## Section 1. Cameras\n\n"
        "(a) Each camera is listed.\n\n(1) With its place.\n\n(b) The list is public.\n\n"
        "## Section 2. Effect\n\nThis takes effect at once.\n"
    )
    assert doc.preamble == expected.preamble and doc.sections == expected.sections
    assert any("table" in line for line in reading.warnings)


# --------------------------------------------------------------------------- our own DOCX


def test_our_docx_reads_back_exactly(draft: Document, docx_bytes: bytes) -> None:
    reading = open_docx(docx_bytes)
    assert reading.ours and reading.warnings == []
    assert reading.document == draft
    assert reading.document.to_markdown() == draft.to_markdown()
    # With a table of contents, line numbers and no DRAFT mark too.
    from ordinance.writers.docx import DocxSettings

    settings = DocxSettings(table_of_contents=True, line_numbers=True, draft_mark=False)
    dressed = open_docx(draft.to_docx(settings))
    assert dressed.warnings == [] and dressed.document == draft


def _style_of(p: etree._Element) -> str:
    style = p.find(f"{{{W}}}pPr/{{{W}}}pStyle")
    return style.get(f"{{{W}}}val", "") if style is not None else ""


def _subdivisions(doc: Document) -> list[Subdivision]:
    return [b for b in doc.walk() if isinstance(b, Subdivision)]


def _reword(inlines: list, old: str, new: str) -> None:  # type: ignore[type-arg]
    for node in inlines:
        if isinstance(node, Text) and old in node.text:
            node.text = node.text.replace(old, new, 1)
            return
    raise AssertionError(old)


def _edited(draft: Document, docx_bytes: bytes) -> tuple[bytes, Document]:
    """Our DOCX with four edits made in its XML (reword a run, delete a paragraph, insert a
    paragraph with the subdivision style and a typed label, move a code section), and the draft
    with the same edits made in its tree."""
    expected = copy.deepcopy(draft)
    subs = [s for s in _subdivisions(expected) if s.level == 0 and not s.children]
    reworded, deleted, after = subs[2], subs[5], subs[8]
    old_words = plain_text(reworded.inlines).split()[2]
    doomed_words = plain_text(deleted.inlines)[:40]
    after_words = plain_text(after.inlines)[:40]
    chapter = next(s for s in expected.sections if s.sections)
    moved = chapter.sections[1]
    moved_heading = moved.heading

    def edit(body: etree._Element) -> None:
        # 1. reword a run
        p = paragraph_with(body, plain_text(reworded.inlines)[:40])
        for t in p.iter(f"{{{W}}}t"):
            if t.text and f" {old_words} " in t.text:
                t.text = t.text.replace(f" {old_words} ", " REWORDED ", 1)
                break
        # 2. delete a paragraph
        doomed = paragraph_with(body, doomed_words)
        doomed.getparent().remove(doomed)  # type: ignore[union-attr]
        # 3. a new paragraph in the subdivision style, its label typed by hand
        anchor = paragraph_with(body, after_words)
        new = w("p")
        ppr = etree.SubElement(new, f"{{{W}}}pPr")
        ppr.append(w("pStyle", val=_style_of(anchor)))
        new.append(text_run("(z) A clause a reviewer typed in."))
        anchor.addnext(new)
        # 4. move the second code section to the end of its chapter
        paragraphs = list(body.iter(f"{{{W}}}p"))
        start = next(
            i for i, p in enumerate(paragraphs)
            if _style_of(p) == "CodeSectionHeading" and moved_heading in "".join(p.itertext())
        )  # fmt: skip
        end = next(
            i for i in range(start + 1, len(paragraphs))
            if "Heading" in _style_of(paragraphs[i])
        )  # fmt: skip
        next_section = next(
            i for i in range(start + 1, len(paragraphs))
            if _style_of(paragraphs[i]) == "SectionHeading"
        )  # fmt: skip
        block = paragraphs[start:end]
        for p in block:
            body.remove(p)
        target = paragraphs[next_section]
        for p in block:
            target.addprevious(p)

    edited = edit_body(docx_bytes, edit)

    _reword(reworded.inlines, f" {old_words} ", " REWORDED ")
    _remove(expected, deleted)
    parent_list = _container_of(expected, after)
    parent_list.insert(
        parent_list.index(after) + 1, Subdivision(0, [Text("A clause a reviewer typed in.")])
    )
    chapter.content.remove(moved)
    last = max(i for i, b in enumerate(chapter.content) if isinstance(b, Section))
    chapter.content.insert(last + 1, moved)
    expected.resolve()
    return edited, expected


def test_edits_to_our_docx_read_back_as_exactly_those_edits(
    draft: Document, docx_bytes: bytes
) -> None:
    edited, expected = _edited(draft, docx_bytes)
    got = read_docx(edited)
    assert got == expected
    assert got.to_markdown() == expected.to_markdown()


def test_diff_of_the_draft_and_the_edited_docx_shows_exactly_the_edits(
    draft: Document, docx_bytes: bytes, tmp_path: Path
) -> None:
    old = tmp_path / "draft.md"
    old.write_text(draft.to_markdown(), encoding="utf-8")
    new = tmp_path / "edited.docx"
    new.write_bytes(_edited(draft, docx_bytes)[0])
    done = runner.invoke(app, ["diff", str(old), str(new), "-f", "json"])
    assert done.exit_code == 1, done.output
    counts = json.loads(done.stdout)["summary"]["counts"]
    assert (counts["reworded"], counts["deleted"], counts["inserted"], counts["moved"]) == (
        1,
        1,
        1,
        1,
    ), counts
    assert counts["split"] == counts["joined"] == 0


def _container_of(doc: Document, block: object) -> list:  # type: ignore[type-arg]
    for node in doc.walk():
        children = node.content if isinstance(node, Section) else getattr(node, "children", [])
        if any(child is block for child in children):
            return children  # type: ignore[no-any-return]
    raise AssertionError("not found")


def _remove(doc: Document, block: object) -> None:
    container = _container_of(doc, block)
    container.remove(block)


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, Path, Path]]:
    """Each shipped jurisdiction's draft: its Markdown, its DOCX, and the DOCX as LibreOffice
    saves it (all in one LibreOffice call)."""
    from ordinance import load_jurisdiction
    from ordinance.drafting import draft as make_draft
    from ordinance.resources import shipped_jurisdictions

    folder = tmp_path_factory.mktemp("shipped")
    made: dict[str, tuple[str, Path]] = {}
    for jurisdiction_id in shipped_jurisdictions():
        doc = make_draft(load_jurisdiction(jurisdiction_id))
        path = folder / f"{jurisdiction_id}.docx"
        path.write_bytes(doc.to_docx())
        made[jurisdiction_id] = (doc.to_markdown(), path)
    saved = resave_with_libreoffice([path for _, path in made.values()], folder / "saved")
    return {
        key: (markdown, path, resaved_path)
        for (key, (markdown, path)), resaved_path in zip(made.items(), saved, strict=True)
    }


def test_every_shipped_draft_round_trips_through_docx_and_libreoffice(
    shipped: dict[str, tuple[str, Path, Path]],
) -> None:
    assert shipped
    for jurisdiction_id, (markdown, path, resaved_path) in shipped.items():
        assert read_docx(path).to_markdown() == markdown, jurisdiction_id
        after_libreoffice = open_docx(resaved_path)
        assert after_libreoffice.ours and after_libreoffice.warnings == [], jurisdiction_id
        assert after_libreoffice.document.to_markdown() == markdown, jurisdiction_id


# --------------------------------------------------------------------------- redlines


def test_a_tracked_redline_reads_as_new_and_with_reject_as_old(
    draft: Document, tmp_path: Path
) -> None:
    """`ordinance diff -f docx` writes Word tracked changes: accepted they give the new version,
    rejected the old one (words, sections and numbers; the two drafts' plain text)."""
    old = tmp_path / "old.md"
    old.write_text(draft.to_markdown(), encoding="utf-8")
    text = draft.to_markdown()
    recital = next(p for p in draft.preamble if p.role.value == "recital")
    new_text = text.replace("thirty (30) days", "sixty (60) days", 1).replace(
        plain_text(recital.inlines)[:60], "WHEREAS, the reviewer rewrote this recital", 1
    )
    assert new_text != text
    new = tmp_path / "new.md"
    new.write_text(new_text, encoding="utf-8")
    redline = tmp_path / "redline.docx"
    done = runner.invoke(app, ["diff", str(old), str(new), "-f", "docx", "-o", str(redline)])
    assert done.exit_code == 1, done.output
    accepted = open_docx(redline)
    assert accepted.changes > 0
    assert accepted.document.to_text() == read_markdown(new_text).to_text()
    rejected = read_docx(redline, changes=Changes.REJECT)
    assert rejected.to_text() == draft.to_text()


# --------------------------------------------------------------------------- robustness


_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0x2FFF), max_size=8)
_TAGS = ["p", "r", "t", "pPr", "pStyle", "hyperlink", "bookmarkStart", "tbl", "ins", "del", "br"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_damaged_word_files_read_or_fail_in_one_line(
    docx_bytes: bytes, data: st.DataObject
) -> None:
    """Elements deleted, moved, wrapped in tracked changes or given odd attributes: the reader
    either reads the file or raises one InputError line, never anything else."""

    def damage(body: etree._Element) -> None:
        nodes = list(body.iter())
        for _ in range(data.draw(st.integers(1, 6))):
            node = nodes[data.draw(st.integers(1, len(nodes) - 1))]
            parent = node.getparent()
            if parent is None:
                continue
            action = data.draw(st.sampled_from(["delete", "wrap", "move", "attr", "text"]))
            if action == "delete":
                parent.remove(node)
            elif action == "wrap":
                wrapper = w(data.draw(st.sampled_from(["ins", "del", "moveFrom", "hyperlink"])))
                wrapper.set(f"{{{W}}}anchor", data.draw(_TEXT.filter(bool)))
                parent.replace(node, wrapper)
                wrapper.append(node)
            elif action == "move":
                target = nodes[data.draw(st.integers(0, len(nodes) - 1))]
                if node not in target.iterancestors() and node is not target:
                    target.append(node)
            elif action == "attr":
                tag = data.draw(st.sampled_from(["val", "id", "name", "fldCharType", "type"]))
                node.set(f"{{{W}}}{tag}", data.draw(_TEXT))
            else:
                node.append(w(data.draw(st.sampled_from(_TAGS))))

    damaged = edit_body(riverton_docx(), damage)
    try:
        reading = open_docx(damaged)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith("<docx>")
        return
    reading.document.to_markdown()


AMENDMENT = """---
template: custom
jurisdiction: testville
title: Amendment Test
numbering:
  chapter: '9.66'
  chapters:
    omc-9-64:
      chapter: '9.64'
---

ORDINANCE NO. ______

# AN ORDINANCE ADDING CHAPTER 9.66 AND AMENDING CHAPTER 9.64

The City Council does ordain as follows:

## Section 1. New Chapter {#new}

### 9.66.010 First {#first}

(a) Text one.

## Section 2. Amendment of Chapter 9.64 {#amend-9-64 chapter=omc-9-64}

### Sec. 9.64.030 Definitions {#old-definitions .fixed}

(a) Old words.

### 9.64.x Reports {#reports}

(a) New words.
"""


def test_chapters_and_fixed_numbers_survive_the_docx(tmp_path: Path) -> None:
    """A section's chapter scheme and a code section's fixed number ride in the metadata part."""
    draft = read_markdown(AMENDMENT)
    got = read_docx(draft.to_docx())
    assert got == draft
    assert got.to_markdown() == draft.to_markdown()


# --------------------------------------------------------------------------- the commands


def test_render_validate_and_fmt_take_a_word_file(
    draft: Document, docx_bytes: bytes, tmp_path: Path
) -> None:
    ours = tmp_path / "ours.docx"
    ours.write_bytes(docx_bytes)
    rendered = runner.invoke(app, ["render", str(ours), "-f", "md", "-o", "-"])
    assert rendered.exit_code == 0, rendered.output
    assert rendered.stdout == draft.to_markdown()
    assert runner.invoke(app, ["validate", str(ours)]).stdout == f"ok: {ours}\n"
    # Read back, a Word file prints as Markdown; it is never rendered over itself.
    assert runner.invoke(app, ["render", str(ours)]).stdout == draft.to_markdown()
    over = runner.invoke(app, ["render", str(ours), "-f", "docx"])
    assert over.exit_code == 2 and "would overwrite" in over.stderr
    # Our own file is already canonical: fmt leaves it byte for byte alone, line numbers,
    # table of contents and all.
    assert runner.invoke(app, ["fmt", "--check", str(ours)]).exit_code == 0
    from ordinance.writers.docx import DocxSettings

    dressed = tmp_path / "dressed.docx"
    settings = DocxSettings(line_numbers=True, table_of_contents=True, draft_mark=False)
    dressed.write_bytes(draft.to_docx(settings))
    assert runner.invoke(app, ["fmt", "--check", str(dressed)]).exit_code == 0

    tracked = tmp_path / "tracked.docx"
    tracked.write_bytes(edit_body(docx_bytes, reviewer_edits))
    new = runner.invoke(app, ["render", str(tracked), "-f", "md", "-o", "-"])
    old = runner.invoke(app, ["render", str(tracked), "--changes", "reject", "-f", "md"])
    assert "Fourth and Fifth Amendments" in new.stdout
    assert old.stdout == draft.to_markdown()
    assert "warning: " in new.stderr and "tracked changes accepted" in new.stderr
    refused = runner.invoke(app, ["fmt", str(tracked)])
    assert refused.exit_code == 2
    assert "tracked changes" in refused.stderr and len(refused.stderr.splitlines()) == 1
    bad = runner.invoke(app, ["render", str(tracked), "--changes", "maybe", "-f", "md"])
    assert bad.exit_code == 2 and "expected 'accept' or 'reject'" in bad.stderr


def test_a_document_from_elsewhere_keeps_its_numbering_style(tmp_path: Path) -> None:
    """ "SECTION 1." and code sections 19-401, 19-402: renumbering prints what it printed."""
    require("pandoc")
    source = tmp_path / "elsewhere.md"
    source.write_text(
        "# AN ORDINANCE\n\nThe Council ordains:\n\n## SECTION 1. Added\n\n"
        "### 19-401 First\n\n(a) One.\n\n### 19-402 Second\n\n(a) Two.\n",
        encoding="utf-8",
    )
    made = tmp_path / "elsewhere.docx"
    subprocess.run(["pandoc", str(source), "-o", str(made)], check=True, timeout=60)
    doc = read_docx(made)
    assert [doc.heading_text(s) for s in _sections(doc)] == [
        "SECTION 1. Added",
        "19-401 First",
        "19-402 Second",
    ]


def test_diff_of_a_tracked_file_against_its_base(
    draft: Document, docx_bytes: bytes, tmp_path: Path
) -> None:
    """Against its base, a reviewer's tracked file differs by the reviewer's changes; rejected,
    it does not differ at all."""
    base = tmp_path / "base.docx"
    base.write_bytes(docx_bytes)
    tracked = tmp_path / "reviewed.docx"
    tracked.write_bytes(edit_body(docx_bytes, reviewer_edits))
    accepted = runner.invoke(app, ["diff", str(base), str(tracked), "-f", "json"])
    assert accepted.exit_code == 1, accepted.output
    counts = json.loads(accepted.stdout)["summary"]["counts"]
    assert counts["reworded"] == 1 and counts["deleted"] == 1, counts
    assert "tracked changes accepted" in accepted.stderr
    rejected = runner.invoke(app, ["diff", str(base), str(tracked), "--changes", "reject"])
    assert rejected.exit_code == 0, rejected.output
