"""The check's shortcuts find what the plain tests they replace find."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ordinance import draft, load_jurisdiction
from ordinance.readers.text import segment
from ordinance.scorecard.passages import Sentence, passages_from_blocks, sentences_of
from ordinance.scorecard.patterns import has_clause_dot, plain, rx
from ordinance.scorecard.triggers import TriggerIndex, _Texts


def _oakland() -> list[Sentence]:
    text = draft(load_jurisdiction("oakland-ca")).to_text()
    return sentences_of(passages_from_blocks(segment(text)))


@pytest.mark.parametrize("paragraph", [False, True])
@pytest.mark.parametrize("titled", [False, True])
def test_trigger_index_finds_what_a_word_test_finds(paragraph: bool, titled: bool) -> None:
    sentences = _oakland()
    lowered = [s.scope.lower() for s in sentences]
    index = TriggerIndex(sentences, lowered)
    for words in [("approv",), ("annual", "report"), ("definitions",), ("zzz",), ("",)]:
        expected = {
            i
            for i, (s, lower) in enumerate(zip(sentences, lowered, strict=True))
            if any(
                w in lower
                or (paragraph and w in s.passage.lowered)
                or (titled and w in s.passage.heading_lowered)
                for w in words
            )
        }
        assert index.candidates(words, paragraph, titled) == expected, words


# Texts and words from a small alphabet, so that words often stand in the texts: inside a word
# ("ordain" in "preordained"), across a space or a stop, with digits, capitals and accents
# (which end a run of letters) and the separator's neighbours.
_PIECES = st.sampled_from(["a", "b", "ab", " ", ".", ":", "1", "é", "x-", "\n", "civil", "action"])
_STRINGS = st.lists(_PIECES, max_size=8).map("".join)


@given(st.lists(_STRINGS, max_size=6), _STRINGS)
def test_texts_holding_a_word_are_the_texts_it_stands_in(texts: list[str], word: str) -> None:
    expected = {i for i, text in enumerate(texts) if word in text}
    assert _Texts(texts).holding(word) == expected


@pytest.mark.parametrize(
    ("text", "dotted"),
    [
        ("as set out in RCW 43.386.080, the agency shall", True),
        ("as attached as Exhibit No. 1, is approved", True),
        ("the chief shall report. 5 days later the board", False),
        ("the casino. 5 tables", False),
    ],
)
def test_plain_windows_are_used_only_without_a_clause_dot(text: str, dotted: bool) -> None:
    assert has_clause_dot(text) is dotted
    pattern = rx(r"\bshall\b[^.;]{0,60}\bboard\b")
    assert plain(pattern).pattern == r"\bshall\b[^.;]{0,60}\bboard\b"
    if not dotted:
        assert bool(plain(pattern).search(text)) == bool(pattern.search(text))
