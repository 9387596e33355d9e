import datetime as dt

import pytest

from ordinance import legal_text as lt


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "zero"),
        (1, "one"),
        (13, "thirteen"),
        (20, "twenty"),
        (45, "forty-five"),
        (100, "one hundred"),
        (120, "one hundred twenty"),
        (365, "three hundred sixty-five"),
        (1000, "one thousand"),
        (10_500, "ten thousand five hundred"),
    ],
)
def test_number_words(n: int, words: str) -> None:
    assert lt.number_words(n) == words


def test_number_words_rejects_what_it_cannot_say() -> None:
    with pytest.raises(ValueError):
        lt.number_words(-1)
    with pytest.raises(TypeError):
        lt.number_words(True)
    with pytest.raises(TypeError):
        lt.number_words(2.5)  # type: ignore[arg-type]


def test_days_reads_in_words_and_figures() -> None:
    assert lt.days(30) == "thirty (30) days"
    assert lt.days(1) == "one (1) day"
    assert lt.quantity(2, "meeting") == "two (2) meetings"
    assert lt.quantity(3, "business day") == "three (3) business days"
    assert lt.words_and_figures(7) == "seven (7)"


def test_lists_take_the_serial_comma() -> None:
    assert lt.join_and(["English"]) == "English"
    assert lt.join_and(["English", "Spanish"]) == "English and Spanish"
    assert lt.join_and(["English", "Spanish", "Chinese"]) == "English, Spanish, and Chinese"
    assert lt.join_or(["a", "b", "c"]) == "a, b, or c"
    with pytest.raises(ValueError):
        lt.join_and([])


def test_dates_money_possessives() -> None:
    assert lt.long_date(dt.date(2027, 1, 5)) == "January 5, 2027"
    assert lt.long_date("2027-03-01") == "March 1, 2027"
    assert lt.money(10000) == "$10,000"
    assert lt.possessive("Oakland") == "Oakland's"
    assert lt.possessive("Davis") == "Davis's"
    assert [lt.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "102nd",
    ]
    assert lt.indefinite_article("ordinance") == "an"
    assert lt.indefinite_article("city") == "a"
