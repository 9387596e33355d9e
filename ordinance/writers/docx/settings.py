"""The choices a caller makes about the Word output, and the error a bad reference file gives."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ...errors import InputError, Problem


class ReferenceDocxError(InputError):
    """The reference document given for styles cannot be used (missing, a folder, not Word)."""

    @classmethod
    def at(cls, path: Path, message: str) -> ReferenceDocxError:
        return cls([Problem(str(path), 0, 0, "--reference-docx", message)])


@dataclass
class DocxSettings:
    """Choices for the Word output; the defaults give a clean discussion draft.

    The CLI's DOCX flags map one to one onto these fields (`--toc` is `table_of_contents`,
    `--doc-title` is `title`).
    """

    line_numbers: bool = False  # numbered lines in the margin, restarting on each page
    draft_mark: bool = True  # "DRAFT" at the right of the running header
    table_of_contents: bool = False  # a TOC field after the title block (Word adds page numbers)
    reference_docx: Path | None = None  # take styles and page setup from this Word file
    author: str | None = None  # core properties; fixed defaults keep the output reproducible
    title: str | None = None  # default: the draft's short title
    created: dt.datetime | None = None  # default: the draft's date; naive means UTC
