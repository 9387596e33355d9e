"""A second opinion learned from the labelled corpus: whether a text is law, and for a few
elements of form, whether a passage holds them.

The rules know the wordings and the kinds of instrument they were written from; a kind they have
never met (an agency's rule, a college's numbered manual) the gate refuses, and a purpose
section or glossary in words of its own the rules miss. Logistic regressions over the words,
the pairs of words and the line openings of the corpus's passages generalise to such text
better. They are used only where the rules found nothing, and only at a probability chosen
when they were trained (`law_training`). Their weights ship gzipped beside this module; reading
them needs nothing beyond the standard library.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

WEIGHTS_FILE = "law_model.json.gz"

_WORD = re.compile(r"[a-z]+|\d+|§")
# A line's first words carry the form of a document ("Sec. 4", "WHEREAS", "Q:"), so they are
# features of their own.
_OPENING_WORDS = 2
# Past this many words a text's later words add little and cost time: a code chapter has
# shown what it is long before its fortieth page.
_MAX_WORDS = 6000


def _tokens(line: str) -> list[str]:
    # Every number is one token: section numbers and dates differ from text to text, their
    # presence does not.
    return ["0" if t[0].isdigit() else t for t in _WORD.findall(line.lower())]


def features(lines: Iterable[str]) -> set[str]:
    """The features of a text given as its lines: its words, its pairs of adjacent words, and
    each line's opening words."""
    found: set[str] = set()
    words = 0
    for line in lines:
        tokens = _tokens(line)
        if not tokens:
            continue
        found.add("^" + " ".join(tokens[:_OPENING_WORDS]))
        found.update(tokens)
        found.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
        words += len(tokens)
        if words >= _MAX_WORDS:
            break
    return found


def sigmoid(score: float) -> float:
    """The logistic function, its argument clamped so that exp() cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Weights over features, and the probability at or above which its answer is taken."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, found: Iterable[str]) -> float:
        found = list(found)
        if not found:
            return 0.0
        # Binary features scaled to unit length, as in training.
        weights = self.weights
        return sigmoid(self.bias + sum(weights.get(f, 0.0) for f in found) / math.sqrt(len(found)))

    def accepts(self, found: Iterable[str]) -> bool:
        return self.probability(found) >= self.threshold

    def as_data(self) -> dict[str, object]:
        return {
            "threshold": self.threshold,
            "bias": round(self.bias, 4),
            # Sorted and rounded: the file is reproducible byte for byte from the same corpus.
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items())},
        }

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> LinearModel:
        weights = data["weights"]
        if not isinstance(weights, dict):
            raise ValueError("a model's weights must be a mapping")
        return cls(
            {str(k): float(v) for k, v in weights.items()},
            float(str(data["bias"])),
            float(str(data["threshold"])),
        )


@dataclass(frozen=True, slots=True)
class LearnedModels:
    """The gate's model of law, and one model per element it helps the rules find."""

    law: LinearModel
    elements: Mapping[str, LinearModel] = field(default_factory=dict)
    # The last held-out batch it was trained on, and what that came to.
    through: int = 0
    trained_on: str = ""

    def to_bytes(self) -> bytes:
        body = {
            "through": self.through,
            "trained_on": self.trained_on,
            "law": self.law.as_data(),
            "elements": {k: m.as_data() for k, m in sorted(self.elements.items())},
        }
        text = json.dumps(body, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
        return gzip.compress(text.encode("utf-8"), mtime=0)

    @classmethod
    def from_bytes(cls, data: bytes) -> LearnedModels:
        body = json.loads(gzip.decompress(data).decode("utf-8"))
        return cls(
            LinearModel.from_data(body["law"]),
            {k: LinearModel.from_data(m) for k, m in body["elements"].items()},
            int(body["through"]),
            str(body["trained_on"]),
        )


@cache
def shipped_models() -> LearnedModels:
    """The models shipped with the package (read once)."""
    data = resources.files(__package__).joinpath(WEIGHTS_FILE).read_bytes()
    return LearnedModels.from_bytes(data)
