"""Choices a draft derives from the place: meeting counts and board size scaled to its size, who
reviews proposals, the approval form its existing law uses, and the numbers of a restated chapter.

Templates ask these questions of `plan` instead of testing names or state codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .errors import TemplateError
from .models import ApprovalForm, DraftOptions, Jurisdiction
from .models.jurisdiction import AgencyKind, LawTreatment

Reviewer = Literal["commission", "committee", "board"]

# States whose constitution waives a local government's immunity only for declaratory relief
# (and then an injunction), in a suit against the government alone: Georgia, art. I, sec. II,
# para. V (2020; State v. SASS Group, 2023, dismissed a suit that also named others).
_DECLARATORY_FIRST = frozenset({"GA"})

# State whistleblower statutes that reach local employees and count a local ordinance as a law
# whose violation may be disclosed: Georgia's covers any local government that receives state
# funds and defines "law, rule, or regulation" to include a local ordinance (O.C.G.A. 45-1-4(a)).
_WHISTLEBLOWER_STATUTES = {"GA": "O.C.G.A. § 45-1-4"}

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
    damages_per_violation: int | None = None
    keeps_fee_awards: bool = False
    light: bool = False
    board_name: str = "Surveillance Advisory Board"
    declaratory_first: bool = False
    whistleblower_statute: str | None = None
    manager: str | None = None
    enacting_body: str = ""
    independent_sheriffs: tuple[str, ...] = ()

    def number(self, provision_id: str) -> str:
        """The written number of a restated section ('9.64.010'), or '' when the tree numbers it."""
        return self.fixed_numbers.get(provision_id, "")


def plan_for(jurisdiction: Jurisdiction, options: DraftOptions, chapter_ids: list[str]) -> Plan:
    law = jurisdiction.existing_law
    restates = law is not None and law.treatment is LawTreatment.RESTATE
    approval_form = options.approval_form
    if law is not None and law.approval_form and "approval_form" not in options.model_fields_set:
        approval_form = law.approval_form
    # A restatement never repeals a remedy the existing law gives, unless the drafter says so.
    damages = options.damages_per_violation
    if law is not None and law.damages_per_violation and "damages_per_violation" not in (
        options.model_fields_set
    ):
        damages = law.damages_per_violation
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
        damages_per_violation=damages,
        keeps_fee_awards=law is not None and law.fee_awards,
        light=jurisdiction.size == "small",
        board_name=_board_name(jurisdiction.governing_body.name),
        declaratory_first=jurisdiction.state.code in _DECLARATORY_FIRST,
        whistleblower_statute=_WHISTLEBLOWER_STATUTES.get(jurisdiction.state.code),
        manager=_manager(jurisdiction),
        enacting_body=enacting_body(jurisdiction),
        independent_sheriffs=independent_sheriffs(jurisdiction),
    )


def independent_sheriffs(jurisdiction: Jurisdiction) -> tuple[str, ...]:
    """The sheriff's offices that the body may bind only through its funds, contracts, property
    and systems. An appointed sheriff (Denver's answers to the Mayor) is a department like any
    other, so the state's rule on independent sheriffs does not reach it."""
    return tuple(
        agency.name
        for agency in jurisdiction.agencies
        if agency.kind is AgencyKind.SHERIFF and not agency.appointed
    )


def _manager(jurisdiction: Jurisdiction) -> str | None:
    """The appointed manager through whom departments answer to the body, or None. Under a
    council-manager charter (Cambridge's Plan E, Austin's) the council deals with departments
    through the manager, so submissions go through that office."""
    executive = jurisdiction.executive
    if executive.approves_ordinances or "manager" not in executive.title.lower():
        return None
    return executive.title


def enacting_body(jurisdiction: Jurisdiction) -> str:
    """The body that the long title names: the one the enacting clause ordains by. Where the
    clause ordains by 'the Mayor and City Council' (Statesboro), the title says so too."""
    body_of_place = jurisdiction.body_of_place
    clause = jurisdiction.governing_body.enacting_clause.lower()
    executive = jurisdiction.executive.title
    if f"{executive} and {jurisdiction.governing_body.name}".lower() in clause:
        return f"{executive} and {body_of_place}"
    return body_of_place


def _board_name(governing_body: str) -> str:
    """A name for the created advisory body that cannot be confused with the governing body:
    a 'Board of Supervisors' gets a Commission, a 'Commission' or 'Board of Commissioners' a
    Committee, everyone else a Board."""
    words = governing_body.lower()
    if "commission" in words:
        return "Surveillance Advisory Committee"
    if "board" in words:
        return "Surveillance Advisory Commission"
    return "Surveillance Advisory Board"


def restated_numbers(jurisdiction: Jurisdiction, chapter_ids: list[str]) -> dict[str, str]:
    """Numbers for every section of a restated chapter.

    A section that restates an existing one keeps that section's number. New sections never
    reuse the number of an existing section (a repealed subject's number stays retired, so old
    citations cannot point at new text) and are not squeezed between fixed numbers: they follow
    the highest existing number in the code's step, in template order. The one exception is a
    single new section that opens the chapter (a short title and purpose), which takes the
    half-step before the first existing section (9.64.005) when that number is free, as code
    publishers commonly accept. Where no section keeps its number, the restated unit is simply
    renumbered from its first section. Every number is written out, so the tree keeps them
    (`.fixed`).
    """
    law = jurisdiction.existing_law
    assert law is not None
    numbering = jurisdiction.code.numbering
    prefix = f"{jurisdiction.code.chapter}{numbering.separator}"
    existing: list[int] = []
    kept: dict[str, int] = {}
    for section in law.sections:
        serial = section.number[len(prefix) :]
        if not section.number.startswith(prefix) or not serial.isdigit():
            raise TemplateError(
                f"existing_law: section {section.number} is not numbered in the code's scheme "
                f"({prefix}N)"
            )
        existing.append(int(serial))
        if section.becomes is None:
            continue
        if section.becomes not in chapter_ids:
            raise TemplateError(
                f"existing_law: section {section.number} becomes {section.becomes!r}, which is "
                "not a section of this draft"
            )
        kept[section.becomes] = int(serial)
    serials = dict(kept)
    new = [provision for provision in chapter_ids if provision not in kept]
    if not kept:
        # No subject keeps its number: the restated unit is renumbered from its first section.
        first = min(existing, default=numbering.step)
        return {
            provision: f"{prefix}{str(first + offset * numbering.step).zfill(numbering.width)}"
            for offset, provision in enumerate(chapter_ids)
        }
    if new and chapter_ids.index(new[0]) < min(chapter_ids.index(k) for k in kept):
        opening = min(existing) - numbering.step // 2
        if numbering.step >= 2 and opening > 0 and opening not in existing:
            serials[new.pop(0)] = opening
    last = max(existing, default=0)
    following = (last // numbering.step + 1) * numbering.step
    for offset, provision in enumerate(new):
        serials[provision] = following + offset * numbering.step
    return {
        provision: f"{prefix}{str(serial).zfill(numbering.width)}"
        for provision, serial in sorted(serials.items(), key=lambda item: item[1])
    }
