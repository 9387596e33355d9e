"""The state-law facts a local surveillance ordinance must respect, for one state.

A profile records what the state's statutes and constitution say on each topic that changes a
bill, with the citation and the source it was checked against. A fact that could not be checked
says so (`verified: false`, and `applies: null` when not even its direction is known): the draft
then carries a drafter's note instead of relying on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^https?://\S+$")]

# The topics a template can ask about, in the order a profile prints them.
Topic = Literal[
    "immigration_sharing",
    "sheriff_independence",
    "evidence_suppression",
    "fee_awards",
    "license_plate_readers",
    "face_recognition",
    "surveillance_approval",
    "local_preemption_general",
    "private_action",
]
TOPICS: tuple[Topic, ...] = get_args(Topic)


class _Strict(BaseModel):
    """Unknown keys are errors (a typo is never silently ignored); values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Statute(_Strict):
    """A named law and where it was read."""

    name: Text = Field(description="The law's name.", examples=["California Public Records Act"])
    citation: Text = Field(
        description="Its citation.", examples=["Cal. Gov. Code 7920.000 et seq."]
    )
    source: Url | None = Field(
        default=None, description="Where the citation was checked (legislature, AG, RCFP)."
    )
    verified: bool = Field(description="Whether the name and citation were checked at the source.")
    note: Text | None = Field(default=None, description="Anything a drafter should know.")

    @model_validator(mode="after")
    def _checked_laws_are_sourced(self) -> Statute:
        if self.verified and self.source is None:
            raise ValueError("a verified law needs a source")
        return self


class OpenMeetingsAct(Statute):
    """The open-meetings law, with the notice it requires before a regular meeting."""

    notice_hours: int | None = Field(
        ge=0,
        description="Minimum hours of public notice before a regular meeting; null when the law "
        "sets no fixed period (for example 'reasonable notice') or the period was not verified.",
        examples=[72],
    )


class StateFact(_Strict):
    """What state law says on one topic that shapes a local surveillance ordinance."""

    applies: bool | None = Field(
        description="True when the state law exists and limits or shapes the ordinance on this "
        "topic; false when it does not; null when unknown."
    )
    citation: Text | None = Field(default=None, description="The statute or constitutional text.")
    summary: Text = Field(description="One plain sentence a drafter's note can quote.")
    penalties: Text | None = Field(default=None, description="Consequences of a conflicting law.")
    source: Url | None = Field(default=None, description="Where the fact was checked.")
    verified: bool = Field(description="Whether the fact was checked against its source.")

    @model_validator(mode="after")
    def _checked_facts_are_sourced(self) -> StateFact:
        if self.verified and (self.source is None or self.citation is None):
            raise ValueError("a verified fact needs a citation and a source")
        if self.verified and self.applies is None:
            raise ValueError("a verified fact says whether it applies (true or false)")
        if self.applies is True and self.citation is None:
            raise ValueError("a fact that applies needs a citation")
        return self


class StateProfile(_Strict):
    """The state-law facts for one state (or the District of Columbia)."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] = Field(examples=["CA"])
    name: Text = Field(examples=["California"])
    checked_on: dt.date = Field(description="When the facts were last checked against sources.")
    open_meetings: OpenMeetingsAct
    public_records: Statute
    privacy_clause: Statute | None = Field(
        default=None,
        description="The state constitution's express right of privacy; null when it has none.",
    )
    immigration_sharing: StateFact = Field(
        description="Applies when state law forbids local limits on cooperation with federal "
        "immigration enforcement (so an ordinance may not bar sharing data with it)."
    )
    sheriff_independence: StateFact = Field(
        description="Applies when the county board may not direct or obstruct the sheriff's "
        "investigative functions (so coverage rests on funds, contracts and county systems)."
    )
    evidence_suppression: StateFact = Field(
        description="Applies when state law bars a local exclusionary or suppression remedy."
    )
    fee_awards: StateFact = Field(
        description="Applies when fee awards or damages against the local government are barred "
        "or doubtful (for example, sovereign immunity)."
    )
    license_plate_readers: StateFact = Field(
        description="Applies when a state statute regulates license-plate readers."
    )
    face_recognition: StateFact = Field(
        description="Applies when a state statute regulates government face recognition."
    )
    surveillance_approval: StateFact = Field(
        description="Applies when state law requires local approval of surveillance or "
        "military equipment."
    )
    local_preemption_general: StateFact | None = Field(
        default=None,
        description="A general state preemption of local law that reaches such an ordinance.",
    )
    private_action: StateFact | None = Field(
        default=None,
        description="Applies when state law denies a local ordinance, or makes it doubtful that "
        "it has, the power to give persons a civil action (for example, a home-rule limit on "
        "local civil law).",
    )

    def fact(self, topic: Topic) -> StateFact | None:
        """The fact on a topic; None for an optional topic the profile does not record."""
        if topic not in TOPICS:
            raise ValueError(f"unknown state-law topic {topic!r}; expected one of {TOPICS}")
        value: StateFact | None = getattr(self, topic)
        return value

    def preempts(self, topic: Topic) -> bool:
        """True only when state law is recorded as applying on this topic (unknown is False)."""
        found = self.fact(topic)
        return found is not None and found.applies is True

    def unverified(self) -> list[str]:
        """Every recorded fact not checked at its source: the acts and topics a note must flag."""
        names: list[str] = [
            name
            for name in ("open_meetings", "public_records", "privacy_clause")
            if (law := getattr(self, name)) is not None and not law.verified
        ]
        names += [t for t in TOPICS if (f := self.fact(t)) is not None and not f.verified]
        return names
