"""Checks on single input values that a pattern or a length cannot express.

They raise ValueError with a one-line message, which Pydantic reports against the field and
`ordinance.messages` passes on as it is ("partnerships[0].since: not a real date: ...").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator


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


# Characters XML 1.0 (and so a Word document) cannot hold: C0 controls other than tab, line
# feed and carriage return, surrogates, and U+FFFE/U+FFFF.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

LINE_BREAK_MESSAGE = (
    "contains a line break; a value is printed inside a sentence, so write it as one paragraph"
)


def control_character_message(character: str) -> str:
    return (
        f"contains the control character U+{ord(character):04X}, which a Word document cannot "
        "hold; remove it"
    )


def text_problem(text: str) -> str | None:
    """Why a text value cannot be printed in a draft, or None. Surrounding white space is not
    a line break: the models strip it."""
    found = XML_INVALID.search(text)
    if found:
        return control_character_message(found.group())
    inner = text.strip()
    if "\n" in inner or "\r" in inner:
        return LINE_BREAK_MESSAGE
    return None


def printable_one_line(value: object) -> object:
    """`value` unchanged if every text in it (in lists, tuples, sets and mappings too) can be
    printed as one line of a draft; ValueError with the first problem otherwise."""
    for text in _texts(value):
        problem = text_problem(text)
        if problem:
            raise ValueError(problem)
    return value


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
