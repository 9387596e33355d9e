"""Comparing two versions of an ordinance: `diff(old, new)` returns a `ChangeSet`.

Also `ordinance.diff`. The package is not named `diff` so that the function can be.

    >>> from ordinance import diff, read_markdown                          # doctest: +SKIP
    >>> changes = diff(read_markdown(old_text), read_markdown(new_text))   # doctest: +SKIP
    >>> changes.summary.counts                                              # doctest: +SKIP

Blocks are aligned by their stable ids, then by content; numbers are labels, so a renumbered
section is one renumbering and a moved one is a move. Redline writers (`ordinance.redline`)
render the change set.
"""

from __future__ import annotations

from .changes import Change, ChangeSet, Kind, Row, RowStatus, Summary, Version, diff
from .units import Style, UnitKind
from .words import Op, Span

__all__ = [
    "Change",
    "ChangeSet",
    "Kind",
    "Op",
    "Row",
    "RowStatus",
    "Span",
    "Style",
    "Summary",
    "UnitKind",
    "Version",
    "diff",
]
