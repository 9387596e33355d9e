"""Margin comments in Word files (`readers/comments.py`) and `ordinance comments FILE`."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from ordinance.cli import app
from ordinance.readers.docx import open_docx, read_docx

from .docx_edits import W, edit_body, paragraph_with, riverton_docx, text_run, w
from .hostile_docx import parts_of, zip_parts

runner = CliRunner()


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return riverton_docx()


def _comment(data: bytes, words: str, author: str, text: str) -> bytes:
    """Anchor a margin comment on `words` (inside one run), with comments.xml and its wiring."""

    def edit(body: etree._Element) -> None:
        p = paragraph_with(body, words)
        for r in p.iter(f"{{{W}}}r"):
            t = r.find(f"{{{W}}}t")
            if t is not None and t.text and words in t.text:
                before, after = t.text.split(words, 1)
                parent = r.getparent()
                assert parent is not None
                at = parent.index(r)
                nodes = [
                    text_run(before),
                    w("commentRangeStart", id="7"),
                    text_run(words),
                    w("commentRangeEnd", id="7"),
                    text_run(""),
                    text_run(after),
                ]
                reference = nodes[4]
                reference.remove(reference[0])
                reference.append(w("commentReference", id="7"))
                parent.remove(r)
                for offset, node in enumerate(nodes):
                    parent.insert(at + offset, node)
                return
        raise AssertionError(words)

    parts = parts_of(edit_body(data, edit))
    comments = w("comments")
    comment = w("comment", id="7", author=author, date="2026-11-26T00:00:00Z")
    cp = etree.SubElement(comment, f"{{{W}}}p")
    cp.append(text_run(text))
    comments.append(comment)
    parts["word/comments.xml"] = etree.tostring(comments, xml_declaration=True, encoding="UTF-8")
    rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
    rel = etree.SubElement(
        rels, "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    )
    rel.set("Id", "rIdComments7")
    rel.set("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments")
    rel.set("Target", "comments.xml")
    parts["word/_rels/document.xml.rels"] = etree.tostring(rels)
    types = etree.fromstring(parts["[Content_Types].xml"])
    override = etree.SubElement(
        types, "{http://schemas.openxmlformats.org/package/2006/content-types}Override"
    )
    override.set("PartName", "/word/comments.xml")
    override.set(
        "ContentType",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
    )
    parts["[Content_Types].xml"] = etree.tostring(types)
    return zip_parts(parts)


def test_comments_are_reported_with_author_anchor_and_block(docx_bytes: bytes) -> None:
    commented = _comment(docx_bytes, "Fourth Amendment", "A. Counsel", "Cite the state case too.")
    reading = open_docx(commented)
    assert reading.document == read_docx(docx_bytes)  # a comment changes no words
    [comment] = reading.comments
    assert comment.author == "A. Counsel"
    assert comment.anchor == "Fourth Amendment"
    assert comment.text == "Cite the state case too."
    assert comment.block.startswith("recital__")


def test_comments_command(docx_bytes: bytes, tmp_path: Path) -> None:
    path = tmp_path / "reviewed.docx"
    path.write_bytes(_comment(docx_bytes, "Fourth Amendment", "A. Counsel", "Cite it."))
    result = runner.invoke(app, ["comments", str(path)])
    assert result.exit_code == 0, result.output
    assert "A. Counsel" in result.stdout and "Fourth Amendment" in result.stdout
    assert "Cite it." in result.stdout
    as_json = runner.invoke(app, ["comments", "--json", str(path)])
    assert '"author": "A. Counsel"' in as_json.stdout
    plain = tmp_path / "plain.docx"
    plain.write_bytes(docx_bytes)
    none = runner.invoke(app, ["comments", str(plain)])
    assert none.exit_code == 0 and none.stdout == ""


def test_comments_travel_into_the_diff_json_and_html(docx_bytes: bytes, tmp_path: Path) -> None:
    import json

    base = tmp_path / "base.docx"
    base.write_bytes(docx_bytes)
    reviewed = tmp_path / "reviewed.docx"
    reviewed.write_bytes(_comment(docx_bytes, "Fourth Amendment", "A. Counsel", "Cite it."))
    as_json = runner.invoke(app, ["diff", str(base), str(reviewed), "-f", "json"])
    assert as_json.exit_code == 0, as_json.output  # a comment changes no words
    data = json.loads(as_json.stdout)
    assert data["old"]["comments"] == []
    [comment] = data["new"]["comments"]
    assert (comment["author"], comment["anchor"], comment["text"]) == (
        "A. Counsel",
        "Fourth Amendment",
        "Cite it.",
    )
    page = tmp_path / "changes.html"
    assert runner.invoke(app, ["diff", str(base), str(reviewed), "-o", str(page)]).exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<h2>Comments</h2>" in html and "A. Counsel" in html and "Cite it." in html
