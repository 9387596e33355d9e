"""The document body: one w:p per block, built at the element layer (`oxml`).

A table maps each node type to a small function (see `writers.walk`); the redline writer reuses
`BODY_HANDLERS`, `write_inlines` and `BodyState`, replacing the entries it renders differently.
Runs refer to styles by id, with no python-docx proxy objects, because those cost an XPath scan
per style assignment and a Python loop per character.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ...document import (
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
    heading_text,
)
from .. import oxml
from ..oxml import Element
from ..walk import Handlers, Walk
from .styles import ROLE_STYLES, SUBDIVISION_STYLES, TWIPS_PER_LEVEL


@dataclass(frozen=True, slots=True)
class RunFormat:
    bold: bool = False
    italic: bool = False


InlineHandler = Callable[[Any, Element, RunFormat, "BodyState"], None]


@dataclass(slots=True)
class BodyState:
    """What the body handlers write into, and how they name styles and bookmarks."""

    body: Element  # w:body, emptied, without its w:sectPr yet
    style_ids: Mapping[str, str]  # our style name -> style id in this package
    width: int  # text width in twips, for the signature table's columns
    bookmarks: Mapping[str, str]  # block id -> bookmark name, for every block that gets one
    placed: int = field(default=0)  # bookmarks placed so far: their w:id must be unique
    # Another writer (the redline) may print some inline nodes its own way.
    inline_handlers: Mapping[type, InlineHandler] | None = None

    def paragraph(self, style: str, props: list[Element] | None = None) -> Element:
        return oxml.paragraph(self.style_ids[style], props or (), parent=self.body)

    def mark(self, p: Element, node_id: str) -> None:
        """Bookmark a block's finished paragraph, so links can jump there and a reader finds
        its id; the bookmark spans the content, as Word's own heading bookmarks do."""
        name = self.bookmarks.get(node_id)
        if name is not None:
            self.placed += 1
            oxml.add_bookmark(p, self.placed, name)


@dataclass(frozen=True, slots=True)
class Signatures:
    """Consecutive signature paragraphs, set side by side in one table (a body-only node)."""

    paragraphs: list[Paragraph]


BodyWalk = Walk[BodyState]


def write_body(
    doc: Document,
    state: BodyState,
    table_of_contents: bool,
    handlers: Handlers[BodyState] | None = None,
) -> None:
    """Append the resolved tree's blocks to `state.body`."""
    walk = Walk(doc, handlers or BODY_HANDLERS, state)
    # The contents follow the title block, so that the enacting clause still leads straight
    # into Section 1.
    title_block = _title_block_length(doc.preamble)
    walk.blocks(group_signatures(doc.preamble[:title_block]))
    if table_of_contents:
        write_table_of_contents(doc, state)
    walk.blocks(group_signatures(doc.preamble[title_block:]))
    walk.blocks(doc.sections)
    walk.blocks(group_signatures(doc.closing))


def _paragraph(paragraph: Paragraph, walk: BodyWalk) -> None:
    p = walk.state.paragraph(ROLE_STYLES[paragraph.role])
    write_inlines(p, paragraph.inlines, walk.state)
    walk.state.mark(p, paragraph.id)


def _section(section: Section, walk: BodyWalk) -> None:
    style = "Section Heading" if section.depth == 0 else "Code Section Heading"
    heading = walk.state.paragraph(style)
    oxml.text_run(heading, heading_text(walk.doc, section))
    walk.state.mark(heading, section.id)
    walk.blocks(group_signatures(section.content))


def _subdivision(sub: Subdivision, walk: BodyWalk) -> None:
    """ "(a)<tab>text": the label hangs in the margin of its own level's indent."""
    level = min(sub.level, SUBDIVISION_STYLES - 1)
    props = None
    if sub.level > level:  # deeper than our styles go: indent directly
        left = TWIPS_PER_LEVEL * (sub.level + 1)
        props = [
            oxml.tab_stops([("left", left)]),
            oxml.indentation(left=left, hanging=TWIPS_PER_LEVEL),
        ]
    state = walk.state
    p = state.paragraph(f"Subdivision {level + 1}", props)
    label = oxml.run(p, style_id=state.style_ids["Subdivision Label"])
    oxml.add_text(label, sub.label)
    oxml.add_tab(label)
    write_inlines(p, sub.inlines, state)
    state.mark(p, sub.id)
    walk.blocks(sub.children)


def _signature_table(group: Signatures, walk: BodyWalk) -> None:
    """Signature blocks side by side, two to a row, in a table without borders."""
    state = walk.state
    cells: list[list[Element]] = []
    for signature in group.paragraphs:
        p = oxml.paragraph(state.style_ids["Signature"])
        write_inlines(p, signature.inlines, state)
        state.mark(p, signature.id)
        cells.append([p])
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    half = state.width // 2
    state.body.append(oxml.borderless_table(rows, [half, state.width - half]))


BODY_HANDLERS: Handlers[BodyState] = {
    Paragraph: _paragraph,
    Section: _section,
    Subdivision: _subdivision,
    Signatures: _signature_table,
}


# --------------------------------------------------------------------------- inlines


def write_inlines(
    p: Element, nodes: list[Inline], state: BodyState, fmt: RunFormat = RunFormat()
) -> None:
    handlers = state.inline_handlers or INLINE_HANDLERS
    for node in nodes:
        handlers[type(node)](node, p, fmt, state)


def _text(node: Text, p: Element, fmt: RunFormat, state: BodyState) -> None:
    oxml.text_run(p, node.text, bold=fmt.bold, italic=fmt.italic)


def _emphasis(node: Emphasis, p: Element, fmt: RunFormat, state: BodyState) -> None:
    write_inlines(p, node.children, state, RunFormat(fmt.bold, True))


def _strong(node: Strong, p: Element, fmt: RunFormat, state: BodyState) -> None:
    write_inlines(p, node.children, state, RunFormat(True, fmt.italic))


def _ref(node: Ref, p: Element, fmt: RunFormat, state: BodyState) -> None:
    # A link Word and LibreOffice follow on click; readers that ignore links (pandoc -t plain)
    # still see the resolved text. A target without a bookmark prints as plain styled text.
    bookmark = state.bookmarks.get(node.target)
    parent = oxml.internal_link(p, bookmark) if bookmark else p
    r = oxml.run(
        parent, style_id=state.style_ids["Cross Reference"], bold=fmt.bold, italic=fmt.italic
    )
    oxml.add_text(r, node.text)


def _line_break(node: LineBreak, p: Element, fmt: RunFormat, state: BodyState) -> None:
    oxml.add_break(oxml.run(p))


INLINE_HANDLERS: Mapping[type, InlineHandler] = {
    Text: _text,
    Emphasis: _emphasis,
    Strong: _strong,
    Ref: _ref,
    LineBreak: _line_break,
}


# --------------------------------------------------------------------------- contents, grouping


def write_table_of_contents(doc: Document, state: BodyState) -> None:
    """A TOC field whose cached result lists the headings (Word adds page numbers on
    update; settings ask it to update fields when the file opens)."""
    oxml.text_run(state.paragraph("TOC Heading"), "Contents")
    entries = [(s.depth, heading_text(doc, s)) for s in _all_sections(doc.sections)]
    if not entries:
        entries = [(0, "Update this field to build the table of contents.")]
    last = len(entries) - 1
    for index, (depth, text) in enumerate(entries):
        p = state.paragraph("toc 1" if depth == 0 else "toc 2")
        if index == 0:
            oxml.begin_field(p, oxml.TOC_INSTRUCTION)
        oxml.text_run(p, text)
        if index == last:
            oxml.end_field(p)


def _title_block_length(preamble: list[Paragraph]) -> int:
    """How many leading paragraphs form the title block (caption, long title, lines after it)."""
    title_roles = (Role.CAPTION, Role.TITLE, Role.PREAMBLE, Role.NOTE)
    for index, paragraph in enumerate(preamble):
        if paragraph.role not in title_roles:
            return index
    return len(preamble)


def group_signatures(
    blocks: list[Paragraph] | list[Paragraph | Subdivision | Section],
) -> Iterator[object]:
    """The blocks, with each run of consecutive signature paragraphs gathered into one node."""
    group: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Paragraph) and block.role is Role.SIGNATURE:
            group.append(block)
            continue
        if group:
            yield Signatures(group)
            group = []
        yield block
    if group:
        yield Signatures(group)


def _all_sections(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _all_sections(section.sections)
