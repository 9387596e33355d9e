"""The redline as one self-contained HTML page: no external resources, printable.

A summary table links to each change; the redline shows inline (deletions struck before
insertions underlined) or side by side (old | new); moved text links to where it came from and
where it went; `j`/`n` and `k`/`p` (or the buttons) step to the next and previous change.
"""

from __future__ import annotations

from html import escape

from ..comparison import ChangeSet, Op, Row, RowStatus, Span, UnitKind
from ..document import Role
from .common import counts_line

_STYLE = """
:root { --ins: #0b6b2e; --ins-bg: #e3f5e8; --del: #a3161c; --del-bg: #fbe4e4; --mv: #1d4f91; }
body { font: 16px/1.5 "Times New Roman", Georgia, serif; margin: 0 auto; max-width: 72rem;
       padding: 0 1.5rem 4rem; color: #111; }
header { position: sticky; top: 0; background: #fff; border-bottom: 1px solid #ccc;
         padding: .5rem 0; z-index: 1; }
h1 { font-size: 1.3rem; margin: .3rem 0; }
.versions, .counts { margin: .2rem 0; font-family: system-ui, sans-serif; font-size: .9rem; }
nav button { font: .85rem system-ui, sans-serif; margin-right: .3rem; }
nav button[aria-pressed="true"] { font-weight: bold; }
table.summary { border-collapse: collapse; font: .85rem system-ui, sans-serif; margin: 1rem 0; }
table.summary td, table.summary th { border-bottom: 1px solid #ddd; padding: .2rem .6rem;
                                     text-align: left; vertical-align: top; }
ins { color: var(--ins); background: var(--ins-bg); text-decoration: underline; }
del { color: var(--del); background: var(--del-bg); text-decoration: line-through; }
.number { font-style: italic; }
.row { margin: .6rem 0; }
.row.heading { font-weight: bold; margin-top: 1.4rem; }
.row.level-1 { margin-left: 2rem; } .row.level-2 { margin-left: 4rem; }
.row.level-3 { margin-left: 6rem; }
.row.note { border-left: 3px solid #999; padding-left: .8rem; font-style: italic; }
.row.title, .row.caption { text-align: center; font-weight: bold; }
.row.changed, .row.inserted, .row.deleted { border-left: 3px solid #c90; padding-left: .5rem; }
.row.moved-from, .row.moved-to { border-left: 3px solid var(--mv); padding-left: .5rem; }
.move { font: .8rem system-ui, sans-serif; color: var(--mv); margin-right: .4rem; }
.current { outline: 2px solid var(--mv); outline-offset: 4px; }
table.side { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.side td { vertical-align: top; padding: .3rem .6rem; border-bottom: 1px solid #eee; }
table.side th { text-align: left; font: .9rem system-ui, sans-serif; }
body.inline-mode .side { display: none; }
body.side-mode .inline { display: none; }
@media print {
  header { position: static; } nav { display: none; }
  body.side-mode .inline { display: block; } body .side { display: none !important; }
  .current { outline: none; }
}
"""

_SCRIPT = """
(function () {
  var body = document.body, current = -1;
  function targets() {
    var view = body.classList.contains('side-mode') ? '.side' : '.inline';
    return Array.prototype.slice.call(document.querySelectorAll(view + ' [data-first]'));
  }
  function go(step) {
    var list = targets();
    if (!list.length) { return; }
    if (current >= 0 && current < list.length) { list[current].classList.remove('current'); }
    current = Math.max(0, Math.min(list.length - 1, current + step));
    list[current].classList.add('current');
    list[current].scrollIntoView({block: 'center'});
  }
  function view(mode) {
    body.classList.remove('inline-mode', 'side-mode');
    body.classList.add(mode + '-mode');
    document.getElementById('view-inline').setAttribute('aria-pressed', String(mode === 'inline'));
    document.getElementById('view-side').setAttribute('aria-pressed', String(mode === 'side'));
    current = -1;
  }
  document.getElementById('view-inline').addEventListener('click', function () { view('inline'); });
  document.getElementById('view-side').addEventListener('click', function () { view('side'); });
  document.getElementById('next').addEventListener('click', function () { go(1); });
  document.getElementById('previous').addEventListener('click', function () { go(-1); });
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === 'j' || event.key === 'n') { go(1); }
    if (event.key === 'k' || event.key === 'p') { go(-1); }
  });
}());
"""


def write_html(changes: ChangeSet) -> str:
    """The whole page as text (UTF-8 when written)."""
    title = f"Changes to {changes.new.title}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>",
        '<body class="inline-mode"><header>',
        f"<h1>{escape(title)}</h1>",
        f'<p class="versions">Old: {_version(changes.old.source, changes.old.label)}<br>'
        f"New: {_version(changes.new.source, changes.new.label)}</p>",
        f'<p class="counts">{escape(counts_line(changes))}</p>',
        '<nav><button id="view-inline" aria-pressed="true">Inline</button>'
        '<button id="view-side" aria-pressed="false">Side by side</button>'
        '<button id="previous" title="k or p">Previous change</button>'
        '<button id="next" title="j or n">Next change</button></nav>',
        "</header>",
    ]
    if changes.old.comments or changes.new.comments:
        parts.append(_comments(changes))
    if changes.changes:
        parts.append(_summary(changes))
    parts.append('<main><div class="inline">')
    first_inline: set[int] = set()
    parts += [_inline_row(row, first_inline) for row in changes.rows]
    parts.append('</div><table class="side"><thead><tr><th>Old</th><th>New</th></tr></thead>')
    first_side: set[int] = set()
    parts += [_side_row(row, first_side) for row in changes.rows]
    parts.append(f"</table></main><script>{_SCRIPT}</script></body></html>")
    return "\n".join(parts) + "\n"


def _comments(changes: ChangeSet) -> str:
    """A reviewer's margin comments, as a list above the summary."""
    items = []
    for side, version in (("old", changes.old), ("new", changes.new)):
        for comment in version.comments:
            about = f" on “{comment.anchor}”" if comment.anchor else ""
            where = f" ({comment.block}, {side} version)" if comment.block else f" ({side} version)"
            items.append(
                f"<li><strong>{escape(comment.author or 'unknown')}</strong>"
                f"{escape(about)}: {escape(comment.text)}{escape(where)}</li>"
            )
    return '<section class="comments"><h2>Comments</h2><ul>' + "".join(items) + "</ul></section>"


def _version(source: str, label: str) -> str:
    return escape(f"{label} ({source})" if source else label)


def _summary(changes: ChangeSet) -> str:
    rows = [
        '<table class="summary"><thead><tr><th>#</th><th>Change</th><th>Where</th>'
        "<th>Words</th></tr></thead><tbody>"
    ]
    for change in changes.changes:
        kinds = ", ".join(kind.value for kind in change.kinds)
        rows.append(
            f'<tr data-change="{change.number}"><td><a href="#change-{change.number}">'
            f"{change.number}</a></td><td>{escape(kinds)}</td><td>{escape(change.where)}</td>"
            f"<td>+{change.words_inserted} / −{change.words_deleted}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _classes(row: Row) -> str:
    style = row.style
    names = ["row", row.status.value, style.kind.value]
    if style.kind is UnitKind.SUBDIVISION:
        names.append(f"level-{style.level}")
    if style.role is not None:
        names.append(style.role.value)
    return " ".join(names)


def _marker(row: Row, seen: set[int], prefix: str) -> str:
    """Attributes naming the changes a row shows; the first row of a change is its target."""
    if not row.changes:
        return ""
    numbers = " ".join(str(n) for n in row.changes)
    attrs = f' data-change="{numbers}"'
    fresh = [n for n in row.changes if n not in seen]
    if fresh:
        seen.update(fresh)
        attrs += f' id="{prefix}change-{fresh[0]}" data-first="1"'
    return attrs


def _inline_row(row: Row, seen: set[int]) -> str:
    tag = "h2" if row.style.kind is UnitKind.HEADING and row.style.depth == 0 else "p"
    if row.style.kind is UnitKind.HEADING and row.style.depth > 0:
        tag = "h3"
    content = _move_link(row, "") + _content(row, (Op.EQUAL, Op.INSERT, Op.DELETE))
    return f'<{tag} class="{_classes(row)}"{_marker(row, seen, "")}>{content}</{tag}>'


def _side_row(row: Row, seen: set[int]) -> str:
    marker = _marker(row, seen, "side-")
    old_ops, new_ops = (Op.EQUAL, Op.DELETE), (Op.EQUAL, Op.INSERT)
    status = row.status
    old = "" if status is RowStatus.INSERTED else _content(row, old_ops)
    new = "" if status in (RowStatus.DELETED, RowStatus.MOVED_FROM) else _content(row, new_ops)
    if status is RowStatus.MOVED_FROM:
        new = _move_link(row, "side-")
    elif status is RowStatus.MOVED_TO:
        old = _move_link(row, "side-")
    cls = _classes(row)
    return f'<tr{marker}><td class="{cls}">{old}</td><td class="{cls}">{new}</td></tr>'


def _move_link(row: Row, prefix: str) -> str:
    if row.status is RowStatus.MOVED_FROM:
        return (
            f'<a class="move" id="{prefix}move-{row.move}-from" '
            f'href="#{prefix}move-{row.move}-to">moved from here: go to its new place</a>'
        )
    if row.status is RowStatus.MOVED_TO:
        return (
            f'<a class="move" id="{prefix}move-{row.move}-to" '
            f'href="#{prefix}move-{row.move}-from">moved here: go to where it stood</a>'
        )
    return ""


def _content(row: Row, ops: tuple[Op, ...]) -> str:
    label = "".join(_span(s) for s in row.label if s.op in ops)
    text = "".join(_span(s) for s in row.spans if s.op in ops)
    if row.status is RowStatus.CHANGED and row.mark is not Op.EQUAL and row.mark in ops:
        text += _span(Span(row.mark, " ¶"))
    if row.style.role is Role.SIGNATURE:
        text = text.replace("\n", "<br>")
    return f"{label} {text}" if label else text


def _span(span: Span) -> str:
    text = escape(span.text).replace("\n", "<br>")
    cls = ' class="number"' if span.number else ""
    if span.op is Op.INSERT:
        return f"<ins{cls}>{text}</ins>"
    if span.op is Op.DELETE:
        return f"<del{cls}>{text}</del>"
    return text
