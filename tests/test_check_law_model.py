"""The scorecard's learned second opinion: features, training, the shipped weights, and how its
answers join the rules' verdicts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ordinance.scorecard import check_text, law_model, law_training
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
from ordinance.scorecard.second_opinion import LEARNED_NOTE, is_law, with_second_opinion

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
    }


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
        LinearModel({}, 0.0, 0.8), {"use_policy": LinearModel({"cameras": 30.0}, 0.0, 0.5)}
    )
    passages = _passages("Cameras are popular with residents.")
    verdicts = [Verdict("use_policy", Status.MISSING)]
    assert models.elements["use_policy"].accepts(features(p.text for p in passages))
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
