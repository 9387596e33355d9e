"""Drafts for every shipped jurisdiction: complete, tailored, and free of missing values."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from ordinance import DraftOptions, Jurisdiction, draft, load_jurisdiction, read_markdown
from ordinance.checklist import REQUIRED
from ordinance.document import Document, Paragraph, Role, Section, Subdivision, plain_text
from ordinance.resources import shipped_jurisdictions

from .conftest import RIVERTON

JURISDICTIONS = shipped_jurisdictions()
PLACEHOLDERS = re.compile(
    r"\bNone\b|\{\{|\}\}|\{%|%\}|\bTODO\b|\bTBD\b|\bXXX\b|\bFIXME\b|(?i:lorem ipsum)|\[\]|\(\)"
)


@pytest.fixture(scope="module", params=JURISDICTIONS)
def shipped(request: pytest.FixtureRequest) -> tuple[Jurisdiction, Document]:
    jurisdiction = load_jurisdiction(request.param)
    return jurisdiction, draft(jurisdiction)


def test_at_least_five_jurisdictions_of_different_kinds() -> None:
    kinds = {load_jurisdiction(j).kind.value for j in JURISDICTIONS}
    assert len(JURISDICTIONS) >= 5
    assert {"city", "county", "consolidated city-county"} <= kinds
    assert any(load_jurisdiction(j).oversight_body for j in JURISDICTIONS)


def test_draft_contains_every_required_provision(shipped: tuple[Jurisdiction, Document]) -> None:
    _, doc = shipped
    tags = {tag for tags in doc.info.provisions.values() for tag in tags}
    assert tags >= REQUIRED, REQUIRED - tags
    section_ids = {b.id for b in doc.walk() if isinstance(b, Section)}
    for provision_id in doc.info.provisions:
        assert provision_id in section_ids or provision_id in {
            "title",
            "findings",
            "enacting-clause",
            "signature-block",
        }


def test_draft_is_tailored_to_the_jurisdiction(shipped: tuple[Jurisdiction, Document]) -> None:
    place, doc = shipped
    text = doc.to_text()
    flat = " ".join(text.split())
    for fact in [
        place.official_name,
        place.governing_body.name,
        place.governing_body.enacting_clause,
        place.code.name,
        place.clerk.title,
        *[agency.name for agency in place.agencies],
        *[p.vendor for p in place.partnerships],
        *[p.program for p in place.partnerships],
        *place.languages,
    ]:
        assert " ".join(fact.split()) in flat, fact
    numbers = [s.number for s in doc.sections[0].sections]
    assert numbers and all(n.startswith(place.code.chapter) for n in numbers)
    enacting = [p for p in doc.preamble if p.role is Role.ENACTING]
    assert (
        len(enacting) == 1
        and plain_text(enacting[0].inlines) == place.governing_body.enacting_clause
    )


def test_draft_has_no_missing_values_or_placeholders(
    shipped: tuple[Jurisdiction, Document],
) -> None:
    _, doc = shipped
    markdown = doc.to_markdown()
    body = markdown.split("\n---\n", 1)[1]
    assert not PLACEHOLDERS.search(body), PLACEHOLDERS.search(body)
    # Blanks are for the clerk alone: the ordinance number, dates and votes.
    for block in doc.walk():
        if isinstance(block, Paragraph | Subdivision) and "___" in plain_text(block.inlines):
            assert isinstance(block, Paragraph) and block.role in (
                Role.CAPTION,
                Role.CLOSING,
                Role.SIGNATURE,
            ), plain_text(block.inlines)
    assert "  " not in " ".join(
        plain_text(b.inlines) for b in doc.walk() if not isinstance(b, Section)
    )


def test_draft_round_trips_through_markdown(shipped: tuple[Jurisdiction, Document]) -> None:
    _, doc = shipped
    markdown = doc.to_markdown()
    again = read_markdown(markdown)
    assert again == doc
    assert again.to_markdown() == markdown


# ---- options reach the text: every numeric parameter prints in words and figures

NUMERIC = {
    "hearing_notice_days": ("seventy-seven (77) days", 77),
    "comment_period_days": ("fifty-nine (59) days", 59),
    "inventory_days": ("fifty-three (53) days", 53),
    "existing_submission_days": ("one hundred thirty-three (133) days", 133),
    "existing_decision_days": ("two hundred eleven (211) days", 211),
    "existing_extension_days": ("sixty-one (61) days", 61),
    "partnership_termination_days": ("forty-four (44) days", 44),
    "max_retention_days": ("twenty-six (26) days", 26),
    "publication_days": ("nineteen (19) days", 19),
    "exigent_use_days": ("eleven (11) days", 11),
    "exigent_report_days": ("twenty-three (23) days", 23),
    "effective_days": ("thirty-seven (37) days", 37),
    "cure_period_days": ("seventeen (17) days", 17),
    "oversight_review_days": ("eighty-three (83) days", 83),
}


@pytest.mark.parametrize("option", sorted(NUMERIC))
def test_each_day_count_option_is_printed_in_words_and_figures(
    riverton: Jurisdiction, option: str
) -> None:
    phrase, value = NUMERIC[option]
    text = " ".join(draft(riverton, options=DraftOptions(**{option: value})).to_text().split())
    assert phrase in text


def test_other_options_reach_the_text(riverton: Jurisdiction) -> None:
    default = " ".join(draft(riverton).to_text().split())
    changed = draft(
        riverton,
        options=DraftOptions(
            annual_report_due="October 15",
            damages_per_violation=2500,
            community_meetings=5,
            approval_form="resolution",
            vote_threshold="two-thirds",
        ),
    )
    text = " ".join(changed.to_text().split())
    assert "October 15" in text and "October 15" not in default
    assert "$2,500" in text
    assert "resolution" in text
    assert "two-thirds" in text


@pytest.mark.parametrize(
    ("option", "section_id"),
    [
        ("military_equipment", "military-equipment"),
        ("sunset_review", "sunset-review"),
    ],
)
def test_optional_provisions_switch_on_by_option(
    riverton: Jurisdiction, option: str, section_id: str
) -> None:
    without = draft(riverton)
    with_it = draft(riverton, options=DraftOptions(**{option: True}))
    assert section_id not in {b.id for b in without.walk()}
    assert isinstance(with_it.get(section_id), Section)
    assert with_it.tags(section_id)


def test_hearing_notice_cannot_undercut_state_law(riverton: Jurisdiction) -> None:
    from ordinance import InputError

    with pytest.raises(InputError, match=r"Ralph M\. Brown Act"):
        draft(riverton, options=DraftOptions(hearing_notice_days=2))


# ---- jurisdictions without the optional facts still draft complete law


def sparse(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    data["partnerships"] = []
    data["governing_body"] = {
        k: v for k, v in data["governing_body"].items() if k not in ("districts", "committee")
    }
    data["state"] = "GA"  # no privacy clause, and preempts immigration limits
    data.pop("oversight_body", None)
    return data


def test_sparse_jurisdiction_drafts_without_gaps(
    tmp_path: Path, riverton_data: dict[str, Any]
) -> None:
    target = tmp_path / "sparse.yaml"
    target.write_text(yaml.safe_dump(sparse(riverton_data)), encoding="utf-8")
    doc = draft(
        target,
        options=DraftOptions(
            facial_recognition_ban=True,
            military_equipment=True,
            sunset_review=True,
            damages_per_violation=None,
            cure_period_days=None,
        ),
    )
    body = doc.to_markdown().split("\n---\n", 1)[1]
    assert not PLACEHOLDERS.search(body)
    assert {t for tags in doc.info.provisions.values() for t in tags} >= REQUIRED


def test_user_values_are_printed_verbatim_not_as_markdown(
    tmp_path: Path, riverton_data: dict[str, Any]
) -> None:
    data = dict(riverton_data)
    data["official_name"] = "City of *Springfield* [x](y) <b>"
    target = tmp_path / "odd.yaml"
    target.write_text(yaml.safe_dump(data), encoding="utf-8")
    doc = draft(target)
    assert "City of *Springfield* [x](y) <b>" in doc.to_text()
    assert read_markdown(doc.to_markdown()) == doc


def test_drafting_is_deterministic(riverton: Jurisdiction) -> None:
    assert draft(riverton).to_markdown() == draft(riverton).to_markdown()
    assert draft(riverton).to_docx() == draft(riverton).to_docx()


def test_fixture_path_and_id_both_load() -> None:
    assert draft(RIVERTON).info.jurisdiction == "riverton-ca"


@pytest.mark.parametrize(
    ("official_name", "in_text"),
    [
        ("City of Oakland", "the City of Oakland"),
        ("City and County of Denver", "the City and County of Denver"),
        (
            "Metropolitan Government of Nashville and Davidson County",
            "the Metropolitan Government of Nashville and Davidson County",
        ),
        ("Town Of Smallville", "the Town Of Smallville"),
        ("Orange County", "Orange County"),
    ],
)
def test_official_name_reads_with_its_article(
    riverton: Jurisdiction, official_name: str, in_text: str
) -> None:
    assert riverton.model_copy(update={"official_name": official_name}).the_official_name == in_text


def test_periods_read_in_words_and_figures(shipped: tuple[Jurisdiction, Document]) -> None:
    from ordinance.legal_text import number_words

    _, doc = shipped
    text = " ".join(doc.to_text().split())
    periods = re.finditer(
        r"(\S+ )?(\S+ )?(\(?)(\d+)(\)?) (?:calendar |business )?(?:day|week|month|year|hour)s?\b",
        text,
    )
    for match in periods:
        n = int(match.group(4))
        assert match.group(3) == "(" and match.group(5) == ")", match.group(0)
        before = ((match.group(1) or "") + (match.group(2) or "")).strip()
        assert before.endswith(number_words(n).split()[-1]), match.group(0)
