"""The library's errors. Every error the library raises derives from `OrdinanceError`, so a program
(and the CLI) can catch that one class. `InputError` is what every bad input becomes: one line a
problem, naming the file, line, column and field.

Kept free of heavy imports so that any module (the CLI, a writer) can raise or catch them cheaply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class OrdinanceError(Exception):
    """The base of every error the library raises on purpose; `str()` is the message to show."""


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    line: int
    column: int
    field: str
    message: str

    def __str__(self) -> str:
        # A command-line argument has no line: line 0 leaves the position out.
        where = f"{self.source}:{self.line}:{self.column}" if self.line else self.source
        return f"{where}: {self.field}: {self.message}"


class InputError(OrdinanceError, ValueError):
    """Bad input: a file that cannot be read, parsed or validated. `str()` is one line a problem."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)

    @classmethod
    def single(
        cls, source: str, message: str, field: str = "(file)", line: int = 1, column: int = 1
    ) -> InputError:
        return cls([Problem(source, line, column, field, message)])


class DocumentError(OrdinanceError, ValueError):
    """A draft that is well-formed Markdown but not a well-formed ordinance."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class TemplateError(OrdinanceError, RuntimeError):
    """A template that fails to render: names the template file and line."""


class UnknownStateError(InputError):
    """A state code with no shipped state profile (the CLI prints it as one line, exit 2)."""


class UnknownIdError(OrdinanceError, KeyError):
    """A node id the document does not have."""

    def __str__(self) -> str:  # KeyError would print the repr of its argument
        return str(self.args[0]) if self.args else "unknown id"


class OutputError(OrdinanceError, OSError):
    """An output file that cannot be written; still an OSError, with its errno and filename."""

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}" if self.filename else str(self.strerror)


class DependencyError(OrdinanceError, RuntimeError):
    """An optional package a feature needs is not installed."""
