"""Which sentences hold a rule's trigger words: found once per text, not once per rule and sentence.

A rule reads a sentence only if one of its lower-case trigger words stands in the sentence's
scope (or, for a paragraph rule, in its paragraph; for a titled rule, in its section title).
Testing that sentence by sentence repeats some sixty thousand substring tests on a 40-page text;
here each word is looked for once in all the scopes, paragraphs and titles (among their distinct
runs of letters: see _Texts), and the hits are mapped back to sentences.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Sequence

from .passages import Passage, Sentence

# Joins the texts searched together: no trigger word holds it, so no hit spans two texts.
_SEPARATOR = "\x00"


# A run of the letters trigger words are made of: a word of these letters alone occurs in a text
# only inside one such run, so it can be looked for among the text's distinct runs, a few
# thousand short strings, rather than in the text itself.
_LETTERS = re.compile(r"[a-z]+")


class _Texts:
    """Lower-cased texts, to find which of them hold a word.

    A word of letters is looked for among the texts' distinct letter runs (joined into one string,
    each with the texts it stands in); any other word through one of its letter runs (the texts
    holding "civil action" are among those holding "civil"), then in each of those texts; a word
    with no letters in all the texts joined."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.count = len(texts)
        where: dict[str, list[int]] = {}
        for index, text in enumerate(texts):
            for run in set(_LETTERS.findall(text)):
                where.setdefault(run, []).append(index)
        self._runs = list(where)
        self._run_texts = list(where.values())
        self._joined_runs = _SEPARATOR.join(self._runs)
        self._run_starts = list(itertools.accumulate((len(r) + 1 for r in self._runs), initial=0))
        self._joined: _Joined | None = None

    def holding(self, word: str) -> set[int]:
        """The positions of the texts that hold `word`."""
        if not word or _SEPARATOR in word:
            # "" is in every text; a word with the separator is in none of them
            return set(range(self.count)) if not word else set()
        runs = _LETTERS.findall(word)
        if not runs:
            if self._joined is None:
                self._joined = _Joined(self.texts)
            return self._joined.holding(word)
        found = self._holding_letters(max(runs, key=len))
        if len(runs) == 1 and runs[0] == word:
            return found
        return {index for index in found if word in self.texts[index]}

    def _holding_letters(self, letters: str) -> set[int]:
        found: set[int] = set()
        position = self._joined_runs.find(letters)
        while position != -1:
            run = bisect_right(self._run_starts, position) - 1
            found.update(self._run_texts[run])
            position = self._joined_runs.find(letters, self._run_starts[run + 1])
        return found


class _Joined:
    """Texts joined into one, to find a word in all of them with str.find."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.joined = _SEPARATOR.join(texts)
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + len(_SEPARATOR)
        self.count = len(texts)

    def holding(self, word: str) -> set[int]:
        found: set[int] = set()
        position = self.joined.find(word)
        while position != -1:
            index = bisect_right(self.starts, position) - 1
            found.add(index)
            # on to the next text: a second hit in this one adds nothing
            following = index + 1
            if following >= self.count:
                break
            position = self.joined.find(word, self.starts[following])
        return found


class TriggerIndex:
    """For a text's sentences: which of them hold a word, alone or with their paragraph and
    section title."""

    def __init__(self, sentences: Sequence[Sentence], lowered: Sequence[str]) -> None:
        self._scopes = _Texts(lowered)
        passages: dict[int, tuple[Passage, list[int]]] = {}
        for index, sentence in enumerate(sentences):
            passages.setdefault(id(sentence.passage), (sentence.passage, []))[1].append(index)
        self._members = [members for _, members in passages.values()]
        self._paragraphs = _Texts([passage.lowered for passage, _ in passages.values()])
        self._titles = _Texts([passage.heading_lowered for passage, _ in passages.values()])
        self._cache: dict[tuple[str, bool, bool], set[int]] = {}

    def _holding(self, word: str, paragraph: bool, titled: bool) -> set[int]:
        key = (word, paragraph, titled)
        cached = self._cache.get(key)
        if cached is None:
            cached = set(self._scopes.holding(word))
            if paragraph:
                for passage in self._paragraphs.holding(word):
                    cached.update(self._members[passage])
            if titled:
                for passage in self._titles.holding(word):
                    cached.update(self._members[passage])
            self._cache[key] = cached
        return cached

    def candidates(self, words: Sequence[str], paragraph: bool, titled: bool) -> set[int]:
        """The sentences (by position) where one of `words` stands: in the sentence's scope;
        with `paragraph`, in its paragraph too; with `titled`, in its section's title."""
        found: set[int] = set()
        for word in words:
            found |= self._holding(word, paragraph, titled)
        return found
