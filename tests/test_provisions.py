"""Each provision template renders its section, tagged, with the substance the checklist asks."""

from __future__ import annotations

import pytest

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
        "Amazon Rekognition",
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
    ],
    "camera-network-partnerships": [
        "Ring LLC",
        "Neighbors Public Safety Service",
        "Flock Group Inc.",
        "sixty (60) days",
    ],
    "footage-requests": ["warrant", "written consent", "right to refuse", "log", "portal"],
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
    "annual-report": ["March 1", "complaints", "cost", "Footage Request", "public hearing"],
    "public-records": ["website", "ten (10) days"],
    "face-recognition-ban": ["Face Recognition Technology"],
    "military-equipment": ["Military Equipment"],
    "sunset-review": ["four (4) years"],
    "enforcement": [
        "injunctive",
        "declaratory",
        "attorney",
        "discipline",
        "to the extent permitted by state law",
        "$1,000",
    ],
    "whistleblower-protection": ["retaliat", "contractor", "protected disclosure"],
    "severability": ["invalid", "remaining"],
    "effective-date": ["takes effect", "thirty (30) days"],
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
    assert "Article I, Section 1 of the California Constitution" in text
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
