"""The labelled corpus: its shape, and the rules' accuracy on it (the benchmark prints the same
figures with every disagreement: benchmarks/bench_check.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordinance.scorecard import Status, check_text
from ordinance.scorecard.corpus import load_first_measurements, load_labels, measure

LABELS = Path(__file__).parent / "check_corpus" / "labels.yaml"
PASSAGES = LABELS.parent / "passages"
TARGET = 0.9


def test_corpus_shape() -> None:
    passages = load_labels(LABELS)
    assert len(passages) >= 40
    enacted_places = {p.place for p in passages if p.kind == "ordinance"}
    assert len(enacted_places) >= 15
    assert {p.kind for p in passages} == {"ordinance", "near_miss"}
    assert {p.split for p in passages} == {"dev", "heldout"}
    files = sorted(path.name for path in PASSAGES.glob("*.txt"))
    assert sorted(p.file for p in passages) == files  # every file labelled, every label a file
    for passage in passages:
        assert passage.url.startswith("http"), passage.file
        assert passage.present or passage.absent, passage.file
        assert not set(passage.present) & set(passage.absent), passage.file
        if passage.kind == "near_miss":
            assert passage.absent, passage.file


@pytest.mark.parametrize("split", ["dev", "heldout"])
def test_accuracy_meets_the_target(split: str) -> None:
    tally = measure(LABELS, split)
    assert tally.present and tally.absent
    assert tally.recall >= TARGET, tally.errors
    assert tally.absent_correct >= TARGET, tally.errors


# Near misses the rules as shipped still read as law, found by a held-out batch's first
# measurement and left unfixed (no later batch to measure a fix on); strict, so that a fix shows.
# (Batch 10's San Leandro police policy manual is now told from a code; batch 61's Old Saybrook
# police page is no longer read as a use policy by the models trained on batches 1-61.)
KNOWN_NEAR_MISS_FAILURES: dict[str, str] = {
    "nearmiss-district-of-columbia-csosa-policy-statement-4008-gps-tracking-of-offenders.txt": (
        "batch 68: a federal offender-supervision agency's policy statement, run together on one "
        "line, is read as an institution's adopted policy (its many initials count as the "
        "institution's name); telling it from a college's or a transit agency's policy is left"
    ),
    "nearmiss-klickitat-county-wa-electronic-home-monitoring-program-page.txt": (
        "batch 71: a county office's page quotes a statute's definition of electronic monitoring "
        "over the bare citation line 'RCW 9.94A.734' and its fee notes; one citation line does "
        "not tell a page restating a statute from a code section over its history note, so its "
        "definition is read as a glossary"
    ),
    "nearmiss-arizona-campaign-for-liberty-red-light-camera-ban-bill-wording.txt": (
        "batch 72: an advocacy group's page prints the wording it proposes for a bill under a "
        "page title, with no caption or enacting clause; its lettered subsections read as a "
        "statute's section, so its definition is read as a glossary"
    ),
}


def _near_miss_cases() -> list[object]:
    names = sorted(p.file for p in load_labels(LABELS) if p.kind == "near_miss")
    return [
        pytest.param(
            name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_NEAR_MISS_FAILURES[name])
        )
        if name in KNOWN_NEAR_MISS_FAILURES
        else name
        for name in names
    ]


@pytest.mark.parametrize("name", _near_miss_cases())
def test_near_misses_score_no_substantive_element(name: str) -> None:
    """Agendas, minutes, staff reports, police directives and news describe; they do not enact."""
    card = check_text((PASSAGES / name).read_text(encoding="utf-8"), name)
    substantive = [v for v in card.verdicts if v.id not in ("title", "findings", "enacting_clause")]
    assert [v.id for v in substantive if v.status is not Status.MISSING] == []


def test_first_measurements_match_their_batches() -> None:
    """Each held-out batch's recorded first measurement counts the labels the batch has now: a
    label changed after measuring would show here."""
    passages = load_labels(LABELS)
    firsts = load_first_measurements(LABELS)
    assert [f.batch for f in firsts] == sorted({p.batch for p in passages if p.batch})
    for first in firsts:
        batch = [p for p in passages if p.batch == first.batch]
        assert all(p.split == "heldout" for p in batch)
        assert first.present == sum(len(p.present) for p in batch), first.batch
        assert first.absent == sum(len(p.absent) for p in batch), first.batch
        assert first.found <= first.present and first.kept_missing <= first.absent
    assert all(p.batch for p in passages if p.split == "heldout")
