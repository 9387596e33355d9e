"""The body of a Word package -> the document tree, with its comments and warnings.

`open_docx` (readers/docx.py) opens and checks the package; this module reads it: metadata (ours,
or what a document from elsewhere offers), tracked changes resolved, styles and numbering, the
body's events fed to the shared builder, links to unknown targets kept as words, comments tied to
the blocks they sit in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
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
from ..docx_metadata import DocxMetadata, block_id, extract_metadata, other_block_id
from ..errors import DocumentError, InputError, Problem
from .builder import Builder, Event, HeadingEvent, split_code_number
from .comments import Comment, CommentMark, comment_marks, comment_texts
from .docx import DocxReading, Layout
from .docxbody import BodyReader
from .docxpackage import DocxPackage, Relationship
from .docxstyles import ListNumbering, StyleMeaning, StyleSheet, meaning_of_style
from .revisions import Changes, resolve_changes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/"


def read_package(package: DocxPackage, mode: Changes) -> DocxReading:
    """Read an opened Word package into a tree; every problem is a one-line `InputError`."""
    return _Reader(package, mode).read()


class _Reader:
    def __init__(self, package: DocxPackage, mode: Changes) -> None:
        self.package = package
        self.archive = package.archive
        self.source = package.source
        self.mode = mode
        self.warnings: list[str] = []
        self.display = False  # a legislative redline of ours: the warning says it all

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.source}: {message}")

    def read(self) -> DocxReading:
        package = self.package
        rels = package.rels
        body = package.document.find(_W + "body")
        if body is None:
            strict = package.document.tag.startswith(_STRICT)
            problem = (
                "is saved as Strict Open XML; save it as an ordinary Word document (.docx)"
                if strict
                else "the Word document has no body"
            )
            raise InputError.single(self.source, problem, "(docx)")
        styles = StyleSheet(package.main_part("styles"))

        embedded = self._embedded_metadata()
        ours = embedded is not None
        apart = embedded.holds_blocks_of_both if embedded and embedded.metadata.redline else None
        count = resolve_changes(body, self.mode, apart)
        marks = comment_marks(body)

        info = embedded.info if embedded else self._foreign_info(body, styles)
        if not ours and not self.display:
            self._report_headers_and_footers(rels)
        body_reader = BodyReader(
            styles=styles,
            lists=ListNumbering(package.main_part("numbering")),
            formats=[LabelFormat.parse(p) for p in info.numbering.levels],
            warn=self.warn,
            bookmark_id=partial(block_id, metadata=embedded.metadata if embedded else None),
            other_bookmark_id=partial(
                other_block_id, metadata=embedded.metadata if embedded else None
            ),
            heading_options=embedded.heading_options if embedded else _no_options,
            recorded_style=embedded.recorded_style if embedded else _no_style,
            ours=ours,
            short_title=info.title,
            external_links={rid: r.target for rid, r in rels.items() if r.external},
        )
        document_tree = self._build(body_reader, body, info)
        comments = self._comments(rels, marks, body_reader, document_tree)
        layout = Layout(
            line_numbers=body.find(f"{_W}sectPr/{_W}lnNumType") is not None,
            table_of_contents=body_reader.has_contents,
            draft_mark=self._header_ends_in_draft(rels),
        )
        return DocxReading(
            document_tree,
            self.source,
            self.mode,
            count,
            comments,
            self.warnings,
            ours,
            layout,
            self.display,
        )

    def _header_ends_in_draft(self, rels: dict[str, Relationship]) -> bool:
        for rel in rels.values():
            if rel.type == "header" and not rel.external and rel.target in self.archive:
                shown = self.archive.read_xml(rel.target).iter(_W + "t")
                if "".join(t.text or "" for t in shown).rstrip().endswith("DRAFT"):
                    return True
        return False

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
            self._drop_dangling_links(doc, body_reader)
            return doc.resolve()
        except DocumentError as error:
            raise self._error(error) from None

    def _error(self, error: DocumentError) -> InputError:
        where = f"paragraph {error.line}" if error.line else "(docx)"
        return InputError([Problem(self.source, 0, 0, where, error.message)])

    def _drop_dangling_links(self, doc: Document, body_reader: BodyReader) -> None:
        """A link to a bookmark that names no id of ours goes to the section or subdivision the
        bookmark stands in (a document from elsewhere, a bookmark name only our metadata part
        could have decoded); failing that, it keeps its words as plain text."""
        labels = body_reader.link_labels
        refs = list(doc.references())
        if not refs:
            return
        targets = [ref.target for ref in refs]
        known: set[str] = set()
        if doc.sections:
            # Resolve once with every link pointing somewhere sure, to learn the tree's ids.
            _resolve_pointing_at_first_section(doc, refs)
            block_at = {block.line: block.id for block in doc.walk() if block.line}
            located = {
                name: block_at[line]
                for name, line in body_reader.bookmark_lines.items()
                if line in block_at
            }
            for index, target in enumerate(targets):
                if not _cites(doc, target) and _cites(doc, located.get(target, "")):
                    targets[index] = located[target]
            known = {target for target in set(targets) if _cites(doc, target)}
            for ref, target in zip(refs, targets, strict=True):
                ref.target = target
        dangling = {id(ref) for ref in refs if ref.target not in known}
        if not dangling:
            return
        where: dict[str, list[int]] = {}  # target -> paragraphs whose links point to it
        for block in doc.walk():
            if isinstance(block, Paragraph | Subdivision) and _has_ref(block.inlines, dangling):
                for ref in _refs(block.inlines, dangling):
                    where.setdefault(ref.target, []).append(block.line or 0)
                block.inlines = _unlink(block.inlines, dangling, labels)
        for target, lines in where.items():
            shown = ", ".join(str(n) for n in sorted(set(lines))[:5])
            more = ", ..." if len(set(lines)) > 5 else ""
            links, paragraphs = ("links", "paragraphs") if len(lines) > 1 else ("link", "paragraph")
            if len(set(lines)) == 1:
                paragraphs = "paragraph"
            self.warn(
                f"{len(lines)} {links} to {target!r} ({paragraphs} {shown}{more}), which is not "
                "a section or subdivision here, kept as text"
            )

    # ---- metadata

    def _embedded_metadata(self) -> _Embedded | None:
        """The metadata our writer stores in the package (`docx_metadata`): a draft's, or the
        version of a tracked redline that the mode reads (accepted: the new one, rejected: the
        old one). None for a document from elsewhere, one whose metadata part was lost, and a
        legislative redline (a display of changes, which says so in a warning)."""
        side = "new" if self.mode is Changes.ACCEPT else "old"
        metadata = extract_metadata(self.package.parts(), side)
        if metadata is None:
            return None
        if metadata.display:
            self.display = True
            self.warn(
                "is a legislative-style redline (struck and underlined text, not tracked "
                "changes): it shows both versions' words at once and reads as neither; read the "
                "tracked redline (`diff -f docx`) or the versions themselves"
            )
            return None
        return _Embedded(metadata.document_info(self.source), metadata)

    # ---- metadata of a document we did not write

    def _foreign_info(self, body: Any, styles: StyleSheet) -> DocumentInfo:
        title = self._core_title() or _title_line(body, styles)
        stem = Path(self.source).stem or "document"
        if not self.display:
            self.warn(
                "no ordinance metadata (not a draft or tracked redline written by this tool): "
                "template and jurisdiction recorded as 'unknown'"
            )
        return DocumentInfo(template="unknown", jurisdiction="unknown", title=title or stem)

    def _core_title(self) -> str:
        core = self.package.first(self.package.package_rels, "core-properties")
        if core is None or core not in self.archive:
            return ""
        node = self.archive.read_xml(core).find(_DC_TITLE)
        return " ".join((node.text or "").split()) if node is not None else ""

    def _report_headers_and_footers(self, rels: dict[str, Relationship]) -> None:
        """A header or footer of a document from elsewhere is not part of the draft: say so.
        (Ours are made from the front matter. Footnotes are reported where they stand.)"""
        for rel in rels.values():
            if rel.type in ("header", "footer") and not rel.external and rel.target in self.archive:
                shown = self.archive.read_xml(rel.target).iter(_W + "t")
                text = " ".join(" ".join(t.text or "" for t in shown).split())
                if text:
                    self.warn(f"{rel.type} text {_quote(text)} is not read")

    # ---- comments

    def _comments(
        self,
        rels: dict[str, Relationship],
        marks: list[CommentMark],
        body_reader: BodyReader,
        doc: Document,
    ) -> list[Comment]:
        part = self.package.first(rels, "comments")
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
    metadata: DocxMetadata

    def heading_options(self, node_id: str) -> tuple[tuple[str, ...], dict[str, str]]:
        """What our writer recorded of a section heading: `.fixed`, and `chapter=KEY`."""
        recorded = self.metadata.headings.get(node_id, {})
        classes = ("fixed",) if recorded.get("fixed") else ()
        attrs = {"chapter": recorded["chapter"]} if recorded.get("chapter") else {}
        return classes, attrs

    def holds_blocks_of_both(self, first: Any, second: Any) -> bool:
        """Whether two paragraphs of a tracked redline each hold a block of the version read:
        then they stay apart though the first one's mark was removed. Our redline never joins
        two such blocks; LibreOffice, on a re-save, marks the paragraph before an inserted one
        as inserted too, which read as Word reads it would join that paragraph to the one
        after the insertion."""
        ours = self.metadata.bookmark_ids
        return all(
            any(mark.get(_W + "name") in ours for mark in p.iter(_W + "bookmarkStart"))
            for p in (first, second)
        )

    def recorded_style(self, node_id: str) -> StyleMeaning | None:
        """A tracked redline's record of the block's style in the version read: what its
        paragraph printed in, whatever LibreOffice made of it on a re-save."""
        name = self.metadata.styles.get(node_id)
        return meaning_of_style(name) if name else None


def _no_options(node_id: str) -> tuple[tuple[str, ...], dict[str, str]]:
    return (), {}


def _no_style(node_id: str) -> StyleMeaning | None:
    return None


def _resolve_pointing_at_first_section(doc: Document, refs: list[Ref]) -> None:
    for ref in refs:
        ref.target = doc.sections[0].id
    try:
        doc.resolve()
    except DocumentError:
        # Resolving pins ids before it checks links: the first section's id may have changed.
        for ref in refs:
            ref.target = doc.sections[0].id
        doc.resolve()


def _cites(doc: Document, node_id: str) -> bool:
    """Whether a cross-reference may point to this id (a section or subdivision)."""
    try:
        doc.citation(node_id)
    except KeyError:
        return False
    return True


def _with_numbering_of(info: DocumentInfo, events: list[Event]) -> DocumentInfo:
    """For a document from elsewhere: the section word and code numbering its headings use
    ("SECTION 2." / "9.66.010, 9.66.020" / "19-401, 19-402"), so that renumbering prints the
    numbers it printed."""
    section_word = ""
    code_numbers: list[tuple[str, str, str]] = []  # (chapter, separator, serial)
    for event in events:
        if not isinstance(event, HeadingEvent):
            continue
        title = " ".join(plain_text(event.inlines).split())
        if event.level == 2 and not section_word and (match := _SECTION_WORD.match(title)):
            section_word = match.group(1)
        written = split_code_number(title, info.numbering)[0] if event.level == 3 else ""
        if len(code_numbers) < 2 and (match := _CODE_NUMBER_PARTS.fullmatch(written)):
            code_numbers.append((match.group(1), match.group(2), match.group(3)))
    update: dict[str, Any] = {}
    if section_word:
        update["section_word"] = section_word
    if code_numbers:
        chapter, separator, serial = code_numbers[0]
        first = int(serial)
        following = [int(s) for c, _, s in code_numbers[1:] if c == chapter and int(s) > first]
        step = following[0] - first if following else (10 if first % 10 == 0 else 1)
        update.update(
            chapter=chapter,
            separator=separator,
            width=len(serial),
            step=min(max(step, 1), 100),
            start=first if first != step else None,
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
