"""Where the rules found nothing, ask the learned models (`law_model`) for a second opinion.

Two questions only: whether a text the gate's rules refused is law after all, and whether an
element of form the rules missed (a purpose section, a glossary, a caption in words of their
own) stands in it. An element found this way is quoted like any other and says in its note how
it was found, so a reader knows to check it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .law_model import LearnedModels, LinearModel, features, shipped_models
from .model import Status, Verdict
from .passages import Passage, Sentence

LEARNED_NOTE = "found by the model learned from the labelled corpus, not by a rule"
# The models learned from passages of up to a few pages: a longer text is read section by
# section, each about the size of what they learned from.
_WHOLE_TEXT_WORDS = 1500


def is_law(passages: Sequence[Passage], models: LearnedModels | None = None) -> bool:
    """Whether the law model takes the text for law."""
    models = models or shipped_models()
    return models.law.accepts(features(p.text for p in passages))


def _regions(passages: Sequence[Passage]) -> list[list[Passage]]:
    """The text whole, or its sections in order when it is long."""
    if sum(len(p.text.split()) for p in passages) <= _WHOLE_TEXT_WORDS:
        return [list(passages)]
    sections: dict[str, list[Passage]] = {}
    for passage in passages:
        sections.setdefault(passage.section, []).append(passage)
    return list(sections.values())


def _learned_verdict(
    element_id: str,
    model: LinearModel,
    regions: Sequence[tuple[list[Passage], set[str]]],
    sentences: Sequence[Sentence],
) -> Verdict | None:
    best = max(regions, key=lambda region: model.probability(region[1]), default=None)
    if best is None or not model.accepts(best[1]):
        return None
    inside = {id(p) for p in best[0]}
    candidates = [s for s in sentences if id(s.passage) in inside]
    if not candidates:
        return None
    # The quote is the sentence the model finds most like the element on its own (the first
    # of equals).
    quote = max(candidates, key=lambda s: model.probability(features([s.text])))
    section = quote.passage.section
    return Verdict(
        element_id,
        Status.PRESENT,
        sections=[section] if section else [],
        quote=quote.text,
        note=LEARNED_NOTE,
        line=quote.passage.line,
    )


def with_second_opinion(
    verdicts: Sequence[Verdict],
    passages: Sequence[Passage],
    sentences: Sequence[Sentence],
    models: LearnedModels | None = None,
) -> list[Verdict]:
    """The verdicts, with each element the rules left missing and a model finds made present."""
    models = models or shipped_models()
    asked = [v.id for v in verdicts if v.status is Status.MISSING and v.id in models.elements]
    if not asked:
        return list(verdicts)
    # Each region's features once, for every element asked about.
    regions = [(region, features(p.text for p in region)) for region in _regions(passages)]
    found: dict[str, Verdict] = {}
    for element_id in asked:
        verdict = _learned_verdict(element_id, models.elements[element_id], regions, sentences)
        if verdict is not None:
            found[element_id] = verdict
    return [found.get(v.id, v) for v in verdicts]
