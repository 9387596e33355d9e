"""Measure the text rules on a labelled corpus (tests/check_corpus/labels.yaml).

Each labelled passage lists elements clearly present in its text and elements clearly absent.
Recall is the share of present labels the rules find (present or partial); absent-correct is
the share of absent labels the rules leave missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..checklist import ALL_IDS
from ..errors import InputError
from . import check_text
from .model import Status


@dataclass(frozen=True, slots=True)
class LabelledPassage:
    file: str
    url: str
    place: str
    kind: str  # "ordinance" or "near_miss"
    split: str  # "dev" or "heldout"
    present: tuple[str, ...]
    absent: tuple[str, ...]
    # Held-out passages come in batches, each collected after the rules' last change and
    # measured once (its first measurement is kept in labels.yaml: FirstMeasurement).
    batch: int | None = None


@dataclass(frozen=True, slots=True)
class FirstMeasurement:
    """A held-out batch's figures the first time the rules were run on it (before any fix)."""

    batch: int
    found: int
    present: int
    kept_missing: int
    absent: int
    note: str = ""


@dataclass(slots=True)
class Tally:
    found: int = 0  # present labels found
    present: int = 0  # present labels
    kept_missing: int = 0  # absent labels left missing
    absent: int = 0  # absent labels
    errors: list[str] = field(default_factory=list)  # "file: element (expected ..., got ...)"

    @property
    def recall(self) -> float:
        return self.found / self.present if self.present else 1.0

    @property
    def absent_correct(self) -> float:
        return self.kept_missing / self.absent if self.absent else 1.0


def load_labels(path: Path) -> list[LabelledPassage]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data.get("passages") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise InputError.single(str(path), "expected a mapping with a 'passages' list")
    passages = []
    for number, item in enumerate(items, start=1):
        labels = [*item.get("present", []), *item.get("absent", [])]
        unknown = sorted(set(labels) - ALL_IDS)
        if unknown:
            raise InputError.single(str(path), f"passage {number}: unknown element {unknown[0]!r}")
        passages.append(
            LabelledPassage(
                item["file"],
                item["url"],
                item["place"],
                item["kind"],
                item["split"],
                tuple(item.get("present", [])),
                tuple(item.get("absent", [])),
                item.get("batch"),
            )
        )
    return passages


def load_first_measurements(path: Path) -> list[FirstMeasurement]:
    """The first-measurement figures of each held-out batch, in batch order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = data.get("first_measurements", []) if isinstance(data, dict) else []
    return sorted(
        (
            FirstMeasurement(
                int(item["batch"]),
                int(item["found"]),
                int(item["present"]),
                int(item["kept_missing"]),
                int(item["absent"]),
                str(item.get("note", "")),
            )
            for item in items
        ),
        key=lambda measurement: measurement.batch,
    )


def measure(labels: Path, split: str | None = None, batch: int | None = None) -> Tally:
    """Recall and absent-correctness of the text rules over one split (or all of it), or over
    one held-out batch."""
    tally = Tally()
    for passage in load_labels(labels):
        if split is not None and passage.split != split:
            continue
        if batch is not None and passage.batch != batch:
            continue
        text = (labels.parent / "passages" / passage.file).read_text(encoding="utf-8")
        statuses = {v.id: v.status for v in check_text(text, passage.file).verdicts}
        for element in passage.present:
            tally.present += 1
            if statuses[element] is not Status.MISSING:
                tally.found += 1
            else:
                tally.errors.append(f"{passage.file}: {element} (expected present, got missing)")
        for element in passage.absent:
            tally.absent += 1
            if statuses[element] is Status.MISSING:
                tally.kept_missing += 1
            else:
                got = statuses[element].value
                tally.errors.append(f"{passage.file}: {element} (expected absent, got {got})")
    return tally
