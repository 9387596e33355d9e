"""Tree -> plain text, as the printed ordinance reads (headings, labels and clause text)."""

from __future__ import annotations

from ..document import Document, Paragraph, Section, Subdivision, heading_text, plain_text
from .walk import Handlers, Walk

Lines = list[str]


def write_text(doc: Document) -> str:
    """The resolved tree as text: one paragraph a block, blank lines between them."""
    walk: Walk[Lines] = Walk(doc, HANDLERS, [])
    walk.document()
    return "\n\n".join(walk.state) + "\n"


def _section(section: Section, walk: Walk[Lines]) -> None:
    walk.state.append(heading_text(walk.doc, section))
    walk.blocks(section.content)


def _subdivision(sub: Subdivision, walk: Walk[Lines]) -> None:
    walk.state.append("    " * sub.level + f"{sub.label} {plain_text(sub.inlines)}")
    walk.blocks(sub.children)


def _paragraph(paragraph: Paragraph, walk: Walk[Lines]) -> None:
    walk.state.append(plain_text(paragraph.inlines))


HANDLERS: Handlers[Lines] = {Section: _section, Subdivision: _subdivision, Paragraph: _paragraph}
