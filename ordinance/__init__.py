"""ordinance: draft local surveillance-oversight ordinances.

    >>> from ordinance import load_jurisdiction, draft
    >>> document = draft(load_jurisdiction("oakland-ca"))      # doctest: +SKIP
    >>> markdown = document.to_markdown()                        # doctest: +SKIP

The pipeline: jurisdiction file -> models -> Jinja template -> Markdown -> document tree -> writers.
Names are imported on first use, so that `ordinance --help` does not pay for Jinja and python-docx.

What a program imports from here:

- making a draft: `load_jurisdiction`, `load_options`, `draft`, `Jurisdiction`, `DraftOptions`;
- reading drafts: `read_markdown` (text), `read_draft` (a file, reader chosen by its suffix),
  `format_drafts` (what `ordinance fmt` does); Word files: `read_docx` (the tree), `open_docx`
  (the tree with the file's tracked-change count, comments and warnings);
- the document tree (`ordinance.document`): `Document` holds `DocumentInfo` (front matter with
  its numbering), a preamble and closing of `Paragraph`s (each with a `Role`), and `Section`s
  whose content is `Paragraph`s, `Subdivision`s and code `Section`s. Text is a list of inline
  nodes: `Text`, `Emphasis`, `Strong`, `Ref` (a cross-reference to an id) and `LineBreak`.
  `Block` and `Inline` are the unions of those types. Trees from the readers and from `draft`
  are resolved (numbered, labelled, ids assigned); after editing one, call `resolve()` again;
- writing: `Document.to_markdown()`, `.to_text()`, `.to_docx(DocxSettings(...))`, or
  `render(document, format_name)` with any format of `output_formats()` (see `ordinance.formats`);
- errors: every error the library raises on purpose is an `OrdinanceError`; bad input is an
  `InputError` whose `str()` is one line a problem (`file:line:col: field: message`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)

_EXPORTS = {
    "Block": "document",
    "DEFAULT_TEMPLATE": "drafting",
    "Document": "document",
    "DocumentError": "errors",
    "DocumentInfo": "document",
    "DocxSettings": "writers.docx",
    "DraftMetadata": "models",
    "DraftOptions": "models",
    "Emphasis": "document",
    "Inline": "document",
    "InputError": "errors",
    "Jurisdiction": "models",
    "ChangeSet": "comparison",
    "LineBreak": "document",
    "OrdinanceError": "errors",
    "Paragraph": "document",
    "Ref": "document",
    "Role": "document",
    "Section": "document",
    "Strong": "document",
    "Subdivision": "document",
    "TemplateError": "errors",
    "Text": "document",
    "UnknownFormatError": "formats",
    "UnknownIdError": "errors",
    "check": "scorecard",
    "diff": "comparison",
    "draft": "drafting",
    "format_drafts": "drafts",
    "load_jurisdiction": "loading",
    "load_options": "loading",
    "open_docx": "readers.docx",
    "output_formats": "formats",
    "read_docx": "readers.docx",
    "read_draft": "drafts",
    "read_markdown": "readers.markdown",
    "render": "formats",
    "shipped_jurisdictions": "resources",
    "shipped_templates": "resources",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:  # the same names, for type checkers and editors
    from .comparison import ChangeSet as ChangeSet
    from .comparison import diff as diff
    from .document import Block as Block
    from .document import Document as Document
    from .document import DocumentInfo as DocumentInfo
    from .document import Emphasis as Emphasis
    from .document import Inline as Inline
    from .document import LineBreak as LineBreak
    from .document import Paragraph as Paragraph
    from .document import Ref as Ref
    from .document import Role as Role
    from .document import Section as Section
    from .document import Strong as Strong
    from .document import Subdivision as Subdivision
    from .document import Text as Text
    from .drafting import DEFAULT_TEMPLATE as DEFAULT_TEMPLATE
    from .drafting import draft as draft
    from .drafts import format_drafts as format_drafts
    from .drafts import read_draft as read_draft
    from .errors import DocumentError as DocumentError
    from .errors import InputError as InputError
    from .errors import OrdinanceError as OrdinanceError
    from .errors import TemplateError as TemplateError
    from .errors import UnknownIdError as UnknownIdError
    from .formats import UnknownFormatError as UnknownFormatError
    from .formats import output_formats as output_formats
    from .formats import render as render
    from .loading import load_jurisdiction as load_jurisdiction
    from .loading import load_options as load_options
    from .models import DraftMetadata as DraftMetadata
    from .models import DraftOptions as DraftOptions
    from .models import Jurisdiction as Jurisdiction
    from .readers.docx import open_docx as open_docx
    from .readers.docx import read_docx as read_docx
    from .readers.markdown import read_markdown as read_markdown
    from .resources import shipped_jurisdictions as shipped_jurisdictions
    from .resources import shipped_templates as shipped_templates
    from .scorecard import check as check
    from .writers.docx import DocxSettings as DocxSettings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ordinance' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, for tab completion, though most are not imported yet."""
    return list(__all__)
