"""Legal-drafting text helpers, used as Jinja filters: numbers in words and figures, lists, dates.

Conventions (see the drafting conventions reference): limits read "thirty (30) days", lists take the
serial comma, dates are written in full, money as "$10,000".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """0 <= n < 1,000,000 in words: 45 -> 'forty-five', 120 -> 'one hundred twenty'."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected a whole number, got {n!r}")
    if not 0 <= n < 1_000_000:
        raise ValueError(f"{n} is out of range for words")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{number_words(thousands)} thousand" + (f" {number_words(rest)}" if rest else "")


def words_and_figures(n: int) -> str:
    """'thirty (30)'."""
    return f"{number_words(n)} ({n})"


def quantity(n: int, unit: str, plural: str | None = None) -> str:
    """'thirty (30) days', 'one (1) day', 'two (2) community meetings'."""
    noun = unit if n == 1 else (plural or unit + "s")
    return f"{words_and_figures(n)} {noun}"


def days(n: int) -> str:
    """'thirty (30) days'."""
    return quantity(n, "day")


def join_list(items: Iterable[object], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B, and C' (serial comma)."""
    values = [str(item) for item in items]
    if not values:
        raise ValueError("cannot join an empty list")
    if len(values) == 1:
        return values[0]
    if len(values) == 2:
        return f"{values[0]} {conjunction} {values[1]}"
    return f"{', '.join(values[:-1])}, {conjunction} {values[-1]}"


def join_and(items: Iterable[object]) -> str:
    return join_list(items, "and")


def join_or(items: Iterable[object]) -> str:
    return join_list(items, "or")


def long_date(value: dt.date | str) -> str:
    """'January 5, 2027' from a date or an ISO string."""
    date = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{date:%B} {date.day}, {date.year}"


# Endings of plural nouns that name bodies and offices ("Commissioners", "Trustees",
# "Supervisors"); a singular name ending in s ("Davis", "Kansas") still takes 's.
_PLURAL_ENDINGS = ("ers", "ors", "ees", "ents", "ants", "ians", "ists", "ives", "ies", "als")


def possessive(name: str) -> str:
    """'Oakland's', 'Davis's' (Chicago style: 's after a singular s), but 'the Board of
    Commissioners'' approval' for a plural."""
    last = name.rsplit(" ", 1)[-1]
    if last.lower().endswith(_PLURAL_ENDINGS) and last[:1].isupper():
        return f"{name}'"
    return f"{name}'s"


def money(amount: int) -> str:
    """'$10,000'."""
    return f"${amount:,}"


def ordinal(n: int) -> str:
    """'1st', '2nd', '3rd', '11th'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def indefinite_article(phrase: str) -> str:
    """'a' or 'an' for a phrase, by its first letter's sound in the common case."""
    return "an" if phrase[:1].lower() in "aeiou" else "a"
