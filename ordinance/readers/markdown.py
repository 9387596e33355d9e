"""Markdown draft -> document tree, with markdown-it-py.

The draft format (docs/draft-format.md) in brief: YAML front matter; before the first `##` heading
the title block (caption paragraphs, a `#` long title, recitals beginning "WHEREAS", the enacting
clause last); `## ...` ordinance sections and `### ...` code sections, whose numbers are ignored and
recomputed; paragraphs starting with a label such as `(a)`, `(1)`, `(A)`, `(i)` are subdivisions,
their level given by the label's style; `> ` block quotes are drafter's notes; after a `* * *` rule,
the adoption and signature block. Ids ride along as `{#id}` after a heading or on the line before a
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    Paragraph,
    Ref,
    Role,
    Section,
    Strong,
    Subdivision,
    Text,
    normalize_inlines,
    plain_text,
)
from ..errors import DocumentError, InputError
from ..loading import parse_yaml, validate

_HEADING_ANCHOR = re.compile(r"\s*\{#([A-Za-z0-9][A-Za-z0-9_-]*)\}\s*$")
_SECTION_NUMBER = re.compile(r"^(?:section|sec\.|§)\s*\S*\s+", re.IGNORECASE)
_CODE_NUMBER = re.compile(r"^(?:(?:section|sec\.|§)\s*)?\S*\d\S*\s+", re.IGNORECASE)
_SIGNATURE_BLANK = re.compile(r"_{5,}")
_UNSUPPORTED = {
    "bullet_list_open": "bulleted lists",
    "ordered_list_open": "numbered lists",
    "code_block": "indented code blocks",
    "fence": "fenced code blocks",
    "html_block": "HTML blocks",
    "table_open": "tables",
}


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False})
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
    builder = _Builder(info, [LabelFormat.parse(p) for p in info.numbering.levels])
    try:
        builder.feed(tokens)
        return builder.finish().resolve()
    except DocumentError as error:
        raise InputError.single(source, error.message, "(draft)", error.line or 1) from None


@dataclass
class _Builder:
    info: DocumentInfo
    formats: list[LabelFormat]
    doc: Document = field(init=False)
    part: str = "preamble"  # preamble -> body -> closing
    seen_title: bool = False
    chapter_section: Section | None = None
    section: Section | None = None
    open_subdivisions: list[Subdivision] = field(default_factory=list)
    quote_depth: int = 0

    def __post_init__(self) -> None:
        self.doc = Document(info=self.info)

    def feed(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            line = token.map[0] + 1 if token.map else None
            if token.type in _UNSUPPORTED:
                raise DocumentError(
                    f"{_UNSUPPORTED[token.type]} are not part of the draft format; write "
                    "subdivisions as paragraphs that start with (a), (1), (A) or (i)",
                    line,
                )
            if token.type == "heading_open":
                self._heading(token, tokens[index + 1], line)
                index += 3
                continue
            if token.type == "paragraph_open":
                self._paragraph(token, tokens[index + 1], line)
                index += 3
                continue
            if token.type == "hr":
                if self.part == "closing":
                    raise DocumentError("only one * * * rule may separate the closing", line)
                self.part = "closing"
                self.open_subdivisions = []
            elif token.type == "blockquote_open":
                self.quote_depth += 1
            elif token.type == "blockquote_close":
                self.quote_depth -= 1
            index += 1

    def finish(self) -> Document:
        _assign_preamble_roles(self.doc.preamble)
        return self.doc

    # ---- headings

    def _heading(self, token: Token, inline: Token, line: int | None) -> None:
        level = int(token.tag[1])
        raw = plain_text(_inlines(inline.children or [], line))
        match = _HEADING_ANCHOR.search(raw)
        anchor = match.group(1) if match else ""
        title = raw[: match.start()].strip() if match else raw.strip()
        if self.part == "closing":
            raise DocumentError("headings may not follow the closing * * * rule", line)
        if level == 1:
            if self.part != "preamble" or self.seen_title:
                raise DocumentError("the draft has one # title, before the first section", line)
            self.seen_title = True
            title_inlines = _strip_heading_anchor(_inlines(inline.children or [], line))
            self.doc.preamble.append(Paragraph(Role.TITLE, title_inlines, anchor=anchor, line=line))
            return
        if level == 2:
            heading = _SECTION_NUMBER.sub("", title, count=1)
            self.section = self.chapter_section = Section(0, heading, anchor=anchor, line=line)
            self.doc.sections.append(self.section)
        elif level == 3:
            if self.chapter_section is None:
                raise DocumentError("a ### code section must follow a ## section", line)
            heading = _CODE_NUMBER.sub("", title, count=1)
            self.section = Section(1, heading, anchor=anchor, line=line)
            self.chapter_section.content.append(self.section)
        else:
            raise DocumentError(f"headings go down to ### only (found {token.markup})", line)
        if not self.section.heading:
            raise DocumentError("a section heading needs words after its number", line)
        self.part = "body"
        self.open_subdivisions = []

    # ---- paragraphs

    def _paragraph(self, token: Token, inline: Token, line: int | None) -> None:
        children = inline.children or []
        anchor = str(token.attrs.get("id", ""))
        nodes = _inlines(children, line)
        if not nodes:
            return
        if self.quote_depth:
            # A drafter's note may stand anywhere: title block, a section, or the closing.
            note = Paragraph(Role.NOTE, nodes, anchor=anchor, line=line)
            if self.part == "preamble":
                self.doc.preamble.append(note)
            elif self.part == "closing":
                self.doc.closing.append(note)
            else:
                self._append(note)
            self.open_subdivisions = []
            return
        if self.part == "preamble":
            role = Role.CAPTION if not self.seen_title else Role.PREAMBLE
            self.doc.preamble.append(Paragraph(role, nodes, anchor=anchor, line=line))
            return
        if self.part == "closing":
            self.doc.closing.append(
                Paragraph(_closing_role(nodes), nodes, anchor=anchor, line=line)
            )
            return
        escaped_start = bool(children) and children[0].type == "text_special"
        label = None if escaped_start else self._match_label(nodes)
        if label is None:
            self._append(Paragraph(Role.TEXT, nodes, anchor=anchor, line=line))
            self.open_subdivisions = []
            return
        level, rest = label
        sub = Subdivision(level, rest, anchor=anchor, line=line)
        if level == 0:
            self._append(sub)
        elif len(self.open_subdivisions) < level:
            expected = self.formats[level - 1].format(1)
            raise DocumentError(
                f"subdivision {self.formats[level].format(1)}-style label with no "
                f"{expected}-style subdivision above it",
                line,
            )
        else:
            self.open_subdivisions[level - 1].children.append(sub)
        del self.open_subdivisions[level:]
        self.open_subdivisions.append(sub)

    def _append(self, block: Paragraph | Subdivision) -> None:
        if self.section is None:
            raise DocumentError(
                "text before the first section must come before the title", block.line
            )
        self.section.content.append(block)

    def _match_label(self, nodes: list[Inline]) -> tuple[int, list[Inline]] | None:
        first = nodes[0]
        if not isinstance(first, Text):
            return None
        candidates: list[tuple[int, re.Match[str]]] = []
        for level, fmt in enumerate(self.formats):
            match = fmt.regex().match(first.text)
            if match:
                candidates.append((level, match))
        if not candidates:
            return None
        level, match = self._disambiguate(candidates)
        rest_text = first.text[match.end() :].lstrip(" ")
        rest = normalize_inlines([Text(rest_text), *nodes[1:]])
        return level, rest

    def _disambiguate(
        self, candidates: list[tuple[int, re.Match[str]]]
    ) -> tuple[int, re.Match[str]]:
        """Choose the level of an ambiguous label such as (i): letter i or roman one?"""
        if len(candidates) == 1:
            return candidates[0]
        depth = len(self.open_subdivisions)
        # Prefer the level at which the label is the next one in sequence.
        for level, match in candidates:
            if level <= depth and self._next_token(level) == match.group(1):
                return level, match
        # Otherwise the deepest level the label may legally open.
        allowed = [c for c in candidates if c[0] <= depth]
        return max(allowed or candidates, key=lambda c: c[0])

    def _next_token(self, level: int) -> str:
        fmt = self.formats[level]
        if level == 0:
            count = (
                sum(isinstance(b, Subdivision) for b in self.section.content) if self.section else 0
            )
        else:
            count = len(self.open_subdivisions[level - 1].children)
        return fmt.token(count + 1)


def _closing_role(nodes: list[Inline]) -> Role:
    """A signature is a blank line with the signer's title on the line under it.

    Vote lines ("AYES: ______" / "NOES: ______") also break lines, but every line has a blank.
    """
    lines = plain_text(nodes).split("\n")
    is_signature = (
        len(lines) > 1
        and _SIGNATURE_BLANK.search(lines[0])
        and not _SIGNATURE_BLANK.search(lines[1])
    )
    return Role.SIGNATURE if is_signature else Role.CLOSING


def _assign_preamble_roles(preamble: list[Paragraph]) -> None:
    """Recitals start with WHEREAS; the last paragraph of the preamble is the enacting clause."""
    for paragraph in preamble:
        if paragraph.role is Role.PREAMBLE and plain_text(paragraph.inlines).upper().startswith(
            "WHEREAS"
        ):
            paragraph.role = Role.RECITAL
    if (
        preamble
        and preamble[-1].role in (Role.PREAMBLE,)
        and any(p.role is Role.TITLE for p in preamble)
    ):
        preamble[-1].role = Role.ENACTING


def _strip_heading_anchor(nodes: list[Inline]) -> list[Inline]:
    if nodes and isinstance(nodes[-1], Text):
        last = nodes[-1]
        nodes = [*nodes[:-1], Text(_HEADING_ANCHOR.sub("", last.text).rstrip())]
    return normalize_inlines(nodes)


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
