"""A Word document's body -> the shared builder's events (`readers/builder.py`).

Each paragraph is judged in this order: its style (ours, then Word's built-ins, see
`docxstyles`), then direct formatting and text patterns for text a person typed without our
styles: a bold "Section 4. Heading" line or "9.66.035 Heading" line is a heading, "(c) ..." a
subdivision (the builder reads the label), "{#id}" in front of a paragraph its id, a rule or
"* * *" the start of the closing. What has no place in a draft (images, text boxes, footnotes,
tables other than a signature table) is reported, one warning each, and left out. The words
inside a paragraph are read by `docxinline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..document import (
    Inline,
    LabelFormat,
    LineBreak,
    Role,
    Strong,
    Text,
    normalize_inlines,
    plain_text,
)
from .builder import ClosingEvent, Event, HeadingEvent, ParagraphEvent
from .docxinline import InlineReader
from .docxstyles import Kind, ListNumbering, StyleMeaning, StyleSheet

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _w(local: str) -> str:
    return W + local


_P, _TBL, _PPR = _w("p"), _w("tbl"), _w("pPr")
_BOOKMARK, _VAL, _NAME = _w("bookmarkStart"), _w("val"), _w("name")
_TRAILING_ID = re.compile(r"\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$")
_LEADING_ID = re.compile(r"^\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*")
_RULE_TEXT = re.compile(r"^\s*(?:\*\s*){3,}$|^\s*(?:-\s*){3,}$")
_SECTION_LINE = re.compile(r"^(?:section\b|sec\.|§)\s*\d+[A-Za-z]?\s*[.:]\s*\S", re.IGNORECASE)
_CODE_LINE = re.compile(r"^(?:(?:section\b|sec\.|§)\s*)?\d+(?:[.\-]\d+)+\.?\s+\S", re.IGNORECASE)
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_HEADING_WORDS = 20  # a typed heading is short; a longer line is a sentence that cites a section


@dataclass(frozen=True, slots=True)
class Source:
    """Where an event came from: the paragraph's number in the body, and the w:p itself."""

    number: int
    element: Any


@dataclass
class BodyReader:
    """Walks w:body once, yielding events; warnings go to `warn`, one line each."""

    styles: StyleSheet
    formats: list[LabelFormat]
    warn: Callable[[str], None]
    lists: ListNumbering = field(default_factory=lambda: ListNumbering(None))
    # The block id our writer's bookmark of this name marks (None: not one of ours).
    bookmark_id: Callable[[str], str | None] = lambda name: None
    # A tracked redline's other version's id for a bookmark of that version only: a link's
    # target (an id is an id in both), or the id of a paragraph that has no bookmark of this
    # version (a change accepted or rejected one by one in Word).
    other_bookmark_id: Callable[[str], str | None] = lambda name: None
    # The style a tracked redline of ours recorded for a block, by id (None: none recorded).
    recorded_style: Callable[[str], StyleMeaning | None] = lambda node_id: None
    ours: bool = False  # made by this tool: its metadata part was found
    short_title: str = ""  # the front matter's title
    # A section heading's classes and attributes besides its words ({#id .fixed chapter=KEY}).
    heading_options: Callable[[str], tuple[tuple[str, ...], dict[str, str]]] = lambda node_id: (
        (),
        {},
    )
    external_links: dict[str, str] = field(default_factory=dict)  # relationship id -> address
    sources: list[Source] = field(default_factory=list)
    inline_reader: InlineReader = field(init=False)
    _paragraphs: int = 0
    _pending_bookmarks: list[str] = field(default_factory=list)
    _outline_offset: int = 1
    _used_ids: set[str] = field(default_factory=set)
    _reported_contents: bool = False
    has_contents: bool = False  # the body had a table of contents
    # Every bookmark's paragraph number, so a link to it can find its block after building.
    bookmark_lines: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.inline_reader = InlineReader(
            self.styles, self.warn, self._link_target, self.external_links
        )

    @property
    def link_labels(self) -> dict[int, list[Inline]]:
        return self.inline_reader.link_labels

    def _link_target(self, anchor: str) -> str:
        """A link's target id: by our bookmark naming, else (a document from elsewhere) the
        bookmark name itself, which the tree may know."""
        found = self.bookmark_id(anchor) or self.other_bookmark_id(anchor)
        return found or ("" if self.ours else anchor)

    def events(self, body: Any) -> Iterator[Event]:
        self._outline_offset = _outline_offset(body, self.styles)
        for node in _blocks(body):
            if node.tag == _P:
                yield from self._paragraph(node)
            elif node.tag == _TBL:
                yield from self._table(node)
            elif node.tag == _BOOKMARK:
                self._pending_bookmarks.append(node.get(_NAME, ""))
            elif node.tag == _w("altChunk"):
                self.warn("an imported document part (altChunk) is not read")

    # ---- paragraphs

    def _number(self, p: Any) -> int:
        self._paragraphs += 1
        self.sources.append(Source(self._paragraphs, p))
        return self._paragraphs

    def _paragraph(self, p: Any, meaning: StyleMeaning | None = None) -> Iterator[Event]:
        number = self._number(p)
        where = f"paragraph {number}"
        bookmarks = self._pending_bookmarks + [b.get(_NAME, "") for b in p.iter(_BOOKMARK)]
        self._pending_bookmarks = []
        for name in bookmarks:
            self.bookmark_lines.setdefault(name, number)
        inlines, has_rule = self.inline_reader.read(p, where)
        ppr = p.find(_PPR)
        style_id = _style_of(ppr)
        meaning = meaning or self.styles.meaning(style_id)
        if meaning.kind is Kind.GENERATED:
            # A table of contents is made from the headings; ours is made again on writing.
            self.has_contents = True
            if not self.ours and not self._reported_contents:
                self._reported_contents = True
                self.warn(f"{where}: the table of contents is not read")
            return
        if has_rule and not plain_text(inlines).strip():
            yield ClosingEvent(line=number)
            return
        text = plain_text(inlines)
        if not text.strip():
            return
        if meaning.kind is Kind.METADATA:
            self.warn(f"{where}: document metadata line {_quote(text)} is not read")
            return
        if meaning.kind is Kind.TITLE and self._outline_offset == 0:
            # pandoc's title line: the short title, which the front matter holds.
            if " ".join(text.split()) != self.short_title:
                self.warn(f"{where}: title line {_quote(text)} is not read")
            return
        node_id, inlines = self._explicit_id(inlines, bookmarks, meaning)
        meaning = self.recorded_style(node_id) or meaning
        if meaning.kind is Kind.PLAIN and _RULE_TEXT.match(text):
            yield ClosingEvent(line=number)
            return
        yield self._classify(inlines, meaning, node_id, number, self._list_level(ppr))

    def _classify(
        self,
        inlines: list[Inline],
        meaning: StyleMeaning,
        node_id: str,
        number: int,
        numbered_level: int | None,
    ) -> Event:
        kind = meaning.kind
        if kind is Kind.HEADING:
            assert meaning.level is not None
            classes, attrs = self.heading_options(node_id)
            return HeadingEvent(
                meaning.level, inlines, id=node_id, classes=classes, attrs=attrs, line=number
            )
        if kind is Kind.OUTLINE:
            assert meaning.level is not None
            level = meaning.level + self._outline_offset
            if level <= 3:
                return HeadingEvent(level, inlines, id=node_id, line=number)
            self.warn(f"paragraph {number}: heading level {meaning.level} read as text")
            return ParagraphEvent(inlines, id=node_id, role=Role.TEXT, line=number)
        if kind is Kind.TITLE:
            return ParagraphEvent(inlines, id=node_id, role=Role.TITLE, line=number)
        if kind is Kind.ROLE:
            return ParagraphEvent(inlines, id=node_id, role=meaning.role, line=number)
        if kind is Kind.SUBDIVISION:
            style_level = self._subdivision_level(inlines, meaning.level)
            # No level: a typed label of another level (the builder reads it), or a deep level.
            return ParagraphEvent(inlines, id=node_id, level=style_level, line=number)
        heading = self._typed_heading(inlines)
        if heading is not None:
            return HeadingEvent(heading, inlines, id=node_id, line=number)
        if numbered_level is not None and not self._label_level(inlines):
            return ParagraphEvent(inlines, id=node_id, level=numbered_level, line=number)
        return ParagraphEvent(inlines, id=node_id, line=number)

    def _subdivision_level(self, inlines: list[Inline], style_level: int | None) -> int | None:
        """The style's level, unless the text starts with a label of another level."""
        typed = self._label_level(inlines)
        if typed and style_level is not None and style_level not in typed:
            return None
        return style_level

    def _label_level(self, inlines: list[Inline]) -> list[int]:
        """The levels whose label style the paragraph's first words match."""
        first = inlines[0] if inlines else None
        if not isinstance(first, Text):
            return []
        return [level for level, fmt in enumerate(self.formats) if fmt.regex().match(first.text)]

    def _typed_heading(self, inlines: list[Inline]) -> int | None:
        """A heading typed without a heading style: bold, short, and numbered like one."""
        text = " ".join(plain_text(inlines).split())
        if len(text.split()) > _HEADING_WORDS or not _all_bold(inlines):
            return None
        if _CODE_LINE.match(text):
            return 3
        if _SECTION_LINE.match(text):
            return 2
        return None

    def _explicit_id(
        self, inlines: list[Inline], bookmarks: list[str], meaning: StyleMeaning
    ) -> tuple[str, list[Inline]]:
        """The id a paragraph carries: a bookmark our writer placed, or a typed {#id}."""
        for lookup in (self.bookmark_id, self.other_bookmark_id):
            for name in bookmarks:
                node_id = lookup(name)
                if node_id and node_id not in self._used_ids:
                    # A bookmark Word copied with a pasted paragraph marks the original only.
                    self._used_ids.add(node_id)
                    return node_id, inlines
        if not self.ours and meaning.kind in (Kind.OUTLINE, Kind.HEADING):
            # pandoc names a heading's bookmark by its id.
            for name in bookmarks:
                if _SLUG.match(name):
                    return name, _strip_trailing_id(inlines)[1]
        first = inlines[0] if inlines else None
        if isinstance(first, Text) and (match := _LEADING_ID.match(first.text)):
            rest = normalize_inlines([Text(first.text[match.end() :]), *inlines[1:]])
            return match.group(1), rest
        return _strip_trailing_id(inlines)

    def _list_level(self, ppr: Any | None) -> int | None:
        """The subdivision level of a paragraph Word numbers itself (w:numPr), judged by the
        list's number format: a "(1)"-style list is the level whose labels are numbers."""
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        if num_pr is None:
            return None
        num_id, ilvl = num_pr.find(_w("numId")), num_pr.find(_w("ilvl"))
        if num_id is None or num_id.get(_VAL) == "0":
            return None  # numbering switched off
        depth = ilvl.get(_VAL, "0") if ilvl is not None else "0"
        kind = self.lists.label_kind(num_id.get(_VAL, ""), int(depth) if depth.isdigit() else 0)
        for level, fmt in enumerate(self.formats):
            if fmt.kind == kind:
                return level
        return None  # bullets, or a number style the draft's levels do not use

    # ---- tables

    def _table(self, table: Any) -> Iterator[Event]:
        """Our signature table (or any table whose cells are signature blocks) yields one
        signature a cell; any other table is reported and left out."""
        cells = [tc for tr in table.iterchildren(_w("tr")) for tc in tr.iterchildren(_w("tc"))]
        paragraphs = [p for tc in cells for p in tc.iter(_P)]
        meanings = [self.styles.meaning(_style_of(p.find(_PPR))) for p in paragraphs]
        texts = [" ".join(p.itertext()).strip() for p in paragraphs]
        filled = [(p, m) for p, m, t in zip(paragraphs, meanings, texts, strict=True) if t]
        ours = filled and all(m.role is Role.SIGNATURE for _, m in filled)
        if ours:
            for p, meaning in filled:
                yield from self._paragraph(p, meaning)
            return
        cell_texts = [" ".join(" ".join(tc.itertext()).split()) for tc in cells]
        if cell_texts and all("_____" in text for text in cell_texts if text):
            for tc in cells:
                yield from self._signature_cell(tc)
            return
        number = self._paragraphs + 1
        rows = len(table.findall(_w("tr")))
        self.warn(f"paragraph {number}: a table ({rows} rows) is not read")
        for p in paragraphs:  # counted, so that later paragraph numbers stay right
            self._number(p)

    def _signature_cell(self, tc: Any) -> Iterator[Event]:
        """A table cell of signature lines typed without our style: one signature block."""
        pieces: list[Inline] = []
        first = None
        for p in tc.iter(_P):
            number = self._number(p)
            inlines, _ = self.inline_reader.read(p, f"paragraph {number}")
            if not inlines:
                continue
            first = first or number
            if pieces:
                pieces.append(LineBreak())
            pieces.extend(inlines)
        if pieces:
            yield ParagraphEvent(pieces, role=Role.SIGNATURE, line=first)


def _blocks(body: Any) -> Iterator[Any]:
    """Body-level paragraphs, tables and bookmarks, looking through content controls."""
    for child in body:
        if child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
            yield from _blocks(child)
        else:
            yield child


def _outline_offset(body: Any, styles: StyleSheet) -> int:
    """How Word's "Heading n" maps to the draft's levels.

    A document with one "Heading 1" ahead of its "Heading 2"s (as pandoc makes from a draft's
    `#` long title) keeps the levels; otherwise "Heading 1" is an ordinance section.
    """
    levels: list[int] = []
    for p in body.iter(_P):
        meaning = styles.meaning(_style_of(p.find(_PPR)))
        if meaning.kind is Kind.OUTLINE and meaning.level is not None:
            levels.append(meaning.level)
    if levels and levels[0] == 1 and levels.count(1) == 1 and 2 in levels:
        return 0
    return 1


def _style_of(ppr: Any | None) -> str | None:
    if ppr is None:
        return None
    style = ppr.find(_w("pStyle"))
    return style.get(_VAL) if style is not None else None


def _all_bold(inlines: list[Inline]) -> bool:
    return bool(inlines) and all(
        isinstance(node, Strong) or (isinstance(node, Text) and not node.text.strip())
        for node in inlines
    )


def _strip_trailing_id(inlines: list[Inline]) -> tuple[str, list[Inline]]:
    last = inlines[-1] if inlines else None
    if isinstance(last, Text) and (match := _TRAILING_ID.search(last.text)):
        rest = normalize_inlines([*inlines[:-1], Text(last.text[: match.start()])])
        return match.group(1), rest
    return "", inlines


def _quote(text: str) -> str:
    words = " ".join(text.split())
    return repr(words if len(words) <= 40 else words[:37] + "...")
