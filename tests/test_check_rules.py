"""The text rules, element by element: operative language counts, a mention does not.

Each case is written for the test (not copied from an ordinance). A case is placed in a numbered
section, so that it reads as enacted text; the near-miss documents are in test_check_corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from ordinance import draft, load_jurisdiction
from ordinance.checklist import ALL_IDS
from ordinance.readers.text import BlockKind, segment
from ordinance.scorecard import Scorecard, Status, Verdict, check_text
from ordinance.scorecard.board_reading import board_rules
from ordinance.scorecard.evaluate import _matches
from ordinance.scorecard.gate import (
    _writes_a_letter,
    describes_an_item,
    describes_no_law,
    has_the_form_of_law,
    is_legislation,
    records_a_meeting,
    sums_up_rules,
    writes_a_memo,
)
from ordinance.scorecard.passages import (
    SIGNER_LINE,
    Part,
    Passage,
    Sentence,
    passages_from_text,
    sentences_of,
)
from ordinance.scorecard.policies import is_board_policy
from ordinance.scorecard.rules import BY_ID, ELEMENTS
from ordinance.scorecard.second_opinion import LEARNED_NOTE
from ordinance.scorecard.triggers import TriggerIndex

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


def test_a_policy_in_its_own_words_sets_each_rule_a_use_policy_needs() -> None:
    # retention as "kept for thirty days", access as "may be viewed by", uses as "only be used"
    policy = (
        "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
        "Cameras may be placed at the entrances of the Library. Cameras shall only be used for "
        "the safety of patrons. Recordings will be kept for thirty days. A recording may be "
        "viewed by the Director."
    )
    assert check_text(policy, "<policy>").verdict("use_policy").status is Status.PRESENT
    placement_only = (
        "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\n"
        "Cameras may be placed at the entrances of the Library."
    )
    found = check_text(placement_only, "<policy>").verdict("use_policy")
    assert found.status is Status.PARTIAL
    assert "data retention limits" in found.missing


def test_the_quote_is_a_sentence_not_the_title_line_above_it() -> None:
    policy = (
        "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\nPurpose\n\n"
        "The purpose of this policy is to guide the use of cameras.\n\nRules\n\n"
        "Recordings shall be kept for thirty days."
    )
    found = check_text(policy, "<policy>").verdict("findings")
    assert found.status is Status.PRESENT
    assert found.quote == "The purpose of this policy is to guide the use of cameras."


def test_a_rule_is_quoted_before_a_glossary_entry() -> None:
    policy = (
        "Camera Policy\n\nAdopted by the Board of Trustees on May 1, 2024\n\nDefinitions\n\n"
        "Camera Network: All cameras the Library has access to, including other agencies'.\n\n"
        "Rules\n\nLibrary staff are authorized to view recordings for safety purposes. "
        "Recordings will be kept for thirty days."
    )
    found = check_text(policy, "<policy>").verdict("use_policy")
    assert found.status is not Status.MISSING
    assert not found.quote.startswith("Camera Network"), found.quote


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


@pytest.mark.parametrize(
    ("element", "body", "parameter", "value"),
    [
        ("annual_report", "Within sixty (60) days after the end of each fiscal year, the "
         "Department shall file an annual report on each approved technology with the Council.",
         "due", "Within sixty (60) days after the end of each fiscal year"),
        ("annual_report", "The Department shall present an annual surveillance report to the "
         "Council no later than the first regular meeting in April.",
         "due", "no later than the first regular meeting in April"),
        ("public_hearing_notice", "The Council shall hold a public hearing, after giving at least "
         "ten (10) days' notice, before it approves any surveillance technology.",
         "notice_days", "10 days"),
        ("council_approval", "No department shall acquire surveillance technology without the "
         "approval of the Town Board of Trustees at a public meeting.",
         "approved_by", "Town Board of Trustees"),
        ("council_approval", "No department shall acquire surveillance technology without the "
         "approval of the City Commission.", "approved_by", "City Commission"),
        ("public_hearing_notice", "Before approving a request, the City Council shall hold a "
         "public hearing. The City Clerk shall publish notice of the hearing at least fourteen "
         "(14) days in advance.", "notice_days", "14 days"),
        ("exigent_circumstances", "A department may use surveillance technology without approval "
         "in an emergency involving imminent danger of death; it shall stop using it within "
         "seven (7) days and report the use to the Council.", "max_use", "7 days"),
        ("existing_technology", "Within one hundred twenty (120) days of the effective date of "
         "this ordinance, each department using surveillance technology that has not been "
         "approved by the Council shall submit a proposed use policy for it.",
         "submit_within", "120 days"),
    ],
)  # fmt: skip
def test_parameters_in_other_words(element: str, body: str, parameter: str, value: str) -> None:
    assert verdict(element, body).parameters.get(parameter) == value


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


def test_an_emergency_use_limit_and_its_report_are_told_apart() -> None:
    """The report's period is the one "report ... within" leads to, not the nearer limit before
    it; a limit written "seven (7) days" is a limit (its bracketed figure opens with no word
    boundary)."""
    found = verdict(
        "exigent_circumstances",
        "In an emergency involving imminent danger of death or serious physical injury, a "
        "department may use surveillance technology without approval for no more than seven (7) "
        "days, and shall report the use to the Board within fourteen (14) days.",
    )
    assert found.status is Status.PRESENT
    assert found.parameters == {"report_within": "14 days", "max_use": "7 days"}


def test_a_county_code_s_board_is_not_a_board_s_own_policy() -> None:
    """"The Board shall hold a public hearing" in a county code is its Board of Supervisors'
    duty: the code is not read as a board's policy, whose "will" and rules of use count."""
    code = (
        "ORDINANCE NO. 2026-40\n\nSec. 2-102. Hearing.\nThe Board shall hold a public hearing on "
        "each request.\n\nSec. 2-105. Exigent circumstances.\nIn an emergency a department may "
        "use surveillance technology without approval for no more than seven (7) days."
    )
    assert not is_board_policy(passages_from_text(code))
    policy = (
        "VIDEO SURVEILLANCE\n\nThe Board shall authorize the use of video cameras on school "
        "buses. Recordings will be kept for thirty days."
    )
    assert is_board_policy(passages_from_text(policy))
    # a report that a governor signed the bill is news about it (batch 73)
    news = "Gov. Roe signed four bills this spring on school bus cameras.\n\n" + policy
    assert not is_board_policy(passages_from_text(news))


def test_who_may_not_serve_on_a_board_is_no_penalty() -> None:
    section = (
        "Sec. 3-7. Qualifications.\n\nAn individual may not be a member of the Board if the "
        "individual:\n(i) is an active police officer; or\n(ii) has been convicted of a felony or "
        "misdemeanor."
    )
    assert verdict("enforcement", section).status is Status.MISSING
    penalty = "Sec. 3-8. Penalty.\n\nAny person who violates this chapter commits a misdemeanor."
    assert verdict("enforcement", penalty).status is not Status.MISSING


def test_a_quoted_term_is_defined_as() -> None:
    section = (
        'Sec. 3-1. Terms.\n\n"Minority race or ethnicity" is defined as any race or ethnicity '
        "other than the one that represents a plurality of residents in the City."
    )
    found = verdict("definitions", section)
    # found by a rule, not only by the learned model's second opinion; and the note does not say
    # that surveillance technology is defined when only other terms are
    assert found.status is not Status.MISSING and found.note != LEARNED_NOTE
    assert found.note == "terms are defined, but with no exclusions from the definition"


@pytest.mark.parametrize(
    ("element", "body", "found"),
    [
        # an agency's or an employee's breach with a drone is remedied; an owner of a vehicle
        # whose data is misused sues
        ("enforcement", "Any agency that operates a drone in violation of this section shall be "
         "liable for a civil penalty of $1,000 per violation.", True),
        ("enforcement", "Any individual, including the owner of a vehicle, whose plate data is "
         "misused may sue for damages.", True),
        # a condition with its own verb is no prohibition; access for a purpose is no sharing
        ("data_sharing_limits", "If no court order is obtained within the period allowed the "
         "department may share the data with other agencies.", False),
        ("data_sharing_limits", "Employees shall not access the plate data for any purpose other "
         "than a criminal investigation.", False),
        # the governing body's approval named after "surveillance technology ... requires"
        ("oversight_body", "No department shall use surveillance technology that requires City "
         "Commission approval without that approval.", False),
    ],
)  # fmt: skip
def test_readings_kept_narrow(element: str, body: str, found: bool) -> None:
    """Cases a review of the session's readings put to them: each reading stays as narrow as its
    comment says."""
    assert (verdict(element, body).status is not Status.MISSING) is found


def test_an_emergency_report_period_is_the_first_after_within() -> None:
    found = verdict(
        "exigent_circumstances",
        "Within ten (10) days after a deployment in an emergency, the Chief shall report to the "
        "Council, including any use within the City lasting more than thirty (30) days.",
    )
    assert found.parameters.get("report_within") == "10 days"


@pytest.mark.parametrize(
    "text",
    [
        "PUBLIC NOTICE\n\nThe Council will meet on May 5.\n\nNow, therefore, all residents are "
        "invited to attend the next regular meeting of the City Council",
        "The Elm Police Department presented this Surveillance Use Policy to the City Council on "
        "Tuesday night. Data will not be shared with ICE, the chief said.",
        "MINUTES\n\nItem 4. Camera contract.\nResolved: Motion carried 5-0.",
    ],
)
def test_notices_news_and_minutes_stay_refused(text: str) -> None:
    card = check_text(text, "<text>")
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == []


def test_a_capitals_caption_is_a_caption_verb_not_any_word_in_ing() -> None:
    recitals = (
        "WHEREAS, the City values privacy; and\nNOW, THEREFORE, BE IT RESOLVED that the Police "
        "shall not use face recognition."
    )
    letterhead = passages_from_text("LANSING CITY COUNCIL\n" + recitals)
    assert letterhead[0].part is Part.BODY
    caption = passages_from_text(
        "SUPPORTING THE PRIVACY OF ALL RESIDENTS,\nINCLUDING IMMIGRANTS\n" + recitals
    )
    assert [p.part for p in caption[:2]] == [Part.TITLE, Part.TITLE]


def test_a_qualified_board_that_authorizes_adopts_its_policy() -> None:
    policy = (
        "VIDEO CAMERAS\n\nThe District Board authorizes the use of video cameras on school buses. "
        "Recordings will be kept for thirty days."
    )
    assert is_board_policy(passages_from_text(policy))


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
        yield from sentences_of(passages_from_text(f"1.010 T.\n\n{text}"))


def test_trigger_words_never_hide_a_match() -> None:
    """The quick word test must be a necessary condition of every rule it guards: every sentence
    a rule matches is among the sentences the trigger index offers it."""
    sentences = list(_all_sentences())
    index = TriggerIndex(sentences, [s.scope.lower() for s in sentences])
    # (a board's policy is read with readings of its own, each with its own trigger words)
    for element in (*ELEMENTS, *board_rules().values()):
        for rule in element.rules:
            if not rule.triggers:
                continue
            offered = index.candidates(rule.triggers, rule.paragraph, rule.titled)
            for position, sentence in enumerate(sentences):
                if _matches(rule, sentence):
                    assert position in offered, (element.id, sentence.text)
    assert set(BY_ID) == ALL_IDS


def test_prohibition_words_never_hide_a_prohibition() -> None:
    """The quick word test before PROHIBITION must be a necessary condition of its matches."""
    from ordinance.scorecard.patterns import PROHIBITION, PROHIBITION_WORDS

    for sentence in _all_sentences():
        if PROHIBITION.search(sentence.text):
            assert any(word in sentence.text.lower() for word in PROHIBITION_WORDS), sentence.text


def test_reporting_words_never_hide_reported_speech() -> None:
    """The quick word test before REPORTED must be a necessary condition of its matches."""
    from ordinance.scorecard.patterns import REPORTED, REPORTED_WORDS

    for sentence in _all_sentences():
        if REPORTED.search(sentence.text):
            assert any(word in sentence.text.lower() for word in REPORTED_WORDS), sentence.text


# Approval, annual reports and existing technology in wordings of other places than our own
# templates: passive, conditional, "subject to", "for its approval", "only with", "each year".
WORDINGS = [
    ("council_approval", "No department may acquire surveillance technology unless the "
     "acquisition has been approved by the City Council."),
    ("council_approval", "The acquisition of any surveillance technology shall be subject to "
     "prior approval by the Board of Supervisors."),
    ("council_approval", "Before seeking funds for surveillance technology, the Department shall "
     "submit its request to the Common Council for approval."),
    ("council_approval", "Surveillance technology may be acquired only with the approval of the "
     "Town Commission."),
    ("council_approval", "The Council's approval is required before any department acquires "
     "surveillance technology."),
    ("annual_report", "By April 15 of each year, the Chief shall submit to the Council a report "
     "on each surveillance technology used during the prior year."),
    ("annual_report", "The department shall report annually to the Board on its surveillance "
     "technology."),
    ("existing_technology", "Within ninety (90) days of the effective date of this chapter, each "
     "department possessing surveillance technology shall submit a use policy for it."),
    ("data_sharing_limits", "Data gathered under this section shall be kept so that it is not "
     "accessible to any agency or entity outside the investigation."),
]


@pytest.mark.parametrize(("element", "text"), WORDINGS)
def test_other_places_wordings_are_found(element: str, text: str) -> None:
    assert verdict(element, text).status is not Status.MISSING


# A "shall" that only defines a term gives the list under it no duty; legal "said" ("said
# request") is not reporting; a minute quoting a law's "this Chapter" is not the law.
def test_definition_lead_in_gives_its_items_no_duty() -> None:
    body = ("The following words shall have the meanings given here:\n\n"
            "(a) \"Camera system\" means cameras placed with the approval of the city council "
            "to help manage emergency response situations.")  # fmt: skip
    assert verdict("council_approval", body).status is Status.MISSING
    assert verdict("exigent_circumstances", body).status is Status.MISSING


def test_legal_said_is_not_reporting() -> None:
    body = ("Any change to a camera must first receive the approval of the Board of "
            "Commissioners, and said change shall be recorded by the Clerk.")  # fmt: skip
    assert verdict("council_approval", body).status is not Status.MISSING


def test_minutes_quoting_a_chapter_enact_nothing() -> None:
    text = ('Motion carried to amend section 4(a) as follows:\n\nFrom: "Notwithstanding any '
            'other provision of this Chapter, it shall be unlawful for any department to use '
            'face recognition technology."')  # fmt: skip
    card = check_text(text, "<minutes>")
    assert card.verdict("facial_recognition_ban").status is Status.MISSING


def test_conditions_on_a_permission_count_as_duties() -> None:
    hearing = "Approval of a use policy may occur only at a public hearing of the Council."
    assert verdict("public_hearing_notice", hearing).status is not Status.MISSING
    exigent = ("A department may use surveillance technology in exigent circumstances, provided "
               "that it reports the use to the Council within thirty (30) days.")  # fmt: skip
    assert verdict("exigent_circumstances", exigent).status is not Status.MISSING


def test_limits_and_remedies_in_statute_wordings() -> None:
    never = ("Under no circumstance shall any data be sold or given to any third party unless "
             "required by law.")  # fmt: skip
    assert verdict("data_sharing_limits", never).status is not Status.MISSING
    only = "The data may be shared only with other law enforcement agencies."
    assert verdict("data_sharing_limits", only).status is not Status.MISSING
    rules = ("Each agency shall promulgate rules and policies concerning the retention and "
             "destruction of the data.")  # fmt: skip
    assert verdict("use_policy", rules).status is not Status.MISSING
    remedy = ("Failure to comply with this section shall be grounds for a court to exclude any "
              "evidence obtained under it.")  # fmt: skip
    assert verdict("enforcement", remedy).status is not Status.MISSING


def test_a_short_section_that_states_its_rule_is_text_not_a_heading() -> None:
    text = "SECTION 1. Rules.\n\nA rule.\n\nSECTION 2. This Act takes effect June 1, 2026.\n"
    card = check_text(text)
    assert card.verdict("effective_date").status is not Status.MISSING


def test_a_code_section_with_its_history_note_is_law() -> None:
    text = ("A department must obtain City Council approval before acquiring surveillance "
            "technology.\n(Ord. 1200, 2024)\n")  # fmt: skip
    assert check_text(text).verdict("council_approval").status is not Status.MISSING
    news = "The council said a department must obtain City Council approval first."
    assert check_text(news).verdict("council_approval").status is Status.MISSING


# Statute wordings (written for the test): authorisation by ordinance, a report due "in January
# of each year" past a section number, a policy a permission depends on, a purpose limit on
# sharing, and a rule about search data that is not a ban on the technology.
STATUTE_WORDINGS = [
    ("council_approval", "No police department shall deploy surveillance technology unless the "
     "town has adopted an ordinance authorizing its use."),
    ("annual_report", "In January of each year, every agency that used the technology as "
     "described in section 4.210.080 shall provide to the council a report on that use."),
    ("use_policy", "An agency may use the technology if the agency first provides a written use "
     "and privacy policy for it."),
    ("data_sharing_limits", "Data from the system may not be shared for any purpose other than "
     "a purpose described in this chapter."),
    ("impact_report", "Before using the system, an agency shall produce an accountability report "
     "describing its capabilities, costs and effects on civil liberties."),
    ("existing_technology", "An agency that deploys the cameras before June 9, 2026, shall adopt "
     "the policies within ninety (90) days of that date."),
]


@pytest.mark.parametrize(("element", "text"), STATUTE_WORDINGS)
def test_statute_wordings_are_found(element: str, text: str) -> None:
    assert verdict(element, text).status is not Status.MISSING


def test_a_rule_on_search_data_is_not_a_face_recognition_ban() -> None:
    text = ("Data relating to a facial recognition comparison may not be used or shared for any "
            "other purpose.")  # fmt: skip
    assert verdict("facial_recognition_ban", text).status is Status.MISSING


def test_state_code_headings_and_session_law_notes() -> None:
    for heading in ("RCW 43.386.070", "C.R.S. Section 24-18-302", "77-23e-101 - Title."):
        assert segment(f"{heading}\n\n(1) An agency shall report.\n")[0].kind is BlockKind.HEADING
    note = "An agency must obtain City Council approval first.\n[ 2020 c 257 s 8.]\n"
    assert check_text(note).verdict("council_approval").status is not Status.MISSING


def test_a_limit_on_match_results_is_not_a_ban_and_a_missing_remedy_is_not_one() -> None:
    limit = ("A law enforcement agency may not use facial recognition match results as the sole "
             "basis to establish probable cause.")  # fmt: skip
    assert verdict("facial_recognition_ban", limit).status is Status.MISSING
    none = "This chapter creates no private right of action."
    assert verdict("enforcement", none).status is Status.MISSING


def test_emergency_use_reported_to_a_court_and_a_published_report() -> None:
    emergency = ("In an emergency the police may run a search without a warrant, provided, that "
                 "not later than 48 hours after the search they file a sworn statement with the "
                 "court.")  # fmt: skip
    assert verdict("exigent_circumstances", emergency).status is not Status.MISSING
    publish = "Each agency shall prepare and publish an annual report on its use of the system."
    assert verdict("public_records", publish).status is not Status.MISSING


def test_approval_by_an_official_is_not_the_governing_bodys() -> None:
    text = ("No person shall, without approval of the Police Chief, fly a drone over property "
            "governed by the Board of Trustees.")  # fmt: skip
    assert verdict("council_approval", text).status is Status.MISSING


def test_exclusions_read_the_list_items_a_lead_in_takes_its_words_from() -> None:
    body = ("No person shall operate a drone as follows:\n\n(1) Within a closed area; or\n\n"
            "(2) When the Sheriff finds it interferes with emergency operations.")  # fmt: skip
    assert verdict("exigent_circumstances", body).status is Status.MISSING


def test_an_emergency_named_as_a_condition_is_bound_by_the_next_sentences() -> None:
    body = ("(c) If an officer has reason to believe that immediate use is needed to prevent "
            "imminent danger to the life of a person. Such use may last no longer than 72 hours. "
            "Within 24 hours after the use begins, the Chief shall report it in writing to the "
            "Council.")  # fmt: skip
    assert verdict("exigent_circumstances", body).status is Status.PRESENT
    # The same paragraph shape with no emergency in it, or an emergency service's mention.
    plain = ("(c) If an officer uses a camera at a parade. Within 24 hours after the use begins, "
             "the Chief shall report it in writing to the Council.")  # fmt: skip
    assert verdict("exigent_circumstances", plain).status is Status.MISSING
    services = ("(c) Cameras may be lent to emergency services. Within 24 hours after a loan, "
                "the Chief shall report it in writing to the Council.")  # fmt: skip
    assert verdict("exigent_circumstances", services).status is Status.MISSING


def test_an_emergency_defined_by_its_danger_conditions_the_police_s_access() -> None:
    """A phone-location act's emergency ("an emergency situation that involves the risk of death
    or serious physical harm") is the exigency on which the police get the data: partial, with
    no time limit or report of its own. A glossary's definition of the emergency sets no rule,
    and an emergency named without its danger is a loophole (the older reading)."""
    for body in (
        "A wireless telecommunications provider must provide call location information to a law "
        "enforcement agency when requested in an emergency situation that involves the risk of "
        "death or serious physical harm.",
        "A law enforcement agency may obtain location information without a warrant if there "
        "exists an emergency involving the immediate risk of death or serious physical harm.",
    ):
        assert verdict("exigent_circumstances", body).status is Status.PARTIAL, body
    for body in (
        '"Exigent circumstances" means a law enforcement agency\'s belief that an emergency '
        "involving danger of death or serious physical injury requires the use of a drone.",
        "A law enforcement agency shall not use a drone except in an emergency situation.",
        "The department may use cameras to watch traffic for emergency vehicles.",
        # other glossary forms (review 23)
        '(b) "Exigent circumstance" shall mean an emergency involving danger of death that '
        "requires the police to use a drone.",
        "Exigent circumstances: an emergency involving imminent danger of death that requires a "
        "law enforcement agency to use surveillance technology.",
        # an emergency's danger with no technology (review 23)
        "Police vehicles may use sirens and lights when responding to an emergency involving a "
        "risk of death or serious bodily injury.",
        "The 911 dispatcher shall provide the caller's location to the responding police officers "
        "in an emergency that involves a threat to life.",
    ):
        assert verdict("exigent_circumstances", body).status is Status.MISSING, body


def test_a_state_s_leave_for_the_council_to_adopt_cameras_is_the_council_s_approval() -> None:
    """Batch 73's statutes: the body acts by ordinance or by vote before the cameras are used, and
    a county's "board of supervisors" may be named with its county."""
    for body in (
        "Any municipality may, by vote of its legislative body, adopt an ordinance to authorize "
        "the use of a municipal school bus violation enforcement system.",
        "Prior to adopting any ordinance authorizing the use of a photo-monitoring system, the "
        "local governing body shall adopt a resolution after a public hearing.",
        "That the general statutes be amended to allow any municipality to authorize, by "
        "ordinance, the use of automated traffic enforcement safety devices.",
        "Any agreement for school bus cameras shall be approved by each participating county, "
        "city, town or village by a majority vote of the voting strength of its governing body.",
        "The acquisition of drones shall be approved by the county board of supervisors.",
    ):
        assert verdict("council_approval", body).status is not Status.MISSING, body
    # a vote on something that is no technology is no approval of one
    body = ("Any municipality may, by vote of its legislative body, adopt an ordinance to "
            "authorize the use of its parks for festivals.")  # fmt: skip
    assert verdict("council_approval", body).status is Status.MISSING


def test_a_traffic_camera_s_civil_penalty_on_the_owner_is_no_enforcement() -> None:
    """Batch 74: the owner's liability for a camera-recorded violation and a ticket's contents
    penalize the public the cameras watch, not a breach of the surveillance rules."""
    for body in (
        "The Registered Owner shall be liable for a civil penalty imposed pursuant to this "
        "Chapter if the vehicle is operated at a speed in excess of the posted limit.",
        "The ticket shall state the amount of the civil penalty imposed and the date by which the "
        "civil penalty is required to be paid.",
    ):
        assert verdict("enforcement", body).status is Status.MISSING, body
    # (a civil penalty on whoever misuses the data is enforcement)
    misuse = "Any person who discloses plate reader data in violation of this chapter shall be "
    misuse += "liable for a civil penalty of $1,000 for each violation."
    assert verdict("enforcement", misuse).status is not Status.MISSING


def test_a_definition_by_reference_defines_the_term() -> None:
    for body in (
        '(a) "Drone" has the meaning given in Section 4.010.',
        '(1) "Global positioning monitoring system" has the same meaning as in KRS 403.720.',
        # what a term may take in is its meaning too
        'For purposes of this chapter, "continuous electronic monitoring" may include the use '
        "of the Global Positioning System.",
    ):
        assert verdict("definitions", body).status is not Status.MISSING, body
    # (a quoted title that "may include" something defines nothing: review 23)
    body = 'The annual report titled "Drone Use" may include statistics on flights.'
    assert verdict("definitions", body).status is Status.MISSING


def test_a_state_bill_s_caption_in_capitals_may_name_the_section_it_amends() -> None:
    """South Carolina prints its bills' captions in capitals, naming the code or the section."""
    for caption in (
        "TO AMEND THE SOUTH CAROLINA CODE OF LAWS BY AMENDING SECTION 23-1-240, RELATING TO "
        "BODY-WORN CAMERAS",
        # (ending, as the State prints it, in a period)
        "TO AMEND SECTION 56-5-2953, CODE OF LAWS OF SOUTH CAROLINA, 1976, RELATING TO THE VIDEO "
        "RECORDING OF AN INCIDENT SITE, SO AS TO DELETE THE PROVISION.",
    ):
        text = f"{caption}\n\nSECTION 1. The officer shall record the stop."
        assert check_text(text, "<case>").verdict("title").status is Status.PRESENT, caption
    # a rule in capitals that amends nothing is no caption, with a section number or without
    for line in (
        "TO AMEND THIS POLICY, THE CHIEF SHALL ASK THE COUNCIL.",
        "TO AMEND SECTION 5 OF THIS POLICY, THE CHIEF SHALL ASK THE COUNCIL.",
    ):
        text = f"{line}\n\n1. Drones."
        assert check_text(text, "<case>").verdict("title").status is Status.MISSING, line


def test_a_caption_may_name_the_kind_of_ordinance() -> None:
    for caption in ("AN UNCODIFIED ORDINANCE OF THE TOWN COUNCIL ADOPTING A CAMERA POLICY",
                    "AN URGENCY ORDINANCE OF THE CITY OF ELM ADDING CHAPTER 9"):  # fmt: skip
        assert check_text(f"{caption}\n\n1. Drones.", "<case>").verdict("title").status is (
            Status.PRESENT
        )
    # an adjective that is not a kind of ordinance does not make a caption
    assert verdict("title", "A NEW ORDINANCE WAS DISCUSSED AT LENGTH").status is Status.MISSING


def test_the_governing_body_binds_itself_with_will_in_enacted_text() -> None:
    hearing = ("The Town Council will hold at least one public hearing on every request to acquire "
               "surveillance technology, noticed thirty (30) days before the hearing.")  # fmt: skip
    assert verdict("public_hearing_notice", hearing).status is Status.PRESENT
    # "will" of someone else, or a body that will not, or a condition, states no duty
    for mention in (
        "The department will hold at least one public hearing on every request.",
        "The Town Council will not hold a public hearing on requests to acquire technology.",
        "If the Town Council will hold a public hearing on a request, staff prepares the notice.",
    ):
        assert verdict("public_hearing_notice", mention).status is Status.MISSING, mention
    news = "The City Council will hold a public hearing on the drone request next week."
    assert check_text(news, "<news>").verdict("public_hearing_notice").status is Status.MISSING


def test_a_posting_duty_reaches_an_object_far_from_its_verb() -> None:
    far = ("The department shall make each annual report required by this section and every "
           "later amendment to it publicly available on its website.")  # fmt: skip
    assert verdict("public_records", far).status is Status.PRESENT
    # making a document available to the body alone is not making it public
    private = ("The department shall make each annual report required by this section and every "
               "later amendment to it available to the Council.")  # fmt: skip
    assert verdict("public_records", private).status is Status.MISSING
    # a clause that ends before "available" does not reach it
    split = ("The department shall make a determination on each request under this section; the "
             "determination is available to the public.")  # fmt: skip
    assert verdict("public_records", split).status is Status.MISSING


def test_definitions_worded_with_includes_or_as_a_capitalised_term() -> None:
    included = '"Drone" includes any aircraft flown without a pilot on board.'
    assert verdict("definitions", included).status is not Status.MISSING

    def section(heading: str, body: str) -> Status:
        text = f"4.10.020 {heading}.\n\n{body}\n\n(Ord. 12, 2022)"
        return check_text(text, "<case>").verdict("definitions").status

    term = "GOVERNING BODY. The elected council that oversees the department."
    assert section("Definitions", term) is not Status.MISSING
    # a capitalised inline heading outside a definitions section defines nothing
    assert section("Purpose", "PURPOSE. This chapter sets rules for drones.") is Status.MISSING
    # nor does an "includes" that follows no quoted term
    assert verdict("definitions", "The inventory includes every drone.").status is Status.MISSING


def test_a_police_policy_manual_is_not_a_code() -> None:
    manual = (
        "412.6 ANNUAL REPORT\n"
        "The Chief of Police or the authorized designee should submit an annual report on drone "
        "use to the governing body each year, and the Department shall post the annual report "
        "on its website.\n"
    )
    card = check_text(manual, "<manual>")
    assert card.verdict("annual_report").status is Status.MISSING
    # the same official in an enacted section with its history note is still law
    code = manual + "(Ord. 1200 § 1, 2023)\n"
    assert check_text(code, "<code>").verdict("annual_report").status is not Status.MISSING
    # and a code that names the official but directs with "shall" is law
    shall = manual.replace("should", "shall")
    assert check_text(shall, "<code>").verdict("annual_report").status is not Status.MISSING


def test_a_definitions_shall_states_no_duty() -> None:
    def section(heading: str, body: str) -> Status:
        text = f"4.10.020 {heading}.\n\n{body}\n\n(Ord. 12, 2022)"
        return check_text(text, "<case>").verdict("annual_report").status

    term = ("ANNUAL DRONE REPORT. A written document that shall contain the uses of each drone "
            "in the year, and that the department shall submit annually.")  # fmt: skip
    assert section("Definitions", term) is Status.MISSING
    quoted = ('"Annual drone report" means a written report that the department shall submit '
              "annually, listing each use.")  # fmt: skip
    assert section("Definitions", quoted) is Status.MISSING
    # the same words as a section's own duty are the element
    duty = "The department shall submit an annual drone report listing each use."
    assert section("Reports", duty) is not Status.MISSING
    # and a capitalised lead word outside a definitions section keeps its sentence's duty
    assert section("Reports", f"REPORTS. {duty}") is not Status.MISSING


def test_a_yearly_review_or_an_appointment_is_not_approval_of_the_technology() -> None:
    review = ("Each year the Town Council shall determine whether the use of each drone continues "
              "to meet the criteria for approval set forth in Section 1.030.")  # fmt: skip
    assert verdict("council_approval", review).status is Status.MISSING
    appointment = ("The board shall appoint, subject to the approval of the Town Council, a "
                   "director for a term of two (2) years.")  # fmt: skip
    assert verdict("council_approval", appointment).status is Status.MISSING
    # the criteria named beside a real condition still leave the condition
    both = ("A department must obtain Town Council approval before acquiring a drone, and the "
            "Council shall apply the criteria for approval in Section 1.030.")  # fmt: skip
    assert verdict("council_approval", both).status is not Status.MISSING


# A resolution's or an ordinance's title as a legislative record or a clerk prints it (written for
# the test): the record's "Title:" under its "Type: Resolution" line, "Title: Resolution urging
# ...", a caption after a blank "No.", a caption in capitals under a line that names the kind.
RECORD_TITLES = [
    "File #: 24-101    Version: 1\nType: Resolution Status: Adopted\nFile created: 1/2/2024\n"
    "Title: Establishing Rules For Drone Flights By The Police Department\n",
    "File #: 24-102\nType: Ordinance Status: Passed\nTitle: Amending Chapter 9 of the Town Code.\n",
    "Title: Resolution directing the Chief of Police to report on cameras to the Common Council.\n",
    "Title: A Resolution of the Board of Aldermen adopting a camera policy\n",
    "No. ______ AN ORDINANCE AMENDING CHAPTER 12 OF THE CODE OF ORDINANCES\n",
    "RESOLUTION NO. 24-7\nA RESOLUTION OF THE CITY COUNCIL OF THE CITY OF ELM ADOPTING A POLICY\n",
    "RESOLUTION\nESTABLISHING A POLICY FOR PURGING PLATE READER RECORDS.\n",
]
# "Title:" lines that caption no instrument, and news that opens on an ordinance's number: none of
# them is a title, and none makes the text legislation.
NOT_TITLES = [
    "Title: Introduction of Ordinance to Require Council Approval Before Acquiring Cameras\n\n"
    "Staff recommends that the Council hold a public hearing.",
    "File #: 211901 Version: 1\nType: Mayor's Request Status: Approved\n"
    "Title: Requesting approval of the Surveillance Technology Impact Report.\n",
    "Title: Resolution passes after long debate\n\nThe council voted 5-2 on Tuesday.",
    "Ordinance No. 7386 requires the police to delete plate data after 30 days.\n\n"
    "The department must obtain council approval first, the mayor said.",
    "A resolution passed Tuesday urges the chief to report quarterly.",
    "An ordinance passed in 2020 requires the police to obtain council approval before buying "
    "drones. The department must report annually, the chief said.",
]


@pytest.mark.parametrize("text", RECORD_TITLES)
def test_record_and_resolution_titles_are_titles(text: str) -> None:
    assert check_text(text, "<record>").verdict("title").status is Status.PRESENT


@pytest.mark.parametrize("text", NOT_TITLES)
def test_a_title_line_that_captions_no_instrument_is_not_a_title(text: str) -> None:
    card = check_text(text, "<not a title>")
    assert {v.status for v in card.verdicts} == {Status.MISSING}, card.verdict("title")


def test_a_writer_on_this_ordinance_is_not_the_ordinance() -> None:
    news = ("Supporters say this ordinance will protect residents.\n\nUnder it, departments must "
            "obtain council approval before acquiring surveillance technology and must submit "
            "annual reports.")  # fmt: skip
    card = check_text(news, "<news>")
    assert {v.status for v in card.verdicts} == {Status.MISSING}
    # the law's own "this chapter" still makes a section law
    law = ("Each department subject to this chapter must obtain council approval before "
           "acquiring surveillance technology.")  # fmt: skip
    assert check_text(law).verdict("council_approval").status is not Status.MISSING



# Batch 11's causes (branch check7), each written for the test in a place's own words.
def test_a_resolving_clause_is_an_enacting_clause() -> None:
    for clause in (
        "NOW, THEREFORE, BE IT RESOLVED BY THE GOVERNING BODY OF THE CITY OF ELM:",
        "NOW, THEREFORE, the Board of Supervisors does hereby resolve as follows:",
        "RESOLVED, That the Common Council directs the Chief to report on cameras.",
        "ORDERED, That the City Council adopts the following policy for cameras.",
    ):
        text = f"WHEREAS, cameras can chill speech; and\n\n{clause}"
        assert check_text(text).verdict("enacting_clause").status is Status.PRESENT, clause
    for mention in (
        "Any complaint shall be resolved by the Chief within thirty (30) days.",
        "The court ordered that the footage be deleted.",
        "The Council resolved to postpone the item.",
    ):
        assert verdict("enacting_clause", mention).status is Status.MISSING, mention


def test_a_date_set_in_the_resolving_clause_and_a_resolutions_own() -> None:
    text = ("WHEREAS, plate readers can be misused; and\n\nNOW, THEREFORE, BE IT RESOLVED, "
            "effective sixty (60) days after Board approval, the Board authorizes "
            "permits.")  # fmt: skip
    found = check_text(text).verdict("effective_date")
    assert found.status is Status.PRESENT
    assert found.parameters["takes_effect"] == "sixty (60) days after Board approval"
    own = verdict("effective_date", "This resolution shall take effect upon its adoption.")
    assert own.status is Status.PRESENT
    # a resolution the chapter provides for is not the instrument's own
    other = "Each resolution approving a use policy shall take effect upon adoption."
    assert verdict("effective_date", other).status is Status.MISSING


def test_a_permission_bounded_with_but_only_is_a_duty() -> None:
    exigent = ("In exigent circumstances, the Chief is authorized to deploy cameras without the "
               "notice required by subsection (b), but only for so long as the exigency "
               "lasts.")  # fmt: skip
    assert verdict("exigent_circumstances", exigent).status is not Status.MISSING
    sharing = "Recordings may be provided to other agencies, but only for official purposes."
    assert verdict("data_sharing_limits", sharing).status is Status.PRESENT
    # "but only" naming who acts bounds no permission; a plain "may" stays a permission
    who = "The department may share data with any agency, but only the Chief may sign the request."
    assert verdict("data_sharing_limits", who).status is Status.MISSING
    assert verdict("data_sharing_limits", "Recordings may be provided to other agencies.").status \
        is Status.MISSING


def test_the_publics_right_to_comment_is_engagement() -> None:
    for clause in (
        "The public shall have thirty (30) days to submit comments to the Chief on each proposed "
        "camera location.",
        "Any person may submit written comments within twenty (20) days after the notice.",
        "The department shall accept comments from residents before it deploys a camera.",
    ):
        assert verdict("community_engagement", clause).status is not Status.MISSING, clause
    for mention in (
        "The department shall submit comments to the state Department of Transportation.",
        "Members of the public may submit comments at any Council meeting.",
        "Residents submitted more than two hundred comments on the proposal.",
    ):
        assert verdict("community_engagement", mention).status is Status.MISSING, mention


def test_access_limited_to_named_recipients_limits_sharing() -> None:
    limited = ("Access to the images captured by the cameras shall be limited to criminal "
               "justice agencies and their personnel.")  # fmt: skip
    assert verdict("data_sharing_limits", limited).status is Status.PRESENT
    for internal in (
        "Access to the camera control room shall be limited to authorized personnel.",
        "Retention of recordings is limited to sixty (60) days.",
    ):
        assert verdict("data_sharing_limits", internal).status is Status.MISSING, internal


def test_an_emergency_defined_as_an_exception_to_a_prohibition_is_partial() -> None:
    exception = ("A person shall not use a drone to record an image of private property.\n\n(1) "
                 "This section does not apply to the use of a drone if:\n\nA. A law enforcement "
                 "agency first obtains a search warrant; or\n\nB. Swift action is needed to "
                 "prevent imminent danger to life.")  # fmt: skip
    assert verdict("exigent_circumstances", exception).status is Status.PARTIAL
    # an emergency named without saying what makes it is a loophole, not a regulated exigency
    bare = "The requirements of this section shall not apply in exigent circumstances."
    assert verdict("exigent_circumstances", bare).status is Status.MISSING
    services = "This chapter does not apply to emergency medical services."
    assert verdict("exigent_circumstances", services).status is Status.MISSING


# Batch 12's causes of form and of the law gate (branch check8).
def test_an_operative_excerpt_without_its_heading_is_law() -> None:
    bare = ("No City department shall acquire surveillance technology without the approval of "
            "the City Council.")  # fmt: skip
    assert check_text(bare).verdict("council_approval").status is not Status.MISSING
    # the same duty reported, recommended or asked about is not law
    for text in (
        f"{bare} We will watch how it works, a spokesperson said.",
        f"Staff recommend the following rule. {bare}",
        f"Should the Council adopt this rule? {bare}",
        f"Members shall follow this policy. {bare}",
    ):
        card = check_text(text)
        assert {v.status for v in card.verdicts} == {Status.MISSING}, text
    # the items of a commanding lead-in command with it
    listed = ("The Chief of Police shall submit an annual report to the City Council on:\n\n(1) "
              "the number of cameras in use;\n\n(2) their locations;\n\n(3) the cost of each; "
              "and\n\n(4) the number of requests for footage.")  # fmt: skip
    assert check_text(listed).verdict("annual_report").status is not Status.MISSING
    # an excerpt that mostly explains, with one duty in it, is a page about a law
    page = ("Cameras help the city. Many residents have asked about them. The city has forty "
            "cameras. The Chief shall report on them each year.")  # fmt: skip
    assert check_text(page).verdict("annual_report").status is Status.MISSING


def test_definitions_without_their_heading_are_law() -> None:
    listed = ('"Drone" means an unmanned aircraft.\n\n"Operator" means the person who flies '
              "a drone.")  # fmt: skip
    assert check_text(listed).verdict("definitions").status is not Status.MISSING
    # one definition quoted in a sentence of news defines nothing
    news = '"Drone" means an unmanned aircraft under the new rules.'
    assert check_text(news).verdict("definitions").status is Status.MISSING


def test_history_notes_with_nested_parentheses_and_in_brackets() -> None:
    for note in (
        "(Ord. 2371 § 1 (Att. A), 2021)",
        "[Added 2-23-16 by Ord. No. 2016-5]",
        "[HISTORY: Adopted by the Borough Council 9-8-2020 by Ord. No. 2-2020.]",
        "(Ord. No. 19-12, § 1, 5-6-19)",
        "(Code 1985, § 2-15; Ord. No. 04-33, 6-14-04)",
        "History: Ord. 17-2020.",
    ):
        text = f"The Chief must post each annual report on the city's website. {note}"
        assert check_text(text).verdict("public_records").status is Status.PRESENT, note
    # a year in parentheses is no history note
    text = "Cameras (installed in 2021) are listed on the website. The list is posted online."
    assert {v.status for v in check_text(text).verdicts} == {Status.MISSING}


def test_bill_analyses_enact_nothing_though_they_print_the_title() -> None:
    text = ("OLR Bill Analysis\n\nAN ACT CONCERNING DRONES.\n\nThis bill prohibits weaponized "
            "drones. Any person who violates it shall be fined.")  # fmt: skip
    assert {v.status for v in check_text(text).verdicts} == {Status.MISSING}


def test_a_bill_s_own_page_gives_its_caption_over_its_summary() -> None:
    # the bill's caption, then the legislature's summary of it: the caption is the bill's title,
    # the summary's "must" enacts nothing
    page = ("HOUSE BILL 12\n\nA BILL FOR AN ACT CONCERNING THE USE OF DRONES BY THE POLICE.\n\n"
            "Bill Summary\n\nThe bill prohibits the police from flying a drone over a home. "
            "An agency must keep each drone recording for thirty days.")  # fmt: skip
    verdicts = {v.id: v.status for v in check_text(page).verdicts}
    assert verdicts.pop("title") is Status.PRESENT
    assert set(verdicts.values()) == {Status.MISSING}
    # ... and when the page goes on to print the bill, its enacting clause run into the
    # summary's last line, it is the bill
    bill = ("A BILL FOR AN ACT CONCERNING THE USE OF DRONES BY THE POLICE. Bill Summary The bill "
            "prohibits the police from flying a drone over a home. Be it enacted by the General "
            "Assembly of the State of Colorado: SECTION 1. A law enforcement agency shall not "
            "operate a drone over a private residence without a warrant.")  # fmt: skip
    found = check_text(bill)
    assert found.verdict("title").status is Status.PRESENT
    assert found.verdict("enacting_clause").status is Status.PRESENT


def test_state_bill_captions_in_their_own_forms() -> None:
    for caption in (
        # Michigan: clauses joined by semicolons
        "A bill to regulate the use of drones by public agencies; to prescribe penalties; and "
        "to repeal acts and parts of acts.",
        # Alaska and Oregon: "Relating to ...;" and what the bill does
        "Relating to license plate readers; and declaring an emergency.",
        # Arizona's short caption
        "REFERENCE TITLE: drones; law enforcement; warrants",
    ):
        text = (f"{caption}\n\nBE IT ENACTED BY THE LEGISLATURE OF THE STATE:\n\nSection 1. "
                "A police agency shall not use a drone without a warrant.")  # fmt: skip
        assert check_text(text).verdict("title").status is Status.PRESENT, caption
    # news and a statute's list item in the same words are no caption
    for line in (
        "A bill to ban drones passed the House on Tuesday.",
        "Relating to the operation and testing of a wire communication service.",
    ):
        text = (f"Section 1. Definitions.\n\n{line}\n\nSection 2. A police agency shall not "
                "use a drone without a warrant.")  # fmt: skip
        assert check_text(text).verdict("title").status is Status.MISSING, line


def test_records_not_open_for_inspection_by_others_limit_sharing() -> None:
    text = ("Section 3. Confidentiality. Registration and circulation records of a public library "
            "shall not be open for inspection by, or otherwise available to, any agency or "
            "individual except the patron or a court acting under a warrant.")  # fmt: skip
    assert check_text(text).verdict("data_sharing_limits").status is not Status.MISSING


def test_a_licensed_business_s_camera_rules_are_no_use_policy() -> None:
    # a cardroom's, a game operator's, a video lottery agent's duties: the business's own rules
    for business in ("Each cardroom licensee", "A game operator employer",
                     "Each video lottery sales agent", "Each dispensary"):  # fmt: skip
        text = (f"Section 4. Surveillance. {business} shall install cameras covering every table "
                "and cage. Only designated employees who have completed training may access "
                "the surveillance recordings.")  # fmt: skip
        assert check_text(text).verdict("use_policy").status is Status.MISSING, business
    # ... while the police's rules in another section of the same text are read
    text = ("Section 4. Surveillance. Each cardroom licensee shall install cameras covering every "
            "table.\n\nSection 5. Police cameras. The police department shall retain footage from "
            "its own cameras for no more than thirty (30) days.")  # fmt: skip
    assert check_text(text).verdict("use_policy").status is not Status.MISSING


def test_a_retention_schedule_s_period_for_recordings_is_a_rule_of_use() -> None:
    entry = ("Record Series Title: Body-Worn Camera Recordings - No Incident\n\nDescription: "
             "Video and audio recorded by officers' body-worn cameras.\n\nRetention: 90 days\n\n"
             "Disposition: Destroy")  # fmt: skip
    verdicts = {v.id: v for v in check_text(entry).verdicts}
    assert verdicts.pop("use_policy").quote == "Retention: 90 days"
    # (its fields are no findings, title or definitions)
    assert {v.status for v in verdicts.values()} == {Status.MISSING}
    imperative = ("Series: 4410\n\nPatrol car video recordings of traffic stops.\n\n"
                  "Retain 30 days after recording, then reuse or destroy.")  # fmt: skip
    assert check_text(imperative).verdict("use_policy").status is not Status.MISSING
    # a schedule of other records, or a page about changes to a schedule, holds no such rule
    payroll = "Record Series Title: Payroll Registers\n\nRetention: 3 years\n\nDisposition: Destroy"
    assert check_text(payroll).verdict("use_policy").status is Status.MISSING
    changes = ("Changes to the Local Schedule\n\nPS4050-06 / Surveillance Videos / New "
               "records series.\n\nPS4125-04a / Patrol Video / Retention period increased to "
               "90 days.")  # fmt: skip
    assert check_text(changes).verdict("use_policy").status is Status.MISSING


def test_a_custodian_s_monitoring_of_inmates_calls_and_visits_is_a_rule_of_use() -> None:
    for rule_text in (
        "All inmate telephone calls are subject to monitoring and recording by the department, "
        "except calls to the inmate's attorney.",
        "Video visits with detainees are monitored and recorded for the whole session.",
        "Wards shall be told that their telephone calls may be monitored for the security of the "
        "facility.",
    ):
        text = f"Section 7. Telephone use. {rule_text}"
        assert check_text(text).verdict("use_policy").status is not Status.MISSING, rule_text
    # no one in custody: a city's own recording of calls to its dispatch center is no such rule
    text = "Section 7. Dispatch. Calls to the dispatch center are recorded by the city."
    assert check_text(text).verdict("use_policy").status is Status.MISSING


def test_captions_in_the_imperative_and_executive_orders_in_title_case() -> None:
    ordinance = ("191000\n\n*Authorize a contract for license plate readers for the Police "
                 "Bureau\n\nPassed\n\nThe City of Elm ordains:\n\nSection 1. The Council finds "
                 "that plate readers gather data about residents.")  # fmt: skip
    assert check_text(ordinance).verdict("title").quote.startswith("*Authorize a contract")
    resolution = ("Establish a citywide inventory of surveillance technology\n\nWHEREAS, the City "
                  "uses cameras; and\n\nNOW, THEREFORE, BE IT RESOLVED that the inventory is "
                  "established.")  # fmt: skip
    assert check_text(resolution).verdict("title").quote.startswith("Establish a citywide")
    # a bill amendment's instruction is no caption; the caption in capitals over it is
    amended = ("TO DIRECT THE DEPARTMENT OF TRANSPORTATION TO ALLOW PLATE READERS.\n\nAmend Title "
               "To Conform\n\nWhereas, the county bought plate readers; and\n\nWhereas, the "
               "department refused them.")  # fmt: skip
    assert check_text(amended).verdict("title").quote.startswith("TO DIRECT THE DEPARTMENT")
    order = ("Executive Order No. 12 (2024)\n\nAn Order to Limit the Use of Drones by State "
             "Police\n\nWHEREAS, drones can watch residents; and\n\nNOW, THEREFORE, I, Jane Q. "
             "Roe, Governor of the State of Elm, by virtue of the authority vested in me, do "
             "hereby ORDER and DIRECT that:\n\n1. No state agency shall fly a drone over a "
             "home.")  # fmt: skip
    found = check_text(order)
    assert found.verdict("title").status is Status.PRESENT
    assert found.verdict("enacting_clause").status is Status.PRESENT
    # news that opens with an order's number is no caption
    news = "Executive Order No. 12 limits drones, the governor said on Monday."
    assert check_text(news).verdict("title").status is Status.MISSING


def test_acts_listed_under_a_bar_are_each_barred() -> None:
    text = ("Section 1. Prohibited uses. A law enforcement agency shall not do any of the "
            "following:(a) Use facial recognition technology to identify a person solely because "
            "the person is exercising the right of free speech.\n(b) Release any facial "
            "recognition data in response to a subpoena or request from another "
            "state.")  # fmt: skip
    found = check_text(text)
    assert found.verdict("use_policy").status is not Status.MISSING
    assert found.verdict("data_sharing_limits").status is not Status.MISSING
    # an agency barred from getting a system or its data shares nothing
    own = ("Section 2. Ban. A government official may not:\n(1) obtain, retain, access, or use a "
           "face surveillance system or information obtained from a face surveillance system; "
           "or\n(2) enter into an agreement with a third party to do so.")  # fmt: skip
    assert check_text(own).verdict("data_sharing_limits").status is Status.MISSING


def test_what_sharing_limits_say_and_what_they_do_not() -> None:
    for limit in (
        "Any biometric identifier obtained by an agency may not be sold.",
        "The visitors log shall be confidential and its information shall not be revealed to "
        "any agency except under a court order.",
    ):
        text = f"Section 3. Data. {limit}"
        assert check_text(text).verdict("data_sharing_limits").status is not Status.MISSING, limit
    # "except as provided in" points to another subsection: it provides nothing to anyone
    text = ("Section 3. Use. Except as provided in subsection (b), a governmental entity may not "
            "use an automatic license plate reader system.")  # fmt: skip
    assert check_text(text).verdict("data_sharing_limits").status is Status.MISSING


def test_a_bar_on_taking_private_cameras_data_at_all_governs_footage_requests() -> None:
    text = "Section 4. The Town shall not access surveillance data from private cameras."
    assert check_text(text).verdict("footage_requests").status is Status.PRESENT
    # a resident barred from it is no rule on the police
    text = "Section 4. A person shall not access video from private cameras of a neighbour."
    assert check_text(text).verdict("footage_requests").status is Status.MISSING


def test_a_bill_s_caption_clauses_on_lines_of_their_own_stay_in_the_caption() -> None:
    text = ("A bill to be entitled\n\nAn act relating to privacy; creating s. 901.40, F.S.;\n\n"
            "requiring a warrant for searches of devices;\n\nauthorizing a private right of "
            "action against state agencies for violations;\n\nproviding an effective date.\n\n"
            "Be It Enacted by the "
            "Legislature of the State of Elm:\n\nSection 1. This act may be cited as the Elm "
            "Privacy Act.")  # fmt: skip
    found = check_text(text)
    # (the caption announces a civil action the text never reaches)
    assert found.verdict("enforcement").status is Status.MISSING
    assert found.verdict("title").status is Status.PRESENT


def test_an_inmate_s_discipline_is_no_remedy_for_surveillance() -> None:
    text = ("Section 5. Telephones. An inmate's use of the telephone system in violation of "
            "department rules may result in disciplinary action.")  # fmt: skip
    assert check_text(text).verdict("enforcement").status is Status.MISSING
    text = ("Section 5. Telephones. An officer's use of the call recordings in violation of "
            "department rules may result in disciplinary action.")  # fmt: skip
    assert check_text(text).verdict("enforcement").status is not Status.MISSING


_ELM = ("ORDINANCE NO. 2025-1\n\nAN ORDINANCE REGULATING SURVEILLANCE.\n\nBE IT ORDAINED BY "
        "THE CITY COUNCIL OF THE CITY OF ELM:\n\n")  # fmt: skip


def test_a_business_bars_the_use_policy_rules_only_where_it_is_bound() -> None:
    """The cold review of the nineteenth session (review19): a topic word, a business's
    property or a jail's facility manager is no licensed business bound by the text."""
    for text in (
        "Section 1. Drones. The police department may use a drone only to search for a missing "
        "person. Officers enforcing cannabis laws shall not use a drone to observe a residence.",
        "Section 1. Footage. Footage from the city's cameras shall be retained no longer than "
        "thirty days unless it is evidence. Recordings made by a licensed dispensary's cameras "
        "may be obtained by the police only with a warrant.",
        "Section 1. Calls. All inmate telephone calls are subject to monitoring and recording, "
        "except calls between an inmate and the inmate's attorney. The detention facility "
        "manager shall post a notice of monitoring next to each telephone.",
    ):
        assert check_text(_ELM + text).verdict("use_policy").status is not Status.MISSING, text
    # in a text with no numbered sections, a permittee's duty bars only its own paragraph
    unnumbered = ("The police department may use a drone only to search for a missing person. "
                  "Only trained operators may fly the department's drones.\n\nSpecial event "
                  "permittees shall notify the police of any drone they plan to fly.")  # fmt: skip
    assert check_text(_ELM + unnumbered).verdict("use_policy").status is not Status.MISSING


def test_opening_captions_stand_only_at_the_top() -> None:
    order = ("Sec. 12-4. Electronic monitoring.\n\nAn Order of Protection issued under this "
             "article may require the respondent to wear a GPS monitoring device. The sheriff "
             "shall retain location data from the device for no more than 90 days.")  # fmt: skip
    found = check_text(order)
    assert found.verdict("title").status is Status.MISSING
    assert found.verdict("use_policy").status is not Status.MISSING
    authorities = ("Body-Worn Camera Program\n\n1. Purpose. This procedure sets rules for "
                   "cameras.\n\n2. Authority.\nExecutive Order No. 2020-12")  # fmt: skip
    assert check_text(authorities).verdict("title").status is Status.MISSING
    news = ("A bill to ban police drones passed the House on Tuesday; to become law, it needs the "
            "Senate's vote.")  # fmt: skip
    assert check_text(news).verdict("title").status is Status.MISSING
    # "Executive Order 2024-05" at the top is the order's title
    top = ("Executive Order 2024-05\n\nWHEREAS, drones watch people; and\n\nNOW, THEREFORE, I, "
           "Jane Roe, Governor, hereby order and direct as follows:\n\n1. No agency shall fly a "
           "drone over a home.")  # fmt: skip
    found = check_text(top)
    assert found.verdict("title").status is Status.PRESENT
    assert found.verdict("enacting_clause").status is Status.PRESENT


def test_record_keeping_and_wards_are_no_jail_monitoring() -> None:
    for text in (
        "Section 1. Pretrial officers shall meet with each offender monthly. All home visits to "
        "offenders shall be recorded in the case management system.",
        "Section 1. The city shall run a hotline. Calls to the hotline may be recorded. Callers "
        "reporting repeat offenders may remain anonymous.",
        "Section 1. Each ward committee shall meet monthly. Conversations at ward meetings shall "
        "be recorded by the clerk.",
    ):
        assert check_text(_ELM + text).verdict("use_policy").status is Status.MISSING, text
    for text in (
        "Section 1. The sheriff may monitor and record inmate telephone calls, except calls "
        "between an inmate and the inmate's attorney.",
        "Section 1. The sheriff shall not monitor or record any telephone call between an inmate "
        "and the inmate's attorney.",
    ):
        assert check_text(_ELM + text).verdict("use_policy").status is not Status.MISSING, text


def test_a_schedule_entry_must_be_a_surveillance_series_with_its_own_retention() -> None:
    for text in (
        # a council meeting's audio is no surveillance
        "Series #: CLK-014\n\nSeries Title: Council Meeting Audio Recordings\n\nRetention: 2 years"
        "\n\nDisposition: Destroy",
        # the payroll series's retention is no camera's
        "Series #: FIN-001\n\nSeries Title: Payroll Registers\n\nRetention: 7 years\n\n"
        "Series #: FIN-002\n\nSeries Title: Security Camera Recordings\n\nDisposition: Delete",
        # a records-request page that cites a schedule is no schedule
        "Public Records Requests\n\nBody camera recordings may be requested from the Records "
        "Unit under the state General Records Retention Schedule (GS-2, Item #192).\n\nRetention: "
        "90 days",
    ):
        assert check_text(text).verdict("use_policy").status is Status.MISSING, text[:40]


def test_records_rules_that_limit_no_sharing_of_surveillance_data() -> None:
    for text in (
        "Section 1. Personnel records shall not be open for inspection by any person other than "
        "the employee.",
        "Section 1. The clerk shall not release records in response to a request until the fee "
        "has been paid.",
        "Section 1. Camera footage available to any person on the city's website shall not be "
        "subject to the fee schedule.",
        "Section 1. The police department shall not use cameras not owned or leased by the city.",
        "Section 1. Unless otherwise provided in Section 5, ALPR data shall not be kept by any "
        "agency of the city for more than 30 days.",
        "Section 1. Provided, however, that ALPR data shall not be kept by any agency for more "
        "than 30 days.",
    ):
        assert check_text(_ELM + text).verdict("data_sharing_limits").status is Status.MISSING, text


def test_more_forms_of_a_bar_on_a_list_of_acts_and_on_private_cameras() -> None:
    for lead in (
        "No city department shall do any of the following:",
        "The police department shall not knowingly do any of the following:",
        "It shall be unlawful for the police department to:",
    ):
        text = f"Section 1. Drones.\n{lead}\n(a) Use a drone to record any person in a residence."
        sentences = sentences_of(passages_from_text(_ELM + text))
        item = [s for s in sentences if s.text.startswith("Use")]
        assert item and item[0].barred and item[0].prohibition, lead
        assert check_text(_ELM + text).verdict("use_policy").status is not Status.MISSING, lead
    # ... and the same bars written out, with an exception or an adverb before the verb, or
    # the data a technology gathers as its object
    for bar in (
        "The police department shall not, except as authorized by a warrant, use a drone to "
        "record any person in a private residence.",
        "An officer shall not knowingly use ALPR data to track a person at a protest.",
        "The police department shall not utilize ALPR data for immigration enforcement.",
    ):
        found = check_text(_ELM + f"Section 2. Uses. {bar}").verdict("use_policy").status
        assert found is not Status.MISSING, bar
    for text in (
        "The Town shall not access, obtain, or use footage from private cameras.",
        "The Town shall not request video from cameras owned by private residents.",
        "The police department shall not access data from cameras not owned or leased by the city.",
    ):
        found = check_text(f"Section 1. Cameras. {text}")
        assert found.verdict("footage_requests").status is Status.PRESENT, text


def test_barred_gathering_searching_and_keeping_are_rules_of_use() -> None:
    # What a technology gathers, searches or keeps, barred by a government: as items under a bar
    # and written out, the technology named in the section's title or the sentence
    listed = (
        "Sec. 4. License plate readers.\nThe police department shall not do any of the "
        "following:\n(a) Capture images of vehicles parked at a place of worship.\n(b) Query the "
        "ALPR database for a vehicle without a case number.\n"
    )
    found = check_text(_ELM + listed).verdict("use_policy")
    assert found.status is not Status.MISSING and found.quote.startswith("Capture images")
    for section in (
        "Sec. 4. License plate readers.\nThe police department shall not capture images of "
        "vehicles parked at a place of worship.",
        "Sec. 4. Searches.\nThe police department shall not query the ALPR database for a "
        "vehicle without a case number.",
        "Sec. 4. Drones.\nNo city department shall retain drone footage for more than thirty "
        "(30) days.",
        "Sec. 4. Drones.\nNo city department shall do any of the following:\n(a) Retain drone "
        "footage for more than thirty (30) days.",
    ):
        found = check_text(_ELM + section).verdict("use_policy").status
        assert found is not Status.MISSING, section
    # ... but not a private person's bar, nor gathering with no technology named
    for section in (
        "Sec. 4. Drones.\nNo person shall record video of a neighbor in a backyard.",
        "Sec. 4. Drones.\nNo person shall retain drone footage for more than thirty (30) days.",
        "Sec. 4. Officers.\nThe police department shall not capture images of a protest.",
    ):
        found = check_text(_ELM + section).verdict("use_policy").status
        assert found is Status.MISSING, section


def test_a_crime_anyone_may_commit_with_a_drone_is_no_remedy() -> None:
    # A section whose bars bind anyone at all, and no government, punishes the public
    for section in (
        "Sec. 5. Drones near jails.\n(A) A person shall not operate an unmanned aerial vehicle "
        "within five hundred feet of a detention facility.\n(B) A person who violates this "
        "section is guilty of a misdemeanor and shall be fined not more than five hundred dollars.",
        "Sec. 5. Illegal use of a drone.\n(a) A person commits an offense if the person uses an "
        "unmanned aircraft to capture an image of an individual with the intent to conduct "
        "surveillance.\n(b) An offense under this section is a Class C misdemeanor.",
    ):
        found = check_text(_ELM + section).verdict("enforcement").status
        assert found is Status.MISSING, section
    # ... but where the government is bound, or answers to the remedy, or the bar binds the
    # police too, the penalty stays a remedy
    for section in (
        "Sec. 5. Drones.\n(a) A law enforcement agency shall not use a drone to record a protest."
        "\n(b) A person who violates this section is guilty of a misdemeanor.",
        "Sec. 5. Overflights.\n(a) No person shall fly a drone over a home twice after notice.\n"
        "(b) An owner may bring an action against any person or public body that operates a "
        "drone over the property, and may recover treble damages.",
        "Sec. 5. Pen registers.\n(a) No person may install a pen register without first "
        "obtaining a court order.\n(b) A person who violates this section is guilty of a "
        "misdemeanor.",
        "Sec. 5. Camera data.\n(a) It is unlawful for a person to destroy the data from a "
        "body-worn camera with the intent to influence an investigation.\n(b) A person who "
        "violates this section is guilty of a misdemeanor.",
    ):
        found = check_text(_ELM + section).verdict("enforcement").status
        assert found is not Status.MISSING, section


def test_inmates_recordings_let_out_on_the_law_s_grounds_only_limit_sharing() -> None:
    for rule_text in (
        "(4) The contents of inmates' electronic communications may be disclosed to an "
        "appropriate law-enforcement agency when disclosure is necessary for the investigation "
        "or prosecution of a crime.",
        "The contents of inmates' telephone calls may be disclosed to an appropriate "
        "law-enforcement agency pursuant to an order of a court.",
        "(a) Facility video may be disclosed to the commissioner's agents, but such records are "
        "otherwise confidential and not subject to public disclosure or release except as set "
        "forth in this section.",
    ):
        found = check_text(_ELM + f"Sec. 5. Inmate calls.\n{rule_text}")
        assert found.verdict("data_sharing_limits").status is not Status.MISSING, rule_text
    # ... not a free permission, nor one on an official's say-so
    for rule_text in (
        "Recordings may be shared with any agency.",
        "Recordings may be shared with the state police when the chief so decides.",
    ):
        found = check_text(_ELM + f"Sec. 5. Inmate calls.\n{rule_text}")
        assert found.verdict("data_sharing_limits").status is Status.MISSING, rule_text


def test_where_a_government_s_cameras_may_not_watch_is_a_rule_of_use() -> None:
    for rule_text in (
        "(4) If installed, closed circuit televisions that are operational and preclude the "
        "monitoring of shower, toilet and clothing exchange areas.",
        "Cameras shall not be placed in restrooms or locker rooms.",
        "The department shall not install cameras in restrooms.",
        # a youth institution's calls, an attorney's barred from monitoring
        "(a) Monitor and record a youth's telephone call. (b) A properly placed call to or from "
        "an attorney may not knowingly be monitored or recorded.",
    ):
        found = check_text(_ELM + f"Sec. 5. Security.\n{rule_text}")
        assert found.verdict("use_policy").status is not Status.MISSING, rule_text
    for rule_text in (
        "No person shall install a camera in a restroom.",
        "It is unlawful for a person to install a camera in a restroom.",
        "A landlord may not install cameras in a bathroom.",
    ):
        found = check_text(_ELM + f"Sec. 5. Security.\n{rule_text}")
        assert found.verdict("use_policy").status is Status.MISSING, rule_text


def test_staff_listening_to_an_offender_s_calls_is_a_rule_of_use() -> None:
    listened = (
        "In order to ensure Center telephones are used for authorized purposes, staff may listen "
        "to the offender's conversation, except calls made to legal counsel."
    )
    found = check_text(_ELM + f"Sec. 5. Telephones.\n{listened}").verdict("use_policy")
    assert found.status is not Status.MISSING
    # (a probation officer's log of the visits is no monitoring)
    logged = "The probation officer may record the offender's visits in the case management system."
    found = check_text(_ELM + f"Sec. 5. Visits.\n{logged}").verdict("use_policy")
    assert found.status is Status.MISSING


def test_a_council_of_a_city_named_with_its_state_approving_a_camera_policy_adopts_it() -> None:
    resolution = (
        "A RESOLUTION TO APPROVE POLICE DEPARTMENT POLICIES\nBE IT RESOLVED BY THE CITY COUNCIL "
        "OF THE CITY OF FAYETTEVILLE, ARKANSAS:\nSection 1: That the City Council of the City of "
        "Fayetteville, Arkansas hereby approves Police Department Policies 41.3.5, Grooming; and "
        "41.3.8, Body -Worn Camera."
    )
    assert check_text(resolution).verdict("use_policy").status is not Status.MISSING


def test_a_use_on_a_program_the_body_approved_is_council_approval() -> None:
    approved = (
        "A failure to stop for a red traffic signal may be recorded by a traffic light signal "
        "violation monitoring system in accordance with a program or authorization approved by "
        "the Town Council."
    )
    found = check_text(_ELM + f"Sec. 5. Red lights.\n{approved}")
    assert found.verdict("council_approval").status is not Status.MISSING
    for other in (
        "The Chief shall operate the cameras under a policy approved by the Chief of Police.",
        "The council reported that drones may be operated under a policy approved by the City "
        "Council.",
    ):
        found = check_text(_ELM + f"Sec. 5. Drones.\n{other}")
        assert found.verdict("council_approval").status is Status.MISSING, other


def test_a_published_study_of_the_cameras_is_public_records() -> None:
    published = (
        "The city shall conduct a statistical analysis of each automated traffic law "
        "enforcement system. The statistical analysis shall be made available to the public and "
        "shall be published on the city's website."
    )
    found = check_text(_ELM + f"Sec. 5. Analysis.\n{published}")
    assert found.verdict("public_records").status is Status.PRESENT
    # (an agency's name is no study: "the Georgia Information Sharing and Analysis Center")
    posted = (
        "The bureau shall post on its public website the information of released persons as "
        "received by the Information Sharing and Analysis Center."
    )
    found = check_text(_ELM + f"Sec. 5. Notices.\n{posted}")
    assert found.verdict("public_records").status is Status.MISSING


def test_a_digest_of_a_proposal_or_a_substitute_s_synopsis_enacts_nothing() -> None:
    digest = (
        "Elm Proposed Drone Ordinance Summary\n\nSec. 29-18. Use of drones by department.\n\n"
        "Provides definitions for the entire section.\n\nProhibits an individual from operating "
        "a drone to release tear gas.\n\nAllows the issuance of a municipal citation to a person "
        "who violates this subsection and requires that the person be subject to a fine of "
        "$1,000.\n\nRequires the chief of police to enforce this subsection."
    )
    synopsis = (
        "This Act would impose only civil penalties for violations recorded by the speed "
        "cameras. This Act will sunset in 5 years if not extended by a subsequent act. This Act "
        "is a substitute for and differs from House Bill No. 94 in that it limits the cameras "
        "to residential districts."
    )
    for text, element in ((digest, "enforcement"), (synopsis, "sunset_review")):
        assert check_text(text).verdict(element).status is Status.MISSING, element
    # ... but a bill's page that prints an editor's summary above the bill's caption is the bill
    bill = (
        "SUMMARY\nRequires law enforcement agency to establish policies for body cameras. "
        "Specifies content of policies. Authorizes admission of evidence. Provides exemption "
        "from disclosure.\nA BILL FOR AN ACT\nRelating to video cameras worn by police "
        "officers; amending ORS 41.910.\nBe It Enacted by the People of the State of Oregon:\n"
        "SECTION 1. A law enforcement agency shall retain body camera recordings for thirty (30) "
        "days."
    )
    assert check_text(bill).verdict("title").status is Status.PRESENT


def test_a_bar_on_anyone_that_guards_the_government_s_own_system_keeps_its_remedy() -> None:
    for section in (
        "Section 3. Misuse of ALPR data. (a) No person shall access or disclose ALPR data except "
        "for a law enforcement purpose. (b) A person who violates this section is guilty of a "
        "misdemeanor and, if a city employee, is subject to discipline.",
        "Sec. 34-5. Prohibited acts.\n(a) It is unlawful for any person to use the city's "
        "surveillance technology for a purpose not authorized.\n(b) Any person injured by a "
        "violation may recover damages in a civil action.",
        "Sec. 8-14. Drones.\n(a) No person shall use an unmanned aircraft system owned or leased "
        "by the police department to conduct surveillance of a protest.\n(b) Any officer who "
        "violates subsection (a) is guilty of a misdemeanor.",
        "Section 2. (a) No individual shall be subjected to face surveillance by any city "
        "department. (b) Any person subjected to face surveillance in violation of this section "
        "may institute proceedings for injunctive relief.",
        # (review20b: a surveillance law's own enforcement section, its penalty on "any person")
        "Sec. 2-310. Enforcement.\n(a) Any person injured by a violation of this article may "
        "institute proceedings for injunctive relief.\n(b) Any person, including an officer or "
        "employee of the city or a contractor, who knowingly violates this article is guilty of "
        "a misdemeanor.",
        # (a remedy past the clause that spares the police)
        "Sec. 2-200. Unlawful surveillance.\n(a) No person shall use a drone to conduct "
        "surveillance of a private residence.\n(b) This section does not apply to a law "
        "enforcement agency; however, evidence obtained by a law enforcement agency through a "
        "drone without a warrant is inadmissible in any criminal proceeding.",
    ):
        found = check_text(_ELM + section).verdict("enforcement").status
        assert found is not Status.MISSING, section
    # ... while a private pilot's crime stays none, in its other forms too
    for section in (
        "Sec. 423.003. Offense.\n(a) A person commits an offense if the person uses an unmanned "
        "aircraft to capture an image of an individual.\n(b) An offense under this section is a "
        "Class C misdemeanor.\n(c) It is a defense to prosecution under this section that the "
        "person was a peace officer acting under the authority of a valid search warrant.",
        "Sec. 9-30. Drones near jails.\n(a) Any person who operates an unmanned aircraft within "
        "500 feet of a county jail is guilty of a misdemeanor.",
        "Section 99E. Whoever uses an unmanned aerial vehicle to photograph another person in a "
        "private place shall be punished by a fine of not more than $5,000.",
        "Sec. 9-32. Drone voyeurism.\n(a) Persons shall not use a drone to photograph an "
        "individual inside a dwelling.\n(b) A violation of this section is a misdemeanor.",
        # (a government named only as a landowner, a permit's issuer or in a penalty's words)
        "Sec. 9-40. Drones over parks.\n(a) No person shall operate an unmanned aircraft system "
        "over any city-owned park.\n(b) A violation of this section is a misdemeanor.",
        "Sec. 12-8. Drones in parks.\n(a) No person shall launch a drone in a park without the "
        "department's written permit.\n(b) A violation of this section is a misdemeanor.",
        "Sec. 9-82. Drone voyeurism.\nNo person shall use a drone to photograph an individual "
        "inside a dwelling, and any person who does so shall be subject to a fine of not more "
        "than $500.",
    ):
        found = check_text(_ELM + section).verdict("enforcement").status
        assert found is Status.MISSING, section


def test_the_session_s_readings_spare_private_and_unrelated_clauses() -> None:
    # (review20: each new reading's close false friends, by element)
    for element, section in (
        ("use_policy", "Sec. 12-40. Pools.\n(c) Cameras, including cameras on cellular telephones, "
         "shall not be used in any locker room, shower or restroom at a city aquatic facility."),
        ("use_policy", "Sec. 1. Employers may not place video surveillance cameras in restrooms or "
         "locker rooms."),
        ("use_policy", "Sec. 14-22. Drones.\n(a) No drone operator shall retain images of "
         "neighboring property for more than seven days."),
        ("use_policy", "Section 2. Drones. A commercial drone operator permitted by the department "
         "shall not capture images of persons in the fenced yard of a residence."),
        ("council_approval", "Section 3. Employees who attend drone pilot training may be "
         "reimbursed for travel expenses in accordance with the travel policy approved by the City "
         "Council."),
        ("data_sharing_limits", "Sec. 4-10. ALPR data.\nALPR data may be shared with any law "
         "enforcement agency upon request or when required by a federal agency."),
        ("data_sharing_limits", "Sec. 10-10. Personnel files.\nPersonnel files of police "
         "officers, including disciplinary data, are confidential and not subject to public "
         "disclosure except as provided in the Public Records Act."),
        ("public_records", "Section 1. The city may operate speed cameras in school zones.\n"
         "Section 2. The city's annual financial audit shall be made available to the public on "
         "the city's website."),
    ):
        found = check_text(_ELM + section).verdict(element).status
        assert found is Status.MISSING, section
    # ... and their close variants, read
    for element, section in (
        ("use_policy", "Sec. 2-80. Cameras.\nNo surveillance camera may be installed in any "
         "restroom or locker room in a city building."),
        ("use_policy", "Rule 9-15. Attorney calls.\nCalls between an inmate and the inmate's "
         "attorney are not monitored or recorded by the department."),
        ("use_policy", "Rule 9-18. Privileged calls.\nStaff shall not listen in on calls between "
         "a detainee and legal counsel."),
        ("council_approval", "Sec. 2-70. Readers.\nThe police department may deploy automated "
         "license plate readers only pursuant to a deployment plan that has been approved by the "
         "City Council."),
        ("council_approval", "Sec. 2-71. Readers.\nThe police department may deploy automated "
         "license plate readers only in accordance with a deployment plan adopted by the City "
         "Council."),
        ("data_sharing_limits", "Sec. 10-12. Confidentiality.\nBody camera recordings are "
         "confidential and exempt from public disclosure, except that a recording may be released "
         "to the person recorded."),
    ):
        found = check_text(_ELM + section).verdict(element).status
        assert found is not Status.MISSING, section


def test_a_law_in_plain_words_with_a_summary_of_its_own_is_law() -> None:
    # (a digest's verbs opening its summary, but "must" binds: the digest test spares it)
    ordinance = (
        "ORDINANCE NO. 2024-31\n\nAN ORDINANCE OF THE CITY OF CEDAR FALLS RELATING TO POLICE "
        "DRONES\n\nSummary:\nProvides definitions for drone use.\nProhibits general "
        "surveillance by drone.\nRequires deletion of drone footage within 30 days.\n\n"
        "Section 1. Use limits.\n(a) The police department must not use drones for general "
        "surveillance.\n(b) Drone footage must be deleted within 30 days unless it is evidence."
    )
    assert check_text(ordinance).verdict("use_policy").status is not Status.MISSING


def test_a_lead_in_run_into_its_items_keeps_every_line_number() -> None:
    text = ("Section 1. Uses.\nThe police shall not do any of the following: (a) Use a drone "
            "over a home; (b) Keep drone footage for a year.\n\nSection 2. Severability.\nIf any "
            "part of this ordinance is held invalid, the rest remains in effect.")  # fmt: skip
    blocks = segment(text)
    assert [b.text for b in blocks if b.label] == [
        "Use a drone over a home;",
        "Keep drone footage for a year.",
    ]
    assert check_text(text).verdict("severability").line == 5


def test_second_review_of_the_nineteenth_session_s_readings() -> None:
    """/work/review19b.md: the first mends' own faults."""
    police = ("Section 3. Drones.\n(a) The police department may use a drone only to search for a "
              "missing person. Drone recordings shall be deleted after 30 days unless they are "
              "evidence.\n(b) Special event permittees shall notify the police department of any "
              "drone they plan to fly.")  # fmt: skip
    assert check_text(_ELM + police).verdict("use_policy").status is not Status.MISSING
    store = ("Section 6-40. Security.\n(a) A retail marijuana store shall install video "
             "cameras covering every point of sale.\n(b) Surveillance recordings shall be kept "
             "for at least 40 days.")  # fmt: skip
    assert check_text(_ELM + store).verdict("use_policy").status is Status.MISSING
    for visits in (
        "Inmates may receive two visits each week. Jail staff shall record all inmate visits in "
        "the visitation log.",
        "Inmates may receive two visits each week. Deputies shall monitor visits to keep order.",
        "Inmates may receive two visits each week. All visits shall be recorded in writing.",
    ):
        text = _ELM + f"Section 1. Visits. {visits}"
        assert check_text(text).verdict("use_policy").status is Status.MISSING, visits
    held = ("Section 1. Calls. Telephone calls of persons held in the jail are recorded, except "
            "calls to an attorney.")  # fmt: skip
    assert check_text(_ELM + held).verdict("use_policy").status is not Status.MISSING
    for limit, status in (
        ("ALPR data shall not be disclosed in response to a request made under the public "
         "records act.", Status.PRESENT),
        ("The clerk shall not release records in response to a request from any person until "
         "the fee has been paid.", Status.MISSING),
    ):  # fmt: skip
        found = check_text(_ELM + f"Section 1. {limit}").verdict("data_sharing_limits").status
        assert found is status, limit
    court = ("IN THE CIRCUIT COURT OF ELM COUNTY\n\nCase No. 24-CV-100\n\nThe parties having "
             "agreed, the Court does hereby order as follows:\n\nThe City shall retain the body "
             "camera footage until further order.")  # fmt: skip
    assert check_text(court).verdict("enacting_clause").status is Status.MISSING
    evidence = ("Section 1. The police department shall not use footage from cameras not owned by "
                "the city as the sole basis for a parking citation.")  # fmt: skip
    assert check_text(evidence).verdict("footage_requests").status is Status.MISSING
    grant = ("City of Elm\n\n*Accept grant from the Department of Justice for body-worn cameras "
             "(Ordinance)\n\nWHEREAS, the city applied for the grant; and\n\nNOW, THEREFORE, the "
             "Council directs: the Police Bureau shall keep recordings 90 days.")  # fmt: skip
    assert check_text(grant).verdict("title").quote.startswith("*Accept grant")


def test_a_schedule_reads_each_entry_for_itself() -> None:
    later = ("Series #: PD-001\n\nSeries Title: Payroll Registers\n\nRetention: 7 years\n\n"
             "Series #: PD-002\n\nSeries Title: Body-Worn Camera Recordings\n\nRetention: 90 "
             "days")  # fmt: skip
    assert check_text(later).verdict("use_policy").quote == "Retention: 90 days"
    for other in (
        "Series #: PD-001\n\nSeries Title: Patrol Vehicle Maintenance Records\n\nRetention: 3 "
        "years\n\nDisposition: Destroy",
        "Series #: PD-009\n\nSeries Title: Security Camera Service Contracts\n\nRetention: 6 "
        "years\n\nDisposition: Destroy",
    ):
        assert check_text(other).verdict("use_policy").status is Status.MISSING, other[:40]


def test_definitions_and_findings_are_not_read_from_manner_or_a_tribunal() -> None:
    term = [s for s in sentences_of(passages_from_text(
        "Footage captured by a drone means any image made by an unmanned aircraft."))]  # fmt: skip
    manner = [s for s in sentences_of(passages_from_text(
        "No officer may record by electronic means any conversation."))]  # fmt: skip
    from ordinance.scorecard.second_opinion import _gives_reasons, _is_definition

    assert _is_definition(term[0]) and not _is_definition(manner[0])
    found = [s for s in sentences_of(passages_from_text(
        "Any employee found to be in violation of this ordinance shall be disciplined."
    ))]  # fmt: skip
    assert not _gives_reasons(found[0])


def test_effective_dates_in_the_vote_line_and_in_force_and_effect() -> None:
    closing = ("WHEREAS, cameras deter crime; and\n\nBE IT RESOLVED that the Board adopts the "
               "policy.\n\nPASSED AND ADOPTED on May 1, 2024. This resolution shall become "
               "effective immediately.")  # fmt: skip
    assert check_text(closing).verdict("effective_date").status is Status.PRESENT
    force = "This ordinance shall be in force and effect from and after its passage."
    assert verdict("effective_date", force).status is Status.PRESENT
    assert verdict("effective_date", "The permit shall be in force for one year.").status \
        is Status.MISSING


def test_short_forms_and_defined_as_follows_are_definitions() -> None:
    short = ('As used in this chapter, "license plate reader" ("LPR") means a camera that reads '
             "plates.")  # fmt: skip
    assert verdict("definitions", short).status is not Status.MISSING
    lead = "Certain words and phrases are defined as follows:"
    assert verdict("definitions", lead).status is not Status.MISSING
    assert verdict("definitions", "The duties are set out as follows:").status is Status.MISSING


def test_a_statement_of_purpose_is_the_findings() -> None:
    assert verdict("findings", "The purpose of this chapter is to ensure that cameras serve "
                   "public safety.").status is Status.PRESENT  # fmt: skip
    assert verdict("findings", "This article is intended to protect privacy.").status \
        is Status.PRESENT
    assert verdict("findings", "The purpose of the request shall be stated.").status \
        is Status.MISSING
    titled = "Sec. 2-1. Purpose and intent.\n\nCameras shall serve public safety."
    assert check_text(titled).verdict("findings").status is Status.PRESENT
    other = "Sec. 2-1. Purpose of cameras.\n\nCameras shall serve public safety."
    assert check_text(other).verdict("findings").status is Status.MISSING


def test_it_is_enacted_by_is_an_enacting_clause() -> None:
    text = "It is enacted by the General Assembly as follows:\n\nSECTION 1. Drones."
    assert check_text(text).verdict("enacting_clause").status is Status.PRESENT


def test_a_body_adopting_a_camera_policy_is_a_use_policy() -> None:
    """Batch 12: a resolution whose body adopts a binding policy for a technology has one; a
    department's own manual, or a body adopting a policy on something else, does not."""
    resolution = ("WHEREAS, the Town operates cameras in its parks; and\n\nNOW, THEREFORE, BE IT "
                  "RESOLVED that the Town Council adopts the Park Camera Policy attached as "
                  "Exhibit A.")  # fmt: skip
    assert check_text(resolution).verdict("use_policy").status is not Status.MISSING
    personnel = resolution.replace("Park Camera Policy", "Personnel Policy")
    assert check_text(personnel).verdict("use_policy").status is Status.MISSING
    listed = ("Recordings from the park cameras shall only be used for the following purposes:"
              "\n\n(1) Investigating vandalism;\n\n(2) Locating a missing person.")  # fmt: skip
    assert verdict("use_policy", listed).status is Status.PARTIAL
    assert verdict("use_policy", "A camera may only be used for official business.").status is (
        Status.MISSING
    )


def test_approval_by_a_resolution_approving_and_the_passive_by_the_body() -> None:
    """Batch 12: the body's approval worded as the resolution it adopts, as a passive, or as a
    condition "with prior ... approval"; another board's approval, or minutes approved, are not."""
    for text in (
        "No department shall acquire surveillance equipment without the Town Council first "
        "adopting a resolution approving the acquisition.",
        "The camera system shall be approved by the governing body by resolution.",
        "The Chief, with prior Town Council approval, shall set the camera locations.",
    ):
        assert verdict("council_approval", text).status is not Status.MISSING, text
    for text in (
        "The camera system shall be approved by the Board of Public Safety.",
        "The minutes shall be approved by the Town Council.",
    ):
        assert verdict("council_approval", text).status is Status.MISSING, text


def test_discipline_for_a_violation_is_enforcement_but_not_a_policy_saying_so() -> None:
    law = "Any employee who violates this chapter may be subject to discipline."
    assert verdict("enforcement", law).status is Status.PRESENT
    policy = "Violations of this policy may result in discipline."
    assert verdict("enforcement", policy).status is Status.MISSING


def test_a_resolving_clause_opening_a_paragraph_makes_law_and_its_subjunctive_a_duty() -> None:
    """Batch 13: a board's action request carrying "BE IT RESOLVED, that a public hearing ... be
    held ... and that the Clerk be directed to publish notice"; a resolution on other business,
    and minutes reporting that a board "resolved to" hold a hearing, require no hearing."""
    text = ("Request for Board Action\n\nBE IT RESOLVED, that a public hearing on the license "
            "plate reader program be held before the Board on May 6, 2025, at 6:00 p.m., and "
            "that the Clerk be directed to publish notice of the hearing at least ten (10) days "
            "before it.")  # fmt: skip
    card = check_text(text, "<case>")
    assert card.verdict("enacting_clause").status is Status.PRESENT
    assert card.verdict("public_hearing_notice").status is Status.PRESENT
    other = "BE IT RESOLVED, that the minutes of the meeting of March 3, 2025 be approved."
    assert check_text(other, "<case>").verdict("public_hearing_notice").status is Status.MISSING
    minutes = "The Board resolved to hold a public hearing on the cameras in May."
    assert check_text(minutes, "<case>").verdict("public_hearing_notice").status is (
        Status.MISSING
    )


def test_a_coversheet_scores_only_the_title_it_prints() -> None:
    """Batch 13 (Houston's near miss): a council coversheet prints the ordinance's caption and
    describes when its requirements "are to take effect"; it holds no enacted text."""
    text = ("Item Coversheet\n\nMeeting Date: 5/2/2023\n\nAgenda Item#: 12.\n\nAN ORDINANCE "
            "AMENDING CHAPTER 12 OF THE CITY CODE RELATING TO LICENSE PLATE READERS\n\nThe Chief "
            "of Police recommends that City Council approve the ordinance. The requirements are "
            "to take effect on the 90th day following passage of this ordinance. The department "
            "shall report annually on the readers.")  # fmt: skip
    card = check_text(text, "<case>")
    assert card.verdict("title").status is Status.PRESENT
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == ["title"]
    # the same caption and date clause, enacted, are scored
    law = text.split("\n\n", 3)[3].replace("The Chief of Police recommends that City Council "
                                          "approve the ordinance. ", "")  # fmt: skip
    assert check_text(law, "<case>").verdict("effective_date").status is Status.PRESENT


def test_a_policy_approved_by_the_body_in_the_passive() -> None:
    """Batch 13: "The initial operational policy ..., as attached as Exhibit No. 1, is approved";
    a policy a department head approves is not the body's."""
    text = ("The operational policy for body-worn cameras, attached as Exhibit No. 1, is "
            "approved.")  # fmt: skip
    assert verdict("use_policy", text).status is not Status.MISSING
    chief = "The body-worn camera policy is approved by the Chief of Police each year."
    assert verdict("use_policy", chief).status is Status.MISSING


def test_evidence_obtained_in_violation_made_inadmissible_as_a_prohibition() -> None:
    """Batch 13: "No information obtained ... in violation of ... this Chapter may be admissible
    as evidence"; a limit on using recordings, with no violation, is no remedy."""
    text = ("No information obtained or collected in violation of this chapter may be admissible "
            "as evidence in any proceeding.")  # fmt: skip
    assert verdict("enforcement", text).status is Status.PRESENT
    assert verdict("enforcement", "No recording may be used for training.").status is (
        Status.MISSING
    )


def test_a_cover_pages_effective_date_field_names_the_instrument() -> None:
    """Batch 13: "EFFECTIVE DATE OF ORDINANCE October 15, 2025"; a register that shows each
    ordinance's effective date is a duty about other ordinances."""
    text = "EFFECTIVE DATE OF ORDINANCE October 15, 2025"
    assert verdict("effective_date", text).status is Status.PRESENT
    register = "The Clerk shall keep a register showing the effective date of each ordinance."
    assert verdict("effective_date", register).status is Status.MISSING


def test_title_forms_of_batch_13() -> None:
    """An ordinance's caption in title case with its verb ("Ordinance Making ..."), a record's
    "Notes: Title: ORDINANCE RELATED TO ...", a caption in capitals with no article; a news line
    ("Ordinance making cameras mandatory fails") in sentence case is not one."""
    for text in (
        "Ordinance Making Police Camera Footage Public Records\n\n1. Purpose.",
        "Notes: Title: ORDINANCE RELATED TO DRONES; CREATING SECTION 8-12 OF THE CODE",
        "ORDINANCE OF THE CITY COUNCIL OF THE CITY OF ELM ADDING CHAPTER 2.90",
    ):
        assert check_text(text, "<case>").verdict("title").status is Status.PRESENT, text
    news = "Ordinance making cameras mandatory fails on a tie vote, officials said."
    assert check_text(news, "<case>").verdict("title").status is Status.MISSING


@pytest.mark.parametrize(
    "text",
    [
        "Use of Cameras\n\nThe Board delegates authority to the Superintendent.\n\nAdopted date: "
        "March 1, 2020",
        "Video Policy\n\nThis policy governs cameras.\n\nAdopted by the Board of Trustees on "
        "May 1, 2025.",
        "Cameras\n\nApproved by the Board of Library Trustees July 8, 2002\n\nThis policy "
        "governs cameras.",
        "EBCA Video Cameras\n\nCameras may be used to enforce Board policy and this policy.",
        "Biometrics\n\nThe District shall obtain consent under this policy.\n\nDistrict "
        "Policy 7:340",
        "The Elm Parish School Board shall authorize the use of biometric data under this policy.",
    ],
)
def test_a_boards_own_policy_is_law(text: str) -> None:
    passages = passages_from_text(text)
    assert is_board_policy(passages) and is_legislation(passages)


@pytest.mark.parametrize(
    "text",
    [
        # a state fusion center's own privacy policy
        "Elm Regional Intelligence Center\n\nPrivacy and Civil Rights Policy\n\nMay 7, 2018\n\n"
        "The Elm Regional Intelligence Center (the Center) serves the county and the state. The "
        "Center will not retain information about a person's religious or political views.",
    ],
)
def test_a_fusion_centers_privacy_policy_is_law(text: str) -> None:
    passages = passages_from_text(text)
    assert is_board_policy(passages) and is_legislation(passages)


def test_a_rule_filing_in_a_registers_fields_is_law() -> None:
    """Utah's bulletin prints "DAR File No.:" and "Purpose of the rule or reason for the
    change:"."""
    filing = passages_from_text(
        "DAR File No.: 40447\n\nPurpose of the rule or reason for the change:\n\nThe Division "
        "adds rules for drones in state parks.\n\nNo person may fly a drone in a state park "
        "without a permit."
    )
    assert is_legislation(filing)
    # one field alone is no filing: news may quote one
    assert not is_legislation(
        passages_from_text("Purpose of the rule or reason for the change: drones, the agency said.")
    )


@pytest.mark.parametrize(
    "text",
    [
        # a police manual, dated as adopted: still a manual
        "Drones\n\nThis policy governs drones. The Chief of Police or the authorized designee "
        "should review flights. Officers should log flights.\n\nAdopted: May 1, 2020",
        # a department's policy with no board's adoption
        "707.1 PURPOSE\n\nThis policy provides guidance to members. This policy governs cameras.",
        # an agency's initials heading news about a board
        "ATF Access to Plate Readers Ended\n\nThe board said the program ended on Monday.",
    ],
)
def test_a_departments_policy_is_not_a_boards(text: str) -> None:
    passages = passages_from_text(text)
    assert not is_board_policy(passages)
    assert not is_legislation(passages)


def test_another_laws_requirement_recited_is_no_duty() -> None:
    recited = sentences_of(passages_from_text(
        "A. Assembly Bill 481, codified at Government Code sections 7070 through 7075, requires "
        "agencies to obtain approval. AB 481 also requires that an agency shall submit its policy."
    ))
    assert [s.duty for s in recited] == [False, False]
    own = sentences_of(
        passages_from_text("As state law requires, the Department shall post its policy.")
    )
    assert own[0].duty


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("AN INITIATED ORDINANCE PROHIBITING GOVERNMENT CAMERAS", Part.TITLE),
        ("RESOLUTION AUTHORIZING THE POLICE DEPARTMENT TO ACCEPT A DONATION", Part.TITLE),
        ("RESOLUTION NO. 05-133", Part.TITLE),
        ("A bill to amend 1949 PA 300, entitled", Part.TITLE),
        ("A BILL to amend the Code of West Virginia, 1931, as amended", Part.TITLE),
        ("A bill to ban drones passed the House.", Part.BODY),
        ("Resolution authorizing cameras passes", Part.BODY),
        ("THE PEOPLE OF THE STATE OF MICHIGAN ENACT:", Part.ENACTING),
        ("BY: Robert D. Johnson, Mayor", Part.CLOSING),
        ("Adopted by the City Council of the City of Elm this 6th day of September, 2005.",
         Part.CLOSING),
        ("By: the Chief, with the camera vendor", Part.BODY),
        ("Adopted by the Council in 2019, the policy governs cameras.", Part.BODY),
        # batch 38: the vote with the date of passage over a resolution's caption
        ("PASSED December 2, 2002, by a vote of 10 to 2, with 2 absent:", Part.CLOSING),
        ("PASSED Dec. 2, 2002, by a vote of 10 to 2, with 2 absent:", Part.CLOSING),
        ("It passed easily, by a vote of 10 to 2.", Part.BODY),
    ],
)
def test_batch_14_parts_of_the_instrument(line: str, part: Part) -> None:
    passages = passages_from_text(line)
    assert [p.part for p in passages] == [part]


def test_a_city_clerk_s_bill_record_is_a_record_about_the_item() -> None:
    """Seattle's clerk prints a bill's record ("Introduced as Council Bill 117730", its "Title"
    field, its status and votes): the instrument's caption is its title, nothing else is law."""
    record = (
        "Elm City Council Bills and Ordinances\nOrdinance 124142\nIntroduced as Council Bill "
        "117730\nTitle\nAN ORDINANCE relating to the City of Elm's use of surveillance equipment; "
        "requiring City departments to obtain City Council approval prior to acquiring certain "
        "equipment.\nDescription and Background\nCurrent Status: Passed\nThe Committee "
        "recommends that the Council pass the bill as amended."
    )
    assert describes_an_item(passages_from_text(record))
    card = check_text(record)
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == ["title"]


def test_a_legistar_file_about_an_item_holds_its_title_only() -> None:
    """A legistar file's header over a staff memo is a record about the item: its title is the
    instrument's, its memo's "shall" is not law. A file that prints the instrument's recitals
    holds its text, and is read whole."""
    record = (
        "File #: 22-0528 Version: 1 Name: Drone Ordinance\nType: Ordinance Status: Passed\n"
        "Title: An Ordinance of the City of Elm Regulating Drones\n\nTO: Mayor and City Council\n"
        "FROM: Chief of Police\n\nThe Chief recommends that the Council adopt the ordinance. "
        "Drones shall be flown only by trained pilots, and their footage shall be kept for "
        "thirty (30) days."
    )
    card = check_text(record)
    assert card.verdict("title").status is Status.PRESENT
    others = [v for v in card.verdicts if v.id != "title"]
    assert all(v.status is Status.MISSING for v in others)
    assert {v.note for v in others} == {"a record about an item, not the item's text"}
    with_text = (
        "File #: 22-0528 Version: 1 Name: Drone Ordinance\nType: Resolution Status: Passed\n"
        "Title: A Resolution of the City of Elm Regulating Drones\n\nWHEREAS, drones fly over "
        "homes; and\n\nNOW, THEREFORE, BE IT RESOLVED that drones shall be flown only by "
        "trained pilots."
    )
    assert check_text(with_text).verdict("findings").status is Status.PRESENT


def test_a_text_titled_as_a_surveillance_use_policy_has_the_form_of_law() -> None:
    """A use policy a governing body approves under a surveillance ordinance is law; a record
    of its approval is not."""
    policy = (
        "Finance Agency - Security Cameras Surveillance Use Policy (September 2018)\n\n"
        "The Finance Agency maintains security cameras at its offices to protect its staff."
    )
    assert has_the_form_of_law(passages_from_text(policy))
    approval = (
        "Approve the Finance Agency Surveillance Use Policy\n\n"
        "The Finance Agency maintains security cameras at its offices to protect its staff."
    )
    assert not has_the_form_of_law(passages_from_text(approval))


def test_a_bill_s_caption_over_its_digest_is_a_record_holding_the_title_only() -> None:
    """A legislature's page of a bill's caption over its digest ("This bill would ...") holds
    the bill's title, not its text: the digest's "would prohibit" enacts nothing."""
    page = (
        "Amended IN Senate April 2, 2024\n\nSTATE OF ELM LEGISLATURE\n\nSenate Bill No. 41\n\n"
        "An act to amend Section 12 of the Elm Penal Code, relating to drones.\n\n"
        "LEGISLATIVE COUNSEL'S DIGEST\n\nSB 41, as amended, Roe. Drones.\n\nThis bill would "
        "prohibit a law enforcement agency from using a drone without a warrant, and would "
        "require each agency to delete drone images within 30 days."
    )
    assert describes_an_item(passages_from_text(page))
    card = check_text(page)
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == ["title"]
    # (the bill's own text under its caption is read whole)
    bill = page.split("LEGISLATIVE")[0] + (
        "The people of the State of Elm do enact as follows:\n\nSECTION 1. A law enforcement "
        "agency shall not use a drone without a warrant."
    )
    assert not describes_an_item(passages_from_text(bill))
    # (nor a page that prints the digest and then the bill's text under its enacting formula, run
    # into the digest's last paragraph, where no part of the page reads as an enacting clause)
    caption = Passage("An act to amend Section 12 of the Elm Penal Code.", Part.TITLE, line=1)
    digest = Passage("LEGISLATIVE COUNSEL'S DIGEST", Part.BODY, line=2)
    run_on = Passage(
        "This bill would prohibit the use of drones. The people of the State of Elm do enact as "
        "follows: SECTION 1. No agency shall use a drone.",
        Part.BODY,
        line=3,
    )
    assert describes_an_item([caption, digest])
    assert not describes_an_item([caption, digest, run_on])


def test_a_research_memo_that_names_no_sender_is_a_memo() -> None:
    """A legislature's research memo heads itself "TO: ... DATE: ... SUBJECT:" with no "FROM:"
    over its purpose and background: a record about a bill, holding its subject line only."""
    memo = (
        "TO: MEMBERS OF THE SENATE\nDATE: March 1, 2025\nSUBJECT: S.B. 12, relating to "
        "immigration\nPurpose\nRequires each county to follow federal immigration law.\n"
        "Background\nCounties must share information with federal authorities."
    )
    assert writes_a_memo(passages_from_text(memo))
    assert not writes_a_memo(passages_from_text(memo.replace("SUBJECT:", "NOTE:")))


def test_a_colorado_caption_may_hold_words_of_one_letter() -> None:
    text = (
        "HOUSE BILL 04-1262\n\nBY REPRESENTATIVE(S) Roe;\n\nCONCERNING A REQUIREMENT THAT A "
        "JURISDICTION POST A NOTICE WHEN USING A SPEED CAMERA.\n\nBe it enacted by the General "
        "Assembly of the State of Elm:\n\nSECTION 1. A city shall post a sign."
    )
    assert check_text(text).verdict("title").status is Status.PRESENT


def test_a_kentucky_caption_over_its_imperative_digest_holds_the_title_only() -> None:
    page = (
        "AN ACT relating to public protection.\n\nCreate new sections of KRS Chapter 455 to "
        "require officers to activate body-worn cameras when serving a warrant; create a cause of "
        "action for a person harmed."
    )
    card = check_text(page)
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == ["title"]


def test_a_letter_under_its_page_s_title_lines_is_a_letter() -> None:
    """Batch 63: a district's notice to parents opens with its page's title lines, then "Dear
    Parent,"; the salutation still marks a letter."""
    letter = passages_from_text(
        "Camera Monitoring\n\nNotice to Families - Use of Video Cameras on District Buses\n\n"
        "Dear Families,\n\nThe Elm Valley School District may use video cameras on its buses."
    )
    assert _writes_a_letter(letter)
    law = passages_from_text(
        "Sec. 4-12. Cameras on buses.\n\n(a) The district may use video cameras on its buses."
    )
    assert not _writes_a_letter(law)
    # (an ordinance under its transmittal lines is no letter: the cold review's probe)
    ordinance = passages_from_text(
        "ORDINANCE NO. 2025-14\n\nAgenda Item 7\n\nDear Mayor and Council Members:\n\nBE IT "
        "ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\nSection 1. The police department "
        "shall not acquire drones without the approval of the city council."
    )
    assert not _writes_a_letter(ordinance)


def test_a_page_that_sums_up_rules_laid_down_elsewhere_is_told() -> None:
    """Batch 63: a police page lists the "highlights" of rules its department's order lays
    down; a law's own list never calls itself its highlights."""
    page = passages_from_text(
        "Street Cameras - Rules and Procedures\n\nThe Elm Police Department's use of street "
        "cameras is governed by Special Order 12-04.\n\nHighlights of the street camera rules "
        "and procedures include the following:\n\n- A supervisor is present during all live "
        "monitoring."
    )
    assert sums_up_rules(page)
    law = passages_from_text(
        "Sec. 9-3. Street cameras.\n\nThe following rules apply to the street cameras:\n\n- A "
        "supervisor shall be present during all live monitoring."
    )
    assert not sums_up_rules(law)


def _elm_section(title: str, text: str) -> Scorecard:
    return check_text(_ELM + f"Sec. 5. {title}.\n{text}")


def test_data_given_to_anyone_but_a_listed_few_is_a_sharing_limit() -> None:
    """Batch 68: "may not be disclosed to anyone except:" names its recipients by excluding
    them; "anyone acting on behalf of the City" is an actor, no recipient."""
    for text in (
        "Data gathered by the toll gantry cameras may not be disclosed to anyone except the "
        "account holder and employees of the department.",
        "Camera recordings shall not be released to any individual except as this section "
        "provides.",
    ):
        assert _elm_section("Data", text).verdict("data_sharing_limits").status is not (
            Status.MISSING
        ), text
    for text in (
        "Neither the City nor anyone acting on behalf of the City may take any personnel action "
        "against an employee for disclosing a violation of this chapter.",
        "The retention of camera recordings shall not abridge the privacy of any individual.",
        # a duty to disclose and a fee's rule (the second cold review's probes)
        "Access to body camera recordings shall not be denied to anyone who submits a request "
        "under the Public Records Act.",
        "The department shall not refuse to provide recordings to anyone who files a request.",
        "No fee shall be charged to any individual who requests access to footage of that "
        "individual.",
    ):
        assert _elm_section("Data", text).verdict("data_sharing_limits").status is Status.MISSING, (
            text
        )


def test_a_use_confined_in_the_law_s_is_to_be_is_a_rule_of_use() -> None:
    for text in (
        "Images from the toll cameras are to be used solely for collecting tolls.",
        # (the review's siblings: the purpose before "only", "only to be", the negative)
        "Camera images are to be used for toll collection only.",
        "Camera images are only to be used for collecting tolls.",
        "Recordings are not to be used for any purpose other than the investigation of a crime.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is not Status.MISSING, text
    for plan in (
        # (not a plan: "is to be used" with no limit binds nothing; nor a writer's account, nor
        # money confined to a purpose)
        "The new camera system is to be used at the depot.",
        "According to the grant application, the cameras are to be used solely for traffic "
        "monitoring.",
        "Grant funds received under this section are to be used solely for the purchase of "
        "body-worn cameras.",
    ):
        assert _elm_section("Use", plan).verdict("use_policy").status is Status.MISSING, plan


def test_penalties_and_sanctions_for_misusing_a_government_system_are_enforcement() -> None:
    """Batch 68: criminal-justice information systems' rules name the penalty for misuse, the
    sanctions an agency imposes on its people, the discipline a violation brings."""
    for text in (
        "Records in the plate reader database are confidential and subject to the criminal "
        "penalties for misuse set out in section 12-4.",
        "Each agency shall adopt a policy that sets the sanctions imposed on personnel who misuse "
        "the camera network.",
        "A violation of this chapter may make the violator subject to administrative action, "
        "including employee discipline and termination.",
    ):
        assert _elm_section("Misuse", text).verdict("enforcement").status is not Status.MISSING, (
            text
        )
    for text in (
        # a penalty on the public, an immunity, sanctions for what is no surveillance, a
        # private person's crime (the second cold review's probes)
        "Any person who flies a drone over the jail is subject to penalties for misuse of the "
        "airspace.",
        "No employee shall be subject to penalties for the unauthorized disclosure of camera data "
        "that the employee disclosed in good faith to report a violation of this chapter.",
        "A patron who shares a library card with another person is subject to penalties for "
        "misuse of the account.",
        "The Director shall adopt a schedule of sanctions for employees who violate the dress "
        "code.",
        "No sanctions shall be imposed on employees who violate this chapter while relying on the "
        "advice of the City Attorney.",
        "Unauthorized access to a neighbor's doorbell camera may make the person subject to "
        "criminal prosecution.",
    ):
        assert _elm_section("Misuse", text).verdict("enforcement").status is Status.MISSING, text
    # (a toll statute's remedies stay remedies: its records are no fine on the public)
    sold = "An employee who sells toll violation records is subject to termination of employment."
    assert _elm_section("Misuse", sold).verdict("enforcement").status is not Status.MISSING


def test_a_board_that_oversees_the_systems_is_an_oversight_body() -> None:
    for text in (
        "There shall be a Justice Information Systems Board, which shall oversee the state's "
        "criminal justice information systems.",
        "The Supervisory Board for the Crime Information Center shall approve each new file in "
        "the system and conduct an annual review of the effectiveness of all files.",
        "The Information Systems Board shall oversee the city's surveillance systems and report "
        "annually to the City Council on their use.",
    ):
        assert _elm_section("Board", text).verdict("oversight_body").status is not (
            Status.MISSING
        ), text
    for text in (
        # the governing body overseeing is no oversight body, whatever it is called
        "The City Council shall oversee the use of surveillance technology.",
        "The Select Board shall oversee the town's camera network.",
        "The Town Board shall oversee the use of license plate reader systems by the police.",
        # nor a board over systems that watch no one, nor one the subject only consults
        "The Library Board shall oversee the library's information systems.",
        "The Director, after consulting the Public Safety Committee, shall oversee the city's "
        "camera systems.",
    ):
        assert _elm_section("Board", text).verdict("oversight_body").status is Status.MISSING, text


def test_retention_with_its_deadline_first_and_tracking_ordered_are_rules_of_use() -> None:
    for text in (
        "Not later than thirty (30) days after a charge is paid, the department shall destroy "
        "records of the location of the vehicle.",
        # (the passive, and a duty before the destruction)
        "Not later than 30 days after it is recorded, footage from a license plate reader shall "
        "be deleted.",
        "Within 30 days after a case closes, the department shall review and destroy any drone "
        "footage not needed as evidence.",
        "Every person released on parole for a sex offense shall be monitored with electronic "
        "monitoring technology for the whole parole period.",
        "A toll authority may not use information read from a license plate for purposes other "
        "than collecting tolls.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is not Status.MISSING, text
    for text in (
        # no offender or defendant: an alarm, a patient; a hydrant's location; a private company
        "Every burglar alarm system shall be subject to electronic monitoring by a central "
        "station.",
        "Every patient in labor shall be placed on electronic fetal monitoring when ordered.",
        "Within 30 days after a hydrant is removed, the utility shall destroy records of the "
        "location of the hydrant.",
        "A private company licensed by the state may not use information derived from a license "
        "plate reader for purposes other than repossessing vehicles.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is Status.MISSING, text
    # a synopsis in its own voice is no rule
    synopsis = (
        "Provides that if an agency obtains camera data, the agency within 30 days shall destroy "
        "all data obtained."
    )
    assert _elm_section("Use", synopsis).verdict("use_policy").status is Status.MISSING


def test_a_city_administration_s_policy_approved_by_its_cabinet_is_no_law() -> None:
    """Batch 68: a mayor's cabinet approves its administration's rules for staff."""
    policy = (
        "4.01.05 Recording of Calls\n\nRESPONSIBLE CITY AGENCY: Department of Finance\n\n"
        "1. General\n\n1.1 The City does not record or monitor its employees' telephone "
        "conversations except in the case of:\n\nA. Calls in which an employee is being "
        "trained;\n\nB. Police dispatch communications.\n\n1.2. This order shall not restrict "
        "any recordings made pursuant to court orders.\n\nEFFECTIVE DATE: October 1, 1999\n"
        "DATE APPROVED BY CABINET: September 6, 1999"
    )
    card = check_text(policy)
    assert [v.id for v in card.verdicts if v.status is not Status.MISSING] == []
    # (an ordinance whose list names the mayor's cabinet is read: the first review's probe)
    ordinance = passages_from_text(
        "ORDINANCE NO. 2025-7\n\nAN ORDINANCE REGULATING SURVEILLANCE.\n\nBE IT ORDAINED BY THE "
        "CITY COUNCIL OF THE CITY OF ELM:\n\nSec. 2. Approval.\nBefore acquiring surveillance "
        "technology, a department shall submit a use policy that has been:\n(a) reviewed by the "
        "City Attorney;\n(b) approved by the Mayor's Cabinet; and\n(c) approved by the City "
        "Council."
    )
    assert not describes_no_law(ordinance)
    # (a university's policy approved by its cabinet is its institution's: read as before)
    assert not describes_no_law(
        passages_from_text(
            "Drone Policy\n\nStatus: Approved by Cabinet\n\nThe University shall not fly drones "
            "over residence halls."
        )
    )


def test_a_page_listing_bills_with_their_digests_enacts_nothing() -> None:
    """Batch 68: an advocacy page lists a state's bills, each with its digest."""
    page = passages_from_text(
        "Drone laws - Elm State\n\nEnacted Laws\n\nHB 1201 – Prohibits police agencies from "
        "flying armed drones.\n\nSB 88 – Directs the parks commission to adopt rules on drones "
        "in parks.\n\nHB 1410 – Exempts drone test range data from disclosure.\n\nSB 12 – "
        "Relating to drones; declaring an emergency."
    )
    assert describes_no_law(page)
    # (a law's own sections, numbered, are no digest)
    law = passages_from_text(
        "Sec. 1. Drones.\n\n(a) A police agency shall not fly an armed drone.\n\n(b) The parks "
        "commission shall adopt rules on drones in parks."
    )
    assert not describes_no_law(law)


def test_a_meeting_s_minutes_are_not_admitted_by_the_learned_model() -> None:
    minutes = passages_from_text(
        "PUBLIC SAFETY COMMITTEE\nMINUTES OF THE REGULAR MEETING\nMarch 1, 2010\n\n1.\n2010-119 "
        "AN ORDINANCE APPROPRIATING $100,000 TO PURCHASE AN IN-CAR VIDEO SYSTEM; PROVIDING AN "
        "EFFECTIVE DATE\nRecommend to APPROVE.\nAYES - Brown, Lee, ( 2 )"
    )
    assert records_a_meeting(minutes)
    clerk = "Sec. 2-10. Minutes.\n\nThe clerk shall keep the minutes of each meeting."
    assert not records_a_meeting(passages_from_text(clerk))


def test_records_excluded_and_access_cut_off_for_a_violation_are_enforcement() -> None:
    """Batch 69: a statute subjects records obtained in breach of it to the exclusionary rules;
    an information system's rules cut off an agency's or a user's access for misuse."""
    for text in (
        "Location data obtained in violation of this chapter shall be subject to the rules "
        "governing exclusion as if it were obtained in violation of the Fourth Amendment.",
        "Access to the criminal justice information system may be terminated for violation of the "
        "user agreement.",
        "If the bureau finds that a user agency has misused criminal history information, it may "
        "suspend the agency's access to the network.",
    ):
        assert _elm_section("Remedies", text).verdict("enforcement").status is not (
            Status.MISSING
        ), text
    for text in (
        # a park's users, and a cut-off with no violation
        "A resident's access to the park may be suspended for violation of the park rules.",
        "The bureau may suspend access to the criminal justice information system during "
        "scheduled maintenance.",
    ):
        assert _elm_section("Remedies", text).verdict("enforcement").status is Status.MISSING, text


def test_the_terms_of_an_electronic_monitoring_program_are_rules_of_use() -> None:
    """Batches 69 and 70: who may not be placed on a monitoring program, what its device must
    do, how long it may last; the program may be named in the paragraph or the title."""
    for text in (
        "A court may not order home detention for an offender convicted of a sex offense unless "
        "its conditions require a monitoring device that reports the offender's location at all "
        "times.",
        "Before placement, each parolee shall accept a special condition of parole requiring "
        "continuous electronic monitoring.",
        "The equipment used for electronically monitored house arrest shall include a "
        "transmitter worn by the offender.",
        "There is created a GPS monitoring program for inmates. The following inmates shall not "
        "be eligible for assignment to the program: inmates convicted of a violent offense.",
        "Any offender convicted of murder shall not be eligible for the home/electronic "
        "incarceration program.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is not Status.MISSING, text
    for text in (
        # the offender's crime of tampering, the program's fees, who may reach its data
        "An offender who removes or tampers with an electronic monitoring device shall be guilty "
        "of a misdemeanor.",
        "Each offender on electronic monitoring shall pay the costs of the monitoring device.",
        # a page's account of an order
        "On October 2, 2006, an order was signed, ordering that each offender on GPS monitoring "
        "shall count as three cases.",
        # no offender: a bank's alarm transmitter
        "Each bank shall keep its alarm transmitter in working order.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is Status.MISSING, text


def test_batch_71_home_detention_programs_are_read_as_their_collectors_read_them() -> None:
    """Batch 71: a home-detention program's bars (with a modal or without), the governing body's
    leave for its officer to run one, and a court order's signer are read; a records request's
    answer and a rule's disclaimer of any cause of action are not law or remedy."""
    for text in (
        "Home detention shall not be granted in a sentence imposed for an offense involving "
        "domestic violence.",
        "A person is not eligible for the home detention and electronic monitoring program if "
        "the person has a history of violence.",
    ):
        assert _elm_section("Use", text).verdict("use_policy").status is not Status.MISSING, text
    # (a fee is no rule of the program's use)
    fee = "The Sheriff shall not consider a prisoner's ability to pay the home detention fee."
    assert _elm_section("Use", fee).verdict("use_policy").status is Status.MISSING
    for text in (
        "Upon a finding that the jail is full, the board of supervisors may authorize the "
        "correctional administrator to offer a program under which inmates may be required to "
        "participate in a home detention program, which shall include electronic monitoring.",
        "The City Council hereby authorizes the Police Chief to operate a house arrest program.",
    ):
        verdict = _elm_section("Approval", text).verdict("council_approval")
        assert verdict.status is not Status.MISSING, text
    court = "The court may authorize the sheriff to offer a home detention program."
    assert _elm_section("Approval", court).verdict("council_approval").status is Status.MISSING
    order = (
        "ADMINISTRATIVE ORDER 08-3\n\nIt is Hereby Ordered:\n\nThat the sheriff shall evaluate "
        "each inmate for electronic monitoring.\n\nDated this 14th day of November, 2008.\n\n"
        "Signed by Jane Q. Roe, Administrative District Judge"
    )
    assert check_text(order).verdict("signature_block").status is not Status.MISSING
    disclaimer = (
        "This rule is not intended to confer any procedural or substantive rights or any "
        "private cause of action not otherwise granted by law."
    )
    assert _elm_section("Rights", disclaimer).verdict("enforcement").status is Status.MISSING
    request = passages_from_text(
        "Elm County Schools MPIA Request #2023-140\n\nRequested Information\n\nPlease provide "
        "any policies about how long bus video must be kept.\n\nResponse Notes\n\nNo policy "
        "sets how long bus video is kept."
    )
    assert describes_no_law(request)
    # (an ordinance that sets a records-request procedure is read)
    procedure = passages_from_text(
        "ORDINANCE NO. 12\n\nBE IT ORDAINED BY THE CITY COUNCIL OF THE CITY OF ELM:\n\nSec. 1. "
        "Public Records Request\n\nRequested Information\n\nThe clerk shall answer each request "
        "for camera footage within ten (10) days."
    )
    assert not describes_no_law(procedure)


def test_notes_summaries_and_announcements_about_a_law_enact_nothing() -> None:
    """Batch 73's near misses: a legislature's fiscal and policy note and a bill's "summary as
    introduced" restate the law in its own words; a writer's "The law sets down rules" and a
    division's "is proud to announce" speak about it."""
    for page in (
        "HB 421\nDepartment of Legislative Services\n\nFISCAL AND POLICY NOTE\n\nCurrent Law: A "
        "speed monitoring system may not be used by a local jurisdiction unless its use is "
        "authorized by the governing body after notice and a public hearing.",
        "2002 SESSION\n\nHB 423 Photo-red programs.\n\nSUMMARY AS INTRODUCED:\n\nLocalities "
        "that use photo-monitoring systems must place conspicuous signs at their boundaries.",
        "House Arrest Rules\n\nHouse Bill 306 took effect July 1, 2009. The law is intended to "
        "reduce jail crowding. The law sets down rules for monitoring companies. An offender "
        "must keep the monitoring device in good working order.",
        "Act 1207 of 2009 amended the Code by establishing a camera grant program.\n\nThe "
        "division is proud to announce the grant recipients:\n\nCameras: Elm, Oak.",
        # a clerk's notice of an adoption (batch 74)
        "Ordinance 2018-02: Automated Traffic Enforcement Passed\n\nOn March 27, 2018 the Board "
        "of Commissioners approved Ordinance 2018-02, establishing a red light program. The "
        "ordinance becomes effective April 17, 2018. Copies are available at Town Hall.",
    ):
        assert describes_no_law(passages_from_text(page)), page[:40]
    # (a law's own "The law" sentence is no writer's account)
    law = passages_from_text(
        "Sec. 1. Cameras.\n\nThe law enforcement agency shall keep camera footage for thirty "
        "(30) days. The law sets no other limit."
    )
    assert not describes_no_law(law)
    # nor an unsectioned ordinance's "as the law requires", "except as the law allows" (review 23)
    unsectioned = passages_from_text(
        "AN ORDINANCE OF THE CITY OF ELM RELATING TO AUTOMATED LICENSE PLATE READERS\n\n(a) The "
        "Police Department shall retain plate reader data for no more than thirty days, unless the "
        "law requires a longer period.\n\n(b) The Police Department shall not share plate reader "
        "data with any other agency, except as the law allows under a warrant."
    )
    assert not describes_no_law(unsectioned)
    # nor an ordinance a city's page announces and then prints, enacting clause and all
    announced = passages_from_text(
        "The City of Elm is pleased to announce that the Council adopted the following "
        "ordinance.\n\nORDINANCE NO. 2024-12\n\nBE IT ORDAINED BY THE CITY COUNCIL OF THE CITY "
        "OF ELM:\n\nSection 1. Plate reader data shall be retained for no more than thirty days."
    )
    assert not describes_no_law(announced)


def test_a_lead_in_is_quoted_with_the_item_that_holds_the_element() -> None:
    """About a fifth of the quotes were lead-ins ending in a colon, which say too little to
    check: the lead-in is quoted with the item the rule read, or with its first item where the
    lead-in holds the rule's words itself."""
    barred = (
        "The department shall not:\n(a) publish the names of its officers;\n(b) access private "
        "camera systems without a warrant."
    )
    quote = _elm_section("Limits", barred).verdict("footage_requests").quote
    assert quote.startswith("The department shall not: … ")
    assert quote.endswith("access private camera systems without a warrant.")
    approval = (
        "A department must obtain City Council approval before any of the following:\n(a) "
        "Accepting grant funds for surveillance technology;\n(b) Acquiring surveillance "
        "technology."
    )
    quote = _elm_section("Approval", approval).verdict("council_approval").quote
    assert quote == (
        "A department must obtain City Council approval before any of the following: Accepting "
        "grant funds for surveillance technology;"
    )
    # (a sentence that leads in nothing is quoted as it stands)
    single = "The department shall not access private camera systems without a warrant."
    assert _elm_section("Limits", single).verdict("footage_requests").quote == single


def test_the_review_of_batch_71_s_readings_keeps_their_neighbours_out() -> None:
    """Review 22: penalties, crimes, private persons, contraband and reports under a monitoring
    program are no terms of its use; fees, funds and a senior citizens' program are no body's
    approval of one; a disclaimer that grants an action too still grants it; a vendor's signer
    closes no ordinance; a code chapter on records requests is law."""
    for text in (
        "A person convicted of a second offense shall be sentenced to thirty days of home "
        "detention.",
        "An offender who violates the terms of home detention shall be guilty of a Class A "
        "misdemeanor.",
        "No employer shall electronically monitor the personal email account of an employee "
        "convicted of an offense.",
        "A private home detention provider shall maintain a bond of $50,000 for each offender.",
        "Inmates shall not possess any cellular telephone or radio transmitter.",
        "A person is not eligible for a grant under this section if the applicant is subject to "
        "house arrest.",
        "Existing law provides that a person is not eligible for the home detention program.",
    ):
        assert _elm_section("Program", text).verdict("use_policy").status is Status.MISSING, text
    # (a list of the offences that bar a placement is the bar itself)
    listed = (
        "Any offender convicted of robbery or of an assault punishable as a felony shall not be "
        "eligible for the home electronic incarceration program."
    )
    assert _elm_section("Program", listed).verdict("use_policy").status is not Status.MISSING
    for text in (
        "The Board of Supervisors authorizes the Sheriff to establish and collect fees from "
        "participants in the home detention program.",
        "The Board of Supervisors authorizes the Auditor to establish a separate account for "
        "revenue from the electronic monitoring program.",
        "The City Council authorizes the City Manager to establish a senior home confinement "
        "assistance program to deliver meals.",
        "The Board of Supervisors authorizes the Purchasing Agent to use the County credit card "
        "for supplies, including supplies for the electronic monitoring program.",
    ):
        verdict = _elm_section("Approval", text).verdict("council_approval")
        assert verdict.status is Status.MISSING, text
    for text in (
        "The Board of Supervisors authorizes the Sheriff, or the Sheriff's designee, to offer a "
        "home detention program for inmates.",
        "Any county board of supervisors may, by resolution, authorize the sheriff to offer a "
        "home detention program for sentenced inmates.",
    ):
        verdict = _elm_section("Approval", text).verdict("council_approval")
        assert verdict.status is not Status.MISSING, text
    for text in (
        "This chapter is not intended to create a private right of action, except that any "
        "person whose data was used in violation of this chapter may bring an action for "
        "injunctive relief.",
        "Any person injured by a violation of this ordinance may bring a civil action for "
        "damages; this section is not intended to create a right of action against officers.",
    ):
        verdict = _elm_section("Remedies", text).verdict("enforcement")
        assert verdict.status is not Status.MISSING, text
    nothing = "Nothing in this ordinance is intended to create a private cause of action."
    assert _elm_section("Remedies", nothing).verdict("enforcement").status is Status.MISSING
    # (a signer's line "Signed by" is a judge's: a vendor's officer signs a contract)
    assert re.match(SIGNER_LINE, "Signed by Jane Q. Roe, Administrative District Judge")
    assert not re.match(SIGNER_LINE, "Signed by John Doe, Vice President")
    chapter = passages_from_text(
        "CHAPTER 2-88\n\nPUBLIC RECORDS REQUEST PROCEDURES\n\nSec. 2-88. Requests.\n\nEach "
        "request for a body-worn camera recording shall be made on a form that shows:\n\n"
        "Requested Information\n\nResponse Notes\n\nSec. 2-89. Retention.\n\nRecordings shall "
        "be kept for ninety (90) days."
    )
    assert not describes_no_law(chapter)


def test_batch_72_monitoring_rules_that_mention_pay_or_satellites_are_read() -> None:
    """Batch 72: work "paid or unpaid" and bail "secured with a payment" are no fees; a
    satellite-based monitoring program is a monitoring program; an offender's monthly payment
    is still a fee."""
    for text in (
        "A prisoner who is released for work in the community, whether the work is paid or "
        "unpaid, must use an electronic monitoring device at all times.",
        "A monitoring agency may not agree to monitor an offender awaiting trial on home "
        "detention unless the defendant's release is secured with a payment of bail.",
        "Any offender described in subsection (a) shall enroll in a satellite-based monitoring "
        "program upon completion of active punishment.",
    ):
        verdict = _elm_section("Program", text).verdict("use_policy")
        assert verdict.status is not Status.MISSING, text
    fee = (
        "Each house arrest program for offenders shall include a reasonable monthly payment by "
        "each offender."
    )
    assert _elm_section("Program", fee).verdict("use_policy").status is Status.MISSING
