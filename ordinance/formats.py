"""The output formats the library can write: one registry for the CLI, `Document` and programs.

Each entry names a format, the file suffixes that select it, whether its output is text or bytes,
and where its writer lives. Writers are imported on first use, so that this module (and through it
`ordinance.document` and the CLI) stays free of lxml and the writers' own imports::

    >>> from ordinance.formats import format_for_path, render
    >>> format_for_path("bill.docx").name
    'docx'
    >>> data = render(document, "txt")                      # doctest: +SKIP

A writer takes a resolved tree (readers and `draft` resolve it) and never changes it. A text
writer is `write(doc) -> str`; a binary writer is `write(doc, settings) -> bytes`, `settings`
being its own options object (`DocxSettings` for DOCX) or None for the defaults.

Adding a format means adding one writer module and one `register(OutputFormat(...))` line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from .errors import OrdinanceError

if TYPE_CHECKING:
    from .document import Document


class UnknownFormatError(OrdinanceError, ValueError):
    """A format name or output file suffix that no registered writer handles."""


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format and the writer that produces it."""

    name: str  # what -f/--format accepts: "md", "docx", "txt"
    suffixes: tuple[str, ...]  # lower-case, with the dot: (".md", ".markdown")
    binary: bool  # bytes (a package such as .docx) rather than UTF-8 text
    writer: str  # "module:function", relative to the ordinance package
    description: str

    def load_writer(self) -> Callable[..., str | bytes]:
        """The writer function, imported now."""
        module, function = self.writer.split(":")
        writer: Callable[..., str | bytes] = getattr(
            importlib.import_module(module, __package__), function
        )
        return writer


_REGISTRY: dict[str, OutputFormat] = {}


def register(output_format: OutputFormat) -> None:
    """Add a format (or replace the one of the same name); its suffixes must be new."""
    for other in _REGISTRY.values():
        shared = set(other.suffixes) & set(output_format.suffixes)
        if other.name != output_format.name and shared:
            raise ValueError(f"suffix {sorted(shared)[0]} already belongs to {other.name}")
    _REGISTRY[output_format.name] = output_format


register(
    OutputFormat(
        name="md",
        suffixes=(".md", ".markdown"),
        binary=False,
        writer=".writers.markdown:write_markdown",
        description="the canonical Markdown draft",
    )
)
register(
    OutputFormat(
        name="docx",
        suffixes=(".docx",),
        binary=True,
        writer=".writers.docx:write_docx",
        description="a Word document",
    )
)
register(
    OutputFormat(
        name="txt",
        suffixes=(".txt",),
        binary=False,
        writer=".writers.text:write_text",
        description="plain text, as the printed ordinance reads",
    )
)


def output_formats() -> list[OutputFormat]:
    """Every registered format, in the order registered (the first is the default)."""
    return list(_REGISTRY.values())


def format_names() -> list[str]:
    return list(_REGISTRY)


def _known() -> str:
    return ", ".join(f"{f.name} ({' '.join(f.suffixes)})" for f in _REGISTRY.values())


def get_format(name: str) -> OutputFormat:
    """The format of this name; UnknownFormatError naming the known ones otherwise."""
    try:
        return _REGISTRY[name.lower()]
    except KeyError:
        raise UnknownFormatError(f"unknown format {name!r}; known formats: {_known()}") from None


def format_for_path(path: str | PurePath) -> OutputFormat:
    """The format a file name asks for by its suffix; UnknownFormatError naming the known ones."""
    suffix = PurePath(path).suffix.lower()
    for output_format in _REGISTRY.values():
        if suffix in output_format.suffixes:
            return output_format
    what = f"suffix {suffix!r}" if suffix else "no suffix"
    raise UnknownFormatError(f"{path}: {what} names no known format; known formats: {_known()}")


def require_resolved(doc: Document) -> None:
    """A writer prints the numbers, labels and ids `resolve` computed; refuse a tree without."""
    from .document import require_resolved as check

    check(doc)


def render_text(doc: Document, format_name: str) -> str:
    """The resolved tree written in a text format ("md", "txt")."""
    output_format = get_format(format_name)
    if output_format.binary:
        raise UnknownFormatError(f"{output_format.name} is not a text format")
    require_resolved(doc)
    text = output_format.load_writer()(doc)
    assert isinstance(text, str)
    return text


def render(doc: Document, format_name: str, settings: Any = None) -> bytes:
    """The resolved tree written in any format, as bytes (text formats encoded as UTF-8).

    `settings` goes to binary writers only (e.g. a `DocxSettings` for "docx").
    """
    output_format = get_format(format_name)
    if not output_format.binary:
        return render_text(doc, format_name).encode("utf-8")
    require_resolved(doc)
    data = output_format.load_writer()(doc, settings)
    assert isinstance(data, bytes)
    return data


__all__ = [
    "OutputFormat",
    "UnknownFormatError",
    "format_for_path",
    "format_names",
    "get_format",
    "output_formats",
    "register",
    "render",
    "render_text",
]
