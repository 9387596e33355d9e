"""How a police overseer's own law is read: each section of it sets up the body.

Police review boards, auditors, ombuds and monitors created by law are `oversight_body` (the
corpus README, batch 32). A section of such a body's chapter (the ombuds's term of office, the
board's meetings, its access to police records, the director's duties) speaks of "the Board",
"the Director" or "IPR" without naming the police again: where the text names a police
overseer, a power or duty of such a body or officer is the element. Elsewhere "the Board may
meet" says nothing of the police, so this reading applies only where `about_a_police_overseer`
holds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from .passages import Part, Passage
from .patterns import OVERSEER_NOUNS, rx
from .rules import BY_ID, POLICE_OVERSEER, POLICE_OWN_UNIT, ElementRules, Need, rule

# The overseer's name, or a name such a chapter gives its office: "City Auditor's Independent
# Police Review Division", "the Independent Oversight Director", "Office of Police Conduct
# Review", "Community Police Oversight Board".
_OVERSEER_NAME = re.compile(
    POLICE_OVERSEER
    + r"|\bindependent\s+police\s+review\b|\bpolice\s+(?:conduct\s+)?review\s+(?:division|"
    r"office)\b|\bindependent\s+oversight\s+(?:director|officer|agency|office)\b|"
    r"\boffice\s+of\s+police\s+conduct\s+review\b|"
    # "the Office of Law Enforcement Oversight", "the citizens' committee on independent
    # oversight", "Each Community Policing Council"
    r"\boffice\s+of\s+law\s+enforcement\s+(?:oversight|review|accountability)\b|"
    r"\bcommittee\s+on\s+(?:independent\s+)?(?:police\s+)?oversight\b|"
    r"\bcommunity\s+policing\s+councils?\b|"
    # ("the Public Safety Review Commission ... power to investigate ... incidents involving the
    # Columbus Police Department")
    r"\bpublic\s+safety\s+(?:review|oversight|accountability)\s+(?:commission|board|committee)\b",
    re.IGNORECASE,
)
# Where a chapter names its body: its headings and its opening lines.
_OPENING = 12
# Or, in a section that names no body, what such a body is for: complaints against officers,
# oversight of the department ("fair acceptance and processing of external administrative
# complaints ... oversight of the department", "civilian police complaints alleging officer
# misconduct", "complaint investigators may not be persons ... employed by the MPD").
_OVERSEES_THE_POLICE = re.compile(
    r"\bcomplaints?\b[^.;]{0,100}\b(?:police|officers?|sworn|misconduct|internal\s+affairs|"
    r"law\s+enforcement|MPD|NYPD|LMPD)\b|\binternal\s+affairs\b[^.;]{0,100}\bcomplaints?\b|"
    r"\b(?:police|officers?|sworn)\b[^.;]{0,60}\bcomplaints?\b|"
    r"\boversight\s+of\s+the\s+(?:police\s+)?department\b|\bpolice\s+misconduct\b|"
    # or the police's own investigations, audited or reviewed from outside ("auditing and
    # monitoring cases ... investigated by the Internal Affairs Unit", "Concur with the original
    # police investigation")
    r"\b(?:audit\w*|monitor\w*|review\w*|concur\w*)\b[^.;]{0,100}\b(?:"
    + POLICE_OWN_UNIT
    + r"|police\s+investigations?)\b",
    re.IGNORECASE,
)
# A chapter that names the police department once ("the Police Department (the 'Department')")
# and then speaks of complaints about "the Department" or of its employees' discipline. Where
# it names another department ("the Department of Public Works", "the Fire Department"), "the
# Department" may be that one.
_NAMES_THE_POLICE_DEPARTMENT = re.compile(
    r"\bpolice\s+(?:department|division|bureau)\b|\bchief\s+of\s+police\b", re.IGNORECASE
)
_NAMES_ANOTHER_DEPARTMENT = re.compile(
    r"\b(?:department|division|bureau)\s+of\s+(?!police\b|the\b)\w+|"
    r"\b(?!(?:police|the|this|that|said|such|each|any|a|an|its|city|county|town|village)\b)"
    r"[a-z]+\s+(?:department|division|bureau)\b",
    re.IGNORECASE,
)
_OVERSEES_THE_DEPARTMENT = re.compile(
    r"\bcomplaints?\b[^.;]{0,100}\bthe\s+(?:department|division|bureau)\b|"
    r"\bdisciplin\w*\s+of\s+(?:the\s+)?(?:employees|members|officers)\s+of\s+the\s+"
    r"(?:department|division|bureau)\b",
    re.IGNORECASE,
)
# ... in words of oversight ("independent", "review board", "monitor the investigation") or of a
# body at work on complaints, and in a text that is not about a technology: a surveillance
# ordinance, a budget, a camera code or a police order may speak of complaints against officers
# without being an overseer's law.
_OVERSIGHT_WORDS = re.compile(
    r"\b(?:oversight|overse\w+|independent|civilian|citizens?['’]?\s+(?:review|panel|board)|"
    r"review\s+(?:board|commission|panel)|ombuds\w*|auditor|monitor\w*|accountability)\b|"
    # or a body other than the department at work on complaints ("the work of the Office,
    # including the investigation of complaints", "Where the Commission finds a complaint ...")
    # (a section number's dots are no sentence's end: "as provided in Sections 2.74.080 and
    # 2.74.090 of this chapter, any complaint")
    r"\b(?:commission|board|office|panel|director)\b(?:[^.;]|\.(?=\d)){0,100}\bcomplaints?\b|"
    # or a board that passes on the police's own investigations ("Board members shall vote to:
    # (a) Concur with the original police investigation"; not the department's own director)
    r"\b(?:commission|board|panel)\b[^.;]{0,80}\b(?:police|internal\s+affairs)\s+investigations?\b|"
    # or complaints brought to the body ("each complaint of police misconduct filed with the
    # Board")
    r"\bcomplaints?\b[^.;]{0,80}\b(?:filed|lodged|made|brought)\s+with\s+the\s+(?:commission|"
    r"board|office|panel)\b",
    re.IGNORECASE,
)
_TECHNOLOGY = re.compile(
    r"\b(?:surveillance|cameras?|license\s+plate|ALPRs?|drones?|unmanned|facial\s+recognition|"
    r"face\s+recognition|biometric)\b",
    re.IGNORECASE,
)
# How far into a text that reading looks.
_READ = 40

# A power or duty of the body, its officer or its members, the subject right before the modal:
# "IPR shall receive complaints", "the Independent Oversight Director shall have complete and
# prompt access", "A current police ombudsman may be reappointed", "Board members shall serve".
_OVERSEER_ACTS = (
    r"\b(?:" + OVERSEER_NOUNS + r"|director|division|members?|policing\s+councils?)['’]?s?"
    # (an aside may stand before the modal: "the Board, where appropriate, may act"; a list of
    # duties may follow it: "The Board must: (1) hold quarterly meetings ...")
    r"(?:,\s+[^,;.]{1,40},)?\s+(?:shall|may|must)(?:\s+(?:not\s+)?\w+|\s*:)"
)


def about_a_police_overseer(passages: Sequence[Passage]) -> bool:
    """Whether the text names a police overseer in a heading or in its opening lines, or
    speaks, in words of oversight and of no technology, of complaints against the police or of
    overseeing the department."""
    if any(
        _OVERSEER_NAME.search(p.text)
        for index, p in enumerate(passages)
        if index < _OPENING or p.part is Part.HEADING
    ):
        return True
    opening = " ".join(p.text for p in passages[:_READ])
    oversees = bool(_OVERSEES_THE_POLICE.search(opening)) or bool(
        _NAMES_THE_POLICE_DEPARTMENT.search(opening)
        and _OVERSEES_THE_DEPARTMENT.search(opening)
        and not _NAMES_ANOTHER_DEPARTMENT.search(opening)
    )
    return (
        oversees
        and bool(_OVERSIGHT_WORDS.search(opening))
        and not _TECHNOLOGY.search(opening)
    )


# What an overseer's law says of its own business, which is no element of the regime on a
# technology where it names none: its reports on its complaint work ("The board shall report to
# the mayor and council annually"), the officers' discipline it reviews ("shall not ... impose
# discipline against officers"), and its own leave ("Subject to approval of the Board, the
# Executive Director shall establish a pool of ... investigators").
_NO_TECHNOLOGY = (
    r"^(?![\s\S]*\b(?:surveillance|technolog\w*|cameras?|drones?|license\s+plate|ALPRs?|"
    r"recordings?|footage|data)\b)"
)
_OWN_BUSINESS = {
    "annual_report": _NO_TECHNOLOGY + r"[\s\S]*\breport",
    "enforcement": _NO_TECHNOLOGY + r"[\s\S]*\bdisciplin\w*",
    "council_approval": (
        r"\b(?:approval|consent|authori[sz]ation)\s+(?:of|by|from)\s+the\s+(?:board|commission|"
        r"committee|panel)\b(?!\s+of\s+(?:supervisors|commissioners|aldermen|alders|trustees|"
        r"selectmen)\b)|"
        # the council's leave for the body's own rules ("Said board of police commissioners,
        # subject to the approval of the city council, shall make rules and regulations for the
        # government of the police department")
        + _NO_TECHNOLOGY
        + r"[\s\S]*\b(?:rules|regulations|by-?laws)\b"
    ),
    # a hearing the body holds on a complaint ("Hold a public hearing with principals involved")
    "public_hearing_notice": _NO_TECHNOLOGY + r"[\s\S]*\bhearings?\b",
}


def _without_own_business(element_id: str) -> ElementRules:
    element = BY_ID[element_id]
    exclusion = rx(_OWN_BUSINESS[element_id])
    rules = tuple(replace(r, none_of=(*r.none_of, exclusion)) for r in element.rules)
    return replace(element, rules=rules)


@functools.cache
def overseer_rules() -> dict[str, ElementRules]:
    """Every element's rules as a police overseer's own law is read."""
    element = BY_ID["oversight_body"]
    acts = rule(
        _OVERSEER_ACTS,
        need=Need.NONE,
        # (the department's own unit that investigates its officers is no overseer)
        none_of=(
            r"\b" + POLICE_OWN_UNIT + r"\s+(?:division|office|unit|bureau|section)\s+"
            r"(?:shall|may|must)\b",
        ),
        triggers=("shall", "may", "must"),
    )
    return {
        **BY_ID,
        **{element_id: _without_own_business(element_id) for element_id in _OWN_BUSINESS},
        "oversight_body": replace(element, rules=(*element.rules, acts)),
    }

