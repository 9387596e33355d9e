"""Tree -> canonical Markdown draft (the format `ordinance fmt` writes; see docs/draft-format.md).

`read_markdown(write_markdown(tree)) == tree` holds for every tree a reader produced.
"""

from __future__ import annotations

from collections.abc import Callable

import yaml

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
from ..mdsyntax import escape_inline, escape_line_start, protect_underscores


def write_markdown(doc: Document) -> str:
    doc.resolve()
    out: list[str] = [front_matter(doc)]
    for paragraph in doc.preamble:
        out.append(_preamble_paragraph(paragraph))
    for section in doc.sections:
        _section(doc, section, out)
    if doc.closing:
        out.append("* * *")
        out.extend(_paragraph(p) for p in doc.closing)
    return "\n\n".join(out) + "\n"


def front_matter(doc: Document) -> str:
    data = doc.info.model_dump(mode="json", exclude_none=True)
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{body}---"


def heading_text(doc: Document, section: Section) -> str:
    """A section's printed heading: 'Section 3. Severability' or '9.64.030 Council Approval'."""
    if section.depth == 0:
        return f"{doc.info.numbering.section_word} {section.number}. {section.heading}"
    return f"{section.number} {section.heading}"


def _section(doc: Document, section: Section, out: list[str]) -> None:
    marks = "#" * (section.depth + 2)
    anchor = f" {{#{section.anchor}}}" if section.anchor else ""
    out.append(f"{marks} {escape_inline(heading_text(doc, section))}{anchor}")
    for block in section.content:
        if isinstance(block, Section):
            _section(doc, block, out)
        else:
            _block(block, out)


def _block(block: Paragraph | Subdivision, out: list[str]) -> None:
    if isinstance(block, Subdivision):
        _subdivision(block, out)
    else:
        out.append(_paragraph(block))


def _subdivision(sub: Subdivision, out: list[str]) -> None:
    text = f"{escape_line_start(sub.label)} {inlines(sub.inlines)}"
    out.append(_with_anchor(sub.anchor, text))
    for child in sub.children:
        _subdivision(child, out)


def _with_anchor(anchor: str, text: str) -> str:
    return f"{{#{anchor}}}\n{text}" if anchor else text


def _paragraph(paragraph: Paragraph) -> str:
    text = inlines(paragraph.inlines)
    # An unlabelled paragraph must not look like a subdivision label when read back.
    if text.startswith("("):
        text = "\\" + text
    if paragraph.role is Role.NOTE:
        text = "> " + text.replace("\\\n", "\\\n> ")
    return _with_anchor(paragraph.anchor, text)


def _preamble_paragraph(paragraph: Paragraph) -> str:
    if paragraph.role is Role.TITLE:
        anchor = f" {{#{paragraph.anchor}}}" if paragraph.anchor else ""
        return f"# {inlines(paragraph.inlines)}{anchor}"
    return _paragraph(paragraph)


def inlines(nodes: list[Inline]) -> str:
    """Inline nodes as Markdown text, escaped so that it reads back to the same nodes."""
    text = protect_underscores("".join(_INLINE_WRITERS[type(node)](node) for node in nodes))
    *broken, last = text.split("\\\n")
    lines = [escape_line_start(line, before_break=True) for line in broken]
    return "\\\n".join([*lines, escape_line_start(last)])


def _text(node: Inline) -> str:
    assert isinstance(node, Text)
    return escape_inline(node.text, underscores=False)


def _emphasis(node: Inline) -> str:
    assert isinstance(node, Emphasis | Strong)
    marker = "**" if isinstance(node, Strong) else "*"
    inner = "".join(_INLINE_WRITERS[type(child)](child) for child in node.children)
    return f"{marker}{inner}{marker}"


def _ref(node: Inline) -> str:
    assert isinstance(node, Ref)
    return f"[{escape_inline(node.text, underscores=False)}](#{node.target})"


def _line_break(node: Inline) -> str:
    return "\\\n"


_INLINE_WRITERS: dict[type, Callable[[Inline], str]] = {
    Text: _text,
    Emphasis: _emphasis,
    Strong: _emphasis,
    Ref: _ref,
    LineBreak: _line_break,
}
