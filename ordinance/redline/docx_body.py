"""What both redline DOCX writers share: a paragraph per row in the draft's house styles, and
the package around the body (styles, header, footer, properties) from the draft writer's
`writers.docx` modules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..comparison import ChangeSet, Row, Span, Style, UnitKind
from ..document import DocumentInfo
from ..docx_metadata import embed_part
from ..writers import oxml
from ..writers.docx import DocxSettings, finish_package, new_package
from ..writers.docx.styles import ROLE_STYLES, SUBDIVISION_STYLES, TWIPS_PER_LEVEL
from ..writers.oxml import Element
from .wordml import add_deleted_text


@dataclass(frozen=True, slots=True)
class RedlineSettings:
    """Choices for a redline DOCX."""

    author: str = "ordinance"  # who the revisions are attributed to, and the file's author
    date: dt.datetime | None = None  # when (UTC); default: the new version's date, else now
    elide: bool = False  # legislative style: print * * * for long unchanged runs


def revision_date(changes: ChangeSet, settings: RedlineSettings) -> dt.datetime:
    """When the revisions were made: the caller's date, the new version's, or now (UTC)."""
    if settings.date is not None:
        date = settings.date
        return date if date.tzinfo else date.replace(tzinfo=dt.UTC)
    if changes.new.info.date is not None:
        return dt.datetime.combine(changes.new.info.date, dt.time(), tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def package(
    info: DocumentInfo,
    settings: RedlineSettings,
    date: dt.datetime,
    fill: Callable[[Element, Mapping[str, str]], None],
    metadata: bytes | None,
) -> bytes:
    """A .docx in the house look whose body `fill` writes (given the style ids), finished as
    the draft writer finishes its own: header with the new version's label, footer, and the
    properties (the revisions' author and date); `metadata` is our custom XML part, if any
    (`docx_metadata`)."""
    docx = DocxSettings(
        draft_mark=False, author=settings.author, title=f"Changes to {info.title}", created=date
    )
    parts = new_package(docx)
    fill(parts.body, parts.base.style_ids)
    if metadata is not None:
        embed_part(parts, metadata)
    finish_package(parts, info, docx)
    return parts.to_bytes()


@dataclass(slots=True)
class RowWriter:
    """Appends one w:p per row; subclasses say how changed spans and paragraph marks print."""

    body: Element
    ids: Mapping[str, str]  # style name -> style id

    def write(self, rows: tuple[Row, ...] | list[Row]) -> None:
        for row in rows:
            p = self.paragraph(row)
            self.fill(p, row)

    def paragraph(self, row: Row) -> Element:
        style = row.style
        props: list[Element] = []
        if style.kind is UnitKind.SUBDIVISION and style.level >= SUBDIVISION_STYLES:
            # Deeper than the styles go: indent directly.
            left = TWIPS_PER_LEVEL * (style.level + 1)
            props = [
                oxml.tab_stops([("left", left)]),
                oxml.indentation(left=left, hanging=TWIPS_PER_LEVEL),
            ]
        return oxml.paragraph(self.ids[style_name(style)], props, parent=self.body)

    def fill(self, p: Element, row: Row) -> None:
        raise NotImplementedError

    def label_separator(self, row: Row) -> str:
        """A tab after a subdivision's label (it hangs in the margin), a space after a number."""
        return "\t" if row.style.kind is UnitKind.SUBDIVISION else " "

    def runs(self, parent: Element, span: Span, style: str | None = None) -> Element:
        """A w:r for the span, in its character style, bold or italic; `put_text` fills it."""
        return oxml.run(
            parent, style_id=self.ids[style] if style else None, bold=span.bold, italic=span.italic
        )

    def label_spans(self, row: Row) -> list[Span]:
        """The label's spans, each with the separator after it: a renumbered label is an old
        label deleted and a new one inserted, and each version needs its separator."""
        separator = self.label_separator(row)
        return [Span(s.op, s.text + separator, number=s.number) for s in row.label if s.text]


def style_name(style: Style) -> str:
    """The house paragraph style a unit prints in."""
    if style.kind is UnitKind.HEADING:
        return "Section Heading" if style.depth == 0 else "Code Section Heading"
    if style.kind is UnitKind.SUBDIVISION:
        return f"Subdivision {min(style.level, SUBDIVISION_STYLES - 1) + 1}"
    assert style.role is not None
    return ROLE_STYLES[style.role]


def put_text(r: Element, text: str, deleted: bool) -> None:
    """Text into a run, with w:tab and w:br where the text has tabs and line breaks."""
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            oxml.add_break(r)
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                oxml.add_tab(r)
            if piece:
                if deleted:
                    add_deleted_text(r, piece)
                else:
                    oxml.add_text(r, piece)


__all__ = ["RedlineSettings", "RowWriter", "package", "put_text", "revision_date", "style_name"]
