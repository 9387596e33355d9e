"""What several redline writers share: a change's rows, short excerpts, kind names."""

from __future__ import annotations

from collections import defaultdict

from ..comparison import ChangeSet, Op, Row, Span


def rows_by_change(changes: ChangeSet) -> dict[int, list[Row]]:
    """Each change's rows, in reading order."""
    found: dict[int, list[Row]] = defaultdict(list)
    for row in changes.rows:
        for number in row.changes:
            found[number].append(row)
    return found


def counts_line(changes: ChangeSet) -> str:
    """'16 changes: 1 moved, 2 reworded ...; 7 words inserted, 79 deleted'."""
    summary = changes.summary
    if not summary.changes:
        return "no changes"
    kinds = ", ".join(f"{n} {kind.value}" for kind, n in summary.counts.items() if n)
    plural = "change" if summary.changes == 1 else "changes"
    return (
        f"{summary.changes} {plural}: {kinds}; {summary.words_inserted} words inserted, "
        f"{summary.words_deleted} deleted"
    )


def excerpt(spans: tuple[Span, ...] | list[Span], context: int = 4, limit: int = 12) -> list[Span]:
    """The changed spans of a row with a few words of context either side, for a summary."""
    changed = [i for i, span in enumerate(spans) if span.op is not Op.EQUAL]
    if not changed:
        return []
    first, last = changed[0], changed[min(len(changed), limit) - 1]
    out: list[Span] = []
    for index in range(max(first - 1, 0), min(last + 2, len(spans))):
        span = spans[index]
        if span.op is not Op.EQUAL:
            out.append(span)
            continue
        words = span.text.split()
        if index < first:
            text = ("… " if len(words) > context else "") + " ".join(words[-context:]) + " "
        elif index > last:
            text = " " + " ".join(words[:context]) + (" …" if len(words) > context else "")
        elif len(words) > 2 * context:
            text = f" {' '.join(words[:context])} … {' '.join(words[-context:])} "
        else:
            text = span.text
        out.append(Span(Op.EQUAL, text))
    return out
