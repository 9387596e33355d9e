"""Aligning two versions' units: by id first, then by content; then which pairs moved.

Every step is linear or n log n in the number of units, so that a long document, a long section
or many small moves cost about what a short one does:
- ids: a dictionary look-up;
- identical content: a dictionary keyed by the words;
- similar content (a reworded clause whose derived id changed): candidates share a rare word
  (one that few unmatched units hold), scored by `similarity`;
- renamed headings: the section whose clauses went to the same new section;
- splits and joins: a neighbour's words completing a pair's;
- moves: the heaviest increasing subsequence (sections weighed by their size, then units within
  a section) stays in place; the rest moved.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .units import CLOSING_GROUP, PREAMBLE_GROUP, Unit, UnitKind
from .words import similarity

REWORDED_AT_LEAST = 0.5  # unmatched units this alike are one unit reworded
PIECES_AT_LEAST = 0.8  # a split's pieces together must be this alike to the whole
_RARE = 8  # a word held by more unmatched units than this proposes no candidates


@dataclass(slots=True)
class Alignment:
    pairs: dict[int, int] = field(default_factory=dict)  # old index -> new index
    # A split: old -> all its new pieces, in order (the paired one among them); a join: new ->
    # all its old pieces.
    splits: dict[int, list[int]] = field(default_factory=dict)
    joins: dict[int, list[int]] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)  # old indices of pairs that moved
    moved_groups: set[str] = field(default_factory=set)  # old ids of sections that moved


def align(old: Sequence[Unit], new: Sequence[Unit]) -> Alignment:
    """Pair the units of two versions and find which pairs moved."""
    return _Aligner(old, new).run()


@dataclass(slots=True)
class _Aligner:
    old: Sequence[Unit]
    new: Sequence[Unit]
    result: Alignment = field(default_factory=Alignment)
    taken: set[int] = field(default_factory=set)  # new indices already paired

    def run(self) -> Alignment:
        self.by_id()
        self.identical()
        self.similar()
        self.renamed_headings()
        self.splits()
        self.joins()
        _Moves(self.old, self.new, self.result).find()
        return self.result

    def pair(self, o: int, n: int) -> None:
        self.result.pairs[o] = n
        self.taken.add(n)

    def free_old(self) -> list[Unit]:
        return [u for u in self.old if u.position not in self.result.pairs]

    def free_new(self) -> list[Unit]:
        return [u for u in self.new if u.position not in self.taken]

    def by_id(self) -> None:
        new_by_id = {unit.id: unit for unit in self.new}
        for unit in self.old:
            partner = new_by_id.get(unit.id)
            if partner is not None and partner.style.kind is unit.style.kind:
                self.pair(unit.position, partner.position)

    def identical(self) -> None:
        waiting: dict[tuple[object, ...], list[int]] = defaultdict(list)
        for unit in reversed(self.free_old()):  # reversed, so pop() takes them in order
            waiting[(unit.style.kind, unit.keys)].append(unit.position)
        for unit in self.free_new():
            queue = waiting.get((unit.style.kind, unit.keys))
            if queue:
                self.pair(queue.pop(), unit.position)

    def similar(self) -> None:
        free_old = self.free_old()
        holders: dict[str, list[Unit]] = defaultdict(list)
        for unit in free_old:
            for key in set(unit.keys):
                holders[key].append(unit)
        used: set[int] = set()
        for unit in self.free_new():
            candidates: Counter[int] = Counter()
            for key in set(unit.keys):
                found = holders.get(key, ())
                if len(found) <= _RARE:
                    candidates.update(u.position for u in found if u.style.kind is unit.style.kind)
            best, best_score = -1, REWORDED_AT_LEAST
            for index, _ in candidates.most_common(_RARE):
                if index in used:
                    continue
                score = similarity(self.old[index].keys, unit.keys)
                if score >= best_score:
                    best, best_score = index, score
            if best >= 0:
                used.add(best)
                self.pair(best, unit.position)

    def renamed_headings(self) -> None:
        """A heading whose words changed entirely: the section its clauses went to."""
        free_old = {u.id: u for u in self.free_old() if u.style.kind is UnitKind.HEADING}
        free_new = {u.id: u for u in self.free_new() if u.style.kind is UnitKind.HEADING}
        if not free_old or not free_new:
            return
        votes: Counter[tuple[str, str]] = Counter()
        for o, n in self.result.pairs.items():
            old_group, new_group = self.old[o].group, self.new[n].group
            if old_group in free_old and new_group in free_new:
                votes[(old_group, new_group)] += 1
        for (old_id, new_id), _ in votes.most_common():
            old_unit, new_unit = free_old.get(old_id), free_new.get(new_id)
            if (
                old_unit
                and new_unit
                and old_unit.position not in self.result.pairs
                and new_unit.position not in self.taken
            ):
                self.pair(old_unit.position, new_unit.position)

    def splits(self) -> None:
        """A pair whose new unit is followed by unpaired units that complete the old words."""
        for o, n in sorted(self.result.pairs.items(), key=lambda item: item[1]):
            pieces = _grow(self.old[o], self.new, n, self.taken)
            if len(pieces) > 1:
                self.result.splits[o] = pieces
                self.taken.update(pieces)

    def joins(self) -> None:
        """A pair whose old unit is followed by unpaired old units that the new one absorbed."""
        paired_old = set(self.result.pairs)
        split_old = set(self.result.splits)
        for o, n in sorted(self.result.pairs.items()):
            if o in split_old:
                continue
            pieces = _grow(self.new[n], self.old, o, paired_old)
            if len(pieces) > 1:
                self.result.joins[n] = pieces
                paired_old.update(pieces)


def _grow(whole: Unit, side: Sequence[Unit], start: int, taken: set[int]) -> list[int]:
    """`start` and the unpaired clauses beside it in its section, before and after, while they
    bring the words closer to `whole`'s (and all together are alike enough to be its pieces).

    Either piece may have kept the id: a pinned id rides at the end of a paragraph, so the
    clause split off its start is the new one.
    """

    def free(index: int) -> bool:
        if not 0 <= index < len(side) or index in taken:
            return False
        unit = side[index]
        return unit.group == side[start].group and unit.style.kind is not UnitKind.HEADING

    if whole.keys == side[start].keys or not (free(start - 1) or free(start + 1)):
        return [start]
    first = last = start
    keys = list(side[start].keys)
    best = similarity(whole.keys, keys)
    while free(first - 1):
        score = similarity(whole.keys, list(side[first - 1].keys) + keys)
        if score <= best:
            break
        first, keys, best = first - 1, list(side[first - 1].keys) + keys, score
    while free(last + 1):
        score = similarity(whole.keys, keys + list(side[last + 1].keys))
        if score <= best:
            break
        last, keys, best = last + 1, keys + list(side[last + 1].keys), score
    if last == first or best < PIECES_AT_LEAST:
        return [start]
    return list(range(first, last + 1))


@dataclass(slots=True)
class _Moves:
    """Which pairs moved: whatever is off the heaviest in-order path."""

    old: Sequence[Unit]
    new: Sequence[Unit]
    result: Alignment

    def find(self) -> None:
        pairs = self.result.pairs
        sizes = Counter(unit.group for unit in self.old)
        # Sections (and the title block and closing, which cannot move) in the new order.
        headings = sorted(
            ((n, o) for o, n in pairs.items() if self.old[o].style.kind is UnitKind.HEADING),
        )
        kept = _heaviest_increasing([(o, sizes[self.old[o].group]) for _, o in headings])
        group_partner = {PREAMBLE_GROUP: PREAMBLE_GROUP, CLOSING_GROUP: CLOSING_GROUP}
        for position, (n, o) in enumerate(headings):
            group_partner[self.old[o].id] = self.new[n].id
            if position not in kept:
                self.result.moved.add(o)
                self.result.moved_groups.add(self.old[o].id)
        # Units within each section: those out of order there, or now in another section.
        by_group: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for o, n in pairs.items():
            unit = self.old[o]
            if unit.style.kind is UnitKind.HEADING:
                continue
            if group_partner.get(unit.group) != self.new[n].group:
                self.result.moved.add(o)
            else:
                by_group[unit.group].append((n, o))
        for members in by_group.values():
            members.sort()
            stay = _heaviest_increasing([(o, 1) for _, o in members])
            moved_group = (
                bool(members) and self.old[members[0][1]].group in self.result.moved_groups
            )
            for position, (_, o) in enumerate(members):
                if position not in stay or moved_group:
                    self.result.moved.add(o)


def _heaviest_increasing(items: Sequence[tuple[int, int]]) -> set[int]:
    """Positions of the increasing subsequence (by value) of greatest total weight.

    Items are (value, weight); n log n with a Fenwick tree of prefix maxima over value ranks.
    """
    if not items:
        return set()
    ranks = {value: rank for rank, value in enumerate(sorted({v for v, _ in items}), start=1)}
    size = len(ranks)
    # Prefix maxima over ranks: the best total of a subsequence ending at or below a rank, and
    # the position that ends it.
    totals = [0] * (size + 1)
    ends = [-1] * (size + 1)
    previous: list[int] = []
    best_total, best_end = 0, -1
    for position, (value, weight) in enumerate(items):
        rank = ranks[value]
        found_total, found_end, i = 0, -1, rank - 1
        while i > 0:
            if totals[i] > found_total:
                found_total, found_end = totals[i], ends[i]
            i -= i & -i
        total = found_total + weight
        previous.append(found_end)
        i = rank
        while i <= size:
            if totals[i] < total:
                totals[i], ends[i] = total, position
            i += i & -i
        if total > best_total:
            best_total, best_end = total, position
    kept: set[int] = set()
    while best_end >= 0:
        kept.add(best_end)
        best_end = previous[best_end]
    return kept
