"""Sentences + rules -> one verdict per checklist element."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..checklist import CHECKLIST, FORM
from .board_reading import board_rules, policy_will_binds
from .gate import (
    describes_a_body,
    describes_an_item,
    describes_no_law,
    has_the_form_of_law,
    opens_with_a_question,
    records_a_meeting,
    sums_up_rules,
    writes_a_memo,
)
from .model import Status, Verdict
from .overseer_reading import about_a_police_overseer, overseer_rules
from .passages import Part, Passage, Sentence, items_of, lead_in_with_item, sentences_of
from .patterns import DEFINITIONS_HEADING, folded, folded_text, misreads_masked, plain
from .policies import is_board_policy, is_department_manual
from .private_offences import passages_of_private_offences
from .rules import BY_ID, ElementRules, Need, Rule
from .schedule_reading import is_retention_schedule, other_series, schedule_rules
from .second_opinion import (
    LEARNED_AS_PARTIAL,
    LEARNED_NOTE,
    is_law,
    passages_binding_a_licensed_business,
    with_second_opinion,
)
from .triggers import TriggerIndex


def _matches(
    rule: Rule,
    sentence: Sentence,
    folded_scope: str | None = None,
    exclusions: Rule | None = None,
) -> bool:
    """Whether `rule` finds its element in `sentence`. Its trigger words are not tested here:
    evaluate_element reads only the sentences a TriggerIndex found them in. Given the sentence's
    folded scope, `rule` is a folded rule (see _folded_rules) and reads the sentence's folded
    texts (see patterns.folded_text; all of them are given when its scope is); given
    `exclusions` too, the rule as written, its exclusions (which have no folded form) read the
    sentence's own texts."""
    # Every test below must hold, and none has a side effect: the cheapest come first.
    if sentence.passage.part not in rule.parts:
        return False
    if rule.need is Need.DUTY and not (sentence.duty or sentence.inherited_duty):
        return False
    if rule.need is Need.PROHIBITION and not sentence.prohibition:
        return False
    if rule.need is not Need.NONE and sentence.reported:
        return False
    passage = sentence.passage
    if folded_scope is None:
        text, scope = sentence.text, sentence.scope
        paragraph, heading = passage.text, passage.heading
    else:
        text, scope = sentence.text_folded or "", folded_scope
        paragraph, heading = passage.folded or "", passage.heading_folded or ""
    if rule.under is not None and not rule.under.search(heading):
        return False
    topic = _topic(rule, text, scope, paragraph, heading)
    # The rule's own words first: they rule out most sentences at the cost of one search (or,
    # for a rule whose first pattern is the dearer, its other patterns first).
    if rule.rest_first:
        if not (all(p.search(scope) for p in rule.all_of[1:]) and rule.all_of[0].search(topic)):
            return False
    elif not (rule.all_of[0].search(topic) and all(p.search(scope) for p in rule.all_of[1:])):
        return False
    if exclusions is not None:
        rule, text = exclusions, sentence.text
        topic = _topic(rule, text, sentence.scope, passage.text, passage.heading)
    # The exclusions read the clause where the rule's key words stand: the sentence itself, or,
    # when those words come from the list items under a lead-in, the lead-in with its items.
    # (A sentence with no list items is its own scope: the search above has just matched it.)
    own = topic
    if topic != text and not sentence.barred and rule.all_of[0].search(text):
        own = text
    return not any(p.search(own) for p in rule.none_of)


def _topic(rule: Rule, text: str, scope: str, paragraph: str, heading: str) -> str:
    """What a rule's first pattern reads: the sentence or its scope, with its paragraph and
    its section's title where the rule asks for them."""
    topic = text if rule.own_sentence else scope
    if rule.paragraph:
        topic = f"{paragraph} {topic}"
    if rule.titled and heading:
        topic = f"{heading} {topic}"
    return topic


# Each rule without its exclusions, made when first asked for (only the learned second opinion's
# vetoes ask, of a few sentences).
_UNEXCLUDED: dict[int, tuple[Rule, Rule]] = {}


def _refuses(rule: Rule, sentence: Sentence) -> bool:
    """Whether `rule` reads its words in `sentence` and one of its exclusions turns it down."""
    if not rule.none_of or _matches(rule, sentence):
        return False
    cached = _UNEXCLUDED.get(id(rule))
    if cached is None or cached[0] is not rule:
        cached = _UNEXCLUDED[id(rule)] = (rule, replace(rule, none_of=()))
    return _matches(cached[1], sentence)


def _ruled_out(
    element_id: str, rules: Mapping[str, ElementRules], found: Sequence[str]
) -> Callable[[Sentence], bool]:
    """A test of the sentences a learned model might quote for `element_id`: the model may find
    what no rule reads, never what one of the element's rules reads and refuses (a private
    person's camera, a tax record, a council's approval) nor a sentence the rules read as
    another element already found (a ban, an approval, a remedy; a sharing limit or a retention
    rule the rules found on their own is not quoted again as a use policy)."""

    def ruled_out(sentence: Sentence) -> bool:
        element = rules[element_id]
        for rule, plain_rule in zip(element.rules, _plain_rules(element), strict=True):
            if _refuses(rule if sentence.dotted else plain_rule, sentence):
                return True
        for other in found:
            element = rules[other]
            for rule, plain_rule in zip(element.rules, _plain_rules(element), strict=True):
                if _matches(rule if sentence.dotted else plain_rule, sentence):
                    return True
        return False

    return ruled_out


# Each element's rules with their windows in plain form, for sentences without a clause dot.
_PLAIN_RULES: dict[int, tuple[ElementRules, tuple[Rule, ...]]] = {}


def _plain_rules(element: ElementRules) -> tuple[Rule, ...]:
    cached = _PLAIN_RULES.get(id(element))
    if cached is None or cached[0] is not element:
        rules = tuple(
            replace(
                r,
                all_of=tuple(plain(p) for p in r.all_of),
                none_of=tuple(plain(p) for p in r.none_of),
                under=None if r.under is None else plain(r.under),
            )
            for r in element.rules
        )
        cached = _PLAIN_RULES[id(element)] = (element, rules)
    return cached[1]


@dataclass(frozen=True, slots=True)
class _FoldedRule:
    """A rule with its patterns folded, to read folded texts (see patterns.folded_text)."""

    rule: Rule
    # whether a pattern that reads the folded texts cannot read masked ones (see
    # patterns.misreads_masked): then it may read only those of sentences without a clause dot
    misreads_masked: bool
    # whether its exclusions are folded too; where one has no folded form, they all read the
    # sentence's own texts with the rule as written
    exclusions_folded: bool


# Each element's plain rules folded; None for a rule one of whose key patterns (or its section
# title's) has no folded form.
_FOLDED_RULES: dict[int, tuple[ElementRules, tuple[_FoldedRule | None, ...]]] = {}


def _folded_rules(element: ElementRules) -> tuple[_FoldedRule | None, ...]:
    cached = _FOLDED_RULES.get(id(element))
    if cached is None or cached[0] is not element:
        rules: list[_FoldedRule | None] = []
        for r in element.rules:
            all_of, none_of = _all_folded(r.all_of), _all_folded(r.none_of)
            under = None if r.under is None else folded(r.under)
            if all_of is None or (r.under is not None and under is None):
                rules.append(None)
                continue
            title = () if r.under is None else (r.under,)
            read = (*r.all_of, *title, *(r.none_of if none_of is not None else ()))
            rules.append(
                _FoldedRule(
                    replace(r, all_of=all_of, none_of=none_of or (), under=under),
                    any(misreads_masked(p) for p in read),
                    none_of is not None,
                )
            )
        cached = _FOLDED_RULES[id(element)] = (element, tuple(rules))
    return cached[1]


def _all_folded(patterns: Sequence[re.Pattern[str]]) -> tuple[re.Pattern[str], ...] | None:
    result: list[re.Pattern[str]] = []
    for pattern in patterns:
        folded_pattern = folded(pattern)
        if folded_pattern is None:
            return None
        result.append(folded_pattern)
    return tuple(result)


def folded_scopes(sentences: Sequence[Sentence]) -> list[str | None]:
    """Each sentence's folded scope, or None where the folded rules may not read it: where one
    of its texts (its own, its paragraph's, its title) has no folded form."""
    result: list[str | None] = []
    for s in sentences:
        texts = (s.text_folded, s.passage.folded, s.passage.heading_folded)
        # (a sentence not dotted has no clause dot in its scope: see Sentence.dotted)
        result.append(None if None in texts else folded_text(s.scope, s.dotted))
    return result


_READ_MATCHES = 8
_READ_SECTIONS = 3


def _unique(items: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)


_QUOTE_WORDS = 4


def _quoted(element_id: str, evidence: Sequence[Sentence]) -> Sentence:
    """The match to quote: the first that says something (a bare title line above it,
    "Purpose", shows where the provision stands, its sentence what it provides), and for any
    element but the definitions, one outside a glossary when there is one (what a term means
    is weaker evidence of a rule than the rule)."""
    saying = [s for s in evidence if len(s.text.split()) >= _QUOTE_WORDS] or list(evidence)
    if element_id != "definitions":
        ruling = [s for s in saying if not DEFINITIONS_HEADING.search(s.passage.heading)]
        saying = ruling or saying
    return saying[0]


def _quotation(quoted: Sentence, rule: Rule | None, sentences: Sequence[Sentence]) -> str:
    """What a verdict quotes: the sentence, or for a lead-in, the lead-in with an item (the
    lead-in alone says too little to check): where the lead-in holds the rule's words ("City
    staff must obtain City Council approval prior to any of the following:"), its first item,
    what the rule applies to; where only its items do ("The Town shall not:"), the first item
    that holds them."""
    items = items_of(quoted, sentences)
    if rule is None or not items:
        return quoted.text
    if rule.all_of[0].search(quoted.text):
        return lead_in_with_item(quoted, items[0], first=True)
    for patterns in (rule.all_of[:1], rule.all_of):
        for position, item in enumerate(items):
            if any(pattern.search(item.text) for pattern in patterns):
                return lead_in_with_item(quoted, item, first=position == 0)
    return quoted.text


def evaluate_element(
    element: ElementRules,
    sentences: Sequence[Sentence],
    section_text: dict[str, str],
    lowered: Sequence[str] | None = None,
    index: TriggerIndex | None = None,
    unread: Collection[int] = (),
    folded: Sequence[str | None] | None = None,
) -> Verdict:
    """One element's verdict; `lowered` holds each sentence's scope in lower case, `index` their
    trigger words, `folded` their folded scopes (see folded_scopes; all made here when not
    given); the sentences numbered in `unread` are not read for it."""
    if lowered is None:
        lowered = [s.scope.lower() for s in sentences]
    if index is None:
        index = TriggerIndex(sentences, lowered)
    if folded is None:
        folded = folded_scopes(sentences)
    # A sentence counts for the first rule, in order, that finds the element in it. Rule by rule,
    # each reads only the sentences its trigger words stand in that no earlier rule took.
    taken: dict[int, Rule | None] = dict.fromkeys(unread)
    for rule, plain_rule, folded_rule in zip(
        element.rules, _plain_rules(element), _folded_rules(element), strict=True
    ):
        if rule.triggers:
            candidates: Iterable[int] = index.candidates(
                rule.triggers, rule.paragraph, rule.titled
            ).difference(taken)
        else:
            candidates = [i for i in range(len(sentences)) if i not in taken]
        for i in candidates:
            sentence = sentences[i]
            # (the folded rule reads a sentence's folded texts where it may: it finds the same,
            # faster; see patterns.folded_text)
            scope = folded[i]
            as_written = rule if sentence.dotted else plain_rule
            if (
                folded_rule is not None
                and scope is not None
                and not (sentence.dotted and folded_rule.misreads_masked)
            ):
                matched = _matches(
                    folded_rule.rule,
                    sentence,
                    scope,
                    None if folded_rule.exclusions_folded else as_written,
                )
            else:
                matched = _matches(as_written, sentence)
            if matched:
                taken[i] = rule
    strong: list[Sentence] = []
    weak: list[Sentence] = []
    for i, by in sorted(taken.items()):
        if by is not None:
            (weak if by.weak else strong).append(sentences[i])
    evidence = strong or weak
    if not evidence:
        return Verdict(element.id, Status.MISSING)
    sections = _unique([s.passage.section for s in evidence])
    # Aspects and parameters are read where the element stands: its first matches and sections.
    texts = [s.scope for s in evidence[:_READ_MATCHES]]
    texts += [section_text.get(name, "") for name in sections[:_READ_SECTIONS]]
    # A parameter is read from the quoted sentence itself first: the list items and sections
    # around it hold other periods ("thirty (30) days" for another record) that sit nearer.
    quoted = [s.text for s in evidence[:_READ_MATCHES]]
    missing, parameters = _unset_and_given(element, " ".join(texts), (*quoted, *texts))
    found = len(element.aspects) - len(missing)
    complete = bool(strong) and not (element.needed and found < element.needed)
    status = Status.PRESENT if complete else Status.PARTIAL
    quoted_sentence = _quoted(element.id, evidence)
    quote = _quotation(quoted_sentence, taken.get(quoted_sentence.index), sentences)
    note = ""
    if status is Status.PARTIAL:
        if not strong:
            note = "mentioned with a weaker duty than the element needs"
        if missing and element.partial_note:
            note = f"{element.partial_note} {_join(missing)}"
    return Verdict(
        element.id,
        status,
        sections=sections,
        quote=quote,
        parameters=parameters,
        missing=missing if status is Status.PARTIAL else [],
        note=note,
        line=quoted_sentence.passage.line,
    )


def _unset_and_given(
    element: ElementRules, scope: str, texts: Sequence[str]
) -> tuple[list[str], dict[str, str]]:
    """The element's aspects `scope` does not set, and each parameter's value from the first of
    `texts` that gives it."""
    missing = [a.name for a in element.aspects if not a.pattern.search(scope)]
    parameters: dict[str, str] = {}
    for parameter in element.parameters:
        for text in texts:
            value = parameter.extract(text)
            if value:
                parameters[parameter.name] = value
                break
    return missing, parameters


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def evaluate_passages(passages: Sequence[Passage]) -> list[Verdict]:
    """A verdict for every checklist element, in checklist order, from the text alone."""
    board = is_board_policy(passages)
    # A record about an item holds the instrument's title and nothing else of it, whatever
    # else it holds (a staff memo, a summary of an agreement).
    memo = writes_a_memo(passages)
    record = describes_an_item(passages, memo)
    # The gate's rules first; a text they refuse is still read when the learned model of law
    # is confident of it (a kind of instrument the rules were never written from), unless the
    # rules know it for a kind that enacts nothing (a letter, an agreement, a bill's analysis).
    # (a records-retention schedule has no form of law, but its retention periods bind)
    schedule = not board and is_retention_schedule(passages)
    if not record and (
        describes_no_law(passages)
        or not (
            has_the_form_of_law(passages, board)
            or schedule
            # (the model, which has learned overseers' chapters, is not asked about a page that
            # describes a board: its present tense is the page's, not the law's)
            or (
                is_law(passages)
                and not is_department_manual(passages)
                and not describes_a_body(passages)
                and not opens_with_a_question(passages)
                and not sums_up_rules(passages)
                and not records_a_meeting(passages)
            )
        )
    ):
        return [
            Verdict(
                e.id, Status.MISSING, note="no enacted text: no section, enacting clause or title"
            )
            for e in CHECKLIST
        ]
    sentences = sentences_of(list(passages))
    if board:
        policy_will_binds(sentences)
    lowered = [s.scope.lower() for s in sentences]
    index = TriggerIndex(sentences, lowered)
    folded = folded_scopes(sentences)
    joined = section_texts(passages)
    if board:
        rules = board_rules()
    elif about_a_police_overseer(passages):
        rules = overseer_rules()
    elif schedule:
        rules = schedule_rules()
    else:
        rules = BY_ID
    # A licensed business's camera mandate (a casino's, a dispensary's) sets the business's own
    # rules of recording and keeping footage: no use policy of the government's.
    no_use_policy = passages_binding_a_licensed_business(sentences)
    # (and a schedule's entries for other records than a surveillance technology's)
    if schedule:
        no_use_policy |= other_series(passages)
    # (and a crime anyone may commit with a drone or a camera is no remedy for the government's
    # misuse of its own)
    offences = passages_of_private_offences(sentences)
    unread = {
        "use_policy": [i for i, s in enumerate(sentences) if id(s.passage) in no_use_policy],
        "enforcement": [i for i, s in enumerate(sentences) if id(s.passage) in offences],
    }
    verdicts = [
        evaluate_element(
            rules[e.id],
            sentences,
            joined,
            lowered,
            index,
            unread=unread.get(e.id, ()),
            folded=folded,
        )
        if not record or e.id == "title"
        else Verdict(e.id, Status.MISSING, note="a record about an item, not the item's text")
        for e in CHECKLIST
    ]
    if record:
        # (a staff memo's subject line names the instrument as a record's title field does, in
        # words the rules may not know: the learned model's second opinion is asked of it; an
        # agenda's item record names an action, which the model may take for a caption)
        return [
            with_second_opinion([v], passages, sentences)[0] if memo and v.id == "title" else v
            for v in verdicts
        ]
    if schedule and not has_the_form_of_law(passages, board):
        # (a schedule's fields are no findings, title or definitions, whatever a model trained on
        # law makes of them; its own rules have read its retention periods; an ordinance that
        # sets a schedule is still asked about)
        return verdicts
    found = [v.id for v in verdicts if v.status is not Status.MISSING and v.id not in FORM]
    vetoes = {e: _ruled_out(e, rules, found) for e in LEARNED_AS_PARTIAL}
    return [
        _with_what_rules_read(v, rules[v.id], joined) if v.id in LEARNED_AS_PARTIAL else v
        for v in with_second_opinion(verdicts, passages, sentences, vetoes=vetoes)
    ]


def _with_what_rules_read(
    verdict: Verdict, element: ElementRules, section_text: Mapping[str, str]
) -> Verdict:
    """A learned finding of a substantive element, with what the element's rules read around
    any finding: the aspects its section (or an unnumbered text's whole body) leaves unset and
    the parameters it gives. Its status stays partial whatever they are."""
    if verdict.note != LEARNED_NOTE:
        return verdict  # the rules' own finding, or none
    sections = verdict.sections or [""]
    scope = " ".join([verdict.quote, *(section_text.get(name, "") for name in sections)])
    missing, parameters = _unset_and_given(element, scope, (verdict.quote, scope))
    note = LEARNED_NOTE
    if missing and element.partial_note:
        note = f"{LEARNED_NOTE}; {element.partial_note} {_join(missing)}"
    return replace(verdict, missing=missing, parameters=parameters, note=note)


def section_texts(passages: Sequence[Passage]) -> dict[str, str]:
    """Each section's body text, its paragraphs joined: where aspects and parameters are read."""
    texts: dict[str, list[str]] = {}
    for passage in passages:
        if passage.part is Part.BODY:
            texts.setdefault(passage.section, []).append(passage.text)
    return {name: " ".join(parts) for name, parts in texts.items()}
