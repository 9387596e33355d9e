"""The redline as a legislature prints it: deleted text struck through, then inserted text
underlined, as plain formatting (no tracked changes), in the draft's house styles.

With `elide`, runs of unchanged paragraphs print as `* * *` (as Pennsylvania's rules allow for
omitted unchanged text); the headings of sections with changes stay, so every change keeps its
place.

It shows changes and is neither version: its custom XML part says so (`docx_metadata`), and the
DOCX reader reads it as a document from elsewhere with a warning that says why.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from ..comparison import ChangeSet, Op, Row, RowStatus, Span, UnitKind
from ..docx_metadata import display_xml
from ..writers import oxml
from ..writers.oxml import Element
from .docx_body import RedlineSettings, RowWriter, package, put_text, revision_date

ELISION = "* * *"
_MIN_ELIDED = 2  # a single unchanged paragraph is shorter to print than to elide


def write_legislative_docx(changes: ChangeSet, settings: RedlineSettings | None = None) -> bytes:
    settings = settings or RedlineSettings()
    date = revision_date(changes, settings)

    def fill(body: Element, ids: Mapping[str, str]) -> None:
        writer = _LegislativeWriter(body, ids)
        rows = list(changes.rows)
        for item in _elided(rows) if settings.elide else rows:
            if item is None:
                p = oxml.paragraph(ids["Ordinance Text"], [oxml.justification("center")])
                body.append(p)
                oxml.text_run(p, ELISION)
            else:
                writer.fill(writer.paragraph(item), item)

    # Marked as a display of changes, so that reading it back says it is neither version.
    return package(changes.new.info, settings, date, fill, display_xml())


@dataclass(slots=True)
class _LegislativeWriter(RowWriter):
    def fill(self, p: Element, row: Row) -> None:
        label_style = "Subdivision Label" if row.style.kind is UnitKind.SUBDIVISION else None
        for span in self.label_spans(row):
            self.span(p, span, row, label_style)
        for span in row.spans:
            self.span(p, span, row, "Cross Reference" if span.link else None)

    def span(self, p: Element, span: Span, row: Row, style: str | None) -> None:
        op = span.op
        if row.status is RowStatus.MOVED_TO:
            if op is Op.DELETE:
                return  # struck where it stood
            op = Op.INSERT  # at its new place, all of the moved text is new
        r = self.runs(p, span, style)
        rpr = r.find(oxml.qn("w:rPr"))
        if op is not Op.EQUAL:
            if rpr is None:
                rpr = oxml.sub(r, "w:rPr")
            if op is Op.DELETE:
                oxml.set_property(rpr, oxml.element("w:strike"))
            else:
                oxml.set_property(rpr, oxml.val("w:u", "single"))
        put_text(r, span.text, deleted=False)


def _elided(rows: list[Row]) -> Iterator[Row | None]:
    """The rows to print, with None where a run of unchanged rows is left out."""
    keep = [row.changed for row in rows]
    # Keep the heading of every section that has a change, and the title block's title.
    heading = -1
    for index, row in enumerate(rows):
        if row.style.kind is UnitKind.HEADING:
            heading = index
        elif row.changed and heading >= 0:
            keep[heading] = True
        if row.style.role is not None and row.style.role.value in ("caption", "title"):
            keep[index] = True
    index = 0
    while index < len(rows):
        if keep[index]:
            yield rows[index]
            index += 1
            continue
        end = index
        while end < len(rows) and not keep[end]:
            end += 1
        if end - index >= _MIN_ELIDED:
            yield None
        else:
            yield from rows[index:end]
        index = end
