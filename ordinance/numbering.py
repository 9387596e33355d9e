"""Code section numbers: new sections numbered in their chapter's scheme, fixed ones kept.

A code section of an existing chapter that the ordinance amends keeps its number ("fixed"). New
sections around it take numbers that fit: after the last fixed one they continue by the scheme's
step; between two fixed ones they take the step if it fits, else numbers spread evenly over the
gap, else (no whole number left between them) the lower number with ".1", ".2" ...
"""

from __future__ import annotations

from collections.abc import Sequence

from .models.jurisdiction import ChapterNumbering


def code_numbers(scheme: ChapterNumbering, fixed: Sequence[str]) -> list[str]:
    """Numbers for a chapter's code sections in document order; `fixed[i]` is the written
    number of a fixed section, or "" for a section to be numbered."""
    numbers = list(fixed)
    last: int | None = None  # serial of the section before the current run of new ones
    run: list[int] = []  # positions of the new sections since the last fixed one
    for position, written in enumerate([*fixed, None]):
        if written == "":
            run.append(position)
            continue
        bound = scheme.serial(written) if written is not None else None
        if written is not None and bound is None:
            continue  # a fixed number in another scheme does not bound this one's serials
        for index, number in zip(run, _fill(scheme, last, bound, len(run)), strict=True):
            numbers[index] = number
        run = []
        last = bound if bound is not None else last
    return numbers


def _fill(scheme: ChapterNumbering, low: int | None, high: int | None, count: int) -> list[str]:
    """`count` numbers after serial `low` (None: from the start) and before `high` (None: open)."""
    if not count:
        return []
    step = scheme.step
    first = scheme.first_serial() if low is None else low + step
    serials = [first + step * i for i in range(count)]
    if high is None or serials[-1] < high:
        return [scheme.number(serial) for serial in serials]
    floor = 0 if low is None else low
    gap = (high - floor) // (count + 1)
    if gap >= 1:
        return [scheme.number(floor + gap * i) for i in range(1, count + 1)]
    base = scheme.number(floor)
    return [f"{base}.{i}" for i in range(1, count + 1)]
