"""Editing Word files in tests as a reviewer would: XML edits, tracked changes, a LibreOffice
re-save. Shared by the DOCX reader's test modules."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from lxml import etree

from ordinance.document import Document

from .hostile_docx import DOCUMENT, W, parts_of, zip_parts

WNS = {"w": W}


@cache
def riverton_docx() -> bytes:
    """The test jurisdiction's draft as our DOCX (made once per test run)."""
    return riverton_draft().to_docx()


def riverton_draft() -> Document:
    from ordinance import load_jurisdiction
    from ordinance.drafting import draft as make_draft

    from .conftest import RIVERTON

    return make_draft(load_jurisdiction(RIVERTON))


def edit_body(data: bytes, edit: Callable[[etree._Element], None]) -> bytes:
    """The same package with word/document.xml changed by `edit` (given the w:body)."""
    parts = parts_of(data)
    root = etree.fromstring(parts[DOCUMENT])
    body = root.find(f"{{{W}}}body")
    assert body is not None
    edit(body)
    parts[DOCUMENT] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return zip_parts(parts)


def w(tag: str, **attrs: str) -> etree._Element:
    node = etree.Element(f"{{{W}}}{tag}", nsmap=WNS)
    for key, value in attrs.items():
        node.set(f"{{{W}}}{key}", value)
    return node


def text_run(text: str, tag: str = "t") -> etree._Element:
    r = w("r")
    t = etree.SubElement(r, f"{{{W}}}{tag}")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def paragraph_with(body: etree._Element, words: str) -> etree._Element:
    for p in body.iter(f"{{{W}}}p"):
        if words in "".join(p.itertext()):
            return p
    raise AssertionError(f"no paragraph with {words!r}")


def all_text(doc: Document) -> str:
    return " ".join(doc.to_text().split())


def reword_tracked(body: etree._Element, old: str, new: str) -> None:
    """Replace the first run holding `old` by a tracked deletion of it and insertion of `new`."""
    for r in body.iter(f"{{{W}}}r"):
        t = r.find(f"{{{W}}}t")
        if t is not None and t.text and old in t.text:
            before, after = t.text.split(old, 1)
            parent = r.getparent()
            assert parent is not None
            at = parent.index(r)
            deletion = w("del", id="901", author="Reviewer", date="2026-11-26T00:00:00Z")
            deletion.append(text_run(old, "delText"))
            insertion = w("ins", id="902", author="Reviewer", date="2026-11-26T00:00:00Z")
            insertion.append(text_run(new))
            replacement = [text_run(before), deletion, insertion, text_run(after)]
            parent.remove(r)
            for offset, node in enumerate(replacement):
                parent.insert(at + offset, node)
            return
    raise AssertionError(f"no run with {old!r}")


def delete_paragraph_tracked(body: etree._Element, words: str) -> None:
    """Mark every run and the paragraph mark of a paragraph as deleted (as Word does)."""
    p = paragraph_with(body, words)
    for r in list(p.iter(f"{{{W}}}r")):
        for t in r.iter(f"{{{W}}}t"):
            t.tag = f"{{{W}}}delText"
        parent = r.getparent()
        assert parent is not None
        deletion = w("del", id=str(800 + parent.index(r)), author="R", date="2026-11-26T00:00:00Z")
        parent.replace(r, deletion)
        deletion.append(r)
    ppr = p.find(f"{{{W}}}pPr")
    assert ppr is not None
    rpr = etree.SubElement(ppr, f"{{{W}}}rPr")
    rpr.append(w("del", id="899", author="R", date="2026-11-26T00:00:00Z"))


def reviewer_edits(body: etree._Element) -> None:
    reword_tracked(body, "Fourth Amendment", "Fourth and Fifth Amendments")
    delete_paragraph_tracked(body, "Fourteenth Amendment")
