"""Checks on single input values that a pattern or a length cannot express.

They raise ValueError with a one-line message, which Pydantic reports against the field and
`ordinance.messages` passes on as it is ("partnerships[0].since: not a real date: ...").
"""

from __future__ import annotations

import calendar


def real_partial_date(value: str) -> str:
    """A YYYY, YYYY-MM or YYYY-MM-DD value (already matched by its pattern) that is a real date:
    2021-02-30 fits the pattern but no calendar."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        year, month, day = parts
        days = calendar.monthrange(year, month)[1]
        if day > days:
            month_name = calendar.month_name[month]
            raise ValueError(
                f"not a real date: {month_name} {year} has {days} days; found {value!r}"
            )
    return value
