"""Tree -> canonical Markdown draft (the format `ordinance fmt` writes; see docs/draft-format.md).

Like mdformat's renderer, it is a table from node type to a small function. Every block's id is
written at the end of its last line, so a block keeps its id however it is later edited.

`read_markdown(write_markdown(tree)) == tree` holds for every tree a reader produced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import yaml

from ..document import (
    Block,
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
from ..document import heading_text as heading_text  # re-exported: writers used to import it here
from ..mdsyntax import Attributes, escape_inline, escape_line_start, protect_underscores


def write_markdown(doc: Document) -> str:
    doc.resolve()
    out: list[str] = [front_matter(doc)]
    for paragraph in doc.preamble:
        out.extend(_write(doc, paragraph))
    for section in doc.sections:
        out.extend(_write(doc, section))
    if doc.closing:
        out.append("* * *")
        for paragraph in doc.closing:
            out.extend(_write(doc, paragraph))
    return "\n\n".join(out) + "\n"


def front_matter(doc: Document) -> str:
    data = doc.info.model_dump(mode="json", exclude_none=True)
    data["numbering"] = _tidy_numbering(data["numbering"])
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{body}---"


_NUMBERING_ORDER = ("section_word", "chapter", "article", "separator", "width", "start", "step")


def _tidy_numbering(numbering: dict[str, object]) -> dict[str, object]:
    """The numbering in reading order (chapter before its scheme), without an empty prefix or
    chapter list. (An empty separator is a setting: it means none.)"""
    ordered = {key: numbering[key] for key in _NUMBERING_ORDER if key in numbering}
    ordered.update(numbering)
    empty = [key for key in ("prefix", "chapters") if ordered.get(key) in ("", {})]
    tidy = {key: value for key, value in ordered.items() if key not in empty}
    chapters = tidy.get("chapters")
    if isinstance(chapters, dict):
        tidy["chapters"] = {key: _tidy_numbering(value) for key, value in chapters.items()}
    return tidy


# ---- blocks: one function per node type, each yielding Markdown blocks (joined by blank lines)


def _write(doc: Document, block: Block) -> Iterator[str]:
    return _BLOCK_WRITERS[type(block)](doc, block)


def _section(doc: Document, block: Block) -> Iterator[str]:
    assert isinstance(block, Section)
    marks = "#" * (block.depth + 2)
    attributes = Attributes(
        block.anchor,
        ("fixed",) if block.fixed else (),
        {"chapter": block.chapter} if block.chapter else {},
    )
    yield f"{marks} {escape_inline(heading_text(doc, block))} {attributes}".rstrip()
    for child in block.content:
        yield from _write(doc, child)


def _subdivision(doc: Document, block: Block) -> Iterator[str]:
    assert isinstance(block, Subdivision)
    yield _with_id(f"{escape_line_start(block.label)} {inlines(block.inlines)}", block.anchor)
    for child in block.children:
        yield from _subdivision(doc, child)


def _paragraph(doc: Document, block: Block) -> Iterator[str]:
    assert isinstance(block, Paragraph)
    text = inlines(block.inlines)
    if block.role is Role.TITLE:
        yield _with_id(f"# {text}", block.anchor)
        return
    # An unlabelled paragraph must not look like a subdivision label when read back.
    if text.startswith("("):
        text = "\\" + text
    text = _with_id(text, block.anchor)
    if block.role is Role.NOTE:
        text = "> " + text.replace("\\\n", "\\\n> ")
    yield text


def _with_id(text: str, anchor: str) -> str:
    """A block's id, pinned at the end of its last line: `... the Council. {#council-approval}`."""
    return f"{text} {{#{anchor}}}" if anchor else text


_BLOCK_WRITERS: dict[type, Callable[[Document, Block], Iterator[str]]] = {
    Section: _section,
    Subdivision: _subdivision,
    Paragraph: _paragraph,
}


# ---- inlines


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
