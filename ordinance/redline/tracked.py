"""The redline as a Word document with native tracked changes.

The body is the new version with every change recorded as a revision Word can accept or reject
one by one: inserted and deleted words (w:ins, w:del), inserted and deleted paragraphs (their
marks too, so accepting leaves no empty paragraph), renumbered labels and citations (the old
number deleted, the new inserted; inside the cross-reference's hyperlink, never around it) and
moves (w:moveFrom where the text stood, w:moveTo where it went, paired by name). Accepting every
change gives the new version's words; rejecting every change gives the old one's.

Every block of both versions is bookmarked and both versions' front matter travels along
(`readback`), so the file reads back as the new version with its changes accepted and as the
old one with them rejected, ids and all.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..comparison import ChangeSet, Op, Row, RowStatus, Span, UnitKind
from ..writers import oxml
from ..writers.oxml import Element
from .docx_body import RedlineSettings, RowWriter, package, put_text, revision_date
from .readback import ReadBack
from .wordml import Revisions, range_end


def write_tracked_docx(changes: ChangeSet, settings: RedlineSettings | None = None) -> bytes:
    """The tracked-changes .docx as bytes."""
    settings = settings or RedlineSettings()
    date = revision_date(changes, settings)
    revisions = Revisions(settings.author, date)
    readback = ReadBack.of(changes)

    def fill(body: Element, ids: Mapping[str, str]) -> None:
        _TrackedWriter(body, ids, revisions=revisions, readback=readback).write(changes.rows)

    return package(changes.new.info, settings, date, fill, readback.part)


@dataclass(slots=True)
class _TrackedWriter(RowWriter):
    revisions: Revisions
    readback: ReadBack

    def fill(self, p: Element, row: Row) -> None:
        status = row.status
        direction = {RowStatus.MOVED_FROM: "From", RowStatus.MOVED_TO: "To"}.get(status)
        range_id = 0
        if direction:
            range_id = self.revisions.range_start(p, direction, f"move{row.move}")
        label_style = "Subdivision Label" if row.style.kind is UnitKind.SUBDIVISION else None
        for span in self.label_spans(row):
            self.span(p, span, row, label_style)
        for span in row.spans:
            self.span(p, span, row, "Cross Reference" if span.link else None)
        if direction:
            range_end(p, direction, range_id)
        for name in self.readback.bookmarks(row):
            # Spanning the paragraph, as in a draft: cross-references jump here, and a reader
            # finds the block's id in the version it reads.
            self.revisions.bookmark(p, name)
        self.mark(p, row)

    def span(self, p: Element, span: Span, row: Row, style: str | None) -> None:
        if row.status is RowStatus.MOVED_TO and span.op is Op.DELETE:
            return  # the moved text's old words stand at its origin, in w:moveFrom
        if not span.link:
            self.put(p, span, row, style)
            return
        # A citation's words go in its hyperlink (a change inside it, never around it); the
        # space after them outside, as a draft has it, so either version reads back spaced.
        words = span.text.rstrip()
        if words:
            link = oxml.internal_link(p, self.readback.anchor(span.link))
            self.put(link, span._replace(text=words), row, style)
        if words != span.text:
            self.put(p, Span(span.op, span.text[len(words) :]), row, None)

    def put(self, parent: Element, span: Span, row: Row, style: str | None) -> None:
        """The span's runs, in the revision its change and the row's move call for."""
        moved_to, moved_from = row.status is RowStatus.MOVED_TO, row.status is RowStatus.MOVED_FROM
        if span.op is Op.EQUAL:
            container = self.revisions.revision(parent, "w:moveTo") if moved_to else parent
        elif span.op is Op.INSERT:
            container = self.revisions.revision(parent, "w:ins")
        elif moved_from:
            container = self.revisions.revision(parent, "w:moveFrom")
        else:
            container = self.revisions.revision(parent, "w:del")
        deleted = span.op is Op.DELETE and not moved_from
        put_text(self.runs(container, span, style), span.text, deleted)

    def mark(self, p: Element, row: Row) -> None:
        tag = {
            RowStatus.MOVED_FROM: "w:moveFrom",
            RowStatus.MOVED_TO: "w:moveTo",
            RowStatus.INSERTED: "w:ins",
            RowStatus.DELETED: "w:del",
        }.get(row.status)
        if tag is None and row.mark is not Op.EQUAL:  # a split or a join
            tag = "w:ins" if row.mark is Op.INSERT else "w:del"
        if tag:
            self.revisions.mark_paragraph(p, tag)
