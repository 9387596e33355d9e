"""Each provision template renders its section, tagged, with the substance the checklist asks."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ordinance import Document, DraftOptions, Jurisdiction, draft
from ordinance.document import Paragraph, Section, Subdivision, plain_text
from ordinance.templating import PSEUDO_IDS, load_template

SPEC = load_template("surveillance-oversight").spec
ALL_ON = DraftOptions(
    facial_recognition_ban=True,
    military_equipment=True,
    sunset_review=True,
    damages_per_violation=1000,
)

# Phrases each provision must contain: the core of what its checklist element requires.
SUBSTANCE: dict[str, list[str]] = {
    "short-title-and-purpose": ["may be cited as", "Surveillance Technology Oversight Ordinance"],
    "definitions": [
        '"Surveillance Technology" means',
        '"Surveillance Impact Report" means',
        '"Surveillance Use Policy" means',
        '"Exigent Circumstances" means',
        "Neighbors Public Safety Service",
        "Forward to Police",
        "Palantir",
        "license plate",
        "cell-site simulator",
        "does not include",
    ],
    "council-approval": ["funds", "grants", "free", "trial", "agreement", "public meeting"],
    "approval-standard": ["benefits", "outweigh", "civil rights", "disparate impact", "conditions"],
    "public-hearing": [
        "public hearing",
        "notice",
        "Surveillance Impact Report",
        "Ralph M. Brown Act",
        "longer period applies",
    ],
    "community-engagement": ["community meeting", "comment", "Spanish", "Vietnamese", "respon"],
    "impact-report": ["capabilities", "purpose", "civil", "retained", "fiscal", "alternatives"],
    "use-policy": ["authorized", "prohibited", "retention", "training", "audit", "complaint"],
    "oversight-body": ["Oversight Body", "recommendation", "publish"],
    "existing-technology": [
        "inventory",
        "sixty (60) days",
        "one hundred twenty (120) days",
        "one hundred eighty (180) days",
        "after its Surveillance Impact Report is submitted",
        "extend it once",
    ],
    "camera-network-partnerships": [
        "Ring LLC",
        "Neighbors Public Safety Service",
        "Flock Group Inc.",
        "sixty (60) days",
    ],
    "footage-requests": [
        "judicial warrant",
        "written consent",
        "may refuse without penalty",
        "appeal to the public",
        "portal",
        "to investigate and prosecute the incident",
        "log",
    ],
    "no-subsidy-or-promotion": ["subsid", "discount", "promote", "free"],
    "vendor-agreements": ["non-disclosure", "void", "public"],
    "data-sharing": ["immigration", "warrant", "Surveillance Use Policy"],
    "exigent-circumstances": [
        "Exigent Circumstances",
        "end",
        "delete",
        "seven (7) days",
        "thirty (30) days",
    ],
    "annual-report": ["March 1", "complaints", "cost", "footage", "public hearing"],
    "public-records": ["website", "ten (10) days"],
    "face-recognition-ban": ["Face Recognition Technology"],
    "military-equipment": ["Military Equipment"],
    "sunset-review": ["four (4) years"],
    "enforcement": [
        "injunctive",
        "declaratory",
        "attorney",
        "discipline",
        "is an injury to any person",
        "delete Surveillance Data",
        "$1,000",
    ],
    "whistleblower-protection": ["retaliat", "contractor", "protected disclosure"],
    "severability": ["invalid", "remaining"],
    "effective-date": ["takes effect", "thirty (30) days"],
    "transition": ["No contract", "impaired", "earliest date its terms allow"],
}


@pytest.fixture(scope="module")
def full_draft(riverton: Jurisdiction) -> Document:
    return draft(riverton, options=ALL_ON)


def section_text(section: Section) -> str:
    parts: list[str] = [section.heading]
    for block in section.content:
        if isinstance(block, Section):
            parts.append(section_text(block))
        elif isinstance(block, Subdivision):
            stack = [block]
            while stack:
                sub = stack.pop(0)
                parts.append(plain_text(sub.inlines))
                stack[:0] = sub.children
        elif isinstance(block, Paragraph):
            parts.append(plain_text(block.inlines))
    return " ".join(" ".join(parts).split())


def test_every_provision_has_a_substance_check() -> None:
    assert {p.id for p in SPEC.provisions if p.id not in PSEUDO_IDS} == set(SUBSTANCE)


@pytest.mark.parametrize("provision_id", sorted(SUBSTANCE))
def test_provision_renders_its_substance(full_draft: Document, provision_id: str) -> None:
    section = full_draft.get(provision_id)
    assert isinstance(section, Section)
    text = section_text(section)
    for phrase in SUBSTANCE[provision_id]:
        assert phrase.lower() in text.lower(), (provision_id, phrase)
    spec = next(p for p in SPEC.provisions if p.id == provision_id)
    assert full_draft.tags(provision_id) == spec.fulfils


def test_operative_text_uses_shall_not_will_or_must(full_draft: Document) -> None:
    for block in full_draft.walk():
        if isinstance(block, Subdivision):
            text = plain_text(block.inlines)
            assert " must " not in f" {text} ", text
            assert " will " not in f" {text} ", text


def test_preamble_parts(full_draft: Document, riverton: Jurisdiction) -> None:
    text = " ".join(plain_text(p.inlines) for p in full_draft.preamble)
    assert text.startswith("ORDINANCE NO. ______")
    assert "AN ORDINANCE" in text and "ADDING CHAPTER 2.95" in text
    assert (
        "First Amendment" in text and "Fourth Amendment" in text and "Fourteenth Amendment" in text
    )
    assert "Cal. Const. art. I, § 1" in text
    assert "since August 2019" in text
    assert text.rstrip().endswith(riverton.governing_body.enacting_clause)
    closing = " ".join(plain_text(p.inlines) for p in full_draft.closing)
    for title in ("City Clerk", "City Attorney", "Mayor", "AYES", "NOES", "ABSENT"):
        assert title in closing


@pytest.mark.parametrize("approves", [True, False])
def test_executive_signs_only_where_it_approves_ordinances(
    riverton: Jurisdiction, approves: bool
) -> None:
    executive = riverton.executive.model_copy(update={"approves_ordinances": approves})
    place = riverton.model_copy(update={"executive": executive})
    closing = [plain_text(p.inlines) for p in draft(place).closing]
    assert (
        any(line.startswith("APPROVED: ") and "City Manager" in line for line in closing)
        == approves
    )
    assert any(line.startswith("ATTEST: ") for line in closing)


# ---- issue 15: each fix pinned ----


def _text(doc: Document) -> str:
    return " ".join(doc.to_markdown().split())


def test_preempting_state_drafts_no_immigration_ban_and_cites_the_statute(
    riverton_data: dict[str, object], tmp_path: Path
) -> None:
    for code, statute in (("GA", "36-80-23"), ("TN", "7-68-")):
        data = dict(riverton_data, state=code, id=f"riverton-{code.lower()}")
        target = tmp_path / f"riverton-{code.lower()}.yaml"
        target.write_text(yaml.safe_dump(data), encoding="utf-8")
        doc = draft(target)
        assert "data-sharing__immigration" not in {b.id for b in doc.walk()}
        assert statute in _text(doc)


def test_place_without_commission_or_committee_gets_an_independent_board(
    riverton_data: dict[str, object], tmp_path: Path
) -> None:
    old_body = riverton_data["governing_body"]
    assert isinstance(old_body, dict)
    body = {k: v for k, v in old_body.items() if k != "committee"}
    data = dict(riverton_data, governing_body=body, population=30000)
    target = tmp_path / "small.yaml"
    target.write_text(yaml.safe_dump(data), encoding="utf-8")
    text = _text(draft(target))
    assert "Surveillance Advisory Board is established" in text
    assert "five (5) members" in text and "staggered terms" in text
    assert "at least one (1) community meeting" in text
    assert "public transit" not in text


def test_county_sheriff_is_covered_through_funds_and_contracts() -> None:
    text = _text(draft("orange-county-ca"))
    # The elected Sheriff is not bound directly: each duty is a condition on County funds,
    # agreements, property, and systems, and nothing obstructs investigations (Gov. Code 25303).
    assert "Sheriff's Department is a Covered Entity only as to Surveillance Technology" in text
    assert "is a condition of the appropriation, agreement, or use" in text
    assert "obstructs the Sheriff's investigative function within the meaning of" in text
    assert "25303" in text
    assert "including the Orange County Sheriff's Department" not in text


def test_approved_program_is_reviewed_not_terminated(
    riverton_data: dict[str, object], tmp_path: Path
) -> None:
    partnerships = [dict(p) for p in riverton_data["partnerships"]]  # type: ignore[union-attr]
    partnerships[0]["approved"] = {"date": "2025-12-16", "vote": "7-1"}
    data = dict(riverton_data, partnerships=partnerships)
    target = tmp_path / "approved.yaml"
    target.write_text(yaml.safe_dump(data), encoding="utf-8")
    text = _text(draft(target))
    assert "approved on December 16, 2025, by a vote of 7 to 1" in text
    assert "continues under that approval" in text


def test_remedies_fit_the_state(riverton_data: dict[str, object], tmp_path: Path) -> None:
    ca = _text(draft("orange-county-ca"))
    assert "inadmissible" not in ca  # Cal. Const. art. I, sec. 28(f)(2)
    assert "art. I, § 28" in ca
    assert "is an injury to any person" in ca and "thirty (30) days after written notice" not in ca


def test_possessive_and_body_of_place() -> None:
    from ordinance.legal_text import possessive

    assert possessive("Board of Commissioners") == "Board of Commissioners'"
    assert possessive("Davis") == "Davis's"
