"""Choices a draft derives from the place: meeting counts and board size scaled to its size, who
reviews proposals, the approval form its existing law uses, and the numbers of a restated chapter.

Templates ask these questions of `plan` instead of testing names or state codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import TemplateError
from .models import ApprovalForm, DraftOptions, Jurisdiction
from .models.jurisdiction import LawTreatment

Reviewer = Literal["commission", "committee", "board"]

_MEETINGS = {"small": 1, "medium": 2, "large": 3}
_BOARD_MEMBERS = {"small": 5, "medium": 7, "large": 9}


@dataclass(frozen=True)
class Plan:
    """What the templates need to know beyond the raw facts and options. `chapter` is the unit
    the ordinance writes ('Chapter 9.66', or the restated 'Division 12 of Article V of Chapter
    17')."""

    meetings: int
    reviewer: Reviewer
    board_members: int
    approval_form: ApprovalForm
    restates: bool
    coordinates: bool
    chapter: str
    fixed_numbers: dict[str, str] = field(default_factory=dict)

    def number(self, provision_id: str) -> str:
        """The written number of a restated section ('9.64.010'), or '' when the tree numbers it."""
        return self.fixed_numbers.get(provision_id, "")


def plan_for(jurisdiction: Jurisdiction, options: DraftOptions, chapter_ids: list[str]) -> Plan:
    law = jurisdiction.existing_law
    restates = law is not None and law.treatment is LawTreatment.RESTATE
    approval_form = options.approval_form
    if law is not None and law.approval_form and "approval_form" not in options.model_fields_set:
        approval_form = law.approval_form
    if jurisdiction.oversight_body is not None:
        reviewer: Reviewer = "commission"
    elif jurisdiction.governing_body.committee is not None:
        reviewer = "committee"
    else:
        reviewer = "board"
    return Plan(
        meetings=options.community_meetings or _MEETINGS[jurisdiction.size],
        reviewer=reviewer,
        board_members=options.advisory_board_members or _BOARD_MEMBERS[jurisdiction.size],
        approval_form=approval_form,
        restates=restates,
        coordinates=law is not None and not restates,
        chapter=law.citation
        if law is not None and restates
        else f"{jurisdiction.code.unit} {jurisdiction.code.chapter}",
        fixed_numbers=restated_numbers(jurisdiction, chapter_ids) if restates else {},
    )


def restated_numbers(jurisdiction: Jurisdiction, chapter_ids: list[str]) -> dict[str, str]:
    """Numbers for every section of a restated chapter, in document order.

    A section that restates an existing one keeps that section's number; the others take free
    numbers spread evenly in the gaps between them, or follow the last one in the code's step.
    Every number is written out, so the tree keeps them as they are (`.fixed`).
    """
    law = jurisdiction.existing_law
    assert law is not None
    numbering = jurisdiction.code.numbering
    prefix = f"{jurisdiction.code.chapter}{numbering.separator}"
    kept: dict[str, int] = {}
    for section in law.sections:
        if section.becomes is None:
            continue
        if not section.number.startswith(prefix) or not section.number[len(prefix) :].isdigit():
            raise TemplateError(
                f"existing_law: section {section.number} is not numbered in the code's scheme "
                f"({prefix}N)"
            )
        if section.becomes not in chapter_ids:
            raise TemplateError(
                f"existing_law: section {section.number} becomes {section.becomes!r}, which is "
                "not a section of this draft"
            )
        kept[section.becomes] = int(section.number[len(prefix) :])
    serials: dict[str, int] = {}
    index = 0
    # Before the first kept number, the chapter starts where the existing one starts.
    first = law.sections[0].number[len(prefix) :] if law.sections else ""
    previous = int(first) - numbering.step if first.isdigit() else 0
    while index < len(chapter_ids):
        provision = chapter_ids[index]
        if provision in kept:
            if kept[provision] <= previous:
                raise TemplateError(
                    f"existing_law: section {prefix}{kept[provision]} would come after "
                    f"{prefix}{previous} in the restated {law.unit}; list `becomes` in draft order"
                )
            previous = serials[provision] = kept[provision]
            index += 1
            continue
        run_end = index
        while run_end < len(chapter_ids) and chapter_ids[run_end] not in kept:
            run_end += 1
        run = chapter_ids[index:run_end]
        if run_end < len(chapter_ids):
            ceiling = kept[chapter_ids[run_end]]
            gap = (ceiling - previous) // (len(run) + 1)
            if gap < 1:
                raise TemplateError(
                    f"existing_law: no room for {len(run)} new sections between {prefix}"
                    f"{previous} and {prefix}{ceiling}; keep fewer existing numbers"
                )
        else:
            gap = numbering.step
        for offset, new in enumerate(run, start=1):
            serials[new] = previous + gap * offset
        previous = serials[run[-1]]
        index = run_end
    return {
        provision: f"{prefix}{str(serial).zfill(numbering.width)}"
        for provision, serial in serials.items()
    }
