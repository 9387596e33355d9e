"""Code section numbers: new sections numbered in their chapter's scheme, fixed ones kept.

A code section of an existing chapter that the ordinance amends keeps its number ("fixed"). New
sections around it take numbers that fit: after the last fixed one they continue by the scheme's
step; between two fixed ones they take the step if it fits, else numbers spread evenly over the
gap, else (no whole number left between them) the lower number with ".1", ".2" ...
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterator, Sequence

from .models.jurisdiction import ChapterNumbering


def code_numbers(
    scheme: ChapterNumbering, fixed: Sequence[str], taken: Collection[str] = ()
) -> list[str]:
    """Numbers for a chapter's code sections in document order; `fixed[i]` is the written
    number of a fixed section, or "" for a section to be numbered. A new section never takes a
    number in `taken` (fixed numbers written elsewhere in the document), nor one of `fixed`."""
    numbers = list(fixed)
    taken = {*taken, *fixed}
    last: int | None = None  # serial of the section before the current run of new ones
    run: list[int] = []  # positions of the new sections since the last fixed one
    for position, written in enumerate([*fixed, None]):
        if written == "":
            run.append(position)
            continue
        bound = scheme.serial(written) if written is not None else None
        if written is not None and bound is None:
            continue  # a fixed number in another scheme does not bound this one's serials
        for index, number in zip(run, _fill(scheme, last, bound, len(run), taken), strict=True):
            numbers[index] = number
        run = []
        last = bound if bound is not None else last
    return numbers


def _fill(
    scheme: ChapterNumbering, low: int | None, high: int | None, count: int, taken: set[str]
) -> list[str]:
    """`count` free numbers after serial `low` (None: from the start) and before `high`
    (None: open)."""
    if not count:
        return []
    step = scheme.step
    first = scheme.first_serial() if low is None else low + step
    stepped = _free((scheme.number(first + step * i) for i in itertools.count()), count, taken)
    if high is None or (scheme.serial(stepped[-1]) or 0) < high:
        return stepped
    floor = 0 if low is None else low
    gap = (high - floor) // (count + 1)
    spread = [scheme.number(floor + gap * i) for i in range(1, count + 1)] if gap >= 1 else []
    if spread and not taken.intersection(spread):
        return spread
    base = scheme.number(floor)
    return _free((f"{base}.{i}" for i in itertools.count(1)), count, taken)


def _free(candidates: Iterator[str], count: int, taken: set[str]) -> list[str]:
    """The first `count` candidates that are not taken."""
    return list(itertools.islice((c for c in candidates if c not in taken), count))
