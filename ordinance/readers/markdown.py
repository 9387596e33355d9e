"""Markdown draft -> document tree, with markdown-it-py.

The draft format (docs/draft-format.md) in brief: YAML front matter; before the first `##` heading
the title block (caption paragraphs, a `#` long title, recitals beginning "WHEREAS", the enacting
clause last); `## ...` ordinance sections and `### ...` code sections, whose numbers are ignored and
recomputed; paragraphs starting with a label such as `(a)`, `(1)`, `(A)`, `(i)` are subdivisions,
their level given by the label's style; `> ` block quotes are drafter's notes; after a `* * *` rule,
the adoption and signature block. Ids ride along as `{#id}` at the end of a heading or paragraph
(or on the line before a paragraph).

This module only turns markdown-it tokens into the events of the shared builder
(`readers/builder.py`), which knows the ordinance's shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from ..document import (
    Document,
    DocumentInfo,
    Emphasis,
    Inline,
    LabelFormat,
    LineBreak,
    Ref,
    Role,
    Strong,
    Text,
    normalize_inlines,
)
from ..errors import DocumentError, InputError
from ..loading import parse_yaml, validate
from ..mdsyntax import Attributes, split_attributes
from .builder import ClosingEvent, Event, HeadingEvent, ParagraphEvent, build

_AS_SUBDIVISIONS = "write subdivisions as paragraphs that start with (a), (1), (A) or (i)"
_AS_PARAGRAPHS = "write the text as plain paragraphs"
# What the draft format leaves out, and what to write instead.
_UNSUPPORTED = {
    "bullet_list_open": ("bulleted lists", _AS_SUBDIVISIONS),
    "ordered_list_open": ("numbered lists", _AS_SUBDIVISIONS),
    "code_block": ("indented code blocks", _AS_PARAGRAPHS + ", not indented by four spaces"),
    "fence": ("fenced code blocks", _AS_PARAGRAPHS),
    "html_block": ("HTML blocks", _AS_PARAGRAPHS + ", or escape a literal < as \\<"),
    "table_open": ("tables", "write each row as a paragraph or a subdivision"),
}


@cache
def _parser() -> MarkdownIt:
    # HTML and tables are parsed only so that a draft using them gets an error, not mangled text.
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    md.use(front_matter_plugin).use(attrs_block_plugin, allowed=["id"])
    # Keep backslash escapes as their own tokens: an escaped "\(" starts a plain paragraph.
    md.disable("text_join")
    return md


def read_markdown(text: str, source: str = "<draft>") -> Document:
    """Parse a Markdown draft (with front matter) into a resolved document tree."""
    tokens = _parser().parse(text)
    if not tokens or tokens[0].type != "front_matter":
        raise InputError.single(
            source, "a draft starts with YAML front matter between --- lines", "(front matter)"
        )
    front = tokens[0]
    data, positions = parse_yaml(front.content, source, line_offset=1)
    if not isinstance(data, dict):
        raise InputError.single(source, "front matter must be a mapping", "(front matter)", 2)
    info = validate(DocumentInfo, data, source, positions)
    return read_body(tokens[1:], info, source)


def read_body_markdown(text: str, info: DocumentInfo, source: str = "<template>") -> Document:
    """Parse Markdown without front matter (a rendered template) into a resolved tree."""
    return read_body(_parser().parse(text), info, source)


def read_body(tokens: list[Token], info: DocumentInfo, source: str) -> Document:
    try:
        labels = [LabelFormat.parse(p) for p in info.numbering.levels]
        return build(_events(tokens, labels), info)
    except DocumentError as error:
        raise InputError.single(source, error.message, "(draft)", error.line or 1) from None


def _events(tokens: list[Token], labels: list[LabelFormat]) -> Iterator[Event]:
    """markdown-it block tokens -> the shared builder's events."""
    quote_depth = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        line = token.map[0] + 1 if token.map else None
        if token.type in _UNSUPPORTED:
            what, instead = _UNSUPPORTED[token.type]
            raise DocumentError(f"{what} are not part of the draft format; {instead}", line)
        if token.type == "heading_open":
            yield _heading(token, tokens[index + 1], line)
            index += 3
            continue
        if token.type == "paragraph_open":
            inline, attributes = _trailing_attributes(tokens[index + 1].children or [])
            if attributes.classes or attributes.values:
                raise DocumentError(
                    f"a paragraph takes only an id in its attribute block (found {attributes})",
                    line,
                )
            if not quote_depth:
                _check_no_label_inside(inline, labels, line)
            yield ParagraphEvent(
                _inlines(inline, line),
                # The id ends the paragraph; the line above it is read too (older drafts).
                id=attributes.id or str(token.attrs.get("id", "")),
                role=Role.NOTE if quote_depth else None,
                literal=bool(inline) and inline[0].type == "text_special",
                line=line,
            )
            index += 3
            continue
        if token.type == "hr":
            yield ClosingEvent(line)
        elif token.type == "blockquote_open":
            if quote_depth:
                # Past markdown-it's nesting limit a quote's words are dropped without a word.
                raise DocumentError(
                    "a drafter's note is one level of > block quote; nested quotes are not part "
                    "of the draft format",
                    line,
                )
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        index += 1


def _check_no_label_inside(
    children: list[Token], labels: list[LabelFormat], line: int | None
) -> None:
    """A line inside a paragraph that starts with a label is an item typed without a blank line.

    Markdown would join it to the paragraph above; say so rather than merge two items.
    """
    for index, token in enumerate(children[:-1]):
        if token.type != "softbreak" or children[index + 1].type != "text":
            continue
        following = children[index + 1].content
        label = next((m for f in labels if (m := f.regex().match(following))), None)
        if label:
            at = (line or 1) + sum(t.type == "softbreak" for t in children[: index + 1])
            raise DocumentError(
                f"the line starting {label.group(0)!r} continues the paragraph above it; leave "
                f"a blank line before it to make it an item of its own, or write \\"
                f"{label.group(0)} if it belongs to the sentence",
                at,
            )


def _heading(token: Token, inline: Token, line: int | None) -> HeadingEvent:
    level = int(token.tag[1])
    if level > 3:
        raise DocumentError(f"headings go down to ### only (found {token.markup})", line)
    children, attributes = _trailing_attributes(inline.children or [])
    _check_heading_attributes(level, attributes, line)
    return HeadingEvent(
        level,
        _inlines(children, line),
        id=attributes.id,
        classes=attributes.classes,
        attrs=attributes.values,
        line=line,
    )


# What each heading level may carry besides its id. Anything else would be dropped by the next
# `fmt`, and a misspelt `.fixed` would let it renumber a section of the existing code.
_HEADING_ATTRIBUTES = {
    1: ("the # title", (), ()),
    2: ("a ## section heading", (), ("chapter",)),
    3: ("a ### code section heading", ("fixed",), ()),
}


def _check_heading_attributes(level: int, attributes: Attributes, line: int | None) -> None:
    what, classes, keys = _HEADING_ATTRIBUTES[level]
    if set(attributes.classes) <= set(classes) and set(attributes.values) <= set(keys):
        return
    if level == 2 and "fixed" in attributes.classes:
        return  # the builder explains that only a code section keeps a fixed number
    allowed = " and ".join(["an id", *(f".{c}" for c in classes), *(f"{k}=KEY" for k in keys)])
    raise DocumentError(
        f"{what} takes only {allowed} in its attribute block (found {attributes})", line
    )


def _trailing_attributes(children: list[Token]) -> tuple[list[Token], Attributes]:
    """Split a `{#id .class key=value}` block off the end of a line's inline tokens.

    Escaped braces are `text_special` tokens, so only an unescaped block counts.
    """
    if not children or children[-1].type != "text":
        return children, Attributes()
    last = children[-1]
    text, attributes = split_attributes(last.content)
    if attributes is None:
        return children, Attributes()
    kept = children[:-1]
    if text:
        stripped = Token("text", "", 0, content=text)
        kept.append(stripped)
    return kept, attributes


def _inlines(tokens: list[Token], line: int | None) -> list[Inline]:
    """markdown-it inline tokens -> inline nodes."""
    root: list[Inline] = []
    stack: list[list[Inline]] = [root]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if kind in ("text", "text_special", "code_inline"):
            stack[-1].append(Text(token.content))
        elif kind == "softbreak":
            stack[-1].append(Text(" "))
        elif kind == "hardbreak":
            stack[-1].append(LineBreak())
        elif kind in ("em_open", "strong_open"):
            node: Emphasis | Strong = Emphasis([]) if kind == "em_open" else Strong([])
            stack[-1].append(node)
            stack.append(node.children)
        elif kind in ("em_close", "strong_close"):
            stack.pop()
        elif kind == "link_open":
            href = str(token.attrs.get("href", ""))
            if not href.startswith("#") or len(href) < 2:
                raise DocumentError(
                    f"links are not part of the draft format (found a link to {href!r}); a "
                    "cross-reference is written [text](#id)",
                    line,
                )
            # The link text is recomputed; its shape only says whether the reference is bare:
            # one word with a digit ("9.64.030(b)") is, "Section 9.64.030(b)" or "" is not.
            text = []
            while tokens[index].type != "link_close":
                text.append(tokens[index].content)
                index += 1
            label = "".join(text).strip()
            bare = (
                bool(label)
                and not any(c.isspace() for c in label)
                and any(c.isdigit() for c in label)
            )
            stack[-1].append(Ref(href[1:], bare=bare, line=line))
        elif kind == "image":
            raise DocumentError("images are not part of the draft format", line)
        elif kind == "html_inline":
            raise DocumentError(
                f"HTML is not part of the draft format (found {token.content!r}); write \\< "
                "for a literal <",
                line,
            )
        else:
            stack[-1].append(Text(token.content))
        index += 1
    return normalize_inlines(_strip_edges(root))


def _strip_edges(nodes: list[Inline]) -> list[Inline]:
    """Trim white space at the edges of a paragraph, as Markdown itself does."""
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].text.rstrip())
    return nodes
