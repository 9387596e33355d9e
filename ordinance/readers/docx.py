"""Word document (.docx) -> document tree.

The modules, in the order a file meets them: `safezip` opens the archive within limits and parses
XML without entities or DTDs; `docxpackage` finds the parts by relationship; `docxtree` reads the
metadata, resolves tracked changes (`revisions`), collects comments (`comments`) and builds the
tree; `docxbody` judges each paragraph (`docxstyles`: what a style means) and `docxinline` reads
its words, turning the body into the shared builder's events, so a DOCX and a Markdown draft become
trees by the same rules. Style elements are python-docx's classes (`CT_Style`), made by our own
hardened parser. This module is the entry point, and light: the tree's modules load only once a
file has passed the archive checks.

A DOCX this tool wrote carries what Word does not show (front matter, provision tags, every
block's id by bookmark) in a custom XML part that Word and LibreOffice keep on save; it reads
back to the very tree it was written from; a tracked redline of ours carries both versions and
reads back as the new one with its changes accepted, the old one with them rejected. Any other
DOCX reads as well as its structure allows, with one warning line for each thing that has no
place in a draft.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from . import ReaderWarning
from .comments import Comment
from .docxpackage import DocxPackage
from .revisions import Changes
from .safezip import DEFAULT_LIMITS, ArchiveLimits, SafeArchive, read_archive

if TYPE_CHECKING:
    from ..document import Document


@dataclass(frozen=True, slots=True)
class Layout:
    """How a Word file was laid out, in `DocxSettings` terms, so `fmt` rewrites it the same way."""

    line_numbers: bool = False
    table_of_contents: bool = False
    draft_mark: bool = True


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
    layout: Layout = field(default_factory=Layout)
    display: bool = False  # a legislative redline of ours: changes shown, neither version

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
    try:
        mode = Changes(changes)
    except ValueError:
        raise InputError.single(
            str(changes), "expected 'accept' or 'reject'", "changes", line=0
        ) from None
    if isinstance(source, bytes):
        archive = SafeArchive(source, name or "<docx>", limits)
    else:
        archive = read_archive(Path(source), limits)
    package = DocxPackage(archive)
    # The tree's modules are imported only now, once the archive and its main part passed.
    from .docxtree import read_package

    return read_package(package, mode)


def read_docx_file(path: Path, *, changes: Changes | str = Changes.ACCEPT) -> Document:
    """A Word file's tree, each note (tracked changes, comments, warnings) a `ReaderWarning`."""
    reading = open_docx(path, changes=changes)
    for note in reading.notes():
        warnings.warn(note, ReaderWarning, stacklevel=2)
    return reading.document


def canonical_docx(path: Path) -> bytes:
    """The Word file as this tool writes it: renumbered, cross-references fixed (`fmt`).

    Line numbers, a table of contents and the DRAFT mark are kept as the file had them; a
    reference document's styles are not (the file does not say which one it was). A file with
    tracked changes or comments is refused: rewriting it would drop them; so is a legislative
    redline, which is no version.
    """
    reading = open_docx(path)
    if reading.display:
        raise InputError.single(
            str(path),
            "is a legislative-style redline, which shows changes and is no version to rewrite; "
            "format the versions it was made from",
        )
    kept = []
    if reading.changes:
        kept.append(f"{reading.changes} tracked changes")
    if reading.comments:
        kept.append(f"{len(reading.comments)} comments")
    if kept:
        raise InputError.single(
            str(path),
            f"has {' and '.join(kept)}, which rewriting would lose; accept or reject them in "
            "Word first, or render it to Markdown (`ordinance render FILE -o draft.md`)",
        )
    for note in reading.warnings:
        warnings.warn(note, ReaderWarning, stacklevel=2)
    from ..formats import render
    from ..writers.docx import DocxSettings

    layout = reading.layout
    settings = DocxSettings(
        line_numbers=layout.line_numbers,
        table_of_contents=layout.table_of_contents,
        draft_mark=layout.draft_mark,
    )
    return render(reading.document, "docx", settings)


__all__ = [
    "Changes",
    "Comment",
    "DocxReading",
    "canonical_docx",
    "open_docx",
    "read_docx",
    "read_docx_file",
]
