"""Drafts as files: read one whatever its format, validate files, rewrite drafts canonically.

The CLI's `render`, `validate` and `fmt` are thin wrappers over these functions::

    >>> from ordinance.drafts import read_draft, format_drafts
    >>> document = read_draft(Path("bill.md"))                  # doctest: +SKIP
    >>> format_drafts([Path("bill.md")], check=True)           # doctest: +SKIP
    [PosixPath('bill.md')]

The reader is chosen by the file's suffix from `DRAFT_READERS` (a reader for another format, such
as DOCX, adds one entry); any other file is taken for a jurisdiction file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from .document import Document
from .errors import InputError


def _read_markdown_file(path: Path, changes: str) -> Document:
    from .loading import read_text
    from .readers.markdown import read_markdown

    return read_markdown(read_text(path), str(path))


def _read_docx_file(path: Path, changes: str) -> Document:
    from .readers.docx import read_docx_file

    return read_docx_file(path, changes=changes)


# Lower-case suffix -> a function reading that file into a resolved tree; the second argument
# says which version of a file with tracked changes to read ("accept" or "reject").
DRAFT_READERS: dict[str, Callable[[Path, str], Document]] = {
    ".md": _read_markdown_file,
    ".markdown": _read_markdown_file,
    ".docx": _read_docx_file,
}


def is_draft(path: str | Path) -> bool:
    return Path(path).suffix.lower() in DRAFT_READERS


def read_draft(path: str | Path, *, changes: str = "accept") -> Document:
    """The draft in this file as a resolved tree, read by the reader its suffix names.

    A Word file's tracked changes are accepted, or with `changes="reject"` rejected; what the
    reader noticed (the changes, comments, parts it could not map) comes as `ReaderWarning`s.
    """
    path = Path(path)
    reader = DRAFT_READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(DRAFT_READERS)
        raise InputError.single(str(path), f"not a draft: expected a file ending in {known}")
    return reader(path, changes)


def validate_file(path: str | Path, *, changes: str = "accept") -> None:
    """Check a draft or a jurisdiction file without drafting; InputError names each problem."""
    path = Path(path)
    if is_draft(path):
        read_draft(path, changes=changes)
    else:
        from .loading import load_jurisdiction

        load_jurisdiction(path)


def canonical_markdown(text: str, source: str = "<draft>") -> str:
    """A Markdown draft renumbered, its cross-references fixed, in canonical form."""
    from .readers.markdown import read_markdown

    return read_markdown(text, source).to_markdown()


def format_drafts(paths: Sequence[str | Path], *, check: bool = False) -> list[Path]:
    """Rewrite each draft that is not in canonical form; return those drafts' paths.

    A Word file is rewritten as this tool writes it (renumbered, cross-references fixed), unless
    it holds tracked changes or comments, which a rewrite would lose: that is an error.
    With `check`, only report them. Every draft is read and formatted before any is written, so
    one bad draft (an InputError) leaves every file untouched; each file is replaced atomically.
    """
    from .loading import read_text
    from .output import write_atomic

    results: list[tuple[Path, bytes, bytes]] = []
    for path in map(Path, paths):
        if path.suffix.lower() == ".docx":
            from .readers.docx import canonical_docx

            results.append((path, path.read_bytes(), canonical_docx(path)))
            continue
        text = read_text(path)
        formatted = canonical_markdown(text, str(path))
        results.append((path, text.encode("utf-8"), formatted.encode("utf-8")))
    changed = [(path, new) for path, old, new in results if old != new]
    if not check:
        for path, new in changed:
            write_atomic(path, new)
    return [path for path, _ in changed]
