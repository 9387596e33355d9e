"""Word-level comparison of two units' tokens: spans of equal, inserted and deleted words."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from enum import StrEnum
from typing import NamedTuple

from .units import Segment, Token


class Op(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


class Span(NamedTuple):
    """A run of words that a redline prints one way: unchanged, inserted or deleted."""

    op: Op
    text: str
    link: str = ""  # a cross-reference's target id
    bold: bool = False
    italic: bool = False
    number: bool = False  # a label or citation that only changed its number


def whole(segments: Sequence[Segment], op: Op) -> list[Span]:
    """A whole block as one kind of span (inserted, deleted or unchanged)."""
    spans: list[Span] = []
    for seg in segments:
        _append(spans, Span(op, seg.text, seg.link, seg.bold, seg.italic))
    return spans


def word_diff(old: Sequence[Token], new: Sequence[Token]) -> list[Span]:
    """The spans that turn `old` into `new`, deletions before insertions.

    Words compare without their spacing, and a cross-reference by its target: a citation whose
    number changed (its target was renumbered) is a deleted and an inserted number, marked so.
    """
    spans: list[Span] = []
    start, end_old, end_new = _common_ends(old, new)
    _equal(spans, old[:start], new[:start])
    matcher = SequenceMatcher(
        None, [t.key for t in old[start:end_old]], [t.key for t in new[start:end_new]], False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _equal(spans, old[start + i1 : start + i2], new[start + j1 : start + j2])
            continue
        for token in old[start + i1 : start + i2]:
            _append(spans, Span(Op.DELETE, token.text, token.link, token.bold, token.italic))
        for token in new[start + j1 : start + j2]:
            _append(spans, Span(Op.INSERT, token.text, token.link, token.bold, token.italic))
    _equal(spans, old[end_old:], new[end_new:])
    return spans


def _common_ends(old: Sequence[Token], new: Sequence[Token]) -> tuple[int, int, int]:
    """Trim the equal head and tail first: most edits touch a few words of a long clause."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start].key == new[start].key:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end].key == new[-1 - end].key:
        end += 1
    return start, len(old) - end, len(new) - end


def _equal(spans: list[Span], old: Sequence[Token], new: Sequence[Token]) -> None:
    for before, after in zip(old, new, strict=True):
        if before.link and before.text.strip() != after.text.strip():
            _append(
                spans, Span(Op.DELETE, before.text, before.link, before.bold, before.italic, True)
            )
            _append(spans, Span(Op.INSERT, after.text, after.link, after.bold, after.italic, True))
        elif _spacing(before) != _spacing(after):
            # A space after the word in one version only (the word ended the text there), or a
            # line break in one and a space in the other (a signature's lines): the word is
            # equal, the spacing is not, or rejecting would run two words or lines together.
            word = after.text.rstrip()
            _append(spans, Span(Op.EQUAL, word, after.link, after.bold, after.italic))
            if _space_after(before):
                _append(spans, Span(Op.DELETE, _space_after(before)))
            if _space_after(after):
                _append(spans, Span(Op.INSERT, _space_after(after)))
        else:
            _append(spans, Span(Op.EQUAL, after.text, after.link, after.bold, after.italic))


def _space_after(token: Token) -> str:
    return token.text[len(token.text.rstrip()) :]


def _spacing(token: Token) -> tuple[bool, int]:
    """What the spacing after a word means: whether there is any, and how many line breaks
    (re-spacing within a line is no change)."""
    space = _space_after(token)
    return bool(space), space.count("\n")


def _append(spans: list[Span], span: Span) -> None:
    """Add a span, merging it into the last one when they print alike (links stay apart)."""
    if not span.text and not span.link:
        return  # a joint between runs (units.GLUE): compared, never printed
    if spans and not span.link:
        last = spans[-1]
        if (last.op, last.link, last.bold, last.italic, last.number) == (
            span.op,
            "",
            span.bold,
            span.italic,
            span.number,
        ):
            spans[-1] = Span(
                last.op, last.text + span.text, "", last.bold, last.italic, last.number
            )
            return
    spans.append(span)


def count_words(spans: Sequence[Span], op: Op) -> int:
    """Words inserted or deleted; renumbered citations are not words changed."""
    return sum(len(span.text.split()) for span in spans if span.op is op and not span.number)


def similarity(old: Sequence[str], new: Sequence[str]) -> float:
    """How alike two word sequences are, 0..1 (Dice on the bags of words); linear time."""
    if not old and not new:
        return 1.0
    shared = sum((Counter(old) & Counter(new)).values())
    return 2 * shared / (len(old) + len(new))
