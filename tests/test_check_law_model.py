"""The scorecard's learned second opinion: features, training, the shipped weights, and how its
answers join the rules' verdicts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ordinance.scorecard import check_text, law_model, law_training
from ordinance.scorecard.evaluate import _ruled_out, _with_what_rules_read
from ordinance.scorecard.law_model import (
    WEIGHTS_FILE,
    LearnedModels,
    LinearModel,
    features,
    shipped_models,
)
from ordinance.scorecard.law_training import Example, train, train_on_corpus
from ordinance.scorecard.model import Status, Verdict
from ordinance.scorecard.passages import Part, Passage, sentences_of
from ordinance.scorecard.rules import BY_ID
from ordinance.scorecard.second_opinion import (
    LEARNED_NOTE,
    _binding_a_licensed_business,
    _is_title,
    is_law,
    with_second_opinion,
)

LABELS = Path(__file__).parent / "check_corpus" / "labels.yaml"
WEIGHTS = Path(law_model.__file__)


def test_features_are_words_pairs_and_line_openings() -> None:
    found = features(["Sec. 4. The City shall not acquire", "WHEREAS, the Council"])
    assert {"the", "city", "the city", "shall not", "^sec 0", "^whereas the"} <= found
    # numbers are one token, whatever they are
    assert "4" not in found and "0" in found


def test_features_stop_after_the_word_cap() -> None:
    many = [f"word{i} " * 10 for i in range(2000)]
    assert len(features(many)) < len(features(many * 2)) + 1
    assert "^word" not in features(["12 34"])  # no letters: no word opening invented


def _toy_examples() -> list[Example]:
    law = ("shall", "ordinance", "section", "hereby")
    news = ("said", "reported", "mayor", "yesterday")
    examples = []
    for i in range(12):
        examples.append(Example(tuple(sorted({*law, f"place{i}"})), True))
        examples.append(Example(tuple(sorted({*news, f"place{i}"})), False))
    return examples


def test_training_separates_the_classes_and_is_deterministic() -> None:
    model = train(_toy_examples(), threshold=0.8)
    assert model.probability({"shall", "ordinance", "hereby"}) > 0.8
    assert model.probability({"said", "mayor", "yesterday"}) < 0.2
    # a feature met in fewer than three passages teaches nothing
    assert "place0" not in model.weights
    again = train(_toy_examples(), threshold=0.8)
    assert LearnedModels(model).to_bytes() == LearnedModels(again).to_bytes()


def test_models_round_trip_through_their_file_format() -> None:
    models = LearnedModels(
        LinearModel({"shall": 1.25, "said": -2.0}, -0.5, 0.8),
        {"findings": LinearModel({"whereas": 3.0}, -1.0, 0.5)},
        through=7,
        trained_on="toy",
    )
    back = LearnedModels.from_bytes(models.to_bytes())
    assert back == models


def test_the_shipped_weights_are_what_training_on_the_corpus_makes() -> None:
    """The shipped file is no hand-set table: retraining on the batches it names gives it back
    byte for byte."""
    shipped = shipped_models()
    retrained = train_on_corpus(LABELS, shipped.through)
    # (compared by digest: a failing comparison of two megabytes would have pytest diff them for
    # many minutes; the remedy is to retrain, as the message says)
    made = hashlib.sha256(retrained.to_bytes()).hexdigest()
    kept = hashlib.sha256((WEIGHTS.parent / WEIGHTS_FILE).read_bytes()).hexdigest()
    assert made == kept, (
        "the shipped weights are stale: python -m ordinance.scorecard.law_training "
        f"tests/check_corpus/labels.yaml {shipped.through}"
    )
    assert set(shipped.elements) == {
        "title",
        "findings",
        "definitions",
        "effective_date",
        "signature_block",
        "use_policy",
        "data_sharing_limits",
        "annual_report",
    }
    assert shipped.elements["use_policy"].threshold == 0.3


def _toy_models() -> LearnedModels:
    return LearnedModels(
        LinearModel({"shall": 20.0, "said": -20.0}, 0.0, 0.8),
        {"findings": LinearModel({"whereas": 30.0, "finds": 30.0}, -2.0, 0.5)},
    )


def _passages(*texts: str, section: str = "") -> list[Passage]:
    return [Passage(text, Part.BODY, section=section, line=i + 1) for i, text in enumerate(texts)]


def test_the_law_model_admits_what_it_takes_for_law() -> None:
    assert is_law(_passages("The operator shall keep a log."), _toy_models())
    assert not is_law(_passages("The mayor said the plan works."), _toy_models())


def test_a_missing_element_the_model_finds_is_present_and_says_how_it_was_found() -> None:
    passages = _passages("The Board finds that cameras deter theft.", "Cameras shall be posted.")
    sentences = sentences_of(passages)
    verdicts = [
        Verdict("findings", Status.MISSING),
        Verdict("title", Status.MISSING),  # no model for it here: left as it is
        Verdict("use_policy", Status.PRESENT, quote="Cameras shall be posted."),
    ]
    found = {v.id: v for v in with_second_opinion(verdicts, passages, sentences, _toy_models())}
    assert found["findings"].status is Status.PRESENT
    assert found["findings"].quote == "The Board finds that cameras deter theft."
    assert found["findings"].note == LEARNED_NOTE
    assert found["findings"].line == 1
    assert found["title"].status is Status.MISSING
    assert found["use_policy"].quote == "Cameras shall be posted."


def test_a_model_for_an_element_with_no_form_check_finds_nothing() -> None:
    """A model knows what a passage holding the element reads like, not which sentence is it:
    without the element's form to check the quote against, it must not decide."""
    models = LearnedModels(
        LinearModel({}, 0.0, 0.8), {"enforcement": LinearModel({"cameras": 30.0}, 0.0, 0.5)}
    )
    passages = _passages("Cameras shall be posted. A violation is a misdemeanor.")
    verdicts = [Verdict("enforcement", Status.MISSING)]
    assert models.elements["enforcement"].accepts(features(p.text for p in passages))
    (after,) = with_second_opinion(verdicts, passages, sentences_of(passages), models)
    assert after.status is Status.MISSING


def test_the_model_leaves_an_element_missing_below_its_threshold() -> None:
    passages = _passages("Cameras shall be posted at each entrance.")
    verdicts = [Verdict("findings", Status.MISSING)]
    (after,) = with_second_opinion(verdicts, passages, sentences_of(passages), _toy_models())
    assert after.status is Status.MISSING and after.note == ""


def test_a_long_text_is_read_section_by_section() -> None:
    filler = "Cameras shall be posted at each entrance of every building. " * 40
    passages = [
        *_passages(filler, filler, section="1"),
        *_passages("The Council finds that cameras deter theft.", section="2"),
        *_passages(filler, filler, section="3"),
    ]
    verdicts = [Verdict("findings", Status.MISSING)]
    (after,) = with_second_opinion(verdicts, passages, sentences_of(passages), _toy_models())
    assert after.status is Status.PRESENT and after.sections == ["2"]


def test_a_record_about_an_item_gets_no_second_opinion() -> None:
    """An agenda record of an item holds the item's title only: the models add nothing to it."""
    text = (
        "File #: 24-0113\nType: Resolution\nStatus: Passed\n"
        "Title: A resolution approving an agreement for license plate reader cameras\n"
    )
    card = check_text(text, "record.txt")
    assert all(v.note != LEARNED_NOTE for v in card.verdicts)


def test_the_quote_comes_from_the_likeliest_region_that_has_the_element_s_form() -> None:
    """A region the model likes best but where no sentence gives reasons is passed over."""
    models = LearnedModels(
        LinearModel({}, 0.0, 0.8),
        {"findings": LinearModel({"deter": 30.0, "finds": 30.0}, -2.0, 0.5)},
    )
    filler = "Signs shall be posted at each entrance of every building. " * 40
    passages = [
        *_passages(filler, filler, section="1"),
        *_passages("Cameras deter theft.", section="2"),
        *_passages("The Council finds that cameras deter theft in parks.", section="3"),
        *_passages(filler, filler, section="4"),
    ]
    verdicts = [Verdict("findings", Status.MISSING)]
    (after,) = with_second_opinion(verdicts, passages, sentences_of(passages), models)
    assert after.status is Status.PRESENT and after.sections == ["3"]
    assert after.quote.startswith("The Council finds")


def test_training_from_a_missing_corpus_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert law_training.main(["/nonexistent/labels.yaml", "3"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("/nonexistent/labels.yaml: cannot train")
    assert law_training.main(["only-one-argument"]) == 2


def test_a_scope_for_the_purposes_of_a_section_gives_no_reasons() -> None:
    """"For purposes of this section, ... is presumed" sets a rule's scope; "The purpose of this
    section is to ..." gives the law's reason."""
    models = LearnedModels(
        LinearModel({}, 0.0, 0.8), {"findings": LinearModel({"purposes": 30.0}, 0.0, 0.5)}
    )
    scope = _passages("For purposes of this section, a person's consent is presumed revoked.")
    verdicts = [Verdict("findings", Status.MISSING)]
    (after,) = with_second_opinion(verdicts, scope, sentences_of(scope), models)
    assert after.status is Status.MISSING
    reason = _passages("The purposes of this section are to protect privacy and safety.")
    (after,) = with_second_opinion(verdicts, reason, sentences_of(reason), models)
    assert after.status is Status.PRESENT


# A use-policy model that likes drones, for the substantive second opinion's tests.
_DRONE_MODELS = LearnedModels(
    LinearModel({}, 0.0, 0.8), {"use_policy": LinearModel({"drone": 30.0}, 0.0, 0.2)}
)
# Sixty words and more: the size of passage the substantive models learned from.
_SETTING = (
    "The department keeps one drone at the central station for searches and rescues. "
    "It is flown by officers who have completed the state's course and hold a remote pilot "
    "certificate from the Federal Aviation Administration. The chief names the officers who "
    "fly it, and the fleet manager keeps it in repair and reports on its condition each "
    "quarter to the city manager and the finance director."
)


def _learned_use_policy(passages: list[Passage]) -> Verdict:
    verdicts = [Verdict("use_policy", Status.MISSING)]
    (after,) = with_second_opinion(verdicts, passages, sentences_of(passages), _DRONE_MODELS)
    return after


def _use_policy_after(rule_text: str) -> Verdict:
    """The drone model's verdict on the setting followed by one more sentence."""
    return _learned_use_policy(_passages(_SETTING, rule_text))


def test_a_substantive_element_the_model_finds_is_partial_and_quotes_the_text_s_own_rule() -> None:
    """A use policy in words no rule reads: found by the model, quoted from the sentence that
    rules the drone's use, and partial, since a model cannot say which of its parts the text
    sets."""
    after = _use_policy_after("No drone footage may be kept longer than thirty (30) days.")
    assert after.status is Status.PARTIAL
    assert after.quote == "No drone footage may be kept longer than thirty (30) days."
    assert after.note == LEARNED_NOTE


def test_the_use_model_quotes_a_rule_naming_its_device_in_plain_words() -> None:
    """A program's rules name their technology in words of their own (twenty-second session):
    a rule about a monitored telephone, a transmitter or a detection system may be quoted; a
    rule about something else in the same region may not."""
    for rule_text in (
        "A sign shall be posted above each monitored telephone in the station.",
        "The equipment carried on each flight shall include a transmitter.",
        "Each violation must be evidenced by a speed detection system.",
    ):
        after = _use_policy_after(rule_text)
        assert after.status is Status.PARTIAL, rule_text
        assert after.quote == rule_text
    for rule_text in (
        "This ordinance shall take effect thirty (30) days after its passage.",
        "The review board shall be composed of seven (7) members.",
        # (any system, log or record is not a device's: review 22)
        "The City Clerk shall maintain a log of all public comments received at meetings.",
        "The Director shall establish a system of personnel evaluations for all employees.",
        "The City Manager shall monitor the program's expenditures each month.",
        "The minutes of each meeting shall be recorded and kept by the City Clerk.",
    ):
        assert _use_policy_after(rule_text).status is Status.MISSING, rule_text


def test_a_lead_in_the_model_quotes_is_quoted_with_its_first_item() -> None:
    """As the rules quote a lead-in: "... as follows:" alone says too little to check."""
    passages = [
        *_passages(_SETTING),
        Passage("The department shall keep drone footage as follows:", Part.BODY, level=0),
        Passage("for no longer than thirty (30) days;", Part.BODY, level=1),
        Passage("in a locked room.", Part.BODY, level=1),
    ]
    after = _learned_use_policy(passages)
    assert after.status is Status.PARTIAL
    assert after.quote == (
        "The department shall keep drone footage as follows: for no longer than thirty (30) days;"
    )


def test_the_use_model_quotes_a_government_s_leave_to_use_its_technology() -> None:
    """A statute that lets a sheriff or a court put a device to use rules that use as surely as
    one that bars it (twenty-third session): the leave, in the main clause, to do something with
    the technology or what it gathers."""
    for rule_text in (
        "The sheriff may require a defendant to wear a drone-tracked monitoring device.",
        "Drone footage may be disclosed to a criminal justice agency for its official duties.",
        "The sheriff may, if he or she finds it in the public's interest, place a defendant "
        "under drone monitoring.",
        "A court may order that a defendant's home be watched by the department's drone.",
        "The department is hereby authorized to operate a drone at the central station.",
        # a policy's rule in its future tense
        "Drone footage will be retained for thirty (30) days and then erased.",
        "The drone will not be used to view the inside of any home.",
    ):
        after = _use_policy_after(rule_text)
        assert after.status is Status.PARTIAL, rule_text
        assert after.quote == rule_text
    for rule_text in (
        # a short title, a description, a relative clause, a finding
        "This chapter may be cited as the Drone Accountability Act.",
        "The program may include a drone, a camera and a radio.",
        "The officers who may fly a drone are named by the chief.",
        "It is necessary to define the conditions under which a drone may be used.",
        # a private person's or a provider's leave, a remedy
        "A landlord may install a drone camera in a common hallway.",
        "A provider of drone services may disclose its records to the department.",
        "An action may be brought against the department for the drone's misuse.",
        # an expectation or a prediction, not a rule (review 23)
        "Residents expect that the drone will not be flown over their yards.",
        "The drone will be deployed at the central station by June 2027.",
        "The new drone will not be operational until next year.",
        # the public's leave, active or passive (review 23)
        "Hobbyists may operate drones in city parks between sunrise and sunset.",
        "Drones may be operated by hobbyists in the designated areas of city parks.",
        "Members of the public may request copies of drone footage.",
        # a purchase's or a contract's leave is no rule of use (review 23)
        "The City Manager is hereby authorized to approve and execute the drone purchase "
        "agreement.",
        "The Board may contract with a consultant to study the use of drones.",
        "The department may release information about an arrest to the news media.",
    ):
        assert _use_policy_after(rule_text).status is Status.MISSING, rule_text


def test_the_use_model_reads_a_technology_by_the_term_the_text_defines_for_it() -> None:
    """A statute defines its device once and then names it by the defined term alone."""
    glossary = Passage(
        '"RPR" means a device that uses an automated camera to read registration plates.',
        Part.BODY,
        level=0,
    )
    rule_text = "An RPR may only be used by a police officer as provided in this section."
    after = _learned_use_policy([*_passages(_SETTING), glossary, Passage(rule_text, Part.BODY)])
    assert (after.status, after.quote) == (Status.PARTIAL, rule_text)
    # without the glossary, the bare letters name nothing
    assert _use_policy_after(rule_text).status is Status.MISSING
    # in the plural too
    plural = "RPRs may only be used by police officers as provided in this section."
    after = _learned_use_policy([*_passages(_SETTING), glossary, Passage(plural, Part.BODY)])
    assert (after.status, after.quote) == (Status.PARTIAL, plural)
    # a unit that watches is no technology, nor a technology the definition leaves out (review
    # 23)
    for entry, duty in (
        (
            '"RTCC" means the Real Time Crime Center, the police unit that monitors the cameras.',
            "The RTCC shall be staffed by civilian analysts hired under the civil service rules.",
        ),
        (
            '"Equipment" means any vehicle, radio or computer of the city, not including cameras.',
            "Equipment purchases over $10,000 shall be approved by the City Council.",
        ),
    ):
        passages = [*_passages(_SETTING), Passage(entry, Part.BODY), Passage(duty, Part.BODY)]
        assert _learned_use_policy(passages).status is Status.MISSING, duty
    # a defined term that names no device ("governing board") does not make its rules ones of use
    board = Passage(
        '"Governing board" means the board that oversees the camera system.', Part.BODY, level=0
    )
    duty = "The governing board shall be composed of seven (7) members."
    passages = [*_passages(_SETTING), board, Passage(duty, Part.BODY)]
    assert _learned_use_policy(passages).status is Status.MISSING


def test_a_list_item_is_read_and_quoted_after_the_lead_in_it_completes() -> None:
    """"Captured plate data ...: (b) may not be shared": the item's rule is about what its lead-in
    names, and the quote shows both; an item completing a private person's offence is not."""
    passages = [
        *_passages(_SETTING),
        Passage("Drone footage obtained under this section:", Part.BODY, level=0),
        Passage("is a protected record;", Part.BODY, level=1),
        Passage("may not be kept for more than nine (9) months.", Part.BODY, level=1),
    ]
    after = _learned_use_policy(passages)
    assert after.status is Status.PARTIAL
    assert after.quote == (
        "Drone footage obtained under this section: … "
        "may not be kept for more than nine (9) months."
    )
    offence = [
        *_passages(_SETTING),
        Passage(
            "A person commits an offence if the person does any of the following with a drone:",
            Part.BODY,
            level=0,
        ),
        Passage("flies it over a prison;", Part.BODY, level=1),
        Passage("may not keep its footage for more than nine (9) months.", Part.BODY, level=1),
    ]
    assert _learned_use_policy(offence).status is Status.MISSING


def test_a_substantive_model_is_not_asked_of_a_sentence_or_two() -> None:
    passages = _passages("No drone footage may be kept longer than thirty (30) days.")
    assert _learned_use_policy(passages).status is Status.MISSING


def test_a_substantive_model_quotes_no_mention_and_no_private_person_s_duty() -> None:
    # the setting alone states no rule: nothing to quote
    assert _learned_use_policy(_passages(_SETTING)).status is Status.MISSING
    # a private person's duty is no rule of the government's use
    after = _use_policy_after("A landlord shall not fly a drone over a tenant's yard.")
    assert after.status is Status.MISSING
    # nor is a digest's account of a bill
    after = _use_policy_after("Specifies that drone footage shall be deleted after thirty days.")
    assert after.status is Status.MISSING


@pytest.mark.parametrize(
    "rule_text",
    [
        # private persons' duties, wherever their subject stands
        "It is unlawful for a person to fly a drone over a prison.",
        "Except as provided in subsection (c), a person may not fly a drone over a prison.",
        "No person shall fly a drone over a prison without the warden's consent.",
        "Each private investigator shall keep a log of every drone flight.",
        # a court's duty
        "The judge shall issue an order authorizing the drone flight if the affidavit shows cause.",
        # a state's bar on local law
        "No political subdivision may enact an ordinance that regulates the operation of a drone.",
        # a ban's saving clause
        "The inadvertent receipt of drone footage is not a violation of this section, provided "
        "that the department shall not use the footage.",
        # a court's duty, its subject run on by a relative clause
        "The magistrate who issued the order shall seal every drone recording.",
        # a state's bar on local law, with no "no"
        "A political subdivision may not enact or enforce an ordinance that regulates drones.",
        # a private owner after an opening clause
        "Except as provided in subsection (c), the owner of a residential security camera shall "
        "not aim it at a drone landing site.",
        # a record that is no surveillance data
        "The fleet manager shall keep the unit's payroll records for five years.",
    ],
)
def test_no_one_else_s_duty_is_quoted_as_the_government_s_rule_of_use(rule_text: str) -> None:
    assert _use_policy_after(rule_text).status is Status.MISSING


# Models of a sharing limit and of a yearly report that like drones.
_SHARING_AND_REPORT_MODELS = LearnedModels(
    LinearModel({}, 0.0, 0.8),
    {
        "data_sharing_limits": LinearModel({"drone": 30.0}, 0.0, 0.3),
        "annual_report": LinearModel({"drone": 30.0}, 0.0, 0.3),
    },
)


def _sharing_and_report(*texts: str) -> dict[str, Verdict]:
    passages = _passages(_SETTING, *texts)
    verdicts = [
        Verdict("data_sharing_limits", Status.MISSING),
        Verdict("annual_report", Status.MISSING),
    ]
    sentences = sentences_of(passages)
    found = with_second_opinion(verdicts, passages, sentences, _SHARING_AND_REPORT_MODELS)
    return {v.id: v for v in found}


@pytest.mark.parametrize(
    "rule_text",
    [
        # anyone but the police, whom the rule spares
        "No person shall access drone footage except a sworn member of the department.",
        # a wiretap act's "no person ... without a warrant" binds the police
        "No person may monitor a drone's tracking device after the warrant expires.",
        # a court named as the condition, not as the subject
        "Drone footage may not be kept after the case closes unless a court so orders.",
    ],
)
def test_a_government_rule_that_names_a_person_or_a_court_is_still_a_rule_of_use(
    rule_text: str,
) -> None:
    assert _use_policy_after(rule_text).status is Status.PARTIAL


def test_a_sharing_limit_and_a_yearly_report_are_found_by_their_own_form() -> None:
    share = "Drone footage shall not be shared with any federal agency except under a warrant."
    report = "The chief shall submit an annual report on the drone's use to the council."
    found = _sharing_and_report(share, report)
    assert (found["data_sharing_limits"].status, found["data_sharing_limits"].quote) == (
        Status.PARTIAL,
        share,
    )
    assert (found["annual_report"].status, found["annual_report"].quote) == (Status.PARTIAL, report)
    # "except as provided in" hands nothing on, and a report once is no yearly report
    found = _sharing_and_report(
        "Except as provided in section 4, drone footage shall be kept for thirty days.",
        "The chief shall submit a report on the drone's first flight to the council.",
    )
    assert found["data_sharing_limits"].status is Status.MISSING
    assert found["annual_report"].status is Status.MISSING
    # the year may stand in the duty's section title or its own words, "reported" included; a
    # report with no year anywhere near it is no yearly report
    titled = [
        Passage(_SETTING, Part.BODY, section="1", line=1),
        Passage("The chief shall report to the council on the drone's use.", Part.BODY,
                section="2", heading="Annual report", line=2),
    ]
    verdicts = [Verdict("annual_report", Status.MISSING)]
    (after,) = with_second_opinion(
        verdicts, titled, sentences_of(titled), _SHARING_AND_REPORT_MODELS
    )
    assert after.status is Status.PARTIAL
    reported = "The drone's flights shall be reported to the council by March 1 each year."
    assert _sharing_and_report(reported)["annual_report"].quote == reported
    plain = "The chief shall report to the council on the drone's use."
    assert _sharing_and_report(plain)["annual_report"].status is Status.MISSING


def test_a_sharing_limit_may_be_a_leave_to_hand_on_or_a_declaration_of_confidence() -> None:
    """ "Such a recording may be disclosed to a law enforcement agency" limits whom it goes to;
    "Drone footage is confidential and exempt from s. 119.07(1)" keeps it from everyone else.
    Leave to obtain or search is not handing on."""
    for rule_text in (
        "Drone footage may be disclosed only to a law enforcement agency for its official duties.",
        "The department may share drone footage with the county's emergency manager only upon a "
        "warrant.",
        "Drone footage is confidential and exempt from s. 119.07(1).",
        "Drone footage shall be kept confidential.",
        "Drone footage obtained under this section is a protected record.",
        "Drone recordings are not public records and are not subject to disclosure.",
    ):
        found = _sharing_and_report(rule_text)["data_sharing_limits"]
        assert (found.status, found.quote) == (Status.PARTIAL, rule_text), rule_text
    for rule_text in (
        "The department may require the disclosure of drone footage by its vendor.",
        "An officer may search the shared drone footage database by conducting a query.",
        "Specifies that drone footage is confidential and exempt from public disclosure.",
        "A landlord's drone footage is confidential and not a public record.",
        # a leave with no bound is no limit (review 23)
        "Drone recordings may be disclosed to any person for any purpose.",
        "Drone footage may be released to the public upon request.",
        # someone else's secrets, in a text about drones (review 23)
        "Trade secret information submitted by a drone vendor is confidential.",
        "Personnel information of the drone pilots is not a public record.",
        "Bid information for the drone contract shall be kept confidential.",
    ):
        found = _sharing_and_report(rule_text)["data_sharing_limits"]
        assert found.status is Status.MISSING, rule_text


def test_one_sentence_is_one_learned_element() -> None:
    """A yearly report's duty, which also hands data on, is the report's finding and not a
    sharing limit's too."""
    both = "Each year the chief shall report to the council on the drone data shared with others."
    found = _sharing_and_report(both)
    assert found["annual_report"].quote == both
    assert found["data_sharing_limits"].status is Status.MISSING


def test_the_model_never_quotes_what_the_rules_read_otherwise() -> None:
    """The model may find what no rule reads, never a sentence an element's rule reads and
    turns down, nor one the rules took for another element."""
    approval_alone = sentences_of(
        _passages(
            "The police department shall obtain the approval of the city council before it "
            "acquires a drone."
        )
    )[0]
    refused = sentences_of(
        _passages(
            "A local government may not restrict a resident's right to use a doorbell camera "
            "unless the camera faces a neighbor's window."
        )
    )[0]
    approval = sentences_of(
        _passages(
            "A department shall not use surveillance technology without the approval of the "
            "City Council."
        )
    )[0]
    plain_rule = sentences_of(_passages("Drone footage shall be erased after thirty days."))[0]
    assert _ruled_out("use_policy", BY_ID, [])(refused)
    assert _ruled_out("use_policy", BY_ID, ["council_approval"])(approval)
    # (a sentence use_policy's rules do not refuse, vetoed only once the rules found approval)
    assert not _ruled_out("use_policy", BY_ID, [])(approval_alone)
    assert _ruled_out("use_policy", BY_ID, ["council_approval"])(approval_alone)
    assert not _ruled_out("use_policy", BY_ID, [])(plain_rule)


def test_a_learned_use_policy_says_what_the_rules_read_around_it() -> None:
    """Through the whole scorecard, on a corrections department's camera rules that no rule
    reads: the learned finding names the aspects it leaves unset, as a rule's partial finding
    does."""
    text = (LABELS.parent / "passages" / "cdcr-dom-article-31-audio-video-surveillance-systems.txt")
    verdict = check_text(text.read_text(encoding="utf-8"), text.name).verdict("use_policy")
    assert verdict.status is Status.PARTIAL
    # (which of the section's rules the model finds likeliest moves as it is retrained; the
    # aspects are read from the section around it)
    assert "shall" in verdict.quote and verdict.quote in text.read_text(encoding="utf-8")
    assert verdict.missing
    assert verdict.note.startswith(
        f"{LEARNED_NOTE}; use of the technology is governed, but the text does not set "
    )
    assert all(aspect in verdict.note for aspect in verdict.missing)


def test_a_learned_finding_in_an_unnumbered_text_reads_the_whole_body_for_its_aspects() -> None:
    verdict = Verdict("use_policy", Status.PARTIAL, quote="Cameras shall not record audio.",
                      note=LEARNED_NOTE)
    body = "Cameras shall not record audio. Recordings are retained for thirty (30) days."
    after = _with_what_rules_read(verdict, BY_ID["use_policy"], {"": body})
    assert "data retention limits" not in after.missing
    assert after.status is Status.PARTIAL


def test_the_shipped_thresholds_are_those_chosen() -> None:
    chosen = {e: m.threshold for e, m in shipped_models().elements.items()}
    assert chosen == {
        "title": 0.1, "findings": 0.1, "definitions": 0.1, "effective_date": 0.1,
        "signature_block": 0.1, "use_policy": 0.3, "data_sharing_limits": 0.3,
        "annual_report": 0.3,
    }  # fmt: skip


def test_a_short_section_of_a_long_text_is_read_with_its_neighbour() -> None:
    """A code's three-line section is asked about as it would be in a short text: joined to the
    section after it, not dropped for being short."""
    fees = "The fee for each permit is set by the council in its annual fee schedule. " * 20
    passages = [
        *_passages(fees, section="1"),
        *_passages("No drone footage may be kept longer than thirty (30) days.", section="2"),
        *_passages(fees, section="3"),
        *_passages(fees, section="4"),
        *_passages(fees, section="5"),
        *_passages(fees, section="6"),
        *_passages(fees, section="7"),
    ]
    assert sum(len(p.text.split()) for p in passages) > 1500  # read section by section
    after = _learned_use_policy(passages)
    assert after.status is Status.PARTIAL and after.sections == ["2"]


def test_a_short_last_section_of_a_long_text_joins_the_one_before() -> None:
    fees = "The fee for each permit is set by the council in its annual fee schedule. " * 20
    passages = [
        *(p for n in range(1, 8) for p in _passages(fees, section=str(n))),
        *_passages("No drone footage may be kept longer than thirty (30) days.", section="8"),
    ]
    assert sum(len(p.text.split()) for p in passages) > 1500  # read section by section
    after = _learned_use_policy(passages)
    assert after.status is Status.PARTIAL and after.sections == ["8"]


def test_a_licensed_business_s_camera_mandate_is_asked_about_no_use_policy() -> None:
    """A cannabis cultivator's camera rules read like a police use policy to the model, but bind
    the business (the corpus labels them no use policy): their sections are not asked about one.
    A state's own duty in them may still be a sharing limit, and a driver's licensee is no
    licensed business."""
    passages = LABELS.parent / "passages"
    for name in (
        "ohio-oac-3796-2-2-05-medical-marijuana-cultivator-video-surveillance-access.txt",
        "oregon-health-authority-oar-333-333-4620-psilocybin-premises-video-recording-equipment.txt",
    ):
        text = (passages / name).read_text(encoding="utf-8")
        assert check_text(text, name).verdict("use_policy").status is Status.MISSING, name
    division = "colorado-1-ccr-212-3-rule-3-225-regulated-marijuana-video-surveillance.txt"
    text = (passages / division).read_text(encoding="utf-8")
    assert check_text(text, division).verdict("data_sharing_limits").status is not Status.MISSING
    licence = (
        "florida-hb899-2009-license-images-facial-recognition-database-law-enforcement-filed.txt"
    )
    text = (passages / licence).read_text(encoding="utf-8")
    assert check_text(text, licence).verdict("data_sharing_limits").status is not Status.MISSING



def test_a_mere_mention_of_a_licensed_business_keeps_the_learned_use_policy() -> None:
    """Only a duty laid on the business turns its section away ("Each licensed marijuana store
    shall maintain a video surveillance system"); a city's own camera policy that names the
    "seasonal dock permittees" whose boat launch a camera watches is still asked."""
    store = (
        "Rule 3-905 Video surveillance requirements for marijuana establishments.\n\n"
        "A. Each licensed marijuana store shall maintain a video surveillance system that records "
        "all limited access areas, points of sale and entrances 24 hours a day.\n\n"
        "B. Recordings shall be kept for a minimum of 40 days and shall be made available to the "
        "State Licensing Authority or local law enforcement upon request.\n\n"
        "C. The surveillance room shall be locked and access shall be limited to the store's "
        "owners, managers and persons authorized by the Division.\n\n"
        "D. Cameras shall be placed so as to capture clear images of the face of each person "
        "entering the store.\n\n"
        "E. Video recordings may not be erased or destroyed while a Division investigation of the "
        "store is pending."
    )
    assert check_text(store, "<store>").verdict("use_policy").status is Status.MISSING
    city = (
        "Video Camera Security Surveillance Policy\n\nPurpose\n\nThe City has installed video "
        "security cameras to aid the physical security of City owned property and the safety of "
        "City staff and visitors. The purpose of this policy is to establish guidelines for the "
        "use of video security cameras, as well as the access and retrieval of recorded digital "
        "video images from these devices.\n\nSecurity Camera Locations\n\nThe video security "
        "cameras are positioned to record only those areas specified by the City Administrator. "
        "Camera locations shall not be changed or added without permission of the City "
        "Administrator. Cameras may be installed in work areas, building entrances, parking lots "
        "and the boat launch used by seasonal dock permittees. Cameras will not be installed in "
        "areas where staff and public have a reasonable expectation of privacy, such as "
        "restrooms and changing areas."
    )
    assert check_text(city, "<city>").verdict("use_policy").status is Status.PARTIAL


@pytest.mark.parametrize(
    ("text", "part", "is_one"),
    [
        ("ESTA Video Camera Policy", Part.HEADING, True),
        ("L.A. UNIFIED IMMIGRATION RESOLUTION OF MAY 9, 2017", Part.BODY, True),
        # a section's catchline, a rule, an amending instruction, a history note, a glossary's
        # lead-in: none is the instrument's caption, whatever its words
        ("Regulation of use.", Part.HEADING, False),
        (
            "The Police Department shall obtain approval of the City Council, by an ordinance "
            "adopting a military equipment use policy",
            Part.BODY,
            False,
        ),
        ("Section 63G-2-305 is amended to read:", Part.BODY, False),
        ("(Ord. 1561 § 1, 1998)", Part.BODY, False),
        ("As used in this chapter, the following terms have the meanings indicated", Part.BODY,
         False),
    ],
)
def test_the_learned_title_quotes_only_a_caption(text: str, part: Part, is_one: bool) -> None:
    sentence = sentences_of([Passage(text, part, line=1)])[0]
    assert _is_title(sentence) is is_one


def test_a_duty_binds_a_licensed_business_when_one_is_named_before_its_modal() -> None:
    def binds(text: str) -> bool:
        return bool(_binding_a_licensed_business(sentences_of(_passages(text))))

    assert binds("A licensed premises must have a fully operational video recording system.")
    assert binds(
        "If the Licensee does not have a Restricted Area, recordings must be stored securely."
    )
    # (the agency's own duty, the business only its receiver)
    assert not binds(
        "A law enforcement agency shall release to a licensed establishment any recording of "
        "an incident on its premises."
    )
    # a gaming regulator's names for the business it licenses (batch 62)
    assert binds("Each facility manager shall have a surveillance department.")
    assert binds("The video lottery gaming agent shall provide a secure surveillance room.")
    assert binds("Each RMD shall retain its video recordings for ninety (90) days.")
    # (a toll road's or a parking garage's operator may be the city's own)
    assert not binds("A toll facility operator shall not disclose vehicle images.")
    assert not binds("The parking facility operator shall post the camera signs.")


def test_no_learned_use_policy_in_a_gaming_regulator_s_camera_rule() -> None:
    """A regulator's camera rule for a casino: its duty on the business names it once, its other
    duties name no one, and none of them is a use policy of the government's surveillance."""
    text = (
        "Section 112-106-3. Surveillance department.\n\n(a) Each facility manager shall have a "
        "surveillance department that is responsible for the detection of cheating, theft and "
        "other illegal activities in the gaming facility and for the recording of activities in "
        "the facility.\n\n(b) Recordings of routine activity shall be retained for not less than "
        "fourteen (14) days and shall be made available to the commission upon request. Video "
        "cameras shall be used twenty-four (24) hours a day. Recordings shall not be destroyed "
        "or altered while an investigation is pending, and access to the surveillance room shall "
        "be limited to surveillance department employees and commission agents."
    )
    assert check_text(text, "<rule>").verdict("use_policy").status is Status.MISSING
