"""The text rules, element by element: operative language counts, a mention does not.

Each case is written for the test (not copied from an ordinance). A case is placed in a numbered
section, so that it reads as enacted text; the near-miss documents are in test_check_corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ordinance import draft, load_jurisdiction
from ordinance.checklist import ALL_IDS
from ordinance.readers.text import segment
from ordinance.scorecard import Status, Verdict, check_text
from ordinance.scorecard.evaluate import _matches
from ordinance.scorecard.passages import Sentence, passages_from_blocks, sentences_of
from ordinance.scorecard.rules import BY_ID, ELEMENTS

CORPUS = Path(__file__).parent / "check_corpus" / "passages"


def verdict(element: str, body: str, closing: str = "") -> Verdict:
    text = f"1.010 Test provision.\n\n{body}\n\n{closing}"
    return check_text(text, "<case>").verdict(element)


# (element, operative text that has it, text that only mentions it)
CASES = [
    ("title", "AN ORDINANCE adding Chapter 9 to the Town Code to regulate surveillance technology",
     "The title of the ordinance was discussed."),
    ("findings", "WHEREAS, surveillance of public places can chill free association; and",
     "The committee discussed the findings of the audit."),
    ("enacting_clause", "The Town Council does ordain as follows:",
     "The Council will consider an ordinance next month."),
    ("severability", "If any section of this chapter is held invalid, the remaining sections "
     "shall not be affected.", "Severability was raised in public comment."),
    ("effective_date", "This ordinance shall take effect thirty (30) days after its adoption.",
     "Technology in use before the effective date of this chapter is listed in the inventory."),
    ("definitions", '"Surveillance technology" means any device that monitors identifiable '
     "people. It does not include office computers.",
     "Staff explained what surveillance technology is."),
    ("council_approval", "A department must obtain Town Council approval before seeking grant "
     "funds for, acquiring, or using surveillance technology for a purpose not previously "
     "approved, or entering into an agreement to share it.",
     "A department that has obtained approval under Section 1.020 must file a report."),
    ("approval_standard", "The Council may approve a request only if it finds that the benefits "
     "outweigh the costs and that civil liberties are protected.",
     "Supporters said the benefits outweigh the costs."),
    ("public_hearing_notice", "The Council shall hold a public hearing before it approves a "
     "request, and the report shall be posted at least thirty (30) days before the hearing.",
     "The staff report recommends that the Council hold a public hearing."),
    ("community_engagement", "The department shall hold at least one community meeting and "
     "accept written comments for forty-five (45) days.",
     "Community meetings on cameras were held in 2019."),
    ("impact_report", "The department shall submit a surveillance impact report that describes "
     "fiscal costs, effects on civil liberties, and data retention and sharing.",
     "The surveillance impact report for drones is attached."),
    ("use_policy", "The department shall submit a surveillance use policy that sets data "
     "retention limits, rules on access and sharing, and authorized uses.",
     "Data collected in violation of the surveillance use policy shall be deleted."),
    ("existing_technology", "Within sixty (60) days after the effective date of this chapter, "
     "each department shall submit an inventory of surveillance technology in use before the "
     "effective date, and shall cease using any such technology the Council has not approved "
     "within one hundred eighty (180) days.", "The master list was submitted on November 30."),
    ("partnership_termination", "Each agreement that gives the Police Department access to a "
     "private camera network shall terminate ninety (90) days after the effective date of this "
     "chapter unless the Council approves it.",
     "The Police Department announced a partnership with a private camera network."),
    ("footage_requests", "No department may obtain footage recorded by a privately owned camera "
     "without a judicial warrant or the owner's written consent.",
     "Officers may ask residents to share video footage through the portal."),
    ("no_subsidy_or_promotion", "No department shall use public funds to subsidize the purchase "
     "of private surveillance cameras by residents.",
     "The program offers residents a discount on doorbell cameras."),
    ("nda_prohibition", "No agreement for surveillance technology shall contain a "
     "non-disclosure term, and any such term is void.",
     "The vendor asked the Town to sign a non-disclosure agreement."),
    ("data_sharing_limits", "No department shall share surveillance data with another agency "
     "except as the approved use policy allows.",
     "Data is shared with federal agencies through a regional system."),
    ("annual_report", "Each department shall submit to the Council an annual surveillance "
     "report by March 1, and the Council may direct that use of the technology cease.",
     "The Council accepts the annual surveillance reports for 2023."),
    ("oversight_body", "The Privacy Advisory Commission shall review each surveillance impact "
     "report and recommend to the Council whether to approve it.",
     "The Privacy Advisory Commission met on Thursday."),
    ("exigent_circumstances", "A department may use surveillance technology in exigent "
     "circumstances, but shall cease the use when the emergency ends and shall report the use "
     "to the Council within thirty (30) days.", "Exigent use report for March."),
    ("public_records", "The department shall post each approved use policy and annual report "
     "on the Town's website.", "Reports may be requested from the clerk."),
    ("enforcement", "Any person may institute proceedings for injunctive relief to enforce this "
     "chapter.", "Law enforcement agencies in the region use cameras."),
    ("whistleblower", "No department shall retaliate against an employee who reports a "
     "violation of this chapter.", "An employee reported a violation in 2020."),
    ("facial_recognition_ban", "It shall be unlawful for any department to obtain or use face "
     "recognition technology.", "Surveillance technology includes facial recognition software."),
    ("military_equipment", "A department shall obtain Council approval by ordinance before it "
     "acquires military equipment.", "The department received an armored vehicle in 2015."),
    ("sunset_review", "Each approval shall expire five (5) years after it is granted unless the "
     "Council renews it.", "The pilot program's sunset was discussed."),
]  # fmt: skip


def test_every_element_has_a_case() -> None:
    assert {case[0] for case in CASES} | {"signature_block"} == ALL_IDS


@pytest.mark.parametrize(("element", "operative", "mention"), CASES, ids=[c[0] for c in CASES])
def test_operative_text_is_present_and_a_mention_is_missing(
    element: str, operative: str, mention: str
) -> None:
    found = verdict(element, operative)
    assert found.status is Status.PRESENT, found
    assert (found.quote and found.sections == ["1.010"]) or element in (
        "title",
        "findings",
        "enacting_clause",
    )
    assert verdict(element, mention).status is Status.MISSING


def test_signature_block_needs_the_closing_lines() -> None:
    closing = "AYES: ____________\nNOES: ____________\n\nATTEST: ____________\nTown Clerk"
    assert (
        verdict("signature_block", "The Town Council does ordain as follows:", closing).status
        is Status.PRESENT
    )
    mention = verdict("signature_block", "The clerk attests that the notices were posted.")
    assert mention.status is Status.MISSING


def test_a_hearing_that_may_be_held_is_not_required() -> None:
    assert (
        verdict("public_hearing_notice", "The Council may hold a public hearing.").status
        is Status.MISSING
    )


def test_approval_for_acquisition_only_is_partial_and_says_what_is_missing() -> None:
    found = verdict(
        "council_approval",
        "A department must obtain Town Council approval before acquiring surveillance technology.",
    )
    assert found.status is Status.PARTIAL
    assert "approval is required, but not for" in found.note
    assert "new uses, purposes or locations" in found.missing
    assert "seeking or accepting funds, grants or donations" in found.missing


def test_parameters_are_read_from_the_provision() -> None:
    assert verdict("effective_date", CASES[4][1]).parameters == {
        "takes_effect": "thirty (30) days after its adoption"
    }
    assert verdict("public_hearing_notice", CASES[8][1]).parameters == {"notice_days": "30 days"}
    assert verdict("community_engagement", CASES[9][1]).parameters == {"comment_period": "45 days"}
    assert verdict("annual_report", CASES[18][1]).parameters == {"due": "by March 1"}
    approval = verdict(
        "council_approval",
        "No department may acquire surveillance technology unless the Board of Supervisors "
        "has approved it by resolution.",
    )
    assert approval.parameters == {"approved_by": "Board of Supervisors", "form": "by resolution"}


def test_list_items_inherit_the_duty_of_their_lead_in() -> None:
    body = (
        "If a department uses surveillance technology in exigent circumstances, it must do all "
        "of the following:\n"
        "1. Give written notice of the use to the Council within 30 days; and\n"
        "2. Cease the use when the emergency ends."
    )
    found = verdict("exigent_circumstances", body)
    assert found.status is Status.PRESENT
    assert found.parameters["report_within"] == "30 days"


def test_text_that_enacts_nothing_scores_nothing() -> None:
    news = (
        "The new ordinance requires departments to get approval. Under it, departments must obtain "
        "City Council approval before acquiring any surveillance technology, and must submit an "
        "annual surveillance report, a spokesperson said."
    )
    card = check_text(news, "<news>")
    assert {v.status for v in card.verdicts} == {Status.MISSING}
    assert card.score == 0
    assert "no enacted text" in card.verdicts[0].note


def _all_sentences() -> Iterator[Sentence]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts.append(draft(load_jurisdiction("oakland-ca")).to_text())
    texts += [case[1] for case in CASES] + [case[2] for case in CASES]
    for text in texts:
        yield from sentences_of(passages_from_blocks(segment(f"1.010 T.\n\n{text}")))


def test_trigger_words_never_hide_a_match() -> None:
    """The quick word test must be a necessary condition of every rule it guards."""
    sentences = list(_all_sentences())
    for element in ELEMENTS:
        for rule in element.rules:
            bare = replace(rule, triggers=())
            for sentence in sentences:
                lowered = sentence.scope.lower()
                if _matches(bare, sentence, lowered):
                    assert _matches(rule, sentence, lowered), (element.id, sentence.text)
    assert set(BY_ID) == ALL_IDS
