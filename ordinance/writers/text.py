"""Tree -> plain text, as the printed ordinance reads (headings, labels and clause text)."""

from __future__ import annotations

from ..document import Document, Paragraph, Section, Subdivision, plain_text
from .markdown import heading_text


def write_text(doc: Document) -> str:
    doc.resolve()
    out: list[str] = [plain_text(p.inlines) for p in doc.preamble]
    for section in doc.sections:
        _section(doc, section, out)
    out.extend(plain_text(p.inlines) for p in doc.closing)
    return "\n\n".join(out) + "\n"


def _section(doc: Document, section: Section, out: list[str]) -> None:
    out.append(heading_text(doc, section))
    for block in section.content:
        if isinstance(block, Section):
            _section(doc, block, out)
        elif isinstance(block, Subdivision):
            _subdivision(block, out)
        else:
            out.append(_paragraph(block))


def _subdivision(sub: Subdivision, out: list[str]) -> None:
    out.append("    " * sub.level + f"{sub.label} {plain_text(sub.inlines)}")
    for child in sub.children:
        _subdivision(child, out)


def _paragraph(paragraph: Paragraph) -> str:
    return plain_text(paragraph.inlines)
