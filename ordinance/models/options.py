"""The drafter's choices: which optional provisions to include and the parameters of each.

Defaults are values seen in enacted laws (see the provisions checklist); every number here is a
legal limit the template prints in words and figures ("thirty (30) days").
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field, model_validator

from .jurisdiction import ApprovalForm, NonEmpty, StrictModel
from .metadata import DraftMetadata

Days = int  # documented alias: every *_days field counts calendar days


class ApprovedProgramRule(StrEnum):
    """What happens to a program the governing body approved before this ordinance."""

    REVIEW = "review"
    SUSPEND = "suspend"


class VoteThreshold(StrEnum):
    """Share of the body's members needed to approve."""

    MAJORITY = "majority"
    TWO_THIRDS = "two-thirds"


class DraftOptions(StrictModel):
    """Choices for one draft. Each field can be set in an options file or with `--set key=value`."""

    # Optional provisions (checklist elements marked OPTIONAL).
    facial_recognition_ban: bool = Field(
        default=True,
        description="Include a ban on acquiring or using face recognition technology (on by "
        "default; a drafter's note cites any state statute on the subject).",
    )
    military_equipment: bool = Field(
        default=False,
        description="Extend the approval process to military equipment.",
    )
    sunset_review: bool = Field(
        default=False,
        description="Make each approval lapse unless renewed after `sunset_years`.",
    )
    sunset_years: int = Field(
        default=4, ge=1, le=20, description="Years after which an approval lapses, if enabled."
    )

    # Approval.
    approval_form: ApprovalForm = Field(
        default=ApprovalForm.ORDINANCE,
        description="Whether the body approves each technology by ordinance or by resolution. "
        "When the place's existing surveillance law sets a form, the draft keeps it unless this "
        "is set.",
    )
    vote_threshold: VoteThreshold = Field(
        default=VoteThreshold.MAJORITY, description="Vote needed to approve."
    )

    # Community engagement and notice.
    hearing_notice_days: Days = Field(
        default=30,
        ge=1,
        le=180,
        description="Days before the public hearing by which the impact report and use policy "
        "are published with the notice.",
    )
    comment_period_days: Days = Field(
        default=45, ge=1, le=180, description="Length of the written public comment period."
    )
    community_meetings: int | None = Field(
        default=None,
        ge=1,
        le=20,
        description="Minimum number of community meetings before the hearing on a proposal; "
        "omit to scale it to the place (one under 50,000 residents, two under 500,000, three "
        "above). The Oversight Body may require more.",
    )
    advisory_board_members: int | None = Field(
        default=None,
        ge=3,
        le=15,
        description="Members of the advisory board the ordinance creates where the place has no "
        "privacy commission or named committee; omit to scale it (five, seven or nine).",
    )

    # Review.
    oversight_review_days: Days = Field(
        default=90,
        ge=1,
        le=365,
        description="Days the Oversight Body has to review a Surveillance Impact Report and use "
        "policy and make its recommendation before the governing body may act without it.",
    )

    oversight_extension_days: Days = Field(
        default=30,
        ge=0,
        le=90,
        description="Most the review period may be extended, in all, while the Covered Entity "
        "answers the Oversight Body's requests for information.",
    )

    # Existing technology and partnerships.
    inventory_days: Days = Field(
        default=60,
        ge=1,
        le=365,
        description="Days after the effective date to publish the inventory of existing "
        "surveillance technology.",
    )
    existing_submission_days: Days = Field(
        default=120,
        ge=1,
        le=730,
        description="Days after the effective date to submit an impact report and use policy "
        "for each existing technology.",
    )
    existing_decision_days: Days = Field(
        default=180,
        ge=30,
        le=730,
        description="Days after an existing technology's impact report is submitted within which "
        "the body decides on it; use stops if it has not approved it by then.",
    )
    existing_extension_days: Days = Field(
        default=90,
        ge=0,
        le=365,
        description="Longest single extension of that period the body may grant by resolution.",
    )
    approved_program_rule: ApprovedProgramRule = Field(
        default=ApprovedProgramRule.REVIEW,
        description="For programs the body approved before this ordinance: 'review' (they "
        "continue under that approval until reviewed under the new standard) or 'suspend' "
        "(they stop until re-approved).",
    )
    partnership_termination_days: Days = Field(
        default=60,
        ge=1,
        le=365,
        description="Days after the effective date by which unapproved camera-network "
        "partnerships end.",
    )

    # Data.
    max_retention_days: Days = Field(
        default=30,
        ge=1,
        le=3650,
        description="Longest a use policy may keep surveillance data that is not evidence in a "
        "pending matter, unless the body approves a longer period.",
    )
    publication_days: Days = Field(
        default=10,
        ge=1,
        le=90,
        description="Days after approval within which approved documents are posted online.",
    )

    # Exigent circumstances.
    exigent_use_days: Days = Field(
        default=7, ge=1, le=90, description="Longest an exigent use may continue without approval."
    )
    exigent_report_days: Days = Field(
        default=30,
        ge=1,
        le=180,
        description="Days after an exigent use begins within which it is reported to the body.",
    )

    # Annual report.
    annual_report_due: NonEmpty = Field(
        default="March 1",
        pattern=r"^(January|February|March|April|May|June|July|August|September|October|"
        r"November|December) ([1-9]|[12]\d|3[01])$",
        description="Day of the year by which the annual surveillance report is due.",
        examples=["March 1"],
    )

    # Enforcement.
    damages_per_violation: int | None = Field(
        default=None,
        ge=1,
        description="Liquidated damages in dollars a court may award per violation; omit for none.",
        examples=[1000],
    )
    cure_period_days: Days | None = Field(
        default=None,
        ge=1,
        le=90,
        description="Days a Covered Entity has, once for each kind of violation, to cure it after "
        "written notice before suit; omit for no notice period.",
    )
    misdemeanor_penalty: bool = Field(
        default=False,
        description="Make a knowing violation by an officer or employee a misdemeanor.",
    )

    effective_days: Days = Field(
        default=30,
        ge=0,
        le=365,
        description="Days after adoption on which the ordinance takes effect.",
    )

    metadata: DraftMetadata = Field(
        default_factory=DraftMetadata, description="The draft's own label, version and status."
    )

    @model_validator(mode="after")
    def _existing_review_fits(self) -> DraftOptions:
        """The steps for an existing technology must fit before its use has to stop: the comment
        period, then the Oversight Body's review with its longest extension. The hearing notice
        runs during the review, so it adds nothing."""
        needed = (
            self.comment_period_days + self.oversight_review_days + self.oversight_extension_days
        )
        if needed > self.existing_decision_days:
            raise ValueError(
                f"existing_decision_days ({self.existing_decision_days}) is shorter than the "
                f"comment period, review and its extension ({needed} days): an existing "
                "technology would have to stop before the body could decide"
            )
        return self
