"""Crimes and penalties for what anyone does with a drone or a camera, which no enforcement rule
reads as a remedy.

"No person shall operate an unmanned aerial vehicle within five hundred feet of a detention
facility. A person who violates this section is guilty of a misdemeanor" punishes the public; the
checklist's enforcement element is a remedy for a government's misuse of its own surveillance. A
numbered section (or an unnumbered text, whole) is the public's where one of its bars binds
anyone at all and none of its duties names a government as the one bound.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passages import Part, Sentence
from .rules import GOVERNMENT_ACTOR
from .second_opinion import subject_of

# A bar on anyone at all: "No person shall operate ...", "Persons shall not use ...", "It is
# unlawful for a person to ...", and an offence defined without a modal: "A person commits an
# offense if the person uses an unmanned aircraft to capture an image of an individual ...",
# "Any person who operates an unmanned aircraft within 500 feet of a county jail is guilty of a
# misdemeanor", "Whoever uses an unmanned aerial vehicle to photograph ... shall be punished".
_ANYONE = re.compile(r"^(?:(?:no|an?|any)\s+(?:person|individual|one)|persons)\b", re.IGNORECASE)
_ANYONE_BARRED = re.compile(
    r"\bunlawful\s+for\s+(?:a|any|an)\s+(?:person|individual|one)\b|\bunlawful\s+for\s+anyone\b|"
    # (the act itself, not a penalty for breaking another rule: "Any person who knowingly
    # violates this article is guilty of a misdemeanor" bars nothing of its own)
    r"^(?:\(?\w{1,3}[.)]\s*)*(?:(?:an?|any)\s+(?:person|individual)\b|whoever\b)"
    r"(?![^.;]{0,200}?\b(?:violat\w*|fails?\s+to\s+comply|breach\w*)\b)[^.;]{0,200}?"
    r"\b(?:commits\s+(?:the\s+|an?\s+)?(?:offen[cs]e|crime)|is\s+guilty\s+of|shall\s+be\s+"
    r"(?:punished|fined|imprisoned|guilty))\b",
    re.IGNORECASE,
)
# (a quick word test first: most sentences of an ordinance name no person at all)
_ANYONE_WORDS = ("person", "individual", "anyone", "no one", "whoever")
# ... not a person protected: "No individual shall be subjected to face surveillance by any city
# department", "No person shall be tracked by the city" bar the government (not "shall be subject
# to a fine", a penalty).
_PROTECTED = re.compile(
    r"\b(?:shall|may)\s+(?:not\s+)?be\s+subjected\s+to\b|"
    r"\b(?:shall|may)\s+(?:not\s+)?be\s+\w+ed\s+by\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:city|county|town|village|state|department|agency|police|sheriff|government)\b",
    re.IGNORECASE,
)
_GOVERNMENT = re.compile(GOVERNMENT_ACTOR + r"|\bchief\b", re.IGNORECASE)
# ... unless the bar binds the police too, a warrant or a court's order its condition ("No person
# may install a pen register without first obtaining a court order"), the section names the
# government as the one a remedy runs against ("may bring an action against any person or public
# body that operates an unmanned aircraft system"), its employees' discipline, or the system or
# the data as the government's own ("the city's surveillance technology", "an unmanned aircraft
# system owned or leased by the police department", "on behalf of the Town", "It is unlawful for
# a person to destroy ... the data from a body-worn camera"), or the remedy is one a government's
# misuse calls for whoever is bound: evidence excluded ("information obtained from the unlawful
# operation of an unmanned aerial vehicle is not admissible"), a reporter of misuse shielded ("No
# person shall retaliate against ... any other person for reporting"), or the technology is one a
# wiretap act governs.
_OWN_TECHNOLOGY = (
    r"(?:surveillance|cameras?|drones?|unmanned|aircraft|ALPR|plate|readers?|data|database|"
    r"footage|recordings?|images?|technolog\w*|systems?|network)"
)
_THE_GOVERNMENT_S = re.compile(
    r"\bwarrants?\b|\bcourt\s+orders?\b|\border\s+of\s+(?:a|the)\s+court\b|"
    r"\bagainst\s+(?:[\w-]+\s+){0,6}?(?:public\s+bod(?:y|ies)|agenc(?:y|ies)|political\s+"
    r"subdivisions?|government\w*|state|city|county|municipal\w*|law\s+enforcement|officers?)\b|"
    # (its employees' discipline, not a licensing board's: "disciplinary action by the Board of
    # Private Detectives")
    r"\b(?:employees?|officers?|personnel|staff)\b[^.;]{0,80}\bdisciplin|"
    r"\bdisciplin\w*[^.;]{0,80}\b(?:employees?|officers?)\b|"
    r"\bofficers?\s+or\s+employees?\s+of\s+the\s+(?:city|county|town|village|state)\b|"
    # (the surveillance law's own terms: "face surveillance information", "surveillance data",
    # "an approved surveillance use policy")
    r"\bface\s+surveillance\b|\bsurveillance\s+(?:data|information|technolog\w*|use\s+polic\w*)\b|"
    # (the police's own records: "accesses or discloses ALPR data for a purpose other than a
    # legitimate law enforcement purpose")
    r"\b(?:ALPR|plate\s+reader|CJIS|criminal\s+(?:justice|history))\s+(?:data|information|"
    r"records?)\b|\blaw\s+enforcement\s+purposes?\b|"
    # (the technology or its data the government's: "the city's surveillance technology",
    # "city-owned drone", "an unmanned aircraft system owned or leased by the police department";
    # not "any city-owned park", "the department's written permit", "the state's attorney")
    r"\b(?:city|county|town|village|state|department|agency|police|government)(?:['’]s|[- ]owned)"
    r"\s+(?:[\w-]+\s+){0,2}?" + _OWN_TECHNOLOGY + r"\b|"
    r"\b" + _OWN_TECHNOLOGY + r"\s+(?:[\w-]+\s+){0,3}?(?:owned|leased|owned\s+or\s+leased)\s+by\s+"
    r"(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:city|county|town|village|state|department|"
    r"agency|police|sheriff|law\s+enforcement)\b|"
    # (used for the government: "No person may use face surveillance technology on behalf of the
    # Town")
    r"\b(?:use|operate|deploy|access)\w*\b[^.;]{0,80}\bon\s+behalf\s+of\s+(?:the\s+|an?\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:city|county|town|village|state|department|agency|police|"
    r"government)\b|"
    r"\bbody[- ]?(?:worn|cam)\w*|\bbody\s+cameras?\b|\bdash(?:board)?[- ]?cam\w*|\bin-car\b|"
    r"\b(?:in)?admissib\w*|\bsuppress\w*|\bexclu\w+\s+(?:[\w-]+\s+){0,3}?(?:evidence|contents)\b|"
    r"\bintercept\w*|"
    r"\bretaliat\w*",
    re.IGNORECASE,
)
# A defence or an exemption names the police it spares, not the one bound: "It is a defense to
# prosecution under this section that the person was a peace officer acting under ... a valid
# search warrant", "This section does not apply to law enforcement officers".
_SPARES = re.compile(
    r"^(?!nothing\b)(?:(?!\bnothing\b)[^;])*?(?:\bis\s+a(?:n\s+affirmative)?\s+defen[cs]e\b|"
    r"\b(?:does|shall)\s+not\s+apply\b|\bexempt)",
    re.IGNORECASE,
)
# ... and only the sparing clause: "This section does not apply to a law enforcement agency;
# however, evidence obtained ... without a warrant is inadmissible"
_CLAUSE_BREAK = re.compile(r";|\bhowever\b|\bexcept\s+that\b|,\s+but\b", re.IGNORECASE)


# (the words one of the offences' patterns needs, tested before it)
_OFFENCE_WORDS = ("unlawful", "commits", "guilty", "punished", "fined", "imprisoned")


def _bars_anyone(s: Sentence) -> bool:
    lowered = s.passage.lowered
    if not any(word in lowered for word in _ANYONE_WORDS):
        return False
    barred = (
        any(word in lowered for word in _OFFENCE_WORDS) and _ANYONE_BARRED.search(s.text)
    ) or (s.prohibition and _ANYONE.match(subject_of(s.text).strip()))
    return bool(barred) and not _PROTECTED.search(s.text)


def _binds_the_government(s: Sentence) -> bool:
    return (s.duty or s.prohibition) and _GOVERNMENT.search(subject_of(s.text)) is not None


def _names_the_government_s(region: Sequence[Sentence]) -> bool:
    # (a defence or an exemption, and the list under one, names whom it spares: "(b) Subsection
    # (a) does not apply to the use of an unmanned aircraft system by: (1) The Department of
    # Corrections; ... a. A contractor working on behalf of the Department")
    sparing: int | None = None
    for s in region:
        if sparing is not None and s.passage.level > sparing:
            continue
        sparing = None
        spared = _SPARES.search(s.text)
        if spared and s.text.rstrip().endswith(":"):
            sparing = s.passage.level
            continue
        # (the sentence past its sparing clause, when it goes on: "; however, ...")
        rest = s.text
        if spared:
            cut = _CLAUSE_BREAK.search(s.text, spared.end())
            rest = s.text[cut.end() :] if cut else ""
        if _THE_GOVERNMENT_S.search(rest):
            return True
    return False


def passages_of_private_offences(sentences: Sequence[Sentence]) -> set[int]:
    """The passages (by id) of each numbered section, or of an unnumbered text, that bars
    anyone at all from an act and binds no government."""
    regions: dict[str, list[Sentence]] = {}
    for s in sentences:
        if s.passage.part is Part.BODY and not s.reported:
            regions.setdefault(s.passage.section, []).append(s)
    marked: set[int] = set()
    for region in regions.values():
        # (in that order: the bar on anyone rules out most sections at the least cost)
        if (
            any(_bars_anyone(s) for s in region)
            and not _names_the_government_s(region)
            and not any(_binds_the_government(s) for s in region)
        ):
            marked.update(id(s.passage) for s in region)
    return marked
