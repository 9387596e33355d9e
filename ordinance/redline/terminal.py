"""The change set as a short report for a terminal: counts, then one line a change.

Colour (red deletions, green insertions) only when asked, i.e. when writing to a terminal.
"""

from __future__ import annotations

from ..comparison import Change, ChangeSet, Kind, Op, Row
from .common import counts_line, excerpt, rows_by_change

_RED, _GREEN, _BOLD, _DIM, _RESET = "\x1b[31m", "\x1b[32m", "\x1b[1m", "\x1b[2m", "\x1b[0m"
_WIDTH = 100


def write_summary(changes: ChangeSet, color: bool = False) -> str:
    """A readable summary: which versions, how much changed, then each change."""
    paint = _Paint(color)
    lines = [
        f"--- {_describe(changes.old.source, changes.old.label)}",
        f"+++ {_describe(changes.new.source, changes.new.label)}",
        paint.bold(counts_line(changes)),
    ]
    by_change = rows_by_change(changes)
    for change in changes.changes:
        lines.append(_headline(change))
        detail = _detail(change, by_change.get(change.number, []), paint)
        if detail:
            lines.append("      " + detail)
    return "\n".join(lines) + "\n"


def _describe(source: str, label: str) -> str:
    return f"{source} ({label})" if source else label


def _headline(change: Change) -> str:
    kinds = ", ".join(kind.value for kind in change.kinds)
    line = f"{change.number:>4}  {kinds:<22} {change.where}"
    if Kind.RENUMBERED in change.kinds and change.old_label != change.new_label:
        line += f"  (was {change.old_label})"
    return line


def _detail(change: Change, rows: list[Row], paint: _Paint) -> str:
    """The words that changed, with a little context; nothing for a pure move or renumbering."""
    if change.kinds == (Kind.INSERTED,) or change.kinds == (Kind.DELETED,):
        text = change.new_text or change.old_text
        return paint.op(Op.INSERT if change.new_text else Op.DELETE, _clip(text.split("\n")[0]))
    if Kind.REWORDED not in change.kinds:
        return ""
    pieces = []
    for row in rows:
        for span in excerpt(row.spans):
            if not span.number:
                pieces.append(paint.op(span.op, span.text.replace("\n", " ")))
    # The plain marks bring their own spacing; the words around them keep theirs: one space.
    return _clip(" ".join("".join(pieces).split()), keep_codes=paint.color)


def _clip(text: str, keep_codes: bool = False) -> str:
    # Colour codes take no room on screen, so a coloured line is left whole.
    if keep_codes or len(text) <= _WIDTH:
        return text
    return text[: _WIDTH - 1] + "…"


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def bold(self, text: str) -> str:
        return f"{_BOLD}{text}{_RESET}" if self.color else text

    def op(self, op: Op, text: str) -> str:
        if op is Op.EQUAL:
            return f"{_DIM}{text}{_RESET}" if self.color else text
        if self.color:
            return f"{_RED if op is Op.DELETE else _GREEN}{text}{_RESET}"
        # Without colour, the same marks the Markdown redline uses.
        return f"[-{text.strip()}-] " if op is Op.DELETE else f"{{+{text.strip()}+}} "
