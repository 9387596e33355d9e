"""Reading a version to compare: a Markdown draft, a jurisdiction or options file drafted on the
fly, or (once the DOCX reader exists) a Word file."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from ..document import Document
from ..errors import InputError

_DOCX_READER = "ordinance.readers.docx"


def load_version(
    path: Path, jurisdiction: str | None = None, options: Path | None = None
) -> Document:
    """One version of an ordinance, from any file the tool reads.

    A YAML file is a jurisdiction file drafted with `options`; with `jurisdiction` given, it is
    instead an options file for that jurisdiction. A shipped jurisdiction's id works too.
    """
    suffix = path.suffix.lower()
    if suffix == ".md":
        from ..loading import read_text
        from ..readers.markdown import read_markdown

        return read_markdown(read_text(path), str(path))
    if suffix == ".docx":
        return _read_docx(path)
    if suffix in (".yaml", ".yml") or (not suffix and not path.exists()):
        from ..drafting import draft
        from ..loading import load_jurisdiction, load_options

        if jurisdiction is not None:
            return draft(load_jurisdiction(jurisdiction), options=load_options(path))
        return draft(load_jurisdiction(str(path)), options=load_options(options))
    raise InputError.single(
        str(path), "cannot compare this kind of file: expected .md, .yaml or .docx"
    )


def _read_docx(path: Path) -> Document:
    if importlib.util.find_spec(_DOCX_READER) is None:
        raise InputError.single(
            str(path),
            "reading Word files needs the DOCX reader, which this version lacks; "
            "compare the Markdown drafts instead",
        )
    reader = importlib.import_module(_DOCX_READER)
    document: Document = reader.read_docx(path)
    return document
