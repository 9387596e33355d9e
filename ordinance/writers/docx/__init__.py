"""Tree -> Word document (.docx), in modules by job:

- `settings`: `DocxSettings` (the caller's choices) and `ReferenceDocxError`;
- `styles`: our named styles, added to the base's styles part;
- `body`: the blocks as w:p elements, one small function per node type (`BODY_HANDLERS`);
- `headers`: the running header and the page-number footer;
- `package`: the base package (pruned once), one document's parts, core properties;
- `zip`: the reproducible zip.

Output is reproducible: the same tree and settings give the same bytes. The redline writer
builds its body with `body` and its package with `package`, as `write_docx` does here.
"""

from __future__ import annotations

import datetime as dt

from ...document import Document
from .. import oxml
from .body import BodyState, write_body
from .headers import add_header_footer, footer, header
from .package import Package, add_core_properties, ask_to_update_fields, load_base
from .settings import DocxSettings, ReferenceDocxError


def write_docx(doc: Document, settings: DocxSettings | None = None) -> bytes:
    """The resolved tree as the bytes of a .docx file; the same inputs give the same bytes.

    Raises `ReferenceDocxError` (an `OrdinanceError`) for a reference document that is missing,
    a folder, or not a Word file.
    """
    settings = settings or DocxSettings()
    package = Package.from_base(load_base(settings.reference_docx))
    write_package(doc, package, settings)
    return package.to_bytes()


def write_package(doc: Document, package: Package, settings: DocxSettings) -> None:
    """Everything but the zip: body, header and footer, page setup, properties."""
    base = package.base
    width = oxml.text_width(package.sect_pr)
    targets = {ref.target for ref in doc.references()}
    bookmarks = {target: oxml.bookmark_name(target) for target in targets}
    state = BodyState(package.body, base.style_ids, width, bookmarks)
    write_body(doc, state, settings.table_of_contents)
    add_header_footer(
        package,
        header(base.style_ids, doc.info.label, settings.draft_mark, width),
        footer(base.style_ids),
    )
    if settings.line_numbers:
        oxml.set_property(package.sect_pr, oxml.line_numbering())
    if settings.table_of_contents:
        ask_to_update_fields(package)
    add_core_properties(
        package, settings.title or doc.info.title, settings.author, _created(doc, settings)
    )


def _created(doc: Document, settings: DocxSettings) -> dt.datetime | None:
    """The date in the document properties: the caller's, else the draft's own."""
    if settings.created is not None:
        return settings.created
    if doc.info.date is not None:
        return dt.datetime.combine(doc.info.date, dt.time(), tzinfo=dt.UTC)
    return None


__all__ = ["DocxSettings", "ReferenceDocxError", "write_docx", "write_package"]
