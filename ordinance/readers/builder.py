"""The readers' shared builder: a stream of heading and paragraph events -> a document tree.

Every reader (Markdown, DOCX, plain text) turns its own syntax into the three events below and
feeds them, in document order, to `build` (or to a `Builder` one at a time). The builder knows the
ordinance's shape, so label levels, paragraph roles and signature detection live here, once:

``HeadingEvent(level, inlines, id="", classes=(), attrs={}, line=None)``
    ``level`` 1 is the long title ("AN ORDINANCE ..."), 2 an ordinance section ("Section 2.
    Severability"), 3 a code section ("9.64.030 Definitions"). ``inlines`` are the heading's
    words as written, number included: the builder drops a written number (it is recomputed)
    unless ``classes`` holds ``"fixed"``, which keeps it (a section of an existing code). ``attrs``
    may carry ``chapter``: on a level-2 heading, the key of the code numbering scheme its code
    sections use (`Numbering.chapters`).

``ParagraphEvent(inlines, id="", role=None, level=None, literal=False, line=None)``
    One paragraph. With no hint the builder decides: before the title a caption; after it,
    recitals (they start with WHEREAS), other title-block lines, and the enacting clause (the
    last one); in a section, a subdivision when the text starts with a label of one of the
    numbering's levels ("(a)", "(1)" ...), plain text otherwise; in the closing, a signature
    when its first line has a blank ("_____") and the next line does not.
    Hints a reader with styles (DOCX) may give instead:
    ``role`` - any `Role`: ``NOTE`` (a drafter's note, allowed anywhere), ``TITLE``,
    ``CAPTION``, ``PREAMBLE``, ``RECITAL``, ``ENACTING`` (title block), ``TEXT`` (plain text in
    a section, never a subdivision), ``CLOSING``, ``SIGNATURE`` (these two also start the
    closing if it has not started);
    ``level`` - a subdivision at this level (0 for "(a)", 1 for "(1)" ...); a leading label of
    that level's style is dropped from the text, as labels are recomputed;
    ``literal`` - the text starts with something label-like that is not a label (Markdown's
    escaped "\\(").

``ClosingEvent(line=None)``
    The rule (``* * *``) after the last section; what follows is the adoption and signature
    block.

``id`` is an explicit id as written: a full id when it contains ``__``
(``council-approval__funding``), otherwise a slug under the block's parent (``funding``). Blocks
without one get an id when the document is resolved. ``line`` is the source line for error
messages. Mistakes in the stream raise `DocumentError` naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from ..document import (
    Document,
    DocumentInfo,
    Inline,
    LabelFormat,
    Paragraph,
    Role,
    Section,
    Subdivision,
    Text,
    normalize_inlines,
    plain_text,
)
from ..errors import DocumentError
from ..models.jurisdiction import ChapterNumbering


@dataclass(frozen=True, slots=True)
class HeadingEvent:
    level: int
    inlines: list[Inline]
    id: str = ""
    classes: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict)
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ParagraphEvent:
    inlines: list[Inline]
    id: str = ""
    role: Role | None = None
    level: int | None = None
    literal: bool = False
    line: int | None = None


@dataclass(frozen=True, slots=True)
class ClosingEvent:
    line: int | None = None


Event = HeadingEvent | ParagraphEvent | ClosingEvent

_TITLE_BLOCK_ROLES = frozenset(
    {Role.CAPTION, Role.TITLE, Role.PREAMBLE, Role.RECITAL, Role.ENACTING}
)
_CLOSING_ROLES = frozenset({Role.CLOSING, Role.SIGNATURE})
# "Section 3." / "Sec. 3" / "§ 3": the prefix word, then a number (digits, or one letter and a
# period as a placeholder). The word boundary keeps "Sectional Review" whole.
_SECTION_NUMBER = re.compile(r"^(?:section\b|sec\.|§)\s*(?:\d[\w.\-]*|[a-z]\.)\s+", re.IGNORECASE)
_CODE_PREFIX = re.compile(r"^(?:section\b|sec\.|§)\s*", re.IGNORECASE)
# A code section number: parts joined by . or -, each with a digit or an x placeholder
# (9.64.030, 19-401, A40-1, 9.64.x), optionally with a closing period.
_CODE_NUMBER = re.compile(
    r"^((?:[A-Za-z]*\d[\w]*|[xX]+)(?:[.\-](?:[A-Za-z]*\d[\w]*|[xX]+))+)\.?(?=\s|$)"
)
_SIGNATURE_BLANK = re.compile(r"_{5,}")


def build(events: Iterable[Event], info: DocumentInfo) -> Document:
    """The resolved tree of a stream of events (see the module docstring)."""
    builder = Builder(info)
    for event in events:
        builder.feed(event)
    return builder.finish().resolve()


@dataclass
class Builder:
    """Turns events into an unresolved `Document`; `finish` returns it."""

    info: DocumentInfo
    doc: Document = field(init=False)
    formats: list[LabelFormat] = field(init=False)
    part: str = "preamble"  # preamble -> body -> closing
    seen_title: bool = False
    chapter_section: Section | None = None
    section: Section | None = None
    open_subdivisions: list[Subdivision] = field(default_factory=list)
    # Paragraphs whose role a reader gave: finish() leaves their roles alone.
    _given_roles: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.doc = Document(info=self.info)
        self.formats = [LabelFormat.parse(p) for p in self.info.numbering.levels]

    def feed(self, event: Event) -> None:
        if isinstance(event, HeadingEvent):
            self._heading(event)
        elif isinstance(event, ParagraphEvent):
            self._paragraph(event)
        else:
            self._closing(event.line)

    def finish(self) -> Document:
        _assign_preamble_roles(self.doc.preamble, self._given_roles)
        return self.doc

    # ---- the closing rule

    def _closing(self, line: int | None) -> None:
        if self.part == "closing":
            raise DocumentError("only one * * * rule may separate the closing", line)
        self.part = "closing"
        self.open_subdivisions = []

    # ---- headings

    def _heading(self, event: HeadingEvent) -> None:
        line = event.line
        title = " ".join(plain_text(event.inlines).split())
        if self.part == "closing":
            raise DocumentError("headings may not follow the closing * * * rule", line)
        if event.level == 1:
            self._title(Paragraph(Role.TITLE, event.inlines, anchor=event.id, line=line))
            return
        fixed = "fixed" in event.classes
        if event.level == 2:
            if fixed:
                raise DocumentError(
                    "only a ### code section may keep a fixed number (.fixed)", line
                )
            heading = _SECTION_NUMBER.sub("", title, count=1)
            chapter = event.attrs.get("chapter", "")
            self.section = Section(0, heading, anchor=event.id, line=line, chapter=chapter)
            self.chapter_section = self.section
            self.doc.sections.append(self.section)
        elif event.level == 3:
            if self.chapter_section is None:
                raise DocumentError("a ### code section must follow a ## section", line)
            try:
                scheme = self.info.numbering.scheme(self.chapter_section.chapter)
            except DocumentError as error:
                raise DocumentError(error.message, self.chapter_section.line) from None
            number, heading = split_code_number(title, scheme)
            if fixed and not number:
                raise DocumentError(
                    "a .fixed code section keeps its written number, but this heading has none",
                    line,
                )
            self.section = Section(
                1, heading, anchor=event.id, line=line, fixed=number if fixed else ""
            )
            self.chapter_section.content.append(self.section)
        else:
            raise DocumentError(f"headings go down to ### only (found level {event.level})", line)
        if not self.section.heading:
            raise DocumentError("a section heading needs words after its number", line)
        self.part = "body"
        self.open_subdivisions = []

    def _title(self, title: Paragraph) -> None:
        if self.part != "preamble" or self.seen_title:
            raise DocumentError("the draft has one # title, before the first section", title.line)
        self.seen_title = True
        self.doc.preamble.append(title)
        self._given_roles.add(id(title))

    # ---- paragraphs

    def _paragraph(self, event: ParagraphEvent) -> None:
        nodes = normalize_inlines(event.inlines)
        if not nodes:
            return
        line, anchor, role = event.line, event.id, event.role
        if role is Role.NOTE:
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
        if role is Role.TITLE:
            self._title(Paragraph(Role.TITLE, nodes, anchor=anchor, line=line))
            return
        if role in _CLOSING_ROLES and self.part != "closing":
            self._closing(line)
        if self.part == "preamble":
            self._preamble_paragraph(nodes, anchor, role, line)
            return
        if self.part == "closing":
            closing_role = role if role in _CLOSING_ROLES else _closing_role(nodes)
            self.doc.closing.append(Paragraph(closing_role, nodes, anchor=anchor, line=line))
            return
        if role in _TITLE_BLOCK_ROLES:
            raise DocumentError(f"a {role} paragraph must come before the first section", line)
        label = None
        if event.level is not None:
            label = (event.level, self._strip_label(event.level, nodes))
        elif role is None and not event.literal:
            label = self._match_label(nodes, anchor)
        if label is None:
            self._append(Paragraph(Role.TEXT, nodes, anchor=anchor, line=line))
            self.open_subdivisions = []
            return
        level, rest = label
        self._subdivision(Subdivision(level, rest, anchor=anchor, line=line))

    def _preamble_paragraph(
        self, nodes: list[Inline], anchor: str, role: Role | None, line: int | None
    ) -> None:
        if role is None:
            role = Role.CAPTION if not self.seen_title else Role.PREAMBLE
        elif role not in _TITLE_BLOCK_ROLES:
            raise DocumentError(f"a {role} paragraph cannot stand before the first section", line)
        paragraph = Paragraph(role, nodes, anchor=anchor, line=line)
        if role not in (Role.CAPTION, Role.PREAMBLE):
            self._given_roles.add(id(paragraph))
        self.doc.preamble.append(paragraph)

    def _subdivision(self, sub: Subdivision) -> None:
        level, line = sub.level, sub.line
        if level >= len(self.formats):
            raise DocumentError(
                f"subdivision level {level + 1}, but the numbering has {len(self.formats)} levels",
                line,
            )
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

    # ---- labels

    def _strip_label(self, level: int, nodes: list[Inline]) -> list[Inline]:
        if level < len(self.formats) and isinstance(nodes[0], Text):
            match = self.formats[level].regex().match(nodes[0].text)
            if match:
                return _rest_after(match, nodes)
        return nodes

    def _match_label(self, nodes: list[Inline], anchor: str) -> tuple[int, list[Inline]] | None:
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
        level, match = self._disambiguate(candidates, anchor)
        return level, _rest_after(match, nodes)

    def _disambiguate(
        self, candidates: list[tuple[int, re.Match[str]]], anchor: str
    ) -> tuple[int, re.Match[str]]:
        """Choose the level of an ambiguous label such as (i): letter i or roman one?"""
        if len(candidates) == 1:
            return candidates[0]
        depth = len(self.open_subdivisions)
        # Prefer the level at which the label is the next one in sequence.
        in_sequence = [
            (level, match)
            for level, match in candidates
            if level <= depth and self._next_token(level) == match.group(1)
        ]
        if len(in_sequence) > 1:
            # Both continue a sequence: "(i)" after "(h)" whose last item is "(A)". A full id
            # under the open item one level up (as fmt writes it) settles which is meant.
            for level, match in reversed(in_sequence):
                parent = self.open_subdivisions[level - 1] if level else None
                if parent is not None and parent.anchor and anchor.startswith(parent.anchor + "__"):
                    return level, match
        if in_sequence:
            return in_sequence[0]
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


def split_code_number(title: str, scheme: ChapterNumbering | None = None) -> tuple[str, str]:
    """A code section heading's written number (without any "Sec." or "§") and its words.

    A first word counts as a number only if it looks like one: parts joined by . or - (9.64.030,
    19-401, 9.64.x), or a number in the chapter's `scheme`, when given (19401 for chapter 19
    with no separator). So "911 Dispatch Records" keeps its first word, unless the scheme has no
    chapter at all, where a bare serial is the number.
    """
    rest = _CODE_PREFIX.sub("", title, count=1)
    match = _CODE_NUMBER.match(rest)
    if match is None and scheme is not None:
        match = _scheme_number(scheme.stem()).match(rest)
    if match:
        return match.group(1), rest[match.end() :].strip()
    if rest != title:  # "Sec. 401 Heading": after a prefix word, any number counts
        number, _, words = rest.partition(" ")
        if any(c.isdigit() for c in number):
            return number.rstrip("."), words.strip()
    return "", title


@cache
def _scheme_number(stem: str) -> re.Pattern[str]:
    return re.compile("(" + re.escape(stem) + r"(?:\d+(?:\.\d+)*|[xX]+))\.?(?=\s|$)")


def _rest_after(match: re.Match[str], nodes: list[Inline]) -> list[Inline]:
    first = nodes[0]
    assert isinstance(first, Text)
    return normalize_inlines([Text(first.text[match.end() :].lstrip(" ")), *nodes[1:]])


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


def _assign_preamble_roles(preamble: list[Paragraph], given: set[int]) -> None:
    """Recitals start with WHEREAS; the last paragraph of the title block is the enacting clause.

    Drafter's notes are not part of the title block's text, so a note after the enacting clause
    leaves it the enacting clause.
    """
    guessed = [p for p in preamble if id(p) not in given and p.role is not Role.NOTE]
    for paragraph in guessed:
        if paragraph.role is Role.PREAMBLE and plain_text(paragraph.inlines).upper().startswith(
            "WHEREAS"
        ):
            paragraph.role = Role.RECITAL
    text_paragraphs = [p for p in preamble if p.role is not Role.NOTE]
    has_title = any(p.role is Role.TITLE for p in preamble)
    has_enacting = any(p.role is Role.ENACTING for p in text_paragraphs)
    if text_paragraphs and has_title and not has_enacting:
        last = text_paragraphs[-1]
        if id(last) not in given and last.role is Role.PREAMBLE:
            last.role = Role.ENACTING
