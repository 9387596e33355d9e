"""Word document (.docx) -> document tree.

The package is opened with limits (`safezip`), tracked changes are accepted or rejected at the
XML level (`revisions`), margin comments are collected (`comments`), and the body is turned into
the shared builder's events (`docxbody`), so a DOCX and a Markdown draft become trees by the same
rules. Element classes come from python-docx (its `CT_Style` and friends), parsed by our own
hardened parser.

A DOCX this tool wrote carries what Word does not show (front matter, provision tags, every
block's id by bookmark) in a custom XML part that Word and LibreOffice keep on save; it reads
back to the very tree it was written from. Any other DOCX reads as well as its structure allows,
with one warning line for each thing that has no place in a draft.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import (
    Document,
    DocumentInfo,
    Emphasis,
    Inline,
    LabelFormat,
    Paragraph,
    Ref,
    Strong,
    Subdivision,
    normalize_inlines,
    plain_text,
)
from ..errors import DocumentError, InputError, Problem
from .builder import Builder, Event, HeadingEvent, split_code_number
from .comments import Comment, comment_marks, comment_texts
from .docxbody import BodyReader
from .docxstyles import ListNumbering, StyleSheet
from .revisions import Changes, resolve_changes
from .safezip import DEFAULT_LIMITS, ArchiveLimits, SafeArchive, read_archive, secure_parser

_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RELATIONSHIP = _REL_NS + "Relationship"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_ROOT_RELS = "_rels/.rels"


@dataclass
class DocxReading:
    """A DOCX read into a tree, with what the reader noticed on the way."""

    document: Document
    source: str
    mode: Changes = Changes.ACCEPT
    changes: int = 0  # tracked changes accepted or rejected
    comments: list[Comment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # one line each, naming the file
    ours: bool = False  # written by this tool (its metadata part was found)

    def notes(self) -> list[str]:
        """What a command should print on stderr: the tracked changes, then each warning."""
        lines = []
        if self.changes:
            verb = "accepted" if self.mode is Changes.ACCEPT else "rejected"
            other = "--changes reject" if self.mode is Changes.ACCEPT else "--changes accept"
            plural = "s" if self.changes != 1 else ""
            lines.append(
                f"{self.source}: read with {self.changes} tracked change{plural} {verb} "
                f"({other} reads the other version)"
            )
        if self.comments:
            plural = "s" if len(self.comments) != 1 else ""
            lines.append(
                f"{self.source}: {len(self.comments)} comment{plural}; "
                f"`ordinance comments {self.source}` lists them"
            )
        return lines + self.warnings


def read_docx(
    source: Path | str | bytes,
    *,
    changes: Changes | str = Changes.ACCEPT,
    name: str | None = None,
) -> Document:
    """The resolved tree of a Word document (a path, or the file's bytes).

    `changes` says which version of a document with tracked changes to read. Warnings and
    comments are dropped here: `open_docx` returns them.
    """
    return open_docx(source, changes=changes, name=name).document


def open_docx(
    source: Path | str | bytes,
    *,
    changes: Changes | str = Changes.ACCEPT,
    name: str | None = None,
    limits: ArchiveLimits = DEFAULT_LIMITS,
) -> DocxReading:
    """Read a Word document; every problem is an `InputError` of one line naming the file."""
    if isinstance(source, bytes):
        archive = SafeArchive(source, name or "<docx>", limits)
    else:
        archive = read_archive(Path(source), limits)
        name = name or str(source)
    return _Reader(archive, Changes(changes)).read()


# --------------------------------------------------------------------------- the package


def _element_parser() -> Any:
    """Our hardened parser, making python-docx's element classes (CT_Style ...)."""
    from docx.oxml.parser import element_class_lookup

    parser = secure_parser()
    parser.set_element_class_lookup(element_class_lookup)
    return parser


@dataclass(frozen=True, slots=True)
class _Rel:
    type: str  # the last word of the relationship type: "styles", "comments" ...
    target: str  # a part name, or an address for an external relationship
    external: bool


def _relationships(archive: SafeArchive, part: str) -> dict[str, _Rel]:
    """The relationships of a part ("" for the package), by id."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels") if part else _ROOT_RELS
    if rels_name not in archive:
        return {}
    rels: dict[str, _Rel] = {}
    for rel in archive.read_xml(rels_name).iter(_RELATIONSHIP):
        target = rel.get("Target", "")
        external = rel.get("TargetMode") == "External"
        if not external:
            target = (
                target[1:]
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
        rels[rel.get("Id", "")] = _Rel(rel.get("Type", "").rsplit("/", 1)[-1], target, external)
    return rels


def _first(rels: dict[str, _Rel], rel_type: str) -> str | None:
    for rel in rels.values():
        if rel.type == rel_type and not rel.external:
            return rel.target
    return None


class _Reader:
    def __init__(self, archive: SafeArchive, mode: Changes) -> None:
        self.archive = archive
        self.source = archive.source
        self.mode = mode
        self.warnings: list[str] = []
        self.parser = _element_parser()

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.source}: {message}")

    def part(self, name: str) -> Any:
        from .safezip import parse_xml

        return parse_xml(self.archive.read(name), self.source, name, self.parser)

    def optional_part(self, name: str | None) -> Any | None:
        return self.part(name) if name is not None and name in self.archive else None

    def read(self) -> DocxReading:
        package_rels = _relationships(self.archive, "")
        main = _first(package_rels, "officeDocument")
        if main is None or main not in self.archive:
            raise InputError.single(
                self.source, "not a Word document: the package has no main document", "(docx)"
            )
        rels = _relationships(self.archive, main)
        document = self.part(main)
        body = document.find(_W + "body")
        if body is None:
            raise InputError.single(self.source, "the Word document has no body", "(docx)")
        styles = StyleSheet(self.optional_part(_first(rels, "styles")))

        embedded = _embedded_metadata(self.archive, self.source)
        ours = embedded is not None
        count = resolve_changes(body, self.mode)
        marks = comment_marks(body)

        info = embedded.info if embedded else self._foreign_info(package_rels, body, styles)
        if not ours:
            self._report_headers_and_footers(rels)
        numbering = self.optional_part(_first(rels, "numbering"))
        body_reader = BodyReader(
            styles=styles,
            lists=ListNumbering(numbering),
            formats=[LabelFormat.parse(p) for p in info.numbering.levels],
            warn=self.warn,
            ids_by_bookmark=embedded.ids_by_bookmark if embedded else {},
            ours=ours,
            external_links={rid: r.target for rid, r in rels.items() if r.external},
        )
        document_tree = self._build(body_reader, body, info)
        comments = self._comments(rels, marks, body_reader, document_tree)
        return DocxReading(
            document_tree, self.source, self.mode, count, comments, self.warnings, ours
        )

    # ---- the tree

    def _build(self, body_reader: BodyReader, body: Any, info: DocumentInfo) -> Document:
        try:
            events = list(body_reader.events(body))
            if not body_reader.ours:
                info = _with_numbering_of(info, events)
            builder = Builder(info)
            for event in events:
                builder.feed(event)
            doc = builder.finish()
            self._drop_dangling_links(doc, body_reader.link_labels)
            return doc.resolve()
        except DocumentError as error:
            raise self._error(error) from None

    def _error(self, error: DocumentError) -> InputError:
        where = f"paragraph {error.line}" if error.line else "(docx)"
        return InputError([Problem(self.source, 0, 0, where, error.message)])

    def _drop_dangling_links(self, doc: Document, labels: dict[int, list[Inline]]) -> None:
        """A link whose target is not a section or subdivision keeps its words as plain text."""
        refs = list(doc.references())
        if not refs:
            return
        targets = [ref.target for ref in refs]
        known: set[str] = set()
        if doc.sections:
            # Resolve once with every link pointing somewhere sure, to learn the tree's ids.
            for ref in refs:
                ref.target = doc.sections[0].id
            doc.resolve()
            for target in set(targets):
                try:
                    doc.citation(target)
                except KeyError:
                    continue
                known.add(target)
            for ref, target in zip(refs, targets, strict=True):
                ref.target = target
        dangling = {id(ref) for ref in refs if ref.target not in known}
        if not dangling:
            return
        for block in doc.walk():
            if isinstance(block, Paragraph | Subdivision) and _has_ref(block.inlines, dangling):
                for ref in _refs(block.inlines, dangling):
                    where = f"paragraph {block.line}: " if block.line else ""
                    self.warn(
                        f"{where}link to {ref.target!r}, which is not a section or "
                        "subdivision, kept as text"
                    )
                block.inlines = _unlink(block.inlines, dangling, labels)

    # ---- metadata of a document we did not write

    def _foreign_info(self, package_rels: dict[str, _Rel], body: Any, styles: StyleSheet) -> Any:
        title = self._core_title(package_rels) or _title_line(body, styles)
        stem = Path(self.source).stem or "document"
        self.warn(
            "no ordinance metadata (not written by this tool): template and jurisdiction "
            "recorded as 'unknown'"
        )
        return DocumentInfo(template="unknown", jurisdiction="unknown", title=title or stem)

    def _core_title(self, package_rels: dict[str, _Rel]) -> str:
        core = _first(package_rels, "core-properties")
        if core is None or core not in self.archive:
            return ""
        node = self.archive.read_xml(core).find(_DC_TITLE)
        return " ".join((node.text or "").split()) if node is not None else ""

    def _report_headers_and_footers(self, rels: dict[str, _Rel]) -> None:
        for rel in rels.values():
            if rel.type in ("header", "footer") and not rel.external and rel.target in self.archive:
                words = self.archive.read_xml(rel.target).itertext()
                text = " ".join(" ".join(str(word) for word in words).split())
                if text:
                    self.warn(f"{rel.type} text {_quote(text)} is not read")
            elif rel.type in ("footnotes", "endnotes"):
                continue  # each reference in the body is reported where it stands

    # ---- comments

    def _comments(
        self, rels: dict[str, _Rel], marks: list[Any], body_reader: BodyReader, doc: Document
    ) -> list[Comment]:
        part = _first(rels, "comments")
        if part is None or part not in self.archive:
            return []
        texts = comment_texts(self.archive.read_xml(part))
        number_of = {source.element: source.number for source in body_reader.sources}
        block_at = {block.line: _block_id(block) for block in doc.walk() if block.line}
        comments = []
        for mark in marks:
            if mark.comment_id not in texts:
                continue
            author, date, text = texts[mark.comment_id]
            number = number_of.get(mark.paragraph) if mark.paragraph is not None else None
            block = block_at.get(number, "") if number else ""
            comments.append(Comment(author, date, mark.anchor, text, block))
        return comments


@dataclass(frozen=True, slots=True)
class _Embedded:
    info: DocumentInfo
    ids_by_bookmark: dict[str, str]


def _embedded_metadata(archive: SafeArchive, source: str) -> _Embedded | None:
    """The metadata our writer stores in the package, or None for a document from elsewhere."""
    return None


def _with_numbering_of(info: DocumentInfo, events: list[Event]) -> DocumentInfo:
    """For a document from elsewhere: the section word and code numbering its headings use
    ("SECTION 2." / "9.66.010"), so that renumbering prints the numbers it printed."""
    section_word, code_number = "", ""
    for event in events:
        if not isinstance(event, HeadingEvent):
            continue
        title = " ".join(plain_text(event.inlines).split())
        if event.level == 2 and not section_word and (match := _SECTION_WORD.match(title)):
            section_word = match.group(1)
        if event.level == 3 and not code_number:
            code_number = split_code_number(title)[0]
    update: dict[str, Any] = {}
    if section_word:
        update["section_word"] = section_word
    if match := _CODE_NUMBER_PARTS.fullmatch(code_number):
        chapter, separator, serial = match.groups()
        update.update(
            chapter=chapter, separator=separator, width=len(serial), step=int(serial) or 1
        )
    if not update:
        return info
    numbering = info.numbering.model_copy(update=update)
    return info.model_copy(update={"numbering": numbering})


_SECTION_WORD = re.compile(r"^(section|sec\.|§)\s*\d", re.IGNORECASE)
_CODE_NUMBER_PARTS = re.compile(r"(.+?)([.\-])(\d+)")


def _block_id(block: Any) -> str:
    return str(block.id)


def _title_line(body: Any, styles: StyleSheet) -> str:
    for p in body.iter(_W + "p"):
        ppr = p.find(_W + "pPr")
        style = ppr.find(_W + "pStyle") if ppr is not None else None
        style_id = style.get(_W + "val") if style is not None else None
        if styles.name(style_id) == "title":
            return " ".join("".join(t.text or "" for t in p.iter(_W + "t")).split())
    return ""


def _quote(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _refs(inlines: list[Inline], wanted: set[int]) -> list[Ref]:
    found: list[Ref] = []
    for node in inlines:
        if isinstance(node, Ref) and id(node) in wanted:
            found.append(node)
        elif isinstance(node, Strong | Emphasis):
            found.extend(_refs(node.children, wanted))
    return found


def _has_ref(inlines: list[Inline], wanted: set[int]) -> bool:
    return bool(_refs(inlines, wanted))


def _unlink(
    inlines: list[Inline], wanted: set[int], labels: dict[int, list[Inline]]
) -> list[Inline]:
    out: list[Inline] = []
    for node in inlines:
        if isinstance(node, Ref) and id(node) in wanted:
            out.extend(labels.get(id(node), []))
        elif isinstance(node, Strong | Emphasis):
            out.append(type(node)(_unlink(node.children, wanted, labels)))
        else:
            out.append(node)
    return normalize_inlines(out)


__all__ = ["Changes", "Comment", "DocxReading", "open_docx", "read_docx"]

