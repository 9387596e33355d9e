"""Tree -> canonical Markdown draft (the format `ordinance fmt` writes; see docs/draft-format.md).

Like every writer, a table from node type to a small function over the shared walk
(`writers/walk.py`), taking a resolved tree and never changing it. Every block's id is written at
the end of its last line, so a block keeps its id however it is later edited.

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
from ..mdsyntax import Attributes, escape_inline, escape_line_start, protect_underscores
from .walk import Handlers, Walk


def write_markdown(doc: Document) -> str:
    """The resolved tree as the canonical Markdown draft."""
    walk: Walk[Chunks] = Walk(doc, HANDLERS, [front_matter(doc)])
    walk.blocks(doc.preamble)
    walk.blocks(doc.sections)
    if doc.closing:
        walk.state.append("* * *")
        walk.blocks(doc.closing)
    return "\n\n".join(walk.state) + "\n"


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


# ---- blocks: one function per node type, each adding Markdown blocks (joined by blank lines)

Chunks = list[str]


def _section(section: Section, walk: Walk[Chunks]) -> None:
    marks = "#" * (section.depth + 2)
    attributes = Attributes(
        section.anchor,
        ("fixed",) if section.fixed else (),
        {"chapter": section.chapter} if section.chapter else {},
    )
    heading = escape_inline(walk.doc.heading_text(section))
    walk.state.append(f"{marks} {heading} {attributes}".rstrip())
    walk.blocks(section.content)


def _subdivision(sub: Subdivision, walk: Walk[Chunks]) -> None:
    text = f"{escape_line_start(sub.label)} {inlines(sub.inlines)}"
    walk.state.append(_with_id(text, sub.anchor))
    walk.blocks(sub.children)


def _paragraph(paragraph: Paragraph, walk: Walk[Chunks]) -> None:
    text = inlines(paragraph.inlines)
    if paragraph.role is Role.TITLE:
        walk.state.append(_with_id(f"# {text}", paragraph.anchor))
        return
    # An unlabelled paragraph must not look like a subdivision label when read back.
    if text.startswith("("):
        text = "\\" + text
    text = _with_id(text, paragraph.anchor)
    if paragraph.role is Role.NOTE:
        text = "> " + text.replace("\\\n", "\\\n> ")
    walk.state.append(text)


def _with_id(text: str, anchor: str) -> str:
    """A block's id, pinned at the end of its last line: `... the Council. {#council-approval}`."""
    return f"{text} {{#{anchor}}}" if anchor else text


HANDLERS: Handlers[Chunks] = {
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
