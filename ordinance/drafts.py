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


def _read_markdown_file(path: Path) -> Document:
    from .loading import read_text
    from .readers.markdown import read_markdown

    return read_markdown(read_text(path), str(path))


# Lower-case suffix -> a function reading that file into a resolved tree.
DRAFT_READERS: dict[str, Callable[[Path], Document]] = {
    ".md": _read_markdown_file,
    ".markdown": _read_markdown_file,
}


def is_draft(path: str | Path) -> bool:
    return Path(path).suffix.lower() in DRAFT_READERS


def read_draft(path: str | Path) -> Document:
    """The draft in this file as a resolved tree, read by the reader its suffix names."""
    path = Path(path)
    reader = DRAFT_READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(DRAFT_READERS)
        raise InputError.single(str(path), f"not a draft: expected a file ending in {known}")
    return reader(path)


def validate_file(path: str | Path) -> None:
    """Check a draft or a jurisdiction file without drafting; InputError names each problem."""
    path = Path(path)
    if is_draft(path):
        read_draft(path)
    else:
        from .loading import load_jurisdiction

        load_jurisdiction(path)


def canonical_markdown(text: str, source: str = "<draft>") -> str:
    """A Markdown draft renumbered, its cross-references fixed, in canonical form."""
    from .readers.markdown import read_markdown

    return read_markdown(text, source).to_markdown()


def format_drafts(paths: Sequence[str | Path], *, check: bool = False) -> list[Path]:
    """Rewrite each Markdown draft that is not in canonical form; return those drafts' paths.

    With `check`, only report them. Every draft is read and formatted before any is written, so
    one bad draft (an InputError) leaves every file untouched; each file is replaced atomically.
    """
    from .loading import read_text
    from .output import write_atomic

    results = []
    for path in map(Path, paths):
        text = read_text(path)
        results.append((path, text, canonical_markdown(text, str(path))))
    changed = [(path, after) for path, before, after in results if before != after]
    if not check:
        for path, after in changed:
            write_atomic(path, after.encode("utf-8"))
    return [path for path, _ in changed]
