"""The change set: what changed between two versions, and the redline's rows that show it.

A `ChangeSet` holds two views of one comparison:
- `changes`: one entry per change a reviewer would name (a section moved, a clause reworded, a
  subdivision renumbered), with its kinds, where it is, and the words inserted and deleted;
- `rows`: the redline itself, one per printed paragraph, in reading order (the new version, with
  deleted and moved-away text where it stood in the old one), each made of spans of unchanged,
  inserted and deleted words. Redline writers only render rows; they never compare anything.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..document import Document, DocumentInfo
from .align import Alignment, align
from .inputs import load_version
from .units import Style, Token, Unit, UnitKind, units
from .words import Op, Span, count_words, whole, word_diff

if TYPE_CHECKING:
    from ..readers.comments import Comment


class Kind(StrEnum):
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED = "moved"
    RENUMBERED = "renumbered"
    REWORDED = "reworded"
    SPLIT = "split"
    JOINED = "joined"


class RowStatus(StrEnum):
    SAME = "same"  # unchanged
    CHANGED = "changed"  # words or labels changed in place (spans say which)
    INSERTED = "inserted"
    DELETED = "deleted"
    MOVED_FROM = "moved-from"  # where moved text stood; its words are all deleted spans
    MOVED_TO = "moved-to"  # where it went; spans compare it with what stood at the origin


class Row(NamedTuple):
    """One paragraph of the redline."""

    status: RowStatus
    style: Style
    id: str  # the block's id (in the old version for deleted and moved-from rows)
    label: tuple[Span, ...]  # the number or label, "Section 4." or "(b)"
    spans: tuple[Span, ...]
    mark: Op = Op.EQUAL  # the paragraph mark: inserted when a split made it, deleted on a join
    changes: tuple[int, ...] = ()  # numbers of the changes shown in this row
    move: int = 0  # for moved rows: the number pairing origin and destination (1, 2 ...)
    # The old version's block this row shows: "" for inserted and moved-to rows and a split's
    # earlier pieces (a split's old block keeps the last piece's paragraph mark, as a join's new
    # block keeps the last piece's), so a writer can mark both versions' ids.
    old_id: str = ""

    @property
    def changed(self) -> bool:
        return self.status is not RowStatus.SAME


@dataclass(frozen=True, slots=True)
class Change:
    """One change between the versions, as a reviewer would name it ("Section 4(b) moved")."""

    number: int  # 1-based, in reading order of the redline
    kinds: tuple[Kind, ...]
    where: str  # "Section 4(b)" in the new version (the old one for deletions)
    old_ids: tuple[str, ...]
    new_ids: tuple[str, ...]
    old_label: str
    new_label: str
    old_text: str
    new_text: str
    words_inserted: int
    words_deleted: int


@dataclass(frozen=True, slots=True)
class Summary:
    """How many changes of each kind, and how many words were inserted and deleted."""

    counts: dict[Kind, int]  # changes of each kind (a change may have two kinds)
    changes: int
    words_inserted: int
    words_deleted: int


@dataclass(frozen=True, slots=True)
class Version:
    """Which version a side is: for headings and the JSON output."""

    title: str
    label: str  # as the draft's running header prints it
    source: str  # the file it was read from, if any
    info: DocumentInfo  # the front matter, for writers that print it (DOCX properties)
    # A reviewer's margin comments, when the version is a Word file (`with_comments`).
    comments: tuple[Comment, ...] = ()
    # The tree itself, for a writer that carries it along (the tracked DOCX embeds both
    # versions' ids and front matter, so that it reads back as either).
    document: Document | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """What changed between two versions of an ordinance: what `ordinance.diff` returns.

    `changes` lists each change once, in the new version's reading order, with its kinds
    (inserted, deleted, moved, renumbered, reworded, split, joined), where it is, and the words
    inserted and deleted; `rows` is the redline itself, every printed paragraph of both
    versions with its marked spans, which the redline writers render; `summary` counts them.
    """

    old: Version
    new: Version
    changes: tuple[Change, ...]
    rows: tuple[Row, ...]
    summary: Summary

    @property
    def identical(self) -> bool:
        return not self.changes


def diff(
    old: Document | str | Path,
    new: Document | str | Path,
    old_source: str = "",
    new_source: str = "",
) -> ChangeSet:
    """Compare two versions of an ordinance: aligned by id, then by content.

    Each version is a tree, or a file `load_version` reads (a draft, a jurisdiction file); the
    sources name the versions in the outputs (a file's path by default).
    """
    if not isinstance(old, Document):
        old_source = old_source or str(old)
        old = load_version(Path(old))
    if not isinstance(new, Document):
        new_source = new_source or str(new)
        new = load_version(Path(new))
    with _without_cycle_collection():
        old_units, new_units = units(old), units(new)
        rows, pending = _Redline(old_units, new_units, align(old_units, new_units)).build()
    changes = tuple(p.freeze() for p in pending)
    counts: Counter[Kind] = Counter(kind for change in changes for kind in change.kinds)
    summary = Summary(
        counts={kind: counts[kind] for kind in Kind},
        changes=len(changes),
        words_inserted=sum(c.words_inserted for c in changes),
        words_deleted=sum(c.words_deleted for c in changes),
    )
    return ChangeSet(_version(old, old_source), _version(new, new_source), changes, rows, summary)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """The comparison makes hundreds of thousands of tuples and no reference cycles; CPython's
    cycle collector would rescan every live object as they pile up, a cost that grows with the
    heap rather than with the documents. Paused, the diff's cost is linear in their size."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _version(doc: Document, source: str) -> Version:
    return Version(doc.info.title, doc.info.label, source, doc.info, document=doc)


# --------------------------------------------------------------------------- building


@dataclass(slots=True)
class _Pending:
    """A change being collected; numbered by where it first appears in the redline."""

    kinds: list[Kind]
    where: str
    old: list[Unit] = field(default_factory=list)
    new: list[Unit] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    number: int = 0

    def add_kind(self, kind: Kind) -> None:
        if kind not in self.kinds:
            self.kinds.append(kind)

    def freeze(self) -> Change:
        return Change(
            number=self.number,
            kinds=tuple(self.kinds),
            where=self.where,
            old_ids=tuple(u.id for u in self.old),
            new_ids=tuple(u.id for u in self.new),
            old_label=self.old[0].label if self.old else "",
            new_label=self.new[0].label if self.new else "",
            old_text="\n".join(u.text for u in self.old),
            new_text="\n".join(u.text for u in self.new),
            words_inserted=count_words(self.spans, Op.INSERT),
            words_deleted=count_words(self.spans, Op.DELETE),
        )


_CUT = "\x00cut"  # a marker token where one paragraph ends and the next begins


@dataclass(slots=True)
class _Redline:
    old: list[Unit]
    new: list[Unit]
    alignment: Alignment
    rows_at: dict[int, list[tuple[Row, list[_Pending]]]] = field(default_factory=dict)
    after: dict[int, list[tuple[Row, list[_Pending]]]] = field(default_factory=dict)
    move_numbers: dict[int, int] = field(default_factory=dict)  # old index -> move number
    group_moves: dict[str, _Pending] = field(default_factory=dict)  # old section id -> change

    def build(self) -> tuple[tuple[Row, ...], list[_Pending]]:
        al = self.alignment
        old_of = {n: o for o, n in al.pairs.items()}
        # A split prints at its first piece; a moved one prints as a move and insertions.
        splits = {pieces[0]: o for o, pieces in al.splits.items() if o not in al.moved}
        consumed_new = {n for o in splits.values() for n in al.splits[o][1:]}
        for moved, _ in sorted(al.pairs.items(), key=lambda item: item[1]):
            if moved in al.moved:
                self.move_numbers[moved] = len(self.move_numbers) + 1
        for unit in self.new:
            n = unit.position
            if n in consumed_new:
                continue
            o = old_of.get(n)
            if n in splits:
                self.split(self.old[splits[n]], [self.new[i] for i in al.splits[splits[n]]])
            elif o is None:
                self.inserted(unit)
            elif o in al.moved:
                self.moved_to(self.old[o], unit)
            elif n in al.joins:
                self.join([self.old[i] for i in al.joins[n]], unit)
            else:
                self.in_place(self.old[o], unit)
        self.old_only()
        return self.number()

    # ---- rows of the new version

    def put(self, n: int, row: Row, pending: list[_Pending]) -> None:
        self.rows_at.setdefault(n, []).append((row, pending))

    def inserted(self, unit: Unit) -> None:
        previous = self.rows_at.get(unit.position - 1) or []
        last = previous[-1] if previous else None
        change: _Pending
        if (
            last is not None
            and last[0].status is RowStatus.INSERTED
            and unit.style.kind is not UnitKind.HEADING
            and unit.group in (self.new[unit.position - 1].group, self.new[unit.position - 1].id)
        ):
            change = last[1][0]  # more of the same insertion (a section's clauses)
        else:
            change = _Pending([Kind.INSERTED], unit.place)
        change.new.append(unit)
        spans = whole(unit.segments, Op.INSERT)
        change.spans += spans
        label = _label(Op.INSERT, unit.label)
        self.put(
            unit.position,
            Row(RowStatus.INSERTED, unit.style, unit.id, label, tuple(spans), Op.INSERT),
            [change],
        )

    def in_place(self, old: Unit, new: Unit) -> None:
        kinds = _kinds(old, new)
        if not kinds:
            row = Row(
                RowStatus.SAME,
                new.style,
                new.id,
                _label(Op.EQUAL, new.label),
                tuple(whole(new.segments, Op.EQUAL)),
                old_id=old.id,
            )
            self.put(new.position, row, [])
            return
        spans = word_diff(old.tokens(), new.tokens())
        change = _Pending(kinds, new.place, [old], [new], spans)
        row = Row(
            RowStatus.CHANGED,
            new.style,
            new.id,
            _relabel(old.label, new.label),
            tuple(spans),
            old_id=old.id,
        )
        self.put(new.position, row, [change])

    def moved_to(self, old: Unit, new: Unit) -> None:
        if old.segments == new.segments:  # most moved text moves unchanged
            spans = whole(new.segments, Op.EQUAL)
        else:
            spans = word_diff(old.tokens(), new.tokens())
        pending: list[_Pending] = []
        section_move = self.group_moves.get(old.group)
        if (
            old.style.kind is not UnitKind.HEADING
            and section_move is not None
            and new.group == section_move.new[0].id
        ):
            # Carried along with its section: the section's move covers it.
            pending.append(section_move)
            kinds = _kinds(old, new)
            if kinds:
                pending.append(_Pending(kinds, new.place, [old], [new], spans))
        else:
            change = _Pending([Kind.MOVED, *_kinds(old, new)], new.place, [old], [new], spans)
            if old.style.kind is UnitKind.HEADING:
                self.group_moves[old.id] = change
            pending.append(change)
        row = Row(
            RowStatus.MOVED_TO,
            new.style,
            new.id,
            _relabel(old.label, new.label),
            tuple(spans),
            Op.INSERT,
            move=self.move_numbers[old.position],
        )
        self.put(new.position, row, pending)

    def split(self, old: Unit, pieces: list[Unit]) -> None:
        tokens: list[Token] = []
        for index, piece in enumerate(pieces):
            if index:
                tokens.append(Token("", _CUT, _CUT))
            tokens += piece.tokens()
        spans = word_diff(old.tokens(), tokens)
        kinds = [Kind.SPLIT]
        if old.keys != tuple(t.key for t in tokens if t.key != _CUT):
            kinds.append(Kind.REWORDED)
        change = _Pending(kinds, pieces[0].place, [old], list(pieces), spans)
        parts = _cut(spans, Op.INSERT)
        for index, (piece, part) in enumerate(zip(pieces, parts, strict=True)):
            label = (
                _relabel(old.label, piece.label) if index == 0 else _label(Op.INSERT, piece.label)
            )
            last = index == len(pieces) - 1
            mark, old_id = (Op.EQUAL, old.id) if last else (Op.INSERT, "")
            self.put(
                piece.position,
                Row(
                    RowStatus.CHANGED,
                    piece.style,
                    piece.id,
                    label,
                    tuple(part),
                    mark,
                    old_id=old_id,
                ),
                [change],
            )

    def join(self, pieces: list[Unit], new: Unit) -> None:
        tokens: list[Token] = []
        for index, piece in enumerate(pieces):
            if index:
                tokens.append(Token("", _CUT, _CUT))
            tokens += piece.tokens()
        spans = word_diff(tokens, new.tokens())
        kinds = [Kind.JOINED]
        if new.keys != tuple(t.key for t in tokens if t.key != _CUT):
            kinds.append(Kind.REWORDED)
        change = _Pending(kinds, new.place, list(pieces), [new], spans)
        parts = _cut(spans, Op.DELETE)
        for index, (piece, part) in enumerate(zip(pieces, parts, strict=True)):
            last = index == len(pieces) - 1
            label = (
                _relabel(piece.label, new.label) if index == 0 else _label(Op.DELETE, piece.label)
            )
            style, mark = (new.style, Op.EQUAL) if last else (piece.style, Op.DELETE)
            self.put(
                new.position,
                Row(
                    RowStatus.CHANGED,
                    style,
                    new.id if last else piece.id,
                    label,
                    tuple(part),
                    mark,
                    old_id=piece.id,
                ),
                [change],
            )

    # ---- rows of the old version: deleted and moved-away text, where it stood

    def old_only(self) -> None:
        al = self.alignment
        # A moved join's other pieces print as deleted where they stood.
        in_join = {
            o: n
            for n, pieces in al.joins.items()
            if not any(piece in al.moved for piece in pieces)
            for o in pieces
        }
        anchor = -1
        deleting: _Pending | None = None
        previous: Unit | None = None
        for unit in self.old:
            o = unit.position
            n = al.pairs.get(o)
            if o in al.moved:
                self.after.setdefault(anchor, []).append(self.moved_from(unit))
                deleting = None
            elif n is not None:
                anchor = al.splits[o][-1] if o in al.splits else n
                deleting = None
            elif o in in_join:
                anchor = in_join[o]
                deleting = None
            else:
                same = (
                    deleting is not None
                    and previous is not None
                    and unit.style.kind is not UnitKind.HEADING
                    and unit.group in (previous.group, previous.id)
                )
                if not same:
                    deleting = _Pending([Kind.DELETED], unit.place)
                assert deleting is not None
                deleting.old.append(unit)
                spans = whole(unit.segments, Op.DELETE)
                deleting.spans += spans
                row = Row(
                    RowStatus.DELETED,
                    unit.style,
                    unit.id,
                    _label(Op.DELETE, unit.label),
                    tuple(spans),
                    Op.DELETE,
                    old_id=unit.id,
                )
                self.after.setdefault(anchor, []).append((row, [deleting]))
            previous = unit

    def moved_from(self, unit: Unit) -> tuple[Row, list[_Pending]]:
        row = Row(
            RowStatus.MOVED_FROM,
            unit.style,
            unit.id,
            _label(Op.DELETE, unit.label),
            tuple(whole(unit.segments, Op.DELETE)),
            Op.DELETE,
            move=self.move_numbers[unit.position],
            old_id=unit.id,
        )
        n = self.alignment.pairs[unit.position]
        # The destination's change(s), looked up once the new side is built.
        return row, [p for _, ps in self.rows_at.get(n, []) for p in ps][:1]

    # ---- reading order and numbering

    def number(self) -> tuple[tuple[Row, ...], list[_Pending]]:
        ordered: list[tuple[Row, list[_Pending]]] = list(self.after.get(-1, []))
        for n in range(len(self.new)):
            ordered += self.rows_at.get(n, [])
            ordered += self.after.get(n, [])
        numbered: list[_Pending] = []
        rows: list[Row] = []
        for row, pending in ordered:
            for change in pending:
                if not change.number:
                    numbered.append(change)
                    change.number = len(numbered)
            rows.append(_with_changes(row, tuple(c.number for c in pending)))
        return tuple(rows), numbered


def _with_changes(row: Row, numbers: tuple[int, ...]) -> Row:
    return row._replace(changes=numbers) if numbers else row


def _kinds(old: Unit, new: Unit) -> list[Kind]:
    kinds: list[Kind] = []
    if old.keys != new.keys:
        kinds.append(Kind.REWORDED)
    citations_renumbered = [s.text.strip() for s in old.segments if s.link] != [
        s.text.strip() for s in new.segments if s.link
    ]
    if old.label != new.label or (not kinds and citations_renumbered):
        kinds.append(Kind.RENUMBERED)
    return kinds


def _label(op: Op, label: str) -> tuple[Span, ...]:
    return (Span(op, label, number=op is not Op.EQUAL),) if label else ()


def _relabel(old: str, new: str) -> tuple[Span, ...]:
    if old == new:
        return _label(Op.EQUAL, new)
    return _label(Op.DELETE, old) + _label(Op.INSERT, new)


def _cut(spans: list[Span], op: Op) -> list[list[Span]]:
    """Spans split at the cut markers that `op` carries (inserted for a split, deleted for a
    join): one list per paragraph."""
    parts: list[list[Span]] = [[]]
    for span in spans:
        if span.link == _CUT:
            parts.append([])
        else:
            parts[-1].append(span)
    assert all(s.op is op for s in spans if s.link == _CUT)
    return parts
