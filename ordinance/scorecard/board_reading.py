"""How a board's own policy is read: the rules that only such a policy's voice makes law.

A board states its rules in "will" and in the present tense, sets its release rules as "only in
response to a subpoena", and disciplines students for what its cameras record; the same words in
a code, a manual or the news would mean something else, so these readings apply only where
`policies.is_board_policy` holds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace

from .passages import Sentence
from .patterns import rx
from .rules import (
    BOARD_POLICY_ACCESS,
    BOARD_POLICY_APPROVAL,
    BOARD_POLICY_DEFINED_AS,
    BOARD_POLICY_DISSEMINATION,
    BOARD_POLICY_EFFECTIVE,
    BOARD_POLICY_LEGAL_PROCESS,
    BOARD_POLICY_OPENING,
    BOARD_POLICY_SHARING,
    BOARD_POLICY_USE,
    BY_ID,
    MANUAL_SELF,
    SUPPRESSION,
    ElementRules,
    Rule,
)


def _with_rules(element_id: str, *extra: Rule) -> ElementRules:
    """An element's rules with a board's own readings after them, but before the element's
    weak readings: in a board's policy, a rule of its own (who may see the recordings) is the
    policy itself, not a partial sign of one."""
    element = BY_ID[element_id]
    strong = tuple(r for r in element.rules if not r.weak)
    weak = tuple(r for r in element.rules if r.weak)
    return replace(element, rules=(*strong, *extra, *weak))


def _board_enforcement() -> ElementRules:
    """The enforcement rules, for a board's own policy: its "this policy" is the law's own
    self-reference, so a sanction for breaching it counts ("A breach of this policy may result in
    disciplinary action")."""
    element = BY_ID["enforcement"]
    rules = tuple(
        # (the bar on using what was gathered in violation keeps its own reading: it holds
        # whoever the proceeding is against, students included)
        r
        if r.all_of == SUPPRESSION.all_of
        else replace(
            r,
            none_of=(
                *(p for p in r.none_of if p.pattern != MANUAL_SELF),
                _GENERAL_RULES_BROKEN,
                _DISCIPLINE_AS_USE,
                _STATE_PENALTY,
                _TAMPERING,
            ),
        )
        for r in element.rules
    )
    return replace(element, rules=rules)


# In a board's policy, discipline for the misconduct its cameras record ("Students or staff in
# violation of Board policies, administrative regulations, building rules, or law shall be subject
# to disciplinary action") is the institution's ordinary discipline, not a sanction for misusing
# the technology.
# Recordings used for discipline ("may be used as evidence in a student disciplinary
# proceeding", "This Policy will support efforts to maintain discipline") are a use of the
# technology, not a sanction for misusing it.
_DISCIPLINE_AS_USE = rx(
    # (not "footage used outside its intended purpose is cause for disciplinary action": the
    # sanction for misuse)
    r"\b(?:used?|evidence|purposes?|reasons?|support\w*|maintain\w*)\b"
    r"(?:(?!\b(?:cause|grounds|result\s+in|subject\s+to)\b)[^.;]){0,80}\bdisciplin\w*|"
    # "If a viewing leads to disciplinary action against an employee, ..."
    r"\b(?:viewing|review|recording|footage|video)\s+(?:leads?|led)\s+to\b[^.;]{0,20}\bdisciplin|"
    # "If a tape becomes the subject of a disciplinary proceeding, it shall be treated like all
    # other evidence"
    r"\bdisciplin\w*\s+(?:proceeding|hearing)s?\b[^.;]{0,80}\bevidence\b"
)
_GENERAL_RULES_BROKEN = rx(
    r"\bviolat\w*\s+(?:of\s+)?(?:any\s+)?(?:[\w-]+\s+){0,3}(?:policies|rules|regulations)\b|"
    # students disciplined for what the cameras record ("Students in violation of bus conduct
    # rules shall be subject to disciplinary action", "Disciplinary action for student
    # infractions ...")
    r"\bstudents?\b[^.;]{0,80}\bdisciplin\w*|\bdisciplin\w*[^.;]{0,80}\bstudents?\b|"
    # discipline by the institution's ordinary rules ("Disciplinary action will be in accordance
    # with board policies", "Staff shall be subject to established Board personnel policies")
    r"\bdisciplin\w*[^.;]{0,60}\bin\s+accordance\s+with\b|"
    r"\bsubject\s+to\s+(?:established\s+)?(?:board\s+)?(?:personnel\s+)?polic(?:y|ies)\b"
)
# A board cannot make a crime: a misdemeanor or jail term in its policy restates state law ("To
# release such information ... not in accordance with the Open Records Act is a misdemeanor").
# (and "all criminal and civil penalties ... under federal and state law" on anyone who flies)
_STATE_PENALTY = rx(
    r"\b(?:misdemeanor|felony|confinement|jail|imprison\w*|criminal\s+(?:and|or)\s+civil|"
    r"civil\s+(?:and|or)\s+criminal)\b"
)
# Discipline for tampering with the cameras protects the equipment; it is no remedy for misuse
# of what they record (batch 24).
_TAMPERING = rx(
    r"\btamper\w*|\bdisabl\w+\s+(?:the\s+)?(?:cameras?|systems?|equipment)\b|\bvandali[sz]\w*"
)


# A board's policy states its rules in "will" ("Signage will be posted at each entrance",
# "Footage will not be released without a subpoena"): in its own policy, the board's "will"
# binds as a code's "shall" does, and "will not" / "will only" forbids. (Elsewhere "will" only
# describes: news, notices, a department's manual.)
_POLICY_WILL = re.compile(r"\bwill\s+(?:not\s+|never\s+|only\s+)?(?:be\s+)?[a-z]", re.IGNORECASE)
_POLICY_WILL_NOT = re.compile(
    # ("Under no circumstances will students be subjected to facial recognition")
    r"\bwill\s+(?:not|never|only)\b|"
    r"\b(?:under\s+no\s+circumstances?|at\s+no\s+time|in\s+no\s+(?:case|event))\s+will\b",
    re.IGNORECASE,
)
# ... and its bars in the present tense: "Vehicle information ... is not shared with other
# departments or outside agencies", "Recordings are not released to the public".
_POLICY_IS_NOT = re.compile(
    r"\b(?:is|are)\s+(?:not|never)\s+(?:to\s+be\s+)?(?:shared|released|disclosed|provided|sold|"
    r"given|used|installed|placed|accessible|available)\b",
    re.IGNORECASE,
)


def policy_will_binds(sentences: Iterable[Sentence]) -> None:
    """Mark the sentences of a board's policy that bind in its voice: "will", "will not", and
    bars in the present tense."""
    for sentence in sentences:
        if sentence.reported:
            continue
        lowered = f" {sentence.text.lower()} "
        if " will " in lowered:
            if not sentence.duty and _POLICY_WILL.search(sentence.text):
                sentence.duty = True
            if not sentence.prohibition and _POLICY_WILL_NOT.search(sentence.text):
                sentence.prohibition = True
        if (" not " in lowered or " never " in lowered) and _POLICY_IS_NOT.search(sentence.text):
            sentence.duty = sentence.prohibition = True


@functools.cache
def board_rules() -> dict[str, ElementRules]:
    """Every element's rules as a board's own policy is read."""
    return {
        **BY_ID,
        # the policy's rules of use count too
        "use_policy": _with_rules("use_policy", BOARD_POLICY_USE),
        "findings": _with_rules("findings", BOARD_POLICY_OPENING),
        "definitions": _with_rules("definitions", BOARD_POLICY_DEFINED_AS),
        "enforcement": _board_enforcement(),
        "effective_date": _with_rules("effective_date", BOARD_POLICY_EFFECTIVE),
        # its own approval, stated in the present tense
        "council_approval": _with_rules("council_approval", BOARD_POLICY_APPROVAL),
        # its limits on release in "will not", and release on legal process only
        "data_sharing_limits": _with_rules(
            "data_sharing_limits",
            BOARD_POLICY_SHARING,
            BOARD_POLICY_LEGAL_PROCESS,
            BOARD_POLICY_DISSEMINATION,
            BOARD_POLICY_ACCESS,
        ),
    }
