"""Train the learned second opinion (`law_model`) on the labelled corpus, in pure Python.

    python -m ordinance.scorecard.law_training tests/check_corpus/labels.yaml 51

writes `ordinance/scorecard/law_model.json.gz` from the dev set and the held-out batches up to
51. Only batches already measured may train it: a held-out batch is measured once, by models
trained before it was opened. Training is deterministic (a fixed shuffle seed, sorted
features), so the shipped file is checked against a retraining (tests/test_check_law_model.py).

The law model learns law (kind `ordinance`) against near misses. An element's model learns the
passages labelled with the element present against those labelled with it absent and every
near miss (which holds no element as law); passages without a label for it are left out.
"""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import OrdinanceError
from ..output import write_atomic
from .corpus import LabelledPassage, load_labels
from .law_model import WEIGHTS_FILE, LearnedModels, LinearModel, features, sigmoid
from .passages import passages_from_text

# Features met in fewer passages than this are dropped: a word of one place's text teaches
# nothing about other places.
MIN_PASSAGES = 3
EPOCHS = 30
LEARNING_RATE = 0.5
L2 = 1e-4
# The thresholds and the elements were chosen on the held-out batches 24-34, each scored by
# models trained only on the batches before it, with the rules as they stood at each batch's
# first measurement (see tests/check_corpus/README.md, "The learned second opinion" and
# "Batch 35"):
# - the gate admits a text its rules refused at a probability of law of 0.8 or more (0.6
#   would have found twelve more present labels over those batches, but admitted a staff
#   recommendation and a numbered policy of the phrasing battery: mentions the issue rules out);
# - an element of form is taken where its model gives its region 0.1 or more and a sentence
#   there has the element's form (`second_opinion._HAS_THE_FORM`): the form check proposes and
#   the model vetoes regions unlike any that held the element. At 0.5, the first choice, the
#   model turned down most of what the form check found rightly. Then only the elements of form
#   were learned: a use-policy model found 26 missed labels but lost 14 absent ones, and the
#   other substantive elements' models found almost none (but see below).
LAW_THRESHOLD = 0.8
_FORM_THRESHOLD = 0.1
# Three substantive elements were added in the sixteenth session, when the corpus had grown to
# nearly five thousand passages. Models trained on the dev set and batches 1-51, asked only where
# the rules at each batch's first measurement had found nothing and only with a sentence of the
# element's form (`second_opinion._rules_a_use` and the others), would have found over batches
# 52-59 91 of the 127 use-policy labels those rules missed for 5 absent ones lost at 0.2 (with
# the looser form tests two cold reviews turned down: 92 and 5; before the vetoes and the
# sixty-word floor: 96 and 5 at 0.2, 87 and 5 at 0.3, 103 and 7 at 0.1), and 11 of the 28
# data-sharing and annual-report labels for none at 0.3. The enforcement model found 1 at 0.3
# (and took private penalties below it), the council-approval model none.
# Then, in the twenty-second session, the use-policy model's sentence might name its device or
# what it records in plainer words than a rule of sharing's ("a sign shall be posted above each
# monitored telephone": `second_opinion._NAMES_A_DEVICE_OR_RECORD`). Trained on the dev set and
# the batches before each of the cuts 52, 56, 60, 62, 64, 66, 68, 69 and 70 and asked of the
# batches from that cut to the next (through 70), the model alone found 368 of the 490 use-policy
# labels at 0.3 and took 14 of the 419 absent ones (the old sentence test at 0.2:
# 370 and 18); against the full check as it stood (rules that had read those batches) it added 26
# labels the check missed and took 13 it kept (the old: 19 and 16; the new at 0.2: 26 and 16), so
# the threshold rose to 0.3. Asking only that the sentence be an operative rule found more (50
# and 15 at 0.3) but quoted rules about other things in its region ("This Act shall take effect
# ...", "The board shall be composed of ..."); so did bare "system", "log", "data" or "monitor"
# (a cold review's "The Clerk shall keep a log of public comments"), which batch 71 was first
# measured with (377, 14; 28, 13).
ELEMENT_THRESHOLDS = {
    "title": _FORM_THRESHOLD,
    "findings": _FORM_THRESHOLD,
    "definitions": _FORM_THRESHOLD,
    "effective_date": _FORM_THRESHOLD,
    "signature_block": _FORM_THRESHOLD,
    "use_policy": 0.3,
    "data_sharing_limits": 0.3,
    "annual_report": 0.3,
}


@dataclass(frozen=True, slots=True)
class Example:
    found: tuple[str, ...]
    positive: bool


def text_lines(text: str) -> list[str]:
    """A text's passages as the scorecard reads them: the lines the models see."""
    return [p.text for p in passages_from_text(text)]


def train(examples: Sequence[Example], threshold: float) -> LinearModel:
    """Logistic regression by AdaGrad over binary features scaled to unit length."""
    counts = Counter(f for e in examples for f in e.found)
    kept = [[f for f in e.found if counts[f] >= MIN_PASSAGES] for e in examples]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias = 0.0
    bias_square = 0.0
    order = list(range(len(examples)))
    shuffle = random.Random(0)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            found = kept[i]
            scale = 1.0 / math.sqrt(len(found)) if found else 0.0
            score = bias + scale * sum(weights.get(f, 0.0) for f in found)
            error = sigmoid(score) - (1.0 if examples[i].positive else 0.0)
            bias_square += error * error
            bias -= LEARNING_RATE * error / math.sqrt(bias_square)
            for f in found:
                w = weights.get(f, 0.0)
                gradient = error * scale + L2 * w
                squares[f] = squares.get(f, 0.0) + gradient * gradient
                weights[f] = w - LEARNING_RATE * gradient / math.sqrt(squares[f])
    return LinearModel(weights, bias, threshold)


def train_models(
    passages: Sequence[LabelledPassage], found: Sequence[tuple[str, ...]], through: int
) -> LearnedModels:
    """The law model and the element models from labelled passages and their features."""
    law = train(
        [Example(f, p.kind == "ordinance") for p, f in zip(passages, found, strict=True)],
        LAW_THRESHOLD,
    )
    elements: dict[str, LinearModel] = {}
    for element, threshold in ELEMENT_THRESHOLDS.items():
        examples = [
            Example(f, element in p.present)
            for p, f in zip(passages, found, strict=True)
            if element in p.present or element in p.absent or p.kind != "ordinance"
        ]
        elements[element] = train(examples, threshold)
    note = f"{len(passages)} passages: the dev set and held-out batches 1-{through}"
    return LearnedModels(law, elements, through, note)


def train_on_corpus(labels: Path, through: int) -> LearnedModels:
    """The models trained on the dev set and the held-out batches up to `through`."""
    passages = [
        p
        for p in load_labels(labels)
        if p.split == "dev" or (p.batch is not None and p.batch <= through)
    ]
    folder = labels.parent / "passages"
    found = [
        tuple(sorted(features(text_lines((folder / p.file).read_text(encoding="utf-8")))))
        for p in passages
    ]
    return train_models(passages, found, through)


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2 or not argv[1].isdigit():
        print("usage: python -m ordinance.scorecard.law_training LABELS.yaml THROUGH_BATCH")
        return 2
    labels = Path(argv[0])
    try:
        models = train_on_corpus(labels, int(argv[1]))
    except (OSError, KeyError, OrdinanceError, yaml.YAMLError) as error:
        # one line naming the file, never a traceback
        print(f"{labels}: cannot train from it: {error}", file=sys.stderr)
        return 2
    target = Path(__file__).with_name(WEIGHTS_FILE)
    write_atomic(target, models.to_bytes())  # never a half-written model
    print(f"{target}: {models.trained_on}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
