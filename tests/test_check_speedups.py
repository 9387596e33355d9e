"""The check's shortcuts find what the plain tests they replace find."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ordinance import draft, load_jurisdiction
from ordinance.readers.text import segment
from ordinance.scorecard.board_reading import board_rules
from ordinance.scorecard.evaluate import evaluate_element, folded_scopes, section_texts
from ordinance.scorecard.overseer_reading import overseer_rules
from ordinance.scorecard.passages import Sentence, passages_from_blocks, sentences_of
from ordinance.scorecard.patterns import (
    folded,
    folded_text,
    has_clause_dot,
    misreads_masked,
    plain,
    rx,
)
from ordinance.scorecard.rules import BY_ID
from ordinance.scorecard.schedule_reading import schedule_rules
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


# Folded patterns (patterns.folded) read folded texts (patterns.folded_text) in the place of the
# case-insensitive patterns: lower-cased, with the clause dots masked.


def _every_rule_pattern() -> list[re.Pattern[str]]:
    rule_sets = [BY_ID, board_rules(), overseer_rules(), schedule_rules()]
    found: dict[str, re.Pattern[str]] = {}
    for rules in rule_sets:
        for element in rules.values():
            for r in element.rules:
                for pattern in (*r.all_of, *r.none_of, *(() if r.under is None else (r.under,))):
                    found.setdefault(pattern.pattern, pattern)
    return list(found.values())


_TRICKY = [
    "The City Council of the City of St. Louis Park shall approve the acquisition.",
    "As provided in RCW 43.386.080, the agency shall not share ALPR data. It may keep it.",
    "Exhibit No. 1 is approved; the Chief SHALL SUBMIT an annual report to the Board.",
    "Sec. 9.64.030. Council approval. The department shall obtain approval of the council.",
    "No person shall use a drone over Mt. Hood; the police may not retain footage for 30 days.",
    "WHEREAS, the Board of Supervisors finds that surveillance technology threatens privacy;",
    # a clause dot where a list label's dot may stand, and one in a class's reach
    "1.2 The chief shall not share plate reader data with any agency except under a warrant.",
    "(a)(1) No. 5 of the St. Paul cameras shall be removed within 10.5 days.",
]


def _sample_texts() -> list[str]:
    texts = list(_TRICKY)
    for sentence in _oakland()[::4]:
        texts += [sentence.scope, sentence.passage.text]
    return texts


def test_folded_patterns_find_what_the_case_insensitive_patterns_find() -> None:
    texts = [(t, folded_text(t), has_clause_dot(t)) for t in _sample_texts()]
    assert sum(dotted for _, f, dotted in texts if f is not None) >= 3
    checked = 0
    for pattern in _every_rule_pattern():
        folded_pattern = folded(pattern)
        if folded_pattern is None:
            continue
        for text, folded_form, dotted in texts:
            if folded_form is None or (dotted and misreads_masked(pattern)):
                continue
            expected = bool(pattern.search(text))
            assert bool(folded_pattern.search(folded_form)) is expected, (pattern.pattern, text)
            checked += 1
    assert checked > 10_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chief SHALL report.", "the chief shall report."),
        # clause dots masked, a sentence's last dot kept
        ("RCW 43.386.080 applies.", "rcw 43\u2024386\u2024080 applies."),
        (
            "Exhibit No. 1 and St. Louis, but not the st. louis",
            "exhibit no\u2024 1 and st\u2024 louis, but not the st. louis",
        ),
        # characters sre folds otherwise than str.lower, a masked character already there, and
        # a last dot a join could make a clause dot: not folded
        ("İstanbul shall", None),
        ("the ſhall", None),
        ("one \u2024 two", None),
        ("as set out in No.", None),
        ("the parade on Main St.", None),
    ],
)
def test_folded_text(text: str, expected: str | None) -> None:
    assert folded_text(text) == expected


@pytest.mark.parametrize(
    ("pattern", "names"),
    [
        (r"\bshall\b[^.;]{0,60}\bboard\b", False),  # a window passes the mask
        (r"\bsec\.\s*\d", False),  # a dot the folded pattern reads the mask as
        (r"[\w.'’-]+", False),
        (r"[A-Za-z0-9]+\s[\"“]", False),
        (r"[!-/]", False),  # a range across the dot takes the mask too
        (r"[^,]{2,60}", False),
        (r"\x2e", True),  # a character by its code: it might be either
        (r"[\u2000-\u206f]", True),
        (r"[a-z-0.]", True),  # a range run on from another
        (r"\S+\.?", False),
    ],
)
def test_names_a_dot(pattern: str, names: bool) -> None:
    assert misreads_masked(rx(pattern)) is names


def test_folded_pattern_keeps_its_escapes_and_refuses_case_sensitive_parts() -> None:
    folded_pattern = folded(rx(r"\bShall\S*\s+(?:Not|NEVER)\b"))
    assert folded_pattern is not None
    assert folded_pattern.pattern == r"\bshall\S*\s+(?:not|never)\b"
    # a dot, alone or in a class, takes the mask too; a class ending in "-" keeps it a member
    dotted = folded(rx(r"\bNo\.\s[\w.'-]+[^.;]{0,9}"))
    assert dotted is not None
    assert dotted.pattern == "\\bno[.\u2024]\\s[\u2024\\w.'-]+[^.;]{0,9}"
    assert not folded_pattern.flags & re.IGNORECASE
    assert folded(rx(r"(?-i:[A-Z]{2,})\s+shall")) is None
    assert folded(rx(r"Décret")) is None


def test_every_element_reads_the_same_with_and_without_folded_texts() -> None:
    """The folded rules (and those whose exclusions read the texts as written) find, quote and
    measure what the rules as written find, element by element."""
    passages = passages_from_blocks(segment("\n\n".join(_TRICKY)))
    sentences = _oakland() + sentences_of(passages)
    scopes = folded_scopes(sentences)
    assert sum(scope is not None for scope in scopes) > len(sentences) // 2
    assert any(s.dotted and scope is not None for s, scope in zip(sentences, scopes, strict=True))
    sections = section_texts([s.passage for s in sentences])
    for element in BY_ID.values():
        with_folding = evaluate_element(element, sentences, sections, folded=scopes)
        as_written = evaluate_element(element, sentences, sections, folded=[None] * len(scopes))
        assert with_folding == as_written, element.id
