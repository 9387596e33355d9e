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

Ids never depend on numbers: a section's id is the slug in its heading attribute
(`{#council-approval}`); a subdivision's or paragraph's id is its parent's id, `__`, and either an
explicit slug or one derived from its first words (or its defined term). So a moved or renumbered
clause keeps its id, which is what the diff aligns on.
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
from .models.jurisdiction import NonEmpty, StrictModel
from .models.metadata import DraftMetadata

if TYPE_CHECKING:
    from .writers.docx import DocxSettings


# --------------------------------------------------------------------------- front matter

# Tag keys for the parts that have no section of their own.
PSEUDO_IDS = ("title", "findings", "enacting-clause", "signature-block")

LabelStyle = Annotated[str, StringConstraints(pattern=r"^[(\[]?(a|A|1|i|I)[)\].]$")]


class Numbering(StrictModel):
    """How the tree numbers sections and labels subdivisions."""

    section_word: NonEmpty = Field(
        default="Section", description="Word before an ordinance section's number."
    )
    chapter: NonEmpty | None = Field(
        default=None, description="Code chapter whose sections are numbered 9.64.010 style."
    )
    separator: str = Field(default=".", pattern=r"^[.\-]$", description="Chapter/serial separator.")
    width: int = Field(default=3, ge=0, le=4, description="Zero-padding of the serial number.")
    step: int = Field(default=10, ge=1, le=100, description="Gap between serial numbers.")
    levels: list[LabelStyle] = Field(
        default_factory=lambda: ["(a)", "(1)", "(A)", "(i)"],
        min_length=1,
        description="Label style of each subdivision level, outermost first.",
    )

    def code_number(self, serial: int) -> str:
        """The code section number for the serial-th code section (1-based): 9.64.010."""
        value = serial * self.step
        digits = f"{value:0{self.width}d}" if self.width else str(value)
        return f"{self.chapter}{self.separator}{digits}" if self.chapter else digits


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
    text: str


@dataclass(slots=True)
class Emphasis:
    children: list[Inline]


@dataclass(slots=True)
class Strong:
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
    pass


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
            raise KeyError(f"no node with id {node_id!r}") from None

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
        """Number sections, label subdivisions, assign ids and fill in cross-reference text.

        Idempotent; readers call it, and so must anyone who edits a tree by hand.
        """
        numbering = self.info.numbering
        formats = [LabelFormat.parse(pattern) for pattern in numbering.levels]
        word = numbering.section_word
        self._index = {}
        self._citations = {}
        refs: list[Ref] = []

        self._identify_paragraphs("", self.preamble, refs)
        code_serial = 0
        for ordinal, section in enumerate(self.sections, start=1):
            section.number = str(ordinal)
            self._register(section)
            self._citations[section.id] = f"{word} {section.number}"
            for block in section.content:
                if isinstance(block, Section):
                    code_serial += 1
                    block.number = numbering.code_number(code_serial)
                    self._register(block)
                    self._citations[block.id] = f"{word} {block.number}"
                    self._resolve_content(block, formats, refs)
            self._resolve_content(section, formats, refs)
        self._identify_paragraphs("closing", self.closing, refs)

        for ref in refs:
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

    def _drop_stale_tags(self) -> None:
        # A section deleted by hand takes its provision tags with it: a tag must never claim a
        # provision the text no longer has.
        provisions = self.info.provisions
        kept = {k: v for k, v in provisions.items() if k in PSEUDO_IDS or k in self._index}
        if len(kept) != len(provisions):
            self.info = self.info.model_copy(update={"provisions": kept})

    def _identify_paragraphs(
        self, prefix: str, paragraphs: list[Paragraph], refs: list[Ref]
    ) -> None:
        """Ids for the title block or closing: prefix (or the role), `__`, then the slug."""
        _assign_slugs(paragraphs)
        for paragraph in paragraphs:
            paragraph.id = f"{prefix or paragraph.role.value}__{paragraph.slug}"
            self._register(paragraph)
            _collect_refs(paragraph.inlines, refs)

    def _register(self, block: Block) -> None:
        if block.id in self._index:
            raise DocumentError(f"duplicate id {block.id!r}", block.line)
        self._index[block.id] = block

    def _resolve_content(
        self, section: Section, formats: list[LabelFormat], refs: list[Ref]
    ) -> None:
        citation = self._citations[section.id]
        siblings = [b for b in section.content if not isinstance(b, Section)]
        _assign_slugs(siblings)
        counter = 0
        for block in siblings:
            block.id = f"{section.id}__{block.slug}"
            self._register(block)
            _collect_refs(block.inlines, refs)
            if isinstance(block, Subdivision):
                counter += 1
                self._label(block, counter, citation, formats, refs)

    def _label(
        self,
        sub: Subdivision,
        ordinal: int,
        parent_citation: str,
        formats: list[LabelFormat],
        refs: list[Ref],
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
        _assign_slugs(sub.children)
        for index, child in enumerate(sub.children, start=1):
            if child.level != sub.level + 1:
                raise DocumentError("a subdivision may only hold the next level down", child.line)
            child.id = f"{sub.id}__{child.slug}"
            self._register(child)
            _collect_refs(child.inlines, refs)
            self._label(child, index, citation, formats, refs)

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


def _walk_block(block: Block) -> Iterator[Block]:
    yield block
    if isinstance(block, Section):
        for child in block.content:
            yield from _walk_block(child)
    elif isinstance(block, Subdivision):
        for sub in block.children:
            yield from _walk_block(sub)


def _assign_slugs(
    blocks: list[Paragraph] | list[Subdivision] | list[Paragraph | Subdivision],
) -> None:
    """Give every block without an explicit slug a derived one, unique among its siblings."""
    seen: dict[str, int] = {}
    for block in blocks:
        base = block.anchor or derived_slug(block.inlines)
        if base in seen and not block.anchor:
            seen[base] += 1
            block.slug = f"{base}-{seen[base]}"
        else:
            seen.setdefault(base, 1)
            block.slug = base


def _collect_refs(inlines: list[Inline], refs: list[Ref]) -> None:
    for node in inlines:
        if isinstance(node, Ref):
            refs.append(node)
        elif isinstance(node, Emphasis | Strong):
            _collect_refs(node.children, refs)
