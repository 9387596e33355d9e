"""WordprocessingML for tracked changes, in the spirit of `ordinance.writers.oxml`.

Word's rules (shared/reference/redlines.md) that these builders keep:
- one counter for every w:id: insertions, deletions, moves, move ranges and bookmarks alike, so
  no two collide (colliding ids make Word report the file as corrupt);
- every revision has an author and a UTC date (Word may ignore a revision without a date);
- deleted text is w:delText inside w:del; a deleted or inserted paragraph mark is
  w:pPr/w:rPr/w:del or w:ins, so Accept All leaves no empty paragraph;
- a move is a w:moveFromRangeStart/End pair and a w:moveToRangeStart/End pair sharing one
  w:name, each start and end sharing one w:id, with the moved runs in w:moveFrom / w:moveTo.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from lxml import etree

from ..writers import oxml
from ..writers.oxml import Element, qn

_DEL_TEXT = qn("w:delText")
_SPACE = qn("xml:space")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(slots=True)
class Revisions:
    """Stamps revisions with one author and date, and hands out every w:id from one counter."""

    author: str
    date: dt.datetime
    last_id: int = 0

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    @property
    def stamp(self) -> str:
        return self.date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def revision(self, parent: Element, tag: str) -> Element:
        """Append a w:ins, w:del, w:moveFrom or w:moveTo: the container for changed runs."""
        return oxml.sub(
            parent, tag, {"w:id": self.next_id(), "w:author": self.author, "w:date": self.stamp}
        )

    def mark_paragraph(self, p: Element, tag: str) -> None:
        """Mark the paragraph's own mark as inserted, deleted or moved (pPr/rPr/<tag>)."""
        ppr = p.find(qn("w:pPr"))
        if ppr is None:
            ppr = oxml.element("w:pPr")
            p.insert(0, ppr)
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = oxml.set_property(ppr, oxml.element("w:rPr"))
        rpr.insert(0, self.stamped(tag))

    def stamped(self, tag: str) -> Element:
        return oxml.element(
            tag, {"w:id": self.next_id(), "w:author": self.author, "w:date": self.stamp}
        )

    def range_start(self, p: Element, direction: str, name: str) -> int:
        """Open a move range ("From" or "To") named `name`; returns the id its end needs."""
        range_id = self.next_id()
        oxml.sub(
            p,
            f"w:move{direction}RangeStart",
            {"w:id": range_id, "w:name": name, "w:author": self.author, "w:date": self.stamp},
        )
        return range_id

    def bookmark(self, p: Element, name: str) -> None:
        oxml.add_bookmark(p, self.next_id(), name)


def range_end(p: Element, direction: str, range_id: int) -> None:
    oxml.sub(p, f"w:move{direction}RangeEnd", {"w:id": range_id})


def add_deleted_text(r: Element, text: str) -> Element:
    """w:delText, the text of a deleted run (w:t would show as live text)."""
    t = etree.SubElement(r, _DEL_TEXT)
    if text[:1].isspace() or text[-1:].isspace():
        t.set(_SPACE, "preserve")
    t.text = _NOT_XML.sub("", text)
    return t
