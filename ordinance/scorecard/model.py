"""Verdicts and scorecards: what `check` returns, and the stable JSON form of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..checklist import CHECKLIST


class Status(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Verdict:
    """One checklist element in one ordinance."""

    id: str
    status: Status
    sections: list[str] = field(default_factory=list)  # where it was found, as numbered there
    quote: str = ""  # the first sentence that shows it
    parameters: dict[str, str] = field(default_factory=dict)  # notice days, due date ...
    missing: list[str] = field(default_factory=list)  # for partial: what it lacks
    note: str = ""
    line: int | None = None  # source line of the quote, when known

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "sections": self.sections,
            "quote": self.quote,
            "parameters": self.parameters,
            "missing": self.missing,
            "note": self.note,
        }


# Weights of the score: the approval regime and its safeguards count most, the form of the
# instrument least. Optional elements are reported but not scored.
WEIGHTS: dict[str, int] = {
    "council_approval": 3, "approval_standard": 3, "public_hearing_notice": 3, "impact_report": 3,
    "use_policy": 3, "existing_technology": 3, "annual_report": 3, "enforcement": 3,
    "definitions": 2, "community_engagement": 2, "partnership_termination": 2,
    "footage_requests": 2, "no_subsidy_or_promotion": 2, "nda_prohibition": 2,
    "data_sharing_limits": 2, "oversight_body": 2, "exigent_circumstances": 2,
    "public_records": 2, "whistleblower": 2,
    "title": 1, "findings": 1, "enacting_clause": 1, "signature_block": 1, "severability": 1,
    "effective_date": 1,
}  # fmt: skip
_CREDIT = {Status.PRESENT: 1.0, Status.PARTIAL: 0.5, Status.MISSING: 0.0}


def score(verdicts: list[Verdict]) -> int:
    """0-100: the weighted share of the required elements, a partial one counting half."""
    total = sum(WEIGHTS.values())
    earned = sum(WEIGHTS.get(v.id, 0) * _CREDIT[v.status] for v in verdicts)
    return round(100 * earned / total)


@dataclass(frozen=True, slots=True)
class Scorecard:
    """The checklist scored for one ordinance."""

    source: str
    verdicts: list[Verdict]
    method: str  # "tags" (a draft made by this tool) or "text" (rules on the text)
    score: int

    @classmethod
    def of(cls, source: str, verdicts: list[Verdict], method: str) -> Scorecard:
        return cls(source, verdicts, method, score(verdicts))

    def verdict(self, element_id: str) -> Verdict:
        for verdict in self.verdicts:
            if verdict.id == element_id:
                return verdict
        raise KeyError(element_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "method": self.method,
            "elements": [v.to_json() for v in self.verdicts],
            "score": self.score,
        }


TITLES = {e.id: e.title for e in CHECKLIST}
REQUIRED_IDS = [e.id for e in CHECKLIST if e.required]
