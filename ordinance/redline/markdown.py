"""The redline as Markdown: ~~struck~~ deletions before <ins>inserted</ins> text.

Both marks read plainly in an editor and render on code hosts (GitHub, GitLab). The file starts
with a table of the changes, then prints the whole new version with the changes marked.
"""

from __future__ import annotations

from ..comparison import ChangeSet, Op, Row, RowStatus, Span, UnitKind
from ..document import Role
from ..mdsyntax import escape_inline, escape_line_start
from .common import counts_line

_LEGEND = (
    "Deleted text is ~~struck through~~ and inserted text is <ins>marked</ins>, deletions "
    "first. A number that changed only because of renumbering shows the old number struck."
)


def write_markdown(changes: ChangeSet) -> str:
    out = [
        f"# Changes to {escape_inline(changes.new.title)}",
        f"Old: {_version(changes.old.source, changes.old.label)}\\\n"
        f"New: {_version(changes.new.source, changes.new.label)}",
        escape_inline(counts_line(changes)) + ".",
    ]
    if changes.changes:
        table = ["| # | Change | Where | Words + / − |", "|---:|---|---|---|"]
        for change in changes.changes:
            kinds = ", ".join(kind.value for kind in change.kinds)
            where = escape_inline(change.where).replace("|", "\\|")
            words = f"+{change.words_inserted} / −{change.words_deleted}"
            table.append(f"| {change.number} | {kinds} | {where} | {words} |")
        out += ["\n".join(table), _LEGEND, "---"]
        noted: set[tuple[int, RowStatus]] = set()
        for row in changes.rows:
            out.append(_row(row, noted))
    return "\n\n".join(out) + "\n"


def _version(source: str, label: str) -> str:
    text = f"{label} ({source})" if source else label
    return escape_inline(text)


def _row(row: Row, noted: set[tuple[int, RowStatus]]) -> str:
    label = _spans(row.label)
    text = _spans(row.spans)
    if row.style.kind is UnitKind.HEADING:
        return f"{'#' * (row.style.depth + 2)} {label} {text}".rstrip()
    body = f"{label} {text}" if label else text
    body = escape_line_start(body) if not body.startswith(("~~", "<ins>")) else body
    # One note per moved section or clause, on its first paragraph at each end.
    note = _move_note(row)
    first = row.changes[:1]
    if note and first and (first[0], row.status) not in noted:
        noted.add((first[0], row.status))
        body = f"{note} {body}"
    if row.style.role is Role.NOTE:
        body = "> " + body.replace("\\\n", "\\\n> ")
    # A split or joined paragraph: the paragraph break that was added or removed.
    if row.status is RowStatus.CHANGED and row.mark is not Op.EQUAL:
        body += " <ins>¶</ins>" if row.mark is Op.INSERT else " ~~¶~~"
    return body


def _move_note(row: Row) -> str:
    if row.status is RowStatus.MOVED_FROM:
        return "*(moved away from here)*"
    if row.status is RowStatus.MOVED_TO:
        return "*(moved here)*"
    return ""


def _spans(spans: tuple[Span, ...]) -> str:
    # Neighbouring spans of one kind print as one mark: "~~a~~~~b~~" would not render.
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1].op is span.op:
            merged[-1] = Span(span.op, merged[-1].text + span.text)
        else:
            merged.append(span)
    return "".join(_span(span) for span in merged).strip()


def _span(span: Span) -> str:
    lines = [escape_inline(line) for line in span.text.split("\n")]
    if span.op is Op.EQUAL:
        return "\\\n".join(lines)
    return "\\\n".join(_mark(line, span.op) for line in lines)


def _mark(text: str, op: Op) -> str:
    # A closing ~~ after a space does not close, so spacing goes outside the marks.
    core = text.strip()
    if not core:
        return text
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() else ""
    marked = f"~~{core}~~" if op is Op.DELETE else f"<ins>{core}</ins>"
    return f"{lead}{marked}{trail}"
