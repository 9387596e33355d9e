"""Ids, tags and front matter travel inside our DOCX and survive a LibreOffice re-save."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ordinance import Document, InputError, Jurisdiction, draft, load_jurisdiction
from ordinance.document import Paragraph, Role, Section, Text
from ordinance.docx_metadata import (
    NAMESPACE,
    block_id,
    bookmark_names,
    extract_metadata,
)

from .conftest import resave_with_libreoffice

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def bookmarked_text(document_xml: bytes) -> dict[str, str]:
    """Bookmark name -> the text of the paragraph it starts in."""
    body = etree.fromstring(document_xml)
    marks = {}
    for start in body.iter(f"{W}bookmarkStart"):
        paragraph = start.getparent()
        marks[start.get(f"{W}name")] = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
    return marks


def test_names_are_readable_unique_and_within_words_limits(riverton: Jurisdiction) -> None:
    document = draft(riverton)
    names = bookmark_names(document)
    assert list(names) == [block.id for block in document.walk()]
    assert len(set(names.values())) == len(names)
    for node_id, name in names.items():
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,39}", name), name
        if len(node_id) < 36:  # room for the prefix: the whole id, readable
            assert name == "ord_" + node_id.replace("-", "_")
            assert block_id(name, None) == node_id  # recoverable even without the map
    assert bookmark_names(draft(riverton)) == names  # deterministic


def test_long_ids_keep_their_first_words_and_a_hash(riverton: Jurisdiction) -> None:
    document = draft(riverton)
    words = "use-of-surveillance-technology-by-the-police-department"
    document.sections.append(Section(0, "Long", anchor=words, content=[
        Paragraph(Role.TEXT, [Text("One clause.")]),
        Paragraph(Role.TEXT, [Text("One clause, twice.")]),
    ]))  # fmt: skip
    document.resolve()
    names = bookmark_names(document)
    long_names = [names[block.id] for block in document.sections[-1].content[:2]]
    long_names.append(names[words])
    assert all(len(n) == 40 and n.startswith("ord_use_of_surveillance") for n in long_names)
    assert len(set(long_names)) == 3
    assert all(block_id(name, None) is None for name in long_names)  # only the map knows
    assert block_id("_Toc12345", None) is None and block_id("ord_", None) is None


def check_round_trip(document: Document, data: bytes) -> None:
    parts = parts_of(data)
    metadata = extract_metadata(parts)
    assert metadata is not None
    assert metadata.document_info() == document.info  # front matter, provision tags included
    assert document.info.provisions and metadata.document_info().provisions
    marks = bookmarked_text(parts["word/document.xml"])
    ids = {block_id(name, metadata) for name in marks}
    assert ids == {block.id for block in document.walk()}
    for block in document.walk():
        if isinstance(block, Section):
            text = marks[bookmark_names(document)[block.id]]
            assert text.endswith(block.heading)


def test_metadata_and_bookmarks_read_back_from_our_docx() -> None:
    document = draft(load_jurisdiction("oakland-ca"))
    check_round_trip(document, document.to_docx())


def test_metadata_and_bookmarks_survive_a_libreoffice_resave(tmp_path: Path) -> None:
    document = draft(load_jurisdiction("oakland-ca"))
    source = tmp_path / "bill.docx"
    source.write_bytes(document.to_docx())
    (resaved,) = resave_with_libreoffice([source], tmp_path / "resaved")
    data = resaved.read_bytes()
    assert data != source.read_bytes()
    parts = parts_of(data)
    check_round_trip(document, data)
    # The same paragraphs carry the same bookmarks after the re-save.
    before = bookmarked_text(parts_of(source.read_bytes())["word/document.xml"])
    after = bookmarked_text(parts["word/document.xml"])
    assert after == before


def test_a_docx_without_our_part_has_no_metadata_and_damage_is_an_input_error(
    riverton: Jurisdiction,
) -> None:
    parts = parts_of(draft(riverton).to_docx())
    ours = [
        name
        for name, data in parts.items()
        if re.fullmatch(r"customXml/item\d+\.xml", name) and NAMESPACE.encode() in data
    ]
    assert len(ours) == 1
    assert extract_metadata({k: v for k, v in parts.items() if k not in ours}) is None
    broken = dict(parts)
    broken[ours[0]] = parts[ours[0]].replace(b"</ord:front-matter>", b"")
    with pytest.raises(InputError, match="damaged metadata part"):
        extract_metadata(broken)
    not_json = dict(parts)
    not_json[ours[0]] = re.sub(
        rb"<ord:front-matter>.*</ord:front-matter>",
        b"<ord:front-matter>{oops</ord:front-matter>",
        parts[ours[0]],
        flags=re.S,
    )
    with pytest.raises(InputError, match="damaged front matter"):
        extract_metadata(not_json)
