"""Tree -> Word document (.docx), in modules by job:

- `settings`: `DocxSettings` (the caller's choices) and `ReferenceDocxError`;
- `styles`: our named styles, added to the base's styles part;
- `body`: the blocks as w:p elements, one small function per node type (`BODY_HANDLERS`);
- `headers`: the running header and the page-number footer;
- `package`: the base package (pruned once), one document's parts, core properties;
- `zip`: the reproducible zip.

Every block is bookmarked, and the front matter and the bookmark -> id map travel in a custom XML
part, so that a DOCX reader gets the tree back (`ordinance.docx_metadata`).

Output is reproducible: the same tree and settings give the same bytes. Another DOCX writer
(the redline) does what `write_docx` does with its own body::

    package = new_package(settings)                  # base, styles, empty body
    fill(package.body, package.base.style_ids)       # e.g. with body.BODY_HANDLERS entries
    finish_package(package, info, settings)          # header, footer, properties
    data = package.to_bytes()
"""

from __future__ import annotations

import datetime as dt

from ...document import Document, DocumentInfo
from ...docx_metadata import bookmark_names, embed_metadata
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
    package = new_package(settings)
    write_package(doc, package, settings)
    return package.to_bytes()


def new_package(settings: DocxSettings) -> Package:
    """A package on the chosen base, with an empty body to fill (`package.body`, styles by
    `package.base.style_ids`)."""
    return Package.from_base(load_base(settings.reference_docx))


def write_package(doc: Document, package: Package, settings: DocxSettings) -> None:
    """Everything but the zip: the draft's body and metadata, then `finish_package`."""
    bookmarks = bookmark_names(doc)
    width = oxml.text_width(package.sect_pr)
    state = BodyState(package.body, package.base.style_ids, width, bookmarks)
    write_body(doc, state, settings.table_of_contents)
    embed_metadata(package, doc, bookmarks)
    finish_package(package, doc.info, settings)


def finish_package(package: Package, info: DocumentInfo, settings: DocxSettings) -> None:
    """What every document of ours has around its body: header (`info.label`, DRAFT) and
    footer, line numbers, field updates for a TOC, and the core properties."""
    style_ids = package.base.style_ids
    width = oxml.text_width(package.sect_pr)
    add_header_footer(
        package,
        header(style_ids, info.label, settings.draft_mark, width),
        footer(style_ids),
    )
    if settings.line_numbers:
        oxml.set_property(package.sect_pr, oxml.line_numbering())
    if settings.table_of_contents:
        ask_to_update_fields(package)
    add_core_properties(
        package, settings.title or info.title, settings.author, _created(info, settings)
    )


def _created(info: DocumentInfo, settings: DocxSettings) -> dt.datetime | None:
    """The date in the document properties: the caller's, else the draft's own."""
    if settings.created is not None:
        return settings.created
    if info.date is not None:
        return dt.datetime.combine(info.date, dt.time(), tzinfo=dt.UTC)
    return None


__all__ = [
    "DocxSettings",
    "Package",
    "ReferenceDocxError",
    "finish_package",
    "new_package",
    "write_docx",
    "write_package",
]
