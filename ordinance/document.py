"""The document tree: one ordinance as data, between the readers and the writers.

Numbering, stable ids and cross-references are resolved here, once (`Document.resolve`), so that
every writer prints the same numbers and every later tool (diff, check) sees the same ids.

Shape of a tree::

    Document
      info          DocumentInfo: front matter (template, jurisdiction, version, numbering, tags)
      preamble      [Paragraph]   caption, long title, recitals, enacting clause
      sections      [Section]     "Section 1." ... each holding Paragraphs, Subdivisions and, for
                                  the section that adds a code chapter, code Sections (9.64.010 ...)
      closing       [Paragraph]   adoption statement, vote, signature lines

Ids never depend on numbers or words once given: a section's id is the slug in its heading
attribute (`{#council-approval}`); a block without an explicit id gets its parent's id, `__`, and
a slug of its first words (or its defined term), and `resolve` then pins that id in the block's
`anchor`, which the Markdown writer prints. So a reworded, renumbered or moved clause keeps its
id, which is what the diff aligns on.

Code sections are numbered per chapter scheme (`Numbering`, `ordinance.numbering`): a `##`
section's `chapter` key chooses the scheme of the code sections under it, and a code section with
a `fixed` number keeps it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Annotated

from pydantic import Field, StringConstraints

from .errors import DocumentError, UnknownIdError
from .models.jurisdiction import ChapterNumbering, NonEmpty, Slug
from .models.metadata import DraftMetadata
from .numbering import code_numbers

if TYPE_CHECKING:
    from .writers.docx import DocxSettings


# --------------------------------------------------------------------------- front matter

# Tag keys for the parts that have no section of their own.
PSEUDO_IDS = ("title", "findings", "enacting-clause", "signature-block")

LabelStyle = Annotated[str, StringConstraints(pattern=r"^[(\[]?(a|A|1|i|I)[)\].]$")]


class Numbering(ChapterNumbering):
    """How the tree numbers sections and labels subdivisions.

    Its own `ChapterNumbering` fields are the default scheme for code sections; `chapters` adds
    one scheme per further chapter the ordinance adds to or amends, chosen by a `##` section's
    `chapter=KEY` heading attribute.
    """

    section_word: NonEmpty = Field(
        default="Section", description="Word before a section's number in headings and citations."
    )
    levels: list[LabelStyle] = Field(
        default_factory=lambda: ["(a)", "(1)", "(A)", "(i)"],
        min_length=1,
        description="Label style of each subdivision level, outermost first.",
    )
    chapters: dict[Slug, ChapterNumbering] = Field(
        default_factory=dict,
        description="Further code numbering schemes by key, for ordinances that touch several "
        "chapters: `## Section 2. Amendment of Chapter 9.64 {#amend chapter=omc-9-64}`.",
        examples=[{"omc-9-64": {"chapter": "9.64", "separator": ".", "width": 3, "step": 10}}],
    )

    def scheme(self, key: str = "") -> ChapterNumbering:
        """The code numbering scheme for a chapter key ("" for the default)."""
        if not key:
            return self
        try:
            return self.chapters[key]
        except KeyError:
            known = ", ".join(sorted(self.chapters)) or "none"
            raise DocumentError(
                f"chapter={key} names no scheme under numbering.chapters (declared: {known})"
            ) from None


class DocumentInfo(DraftMetadata):
    """The front matter of a draft: where it came from, which version it is, how it is numbered."""

    template: NonEmpty = Field(description="Template the draft was made from.")
    jurisdiction: NonEmpty = Field(description="Id of the jurisdiction it was drafted for.")
    title: NonEmpty = Field(description="Short title of the ordinance.")
    numbering: Numbering = Field(default_factory=Numbering)
    provisions: dict[str, list[NonEmpty]] = Field(
        default_factory=dict,
        description="Provision tags (checklist element ids) carried by each section id; the "
        "pseudo-ids title, findings, enacting-clause and signature-block tag the preamble and "
        "closing.",
    )


# --------------------------------------------------------------------------- inline nodes


@dataclass(slots=True)
class Text:
    """Words, exactly as they print (no Markdown escapes)."""

    text: str


@dataclass(slots=True)
class Emphasis:
    """Italic text: `*words*` in the Markdown draft."""

    children: list[Inline]


@dataclass(slots=True)
class Strong:
    """Bold text: `**words**` in the Markdown draft."""

    children: list[Inline]


@dataclass(slots=True)
class Ref:
    """A cross-reference to a node id; `text` is filled in by `Document.resolve`.

    A bare reference prints only the number ("9.64.030(b)"), for lists that share one word:
    "Sections 9.64.030 and 9.64.040".
    """

    target: str
    text: str = ""
    bare: bool = False
    line: int | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class LineBreak:
    """A line break inside a paragraph (a signature line's title under its blank)."""


Inline = Text | Emphasis | Strong | Ref | LineBreak


def plain_text(inlines: list[Inline]) -> str:
    """The words of an inline run, without markup."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, (Text, Ref)):
            parts.append(node.text)
        elif isinstance(node, LineBreak):
            parts.append("\n")
        else:
            parts.append(plain_text(node.children))
    return "".join(parts)


def normalize_inlines(inlines: list[Inline]) -> list[Inline]:
    """Merge adjacent Text nodes and drop empty ones, so equal content gives equal trees."""
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Text):
            if not node.text:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + node.text)
                continue
        elif isinstance(node, Emphasis | Strong):
            node = type(node)(normalize_inlines(node.children))
            if not node.children:
                continue
        out.append(node)
    return out


# --------------------------------------------------------------------------- block nodes


class Role(StrEnum):
    """What a paragraph outside the numbered structure is for."""

    CAPTION = "caption"  # ORDINANCE NO. ______
    TITLE = "title"  # AN ORDINANCE ...
    PREAMBLE = "preamble"  # other lines of the title block, e.g. "Introduced by ..."
    RECITAL = "recital"  # WHEREAS, ...
    ENACTING = "enacting"  # the enacting clause
    TEXT = "text"  # unnumbered text in a section
    NOTE = "note"  # a drafter's note (a block quote), not part of the law
    CLOSING = "closing"  # adoption statement, vote lines
    SIGNATURE = "signature"  # a signature line with its title


@dataclass(slots=True)
class Paragraph:
    """An unnumbered paragraph: in the preamble or closing, or plain text or a drafter's note in
    a section; its `role` says which."""

    role: Role
    inlines: list[Inline]
    anchor: str = ""  # explicit local id, written as {#anchor}; empty: derived from the words
    slug: str = field(default="", compare=False)
    id: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class Subdivision:
    """A labelled subdivision: (a) at level 0, (1) at level 1, (A) at level 2 ..."""

    level: int
    inlines: list[Inline]
    children: list[Subdivision] = field(default_factory=list)
    anchor: str = ""
    slug: str = field(default="", compare=False)
    label: str = field(default="", compare=False)
    id: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False, repr=False)


@dataclass(slots=True)
class Section:
    """A numbered section. Depth 0: ordinance section ("Section 2."); depth 1: code section."""

    depth: int
    heading: str
    anchor: str = ""  # explicit id from the heading's {#anchor}; empty: derived from the heading
    content: list[Block] = field(default_factory=list)
    number: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False, repr=False)
    # An ordinance section: key of the code numbering scheme (Numbering.chapters) its code
    # sections use; empty for the default scheme.
    chapter: str = ""
    # A code section of an existing code: its number, kept as written and never renumbered.
    fixed: str = ""

    @property
    def id(self) -> str:
        return self.anchor or slugify(self.heading)

    @property
    def sections(self) -> list[Section]:
        return [block for block in self.content if isinstance(block, Section)]


Block = Paragraph | Subdivision | Section


# --------------------------------------------------------------------------- ids and labels

_STOPWORDS = frozenset(
    {"a", "an", "and", "any", "by", "for", "in", "of", "or", "the", "to", "shall", "whereas"}
)
_DEFINED_TERM = re.compile(r'^[“"]([^”"]{1,80})[”"]')


def slugify(text: str, max_words: int = 5) -> str:
    """A lower-case, hyphenated slug of the first significant words of `text`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    significant = [w for w in words if w not in _STOPWORDS] or words
    return "-".join(significant[:max_words]) or "x"


def derived_slug(inlines: list[Inline]) -> str:
    """The id a clause gets when none is written: its defined term, or its first words."""
    text = plain_text(inlines).strip()
    term = _DEFINED_TERM.match(text)
    return slugify(term.group(1), max_words=8) if term else slugify(text)


def _alpha(n: int) -> str:
    # Legal style past z: (aa), (bb) ... rather than spreadsheet-style (ab).
    letter = chr(ord("a") + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    numerals = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = []
    for value, numeral in numerals:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


@dataclass(frozen=True, slots=True)
class LabelFormat:
    """One level's label style, parsed from a pattern such as "(a)" or "1."."""

    prefix: str
    kind: str  # one of a A 1 i I
    suffix: str

    @classmethod
    def parse(cls, pattern: str) -> LabelFormat:
        match = re.fullmatch(r"([(\[]?)([aA1iI])([)\].])", pattern)
        if not match:
            raise DocumentError(f"unknown label style {pattern!r}")
        return cls(*match.groups())

    def token(self, n: int) -> str:
        if self.kind == "1":
            return str(n)
        token = _alpha(n) if self.kind in "aA" else _roman(n)
        return token.upper() if self.kind.isupper() else token

    def format(self, n: int) -> str:
        return f"{self.prefix}{self.token(n)}{self.suffix}"

    def token_pattern(self) -> str:
        return {
            "1": r"\d+",
            "a": r"[a-z]+",
            "A": r"[A-Z]+",
            "i": r"[ivxlcdm]+",
            "I": r"[IVXLCDM]+",
        }[self.kind]

    def regex(self) -> re.Pattern[str]:
        """Matches this style's label at the start of a paragraph; group 1 is its token."""
        return _label_regex(self.prefix, self.token_pattern(), self.suffix)


@cache
def _label_regex(prefix: str, token: str, suffix: str) -> re.Pattern[str]:
    return re.compile(re.escape(prefix) + f"({token})" + re.escape(suffix) + r"(?= |$)")


# --------------------------------------------------------------------------- the document


@dataclass(slots=True)
class Document:
    """One ordinance: front matter, preamble, sections, closing; see the module docstring."""

    info: DocumentInfo
    preamble: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    _index: dict[str, Block] = field(default_factory=dict, compare=False, repr=False)
    _citations: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # A code section's heading prefix ("Sec.", "§"), from its chapter's scheme.
    _prefixes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    # ---- traversal

    def walk(self) -> Iterator[Block]:
        """Every block, in document order (preamble, sections depth-first, closing)."""
        yield from self.preamble
        for section in self.sections:
            yield from _walk_block(section)
        yield from self.closing

    def references(self) -> Iterator[Ref]:
        """Every cross-reference, in document order."""
        for block in self.walk():
            if isinstance(block, Paragraph | Subdivision):
                found: list[Ref] = []
                _collect_refs(block.inlines, found)
                yield from found

    def get(self, node_id: str) -> Block:
        """The block with this id (after `resolve`)."""
        try:
            return self._index[node_id]
        except KeyError:
            raise UnknownIdError(f"no block with id {node_id!r}") from None

    def citation(self, node_id: str) -> str:
        """How a cross-reference to this id reads: 'Section 9.64.030(b)(2)'."""
        if node_id not in self._citations:
            raise UnknownIdError(f"no section or subdivision with id {node_id!r}")
        return self._citations[node_id]

    def tags(self, node_id: str) -> list[str]:
        """The provision tags a section (or pseudo-id such as 'findings') carries."""
        return list(self.info.provisions.get(node_id, []))

    # ---- numbering, ids, cross-references

    def resolve(self) -> Document:
        """Pin ids, number sections, label subdivisions and fill in cross-reference text.

        Idempotent; readers call it, and so must anyone who edits a tree by hand. Afterwards
        every block's `anchor` holds its full id, so the writers print it and it never changes
        again (see `_pin_ids`).
        """
        numbering = self.info.numbering
        formats = [LabelFormat.parse(pattern) for pattern in numbering.levels]
        word = numbering.section_word
        self._index = {}
        self._citations = {}
        self._prefixes = {}

        self._pin_ids()
        self._number_code_sections()
        for ordinal, section in enumerate(self.sections, start=1):
            section.number = str(ordinal)
            self._citations[section.id] = f"{word} {section.number}"
            prefix = numbering.scheme(section.chapter).prefix
            for block in section.content:
                if isinstance(block, Section):
                    self._citations[block.id] = f"{word} {block.number}"
                    self._prefixes[block.id] = prefix
                    self._label_content(block, formats)
            self._label_content(section, formats)

        for ref in self.references():
            if ref.target not in self._citations:
                problem = (
                    "which is not a section or subdivision"
                    if ref.target in self._index
                    else "which is not in the document"
                )
                raise DocumentError(
                    f"cross-reference to unknown id {ref.target!r}, {problem}", ref.line
                )
            citation = self._citations[ref.target]
            ref.text = citation.removeprefix(f"{word} ") if ref.bare else citation
        self._drop_stale_tags()
        return self

    # ---- ids

    def _pin_ids(self) -> None:
        """Give every block its full id, once, and write it into the block's `anchor`.

        An explicit anchor with `__` is a full id; one without is a slug under the block's
        parent (a section's anchor is its id). A block without one gets its parent's id, `__`
        and a slug of its first words, made unique against every id in the document. Because the
        id is then pinned (and written out by `fmt`), later rewording, renumbering or moving
        the block never changes it.
        """
        reserved = _explicit_ids(self)
        for paragraph in self.preamble:
            self._pin(paragraph, paragraph.role.value, reserved)
        for section in self.sections:
            self._pin_section(section, reserved)
        for paragraph in self.closing:
            self._pin(paragraph, "closing", reserved)

    def _pin_section(self, section: Section, reserved: set[str]) -> None:
        if not section.anchor:
            section.anchor = _fresh(slugify(section.heading), reserved, self._index)
        self._register(section)
        for block in section.content:
            if isinstance(block, Section):
                self._pin_section(block, reserved)
            else:
                self._pin(block, section.id, reserved)

    def _pin(self, block: Paragraph | Subdivision, parent_id: str, reserved: set[str]) -> None:
        if block.anchor:
            block.id = block.anchor if "__" in block.anchor else f"{parent_id}__{block.anchor}"
        else:
            base = f"{parent_id}__{derived_slug(block.inlines)}"
            block.id = _fresh(base, reserved, self._index)
        block.anchor = block.id
        block.slug = block.id.rsplit("__", 1)[-1]
        self._register(block)
        if isinstance(block, Subdivision):
            for child in block.children:
                self._pin(child, block.id, reserved)

    def _register(self, block: Block) -> None:
        if block.id in self._index:
            first = self._index[block.id].line
            also = f" (first used on line {first})" if first else ""
            raise DocumentError(
                f"duplicate id {block.id!r}{also}; a copied block needs its own {{#id}}, or "
                "none (fmt then gives it one)",
                block.line,
            )
        self._index[block.id] = block

    # ---- numbers and labels

    def _number_code_sections(self) -> None:
        """Number code sections chapter by chapter, each in its own scheme."""
        by_chapter: dict[str, list[Section]] = {}
        for section in self.sections:
            by_chapter.setdefault(section.chapter, []).extend(section.sections)
        numbered: dict[str, Section] = {}
        # A fixed number bars new sections of every scheme from it, wherever it stands.
        fixed = {s.fixed for sections in by_chapter.values() for s in sections if s.fixed}
        for key, code_sections in by_chapter.items():
            try:
                scheme = self.info.numbering.scheme(key)
            except DocumentError as error:
                owner = next(s for s in self.sections if s.chapter == key)
                raise DocumentError(error.message, owner.line) from None
            numbers = code_numbers(scheme, [s.fixed for s in code_sections], fixed)
            for section, number in zip(code_sections, numbers, strict=True):
                if number in numbered:
                    raise DocumentError(
                        f"two code sections are numbered {number} ({numbered[number].heading!r} "
                        f"and {section.heading!r})",
                        section.line,
                    )
                numbered[number] = section
                section.number = number

    def heading_text(self, section: Section) -> str:
        """A section's printed heading: 'Section 3. Severability', '9.64.030 Council Approval',
        'Sec. 19-401 Definitions' (after `resolve`)."""
        if section.depth == 0:
            return f"{self.info.numbering.section_word} {section.number}. {section.heading}"
        prefix = self._prefixes.get(section.id, "")
        return " ".join(part for part in (prefix, section.number, section.heading) if part)

    def _drop_stale_tags(self) -> None:
        # A section deleted by hand takes its provision tags with it: a tag must never claim a
        # provision the text no longer has.
        provisions = self.info.provisions
        kept = {k: v for k, v in provisions.items() if k in PSEUDO_IDS or k in self._index}
        if len(kept) != len(provisions):
            self.info = self.info.model_copy(update={"provisions": kept})

    def _label_content(self, section: Section, formats: list[LabelFormat]) -> None:
        citation = self._citations[section.id]
        subdivisions = [b for b in section.content if isinstance(b, Subdivision)]
        for ordinal, sub in enumerate(subdivisions, start=1):
            self._label(sub, ordinal, citation, formats)

    def _label(
        self, sub: Subdivision, ordinal: int, parent_citation: str, formats: list[LabelFormat]
    ) -> None:
        if sub.level >= len(formats):
            raise DocumentError(
                f"subdivision nested {sub.level + 1} levels deep; the numbering style has "
                f"{len(formats)} levels",
                sub.line,
            )
        fmt = formats[sub.level]
        sub.label = fmt.format(ordinal)
        # Citations always use the parenthesised form: Section 9.64.030(b)(2).
        citation = f"{parent_citation}({fmt.token(ordinal)})"
        self._citations[sub.id] = citation
        for index, child in enumerate(sub.children, start=1):
            if child.level != sub.level + 1:
                raise DocumentError("a subdivision may only hold the next level down", child.line)
            self._label(child, index, citation, formats)

    # ---- output (through the format registry, so that this module imports no writer)

    def to_markdown(self) -> str:
        """The canonical Markdown draft. Like every writer, expects a resolved tree."""
        from .formats import render_text

        return render_text(self, "md")

    def to_text(self) -> str:
        """Plain text, as a reader would read the printed ordinance."""
        from .formats import render_text

        return render_text(self, "txt")

    def to_docx(self, settings: DocxSettings | None = None) -> bytes:
        """A Word document; `settings` chooses line numbers, a reference document and so on."""
        from .formats import render

        return render(self, "docx", settings)


def require_resolved(doc: Document) -> None:
    """DocumentError unless every block has what `resolve` gives it (a number, a label, an id,
    a cross-reference's text): writers print those and never compute them."""
    for block in doc.walk():
        unnumbered = isinstance(block, Section) and not block.number
        unlabelled = isinstance(block, Subdivision) and not block.label
        if unnumbered or unlabelled or not block.id or block.id not in doc._index:
            raise DocumentError(
                "the tree is not resolved (a block has no number, label or id yet): call "
                "resolve() after building or editing it",
                block.line,
            )
    if any(not ref.text for ref in doc.references()):
        raise DocumentError(
            "the tree is not resolved (a cross-reference has no text yet): "
            "call resolve() after building or editing it"
        )


def heading_text(doc: Document, section: Section) -> str:
    """A section's printed heading (see `Document.heading_text`)."""
    return doc.heading_text(section)


def _walk_block(block: Block) -> Iterator[Block]:
    yield block
    if isinstance(block, Section):
        for child in block.content:
            yield from _walk_block(child)
    elif isinstance(block, Subdivision):
        for sub in block.children:
            yield from _walk_block(sub)


def _explicit_ids(doc: Document) -> set[str]:
    """Every id written explicitly whose full form is known before any is derived, so that a
    derived id never takes an id that a block further on already has."""
    found: set[str] = set()

    def visit(block: Block, parent_id: str | None) -> None:
        own: str | None = None
        if isinstance(block, Section):
            own = block.anchor or None
        elif block.anchor:
            if "__" in block.anchor:
                own = block.anchor
            elif parent_id is not None:
                own = f"{parent_id}__{block.anchor}"
        if own:
            found.add(own)
        children: list[Block] = []
        if isinstance(block, Section):
            children = block.content
        elif isinstance(block, Subdivision):
            children = list(block.children)
        for child in children:
            visit(child, own)

    for paragraph in doc.preamble:
        visit(paragraph, paragraph.role.value)
    for section in doc.sections:
        visit(section, None)
    for paragraph in doc.closing:
        visit(paragraph, "closing")
    return found


def _fresh(base: str, reserved: set[str], taken: dict[str, Block]) -> str:
    """`base`, or `base-2`, `base-3` ...: the first that no other block has or will have."""
    candidate, n = base, 1
    while candidate in reserved or candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _collect_refs(inlines: list[Inline], refs: list[Ref]) -> None:
    for node in inlines:
        if isinstance(node, Ref):
            refs.append(node)
        elif isinstance(node, Emphasis | Strong):
            _collect_refs(node.children, refs)
