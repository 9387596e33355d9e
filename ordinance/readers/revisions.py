"""Tracked changes in WordprocessingML, resolved in place: every change accepted, or every one
rejected, as Word's "Accept All" / "Reject All" would leave the document.

What counts as a change (ECMA-376 Part 1, 17.13.5): inserted and deleted runs (`w:ins`, `w:del`,
deleted text in `w:delText`), moved runs (`w:moveFrom` / `w:moveTo` with their range markers),
inserted and deleted paragraph marks (`w:pPr/w:rPr/w:ins|w:del`), inserted and deleted table rows
(`w:trPr/w:ins|w:del`) and formatting changes (`w:rPrChange`, `w:pPrChange` and their table and
section kin), which hold the properties as they were before.

A paragraph whose mark is removed joins the paragraph after it. When it still has text of its
own it keeps its own properties (as LibreOffice and current Word do on joining); when nothing of it
is left it gives way to the next paragraph's, and its bookmarks (which named the deleted paragraph)
go with it.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(local: str) -> str:
    return f"{{{W}}}{local}"


# Whether two paragraphs must stay apart though the first one's mark was removed.
KeepApart = Callable[[etree._Element, etree._Element], bool]


def _never_apart(first: etree._Element, second: etree._Element) -> bool:
    return False


class Changes(StrEnum):
    """Which version of a document with tracked changes to read."""

    ACCEPT = "accept"  # the document as the reviewer left it (Word's Accept All)
    REJECT = "reject"  # the document before the reviewer's changes (Word's Reject All)


_INS, _DEL = _w("ins"), _w("del")
_MOVE_TO, _MOVE_FROM = _w("moveTo"), _w("moveFrom")
_BOOKMARK_START, _BOOKMARK_END, _ID = _w("bookmarkStart"), _w("bookmarkEnd"), _w("id")
_P, _PPR, _RPR, _TR, _TRPR = _w("p"), _w("pPr"), _w("rPr"), _w("tr"), _w("trPr")
_MARK_PARENTS = frozenset({_RPR, _TRPR, _w("numPr"), _w("tcPr")})
_RANGE_MARKERS = frozenset(
    _w(name)
    for name in (
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
    )
)
# Property changes whose "before" we restore on reject; the others (tables, sections, numbering)
# are layout the tree does not read, so they are simply dropped either way.
_RPR_CHANGE, _PPR_CHANGE = _w("rPrChange"), _w("pPrChange")
_OTHER_PROPERTY_CHANGES = frozenset(
    _w(name)
    for name in (
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "tblGridChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
)
_DELETED_TEXT = {_w("delText"): _w("t"), _w("delInstrText"): _w("instrText")}


def resolve_changes(root: etree._Element, changes: Changes, apart: KeepApart | None = None) -> int:
    """Accept or reject every tracked change under `root` in place; return how many there were.

    `apart(first, second)` may forbid joining two paragraphs that both still have text (a
    tracked redline of ours knows two blocks of the version read are never one paragraph).
    """
    accept = changes is Changes.ACCEPT
    kept_tags, dropped_tags = ((_INS, _MOVE_TO), (_DEL, _MOVE_FROM))
    if not accept:
        kept_tags, dropped_tags = dropped_tags, kept_tags
    count = 0
    content_changes: list[etree._Element] = []
    marks: list[etree._Element] = []
    for node in root.iter(_INS, _DEL, _MOVE_TO, _MOVE_FROM):
        parent = node.getparent()
        is_mark = parent is not None and parent.tag in _MARK_PARENTS
        (marks if is_mark else content_changes).append(node)
    count += len(content_changes) + len(marks)

    for node in content_changes:
        if node.tag in dropped_tags:
            _drop(node)
    for node in content_changes:
        if node.tag in kept_tags:
            if node.tag in (_DEL, _MOVE_FROM):
                _restore_deleted_text(node)
            _unwrap(node)
    for node in list(root.iter(*_RANGE_MARKERS)):
        _remove(node)

    count += _resolve_property_changes(root, accept)
    _resolve_marks(root, marks, kept_tags, dropped_tags, apart or _never_apart)
    return count


def count_changes(root: etree._Element) -> int:
    """How many tracked changes a part holds, without resolving them."""
    tags = (_INS, _DEL, _MOVE_TO, _MOVE_FROM, _RPR_CHANGE, _PPR_CHANGE, *_OTHER_PROPERTY_CHANGES)
    return sum(1 for _ in root.iter(*tags))


def _remove(node: etree._Element) -> None:
    parent = node.getparent()
    if parent is not None:
        parent.remove(node)


def _drop(node: etree._Element) -> None:
    """Remove changed content. A bookmark that only starts or only ends inside it stays where
    it was, as Word shrinks a bookmark whose text is partly removed (LibreOffice saves the
    start of a paragraph's bookmark inside a deletion that opens the paragraph); one wholly
    inside goes with it."""
    parent = node.getparent()
    if parent is None:
        return
    markers = list(node.iter(_BOOKMARK_START, _BOOKMARK_END))
    starts = {m.get(_ID) for m in markers if m.tag == _BOOKMARK_START}
    ends = {m.get(_ID) for m in markers if m.tag == _BOOKMARK_END}
    index = parent.index(node)
    for marker in markers:
        if marker.get(_ID) not in starts & ends:
            parent.insert(index, marker)  # moves it out of the node
            index += 1
    parent.remove(node)


def _unwrap(node: etree._Element) -> None:
    """Replace an element by its children."""
    parent = node.getparent()
    if parent is None:
        return
    index = parent.index(node)
    for child in reversed(list(node)):
        parent.insert(index, child)
    parent.remove(node)


def _restore_deleted_text(node: etree._Element) -> None:
    for old, new in _DELETED_TEXT.items():
        for text in node.iter(old):
            text.tag = new


def _resolve_property_changes(root: etree._Element, accept: bool) -> int:
    count = 0
    for change in list(root.iter(_RPR_CHANGE, _PPR_CHANGE, *_OTHER_PROPERTY_CHANGES)):
        count += 1
        if not accept and change.tag in (_RPR_CHANGE, _PPR_CHANGE):
            _restore_properties(change)
        _remove(change)
    return count


def _restore_properties(change: etree._Element) -> None:
    """Put back the properties a w:rPrChange or w:pPrChange recorded as they were before."""
    current = change.getparent()
    before = change.find(_RPR if change.tag == _RPR_CHANGE else _PPR)
    if current is None:
        return
    # A paragraph's mark properties, section break and the change itself are not part of the
    # recorded "before" (the schema leaves them out of it), so they stay.
    kept = {_RPR, _w("sectPr"), _PPR_CHANGE} if change.tag == _PPR_CHANGE else {_RPR_CHANGE}
    for child in list(current):
        if child.tag not in kept:
            current.remove(child)
    if before is not None:
        for index, child in enumerate(before):
            current.insert(index, child)


def _resolve_marks(
    root: etree._Element,
    marks: list[etree._Element],
    kept_tags: tuple[str, str],
    dropped_tags: tuple[str, str],
    apart: KeepApart,
) -> None:
    """Paragraph marks and table rows: a dropped mark joins its paragraph to the next one."""
    joins: list[etree._Element] = []
    for mark in marks:
        holder = mark.getparent()
        if holder is None:
            continue
        if holder.tag == _TRPR and mark.tag in dropped_tags:
            row = holder.getparent()
            if row is not None:
                _remove(row)
            continue
        if holder.tag == _RPR and mark.tag in dropped_tags:
            ppr = holder.getparent()
            paragraph = ppr.getparent() if ppr is not None else None
            if ppr is not None and ppr.tag == _PPR and paragraph is not None:
                joins.append(paragraph)
        _remove(mark)
    pending = set(joins)
    for paragraph in joins:
        while paragraph in pending:
            pending.discard(paragraph)
            absorbed = _join_with_next(paragraph, apart)
            if absorbed is not None and absorbed in pending:
                # The absorbed paragraph's own mark was dropped too: join on past it.
                pending.discard(absorbed)
                pending.add(paragraph)


def _join_with_next(paragraph: etree._Element, apart: KeepApart) -> etree._Element | None:
    """Join a paragraph to the next one; return the next one if it was absorbed into this."""
    following = paragraph.getnext()
    while following is not None and following.tag != _P and _is_marker(following):
        following = following.getnext()
    if following is None or following.tag != _P:
        return None  # the last paragraph of its cell or of the body: nothing to join
    if _has_text(paragraph):
        if apart(paragraph, following):
            return None
        for child in list(following):
            if child.tag != _PPR:
                paragraph.append(child)
        _remove(following)
        return following
    # Nothing of this paragraph is left. Its bookmarks go with it (they named the paragraph that
    # was deleted, not the one it joins); comment marks and the like move on into the next one.
    at = 1 if following.find(_PPR) is not None else 0
    for child in reversed([c for c in paragraph if c.tag not in _NOT_CARRIED]):
        following.insert(at, child)
    _remove(paragraph)
    return None


_NOT_CARRIED = frozenset({_PPR, _BOOKMARK_START, _BOOKMARK_END})


def _is_marker(node: etree._Element) -> bool:
    return node.tag in (_BOOKMARK_START, _BOOKMARK_END) or node.tag in _RANGE_MARKERS


def _has_text(paragraph: etree._Element) -> bool:
    if any((t.text or "").strip() for t in paragraph.iter(_w("t"))):
        return True
    return next(paragraph.iter(_w("tab")), None) is not None
