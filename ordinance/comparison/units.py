"""A document tree flattened into the units a redline prints: one per heading or paragraph.

The diff works on units, not on tree nodes, because a redline is a sequence of paragraphs: a
section's heading is one unit, each of its paragraphs and subdivisions another. Labels (section
numbers, subdivision letters) are kept apart from the words, since numbers are labels and a
renumbering is not a change of wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum
from typing import NamedTuple

from ..document import (
    Document,
    Emphasis,
    Inline,
    LineBreak,
    Paragraph,
    Ref,
    Role,
    Section,
    Strong,
    Subdivision,
    Text,
)


class UnitKind(StrEnum):
    HEADING = "heading"
    SUBDIVISION = "subdivision"
    PARAGRAPH = "paragraph"


class Segment(NamedTuple):
    """A run of text printed one way: plain, bold, italic, or a cross-reference's citation."""

    text: str
    link: str = ""  # cross-reference target id
    bold: bool = False
    italic: bool = False


class Token(NamedTuple):
    """A word with the space after it, or a whole cross-reference.

    `key` is what the comparison sees: the word without its spacing (so re-spacing is no change),
    or, for a cross-reference, its target (so a renumbered target is not a change of wording).
    """

    text: str
    key: str
    link: str = ""
    bold: bool = False
    italic: bool = False


class Style(NamedTuple):
    """How a unit prints: enough for any writer to pick its paragraph style."""

    kind: UnitKind
    role: Role | None = None  # paragraphs only
    depth: int = 0  # headings: 0 ordinance section, 1 code section
    level: int = 0  # subdivisions: 0 for (a), 1 for (1) ...


class Unit(NamedTuple):
    id: str
    style: Style
    label: str  # "Section 3.", "9.64.030", "(a)"; "" for paragraphs
    segments: tuple[Segment, ...]
    keys: tuple[str, ...]  # the words compared: see Token.key
    group: str  # id of the enclosing section ("" for the preamble, "closing" for the closing)
    position: int  # in document order
    place: str  # where a reader finds it: "Section 4(b)", "recital", "signature block"

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments).strip()

    def tokens(self) -> list[Token]:
        """The words one by one, for a word-level comparison (built only for changed units)."""
        out: list[Token] = []
        for seg, glued in _joints(self.segments):
            if glued:
                out.append(Token("", GLUE))
            if seg.link:
                out.append(Token(seg.text, _ref_key(seg.link), seg.link, seg.bold, seg.italic))
                continue
            text = seg.text
            words = text.lstrip()
            if out and len(words) < len(text):  # spacing that opens a run joins the word before
                out[-1] = out[-1]._replace(text=out[-1].text + text[: len(text) - len(words)])
            bold, italic = seg.bold, seg.italic
            out.extend(
                Token(piece, piece.rstrip(), "", bold, italic) for piece in _WORD.findall(words)
            )
        return out


# Where two runs meet inside a word ("*Ring*'s", a citation and its comma): compared like a
# word, so that a space put in or taken out there is a change, though it has no text itself.
GLUE = "\x00glue"


PREAMBLE_GROUP = ""
CLOSING_GROUP = "closing"

_ROLE_PLACES = {
    Role.CAPTION: "caption",
    Role.TITLE: "title",
    Role.PREAMBLE: "title block",
    Role.RECITAL: "recital",
    Role.ENACTING: "enacting clause",
    Role.CLOSING: "closing",
    Role.SIGNATURE: "signature block",
    Role.NOTE: "drafter's note",
}
_WORD = re.compile(r"\S+\s*")


def units(doc: Document) -> list[Unit]:
    """The document's units in reading order (resolving a tree that never was)."""
    if not doc._index:  # readers return resolved trees; one built by hand may not be
        doc.resolve()
    out: list[Unit] = []

    def add(
        node_id: str, style: Style, label: str, inlines: list[Inline], group: str, place: str
    ) -> None:
        segments = tuple(_segments(inlines))
        keys: list[str] = []
        for seg, glued in _joints(segments):
            if glued:
                keys.append(GLUE)
            keys.extend(_keys(seg))
        out.append(Unit(node_id, style, label, segments, tuple(keys), group, len(out), place))

    def paragraph(p: Paragraph, group: str) -> None:
        if group in (PREAMBLE_GROUP, CLOSING_GROUP):
            place = _ROLE_PLACES.get(p.role, p.role.value)
        else:
            place = f"{doc.citation(group)}, {_ROLE_PLACES.get(p.role, 'text')}"
        add(p.id, Style(UnitKind.PARAGRAPH, role=p.role), "", p.inlines, group, place)

    def subdivision(sub: Subdivision, group: str) -> None:
        style = Style(UnitKind.SUBDIVISION, level=sub.level)
        add(sub.id, style, sub.label, sub.inlines, group, doc.citation(sub.id))
        for child in sub.children:
            subdivision(child, group)

    def section(sec: Section) -> None:
        # The printed heading less its words: "Section 3.", "9.64.030", "Sec. 19-401".
        printed = doc.heading_text(sec)
        label = printed.removesuffix(sec.heading).strip()
        style = Style(UnitKind.HEADING, depth=sec.depth)
        add(sec.id, style, label, [Text(sec.heading)], sec.id, f"{label} {sec.heading}")
        for block in sec.content:
            if isinstance(block, Section):
                section(block)
            elif isinstance(block, Subdivision):
                subdivision(block, sec.id)
            else:
                paragraph(block, sec.id)

    for p in doc.preamble:
        paragraph(p, PREAMBLE_GROUP)
    for sec in doc.sections:
        section(sec)
    for p in doc.closing:
        paragraph(p, CLOSING_GROUP)
    return out


def _ref_key(target: str) -> str:
    return f"\x00ref:{target}"


def _joints(segments: tuple[Segment, ...]) -> Iterator[tuple[Segment, bool]]:
    """Each segment with text, and whether it continues the word the one before it ended."""
    open_word = False
    for seg in segments:
        if seg.text:
            yield seg, open_word and not seg.text[0].isspace()
            open_word = not seg.text[-1].isspace()


def _keys(segment: Segment) -> list[str]:
    return [_ref_key(segment.link)] if segment.link else segment.text.split()


def _segments(inlines: list[Inline], bold: bool = False, italic: bool = False) -> Iterator[Segment]:
    for node in inlines:
        match node:
            case Text(text=text):
                yield Segment(text, "", bold, italic)
            case Ref(target=target, text=text):
                yield Segment(text, target, bold, italic)
            case Emphasis(children=children):
                yield from _segments(children, bold, True)
            case Strong(children=children):
                yield from _segments(children, True, italic)
            case LineBreak():
                yield Segment("\n", "", bold, italic)
