"""Markdown escaping, shared by the template engine (user values) and the Markdown writer.

The rule is: whatever characters go in come back out of markdown-it-py as the same text. Escapes
are kept to what CommonMark needs, so that a lawyer reading the .md sees few backslashes:
`______` blanks and ordinary punctuation stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it.common.utils import isWhiteSpace

# Characters that can start inline markup anywhere in a line.
_INLINE = re.compile(r"([\\`*\[\]<{}])")
# & only matters when it spells an entity or character reference.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# _ can open or close emphasis unless the whole run stands between spaces (a blank: "______").
_UNDERSCORES = re.compile(r"_+")
_LINK_DESTINATION = re.compile(r"(\]\(#[^)\s]*\))")
# Patterns that mean something at the start of a line: headings, quotes, lists, setext rules,
# and a line of underscores alone, which is a thematic break.
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=]|\d{1,9}(?=[.)])|_{3,}\s*$)")
_LINE_START_BEFORE_BREAK = re.compile(r"^(\s*)(#|>|[-+=]|\d{1,9}(?=[.)]))")


def _is_space(character: str) -> bool:
    """White space as markdown-it-py judges emphasis by: CommonMark's, not Python's (to Python,
    U+0085 is white space; to CommonMark it is a control, and "_\x85_" is emphasis)."""
    return isWhiteSpace(ord(character))


def _escape_underscores(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if _is_space(before) and _is_space(after):
            return match.group()
        return match.group().replace("_", r"\_")

    return _UNDERSCORES.sub(replace, text)


def escape_inline(text: str, underscores: bool = True) -> str:
    """Escape text that sits inside a line (not at its start).

    With `underscores=False` the caller protects underscores itself, for a whole paragraph at
    once with `protect_underscores`, which can leave more of them bare.
    """
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _escape_underscores(text) if underscores else text


def protect_underscores(markdown: str) -> str:
    """Escape the underscores of a paragraph's Markdown (in which every `_` is literal text).

    An underscore run preceded by white space can never close emphasis; if no run in the
    paragraph can close, none can open either, and blanks such as "on ______," stay readable.
    Link destinations (`](#an__id)`) are not text and are left alone.
    """
    pieces = _LINK_DESTINATION.split(markdown)
    texts, destinations = pieces[::2], pieces[1::2]
    runs = [(text, r) for text in texts for r in _UNDERSCORES.finditer(text)]
    if all(r.start() == 0 or _is_space(text[r.start() - 1]) for text, r in runs):
        return markdown
    out = [_escape_underscores(texts[0])]
    for destination, text in zip(destinations, texts[1:], strict=True):
        out.extend([destination, _escape_underscores(text)])
    return "".join(out)


def escape_line_start(text: str, before_break: bool = False) -> str:
    """Escape a line-start pattern (`# `, `- `, `1.`, `>`, `___`) at the start of escaped text.

    A line that ends in a hard break (`\\` at its end) cannot be a thematic break, so a
    signature rule such as `______\\` needs no escape there.
    """
    match = (_LINE_START_BEFORE_BREAK if before_break else _LINE_START).match(text)
    if not match:
        return text
    indent, token = match.group(1), match.group(2)
    rest = text[match.end(1) :]
    if token[0].isdigit():
        # "1." or "1)" would open an ordered list: escape the punctuation after the digits.
        return f"{indent}{token}\\{rest[len(token) :]}"
    return f"{indent}\\{rest}"


# A trailing attribute block: {#id .class key=value key="quoted value"}.
_ATTRIBUTE_BLOCK = re.compile(r"\{([^{}\n]*)\}\s*$")
_ATTRIBUTE = re.compile(r'\s*(?:#([\w\-]+)|\.([\w\-]+)|([\w\-]+)=(?:"([^"]*)"|([^\s"]+)))')
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")


@dataclass(frozen=True, slots=True)
class Attributes:
    """What a `{#id .class key=value}` block says."""

    id: str = ""
    classes: tuple[str, ...] = ()
    values: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        parts = [f"#{self.id}"] if self.id else []
        parts += [f".{name}" for name in self.classes]
        parts += [f"{key}={value}" for key, value in self.values.items()]
        return "{" + " ".join(parts) + "}" if parts else ""


def split_attributes(text: str) -> tuple[str, Attributes | None]:
    """Text without a trailing attribute block, and the block (None if there is none).

    Only a well-formed block counts; anything else is left as text.
    """
    match = _ATTRIBUTE_BLOCK.search(text)
    if not match:
        return text, None
    inner, pos = match.group(1), 0
    found: list[re.Match[str]] = []
    while pos < len(inner.rstrip()):
        attribute = _ATTRIBUTE.match(inner, pos)
        if not attribute or attribute.end() == pos:
            return text, None
        found.append(attribute)
        pos = attribute.end()
    ids = [a.group(1) for a in found if a.group(1)]
    if len(ids) > 1 or not found or (ids and not _ID.match(ids[0])):
        return text, None
    attributes = Attributes(
        id=ids[0] if ids else "",
        classes=tuple(a.group(2) for a in found if a.group(2)),
        values={a.group(3): a.group(4) or a.group(5) or "" for a in found if a.group(3)},
    )
    return text[: match.start()].rstrip(), attributes


def escape_value(text: str) -> str:
    """Escape a user-supplied value for a template: safe wherever the template puts it.

    A leading `(` is escaped too, so that a value at the start of a paragraph is never taken for a
    subdivision label such as "(a)".
    """
    escaped = escape_line_start(escape_inline(text))
    return "\\" + escaped if escaped.startswith("(") else escaped
