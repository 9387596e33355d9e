"""One rule set per checklist element: what operative text shows the element is there.

A rule matches a sentence when every one of its patterns is found in the sentence (or in the
sentence with the list items it introduces), the sentence states a duty or a prohibition where
the rule needs one, and nothing in it reports on a law instead of enacting it. An element with a
strong match is present, or partial when key aspects are missing (`needed`); with only a weak
match it is partial; otherwise missing.

The wording comes from enacted ordinances: "must obtain City Council approval prior to" (Oakland,
Sebastopol), "The Council shall approve each of the following" (Palo Alto), "without the direct
consent ... absent a judicial warrant" (Nashville), "It shall be unlawful for any City department
to obtain, retain, access, or use" (Sebastopol, Springfield), and so on (tests/check_corpus). The
second pass widened them with the wordings of county codes and state statutes ("subject to prior
approval by", "unless the locality has adopted an ordinance authorizing", "In January of each
year ... shall provide ... a report", "under no circumstance shall any data be sold").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from .passages import BODY_RESOLVES, ROLL_CALL, SIGNER_LINE, Part
from .patterns import (
    BODY,
    BODY_ORDAINS,
    CAPITAL_TERM,
    CAPTION_ANNOUNCES_EFFECT,
    DAYS,
    DEFINITIONS_HEADING,
    GOVERNING_BODY_NAMES,
    PLACE_ORDAINS,
    PURPOSE_SECTIONS,
    RESOLVED_COLON,
    THEREFORE,
    quantity,
    rx,
)


class Need(StrEnum):
    DUTY = "duty"  # shall, must, no ... may, ...
    PROHIBITION = "prohibition"  # shall not, it shall be unlawful, void ...
    NONE = "none"  # the words themselves are enough (a definition, an enacting clause)


@dataclass(frozen=True, slots=True)
class Rule:
    all_of: tuple[re.Pattern[str], ...]
    need: Need = Need.DUTY
    parts: frozenset[Part] = frozenset({Part.BODY})
    none_of: tuple[re.Pattern[str], ...] = ()
    weak: bool = False  # alone, gives "partial"
    # Lower-case words one of which every match contains: a quick test that spares the regular
    # expressions most sentences (see TRIGGERS); empty means no quick test.
    triggers: tuple[str, ...] = ()
    # The first pattern (what the clause is about) may stand anywhere in the sentence's paragraph:
    # "If ... swift action is needed to prevent imminent harm to life. ... Within 24 hours ..., the
    # chief must report in writing the use": the duty's sentence refers back to the condition.
    paragraph: bool = False
    # The section's title counts too (with `paragraph`, as part of the paragraph): in "Sec.
    # 2-350. Exigent circumstances. (a) ... (b) The Chief shall report such use within ten days",
    # (b) refers back to what the section is about.
    titled: bool = False
    # The title of the section the sentence stands in must match: a capitalised "TERM. text" is
    # a definition only in a definitions section (elsewhere it is an inline heading).
    under: re.Pattern[str] | None = None
    # The rule reads the sentence alone, never the list items a lead-in carries: a label line
    # "STATEMENT OF FACTS:" with its items is no "TERM: A ..." glossary line.
    own_sentence: bool = False
    # Its other patterns are tested before the first: where the first is a long alternation
    # that most candidate sentences pass and the others are short and refuse most of them, this
    # spares the long search (the verdict is the same: every pattern must match either way).
    rest_first: bool = False


@dataclass(frozen=True, slots=True)
class Aspect:
    name: str  # how the report names it when missing: "approval before seeking funds"
    pattern: re.Pattern[str]


Extractor = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Parameter:
    name: str
    extract: Extractor  # from one sentence (with its scope), the value or None


@dataclass(frozen=True, slots=True)
class ElementRules:
    id: str
    rules: tuple[Rule, ...]
    aspects: tuple[Aspect, ...] = ()
    needed: int = 0  # aspects needed for "present"; 0 means none are
    parameters: tuple[Parameter, ...] = ()
    partial_note: str = ""  # "approval is required, but not for"


def rule(*patterns: str, need: Need = Need.DUTY, parts: tuple[Part, ...] = (Part.BODY,),
         none_of: tuple[str, ...] = (), weak: bool = False,
         paragraph: bool = False, under: str = "", titled: bool = False,
         own_sentence: bool = False, triggers: tuple[str, ...] = (),
         rest_first: bool = False) -> Rule:  # fmt: skip
    """A rule; the elements' rules get their trigger words from TRIGGERS, a rule read apart
    (a board's policy's own readings) is given its own."""
    return Rule(
        tuple(rx(p) for p in patterns),
        need,
        frozenset(parts),
        tuple(rx(p) for p in none_of),
        weak,
        triggers=triggers,
        paragraph=paragraph,
        titled=titled,
        under=rx(under) if under else None,
        own_sentence=own_sentence,
        rest_first=rest_first,
    )


def aspect(name: str, pattern: str) -> Aspect:
    return Aspect(name, rx(pattern))


_SENTENCE_BREAK = re.compile(r"[.;:](?:\s|$)")


# The words that tie a duty to the period right after them: "report ... within fourteen (14)
# days" (searched up to the period, so they must end there).
_LEADS_TO_A_PERIOD = re.compile(
    r"\b(?:within|(?:no|not)\s+later\s+than)\s+(?:the\s+(?:next|first)\s+)?$", re.IGNORECASE
)


def days_near(context: str, window: int = 90) -> Extractor:
    """The number of days (or months) nearest to a phrase, within `window` characters of it."""
    context_rx = rx(context)

    def extract(text: str) -> str | None:
        # A period in the phrase's own sentence beats a nearer one across a sentence break,
        # whatever the distance ("shall post ... on the website ... no later than ten (10) days"),
        # and one the phrase leads to ("report the use ... within fourteen (14) days") beats a
        # nearer one before it ("for no more than seven (7) days, and shall report").
        best: tuple[int, int, int, str] | None = None
        for found in context_rx.finditer(text):
            for amount in DAYS.finditer(text):
                gap = min(abs(amount.start() - found.end()), abs(found.start() - amount.end()))
                low, high = sorted((found.end(), amount.start()))
                same_sentence = not _SENTENCE_BREAK.search(text, low, high)
                if not same_sentence and gap > window:
                    continue
                # (the first period after the phrase: none stands between them)
                led_to = (
                    same_sentence
                    and amount.start() >= found.end()
                    and _LEADS_TO_A_PERIOD.search(text, found.end(), amount.start()) is not None
                    and DAYS.search(text, found.end(), amount.start()) is None
                )
                rank = (0 if same_sentence else 1, 0 if led_to else 1, gap)
                if best is None or rank < best[:3]:
                    best = (*rank, quantity(amount))
        return best[3] if best else None

    return extract


# A notice's own length: "after giving at least ten (10) days' notice".
_DAYS_NOTICE = re.compile(
    DAYS.pattern + r"['’]?\s+(?:(?:prior|advance|written|public|published)\s+)?notice\b",
    re.IGNORECASE,
)


# A notice given a period ahead: "shall publish notice of the hearing at least fourteen (14) days
# in advance".
_NOTICE_IN_ADVANCE = re.compile(
    r"\bnotice\b[^.;]{0,80}?" + DAYS.pattern + r"\s+in\s+advance\b", re.IGNORECASE
)


def days_before(event: str, notice: bool = False) -> Extractor:
    """The period in "at least thirty (30) days before the hearing"; with `notice`, also the
    notice's own length where no event follows ("after giving at least ten (10) days' notice",
    "notice ... at least fourteen (14) days in advance")."""
    compiled = re.compile(
        DAYS.pattern + r"\s+(?:before|prior\s+to)\b[^.;]{0,60}\b(?:" + event + r")", re.IGNORECASE
    )

    def extract(text: str) -> str | None:
        found = compiled.search(text)
        if found is None and notice:
            found = _DAYS_NOTICE.search(text) or _NOTICE_IN_ADVANCE.search(text)
        return quantity(found) if found else None

    return extract


def first_group(pattern: str) -> Extractor:
    compiled = rx(pattern)

    def extract(text: str) -> str | None:
        found = compiled.search(text)
        return " ".join(found.group(1).split()) if found else None

    return extract


_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# Approval as a condition, in the many ways places word it: "must obtain City Council approval",
# "unless approved by", "Board of Supervisors shall approve", "subject to prior approval by",
# "submit ... to the Council for its approval", "only with the approval of", "approval is required".
# The agent of a passive approval that is the governing body's own: "approved by the governing
# body", "by resolution"; not "by the Board of Public Safety", another board.
# A place, a district or a local authority owning a governing body: "the city's", "the local
# highway authority's", "the port district's".
_LOCAL_OWNER = (
    r"(?:(?:local\s+)?(?:[\w-]+\s+){0,2}?(?:authority|district)['’]s\s+|(?:city|town|village|county|"
    r"municipality|borough|township|parish)['’]s\s+)"
)
# A sentence with no giving of data in it: none of sharing's verbs ("provided in Section 3" and
# "a service provider" are no giving).
_NO_GIVING = (
    r"^(?!.*\b(?:share|shared|sharing|shares|disclos\w*|provide|provides\s+to|provided\s+to|transfer\w*|"
    r"sell|sells|sold|releas\w*|give|gives|given\s+to|disseminat\w*|distribut\w*|exchang\w*)\b)"
)
# What a warrant or order yields: "obtained under a warrant", "pursuant to a court order",
# "through a search warrant".
_UNDER_A_WARRANT = (
    r"(?:under|pursuant\s+to|by|through|with)\s+(?:a|an|the|any)\s+(?:search\s+)?(?:warrant|"
    r"court\s+order|subpoena)"
)
# What a body's approval may be of, named: "the use of the cameras", "use of photo radar",
# "the purchase of drones".
_APPROVED_TECHNOLOGY = (
    r"(?:cameras?|photo\s+radar|drones?|unmanned\s+(?:aircraft|aerial)\s*(?:systems?|vehicles?)?|"
    r"systems?|devices?|readers?|technolog(?:y|ies)|equipment)"
)
_BY_THE_BODY = (
    r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    # whose body it is, or which: "by the local highway authority's governing body", "by the
    # local governing body overseeing the agency", "by its respective legislative authority" (a
    # place or a local authority as the owner: not "the Department of Transportation's governing
    # body", "the state's legislative body", "the hospital's board of trustees")
    + _LOCAL_OWNER
    + r"?(?:(?:local|respective|appropriate)\s+)?(?:"
    + GOVERNING_BODY_NAMES
    # a school district's board ("approved by a vote of the school district board of directors",
    # "by the district's board of education")
    + r"|(?:school\s+)?(?:district['’]?s?\s+)?board\s+of\s+(?:directors|education)|"
    r"school\s+(?:district\s+)?board(?:\s+of\s+trustees)?"
    # Illinois' and Virginia's County Boards (not a "County Board of Health", another board)
    + r"|county\s+board\b(?!\s+of\b)|"
    # New York's and Illinois' Town and Village Boards (not a "Village Board of Health")
    r"(?:town|village)\s+board\b(?:\s+of\s+trustees\b|(?!\s+of\b))|"
    # ("such use is approved by a properly adopted resolution of the city council")
    r"(?:(?:properly|duly)\s+(?:adopted|enacted|passed)\s+)?(?:resolution|ordinance)\b)"
)
_APPROVAL_DUTY = (
    r"(?:\b(?:obtain\w*|receiv\w*|secur\w*|requir\w*|without|unless|until|absent|"
    # "except upon the prior approval of", not "except as approved in the use policy"; a
    # permission on a condition: "may use ... only if the Board ... has first approved its use"
    r"except\s+(?:upon|with|after|following)|only\s+(?:if|after|upon|when|where|with|following)|"
    # "with prior City Council approval, shall determine the deployment"
    r"with\s+(?:the\s+)?(?:prior|advance|express|written)\b)"
    # "without the City Council first adopting a resolution approving the acquisition"
    r"[^.;]{0,80}\bapprov(?:al|ed|es|ing|e)\b|"
    + BODY
    # (a code's "will" where the body is the subject binds as "shall": "The City Council will
    # approve the locations of fixed automated traffic enforcement systems")
    + r",?\s+(?:which\s+|who\s+)?(?:shall|must|will)\s+"
    # "The City Council shall determine whether to approve, disapprove or modify each ...",
    # "... present the proposal to the City Council, which shall vote to approve or deny it"
    r"(?:first\s+)?(?:(?:determine|decide)\s+whether\s+to\s+|vote\s+(?:on\s+whether\s+)?to\s+)?approve\b|"
    # "shall not use surveillance technology for any purpose other than that approved by"
    r"\bother\s+than\s+(?:that|those|as|the\s+(?:ones?|purposes?|uses?))\s+"
    r"(?:previously\s+|expressly\s+)?approved\s+by\b|"
    # "may operate only at the sites, and for the hours, approved by resolution of the City
    # Council"
    r"\bonly\s+(?:at|in|on|for|within|during)\b[^.;]{0,80}\bapproved\s+(?:in\s+advance\s+)?by\s+"
    r"(?:(?:resolution|ordinance)\s+of\s+)?" + _BY_THE_BODY + r"|"
    # "Before a department acquires a drone, the Council shall adopt a resolution approving it"
    # (the rule finds the body elsewhere in the sentence)
    r"\b(?:shall|must)\s+(?:first\s+)?(?:adopt|pass|enact)\s+(?:an?\s+)?"
    r"(?:resolution|ordinance)\s+approving\b|"
    # "The Town Manager shall seek Select Board approval before the Town acquires ..."
    r"\b(?:shall|must)\s+(?:first\s+)?seek\s+(?:[\w'’-]+\s+){0,4}approval\b|"
    r"\bsubject\s+to\s+(?:the\s+)?(?:prior\s+|advance\s+|final\s+)?approval\b|"
    # approval at the body's meeting: "the city must approve the contract ... at a regular or
    # special meeting of the City Council"
    r"\b(?:shall|must)\s+(?:first\s+)?approve\b[^.;]{0,80}\bat\s+a\s+(?:regular|special|public)\s+"
    r"(?:or\s+(?:regular|special)\s+)?meeting\s+of\b|"
    # "shall not operate a drone except as approved by the County Board" (by the body itself:
    # "except as approved in the use policy" conditions nothing on the body)
    r"\bexcept\s+(?:as|where|when)\s+(?:(?:expressly|specifically|previously|first)\s+)?"
    r"approved\s+(?:in\s+advance\s+)?by\s+" + _BY_THE_BODY + r"|"
    # the passive: "The system to be installed shall be approved by the governing body by
    # resolution", "shall first be approved by ordinance of the Council"
    # (by the body itself: "approved by the Board of Public Safety" is another board's)
    r"\b(?:shall|must)\s+(?:first\s+)?be\s+(?:first\s+)?approved\s+(?:in\s+advance\s+)?by\s+"
    + _BY_THE_BODY
    + r"|"
    r"\bfor\s+(?:its\s+|their\s+)?(?:review\s+and\s+)?approval\b|"
    # "approval is required", and the passive "The approval of the City Council shall be obtained"
    # "The Council's approval, by resolution, is a prerequisite to the acquisition"
    r"\bapproval\b[^.;]{0,40}\b(?:(?:is|shall\s+be)\s+(?:required|a\s+(?:prerequisite|condition\s+precedent))|"
    r"(?:shall|must)\s+(?:first\s+)?be\s+(?:obtained|secured|granted|received)))"
)
# "A department that obtains approval under 8.80.030 must submit ...": a mention, not the duty.
_APPROVAL_MENTION = (
    r"\b(?:that|which|who)\s+(?:has\s+|have\s+)?(?:obtain\w*|receiv\w*)\s+(?:\w+\s+){0,3}approval\b|"
    r"\bapproval\s+(?:has|have)\s+been\s+obtained\b"
)
# Approval named but not required of the technology: the test a yearly review applies ("whether
# the use continues to meet the criteria for approval"), when nothing else in the sentence makes
# approval a condition; or the body's consent to an appointment ("shall appoint, subject to the
# approval of the city council, an executive director").
# A surveillance technology named: the readings of this list ask that the sentence speak of one
# (a yearly account of its use, its approval's term) or, in a look-ahead, that it speak of none.
_NAMED_TECHNOLOGY = (
    r"(?:surveillance|technolog\w*|cameras?|license\s+plate|plate\s+readers?|ALPRs?|drones?|"
    r"unmanned|aircraft|cell[- ]site\s+simulators?|simulators?|gunshot|biometric|recognition)"
)
# An approval renewed, or to be: "unless renewed by the Council", "may be reauthorized".
_RENEWED = (
    r"\bunless\b[^.;]{0,60}\b(?:renew\w*|re-?approv\w+|reauthori[sz]\w+|extend\w*)|"
    r"\b(?:may|shall)\s+be\s+(?:renewed|re-?approved|reauthori[sz]ed|extended)\b"
)
_NOT_APPROVAL_OF_TECHNOLOGY = (
    r"^(?!.*\b(?:obtain\w*|without|unless|until|absent|prior\s+to|before)\b)"
    r".*\b(?:criteria|standards?|conditions|requirements|grounds)\s+(?:for|of)\s+(?:its\s+|their\s+)?"
    r"(?:continued\s+)?approval\b|"
    # an appointment the body confirms: "The Mayor shall appoint a Community Police Board,
    # subject to the approval of Common Council"
    r"\b(?:appoint|nominat)\w*\b[^.;]{0,80}?\bsubject\s+to\s+(?:the\s+)?(?:prior\s+)?(?:approval|"
    r"confirmation|consent)\b|"
    # ("The appointment shall require the approval of Metro Council")
    r"\bappointments?\b[^.;]{0,40}\b(?:requires?|with)\s+(?:the\s+)?(?:prior\s+)?(?:approval|"
    r"confirmation|consent)\b|"
    # ... or the names put to it: "submit recommendations for appointment(s) to the City Council
    # for its approval"
    r"\b(?:recommendations?|nominations?|nominees?|candidates?)\s+for\s+(?:appointment|membership|"
    r"reappointment)|\bappointments?\s+to\s+the\s+(?:[\w'’-]+\s+){0,4}(?:board|commission|committee)\b|"
    # spending from a named fund is the body's budget business: "Appropriations from the Law
    # Enforcement Recording Copying Fee Fund shall be subject to approval by the County Council"
    r"^(?:all\s+)?(?:appropriations?|expenditures?|disbursements?)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,8}fund\b|"
    # ... and so is an expense, where no technology is named: "Incur city expense or obligate the
    # city in any way without prior authorization of the mayor and council"
    r"^(?![\s\S]*\b(?:surveillance|technolog\w*|cameras?|drones?|license\s+plate|acquir\w*|"
    r"equipment)\b)[\s\S]*\bincur\w*\s+(?:any\s+)?(?:[\w-]+\s+)?(?:expenses?|costs?|debts?)\b|"
    # approval the text says a permitted act does not need: "the Police Department shall accept
    # this grant without further approval" (not "shall not use it for a new purpose without
    # further approval of the City Council")
    r"\b(?:may|shall)\s+(?!not\b)(?:[\w-]+\s+){1,8}?without\s+(?:any\s+)?(?:further|additional)\s+"
    r"(?:[\w-]+\s+){0,2}approval\b(?!\s+(?:of|by|from)\b)|"
    # the approval California's statute requires of military equipment (`military_equipment`),
    # where no surveillance technology is named: "required to obtain Board of Supervisors
    # approval of a Use of Equipment Policy" (Government Code 7070 et seq.)
    r"^(?![\s\S]*\b" + _NAMED_TECHNOLOGY + r"\b)[\s\S]*"
    r"\b(?:military(?:-style)?\s+equipment|use\s+of\s+equipment\s+polic(?:y|ies)|covered\s+equipment|"
    r"gov(?:ernment|'t|\.)?\s+code\s+(?:sections?\s+|§§?\s*)?707[0-5])\b"
)
# Approval by an official ("without approval of the Police Chief", "approved in advance by the
# Mayor") is not the governing body's, whatever body the sentence names elsewhere.
_OFFICIAL_APPROVAL = (
    r"\bapprov\w*\s+(?:in\s+advance\s+)?(?:of|by|from)\s+(?:the\s+)?(?:police\s+chief|chief\b|mayor|"
    r"city\s+manager|town\s+manager|county\s+(?:executive|administrator)|director|sheriff|head\s+of|"
    r"commissioner\b|clerk|"
    # a staff body named for its review, not the governing board: "prior written approval from
    # the University UAS Review Board (URB)"
    r"(?:[\w-]+\s+){0,4}(?:review|advisory|safety)\s+(?:board|committee|panel)|"
    # ... or an official so designated: "approval in advance from the Designated Local Authority"
    r"(?:[\w-]+\s+){0,2}designated\s+(?:[\w-]+\s+){0,3}authority|"
    # ... or a state's or the federal government's body: "unless such use is approved by the
    # state aviation board" (a state department's approval is no governing body's; not "the State
    # College Borough Council", nor where the council approves as well: "approved by the state
    # department of transportation and the city council")
    r"(?-i:[Ss]tate|[Ff]ederal)\s+(?!(?:[\w-]+\s+){0,2}(?:city|borough|town|village|township|county)\s+"
    r"council\b)(?:[\w-]+\s+){0,3}(?:board|commission|department|agency|office|council)\b"
    r"(?![^.;]*\b(?:city|town|village|borough|township|county)\s+(?:council|commission)\b|"
    r"[^.;]*\b(?:governing|legislative)\s+body\b))"
)
# What the governing body's conditions of use are not: a mention of approval, an official's
# approval, an approval of something other than the technology.
_NOT_THE_BODY_S_APPROVAL = (_APPROVAL_MENTION, _OFFICIAL_APPROVAL, _NOT_APPROVAL_OF_TECHNOLOGY)
# The body's leave for anyone's flight or landing licenses the public; it approves no technology
# of the government's ("Except for an emergency landing, no airplane or aircraft shall land ...
# without receiving the prior written permission of the Board of Trustees").
_PUBLIC_LICENSED = (
    r"^(?:except\s+[^,]{0,60},\s+)?no\s+(?:person|one|individual|entity|airplane|aircraft)\b"
)
_APPROVAL_OBJECT = (
    r"\b(?:surveillance|technolog\w*|cameras?|drones?|license\s+plate|readers?|equipment|devices?|"
    r"systems?|acqui\w+|purchas\w*|procur\w*|funds?|funding|grants?|donations?|agreements?|"
    r"contracts?|uses?|using|deploy\w*|borrow\w*|software|aircraft|polic(?:y|ies))\b"
)
_TECH = (
    r"(?:surveillance|technolog|camera|license\s+plate|drone|biometric|footage|tracking|monitor)"
)
_HEARING = (
    r"(?:public\s+hearing|properly[- ]noticed|noticed\s+(?:public\s+)?hearing|public\s+meeting|"
    r"meeting\s+open\s+to\s+the\s+public|"
    # "after a Village Council hearing at which the public is afforded an opportunity to provide
    # input"
    r"hearing\s+at\s+which\s+(?:the\s+)?(?:public|members\s+of\s+the\s+public|residents|any\s+person))"
)
_REPORT_VERB = (
    r"(?:submit|produce|present|prepare|publish|post|file|provide|deliver|complete|transmit|"
    # ("shall issue a report identifying the number of warrants": not "the warrants issued", "issue
    # a report card", "issue a report of violations to the owner")
    r"\bissue\s+(?:an?\s+|its\s+)?(?:(?:annual|yearly|public|written)\s+)?reports?\s+"
    r"(?:identifying|describing|summarizing|listing|on\s+(?:the|its)\s+use)\b|"
    r"make\b[^.;]{0,60}available)"
)
# Making the report, for the annual-report rules: "shall submit", "shall report"; a list item
# that opens "includes" is what a report holds, not the duty to make it.
_REPORTING = _REPORT_VERB + r"|\b(?:shall|must)\s+(?:\w+\s+)?report\b"
_LIST_ITEM_INCLUDES = r"^(?:include|includes)\b"
_IMPACT = (
    r"(?:impact\s+report|impact\s+assessment|acquisition\s+report|\bSIRs?\b|impact\s+statement|"
    r"accountability\s+report|surveillance\s+evaluation|"
    r"impact\s+and\s+use\s+polic|justification\s+report|"
    r"(?:privacy|surveillance|civil\s+liberties)\s+(?:impact\s+)?assessment)"
)
_POLICY = (
    # (the first letters of every name below, a quick test first)
    r"(?=[cdmprstuvwCDMPRSTUVW])"
    r"(?:use\s+polic(?:y|ies)|technology\s+polic(?:y|ies)|surveillance\s+polic(?:y|ies)|"
    r"data\s+polic(?:y|ies)|(?:written\s+)?protocols|regulations\s+pertaining\s+to|"
    r"polic(?:y|ies)(?:\s+or\s+polic(?:y|ies))?\s+(?:in\s+effect\s+)?(?:governing|regulating|concerning)|"
    r"(?:monitoring|camera|video)\s+(?:records\s+)?polic|"
    r"(?:rules|regulations|procedures)\s+and\s+polic(?:y|ies)|polic(?:y|ies)\s+and\s+(?:procedures|rules)|"
    r"standard\s+operating\s+procedures|"
    r"(?:use|usage)\s+and\s+(?:privacy|data\s+management)\s+polic|polic(?:y|ies)\s+regarding|"
    r"written\s+(?:[\w-]+\s+){0,3}polic(?:y|ies))"
)
# Rules for using a thing, or a policy that governs it: a use policy when the thing is a
# surveillance technology (_POLICY_TECH), not the conference room. "shall adopt procedures for
# the use of unmanned aircraft systems", "Any use of an ALPR system shall be governed by police
# department policy".
_POLICY_FOR_USE = (
    r"\b(?:procedures|guidelines|rules|regulations|polic(?:y|ies))\s+(?:for|governing|on|regarding|concerning)\s+the\s+"
    # ("procedures for the secure storage of body camera recordings")
    r"(?:(?:safe|secure|proper|lawful|appropriate|authorized)\s+)?"
    r"(?:[\w-]+\s+(?:and|or)\s+)?(?:use|operation|deployment|retention|storage|access|dissemination|"
    r"sharing)\s+(?:of|and)\b|"
    # "guidelines governing when officers activate and deactivate the cameras" (not "rules
    # governing when public hearings are held")
    r"\b(?:procedures|guidelines|rules|polic(?:y|ies))\s+(?:for|governing|on|regarding|concerning)\s+"
    r"(?:when|how|whether)\s+(?:[\w-]+\s+){0,4}?(?:activat\w*|deactivat\w*|record\w*|turn\w*\s+on|"
    r"use[sd]?|operat\w+|deploy\w*|retain\w*|stor\w+|access\w*|shar\w+|delet\w+)\b|"
    r"\bgoverned\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}polic(?:y|ies)\b|"
    # "a policy outlining drone use consistent with this Act" (not "rules governing student use")
    r"\b(?:procedures|guidelines|rules|polic(?:y|ies))\s+(?:outlining|governing|regulating)\s+"
    r"(?:the\s+)?(?:drones?|cameras?|camera|UAS|UAV|ALPR|LPR|surveillance|body[- ]worn\s+camera)\s+"
    r"(?:use|operation|deployment)\b|"
    # a policy ordered with what it must hold as items, by those who use a technology: "A state or
    # local government agency using a facial recognition service shall establish a policy that:
    # (a) ..." (not a school district's policy on its computers)
    r"\b(?:cameras?|surveillance|drones?|unmanned|license\s+plate|ALPR|plate\s+readers?|"
    r"recognition|"
    r"biometric|body[- ]worn|tracking\s+devices?)\b[^.;]{0,120}\b(?:shall|must)\s+(?:adopt|"
    r"establish|"
    r"develop|implement|maintain)\s+(?:an?\s+)?(?:written\s+)?polic(?:y|ies)\s+(?:that|which)\s*:|"
    # "shall operate the cameras in accordance with a policy approved by the Council"
    r"\b(?:in\s+accordance|in\s+compliance|consistent(?:ly)?)\s+with\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}"
    r"polic(?:y|ies)\s+(?:approved|adopted)\b"
)
# What a use policy is about: a surveillance technology or its recordings.
_POLICY_TECH = (
    r"\b(?:cameras?|video|surveillance|recordings?|license\s+plate|ALPR|drones?|unmanned|s?UA[SV]s?|"
    r"cell[- ]site\s+simulators?|gunshot\s+detection|plate\s+readers?|"
    r"(?:facial|face)\s+recognition|"
    # what a camera keeps: "All recorded images that do not identify a violation shall be destroyed"
    r"recorded\s+images?|"
    # a traffic law's cameras by their name: "the automated speed enforcement system", "a photo
    # red light imaging detector system", "photo radar"
    r"automated\s+(?:speed|traffic|red[- ]light)\s+(?:[\w-]+\s+){0,2}(?:systems?|devices?)|"
    r"photo[- ]?(?:red[- ]light|radar|enforcement|monitoring)|"
    # a school's weapons screening: "metal detectors", "hand-held wands"
    r"biometric|technolog\w*|monitoring|footage|data|metal\s+detect\w*|(?:detector\s+)?wands?|"
    # where people went, as a tracking or road-charge system records it ("records of the location
    # and daily metered use of subject vehicles"; not a hydrant's)
    r"records?\s+of\s+(?:the\s+)?locations?\s+(?:and\s+(?:[\w-]+\s+){1,4})?of\s+(?:an?\s+|the\s+|"
    r"any\s+|each\s+|subject\s+)?(?:persons?|individuals?|vehicles?|participants?|offenders?|"
    r"devices?))\b"
)
# A bar on retaliation names giving information as the act it protects ("No person shall retaliate
# against any other person for ... providing information ... in an investigation"): it limits
# no sharing of data.
_RETALIATION = r"\b(?:retaliat\w+|reprisals?|intimidat\w+)\b"
# A department's policy speaking of itself: its sanctions are the department's, not the law's. A
# board's own policy is law (see `policies.is_board_policy`), and there this exclusion is lifted.
MANUAL_SELF = r"\bthis\s+(?:policy|directive|general\s+order|procedure|manual|order)\b"


# A surveillance technology as the object of a verb of use: "use a cell site simulator device",
# "operate an unmanned aircraft system", "use facial recognition technology". A pattern that opens
# with the technology ("A cell site simulator shall not be used ...") names it by _TECHNOLOGY_NAMES
# alone: the article and words _USED_TECHNOLOGY allows before the name change no match there, and
# tried at every word of every sentence before the names are, they cost most of the rule's time.
_TECHNOLOGY_NAMES = (
    r"(?:cameras?|drones?|"
    r"unmanned\s+(?:aircraft|aerial)|"
    r"s?UA[SV]s?|license\s+plate\s+(?:readers?|recognition)|plate\s+readers?|ALPRs?|"
    r"cell[- ]site\s+simulators?|"
    r"(?:facial|face)\s+recognition|biometric\s+(?:surveillance|identification|identifiers?|data)|"
    r"tracking\s+devices?|(?:portable|body[- ]worn|mobile|in-car|video)\s+(?:video\s+)?recording\s+"
    r"(?:systems?|devices?)|"
    # a traffic law's cameras by their statutes' names: "an automated vehicle identification
    # system", "a traffic law photo-monitoring device", "a speed safety system"
    # (a road's: not "an automated air quality monitoring system", "an electronic fetal monitoring
    # device", "an automated train safety system")
    r"(?:automated|automatic|electronic)\s+(?:[\w-]+\s+){0,2}?(?:traffic|speed|red[- ]light|toll|"
    r"parking|vehicle|school[- ]zone)[\w-]*\s+(?:[\w-]+\s+){0,3}?(?:systems?|devices?)|"
    r"electronic\s+enforcement\s+devices?|automated\s+or\s+remote\s+systems?|"
    r"photo[- ]?(?:monitoring|enforcement|radar)\s+(?:systems?|devices?)|speed\s+safety\s+systems?|"
    r"photo\s+radar|"
    r"surveillance\s+(?:technolog\w*|systems?|devices?|cameras?))\b"
)
_USED_TECHNOLOGY = (
    r"(?:an?\s+|any\s+|the\s+|such\s+)?(?:(?!(?:to|of|for)\b)[\w'’-]+\s+){0,3}?" + _TECHNOLOGY_NAMES
)
# A traffic camera by its statutes' names: always the government's, a city's or a state's ("photo
# radar", "a traffic control photographic system", "red light cameras", "an automated speed
# enforcement system"; not an air-quality monitor, a toll tag reader).
_TRAFFIC_CAMERA = (
    r"\b(?:photo\s+radar|photo[- ]?(?:enforcement|monitoring|red[- ]light)\s+(?:systems?|devices?|"
    r"cameras?|units?)|traffic[- ]control\s*(?:signal\s+)?photo(?:graphic)?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:systems?|devices?)|(?:red[- ]light|speed|traffic(?:\s+safety)?|school\s+bus(?:\s+safety)?|"
    r"work\s+zone(?:\s+speed)?)\s+(?:enforcement\s+|safety\s+|violation\s+)?cameras?|"
    # (an automated camera or enforcement system: not "an automated traffic signal system", "an
    # automated traffic counting device")
    r"(?:automated|automatic)\s+(?:[\w-]+\s+){0,2}?(?:traffic|speed|red[- ]light|school[- ]zone)"
    r"[\w-]*\s+(?:[\w-]+\s+){0,2}?(?:cameras?|(?:enforcement|violation|photo\w*|monitoring|detection|"
    r"safety)\s+(?:[\w-]+\s+){0,2}?(?:systems?|devices?|cameras?))|"
    # ("photographic traffic signal enforcement systems")
    r"photographic\s+(?:traffic|speed|red[- ]light)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:systems?|devices?|cameras?)|"
    # statutes' own names: "a municipal school bus violation enforcement system", "a bus lane
    # violation monitoring system", Maryland's "speed monitoring system" and "stop sign
    # monitoring system"
    r"(?:school\s+bus|stop[- ]arm|red[- ]light|speed|bus\s+lane|traffic)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:violation|infraction)\s+(?:enforcement|detection|monitoring)\s+(?:systems?|devices?)|"
    r"(?:speed|stop[- ]sign|bus\s+obstruction|bus\s+lane|school\s+bus)\s+monitoring\s+"
    r"(?:systems?|devices?))\b"
)
# What a governing body's approval or finding must be about: a technology or what it records,
# traffic cameras by their statutes' names included.
_TECHNOLOGY_OR_ITS_DATA = _POLICY_TECH + r"|" + _TRAFFIC_CAMERA
# A body camera or a patrol car's: "body-worn camera", "in-car video camera", "BWC".
_BODY_OR_VEHICLE_CAMERA = (
    r"\b(?:body(?:[- ]worn)?\s+(?:video\s+)?|(?:dash(?:board)?|in-car|vehicle)\s+(?:[\w-]+\s+)?)"
    r"cameras?\b|\bBWCs?\b"
)
# The surveillance a camera, a plate reader or a drone does, by the words a rule on what it
# gathers names it with (the rules that read one add their own).
_CAMERA_OR_READER = (
    r"cameras?|video|footage|ALPR|license\s+plates?|plate\s+readers?|drones?|unmanned|UA[SV]s?|"
    r"surveillance|(?:facial|face)\s+recognition|body[- ]worn"
)
# Health records, which no surveillance law governs: an immunization registry, a prescription
# monitoring program, a communicable disease "surveillance system".
_HEALTH_RECORDS = (
    r"\b(?:immuni[sz]ation|vaccin\w*|prescriptions?|patients?|medical|communicable|diseases?|"
    r"health\s+(?:care|records?|information))\b"
)
# Others than the police who wear body cameras or answer for breaking camera rules: a licensed
# guard, a tow truck driver, a casino's licensee and its employees.
_NOT_THE_POLICE = (
    r"\b(?:security\s+guards?|tow\s+truck|licensees?|bail\s+(?:agents?|enforcement)|taxi\w*|"
    r"rideshare|for[- ]hire|limousines?|private\s+(?:security|investigators?)|licensed\s+"
    r"(?:security|establishment|by))\b"
)
# The noun a technology's name may end in: "an automatic license plate reader system"
_TECH_TAIL = (
    r"(?:\s+(?:systems?|technolog(?:y|ies)|devices?|vehicles?|services?))?"
    # (or what it gathers: "use ALPR data for immigration enforcement")
    r"(?:\s+(?:data|information|images?|recordings?|footage|results|databases?))?"
)
# A surveillance technology put to use: "use a cell site simulator device", "operate an
# unmanned aircraft system" (not "use funds to buy drones", "the use of cameras by residents").
_USE_OF_TECHNOLOGY = (
    r"(?:(?:use|operate|deploy|utilize|employ|install)\s+" + _USED_TECHNOLOGY + r"|"
    # what it gathers searched: "query the ALPR database", "search license plate reader data"
    r"(?:query|search|access)\s+" + _USED_TECHNOLOGY + r"\s+(?:data|databases?|records?)\b|"
    # a person's biometrics captured or collected (not a drone "seized or captured")
    r"(?:capture|collect)\s+(?:an?\s+|any\s+|the\s+)?(?:(?:individual|person)['’]s\s+)?"
    r"biometric\s+(?:identifiers?|data|information))"
)
# What a system that watches people, or the criminal-justice system that keeps their records, is
# called: an oversight body's charge and an access cut off for misuse name one (each rule adds
# its own words).
_WATCHING_SYSTEM = (
    r"surveillance|cameras?|video|license\s+plates?|plate\s+readers?|ALPRs?|drones?|biometric|DNA|"
    r"criminal\s+(?:justice|history|intelligence)|crime\s+information|CJIS"
)
# A toll road's or a transit system's operator: "A toll project entity may not use ..."
_TOLL_OR_TRANSIT_OPERATOR = (
    r"toll\s+(?:project\s+)?entit(?:y|ies)|(?:toll(?:way)?|turnpike|transit|port)\s+authorit(?:y|ies)"
)
# Who a use policy binds: a government, its agencies and officers.
_GOVERNMENT_ACTOR = (
    r"\b(?:agenc(?:y|ies)|departments?|officers?|officials?|police|sheriff|troopers?|deput(?:y|ies)|"
    r"law\s+enforcement|government\w*|state|city|county|counties|municipal\w*|town|township|village|"
    r"political\s+subdivisions?|public\s+(?:bod(?:y|ies)|entit(?:y|ies)|employees?)|"
    + _TOLL_OR_TRANSIT_OPERATOR
    + r")\b"
)
# ... the police and agencies that use the technology, not a place named as a place ("a city
# park", "a permit issued by the city").
_GOVERNMENT_USER = (
    r"\b(?:agenc(?:y|ies)|departments?|officers?|police|sheriff\w*|troopers?|deput(?:y|ies)|"
    r"law\s+enforcement|government(?:al)?\s+entit(?:y|ies)|public\s+(?:bod(?:y|ies)|entit(?:y|ies))|"
    + _TOLL_OR_TRANSIT_OPERATOR
    + r"|"
    # (a place as the owner: "A city's speed safety system"; not a camera's name alone, which a
    # taxicab's or a licensed guard's may share)
    r"(?:city|county|state|town|village|municipality)['’]s)\b"
)
# What a bar on using a technology may be without limiting the government's own use: approval by
# the governing body ("without first obtaining the authorization of the City Council"), rules for
# others' cameras ("No person may operate a drone over a prison", "An employer may not use a
# biometric identification system"), a bar on restricting residents' cameras, an officer's
# discipline for not using one.
_NOT_A_USE_LIMIT = (
    r"\b(?:approv\w*|authori[sz]\w*)\b[^.;]{0,60}\b" + _BY_THE_BODY + r"|"
    + _BY_THE_BODY
    + r"[^.;]{0,60}\b(?:approv\w*|authori[sz]\w*)",
    r"\bno\s+(?:person|one|individual|entity|operator|pilot|owner|private|commercial|employer|"
    r"landlord|business)\b|"
    # ("An employer may not", "A business or landlord in this state may not")
    r"\b(?:an?|any)\s+(?:person|individual|employer|landlord|business|operator)"
    r"(?:(?:,\s*|\s+or\s+)(?:an?\s+)?(?:person|individual|employer|landlord|business|operator|"
    r"entity|organi[sz]ation))*(?:\s+in\s+this\s+state)?\s+(?:may|shall|must)\s+not\b|"
    r"\bunlawful\s+for\s+(?:a|any)\s*(?:one|person|individual)\b|\bunlawful\s+for\s+anyone\b",
    r"\b(?:restrict|prohibit|limit|regulat|ban)\w*\s+(?:[\w'’-]+\s+){0,4}?(?:right\s+to\s+)?use\b|"
    r"\b(?:be|being)\s+disciplin\w*|\bfail\w*\s+to\s+(?:use|operate|activate)\b",
)
# A private person as the subject a permission is given to: "A landlord may install security
# cameras ... only with the tenants' consent".
_PRIVATE_SUBJECT = (
    r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?|any|the|each|every)\s+(?:[\w-]+\s+){0,2}(?:landlords?|"
    r"employers?|"
    r"business(?:es)?|persons?|individuals?|owners?|tenants?|operators?|pilots?|licensees?|"
    r"compan(?:y|ies)|retailers?|stores?|establishments?)\b"
)
# (both read also by the learned second opinion's tests of a rule of use)
TECHNOLOGY_OR_ITS_DATA = _TECHNOLOGY_OR_ITS_DATA
# A person the criminal law holds, whom a monitoring rule is about (not a burglar alarm, a
# patient, a tank or a dog).
_HELD_BY_THE_CRIMINAL_LAW = (
    r"offenders?|defendants?|parolees?|probationers?|inmates?|prisoners?|probation|parole|"
    r"pretrial|sentenced?|convicted|house\s+arrest|home\s+(?:detention|confinement|incarceration)|"
    r"condition\s+of\s+(?:release|bond|bail)"
)
# A program that watches offenders where they live, by the names its rules, its bars and a
# governing body's leave for it give it: electronic monitoring, home detention, house arrest, GPS
# tracking.
_MONITORING_PROGRAM = (
    r"electronic(?:ally)?\s+(?:[\w-]+\s+){0,3}?monitor\w*|electronic\s+(?:in-home\s+)?(?:detention|"
    r"surveillance|supervision|tracking|incarceration|home\s+detention)|home\s+(?:detention|"
    r"confinement|incarceration)|house\s+arrest|(?:gps|global\s+positioning(?:\s+system)?)\s+"
    r"(?:\(gps\)\s+)?(?:monitor\w*|tracking|technology|supervision|devices?|units?)|"
    r"satellite[- ]based\s+monitoring"
)
MONITORING_PROGRAM = _MONITORING_PROGRAM
GOVERNMENT_ACTOR = _GOVERNMENT_ACTOR
# What immigration-cooperation statutes bar limiting an officer "from" doing (8 U.S.C. 1373's
# sending, requesting, receiving, maintaining, exchanging information): the sharing exclusions'
# verbs.
_SHARING_ACTS = r"shar|send|request|receiv|maintain|exchang|cooperat|assist|provid"
# A writer telling what a law says ("The ordinance states all data collected must be deleted",
# "This new law (P.L. 2020, c. 129) requires that body worn camera recordings must be retained
# for no less than 180 days"): for the rules that read no modal of their own.
_WRITER_ON_A_LAW = (
    r"\b(?:the|this|that|new)\s+(?:new\s+)?(?:ordinance|law|bill|measure|policy|resolution|statute)\s+"
    r"(?:\([^)]{0,40}\)\s+)?(?:also\s+)?(?:states|notes|says|would|requires\s+that)\b|"
    r"\b(?:said|says|according\s+to)\b"
)
# The verbs of data's destruction, for the retention rule's many wordings.
_DESTROYED = r"(?:purged|deleted|destroyed|erased|expunged|discarded)"
_DESTROY = r"(?:purge|delete|destroy|erase|expunge|discard)"
# A period the law keeps recordings for: "for one hundred eighty days", "for the period of 90
# days", "for one (1) year"
_SET_PERIOD = (
    r"(?:(?:a|the)\s+period\s+of\s+)?(?:[\w-]+\s+){0,4}?(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?)\b"
)
# What a bar on one use leaves open when it bars every use: "shall not use face recognition for
# any purpose", "for any law enforcement purpose" (a ban whole, not a rule of use).
_NOT_A_BAN_WHOLE = (
    r"(?!any\s+(?:purpose|reason|manner|time)\b|any\s+(?:law\s+enforcement|government(?:al)?|"
    r"official|public|city|county|state)\s+purpose)"
)
# The verbs of a government's collecting information, in a list: "shall not collect, store, or
# share information", "No City agency ... shall request or maintain information".
_COLLECTS = (
    r"(?:(?:inquire\s+into|request|solicit|collect|gather|maintain|retain|compile|store|share|"
    r"disseminate|record|obtain)\w*,?\s+(?:or\s+)?)+"
)
# A matter whose end ends the keeping: "upon the close of the case"
_MATTER = (
    r"(?:case|investigation|proceedings?|prosecution|litigation|matter|trial|appeals?|"
    r"adjudication)s?\b"
)
# What a log of uses or queries is kept of: the technology or what it gathers.
_LOGGED_OBJECT = (
    r"(?:data(?:bases?)?|systems?|footage|recordings?|images?|videos?|cameras?|drones?|"
    r"unmanned\s+aircraft|readers?|ALPRs?|simulators?|technolog\w*|networks?)\b"
)
# What a technology gathers and keeps, as a rule on who may reach it names it.
_HELD_DATA = (
    r"(?:data|databases?|recordings?|recorded\s+[\w-]+|recorders?|footage|images?|videos?|feeds?|"
    r"records|information|files?|(?:camera|video|recording|surveillance|ALPR|reader)\s+systems?)"
)
# Whom a limit on sharing keeps the data from: other agencies and governments, third parties,
# vendors, private persons, registries and databases of others. One list for the three sharing
# rules, so that each reads the same recipients (their trigger words, `_SHARING_RECIPIENTS`
# below, must hold a word of each: `test_trigger_words_never_hide_a_match` checks them).
_RECIPIENTS = (
    r"(?:agenc(?:y|ies)|third[- ]part(?:y|ies)|entit(?:y|ies)|federal|immigration|"
    r"other\s+(?:jurisdictions?|governments?)|any\s+(?:other\s+)?person|vendors?|"
    # (whoever it is, where the text says the data goes to them: "may not be disclosed to anyone
    # except", not "anyone acting on behalf of the City")
    r"(?:to|with)\s+(?:anyone|any\s+(?:other\s+)?individual)|"
    r"private\s+(?:part(?:y|ies)|persons?|compan(?:y|ies)|contractors?)|"
    # ("shall provide or disclose to any government authority Personal Information")
    r"government(?:al)?\s+authorit(?:y|ies)|"
    # ("for the purposes of providing information to a national registry")
    r"(?:national|federal|government)\s+(?:registr(?:y|ies)|databases?))"
)
# ... and anyone outside the department, where the verb says the data goes there ("may be
# disseminated outside the department only pursuant to a court order"; not "from a computer
# located outside the department")
_OUTSIDE = r"outside\s+(?:the\s+)?(?:department|agency|office)"
_PRIVATE = (
    r"(?:privately[- ]owned|(?:person|entity|individual|business)\b[^.;]{0,50}\b"
    r"(?:owns|leases|controls)\b|owned\s+by\s+a\s+(?:person|business|private|resident)|"
    r"private\s+(?:(?:security|video|surveillance|home|residential|doorbell)\s+){0,2}(?:camera|person|"
    r"business|resident|entit|"
    r"propert|device|individual)|"
    # a network of residents' cameras: "any doorbell camera network", "a registered camera"
    # of a camera registry
    r"doorbell\s+(?:cameras?|video)|registered\s+(?:security\s+)?cameras?|"
    r"(?:listed|enrolled|registered)\s+in\s+the\s+(?:[\w-]+\s+){0,2}registry|"
    r"residents?|homeowners?|business\s+owners?)"
)
# A camera or drone programme's penalties on the public, not remedies for unlawful surveillance:
# on drivers ("A Traffic Law Violation for which a civil penalty is imposed under this Chapter"),
# on vehicle owners ("the owner of a motor vehicle is liable for a civil penalty of seventy-five
# dollars", "An owner who fails to timely pay the civil penalty"), on those who fly drones ("who
# owns, possesses, manages, controls, or has charge of any drone in violation of this section").
_FINES_ON_THE_PUBLIC = (
    r"\b(?:traffic|moving|vehicle|driver'?s?|motorist|speed(?:ing)?|red[- ]light|"
    r"parking)\s+(?:law\s+)?(?:violations?|offen[cs]es?|infractions?|licen[cs]e)\b|"
    # ("... detects motor vehicles which fail to abide by traffic-control signals at
    # intersections under penalty of a fine")
    r"\bmotor\s+vehicles?\b[^.;]{0,80}\btraffic[- ]control\b|"
    # (the owner liable, not an owner whose data is misused: "Any individual, including the
    # owner of a vehicle, whose plate data is misused may sue")
    r"\b(?:owner|operator|driver|registrant)s?\s+of\s+(?:a|the|any|each|such)\s+"
    r"(?:motor\s+)?vehicles?\b[^.;]{0,40}\b(?:is|are|shall\s+be)\s+(?:liable|subject|responsible)\b|"
    r"\b(?:automated|photographic)\s+(?:traffic|red[- ]light|speed|school\s+bus)\b|"
    # ("A person who commits a violation recorded by a school bus safety camera is subject to a
    # civil penalty")
    r"\bviolations?\s+recorded\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}cameras?\b|"
    r"\bschool\s+bus\s+(?:safety\s+|stop[- ]arm\s+)?cameras?\b|"
    # ("to issue civil penalties of $250 ... to the owners of such vehicles", "a notice of
    # violation or civil penalty assessment notice may be issued to the registered owner",
    # "a violation of a traffic regulation")
    r"\bcivil\s+penalt\w+\b[^.;]{0,80}\b(?:to|on|upon|against)\s+the\s+(?:registered\s+)?owners?\b|"
    r"\bviolations?\s+of\s+(?:a|any|the)\s+traffic\s+(?:regulations?|laws?|ordinances?)\b|"
    r"\bfails?\s+to\s+(?:timely\s+)?pay\b|"
    # ("The Registered Owner shall be liable for a civil penalty", and a ticket's contents: "the
    # date by which the civil penalty is required to be paid")
    r"\bregistered\s+owners?\b[^.;]{0,40}\b(?:is|are|shall\s+be)\s+(?:liable|subject|responsible)\b|"
    r"\b(?:civil\s+)?penalty\s+is\s+required\s+to\s+be\s+paid\b|"
    # (on a toll road's users: "civil penalties related to unpaid tolls"; not an employee's
    # discipline for selling "toll violation records")
    r"\b(?:civil\s+penalt\w+|administrative\s+fees?|fines?)\s+(?:for|related\s+to|on|arising\s+from)\s+"
    r"unpaid\s+tolls?\b|"
    # (not "operates": "Any agency that operates a drone in violation of this section shall be
    # liable" is the remedy against the government)
    r"\b(?:owns|possesses|flies|has\s+charge\s+of)\b[^.;]{0,60}"
    r"\b(?:drones?|unmanned\s+aircraft|model\s+aircraft)\b"
)
# A release denied but on the law's condition, or confined to one user (data_sharing_limits):
# a release "when authorized by the President" leaves it to an official, and limits nothing.
_RELEASE = (
    r"(?:disclos(?:e|ed|ure)|releas(?:e|ed)|disseminat(?:e|ed|ion)|shared?|distribut(?:e|ed)|"
    r"sell|sold|leased?|made\s+available|provided\s+to)\b"
)
_LAW_S_CONDITION = (
    # (or a judge's finding: "disclosed only upon a showing of good cause before the judge")
    r"(?:§|\b(?:court\s+order|judicial\s+order|subpoenas?|(?:search\s+)?warrants?|consent|"
    r"showing\s+of\s+good\s+cause|order\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:judge|court)|"
    r"ordered\s+by\s+(?:a|the)\s+(?:[\w-]+\s+)?court|"
    r"(?:required|provided|authorized|permitted)\s+by\s+(?:state\s+or\s+federal\s+|federal\s+or\s+"
    r"state\s+|state\s+|federal\s+)?(?:law|statute)|state\s+and\s+federal\s+law|"
    r"(?:K\.?R\.?S|U\.?S\.?C|M\.?C\.?L|G\.?S)\b))"
)
_AS_AN_OFFICIAL_ALLOWS = (
    r"\b(?:except|unless)\s+(?:as\s+|when\s+|if\s+)?(?:approved|authori[sz]ed|permitted|directed)\s+"
    r"(?:in\s+writing\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:chief|director|sheriff|superintendent|"
    r"president|manager|administrator|dean|principal|commissioner|head)\b"
)
_RELEASE_CONFINED = (
    # (or who may not pass them on: "No party shall further copy or distribute BWC recordings
    # without a court order")
    r"(?:\b(?:not|never)|\bno\s+(?:such\s+)?(?:[\w-]+\s+){0,2}?(?:records?|data|information|footage|"
    r"recordings?|images?|videos?|part(?:y|ies)|persons?|employees?|officers?|officials?|members?|"
    r"agenc(?:y|ies))\s+(?:of\s+the\s+(?:[\w-]+\s+)?(?:department|agency|office)\s+)?"
    r"(?:shall|may|will|must))\s+(?:\w+\s+){0,4}?(?:be\s+)?(?:subject\s+to\s+)?"
    + _RELEASE
    + r"[^.;]{0,200}?\b(?:except|unless|without|other\s+than)\b[^.;]{0,80}?"
    + _LAW_S_CONDITION + "|"
    # or to those who keep them: "The confidential records may not be disclosed except to persons
    # acting within the scope of their duties in the administration of the library ..."
    r"\b(?:not|never)\s+(?:be\s+)?(?:disclosed|disseminated|shared|made\s+available)\s+(?:to\s+any\s*one\s+)?"
    r"(?:except|other\s+than)\s+to\s+(?:[\w-]+\s+){0,3}?(?:persons?|employees?|officers?|officials?|"
    r"staff|personnel)\s+(?:acting\s+within\s+the\s+scope\s+of\s+(?:their|his|her)\s+"
    r"(?:duties|employment)|authori[sz]ed\s+(?:by|to)\b)|"
    # (or a traffic-camera statute's "shall be for the exclusive use of the city of New York for
    # the purpose of the adjudication of liability")
    r"\b(?:available|(?:shall|must)\s+be)\s+for\s+the\s+(?:exclusive|sole)\s+use\s+of\b|"
    # access granted to others only on the law's condition: "A complainant may obtain access to
    # the identifying digital data ... only pursuant to a court order" (not the police getting
    # access to a carrier's records on a warrant)
    r"\b(?:complainants?|persons?|individuals?|members?\s+of\s+the\s+public|requesters?|part(?:y|ies))\s+"
    r"(?:may|shall)\s+(?:only\s+)?(?:obtain|gain|have|be\s+(?:given|granted))\s+access\s+to\b[^.;]{0,160}?"
    r"\bonly\s+(?:pursuant\s+to|upon|with|by|under)\b[^.;]{0,40}?"
    + _LAW_S_CONDITION
    + r"|"
    r"\bonly\s+(?:be\s+)?(?:disclosed|released|shared|disseminated|permitted|made\s+available)\b"
    r"[^.;]{0,60}?\b(?:in\s+accordance\s+with|pursuant\s+to|as\s+(?:required|permitted|provided)"
    r"|upon|with)\b[^.;]{0,60}?" + _LAW_S_CONDITION
)
_LIMITED_TO = (
    r"\b(?:shall\s+be|is|are|must\s+be)\s+(?:limited|restricted|confined)\s+(?:solely\s+|only\s+)?to\b"
)
# Whose comments count as the community's: "the public", "residents", "any interested person".
_PUBLIC = (
    r"\b(?:the\s+public|members?\s+of\s+the\s+public|the\s+community|community\s+members|residents|"
    r"any\s+(?:interested\s+)?(?:person|resident|member\s+of\s+the\s+public)|"
    r"interested\s+(?:persons|parties|members\s+of\s+the\s+public))\b"
)
# An emergency, by name or by what makes one: "imminent harm to life", "imminent danger of death or
# serious physical injury".
# A page's field label before a policy's statement of purpose: "Purpose:", "Reason for Policy –",
# "Definition:It is the policy of ..." (a field name run into its value).
_PURPOSE_LABEL = (
    r"(?:(?:purpose|policy\s+purpose|purpose\s+of\s+(?:the\s+|this\s+)?policy|reasons?\s+for\s+"
    r"(?:the\s+|this\s+)?policy|(?:policy\s+)?statement|definition|(?:policy\s+)?overview|"
    r"preamble|rationale|intent)\s*(?::|[–—]|\s-)\s*)?"
)
# What a remedy's words may stand in without being one: a caption or digest announcing the bill's
# remedies, a crime the technology is used against, a bar on creating a right of action, a label
# line, who may not serve on a board, fines on the public, someone's account of a remedy.
_NOT_A_REMEDY = (
    # a bill's caption or digest announcing its remedies ("To enact ...; to
    # provide civil penalties", "...; stating remedies for violations; making
    # certain evidence inadmissible", "Provides a private right of action"), and a
    # writer's "would not be admissible"
    r"^(?:to\s+(?:enact|amend|provide|create|establish|repeal)|provides|an\s+act|"
    # (Maryland's purpose paragraph: "FOR the purpose of ...; requiring the
    # Attorney General to enforce certain provisions")
    r"a\s+bill|(?-i:FOR)\s+the\s+purpose\s+of\b[^.]{0,200};\s*[a-z]+ing)\b|;\s*(?:to\s+provide|"
    r"stating|making|providing|creating|establishing|prescribing|imposing)\b[^;]{0,80}\b"
    r"(?:remed\w*|penalt\w*|inadmissible|evidence)\b|"
    # ("...; making violation a misdemeanor; providing exceptions")
    r";\s*making\s+(?:a\s+)?violations?\b[^;]{0,60}\b(?:misdemeanor|felony|crime|offense)\b|"
    # (or in the imperative, as a digest of its sections: "Create a new section of
    # KRS Chapter 61 ...; create a new cause of action for enumerated persons")
    r"^(?:create|amend|establish)\s+(?:a\s+)?new\s+section\b.*?;\s*(?:create|"
    r"provide|establish|impose)\b[^;]{0,80}\b(?:remed\w*|penalt\w*|causes?\s+of\s+action)\b|"
    r"\bwould\s+(?:not\s+)?be\s+(?:admissible|inadmissible)\b",
    # a crime the technology is used against, not the penalty ("to investigate a
    # misdemeanor or felony")
    r"^(?!.*\b(?:guilty|punish\w*|penalt\w*|fine|convicted|commits?)\b).*\b(?:investigat\w*|"
    r"prosecut\w*|suspected\s+of|charged\s+with|accused\s+of)\s+(?:a\s+|an\s+|any\s+)?"
    r"(?:[\w-]+\s+){0,2}"
    r"(?:misdemeanor|felony)",
    r"\bno\s+(?:private\s+rights?|causes?)\s+of\s+action\b|"
    # "Nothing in this chapter shall be construed to create a private right of
    # action"
    r"\b(?:construed|deemed|read)\s+(?:as|to)\s+(?:creat\w*|establish\w*|confer\w*|"
    r"giv\w*)\b[^.;]{0,40}\b(?:rights?|causes?)\s+of\s+action\b"
    # (unless the sentence grants one after: "...; any person may bring an action")
    r"(?![^.]*;\s*(?:any|an?|the)\s+(?:aggrieved\s+|injured\s+)?person\s+may)|"
    r"\b(?:does|do)\s+not\s+(?:create|establish|specify|provide)\b[^.;]{0,60}\b(?:right|remed|penalt|damages)|"
    # "This rule is not intended to confer any procedural or substantive rights or any
    # private cause of action", "Nothing in this section is intended to create ..."
    # (a disclaimer alone: not where the sentence grants an action too, before or after)
    r"^(?!.*\bmay\s+(?:bring|institute|commence|file|maintain|recover|sue)\b)"
    r".*?\b(?:(?:is|are)\s+not\s+intended\s+to|nothing\b[^.;]{0,80}\b(?:is|are|shall\s+be)\s+"
    r"intended\s+to)\s+(?:creat\w*|establish\w*|confer\w*|giv\w*)\b[^.;]{0,80}\b"
    r"(?:rights?|causes?)\s+of\s+action\b",
    # a label line on a web page ("Private Right of Action"), not a provision
    r"^(?!.*\b(?:is|are|shall|may|must|will|be)\b)(?:[^\s\d.;:]+\s*){1,6}\.?$",
    # who may not serve on a board ("An individual may not be a member of the
    # Board if the individual: ... has been convicted of a misdemeanor")
    r"\b(?:may|shall)\s+not\s+(?:be|serve\s+as)\s+(?:a\s+)?(?:voting\s+)?member\b|"
    r"\b(?:ineligible|not\s+eligible)\s+(?:to\s+serve|for\s+(?:appointment|membership))\b|"
    # (and the disqualifying record in its list: "(iii) Has been convicted of ...
    # a felony or misdemeanor")
    r"^(?:\(\w{1,4}\)\s*)?has\s+been\s+convicted\b",
    # nor a caption's line in capitals ("BUSES WITH A CIVIL PENALTY FOR
    # VIOLATIONS."; not a New York bill's new matter, printed in capitals: "A PERSON MAY BRING AN
    # ACTION FOR EQUITABLE OR DECLARATORY RELIEF")
    r"(?-i:^(?!.*\b(?:SHALL|MAY|MUST|IS|ARE)\b)[^a-z]*$)",
    # (a catchline in capitals, its parts run together with semicolons: "REMEDIES THAT MAY BE
    # SOUGHT; CIVIL PENALTY.")
    r"(?-i:^[^a-z;]{0,80};[^a-z]*$)",
    _FINES_ON_THE_PUBLIC,
    # a statute's section caption listing the grades of its offences ("Unlawful
    # use of an unmanned aircraft system; class B misdemeanor; class A
    # misdemeanor"): the penalties stand in the text below it
    r";\s*(?:unclassified|class\s+[a-z])\s+(?:misdemeanor|felony)\s*(?:;|$)",
    # someone's account of a remedy ("reported that no injunctive relief had
    # been sought"): the rule needs no modal, so reported speech is read here
    r"\b(?:reported|stated|noted|explained|announced|testified|said)\s+that\b",
    # an analyst's account of a bill ("This bill makes it a class C felony,
    # punishable by ..."): a bill names itself "this Act", not "this bill makes"
    r"\b(?:this|the)\s+bill\s+(?:makes|would|creates|establishes|imposes|allows|"
    r"authorizes|requires|prohibits|provides|subjects)\b",
    )
# What the law's suppression rule names: evidence gathered by the technology.
_GATHERED = (
    r"\b(?:information|data|evidence|recordings?|images?|footage|videos?)\s+(?:obtained|collected|"
    r"gathered|acquired|recorded|captured|derived)"
)
# "Information obtained in violation of this policy may not be used in any disciplinary proceeding
# against a member of any University faculty, staff, or student body": what was gathered
# unlawfully is barred from use, whoever the proceeding is against (a board's policy reads it
# with none of the exclusions that keep out discipline by its ordinary rules).
SUPPRESSION = rule(
    _GATHERED + r"\s+in\s+violation\s+of\b[^.;]{0,80}\b(?:may|shall)\s+not\s+be\s+"
    r"(?:used|admitted|admissible|received)\b|"
    # "shall be excluded in any criminal prosecution", "is inadmissible in any proceeding"
    # (from evidence, not "excluded from the annual statistical report")
    + _GATHERED
    + r"\b[^.;]{0,80}\bin\s+violation\s+of\b[^.;]{0,80}\b"
    r"(?:shall|must)\s+be\s+(?:excluded|suppressed)\s+(?:as\s+evidence|(?:in|from)\s+(?:any|a|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:proceeding|trial|prosecution|hearing|action))\b|"
    + _GATHERED
    + r"\b[^.;]{0,80}\bin\s+violation\s+of\b[^.;]{0,80}\b(?:is|are|shall\s+be)\s+inadmissible\b|"
    # "Evidence obtained in violation of this section shall be suppressed"
    + _GATHERED
    + r"\b[^.;]{0,80}\bin\s+violation\s+of\b[^.;]{0,80}\b(?:shall|must)\s+be\s+(?:suppressed|"
    r"excluded\s+from\s+evidence)\b|"
    # "Evidence obtained ... because of a violation of this section are subject to the rules
    # governing exclusion as if ... obtained in violation of Amendment IV" (or the records
    # themselves: "All electronic information or data and records ... obtained in violation of
    # the provisions of this chapter shall be subject to the rules governing exclusion")
    r"\b(?:evidence|information|data|records|recordings?|communications?)\b[^.;]{0,160}"
    r"\bviolation\s+of\b[^.;]{0,80}\bsubject\s+to\s+(?:the\s+)?rules?\s+governing\s+(?:the\s+)?"
    r"exclusion\b|"
    # a wiretap act's motion: "Any aggrieved person ... may move to suppress the contents of any
    # intercepted wire, electronic or oral communication"
    # ("may request the involved court ... to suppress the contents")
    # (the contents or the evidence: not "may request the City Council to exclude a technology
    # from the definition", "may move to exclude the public from a meeting")
    r"\b(?:may\s+(?:move|request\b[^.;]{0,200}?)|(?:file|make|bring)\s+a\s+motion)\s+to\s+(?:suppress|"
    r"exclude)\s+(?:the\s+|any\s+)?(?:contents?|evidence|communications?|recordings?|information|data)\b|"
    # "shall be treated as having been obtained in violation of this act", "shall be deemed to
    # have been obtained in violation" (not "shall not be treated as ...")
    r"\b(?:shall|must|will)\s+be\s+(?:treated|deemed)\s+(?:as\s+)?(?:having\s+been\s+|to\s+have\s+been\s+)?"
    r"(?:unlawfully\s+obtained|obtained\s+in\s+violation)\b",
    need=Need.NONE,
)
# What an opening paragraph says when it gives the policy's reasons: a commitment, a value, an
# aim, a benefit, or the technology put to a use ("installed ... to aid", "in order to").
_OPENING_REASON = (
    r"\b(?:committed|commitment|recogni[sz]e[sd]?|believes?|values|strives?|seeks?\s+to|aims?\s+to|"
    r"intended|designed|purposes?|intent|goals?|objectives?|mission|important|importance|"
    r"essential|vital|paramount|contribut\w+|opportunit\w+|benefits?|fortunate|concerns?|"
    r"in\s+order\s+to|as\s+part\s+of|(?:safety|security|privacy|welfare|well-being)\s+(?:of|and|for)|"
    r"to\s+(?:help\s+)?(?:enhance|promote|protect|ensure|maintain|deter|prevent|aid|assist|support|"
    r"improve|increase|reduce|safeguard|balance|preserve|provide))\b"
)
# ... and what it says when it lays down a rule, its scope or a term's meaning instead.
_NOT_A_REASON = (
    r"\b(?:shall|must|should|may|will|prohibited|appl(?:y|ies)\s+to|means|refers?\s+to|"
    r"(?:is|are)\s+(?:not|never|defined|designated|available)|no\s+circumstances|at\s+no\s+time|see\s+also|"
    r"resolved|ordained|enacted)\b"
)
# A board's policy may define a term in running text: "Small unmanned aerial systems are defined
# as any aircraft weighing ..." (read only in a board's policy: a police manual's glossary is no
# law's).
BOARD_POLICY_DEFINED_AS = rule(
    r"\b(?:is|are)\s+defined\s+as\s+(?:an?|any|all|the|those|each)\b",
    need=Need.NONE,
    weak=True,
    triggers=("defined as",),
)
# A board's policy opens with its reasons, before its first section or under its title (the text
# reader marks those first paragraphs "(opening)"): "The Governing Board is committed to providing
# a school environment that ...", "Unmanned aircraft systems ... offer opportunities for
# teaching", "The City of Hugo has installed video security cameras to aid the physical security
# of City owned property". (A code section's first paragraph is no such statement: read only in
# a board's policy.)
BOARD_POLICY_OPENING = rule(
    _OPENING_REASON,
    need=Need.NONE,
    under=r"\(opening\)$",
    none_of=(_NOT_A_REASON,),
    triggers=(
        "commit", "recogni", "believe", "values", "strive", "seek", "aim", "intend", "design",
        "purpose", "intent", "goal", "objective", "mission", "importan", "essential", "vital",
        "paramount", "contribut", "opportunit", "benefit", "fortunate", "concern", "in order to",
        "as part of", "safety", "security", "privacy", "welfare", "well-being", "to ",
    ),
)  # fmt: skip
_IMMINENT_DANGER = (
    r"\b(?:imminent|immediate)\s+(?:danger|harm|threat|risk)\b[^.;]{0,40}"
    r"\b(?:life|lives|death|bodily|physical\s+injury|serious\s+injury|person)"
)

# A body named as the police's overseer: "Police Accountability Board", "Board of Police
# Commissioners", "Citizen Review Board", "Community Police Oversight Commission".
POLICE_OVERSEER = (
    # ("the Police Review and Community-Police Relations Commission")
    r"\b(?:police|law\s+enforcement|sheriff'?s?)\s+(?:[\w'’-]+\s+){0,2}?(?:accountability|review|"
    r"oversight|advisory|complaints?)\s+(?:(?:and|&)\s+(?:[\w'’-]+\s+){1,3})?"
    r"(?:commission|board|committee|council|office|agency|panel)\b|"
    r"\bboards?\s+of\s+police\s+commissioners\b|\bpolice\s+commission\b|"
    # ("the Civilian Review and Accountability Board")
    r"\b(?:citizens?'?|civilian|community)\s+(?:police\s+)?(?:review|oversight|investigative|"
    r"complaint)\s+(?:and\s+[\w'’-]+\s+)?(?:board|commission|panel|office|committee)\b|"
    r"\b(?:citizens?'?|civilian|community)\s+police\s+(?:board|commission)\b|"
    # ("the Independent Police Investigation and Audit Board"; not the department's own "Internal
    # Investigations Office" or "Fleet Audit Office")
    r"\b(?:independent|civilian|citizens?'?)\s+police\s+(?:investigations?\s+and\s+audit|audit|"
    r"investigations?)\s+(?:board|commission|agency|office)\b|"
    # the offices that oversee the police for the public: "the office of the police ombuds",
    # "the independent police auditor", "the Office of Police Accountability"
    r"\boffice\s+of\s+(?:the\s+)?(?:independent\s+)?police\s+(?:ombuds\w*|auditor|"
    r"accountability|monitor|oversight|review|complaints)\b|"
    # (not "where the police monitor live camera feeds": the verb)
    r"\b(?:independent\s+)?police\s+(?:ombuds\w*|auditor)\b|\bindependent\s+police\s+monitor\b|"
    # ("the Office of the Independent Monitor", "the Independent Police Auditor's office")
    # (not an auditor of the accounts: "the Office of the Independent Auditor")
    r"\boffice\s+of\s+(?:the\s+)?independent\s+police\s+(?:monitor|auditor|ombuds\w*)\b|"
    # (the bare "Office of the Independent Monitor" where the clause names the police: not an
    # elections monitor)
    r"\boffice\s+of\s+(?:the\s+)?independent\s+monitor\b(?=[^.;]{0,200}\b(?:police|sheriff|"
    r"law\s+enforcement)\b)"
)

# The police department's own unit that investigates its officers, which oversees no one.
POLICE_OWN_UNIT = r"(?:internal\s+affairs|professional\s+(?:standards|responsibility))"

# An oversight body's report on its own work ("an annual report of the operations of the Board
# and the Office of Police Complaints", "report ... regarding the activities of the commission"):
# no report on a technology.
_OVERSEER_ITSELF = (
    r"(?:board|commission|committee|panel|auditor|monitor|ombuds\w*|inspector\s+general|"
    r"(?:monitor|auditor|ombuds\w*|inspector\s+general)['’]s\s+office)"
)
_OWN_ACTIVITIES_REPORT = (
    # (a report that speaks of a technology's use is the regime's, whoever makes it: "The
    # Inspector General shall submit an annual report ... on each department's use of
    # surveillance technology")
    r"^(?![\s\S]*\b(?:surveillance|technolog\w*|drones?|cameras?|license\s+plate|ALPRs?)\b)"
    r"[\s\S]*(?:"
    r"\b(?:work|activities|operations|proceedings)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}"
    + _OVERSEER_ITSELF
    + r"\b|"
    # the overseer itself reporting ("The civilian review board shall prepare and present an
    # annual report to the city council that:", "the monitor's office shall publish a status
    # report")
    r"\bthe\s+(?:[\w'’-]+\s+){0,3}"
    + _OVERSEER_ITSELF
    + r"\s+shall\s+(?:prepare|submit|present|issue|publish|file|make|deliver|provide)\w*\b)"
)
# An oversight body's charge to review the reports others make ("Review and advise the City
# Council on City's Surveillance Technology impact reports and annual reports"): it requires
# no report.
_ADVICE_ON_REPORTS = (
    # (not where the same clause requires the report: "each department shall submit a
    # surveillance impact report to the Commission, which shall review and make recommendations
    # on the surveillance impact report")
    r"^(?![\s\S]*\b(?:shall|must)\s+(?:\w+\s+)?(?:submit|prepare|produce|file|present)\b)"
    r"[\s\S]*\b(?:review|advise|comment|recommend)\w*\b[^.;]{0,60}\bon\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:impact|annual|surveillance)\s+(?:[\w'’-]+\s+){0,2}?reports?\b"
)
# (the body's own business in haste is no exigency: "an emergency meeting", "this emergency
# ordinance")
_EXIGENCY = (
    r"\bexigent|\bemergenc(?:y|ies)\b(?!\s+(?:meetings?|sessions?|ordinances?|measures?|clause)\b)|"
    + _IMMINENT_DANGER
)
_NOT_EXIGENCY = (
    r"\bemergency\s+(?:services|personnel|management|medical|responders?|response|"
    r"operations?|vehicles?)\b"
)
_EXISTING = (
    r"(?:(?:possess\w*|us(?:e|es|ed|ing)|in\s+use|acquired)\b[^.;]{0,80}\b"
    r"(?:prior\s+to|before|as\s+of|on)\s+the\s+effective\s+date|"
    # "Any surveillance technology in use on the date this chapter takes effect may continue"
    # (the state right after the verb: a window before "the date" would cost every "use")
    r"\b(?:possessed|used|in\s+use|acquired)\s+(?:by\s+[^.;]{0,40}?\s+)?(?:prior\s+to|"
    r"before|as\s+of|on)\s+the\s+date\s+(?:on\s+which\s+)?(?:this|the)\s+(?:chapter|ordinance|"
    r"article|section|local\s+law|act)\s+(?:(?:takes|took)\s+effect|(?:becomes|became)\s+effective)\b|"
    r"already\s+in\s+(?:use|its\s+possession)|"
    r"preexisting|pre-existing|master\s+(?:technology\s+)?list|inventory\s+of|"
    # "Within 120 days of the effective date, each department possessing ... shall submit"
    r"\beffective\s+date\b[^.;]{0,120}\b(?:possess\w*|existing|currently\s+(?:us\w+|in\s+use)|"
    # "... after the effective date, each department shall submit a policy for each one it uses"
    r"(?:it|they)\s+(?:uses|use|possesses|possess|operates|operate)|"
    # "... of the effective date, each department using surveillance technology that has not been
    # approved shall submit ..."
    r"(?:using|that\s+uses)\s+(?:any\s+)?surveillance\s+technolog\w*)\b|"
    r"(?:existing|currently\s+(?:used|using|in\s+use|possessed|possessing))\s+surveillance\s+technolog\w*"
    r"\b[^.;]{0,120}\b(?:within|no\s+later\s+than)\b[^.;]{0,40}\b(?:days?|months?|years?)\b|"
    # "an agency that deploys body worn cameras before June 9, 2016, must establish the
    # policies within one hundred twenty days of June 9, 2016"
    r"\b(?:deploy\w*|us(?:e|es|ed|ing)|possess\w*|acquir\w*|operat\w*)\b[^.;]{0,80}\b(?:prior\s+to|before|as\s+of)\s+"
    + _MONTH
    + r"\s+\d{1,2},\s+\d{4}\b[^.;]{0,120}\b(?:within|no\s+later\s+than)\b)"
)


# Someone's account of a rule, not the rule: "The chief said recordings may be shared only ..."
_SOMEONE_SAYS = r"\b(?:said|says|reported|stated|noted|explained|announced|testified)\b"
# Who is held: an inmate, an offender, a prisoner, a detainee (the jail's bar on its own
# monitoring names one in the paragraph).
_IN_CUSTODY = r"\b(?:inmates?|offenders?|prisoners?|detainees?)\b"
# ... and, where the jail's monitoring is only set out, whose calls and visits it is: no
# "offender" (a probation officer's home visits, a nuisance law's "repeat offenders"), and a
# youth facility's ward only as a sentence's subject ("Wards shall be informed ..."; not "ward
# meetings", "Ward 3").
_HELD_PERSON = (
    r"\b(?:inmates?|prisoners?|detainees?|incarcerated\s+(?:persons?|individuals?)|"
    r"persons?\s+in\s+custody|(?:persons?|youths?|juveniles?|individuals?)\s+held)\b|"
    r"\bwards?\b(?=\s+(?:shall|may|must|will)\b)|"
    # (a youth institution's: "Monitor and record a youth's telephone call"; a halfway house's:
    # "staff may listen to the offender's conversation")
    r"\b(?:youths?|juveniles?|offenders?)['’]s?\s+(?:(?:tele)?phone\s+)?(?:calls?|conversations?|"
    r"communications?|visits?)\b"
)
# A sentence that opens with a private subject, or bars everyone ("No person ..."; "No person
# in custody" is the held person).
_NOT_THE_CUSTODIAN = (
    _PRIVATE_SUBJECT,
    r"^(?:\(?\w{1,3}[.)]\s*)?no\s+person\b(?!\s+in\s+custody)",
)

ELEMENTS: tuple[ElementRules, ...] = (
    # ---------------------------------------------------------------- structure of the instrument
    ElementRules(
        "title",
        (
            rule(
                r".",
                need=Need.NONE,
                parts=(Part.TITLE,),
                none_of=(r"^ORDINANCE\s+(?:NO|NUMBER|#)\b[^a-z]*$",),
            ),
            rule(
                r"\b(?:shall|may)\s+be\s+(?:known|cited|referred\s+to)\s+as\b|"
                # "This chapter shall be entitled 'Local Law No. 8 of 2017.'"
                r"\bthis\s+(?:chapter|act|article|ordinance|local\s+law|bylaw)\s+shall\s+be\s+entitled\b|"
                # a state bill's caption run on from the sponsors' line: "Introduced by: ...
                # FOR AN ACT ENTITLED, An Act to regulate the use of drones ..."
                r"\bfor\s+an\s+act\s+entitled,?\s+an\s+act\s+to\b|"
                r"\bthis\s+(?:chapter|act|article|ordinance|part|subchapter|title|local\s+law)\s+is\s+"
                r"(?:known|cited)\s+as\b|"
                # a state register's filing: "Rule Caption: Action Taken Upon Failure to ..."
                r"^rule\s+caption\s*:\s*\S",
                need=Need.NONE,
            ),
            # Arkansas's enacting clause holds the caption: "BE IT ENACTED BY THE CITY COUNCIL ...
            # AN ORDINANCE TO BE ENTITLED: AN ORDINANCE WAIVING COMPETITIVE BIDDING ..."
            rule(
                r"\ban?\s+ordinance\s+to\s+be\s+entitled\b",
                need=Need.NONE,
                parts=(Part.ENACTING, Part.BODY),
            ),
        ),
    ),
    ElementRules(
        "findings",
        (
            # (a recital the text reader found without its "WHEREAS": see passages.py)
            rule(r"^WHEREAS\b|[;,]\s+and\s*$", need=Need.NONE, parts=(Part.RECITAL,)),
            rule(
                r"\b(?:council|board|legislature|commission|people|aldermen|supervisors|commissioners|"
                r"trustees|town\s+meeting|commissioners\s+court)"
                # "The City Council of the City of Elm finds and determines as follows"
                r"(?:\s+of\s+the\s+(?:city|town|village|county|borough|township)\s+of\s+"
                r"[\w.'’ -]{1,40}?)?"
                # "The Board of Education ... finds"
                r"(?:\s+of\s+(?:education|trustees|directors|supervisors|commissioners))?"
                # an aside may stand before the verb: "..., after due deliberation, finds", "The
                # Board having carefully weighed the rights of privacy against ..., finds"
                r"(?:,\s+[^,.;]{3,40},|,?\s+(?:having|after)\s+[^.;]{3,200}?,)?"
                r",?\s+(?:hereby\s+)?(?:finds?|makes\s+the\s+following\s+findings)\b",
                need=Need.NONE,
                parts=(Part.BODY, Part.TITLE),
                # a finding the body makes later, case by case, is a condition, not a recital:
                # "If the Board finds that a department violated ...", "only when the Council finds"
                none_of=(r"\b(?:if|when|unless|where|whether|until)\b[^.;]{0,60}\bfinds?\b",),
            ),
            rule(
                # the section's number may run into it: "Section 1: Findings and Declaration ..."
                r"^(?:sec(?:tion)?\.?\s+\d+[.:]\s+)?(?:findings|(?:legislative|general)\s+findings|recitals|"
                r"statement\s+of\s+facts|findings\s+and\s+purpose|purpose\s+and\s+findings)\b",
                need=Need.NONE,
                parts=(Part.HEADING, Part.BODY),
            ),
            # A board's stated reasons in its policy: "The Board of Trustees believes it is
            # necessary and important to promote the security of patrons", "The Board ... has a
            # significant interest in maintaining an environment that ..."
            rule(
                r"\b(?:board|council|trustees|commission)\b[^.;]{0,80}\b(?:believes|has\s+determined|"
                r"declares)\s+(?:that\s+)?(?:it\s+is\s+)?(?:necessary|important|essential|appropriate|"
                r"in\s+the\s+(?:public|best)\s+interest)|"
                # "The Board believes that reasonable use of surveillance cameras will help ...",
                # "The Elm Community School District believes in maintaining the safety ..."
                r"^the\s+(?:[\w.'’-]+\s+){0,6}?(?:board|council|trustees|commission|district|"
                r"university|college|library|school|schools|institute|authority|department|agency|"
                r"office)\b[^.;]{0,60}\bbelieves\s+(?:that|in)\b|"
                # a governing body's determination, the findings of a code that has no recitals:
                # "The Town Board of the Town of Oyster Bay has determined that there has been a
                # proliferation of ...", "It is hereby determined by the Board of Trustees ..."
                r"^the\s+(?:[\w.'’-]+\s+){0,8}?(?:board|council|trustees|commission|legislature)\b"
                r"[^.;]{0,60}\b(?:has\s+determined|hereby\s+(?:finds|determines|declares)|recognizes)\s+"
                r"that\b|^it\s+is\s+hereby\s+(?:determined|found|declared)\b|"
                # a town meeting's reasons in its own voice: "The Town of Lyme deplores any
                # erosion of the rights of residents", "The Town of Lyme notes with growing
                # concern that ..."
                r"^the\s+(?:town|city|village|county|borough|township)\s+of\s+[\w.'’ -]{2,40}?\s+"
                r"(?:deplores|notes\s+with\s+(?:\w+\s+)?concern)\b|"
                # a legislature's statement of what its law is for: "the legislature adopts this
                # law to specifically authorize law enforcement's use of tracking equipment", "The
                # legislature intends this act to ..." (not "the council adopts this ordinance."
                # alone, the enacting words of a resolution)
                r"\b(?:legislature|council|board|general\s+assembly)\s+(?:hereby\s+)?(?:adopts|enacts|"
                r"intends)\s+this\s+(?:law|act|ordinance|chapter|article|local\s+law)\s+to\s+"
                # (a purpose, not a rule of construction, scope or time: "intends this article to
                # be construed liberally", "to apply only to ...", "to take effect on ...")
                r"(?:specifically\s+|expressly\s+)?(?:protect|ensure|provide|promote|prevent|"
                r"safeguard|balance|establish|regulate|authorize|limit|restrict|require|create|"
                r"preserve|guarantee|prohibit|address|give|allow|permit|strike|secure|increase|"
                r"reduce|improve|foster|enhance)\b|"
                # "It is therefore in the interest of the school community that the Board protect"
                r"^it\s+is\s+(?:therefore\s+|also\s+)?in\s+the\s+(?:best\s+)?interests?\s+of\b|"
                r"\b(?:board|council|trustees|commission)\b[^.;]{0,80}\bhas\s+an?\s+(?:significant|"
                r"substantial|compelling|legitimate)\s+interest\s+in\b",
                need=Need.NONE,
                none_of=(
                    r"\b(?:if|when|unless|whether)\b[^.;]{0,60}\b(?:believes|determined|declares|adopts|"
                    r"enacts|intends)\b",
                ),
            ),
            # A policy's paragraphs under a plain "Purpose" or "Reason for Policy" line (the text
            # reader marks their section "(purpose)"): its statement of why it is made.
            rule(
                r"\w{3}",
                need=Need.NONE,
                under=r"\(purpose\)$",
                # (read with the section's title, so that the quick word test finds the mark
                # and spares every other sentence)
                paragraph=True,
                titled=True,
            ),
            # A code's statement of purpose, the findings of a chapter that has no recitals:
            # "The purpose of this chapter is to ensure that ...", "This article is intended to".
            rule(
                # (a label may lead in: "2. Purpose: The purpose of this policy is to", a page's
                # field "Definition:It is the policy of ...", "Reason for Policy – The policy is
                # established to ...")
                r"^(?:(?:[IVX]{1,4}|\d{1,2}|[A-Z])\.\s*)?" + _PURPOSE_LABEL +
                # ("The purpose of this Operating Policy/Procedure (OP) is to establish")
                r"(?:the\s+)?(?:purposes?|intent)(?:\s+and\s+(?:intent|purposes?))?\s+of\s+(?:this\s+"
                r"(?:[\w-]+\s+){0,2}?(?:chapter|article|ordinance|policy|"
                r"local\s+law|act|bylaw|by-law|code|subchapter|part|title|order|rule|resolution|regulation|"
                r"document)(?:/[\w-]+)?(?:\s*\([^()]{1,20}\))?|"
                # "The purpose of the Campus Video Surveillance Policy is to"
                r"the\s+(?:[\w-]+\s+){0,6}?(?:policy|regulation))\s+(?:is|are)\s+"
                r"(?:to|as\s+follows|twofold)\b|"
                # a page's label with its purpose: "Purpose of the Policy: To provide guidance",
                # "Preamble: This policy was created to regulate surveillance cameras"
                r"^(?:purpose\s+of\s+(?:the\s+|this\s+)?policy|preamble)\s*:\s*(?:to\s+[a-z]+\b|"
                r"this\s+policy\s+(?:was|is)\s+(?:created|adopted|established|intended|designed)\s+to\b)|"
                r"^" + _PURPOSE_LABEL
                + r"(?:this|the)\s+(?:chapter|article|ordinance|local\s+law|act|"
                r"bylaw|subchapter|policy|rule|regulation)\s+(?:is|was|has\s+been)\s+(?:intended|"
                r"designed|enacted|adopted|created|established|developed)\s+to\b|"
                # "This policy ensures the appropriate use of ... while protecting ...", a policy's
                # statement of what it is for: "This policy governs camera surveillance of public
                # areas and serves to deter crime", "This policy addresses the requirements for
                # safe operation of UAS", "The Camera Policy and Guidance (Policy) establishes
                # guidelines ..." (not its scope: "This policy applies to all employees")
                r"^this\s+policy\s+(?:ensures|aims\s+to|seeks\s+to|exists\s+to)\b|"
                r"^(?:this|the)\s+(?:[\w&'’-]+\s+){0,6}?(?:policy|regulation|rule)(?:\s+and\s+[\w-]+)?"
                r"(?:\s*\([^()]{1,30}\))?\s+"
                r"(?:governs|addresses|establishes|sets\s+(?:forth|out)|sets\s+expectations|provides\s+"
                r"(?:guidelines|guidance|rules|standards|procedures|direction)|regulates|outlines|"
                r"serves\s+to)\b|"
                # "It is the purpose and intent of this chapter to address ..."
                r"^it\s+is\s+the\s+(?:purposes?|intent)(?:\s+and\s+(?:intent|purposes?))?\s+of\s+this\s+"
                r"(?:chapter|article|ordinance|local\s+law|act|bylaw|subchapter|part|title|policy|rule|"
                r"regulation|resolution|order)\s+to\b|"
                # a code's declaration of the place's policy: "It is the policy of the city to ..."
                r"^(?:\([a-z0-9]\)\s+)?" + _PURPOSE_LABEL
                + r"it\s+(?:is|shall\s+be)\s+(?:hereby\s+declared\s+to\s+be\s+)?"
                r"the\s+policy\s+of\s+"
                # a district by its initials and number: "It is the policy of I.S.D. 834 to"
                r"(?:(?-i:[A-Z](?:\.?[A-Z]){1,5}\.?)\s+(?:no\.\s*)?\d{1,4}\s+to\b|"
                # an institution by its name: "It is the policy of Delta State University to"
                r"(?-i:(?:[A-Z][\w.'’-]*\s+){1,5})(?i:university|college|institute|authority)\s+to\b|"
                r"the\s+(?:city|town|village|county|borough|township|state|(?:[A-Z][\w.'’-]*\s+){0,4}"
                r"(?:school\s+)?(?:district|board|library)(?:\s+of\s+(?:trustees|education|directors))?)"
                r"(?:\s+of\s+[^,.;]{2,60}?)?\s+to\b)",
                need=Need.NONE,
            ),
            # The same statements inside a sentence (a rule of its own: every branch of the one
            # above is anchored at the sentence's start, and cheap): "To ensure ..., this
            # policy is adopted to formalize procedures", and a model policy's first part run
            # into its title line when a page drops the breaks, "Video Surveillance ..., No.
            # 712.0 I. PURPOSE Maintaining the health ...".
            rule(
                r",\s+this\s+policy\s+(?:is|was)\s+(?:adopted|created|established)\s+to\b|"
                r"(?-i:\bI\.\s+PURPOSE\s+[A-Z][a-z]+\s+[a-z])|"
                # "..., this policy has been developed to govern the use of ...", "The Board ...
                # has adopted this policy to protect against ...", a handbook's "19 Security Camera
                # Policy The purpose of the camera policy is to regulate ..."
                r"\bthis\s+policy\s+has\s+been\s+(?:developed|established|created|adopted|designed)\s+to\b|"
                # "With that commitment in mind, this policy sets expectations for ..."
                r",\s+this\s+policy\s+(?:sets|establishes|governs|provides|addresses)\b|"
                r"\bhas\s+adopted\s+this\s+policy\s+to\b|"
                # "has instituted the following Biometric Data Policy (this "policy") to describe"
                r"\bhas\s+(?:instituted|adopted|established)\s+the\s+following\s+(?:[\w-]+\s+){0,4}policy\b"
                r"[^.;]{0,40}?\bto\s+(?:describe|set|govern|establish|protect|ensure|regulate)\b|"
                r"\bthe\s+purposes?\s+of\s+(?:this|the\s+(?:[\w-]+\s+){0,6}?)(?:policy|regulation)\s+(?:is|are)\s+to\b",
                need=Need.NONE,
            ),
            # a section titled for its purpose: "Sec. 2-1. Purpose and intent."
            # (its subject may stand before a dash: "Facial recognition technology—Purpose.")
            rule(
                # (anchored, and only a short line looked through: the rule reads many sentences)
                r"^(?:(?=.{0,100}$).{1,80}?(?:[—–:;]\s*|\s-\s+))?"
                r"(?:purposes?|intent|legislative\s+intent|statement\s+of\s+(?:purpose|intent)|"
                r"declaration\s+of\s+(?:policy|purpose)|"
                + PURPOSE_SECTIONS
                + r")(?:\s+and\s+(?:intent|purpose))?\.?$",
                need=Need.NONE,
                # or a lettered subsection's own title line: "A." / "Legislative intent."
                parts=(Part.HEADING, Part.BODY),
            ),
        ),
    ),
    ElementRules(
        "enacting_clause",
        (
            rule(
                # (the words in either order: "NOW THEREFORE IT BE ORDAINED, BY COUNCIL ...")
                r"\b(?:(?:be\s+it|it\s+be)\s+(?:hereby\s+)?(?:ordained|enacted)|(?:it\s+is\s+)?hereby\s+(?:ordained|enacted)|(?:does|do)\s+(?:hereby\s+)?ordain|hereby\s+ordains?|ordains\s+as\s+follows)\b|"
                # "The People of the State of Elm do enact as follows", "the Council enacts as
                # follows", "hereby enacts"
                r"\b(?:(?:does|do)\s+(?:hereby\s+)?enact|hereby\s+enacts|enacts\s+as\s+follows)\b|"
                r"^the\s+people\s+of\s+[^.;:]{3,60}?\s+enact\s*:|"
                r"^it\s+is\s+(?:ordained|enacted)\s+by\b|"
                # an executive order's "It is hereby ordered that:"; a board laying down its
                # policy, "The Board of Trustees ... establishes its Security Camera Policy as
                # follows:"
                r"^it\s+is\s+hereby\s+ordered\b|"
                # ... or the executive's own: "NOW, THEREFORE, I, Jane Roe, Governor of the State
                # of Elm, by virtue of the authority vested in me ..., do hereby ORDER and DIRECT"
                # (its name's initial may end the sentence before: "I, James E." / "McGreevey,
                # Governor ..., do hereby ORDER")
                r"\b(?:governor|mayor|county\s+executive|executive)\b[^.;:]{0,300}?\bdo\s+hereby\s+"
                r"(?:order|direct)\b|"
                # ... and with the order's own colon, whoever orders ("..., hereby order and direct
                # as follows:", "I, Jane Roe, Police Commissioner, do hereby order:", after an
                # authority's citation whose periods end the sentence before)
                r"\b(?:do\s+hereby|hereby|do)\s+(?:order|direct)(?:\s+and\s+(?:order|direct))?"
                r"(?:\s+as\s+follows)?\s*:|"
                r"^the\s+[^.;:]{0,80}?\b(?:board|council|commission|trustees)\b[^.;:]{0,60}?\s+"
                r"(?:hereby\s+)?(?:establishes|adopts)\s+(?:its|the|this)\s+[^.;:]{0,60}?\bpolicy\s+as\s+"
                r"follows\s*:|"
                # A resolution's resolving clause: "NOW, THEREFORE, BE IT RESOLVED BY THE
                # GOVERNING BODY ...", "does hereby resolve as follows", "RESOLVED, That the ...".
                # "shall resolve disputes" and "the complaint was resolved" are no such clause.
                r"\bbe\s+it\s+(?:hereby\s+|further\s+|duly\s+)?(?:resolved|ordered)\b|"
                r"\blet\s+it\s+be\s+(?:further\s+)?(?:resolved|ordered)\b|"
                # a town meeting's "It Is Therefore Resolved and the Town Meeting is ..."
                # (or after "Now, therefore", ordered and resolved at once: "NOW, THEREFORE, IT IS
                # HEREBY ORDERED AND RESOLVED that ...")
                r"^it\s+is\s+(?:therefore\s+|hereby\s+|further\s+)+resolved\b|"
                r"^now,?\s+therefore,?\s+it\s+is\s+(?:hereby\s+|further\s+)*(?:ordered\s+and\s+)?"
                r"resolved\b|"
                r"\b(?:does|do)\s+hereby\s+resolve\b|\bresolves?,?\s+as\s+follows\b|"
                # ("the City Council of the City of San Leandro does RESOLVE that ...")
                r"\b(?:does|do)\s+resolve\s+(?:that|as\s+follows)\b|"
                # "RESOLVED, That ...", and a New England council's "ORDERED, That ..."
                # ("RESOLVED, on recommendation of the Public Safety Committee, That ...")
                # (a town meeting's motion moves it: "MOTION: Resolved, that the Town ...")
                r"^(?:motion\s*:\s*)?" + THEREFORE + r"(?:resolved|ordered)\s*[,:]?\s*"
                r"(?:on\s+(?:the\s+)?recommendation\s+of\s+[^.;:]{3,160}?,\s*)?(?:that|by)\b|"
                # ... and Oakland's "FURTHER RESOLVED: The City Council requests ..."
                + RESOLVED_COLON
                + r"|"
                # a place's or its body's own ordaining clause (the place's perhaps run on from
                # the caption's last line)
                r"\b" + PLACE_ORDAINS + r"|^" + BODY_ORDAINS + r"|"
                # a scanned clause whose verb the scan misspelt: "NOW THEREFORE, BE IT FURTHER
                # RESOVLED that": after "BE IT", a verb in capitals is the clause's
                r"^now,?\s+therefore,?\s+be\s+it\s+(?:further\s+)?(?-i:[A-Z]{5,}ED)\s+(?:that|by)\b|"
                # the body itself as the clause's subject: "Now therefore, the board of
                # commissioners adopts this section", "NOW, THEREFORE, the County Commissioners
                # of Jefferson County resolve that ..."
                + BODY_RESOLVES,
                need=Need.NONE,
                # Often on the last recital's line: "...; NOW, THEREFORE, be it ordained ..."
                parts=(Part.ENACTING, Part.BODY, Part.TITLE, Part.RECITAL),
                # (not a court's: "the Court does hereby order as follows:")
                none_of=(r"\b(?:court|judge)\s+(?:does\s+|do\s+)?hereby\s+orders?\b",),
            ),
        ),
    ),
    ElementRules(
        "signature_block",
        (
            rule(
                r"(?:_{4,}|\bATTEST\b|\bAPPROVED\s+AS\s+TO\s+FORM\b|\bAYES\b|\bNOES\b|\bYEAS\b|\bNAYS\b)|"
                # a signer's line: "BY: Robert D. Johnson, Mayor"
                + SIGNER_LINE
                + r"|"
                + ROLL_CALL,
                need=Need.NONE,
                parts=(Part.CLOSING,),
            ),
        ),
        aspects=(
            aspect("a vote record (ayes, noes, absent)", r"\b(?:AYES?|NOES|NAYS?|YEAS|vote)\b"),
            aspect("signature lines with attestation", r"\b(?:ATTEST|Clerk|Secretary)\b"),
        ),
        needed=2,
        partial_note="a closing block, but without",
    ),
    ElementRules(
        "severability",
        (
            rule(
                r"\b(?:sever(?:ab\w+|ed|s)?\b|(?:held|declared|adjudged|found|determined)\s+(?:by\s+[^.;]{0,60}\s+)?(?:to\s+be\s+)?"
                r"(?:invalid|unconstitutional|void|unenforceable)|invalid\s+or\s+unconstitutional|"
                r"(?:invalid|unconstitutional|unenforceable|void)\b[^.]{0,200}\b(?:shall\s+not|does\s+not|will\s+not)\s+"
                r"(?:affect|impair))",
                r"\b(?:sections?|subsections?|sentences?|clauses?|phrases?|provisions?|portions?|parts?|remainder)\b",
                need=Need.NONE,
            ),
        ),
    ),
    ElementRules(
        "effective_date",
        (
            rule(
                r"\b(?:(?:shall|will)\s+(?:take|go\s+into|be\s+in)\s+(?:full\s+)?(?:force\s+and\s+)?effect|takes?\s+effect|"
                r"shall\s+(?:become|be)\s+effective|(?:becomes|is)\s+effective\s+(?:on|upon|thirty|immediately|\d|"
                # "becomes effective ten (10) days after its date of passage"
                r"(?:five|ten|fifteen|twenty|forty-five|sixty|ninety)\b|"
                r"from|as\s+of|after|the\s+(?:first|date|day)|" + _MONTH + r")|"
                # California's "shall become operative on January 1, 2026"
                r"(?:shall\s+)?(?:become|becomes|be|is)\s+operative\s+(?:on|upon|as\s+of|from|after|\d|"
                + _MONTH + r")|"
                # "The effective date for this section shall be January 1, 2009"
                r"\beffective\s+date\s+(?:for|of)\s+this\s+[\w ]{3,20}?\s+(?:shall\s+be|is)\s+(?:"
                + _MONTH + r"|the\s+\w+\s+day|\d))",
                # a resolution's or code section's own ("this resolution", "this section"), not
                # one the chapter provides for
                r"\b(?:ordinance|chapter|act|local\s+law|article|this\s+(?:resolution|section|"
                r"(?:municipal\s+|executive\s+)?order))\b",
                need=Need.NONE,
                # often closing the vote line: "PASSED AND ADOPTED ... This resolution shall
                # become effective immediately."
                parts=(Part.BODY, Part.CLOSING),
                # what the chapter governs taking effect: "An approval under this chapter is
                # effective immediately", "Each use policy shall take effect upon its approval"
                none_of=(
                    CAPTION_ANNOUNCES_EFFECT,
                    r"^(?:an?|each|every|any|the|such)\s+(?:[\w-]+\s+)?(?:approvals?|authori[sz]ations?|"
                    r"(?:use\s+)?polic(?:y|ies)|permits?|agreements?|contracts?|licen[cs]es?|waivers?|"
                    r"variances?|decisions?|determinations?|amendments?\s+to\s+(?:a|the)\s+polic)\b",
                ),
            ),
            # A cover page's field: "EFFECTIVE DATE OF ORDINANCE October 15, 2025" (the
            # instrument named: a police order's "Effective Date: 06/01/2019" is the order's)
            rule(
                r"^effective\s+date\s+of\s+(?:the\s+|this\s+)?(?:ordinance|resolution|local\s+law)"
                r"\s*:?\s*(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})|"
                # a state register's filing: "Certified to be Effective: 11-23-11"
                r"^certified\s+to\s+be\s+effective\s*:\s*\d",
                need=Need.NONE,
            ),
            # The adoption line that carries the date: "Adopted this 9th day of September, 2025
            # and effective as of September 9, 2025"
            rule(
                r"^(?:adopted|approved|passed|enacted)\b[^.;]{0,80}?\band\s+(?:is\s+|shall\s+be\s+|made\s+)?"
                r"effective\s+(?:as\s+of\s+|on\s+|from\s+)?(?:immediately|" + _MONTH + r"|\d)",
                need=Need.NONE,
                parts=(Part.BODY, Part.CLOSING),
            ),
            # The date set in the enacting or resolving clause itself: "BE IT RESOLVED, effective
            # 45 days after Board approval, the Board ...", "BE IT ORDAINED, effective January 1".
            rule(
                r"\b(?:resolved|ordained|enacted|resolves|ordains)\s*,?\s+(?:that\s+)?,?\s*effective\s+"
                r"(?:immediately|on|upon|as\s+of|from|\d|\(|[a-z]+(?:-[a-z]+)?\s+\(\d+\)|"
                r"(?:one|two|three|five|seven|ten|fifteen|twenty|thirty|forty-five|sixty|ninety)\b|"
                + _MONTH
                + r")",
                need=Need.NONE,
                parts=(Part.BODY, Part.ENACTING),
            ),
        ),
        parameters=(
            Parameter(
                "takes_effect",
                first_group(
                    r"\b(?:(?:take|takes|go\s+into|become|be)\s+(?:effect|effective)|"
                    r"(?:resolved|ordained|enacted),\s+effective)\s+((?:on\s+|upon\s+)?[^.;]{0,60}?"
                    r"(?:days?\s+after\s+(?:the\s+)?(?:date\s+of\s+)?(?:its\s+|final\s+)?(?:board\s+|council\s+)?"
                    r"(?:adoption|passage|enactment|publication|approval)|passage|adoption|"
                    + _MONTH
                    + r"\s+\d{1,2},\s+\d{4}))"
                ),
            ),
        ),
    ),
    # ------------------------------------------------------------------------------ substance
    ElementRules(
        "definitions",
        (
            rule(
                r"[\"“”]?surveillance\s+technolog(?:y|ies)[\"“”]?\s*(?:means|shall\s+mean|includes|is\s+defined|"
                r"(?:does|shall)\s+not\s+include|excludes)|"
                r"surveillance\s+technolog(?:y|ies)\s+means",
                need=Need.NONE,
            ),
            rule(
                # the term may carry its short form: '"license plate reader" ("ALPR") means'
                r"(?:[\"“][^\"”]{1,80}[\"”](?:\s*\([^()]{1,40}\))?\s*(?:means|shall\s+mean|includes?|(?:shall\s+)?refers?\s+to|"
                r"(?:is|shall\s+be)\s+defined\s+as)\b|\bthe\s+following\s+(?:definitions|terms|words)\b|"
                # "These definitions apply to these terms as they are used in this policy:"
                r"\bthese\s+definitions\s+apply\b|"
                r"\b(?:words|terms|phrases)\s+(?:are|shall\s+be)\s+defined\s+as\s+follows\b|"
                # a Texas code's lead-in to its glossary, alone on its line: "In this article:"
                r"^in\s+this\s+(?:article|chapter|division|subchapter|section|title|ordinance)\s*:$|"
                r"\bshall\s+have\s+(?:the\s+)?(?:following\s+)?meanings?\b|"
                # a code's "As used in this title, AUTOMATED TRAFFIC LAW ENFORCEMENT SYSTEM means"
                r"^as\s+used\s+in\s+this\s+(?:title|chapter|article|section|code|ordinance),?\s+"
                r"(?:the\s+term\s+)?[\"“]?(?-i:[A-Z][\w\s-]{2,80}?)[\"”]?\s+(?:means|shall\s+mean|includes)\b|"
                # a policy's "For purposes of this policy, classroom shall mean ...", "As used in
                # this Policy, a “drone” is an unmanned aircraft ..."
                # ("For the purpose of this policy security camera is defined as ...")
                r"^(?:for\s+(?:the\s+)?purposes?\s+of|as\s+used\s+in)\s+this\s+(?:policy|rule|regulation|"
                r"procedure|section|chapter|article)\s*,?\s+(?:the\s+term\s+|an?\s+|the\s+)?[\"“]?"
                # ("As used in this policy, surveillance cameras include only those cameras ...")
                r"[\w\s-]{2,40}?[\"”]?\s+(?:means|shall\s+mean|is\s+defined\s+as|is|are|refers\s+to|"
                r"includes?(?:\s+only)?)\b|"
                # a statute's "For purposes of this Act, the term, drone, means ..."
                r"\bthe\s+term,?\s+(?!of\b|for\b)[\"“]?[\w\s-]{1,60}?[\"”]?,?\s+(?:means|shall\s+mean)\b|"
                # a term, not a phrase about the law ("The purpose of this ordinance shall mean")
                r"^(?![\w\s-]{0,60}\bthis\s+(?:ordinance|chapter|article|section|code)\b)"
                r"[A-Z][\w\s-]{2,60}\s+(?:means|shall\s+mean)\b|"
                # a term defined by what it leaves out, opening its sentence or clause: '"Criminal
                # intelligence information" does not include:' (not a digest's 'Provides that
                # "information" does not include ...')
                r"(?:^(?:\(?\w{1,3}[.)]\s*)*|,\s*)(?:the\s+term\s+)?[\"“][^\"”]{1,80}[\"”]\s*"
                r"(?:(?:does|shall)\s+not\s+include|excludes)\b|"
                # a definition by reference: "'Drone' has the meaning given in s. 114.105"
                # (or what a term may take in, in a definition's frame: 'For purposes of this
                # chapter, "continuous electronic monitoring" may include the use of ... GPS')
                r"^(?:for\s+(?:the\s+)?purposes?\s+of|as\s+used\s+in)\s+this\s+[\w\s]{2,30}?,\s*(?:the\s+term\s+)?"
                r"[\"“][^\"”]{1,80}[\"”]\s*may\s+include\b|"
                # ("... has the same meaning as in KRS 403.720")
                r"[\"“][^\"”]{1,80}[\"”]\s*(?:has|have|shall\s+have)\s+the\s+(?:same\s+)?meaning\s+(?:given|set\s+forth|provided|assigned|"
                r"as\s+(?:in|defined|provided|set\s+forth|given|used)\b))",
                need=Need.NONE,
                weak=True,
            ),
            # South Dakota's lead-in to its glossary, which a section may open with as its only
            # words before the list, read as the section's catchline: "Terms used in this Act
            # mean:"
            rule(
                r"^terms\s+used\s+in\s+this\s+(?:act|chapter|article|section|title|code|ordinance)\s+"
                r"mean\s*:",
                need=Need.NONE,
                parts=(Part.BODY, Part.HEADING),
                weak=True,
            ),
            # American Legal's glossary line, wherever it stands: "SURVEILLANCE CAMERA: A video
            # tape camera or similar video recording device". Not a memo's field ("SUBJECT: A
            # resolution ...") nor a rule under a capital label ("PENALTY: Any person who ...
            # shall").
            rule(
                r"(?-i:^[A-Z][A-Z'’/ -]{2,60}:\s+(?:An?|Any|The)\s+[a-z])",
                need=Need.NONE,
                weak=True,
                own_sentence=True,
                none_of=(
                    r"^(?:subject|purpose|note|re|to|from|date|title|summary|background|"
                    r"recommendation|action|item|policy|scope|applicability|description|"
                    r"penalty|penalties|exception|exceptions|findings?|intent|purposes?)\s*:",
                    r"\b(?:shall|must|violat\w*|penalt\w*|guilty)\b",
                ),
            ),
            # "GOVERNING BODY. The elected or appointed body ...", "MILITARY EQUIPMENT. Includes
            # ...": a term in capitals closed by a period, in a section titled for definitions.
            rule(
                CAPITAL_TERM.pattern,
                need=Need.NONE,
                weak=True,
                under=DEFINITIONS_HEADING.pattern,
            ),
            # A policy's glossary: "Video Surveillance: any video surveillance technology ...",
            # "Security Camera—Electronic surveillance devices that ...", "Criminal Activity is
            # conduct which ...", "Personally Identifying Information as defined in ...", in a
            # section titled for definitions.
            rule(
                # ("Unmanned aircraft system (UAS): any ...", "Operator- A person ...")
                r"(?-i:^[\"“]?[A-Z][\w'’/ -]{1,60}?[\"”]?(?:\s*\([^()]{1,20}\))?"
                r"\s*(?::|—|–|-(?=\s))\s*\S)|"
                # (a term of up to five words, and its meaning after the verb)
                r"(?-i:^[\"“]?[A-Z][\w'’/-]*(?:\s+[\w'’/-]+){0,4}[\"”]?\s+(?:is|are|includes?|"
                r"shall\s+include|refers\s+to)\s+[\w\"“])|\bas\s+defined\s+(?:in|by)\b|"
                # a table's rows run together, term then meaning: "Data Storage System A computer
                # or electronic device ...", '"44807 exemption" An FAA exemption under ...'
                r"(?-i:^[A-Z][\w'’/-]*(?:\s+[A-Z][\w'’/-]*){0,5}\s+(?:An?|Any|The)\s+[a-z])|"
                r"(?-i:^[\"“][^\"”]{1,60}[\"”]\s+(?:An?|Any|The)\s+[A-Za-z])",
                need=Need.NONE,
                weak=True,
                under=DEFINITIONS_HEADING.pattern,
                # "There are no definitions for this policy at this time."
                none_of=(r"\bno\s+definitions\b|\bthere\s+are\s+no\s+(?:defined\s+)?terms\b",),
            ),
            # A page's field "Definition: Surveillance cameras are video cameras that ..." (not a
            # field that holds a statement of policy: "Definition:It is the policy of ...")
            rule(
                r"^definitions?\s*:\s*(?!(?:it|this|there)\b)[A-Z][\w'’ -]{2,60}?\s+"
                r"(?:is|are|means|refers\s+to)\s+(?:an?\s+|the\s+|any\s+)?[a-z]",
                need=Need.NONE,
                weak=True,
            ),
            # Municode's "Drone. An unmanned aircraft ...": a term in sentence case closed by a
            # period and followed by its meaning, in a section titled for definitions.
            rule(
                r"(?-i:^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,5}\.\s+(?:An?|The|Any|Each|All|Includes?)\b)",
                need=Need.NONE,
                weak=True,
                under=DEFINITIONS_HEADING.pattern,
                # read on the paragraph: the sentence splitter cuts the term from its meaning
                paragraph=True,
            ),
            # Any other statement in a section titled for definitions is a term's meaning, in
            # whatever layout the page gives it ("333 Exemption" on its own line, its meaning "A
            # FAA exemption based on Section 333 ..." on the next), but for a rule or a report
            # that stands there ("Each department shall define ...", "Staff explained what ...
            # is"), a note that there are none, or that another policy's apply ("The definitions
            # in University Policy 3-234 apply").
            rule(
                r"\w{3}",
                need=Need.NONE,
                weak=True,
                under=DEFINITIONS_HEADING.pattern,
                none_of=(
                    r"\b(?:shall|must|will|may|should|explained|said|says|reported|told)\b",
                    r"\bno\s+definitions\b|\bthere\s+are\s+no\s+(?:defined\s+)?terms\b|"
                    r"\bdefinitions\s+(?:in|of|from|set\s+(?:out|forth)\s+in)\b[^.]{0,80}\bapply\b",
                ),
            ),
        ),
        aspects=(
            aspect(
                "exclusions from the definition",
                r"\b(?:does\s+not|shall\s+not)\s+include\b|\bexclud\w+|\bexempt\w*",
            ),
        ),
        needed=1,
        partial_note="terms are defined, but with no",
    ),
    ElementRules(
        "council_approval",
        (
            rule(
                _APPROVAL_DUTY,
                BODY,
                rest_first=True,
                none_of=(
                    # the body approving what the regime does not govern: "The Council shall
                    # approve the annual budget" is its ordinary business, no condition on anything
                    # (a lead-in "shall approve each of the following:" names its objects below)
                    r"^(?!.*:\s*$)(?!.*" + _APPROVAL_OBJECT + r")"
                    r".*\b(?:(?:shall|must)\s+(?:first\s+)?(?:be\s+)?approved?|prerequisite|"
                    r"condition\s+precedent)\b",
                    r"\bonly\s+approve\b",
                    r"\bseeking\s+(?:\w+\s+){0,3}approval\b",
                    _APPROVAL_MENTION,
                    _OFFICIAL_APPROVAL,
                    _NOT_APPROVAL_OF_TECHNOLOGY,
                    _PUBLIC_LICENSED,
                ),
            ),
            # Authorisation as the condition: "No agency shall purchase or deploy ... unless the
            # locality has adopted an ordinance authorizing the use", "unless the governing board
            # authorizes".
            rule(
                r"\b(?:unless|until|without|only\s+(?:if|after|upon))\b[^.;]{0,160}\bauthoriz\w*",
                BODY + r"|\b(?:adopted|enacted|passed|by)\s+(?:an?\s+)?(?:ordinance|resolution)\b",
                need=Need.PROHIBITION,
                none_of=_NOT_THE_BODY_S_APPROVAL,
            ),
            # A permission on the body's enactment: "if ... authorized by ordinance or resolution
            # enacted by the governing body, the board may enter into an agreement with a
            # contractor for ... school bus automated devices"; or the body's hearing before it
            # authorizes the contract: "A city council ... shall conduct a public hearing on the
            # proposed use of an automated enforcement system ... prior to authorizing the city
            # or county to enter into a contract".
            rule(
                r"\b(?:if|when|once)\b[^.;]{0,160}\bauthori[sz]ed\s+by\s+(?:an?\s+)?(?:ordinance|resolution)"
                r"(?:\s+or\s+(?:ordinance|resolution))?\s+(?:enacted|adopted|passed)\s+by\s+"
                + _BY_THE_BODY
                + r"[^.;]{0,200}\bmay\b|"
                # (the body the one authorizing: not "The Chief of Police shall consult the City
                # Council before authorizing the department to use a drone")
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?\s+|the\s+|each\s+)?" + BODY
                + r"\b[^.;]{0,200}\b(?:prior\s+to|before)\s+(?:authori[sz]|approv)\w*\s+(?:the\s+)?"
                r"(?:city|county|town|village|department|agency)\b[^.;]{0,60}\b(?:contract|agreement|"
                r"acqui\w+|purchas\w*|use)\b",
                BODY,
                need=Need.NONE,
                none_of=_NOT_THE_BODY_S_APPROVAL,
            ),
            # the passive authorisation by the body: "Any new camera location must be authorized
            # by the City Council"
            rule(
                r"(?:\b(?:shall|must)\s+(?:first\s+)?be\s+(?:first\s+)?|"
                # "shall not fly a drone except as authorized by the Board of Supervisors"
                r"\bexcept\s+(?:as|where|when)\s+(?:(?:expressly|specifically|first)\s+)?|"
                # "for any other uses unless specifically authorized by the city council"
                r"\bunless\s+(?:(?:expressly|specifically|first)\s+)?|"
                # "may operate unmanned aircraft only as authorized by resolution of the County
                # Board"
                r"\bonly\s+(?:as|when|if|where)\s+(?:(?:expressly|specifically|first)\s+)?)"
                r"authori[sz]ed\s+(?:in\s+advance\s+)?by\s+(?:(?:a\s+)?(?:resolution|ordinance|"
                r"(?:majority\s+)?vote|motion)\s+of\s+)?" + _BY_THE_BODY,
                none_of=(_APPROVAL_MENTION, _OFFICIAL_APPROVAL),
            ),
            # what a use must not lack: "No municipal entity shall use surveillance technology for
            # a purpose not approved by the Village Board", "any technology that has not been
            # approved by the Council" (of a technology or its use: "Any expense not approved by
            # the City Council" is the body's budget) (a rule of its own: "not" comes first)
            rule(
                r"\bnot\s+(?:been\s+)?(?:previously\s+|expressly\s+|first\s+)?approved\s+"
                r"(?:in\s+advance\s+)?by\s+" + _BY_THE_BODY,
                r"\b(?:technolog\w*|uses?|purposes?|locations?|cameras?|drones?|systems?|acquisitions?)"
                r"\b[^.;]{0,60}\bnot\s+(?:been\s+)?(?:previously\s+|expressly\s+|first\s+)?approved\b",
                none_of=(_APPROVAL_MENTION, _OFFICIAL_APPROVAL),
            ),
            # a use permitted on a program the body approved: "A failure to stop ... may be
            # recorded by a traffic light signal violation monitoring system in accordance with a
            # program or authorization approved by the Town Council" (a permission, no duty: its
            # condition is the body's approval). The permitted act is a use of the technology: not
            # "may be reimbursed for travel expenses in accordance with the travel policy approved
            # by the City Council", "may receive a rebate under the rebate program".
            rule(
                r"\b(?:may|shall|must)\s+(?:only\s+)?(?:be\s+)?(?:[\w-]+\s+and\s+)?(?:use[ds]?|operat\w+|"
                r"deploy\w*|install\w*|record\w*|monitor\w*|captur\w+|utiliz\w+|acquir\w+|"
                r"obtain\w*)\b"
                r"[^.;]{0,160}?\b(?:in\s+accordance\s+with|under|pursuant\s+to)\s+"
                r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:programs?|polic(?:y|ies)|plans?|"
                r"authori[sz]ations?)(?:\s+or\s+(?:[\w-]+\s+){0,2}?(?:programs?|polic(?:y|ies)|plans?|"
                r"authori[sz]ations?))?\s+(?:(?:that|which)\s+(?:has|have)\s+been\s+)?(?:previously\s+|"
                r"first\s+)?(?:approved|adopted)\s+(?:in\s+advance\s+)?by\s+"
                r"(?:(?:resolution|ordinance)\s+of\s+)?" + _BY_THE_BODY,
                need=Need.NONE,
                none_of=(
                    _APPROVAL_MENTION,
                    _OFFICIAL_APPROVAL,
                    _SOMEONE_SAYS,
                    # (money spent or collected: "Grant funds shall be used in accordance with the
                    # spending plan adopted by the City Council")
                    r"\b(?:funds?|monies|money|revenues?|fees?|penalt\w+|grants?)\b[^.;]{0,40}?"
                    r"\b(?:may|shall|must)\b",
                ),
            ),
            # "City Council authorization is required before any department acquires ...": the
            # body's authorisation as a requirement (a rule of its own: "authoriz" is common).
            rule(
                r"\bauthori[sz]ation\b[^.;]{0,40}\b(?:is|shall\s+be)\s+(?:required|a\s+prerequisite)\b",
                BODY,
                none_of=(_APPROVAL_MENTION, _OFFICIAL_APPROVAL),
            ),
            # the body's consent or authorisation as the condition: "without the consent of the
            # City Council", "only with the express authorization of the Board of Aldermen"
            rule(
                # "requires the prior authorization of the Board of Selectmen"
                # "Security cameras shall only be installed under the authority of the Town Council"
                r"\b(?:without|unless|absent|until|only|requir\w*)\b[^.;]{0,30}"
                # "without permission of the Executive Director and Board of Trustees": an
                # official beside the body does not take the body's approval away
                r"\b(?:consent|authori[sz]ation|authority|permission)\s+(?:of|from|by)\s+(?:the\s+)?"
                r"(?:(?:[\w-]+\s+){1,3}(?:and|&)\s+(?:the\s+)?)?" + BODY,
                none_of=(
                    _APPROVAL_MENTION,
                    _OFFICIAL_APPROVAL,
                    _PUBLIC_LICENSED,
                    _NOT_APPROVAL_OF_TECHNOLOGY,
                ),
            ),
            # Agreements with other agencies ended unless the body approves them: "All
            # agreements ... of information sharing ... are cancelled ninety days from April 17,
            # 1973, unless approved by the City Council".
            rule(
                r"\b(?:cancel+ed|terminated|void|rescinded|revoked)\b[^.;]{0,80}\bunless\s+"
                r"(?:first\s+|otherwise\s+|expressly\s+)?(?:approved|authori[sz]ed|ratified)\s+by\s+"
                r"(?:the\s+)?" + BODY,
                r"\b(?:agreements?|memorand\w+|contracts?|understandings?)\b",
                # (of sharing information or of surveillance, not a cable franchise's)
                r"\b(?:information|data|intelligence|surveillance|cameras?|law\s+enforcement)\b",
                need=Need.NONE,
                none_of=(_OFFICIAL_APPROVAL,),
            ),
            # A state law letting a place use a technology only through its governing body's act:
            # "Any municipality may authorize the use of automated traffic enforcement safety
            # devices ..., provided (1) the municipality adopts an ordinance", "the governing body
            # of any county or municipality may provide, by regulation or ordinance, for ... an
            # electronic speed monitoring system", "by vote of its legislative body ... shall submit
            # such plan", "a sheriff ... who has received the approval of the commissioners court
            # ... may apply for a grant", "The governing body ... shall adopt a Speed Safety System
            # Use Policy before entering into an agreement regarding a speed safety system".
            rule(
                # (of a surveillance or enforcement technology, named in the paragraph; the
                # permission itself in the sentence; not "video" or "monitoring" alone, which a
                # cable franchise and a water quality program have too)
                r"\b(?:cameras?|surveillance\s+(?:technolog\w*|systems?|devices?|cameras?)|"
                r"license\s+plate|ALPR|drones?|unmanned\s+a\w+|s?UA[SV]s?|"
                r"automated\s+(?:[\w-]+\s+){0,3}(?:devices?|systems?)|"
                r"speed\s+safety\s+systems?|"
                r"(?:speed|traffic)\s+(?:[\w-]+\s+){0,3}monitoring\s+(?:systems?|devices?)|"
                r"traffic\s+(?:light\s+|control\s+)?signal\s+(?:violation\s+)?(?:enforcement|monitoring)|"
                # ("a municipal school bus violation enforcement system")
                r"(?:violation|infraction)\s+(?:enforcement|detection|monitoring)\s+(?:systems?|devices?)|"
                r"photo[- ]?(?:enforcement|monitoring|radar)|red\s+light|"
                r"(?:facial|face)\s+recognition|biometric)\b",
                r"\bmay\b[^.;]{0,200}\b(?:provided|if|only\s+if|upon|after)\b[^.;]{0,40}?\b"
                r"(?:the\s+|such\s+|a\s+)?(?:municipality|county|city|town|village|local\s+authority|"
                + GOVERNING_BODY_NAMES
                + r")"
                r"\s+(?:has\s+)?(?:first\s+)?(?:adopts?|adopted|enacts?|enacted|passes|"
                r"passed)\s+(?:an?\s+)?"
                r"(?:local\s+law\s+or\s+)?(?:ordinance|resolution|local\s+law)\b|"
                # "must prepare an analysis ... before enacting an ordinance allowing for the
                # initial use of automated traffic safety cameras"
                r"\b(?:before|prior\s+to)\s+(?:enacting|adopting|passing)\s+(?:an?\s+|any\s+)?(?:local\s+)?"
                r"(?:ordinance|resolution)\s+(?:allowing|authorizing|permitting|approving)\b|"
                # "may operate ... upon adoption of an ordinance by the governing body"
                r"\bmay\b[^.;]{0,200}\b(?:upon|after|following)\s+(?:the\s+)?(?:adoption|"
                r"enactment|passage)\s+of\s+an?\s+(?:ordinance|resolution)\b|"
                r"\bmay\s*,?\s+by\s+(?:(?:regulation|resolution|ordinance)\s+or\s+)?(?:ordinance|resolution)"
                r"\s*,?\s+(?:provide|authorize|establish|implement|use|install|adopt)\b|"
                # (or a proposed bill's "to allow any municipality ... to authorize, by ordinance,
                # the use of")
                r"\b(?:may|to)\s+(?:provide|authorize|establish|implement)\s*,?\s+by\s+(?:(?:regulation|"
                r"resolution|ordinance)\s+or\s+)?(?:ordinance|resolution)\b|"
                # "Any agreement ... shall be approved by each participating county, city, town or
                # village by a majority vote of the voting strength of its governing body"
                r"\bapproved\s+by\s+[^.;]{0,80}?\bby\s+(?:a\s+)?(?:majority|two-thirds)\s+vote\s+of\s+"
                r"[^.;]{0,40}?\b(?:governing|legislative)\s+body\b|"
                r"\bby\s+(?:an?\s+)?(?:ordinance|resolution)\s*,\s*may\s+(?:provide|authorize|establish|"
                r"implement|use|install)\b|"
                # (the vote the condition of a step: not "The salary ... shall be set by majority
                # vote of the governing body")
                r"\bby\s+(?:a\s+)?(?:majority\s+|two-thirds\s+)?vote\s+of\s+(?:its|the)\s+(?:legislative|"
                r"governing)\s+body\b[^.;]{0,160}\b(?:shall|may)\s+(?:submit|approve|authori[sz]e|"
                r"adopt|install|use|implement|operate)\b|"
                r"\b(?:shall|may)\s*,?\s+by\s+(?:a\s+)?(?:majority\s+|"
                r"two-thirds\s+)?vote\s+of\s+(?:its|the)\s+"
                r"(?:legislative|governing)\s+body\s*,?\s+(?:submit|approve|authori[sz]e|adopt|"
                r"install|use|implement|operate)\b|"
                r"\bauthori[sz]e\s+the\s+use\s+of\b[^.;]{0,60}\b(?:by|in)\s+(?:its|their|an?)\s+"
                r"(?:code\s+or\s+)?ordinances?\b|"
                r"\b(?:has|have|having)\s+(?:received|obtained)\s+the\s+(?:approval|authori[sz]ation|consent)"
                r"\s+of\s+(?:the\s+)?(?:" + GOVERNING_BODY_NAMES + r")|"
                # (the place's governing body: not a "Board of Health")
                + r"\b(?:the\s+|a\s+|an?\s+)?(?:"
                + GOVERNING_BODY_NAMES
                + r")[^.;]{0,80}\b(?:shall|must)\s+(?:adopt|approve)\b[^.;]{0,80}\b"
                r"(?:before|prior\s+to)\s+(?:entering|purchas\w*|acquir\w*|leas\w*|implement\w*|install\w*|deploy\w*|using)\b",
                need=Need.NONE,
                # (not _APPROVAL_MENTION: "a sheriff who has received the approval of the
                # commissioners court ... may apply" makes the approval the permission's condition;
                # but a private person's permit is no approval of the government's technology)
                none_of=(
                    _OFFICIAL_APPROVAL,
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?|any)\s+(?:[\w-]+\s+){0,2}(?:person|individual|"
                    r"company|"
                    r"business|corporation|firm|operator|pilot|resident|applicant|permittee|"
                    r"licensee)\b",
                ),
                paragraph=True,
            ),
            # The body's approval or finding as the condition of a permission: "may install and
            # operate automated school bus safety cameras ... if the use of the cameras is
            # approved by a vote of the school district board of directors", "when use of photo
            # radar by a local highway authority is approved by the local highway authority's
            # governing body", "May be used in other areas if the governing body of the city makes
            # a finding that speeding has had a negative impact".
            # (the technology's use, installation or purchase the thing approved: not "When the
            # annual surveillance report is approved by the city council")
            rule(
                r"\b(?:if|when|once|after|unless|until)\s+(?:the\s+)?(?:(?:their|its)\s+(?:use|installation|"
                r"operation|acquisition|purchase|deployment)|(?:use|installation|operation|acquisition|"
                r"purchase|deployment)\s+of\s+(?:the\s+|such\s+|an?\s+|any\s+)?(?:[\w-]+\s+){0,4}?"
                + _APPROVED_TECHNOLOGY
                + r")\b[^.;]{0,80}?\b(?:is|are|has\s+been|have\s+been)\s+(?:first\s+)?(?:approved|"
                r"authori[sz]ed)\s+(?:in\s+advance\s+)?(?:in\s+writing\s+)?by\s+(?:(?:a\s+|an\s+)?"
                r"(?:(?:two-thirds|majority|affirmative|unanimous)\s+)?(?:resolution|ordinance|vote|motion)\s+"
                r"of\s+)?" + _BY_THE_BODY + r"|"
                # the body acting: "if the governing body of the city approves their installation"
                r"\b(?:if|when|once|after|unless|until)\s+(?:the\s+)?" + _LOCAL_OWNER + r"?(?:"
                + GOVERNING_BODY_NAMES
                + r")\b(?:\s+of\s+the\s+(?:city|county|town|village|municipality))?\s+(?:approves|"
                r"authori[sz]es)\s+(?:the\s+|their\s+|its\s+)?(?:use|installation|operation|acquisition|"
                r"purchase|deployment)\b",
                _TECHNOLOGY_OR_ITS_DATA,
                need=Need.NONE,
                none_of=_NOT_THE_BODY_S_APPROVAL,
            ),
            # ... or the body's finding, where the technology may be used on it: "May be used in
            # other areas if the governing body of the city makes a finding that speeding has had
            # a negative impact" (a governing body's: not a parole or licensing board's).
            rule(
                r"\b(?:if|when|once|after|unless|until)\s+(?:the\s+)?" + _LOCAL_OWNER + r"?(?:"
                + GOVERNING_BODY_NAMES
                + r")\b(?:\s+of\s+the\s+(?:city|county|town|village|municipality))?\s+"
                r"(?:(?:makes?|has\s+made|adopts?|has\s+adopted|issues?)\s+(?:a\s+)?(?:written\s+)?"
                r"(?:finding|determination)|finds\s+that|determines\s+that)\b",
                r"\b(?:may|shall)\s+(?:only\s+)?be\s+(?:used|operated|installed|deployed|utilized)\b",
                _TECHNOLOGY_OR_ITS_DATA,
                need=Need.NONE,
                none_of=_NOT_THE_BODY_S_APPROVAL,
            ),
            # ... or its own legislation, which only the local legislature passes: "A city of the
            # first class, upon passage of an ordinance, is authorized to enforce ... by
            # recording violations using an automated speed enforcement system".
            rule(
                r"\b(?:upon|after|by)\s+(?:the\s+)?(?:passage|adoption|enactment)\s+of\s+an?\s+"
                r"(?:ordinance|resolution)\b[^.;]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?authori[sz]ed\s+to\b|"
                r"\b(?:may|shall)\s+(?:only\s+)?(?:use|install|operate|deploy|enforce)\b[^.;]{0,120}?"
                r"\b(?:upon|after)\s+(?:the\s+)?(?:passage|adoption|enactment)\s+of\s+an?\s+"
                r"(?:ordinance|resolution)\b",
                _TECHNOLOGY_OR_ITS_DATA,
                need=Need.NONE,
                # (a permission a person is given on a board's resolution is no approval of the
                # government's own technology)
                none_of=(*_NOT_THE_BODY_S_APPROVAL, _PRIVATE_SUBJECT),
            ),
            # ... or its resolution approving the technology, which a request to a state for it
            # must carry: "An application by a county shall be accompanied by a certified copy of
            # a resolution of the board of county commissioners approving the use of automated
            # license plate readers" (the technology what is approved: not a fire engine's
            # purchase whose application also describes its thermal camera; nor Georgia's radar
            # "speed detection devices", no surveillance technology here).
            rule(
                r"\b(?:accompanied\s+by|include|contain|attach)\s+(?:[\w-]+\s+){0,6}?"
                r"(?:resolution|ordinance)\s+(?:adopted\s+)?(?:of|by)\s+(?:the\s+)?(?:"
                + GOVERNING_BODY_NAMES
                + r")\b[^.;]{0,120}?\b(?:approv|authori[sz])\w*\s+(?:of\s+)?(?:the\s+)?"
                r"(?:(?:use|purchase|acquisition|installation|operation|deployment)\s+(?:and\s+"
                r"(?:use|purchase|installation|operation)\s+)?of\s+|"
                # ("authorizing the sheriff or police department to operate automated license plate
                # readers")
                r"(?:[\w-]+\s+){1,6}?to\s+(?:use|operate|deploy|install|acquire|purchase)\s+)?"
                + _USED_TECHNOLOGY,
                none_of=(
                    *_NOT_THE_BODY_S_APPROVAL,
                    _PRIVATE_SUBJECT,
                    # (a fire department's thermal imaging cameras see heat, not people)
                    r"\bthermal\s+imaging\b|\bfire\s+(?:department|district|apparatus|engines?)\b",
                ),
            ),
            # The body's leave for its officer to run a monitoring program: "the board of
            # supervisors of any county may authorize the correctional administrator to offer a
            # program under which inmates ... may be required to participate in an involuntary
            # home detention program, which shall include electronic monitoring", "the Board of
            # Supervisors authorizes the Correctional Administrator to offer ... a home
            # detention program" (the body the one authorizing, at the head of its clause: not
            # "The court may authorize the sheriff to ..."; the program what the officer is to
            # run, for people the criminal law holds: not fees, funds or accounts for it, nor a
            # senior citizens' home confinement program).
            rule(
                r"(?:^|,\s*)(?:\(?\w{1,3}[.)]\s*)?(?:the\s+|any\s+|each\s+)?(?:county\s+|city\s+|"
                r"town\s+)?" + BODY
                + r"\b[^.;,]{0,60}?\b(?:(?:may|shall|hereby)\s+)?(?:,\s*by\s+(?:resolution|"
                r"ordinance)\s*,\s*)?authori[sz]es?\s+(?:the\s+)?(?:[\w'’-]+,?\s+){1,10}?to\s+"
                r"(?:offer|operate|establish|implement|conduct|administer|contract\s+with\s+"
                r"[^.;]{0,80}?\s+to\s+provide),?\s+(?:(?:[\w-]+,?\s+){0,8}?(?:an?\s+|the\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:"
                + _MONITORING_PROGRAM
                + r")|(?:an?\s+|the\s+)?program\s+under\s+which\b[^.;]{0,240}?\b(?:"
                + _MONITORING_PROGRAM
                + r"))\b",
                r"\b(?:inmates?|prisoners?|offenders?|defendants?|sentenced?|convicted|probation\w*|"
                r"parole\w*|jail|custody|correctional|incarcerat\w+|house\s+arrest|home\s+detention|"
                r"electronic(?:ally)?\s+(?:[\w-]+\s+){0,3}?monitor\w*)\b",
                need=Need.NONE,
                none_of=(
                    *_NOT_THE_BODY_S_APPROVAL,
                    _PRIVATE_SUBJECT,
                    r"\b(?:fees?|costs?|funds?|accounts?|salar\w+|purchas\w+|credit\s+cards?|"
                    r"revenue)\b",
                ),
                rest_first=True,
            ),
        ),
        aspects=(
            aspect(
                "seeking or accepting funds, grants or donations",
                r"\b(?:funds?|funding|grants?|donations?|in-kind)\b",
            ),
            aspect(
                "acquiring or borrowing the technology",
                r"\b(?:acquir\w*|procur\w*|purchas\w*|borrow\w*|obtain\w*|accept\w*)\b",
            ),
            aspect(
                "new uses, purposes or locations",
                r"\b(?:purpose|location|manner)\b[^.;]{0,80}\bnot\s+previously|\bnew\s+(?:use|purpose)|\bfor\s+a\s+purpose\b|\boutside\s+the\s+scope\b",
            ),
            aspect("agreements with other entities", r"\b(?:agreements?|contracts?|memorand\w+)\b"),
        ),
        needed=3,
        parameters=(
            Parameter(
                "approved_by",
                first_group(
                    r"\b((?:(?:city|town|village|county|metropolitan|common)\s+)?council|board\s+of\s+supervisors|board\s+of\s+aldermen|board\s+of\s+commissioners|governing\s+body|"
                    # the other governing bodies: "the Town Board of Trustees", "the City
                    # Commission", "the Select Board", "the Borough Assembly"
                    r"(?:town|village)\s+board(?:\s+of\s+trustees)?|board\s+of\s+trustees|"
                    r"(?:city|county|town)\s+commission|board\s+of\s+selectmen|select\s+board|"
                    r"(?:borough|city|county)\s+assembly|county\s+legislature|fiscal\s+court|"
                    r"commissioners\s+court)\b"
                ),
            ),
            Parameter(
                "form", first_group(r"\bapprov\w*\b[^.;]{0,60}\b(by\s+(?:ordinance|resolution))\b")
            ),
        ),
        partial_note="approval is required, but not for",
    ),
    ElementRules(
        "approval_standard",
        (
            rule(
                r"\bbenefits?\b[^.;]{0,160}\boutweigh|\boutweigh\w*\b[^.;]{0,60}\bcosts?\b",
                need=Need.DUTY,
            ),
            # A finding on rights made the condition of approval, without a cost-benefit test:
            # "may approve ... only if it finds that the use policy safeguards civil liberties".
            rule(
                r"\bapprov\w*\b[^.;]{0,120}\b(?:only\s+(?:if|upon|after|when)|unless)\b[^.;]{0,60}"
                r"\b(?:finds?|finding|determin\w+)\b",
                r"\bcivil\s+(?:rights|liberties)\b|\bdisparate\b|\bdiscriminat\w+",
                rest_first=True,
            ),
        ),
        aspects=(
            aspect(
                "protection of civil rights and civil liberties",
                r"\bcivil\s+(?:rights|liberties)\b|\bprivacy\b",
            ),
            aspect(
                "no disparate impact",
                r"\bdisparate|\bdisproportionate|\bprotected\s+class|\bcommunit(?:y|ies)\s+of\s+color",
            ),
        ),
        needed=1,
        partial_note="a cost-benefit test, but no finding on",
    ),
    ElementRules(
        "public_hearing_notice",
        (
            rule(
                _HEARING,
                # ("hearing held" alone reports one: "a summary of each public hearing held")
                r"\b(?:prior\s+to|before|at\s+least|following|after|only\s+(?:occur|be\s+given)\s+at|only\s+at|conduct\w*|hold(?:s|ing)?|"
                r"(?:be|been|is|are|has|have|had)\s+(?:first\s+)?held|"
                # "shall schedule a public hearing", "shall consider each request at a public
                # hearing", "must be heard at a public hearing" (a public meeting that hears
                # complaints is not the approval's hearing)
                r"schedul\w*|(?:heard\s+)?at\s+an?\s+(?:[\w-]+\s+){0,2}(?:public\s+hearing|noticed)|"
                # "The self-certification process shall include ... and a public hearing at
                # which": a hearing as a step the law requires (not "the dates of any hearing")
                r"includ\w*\s+(?:[^.;]{0,200}?,\s*and\s+)?(?:an?|one|at\s+least\s+(?:one|\w+))\s+"
                r"(?:[\w-]+\s+)?public\s+hearings?\b)\b",
                none_of=(
                    r"\bannual\b",
                    # a body's power to hold hearings of its own ("The board shall have the power
                    # to conduct investigations and hold public hearings"): no hearing before
                    # approval
                    r"\b(?:power|authority)\s+to\s+(?:[^.;]{0,60}\s)?(?:hold|conduct)\s+(?:public\s+)?hearings\b",
                    # a board's leave to meet in private ("may meet in closed meetings for the
                    # purpose of conciliating complaints")
                    r"\bmay\s+(?:meet|convene)\s+in\s+closed\s+(?:meetings?|sessions?)\b",
                ),
            ),
        ),
        aspects=(
            aspect(
                "advance notice or publication before the hearing",
                r"(?:\b\d+|\(\d+\))\s+(?:calendar\s+)?days\s+(?:prior\s+to|before)|\bnotice\b|\bnoticed\b|\bpost(?:ed)?\b|\bpublish",
            ),
        ),
        needed=1,
        parameters=(
            Parameter(
                "notice_days",
                days_before(r"hearing|meeting", notice=True),
            ),
        ),
        partial_note="a public hearing is required, but without",
    ),
    ElementRules(
        "community_engagement",
        (
            rule(
                r"\b(?:community\s+(?:meetings?|engagement|input|outreach)|"
                # "provide for community involvement in the development of the policies,
                # including the consideration of public comment" (not a purpose: "In order to
                # facilitate public participation, the policy shall be posted")
                r"(?:provide\s+for|ensure|include|allow\s+for|solicit|seek|with)\s+(?:[\w-]+\s+){0,3}"
                r"(?:community|public)\s+(?:involvement|participation|input|consultation|comment)|"
                r"consideration\s+of\s+public\s+comments?|"
                # "shall hold a public meeting in the neighborhood affected by the camera"
                # ("shall present the proposed location at a public meeting of the affected
                # neighborhood association")
                r"(?:(?:hold|conduct|convene)\s+(?:at\s+least\s+\w+\s+)?(?:an?\s+)?|"
                r"present\w*\s+[^.;]{0,60}?\bat\s+(?:an?\s+)?)public\s+meetings?\b[^.;]{0,60}"
                r"\b(?:neighbou?rhoods?|district|residents|affected)|"
                r"public\s+comment\s+period|"
                r"written\s+(?:public\s+)?comments?|comment\s+period|opportunit(?:y|ies)\s+for\s+(?:public\s+)?comment|"
                # a period set for comment: "shall provide a period of not less than thirty (30)
                # days for public comment", "shall accept public comments for thirty (30) days"
                r"period\s+of\s+[^.;]{0,40}\bfor\s+(?:public\s+)?comments?|"
                r"(?:accept|receive|solicit|invite)\w*\s+(?:public\s+)?comments?\s+for\s+"
                r"(?:a\s+period|at\s+least|not\s+less|no\s+fewer|\w+\s+\(\d+\)|\d+))\b|"
                # the public's right to comment, with the public as its subject: "The public shall
                # have thirty (30) days to submit comments", "shall accept comments from residents"
                # (a department that submits comments to a state agency engages no one)
                + _PUBLIC
                + r"[^.;]{0,80}\b(?:submit|file|make|provide|send|offer|present)\b"
                r"[^.;]{0,20}\bcomments?\b|"
                r"\b(?:accept|receive|solicit|invite|consider)\w*\s+(?:written\s+|public\s+)?"
                r"(?:comments?|input)\s+(?:from|by)\s+" + _PUBLIC,
                # an oversight body's outreach about itself ("conduct direct community outreach
                # and ... build public awareness of the Office", "participate in ... community
                # outreach activities"): no engagement on a technology
                none_of=(
                    r"\b(?:awareness|knowledge|understanding)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}"
                    r"(?:office\s+of\s+(?:the\s+)?(?:inspector\s+general|police\s+\w+)|inspector\s+general|"
                    r"(?:review|oversight|accountability)\s+(?:board|commission)|ombuds\w*|auditor|"
                    r"monitor)\b|"
                    # ("Board members shall participate in ... community outreach activities", "a
                    # record of board member community outreach activities")
                    r"\b(?:board|commission|panel)\s+members?\b[^.;]{0,60}\boutreach\b",
                ),
            ),
            # The public's right to comment within a period, granted as law grants rights, with
            # "may" or "shall have": "Any person may submit written comments within thirty (30)
            # days after the notice". Without a period ("may comment at any meeting") it is none.
            rule(
                _PUBLIC + r"[^.;]{0,40}\b(?:may|shall\s+(?:have|be\s+(?:given|afforded|allowed|"
                r"provided))\b[^.;]{0,60}\bto)\s+"
                r"(?:(?:submit|file|make|provide|send|offer|present)\b[^.;]{0,20}\bcomments?|comment)\b|"
                # the passive grant: "Written comments may be submitted to the Clerk within ..."
                r"\bcomments?\s+may\s+be\s+(?:submitted|filed|made|sent|provided|delivered)\b",
                r"\b(?:days?|weeks?)\b",
                need=Need.NONE,
            ),
            # Translation counts when it is of the process's own notices and documents.
            rule(
                r"\b(?:translat\w+|languages?)\b",
                r"\b(?:notices?|hearing|reports?|polic(?:y|ies))\b",
            ),
        ),
        aspects=(
            aspect("community meetings", r"\bcommunity\s+meetings?\b|\bpublic\s+meetings?\b"),
            aspect(
                "a written comment period",
                r"\bcomment\s+period\b|\bwritten\s+comments?\b|\bpublic\s+comments?\b|"
                r"\b(?:days?|weeks?)\s+(?:in\s+which\s+)?to\s+(?:submit|file|make|provide|send)\b[^.;]{0,20}\bcomments?\b",
            ),
            aspect("notices in the community's languages", r"\btranslat\w+|\blanguages?\b"),
        ),
        needed=2,
        parameters=(Parameter("comment_period", days_near(r"\bcomment", 80)),),
        partial_note="engagement is required, but without",
    ),
    ElementRules(
        "impact_report",
        (
            rule(_IMPACT, _REPORT_VERB + r"|\binclude\b|\bapprov", none_of=(_ADVICE_ON_REPORTS,)),
            # The report's contents required of each request without the report's name: "The
            # request shall include a description of the technology, its cost, and its potential
            # impact on civil liberties".
            rule(
                r"\b(?:impacts?|effects?)\s+(?:on|upon)\s+(?:the\s+)?(?:civil\s+(?:rights|liberties)|privacy)\b",
                r"\b(?:requests?|submissions?|applications?|proposals?|petitions?)\b[^.;]{0,80}\b"
                r"(?:shall|must)\s+(?:also\s+)?(?:include|contain|describe|set\s+forth|be\s+accompanied)\b",
                r"\b(?:costs?|fiscal|retention|retain\w*)\b",
            ),
        ),
        aspects=(
            aspect(
                "effects on civil rights and civil liberties",
                r"\bcivil\s+(?:rights|liberties)\b|\bdisparate\b",
            ),
            aspect("fiscal cost", r"\bfiscal\b|\bcosts?\b"),
            aspect(
                "data collected, retention and sharing",
                r"\bretention\b|\bretain\w*\b|\bshar(?:e|ing)\b",
            ),
        ),
        needed=2,
        partial_note="an impact report is required, but its contents do not include",
    ),
    ElementRules(
        "use_policy",
        (
            rule(
                _POLICY,
                r"\b(?:submit\w*|adopt\w*|approv\w*|prepar\w*|develop\w*|issue\w*|compl(?:y|iance)|govern\w*|"
                r"promulgat\w*|establish\w*|provid\w*|certif\w*|maintain\w*|in\s+effect|"
                r"in\s+accordance|binding|follow\w*|post\w*|publish\w*)\b",
                rest_first=True,
                none_of=(
                    r"\bin\s+violation\s+of\b",
                    # an oversight office's own procedures ("Develop and maintain operating
                    # procedures for the auditor's office, including protocols for handling
                    # complaints")
                    r"\boperating\s+(?:procedures|principles)\s+for\s+the\s+(?:[\w'’-]+\s+){0,3}"
                    r"(?:office|board|commission|panel|committee)['’]?s?\b",
                    # a body's power to advise on the police's policies ("Make written
                    # recommendations related to the police department policies and procedures")
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:to\s+)?(?:make|submit|provide|offer)\s+(?:written\s+)?"
                    r"recommendations?\b",
                ),
            ),
            rule(
                _POLICY_FOR_USE,
                _POLICY_TECH,
                r"\b(?:adopt\w*|establish\w*|develop\w*|promulgat\w*|issue\w*|maintain\w*|"
                r"prepar\w*|governed|approv\w*|submit\w*|implement\w*|(?:shall|must)\s+have)\b",
                none_of=(r"\bin\s+violation\s+of\b",),
            ),
            # The governing body adopting the policy itself: "The City Council adopts the Public
            # Video System Policy attached as Exhibit A", "BE IT RESOLVED that the Parking
            # Commission adopts a Security Camera Policy", "The following policy is hereby
            # adopted". A binding policy the body has approved is what the element asks for; a
            # department's own manual never says the body adopts it.
            rule(
                r"\b(?:" + BODY + r"|commission|authority)"
                # "the City Council of the City of Cupertino hereby adopts", "... of the City of
                # Fayetteville, Arkansas hereby approves"
                r"(?:\s+of\s+the\s+(?:city|town|village|county|borough|township)\s+of\s+"
                r"[\w.,'’ -]{1,40}?)?\s+(?:hereby\s+)?(?:adopts|approves)\b[^.;]{0,120}"
                r"\bpolic(?:y|ies)\b|"
                # the resolved item, its subject in the clause above ("BE IT RESOLVED by the
                # City Council ..., as follows: Approves and adopts the City Policy on ...")
                r"^(?:hereby\s+)?(?:approves|adopts)(?:\s+and\s+(?:approves|adopts))?\s+[^.;]{0,80}?"
                r"\bpolic(?:y|ies)\b|"
                # "The initial operational policy ..., as attached as Exhibit No. 1, is approved"
                # (not one a department head approves: "is approved by the Chief")
                r"\bpolic(?:y|ies)\b[^.;]{0,120}\b(?:is|are)\s+(?:hereby\s+)?(?:adopted|approved)\b"
                r"(?!\s+by\s+(?:the\s+)?(?:chief|director|sheriff|department|city\s+manager|"
                r"commissioner|administrator))",
                _POLICY_TECH,
                need=Need.NONE,
                parts=(Part.BODY, Part.ENACTING),
            ),
            # The law listing the technology's authorized uses itself: "Security cameras and
            # their recordings shall only be used for the following purposes and in the
            # following manner:". Partial: the policy's other rules (retention, access, sharing)
            # may be missing. One purpose alone ("may only be used for official law enforcement
            # business") limits use; it does not set a policy.
            rule(
                r"\b(?:shall|may|must)\s+(?:only|solely|exclusively)\s+be\s+used\s+(?:for|in)\s+the\s+following\b|"
                r"\b(?:shall|may|must)\s+be\s+used\s+(?:by\s+[^.;]{0,40}\s+)?(?:only|solely|exclusively)\s+"
                r"(?:for|in)\s+the\s+following\b",
                _POLICY_TECH,
                # "may be used only for the following" is itself the limit
                need=Need.NONE,
                weak=True,
            ),
            # The law setting the longest its recordings may be kept: a rule a use policy would
            # hold, set by the body itself ("ALPR data shall be retained for no longer than
            # thirty (30) days"). Partial: the policy's other rules may be missing.
            # (the longest: "shall not be preserved for more than 90 days", "may retain license
            # plate data captured by a license plate reader (LPR) for no more than 60 days",
            # "shall permanently delete ... no later than thirty days after"; not the shortest,
            # "shall retain the recordings for at least thirty days", which a business's
            # camera mandate sets for the police's sake)
            rule(
                # (the first letters of every alternative below, a quick test first)
                r"(?=[adeikmnoprswADEIKMNOPRSW])(?:"
                # (the period first: "Not later than 30 days after completion of payment
                # processing, the department ... shall destroy records of the location")
                r"\b(?:within|(?:no|not)\s+later\s+than)\s+[^.;]{0,30}\b(?:days?|months?|years?|hours?)\b"
                # (or in the passive, or after another duty: "footage ... shall be deleted",
                # "shall review and destroy any drone footage")
                r"[^.;]{0,160}?\b(?:shall|must)\s+(?:be\s+(?:permanently\s+)?" + _DESTROYED + r"|"
                r"(?:[\w-]+\s+and\s+)?(?:permanently\s+)?" + _DESTROY + r")\b|"
                r"\b(?:retain\w*|retention|kept|keep|stored|maintain\w*|preserved|overwrit\w+)\b[^.;]{0,120}?"
                r"\b(?:no\s+longer\s+than|(?:not|no)\s+(?:to\s+)?(?:exceed(?:ing)?|more\s+than)|"
                r"longer\s+than|a\s+maximum\s+of|up\s+to)\b"
                r"[^.;]{0,30}\b(?:days?|months?|years?|hours?)\b|"
                r"\b(?:purg\w+|delet\w+|destroy\w*|eras\w+|expung\w+|discard\w*|overwritten)\b[^.;]{0,120}?\b(?:within|after|"
                # ("shall be erased no later than thirty (30) days after it is recorded")
                r"(?:no|not)\s+later\s+than|not\s+more\s+than|no\s+more\s+than|at\s+the\s+end\s+of)\b"
                r"[^.;]{0,30}\b(?:days?|months?|years?|hours?)\b|"
                # the negation before the verb: "may not be preserved for more than nine months",
                # "shall not maintain any record collected by a license plate reader for more than
                # seventy-two hours"
                r"\b(?:may|shall|must)\s+not\s+(?:be\s+)?(?:retain\w*|kept|keep|stored?|storing|maintain\w*|"
                r"preserv\w+)\b[^.;]{0,120}?\b(?:more|longer)\s+than\b[^.;]{0,30}\b(?:days?|months?|years?|"
                r"hours?)\b|"
                # ... or before the subject: "No city department shall retain drone footage for
                # more than thirty days": a government the subject, not a private person, "No drone
                # operator shall retain images ...", "No hobbyist shall store ...")
                r"\bno\s+(?:[\w'’-]+\s+){0,3}?(?:departments?|agenc(?:y|ies)|officers?|officials?|"
                r"employees?|police|sheriff\w*|law\s+enforcement|government(?:al)?\s+entit(?:y|ies))"
                r"(?:\s+of\s+the\s+(?:city|county|town|village|state))?\s+"
                r"(?:shall|may|must)\s+(?:retain|keep|store|maintain|preserve)\b"
                r"[^.;]{0,120}?\b(?:more|longer)\s+than\b[^.;]{0,30}\b(?:days?|months?|years?|hours?)\b|"
                # a retention schedule the law orders set: "shall establish a retention schedule
                # for records containing images and data generated through the use of an automated
                # license plate recognition system"
                r"\b(?:establish|adopt|set)\w*\s+(?:a\s+)?(?:records?\s+)?retention\s+(?:schedule|period)s?\b|"
                # kept only while needed: "may not retain images captured by an unmanned aircraft
                # system unless retention is required as part of an investigation", "shall ensure
                # that the data is destroyed as soon as reasonably possible"
                r"\b(?:may|shall|must)\s+not\s+(?:be\s+)?(?:retain\w*|kept|keep|stored?|storing|preserv\w+)\b"
                r"[^.;]{0,120}?\b(?:unless|except)\b|"
                # (or a recording kept on a condition: "Any recording made by an officer ... may not
                # be retained, electronically or otherwise, by a private entity if ..."; not
                # equipment "stored in a patrol vehicle if")
                r"\b(?:recordings?|data|footage|images?|information)\b[^.;]{0,120}?\b(?:may|shall|must)\s+not\s+"
                r"(?:be\s+)?(?:retain\w*|kept|stored?|preserv\w+)\b[^.;]{0,120}?\bif\b|"
                r"\b" + _DESTROYED + r"\s+as\s+soon\s+as\s+(?:reasonably\s+)?"
                r"(?:possible|practicable)\b|"
                # ("shall destroy in an unrecoverable manner the information ... as soon as
                # reasonably possible after the case is declined")
                r"\b(?:shall|must)\s+" + _DESTROY + r"\b[^.;]{0,160}?\bas\s+soon\s+as\s+"
                r"(?:reasonably\s+)?(?:possible|practicable)\b|"
                # at once: "must be deleted immediately", "shall promptly destroy"
                r"\b" + _DESTROYED + r"\s+(?:immediately|promptly)\b|"
                r"\b(?:immediately|promptly)\s+" + _DESTROYED + r"\b|"
                r"\b(?:shall|must)\s+(?:immediately|promptly)\s+" + _DESTROY + r"\b|"
                # when the matter ends: "copies shall be destroyed upon the close of the case",
                # "may not be deleted, destroyed, or released ... until all criminal matters have
                # been finally adjudicated" (not "shall not be erased until thirty days have
                # passed", a shortest period; nor "discarded at the end of their useful life")
                r"\b" + _DESTROYED + r"\s+(?:upon|at|after)\s+the\s+(?:close|conclusion|end|"
                r"completion|termination)\s+of\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
                + _MATTER
                + r"|"
                r"\b(?:may|shall|must)\s+not\s+be\s+" + _DESTROYED + r"\b[^.;]{0,80}?\buntil\b"
                r"(?![^.;]{0,40}\b(?:days?|months?|years?|hours?)\b)|"
                # kept only while needed, in the passive: "No personally identifiable information
                # shall be stored or retained by the municipality unless ... necessary" (not "No
                # employee shall be retained in a position ... unless")
                r"\bno\s+(?!(?:employees?|persons?|officers?|individuals?|members?|staff)\b)"
                r"(?:[\w-]+\s+){0,8}(?:shall|may)\s+be\s+(?:stored|retained|kept|preserved)\b"
                r"[^.;]{0,120}?\b(?:unless|except)\b)",
                # (a period, a condition or a schedule: a quick test before the long windows)
                r"\b(?:days?|months?|years?|hours?|unless|except|if|soon|immediately|promptly|schedules?|"
                r"periods?|until|close|conclusion|end|completion|termination)\b",
                _POLICY_TECH,
                # (a limit on a permission is a limit: "may retain ... for no more than 60 days";
                # not a writer's "The ordinance states all data collected must be deleted")
                need=Need.NONE,
                none_of=(
                    _WRITER_ON_A_LAW,
                    # a person's criminal record cleared, not surveillance data kept
                    r"\b(?:arrest|criminal|conviction)\s+(?:history\s+)?records?\b",
                    # a bill's synopsis in its own voice: "Provides that if a law enforcement
                    # agency obtains household electronic data ..., the agency within 30 days
                    # shall destroy all information obtained"
                    r"^provides\s+that\b",
                ),
                weak=True,
                rest_first=True,
            ),
            # When a body-worn camera records: "a peace officer shall wear and activate a
            # body-worn camera when responding to a call for service", "shall record using the
            # camera all contacts", "when ... a body worn camera must be activated". Partial, like
            # the retention rule.
            rule(
                # "Every peace officer shall wear a camera that electronically records", "shall wear
                # an operating body-worn camera (BWC)", "officers ... wear and use body cameras"
                r"\b(?:shall|must)\s+(?:be\s+equipped\s+with\s+and\s+)?wear\s+(?:and\s+(?:use|"
                r"operate|activate)\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:cameras?|BWCs?)\b|"
                # (a duty, not a caption: "An Act requiring officers to wear and use a camera")
                r"\b(?:shall|must)\b[^.;]{0,160}?\bwear\s+and\s+(?:use|activate)\s+(?:[\w-]+\s+){0,2}?"
                r"cameras?\b|"
                r"\b(?:shall|must)\s*(?::\s*(?:\(?\w{1,3}[.)]\s*)?)?(?:wear\s+and\s+)?(?:activate|turn\s+on|"
                r"begin\s+recording)\b|"
                # (what it records: not "shall record the serial number of every camera")
                r"\bcameras?\s+(?:shall|must)\s+record\b|"
                r"\b(?:shall|must)\s+record\s+(?:using|with)\s+(?:the|a|an|his|her|their)\s+"
                r"(?:[\w-]+\s+)?camera\b|"
                r"\b(?:shall|must)\s+record\s+(?:(?:all|every|each|any)\s+(?:[\w-]+\s+){0,2}?(?:contacts?|"
                r"encounters?|interactions?|stops?|calls?|incidents?|searches|arrests?)\b|"
                r"the\s+following\s+(?:situations|circumstances|events|encounters)\b)|"
                r"\bcameras?\b[^.;]{0,40}\b(?:shall|must)\s+be\s+(?:activated|turned\s+on)\b|"
                # "shall ensure the body-worn camera is worn and activated during the entire
                # course of their shift", "The body-worn camera shall only be deactivated as
                # described in subsection (d)"
                r"\b(?:shall|must)\s+ensure\s+(?:that\s+)?(?:the\s+|their\s+|his\s+or\s+her\s+|each\s+)?"
                r"(?:[\w-]+\s+){0,2}?cameras?\s+(?:is|are)\s+(?:worn\s+and\s+)?(?:activated|turned\s+on)\b|"
                r"\bcameras?\s+(?:shall|may|must)\s+(?:only|not)\s+be\s+(?:deactivated|turned\s+off)\b|"
                # "Officers shall not deactivate their body-worn cameras until ...", "A body-worn
                # camera shall remain activated until the conclusion of the encounter"
                r"\b(?:shall|must|may)\s+not\s+(?:deactivate|turn\s+off|disable|mute)\s+(?:the\s+|their\s+|his\s+"
                r"or\s+her\s+|an?\s+)?(?:[\w-]+\s+){0,2}?cameras?\b|"
                r"\bcameras?\b[^.;]{0,40}\b(?:shall|must)\s+remain\s+(?:activated|on|recording)\b",
                _BODY_OR_VEHICLE_CAMERA
                + r"|"
                # (a camera an officer wears is a body camera)
                r"\bwear\s+(?:and\s+(?:use|activate|"
                r"operate)\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,4}?cameras?\b",
                need=Need.NONE,
                none_of=(_NOT_THE_POLICE,),
                weak=True,
                rest_first=True,
            ),
            # ... and where it may not record: "An officer shall not activate a body-worn camera
            # inside a courtroom", "The use of BWC is not permitted inside courtrooms" (a rule of
            # its own, found by the camera's words: "not use" and "use of" are everywhere).
            rule(
                _BODY_OR_VEHICLE_CAMERA,
                r"\b(?:shall|must|may)\s+not\s+(?:activate|record|use|operate)\b[^.;]{0,80}?"
                r"\b(?:in|inside|within)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:courtrooms?|"
                r"restrooms?|bathrooms?|locker\s+rooms?|dressing\s+rooms?|hospitals?|schools?|"
                r"places?\s+of\s+worship|secured\s+areas?|residences?|homes?)\b|"
                r"\buse\s+of\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:cameras?|BWCs?)\s+(?:is|are)\s+"
                r"(?:not\s+permitted|prohibited)\s+(?:in|inside|within)\b",
                need=Need.NONE,
                none_of=(_NOT_THE_POLICE,),
                weak=True,
                rest_first=True,
            ),
            # What each policy must hold, the policy being the subject: "Each surveillance use
            # policy shall include: (a) Purpose; (b) Authorized use; ..." (not "The annual report
            # shall include a copy of the use policy").
            rule(
                _POLICY + r"[^.;]{0,60}\b(?:shall|must)(?:\s*,?\s*at\s+a\s+minimum\s*,?)?\s+"
                r"(?:include|contain|specify|set\s+forth|address)\b",
            ),
            # The law setting the technology's uses and its other rules of use in one section:
            # "(a) Public safety cameras shall be used only to deter crime and to investigate
            # reported incidents. (b) Recordings shall be retained for thirty (30) days ... (c)
            # Only officers designated by the Chief may view recordings." The uses alone limit
            # use; with the section's retention and access rules (two of the aspects) the law is
            # the policy. Partial unless the section sets them.
            rule(
                r"\b(?:shall|may|must)\s+(?:only\s+)?be\s+(?:used|operated|deployed|utilized)\s+"
                r"(?:only|solely|exclusively)\s+(?:to|for|in)\b|"
                # ... or a place's cameras to set times and places: "The automated speed enforcement
                # system shall be operated only at such times and in such locations as ...", "shall
                # only be used at intersections designated by the council" (not a hobbyist's drone)
                r"\b(?:cameras?|systems?)\s+(?:shall|may|must)\s+be\s+(?:used|operated|deployed)\s+only\s+"
                r"(?:at|when|where|during|within|between|on)\b|"
                r"\b(?:cameras?|systems?)\s+(?:shall|may|must)\s+only\s+be\s+(?:used|operated|deployed)\s+"
                r"(?:at|when|where|during|within|between|on)\b|"
                r"\b(?:shall|may|must)\s+(?:only\s+)?(?:use|operate|deploy|utilize)\b[^.;]{0,60}\b"
                r"(?:only|solely|exclusively)\s+(?:to|for|in)\b|"
                # the purpose before "only": "The camera systems shall be used for traffic
                # enforcement only", "access to LPR collected data shall be for official law
                # enforcement purposes only"
                # (not "any reimbursement shall be for actual and necessary expenses only")
                r"\b(?:shall|may|must)\s+be\s+used\s+(?:for|to)\s+[^.;]{1,80}?\s(?:only|solely|"
                r"exclusively)\b|"
                # (the law's "is to be": "Images from the cameras are to be used solely for
                # collecting tolls", "are only to be used for", "are to be used for toll
                # collection only", "are not to be used for any purpose other than")
                r"\b(?:is|are)\s+to\s+be\s+used\s+(?:only|solely|exclusively)\s+(?:to|for|in)\b|"
                r"\b(?:is|are)\s+(?:only|solely)\s+to\s+be\s+used\s+(?:to|for|in)\b|"
                r"\b(?:is|are)\s+to\s+be\s+used\s+(?:to|for)\s+[^.;]{1,80}?\s(?:only|solely|exclusively)\b|"
                r"\b(?:is|are)\s+not\s+to\s+be\s+used\s+(?:to|for|in)\s+any\s+(?:other\s+)?"
                r"(?:purpose|reason)s?\s+(?:other\s+than|except)\b|"
                r"\b(?:shall|may|must)\s+be\s+for\s+[^.;]{1,80}?\bpurposes?\s+(?:only|solely|"
                r"exclusively)\b|"
                # what its pictures may show: "Photographs of a motor vehicle shall be restricted to
                # the images of the rear area of the motor vehicle and the license plate number"
                # (the pictures of a vehicle, or what a camera takes: not a closed session's
                # recordings, an electronic sign's images)
                r"\b(?:photographs?|images?|pictures?)\s+(?:of\s+(?:a|the|any|each)\s+(?:motor\s+)?vehicles?|"
                r"(?:captured|taken|recorded)\s+by)\b[^.;,]{0,60}\b(?:(?:shall|must)\s+be|is|are)\s+"
                r"(?:restricted|limited|confined)\s+to\b|"
                # where it may look: "The devices shall be angled and focused so as to only capture
                # photographs of parking violations and not capture identifying images of others"
                r"\b(?:shall|must)\s+be\s+(?:angled|positioned|focused|aimed|directed|placed)\b[^.;]{0,60}\b"
                r"(?:so\s+as\s+)?to\s+(?:only\s+)?(?:capture|record|view|photograph)\b[^.;]{0,120}\b(?:not|only)\b|"
                # what it may capture: "cameras may only take pictures of the vehicle"
                # (the camera the subject: not "Members of the public may only record meetings",
                # "The Department of Revenue shall only collect data necessary")
                r"\b(?:cameras?|devices?|systems?|readers?|drones?|aircraft)\s+(?:may|"
                r"shall)\s+(?:only|solely)\s+"
                r"(?:take\s+(?:pictures|photographs|images)|record|capture|collect|scan)\b|"
                # "The custodian may only access a passive surveillance record beyond the first
                # anniversary if" (not the passive "ALPR data shall only be accessed for
                # appropriate, job-related functions", as often a department manual's as a law's)
                r"\b(?:may|shall)\s+(?:only|solely)\s+(?:access|view|query|search|review)\b|"
                # what its pictures may not show: "Under no circumstances may the image or video
                # contain images of the face of the driver", "photographs ... shall not include
                # images that identify the driver, the passengers"
                r"\b(?:under\s+no\s+circumstances?\s+(?:may|shall)\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,4}?|"
                r"(?:shall|may|must)\s+not\s+)(?:contain|include|show|depict|capture|record|identify)\s+(?:any\s+)?"
                r"(?:(?:images?|photographs?|pictures?|video)\s+(?:of|that\s+(?:identify|show|depict))\s+)?"
                r"(?:the\s+)?(?:face|driver|passengers?|occupants?)\b|"
                # "are for the exclusive use of the tolling agency for toll collection"
                # (of what it gathers: not "Parking spaces ... are for the exclusive use of
                # employees")
                r"\b(?:photographs?|images?|recordings?|records|data|footage|information|"
                r"videotapes?)\b[^.;]{0,200}?\b(?:is|are|shall\s+be)\s+for\s+the\s+(?:exclusive|"
                r"sole)\s+use\s+of\b",
                _POLICY_TECH,
                need=Need.NONE,
                # (a list of purposes under "the following" is the rule above's; and the law's
                # "is to be", which needs no modal, is a writer's too: "According to the grant
                # application, the cameras are to be used solely for ...", "The vendor's proposal
                # states that"; money and forms confined to a purpose are no rule of use)
                none_of=(
                    r"\bthe\s+following\b",
                    _WRITER_ON_A_LAW,
                    r"\b(?:proposal|application|plan|request)\s+(?:states|says|provides|notes)\b",
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w'’-]+\s+){0,3}?(?:funds?|grants?|appropriations?|"
                    r"monies|moneys|revenues?|fees?|forms?)\b",
                ),
                own_sentence=True,
            ),
            # The law setting who may reach the data: "Access to stored plate reader data is
            # limited to sworn officers who have completed the Department's training", "Only
            # members designated by the Chief may view recordings". Partial, like the retention
            # rule: the policy's other rules may be missing.
            rule(
                # (of the data: not "Access to the acquisition process is limited to vendors",
                # "Only the Council may review an impact report")
                r"\baccess\s+to\s+(?:[\w'’-]+\s+){0,5}?" + _HELD_DATA + r"\b[^.;]{0,60}\b"
                r"(?:is|are|shall\s+be|will\s+be|must\s+be)\s+(?:strictly\s+)?"
                r"(?:limited|restricted|confined)\s+to\b|"
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:only|solely)\s+(?:[\w'’-]+\s+){1,6}(?:may|shall|can)\s+"
                # ("Only POST-certified officers shall be authorized to review video evidence")
                r"(?:be\s+(?:authorized|permitted)\s+to\s+)?(?:access|view|review|query|search)\s+"
                r"(?:[\w'’-]+\s+){0,4}?" + _HELD_DATA + r"\b",
                _POLICY_TECH,
                need=Need.NONE,
                weak=True,
            ),
            # The law setting the uses a technology may be put to: barred but for listed cases
            # ("A law enforcement agency may not use a cell site simulator device, except to
            # locate or track ...", "shall not use a drone to gather evidence ... except to the
            # extent authorized in a warrant", "A cell site simulator shall not be used except to
            # locate a missing person"). Partial, like the retention rule: the policy's other
            # rules may be missing. A government must be the one bound (not an employer, a
            # landlord or a drone's pilot), and the condition must not be the governing body's
            # approval, which is another element.
            rule(
                _GOVERNMENT_ACTOR,
                r"(?:\b(?:may|shall|must)\s+not\b|\bno\s+(?:[\w-]+\s+){1,4}(?:may|shall)|\bunlawful\b)"
                r"[^.;]{0,80}?\b" + _USE_OF_TECHNOLOGY
                + r"[^.;]{0,240}\b(?:except|other\s+than|unless|without)\b|"
                # "shall not use a facial recognition technology (FRT) match as the sole basis for
                # probable cause"
                r"\b(?:may|shall|must)\s+not\s+" + _USE_OF_TECHNOLOGY
                + r"[^.;]{0,60}\bas\s+the\s+(?:sole|only)\s+basis\b|"
                # unlawful for a list that holds the government: "it is unlawful for an
                # individual, partnership, corporation, ... or the State of Arkansas, its agencies,
                # and political subdivisions to use an automatic license plate reader system"
                # (the state itself: not a business "in this state")
                r"\bunlawful\s+for\s+[^.;]{0,160}?\b(?:the\s+state\b|state\s+agenc\w+|agenc(?:y|"
                r"ies)|political\s+subdivisions?|"
                r"government(?:al)?\s+entit(?:y|ies)|law\s+enforcement)\b[^.;]{0,60}?\bto\s+"
                + _USE_OF_TECHNOLOGY
                + r"|"
                # what it gathers barred from use but on a condition: "A law enforcement agency may
                # not use captured plate data unless ...", "may not obtain, receive, or use data
                # acquired through an unmanned aircraft system unless"
                r"\b(?:may|shall|must)\s+not\s+(?:[\w-]+,?\s+(?:or\s+)?){0,4}?(?:use|access|obtain|retain)\s+"
                r"(?:any\s+|the\s+)?(?:captured\s+plate\s+data|(?:data|images?|information|recordings?|"
                r"footage)\s+(?:acquired|obtained|captured|collected|gathered|recorded)\s+(?:through|by|"
                r"from|with|using)\s+(?:the\s+use\s+of\s+)?" + _USED_TECHNOLOGY + r")[^.;]{0,200}\b"
                r"(?:unless|except|other\s+than|without)\b|"
                # what is read off a plate or a camera confined to named purposes: "may not use
                # motor vehicle registration or other information derived from a license plate
                # ... for purposes other than those related to toll collection"
                # (the government the subject: not "A private company licensed by the state")
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?|the|each|every|any)\s+(?:[\w-]+\s+){0,2}?"
                + _GOVERNMENT_USER
                + r"\s+(?:may|shall|must)\s+not\s+use\b[^.;]{0,120}?\b(?:data|information|images?|"
                r"records?)\s+"
                r"(?:derived|obtained|collected|captured|gathered|read)\s+(?:from|by|through)\s+"
                r"(?:[\w-]+\s+){0,3}?(?:" + _CAMERA_OR_READER + r")\b[^.;]{0,200}?\bfor\s+"
                r"(?:any\s+)?purposes?\s+other\s+than\b|"
                # a warrant's condition on what a government may obtain of people's electronic
                # traces: "a law enforcement agency may not obtain reverse-keyword information for
                # electronic devices unless:", "shall not ... access electronic device information
                # ... except"
                r"\b(?:may|shall|must)\s+not\s+(?:obtain|access|acquire|collect|compel\s+the\s+production\s+of)\s+"
                r"(?:[\w-]+\s+){0,2}?(?:electronic\s+(?:communication|device)|location|keyword|geofence|"
                r"reverse-[\w-]+|cell[- ]site|subscriber)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:information|data|records)\b"
                r"[^.;]{0,120}(?:\b(?:unless|except|without)\b|:)|"
                # the exception first: "Except as provided in Subsection (2), a governmental
                # entity may not use an automatic license plate reader system"
                r"^(?:\(?\w{1,3}[.)]\s*)?except\b[^.;]{0,80},[^.;]{0,80}\b(?:may|shall|must)\s+not\s+"
                + _USE_OF_TECHNOLOGY
                + r"|"
                # barred from one purpose: "A law enforcement agency may not use a drone to gather
                # evidence", "shall not use a license plate reader for immigration enforcement"
                # (not a ban whole: "shall not use face recognition for any purpose")
                # ("No state agency or county or municipal law enforcement agency in the state shall
                # operate a drone ... to gather evidence")
                # (the bar's modal may carry an adverb or an exception between it and the verb,
                # "shall not knowingly use", "shall not, except as authorized by a warrant, use",
                # or bar in other words: "It shall be unlawful for the police department to use";
                # a business's bar is no government's)
                r"(?:\b(?:may|shall|must)\s+not(?:\s+(?:knowingly|intentionally|willfully|wilfully|"
                r"purposely|otherwise))?(?:,[^,;.]{1,120},)?|\bno\s+(?:[\w-]+\s+){1,10}?(?:may|shall)|"
                r"\bunlawful\s+for\s+(?:the\s+|an?\s+|any\s+)?(?:[\w-]+\s+){0,3}?(?:agenc(?:y|ies)|"
                r"departments?|police|officers?|officials?|sheriff|employees?|law\s+enforcement|"
                r"government\w*)\s+(?:[\w-]+\s+){0,3}?to)\s+"
                + _USE_OF_TECHNOLOGY
                + _TECH_TAIL
                + r"\s+(?:to|for|at|against|in\s+order\s+to)\s+"
                + _NOT_A_BAN_WHOLE,
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
            ),
            # ... or its use by the government declared prohibited (a rule of its own, read only
            # where "prohibited" stands: the technology's names open it, tried at every word)
            rule(
                _GOVERNMENT_ACTOR,
                # "The use of a drone by law enforcement at protests ... is prohibited" (by the
                # government: not "The placement or use of surveillance cameras on District lands
                # is prohibited", a rule for others' cameras)
                r"(?:\b(?:use|operation|deployment)\s+of\s+" + _USED_TECHNOLOGY + _TECH_TAIL + r"|"
                + _TECHNOLOGY_NAMES
                + r"\s+(?:use|operation|deployment))"
                # ("The use of drones to observe or record by law enforcement at protests")
                # (not a place's owner: "to photograph any person inside a facility operated by a
                # state agency")
                r"(?:\s+to\s+(?:(?!\b(?:operated|owned|maintained|controlled|managed|run|issued|"
                r"leased)\s+by\b)[^.;]){1,100}?)?\s+by\s+(?:a\s+|an\s+|any\s+|the\s+)?"
                # (the government itself: not "by the public", "by any city resident", "by
                # state-licensed hobbyists")
                r"(?:(?:(?:state|city|county|municipal|local)\s+)?(?:law\s+enforcement|police|sheriff\w*)|"
                r"(?:state|city|county|municipal|local|public)\s+"
                r"(?:agenc\w+|department\w*|entit\w+|bod\w+)|government\w*|agenc\w+|department\w*)\b"
                # (the place or occasion may be long: "... at protests, demonstrations, or other
                # actions protected by the first amendment ... is prohibited")
                r"(?!-)[^.;]{0,260}\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?prohibited\b",
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
            ),
            # ... in the passive, the government named in the paragraph or the section's title
            # ("Police use of cell site simulators. A cell site simulator shall not be used except
            # to locate a missing person")
            rule(
                _GOVERNMENT_ACTOR,
                r"\b"
                + _TECHNOLOGY_NAMES
                + r"[^.;]{0,40}\b(?:may|shall|must)\s+not\s+be\s+"
                r"(?:used|operated|deployed|utilized)\b[^.;]{0,160}\b(?:except|other\s+than|unless|without)\b|"
                # what it gathers barred from a use: "Images from the cameras shall not be used to
                # enforce petty offenses" (not evidence "obtained in violation of" the law)
                r"\b(?:images?|data|recordings?|footage|information|photographs?)\s+(?:from|captured\s+by|"
                r"collected\s+by|gathered\s+by|recorded\s+by)\s+(?:the\s+|an?\s+|any\s+)?(?:[\w'’-]+\s+){0,3}?"
                r"(?:cameras?|drones?|readers?|(?:camera|video|surveillance|recording|reader|ALPR)\s+"
                r"(?:systems?|devices?))\b[^.;]{0,60}\b"
                r"(?:shall|may|must)\s+not\s+be\s+used\s+(?:to|for|in)\b",
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
                paragraph=True,
                titled=True,
            ),
            # ... what the police may not do with it, in the passive, the police named in the
            # paragraph or the section's title (a city or a state named there is not enough: "Sec.
            # 14-3. Drones in city parks. A drone may not be used to harass wildlife")
            rule(
                _GOVERNMENT_USER,
                # ... or from one purpose: "An automated license plate recognition system may not be
                # used to issue a notice of violation" (not "for any purpose", a ban whole)
                r"\b" + _TECHNOLOGY_NAMES + _TECH_TAIL
                + r"\s+(?:may|shall|must)\s+not\s+be\s+(?:used|operated|deployed|utilized)\s+"
                r"(?:to|for|in|as)\s+"
                + _NOT_A_BAN_WHOLE
                + r"|"
                # what it gathers, however it is named: "Any information obtained pursuant to this
                # article through the use of automated devices shall not be used for any purpose
                # other than to identify ... violators"
                r"\b(?:images?|data|recordings?|footage|information|photographs?)\s+(?:[\w-]+\s+){0,6}?"
                r"(?:obtained|captured|collected|gathered|recorded)\s+(?:[^.;]{0,60}?\s)?(?:by|through|from|"
                r"using|with)\s+(?:the\s+use\s+of\s+)?(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:cameras?|"
                r"drones?|readers?|devices?|systems?)\b[^.;]{0,60}\b(?:shall|may|must)\s+not\s+be\s+used\s+"
                r"(?:to|for|in)\b|"
                # its recordings barred from a purpose: "Such sound recordings shall not be divulged
                # or used by any law enforcement agency for any commercial purpose"
                r"\b(?:recordings?|images?|footage|photographs?)\b[^.;]{0,60}\b(?:shall|may|must)\s+not\s+be\s+"
                r"(?:[\w-]+\s+or\s+)?used\b[^.;]{0,60}?\b(?:for|to|in|as)\s+(?!any\s+purpose\b)|"
                # a recorder never switched off: "No sound recording device may be intentionally
                # turned off by the officer during the recording of an event"
                r"\b(?:cameras?|recording\s+devices?|recorders?)\b[^.;]{0,40}\b(?:may|shall|must)\s+(?:not\s+)?be\s+"
                r"(?:(?:intentionally|knowingly|deliberately|purposely|willfully)\s+)?"
                r"(?:turned\s+off|deactivated|disabled|muted)\b|"
                # whom it may not watch: "Surveillance camera operators may not monitor individuals
                # based on personal interest or on characteristics of race"
                r"\b(?:cameras?|surveillance|video)\b[^.;]{0,60}\b(?:may|shall|must)\s+not\s+"
                r"(?:monitor|track|target|record)\s+(?:individuals|persons|people|any\s+(?:person|individual))"
                r"\b[^.;]{0,40}\b(?:based|solely|on\s+the\s+basis)\b",
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
                paragraph=True,
                titled=True,
            ),
            # ... or allowed only on a condition ("may operate an unmanned aircraft system only if
            # ...", "may only use"): the condition is the limit, however far it stands from "may".
            rule(
                _GOVERNMENT_ACTOR,
                # (its limiting word first: a quick test before the long windows below)
                r"\b(?:only|solely)\b",
                # (or a duty's: "A local authority shall use a traffic law photo-monitoring device
                # ... only if a law enforcement officer is present")
                r"\b(?:may|shall)\s+(?:[\w-]+\s+){0,3}?" + _USE_OF_TECHNOLOGY
                + r"[^.;]{0,160}\bonly\s+(?:if|when|for|to|in|upon|after|with|under|pursuant)\b|"
                r"\b(?:may|shall)\s+(?:only|solely)\s+" + _USE_OF_TECHNOLOGY,
                need=Need.NONE,
                none_of=(
                    *_NOT_A_USE_LIMIT,
                    _PRIVATE_SUBJECT,
                    # a synopsis's "Provides that a law enforcement agency may use ... only for"
                    r"^(?:[\w-]+\s+){0,3}?(?:provides|specifies|states)\s+that\b",
                    # the condition another clause's: "shall collect ... and shall issue a license
                    # only if" (tested here, on the few sentences the rule's words find: a window
                    # that stops at each "and shall" costs every sentence it reads)
                    r"\b(?:and|or)\s+(?:shall|may|must)\b[^.;]{0,160}\bonly\s+(?:if|when|for|to|in|upon|"
                    r"after|with|under|pursuant)\b",
                ),
                weak=True,
                rest_first=True,
            ),
            # What a government may gather about people, limited: "MPD shall not collect or maintain
            # information about the political, religious, social, or personal views ... of any
            # individual ... unless such information is material to an authorized investigation",
            # "a state agency shall not collect the following, except as required by state or
            # federal law". A rule on data collection a use policy holds; partial, like the others.
            # Of what surveillance gathers: people's views and associations, their immigration
            # status, their biometrics, their movements (not a taxpayer's records, a debtor's).
            rule(
                # the government the subject, bound by "not" ("No City agency ... shall request"
                # binds as well)
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w,]+\s+){0,4}?(?:(?:no|an?|the|each|every|any)\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:agenc(?:y|ies)|departments?|officers?|officials?|employees?|staff|"
                r"police|sheriff|MPD|law\s+enforcement|government(?:al)?\s+entit(?:y|ies))\b[^.;]{0,80}?\b"
                r"(?:shall|may|must)\s+(?:not\s+)?"
                + _COLLECTS
                + r"(?:the\s+following\b|(?:any\s+|personal\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:information|data|documents?|records?|identifiers?)\b)[^.;]{0,200}\b(?:unless|except|without|other\s+than)\b|"
                # ... in the passive: "Information about the political or religious views of any
                # individual shall not be collected or maintained by the police department unless"
                r"\b(?:information|data|records?)\b[^.;]{0,120}\b(?:shall|may|must)\s+not\s+be\s+"
                r"(?:collected|maintained|gathered|retained|stored|compiled|requested)\b[^.;]{0,80}\bby\s+"
                r"(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:agenc(?:y|ies)|department|police|sheriff|"
                r"officers?|law\s+enforcement)\b[^.;]{0,200}\b(?:unless|except|without|other\s+than)\b|"
                # ... or barred whole, the police named as its keeper: "No surveillance data shall
                # be placed in files or manual or automated data storage systems by the department
                # or by any peace officer", "No intelligence information shall be collected or
                # maintained by any law enforcement agency"
                r"^(?:\(?\w{1,3}[.)]\s*)?no\s+(?:[\w-]+\s+){0,3}?(?:information|data|records?)\s+"
                r"(?:shall|may)\s+be\s+(?:collected|maintained|gathered|retained|stored|compiled|kept|"
                r"placed\s+in\s+(?:any\s+)?files?)\b[^.;]{0,160}?\bby\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?"
                r"(?:agenc(?:y|ies)|department|police|sheriff|officers?|law\s+enforcement)\b|"
                # ... the exception first: "Except as required by state or federal law, school
                # officials and employees ... shall not collect information"
                r"^(?:\(?\w{1,3}[.)]\s*)?except\b[^.;]{0,160},\s*(?:(?:no|an?|the|each|every|any)\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:agenc(?:y|ies)|departments?|officers?|officials?|employees?|staff|"
                r"police|sheriff|law\s+enforcement|government(?:al)?\s+entit(?:y|ies))\b[^.;]{0,60}?\b"
                r"(?:shall|may|must)\s+not\s+"
                + _COLLECTS
                + r"(?:any\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:information|data|documents?|records?|identifiers?)\b",
                r"\b(?:political|religious|social|views|associations?|activities|immigration|citizenship|"
                r"national\s+origin|biometric|location|movements?|surveillance|intelligence|license\s+plate|"
                r"sensitive|"
                r"images?|recordings?|footage|the\s+following)\b",
                need=Need.PROHIBITION,
                none_of=(
                    # (not the private-actor bar anywhere in the sentence: "about any individual
                    # shall not be collected" names the person gathered about)
                    _NOT_A_USE_LIMIT[0],
                    _NOT_A_USE_LIMIT[2],
                    _PRIVATE_SUBJECT,
                    # others bound: "Vendors under contract with a state agency", "A collection
                    # agency", "a health insurer"
                    r"\b(?:vendors?|contractors?|insurers?|retailers?|collection\s+agenc\w+|private\s+entit\w+|"
                    r"health\s+care\s+providers?|property\s+managers?|employers?|landlords?|compan(?:y|ies)|"
                    r"business(?:es)?)\b",
                    # a duty to collect, the bar only on part of it ("shall collect data on traffic
                    # stops ..., except that no agency may record the name")
                    r"\b(?:shall|must)\s+(?:collect|gather|maintain|record|compile)\b",
                ),
                weak=True,
            ),
            # A technology's use limited to a list of purposes: "Drone use shall be limited to
            # search and rescue, crime scene documentation, and responding to an active shooter"
            # (one purpose alone limits use; it sets no policy).
            rule(
                _GOVERNMENT_ACTOR,
                # (the limit's words first: a quick test before the technology's long one)
                r"\b(?:limited|restricted|confined)\s+(?:solely\s+|only\s+)?to\b",
                r"(?:\b(?:use|operation|deployment)\s+of\s+" + _USED_TECHNOLOGY + r"|\b"
                + _TECHNOLOGY_NAMES
                + r"\s+(?:use|operation|deployment))\s+(?:shall|must|is|are)\s+(?:be\s+)?"
                r"(?:limited|restricted|confined)\s+(?:solely\s+|only\s+)?to\b[^.;]{0,120},[^.;]{0,120}"
                r"\b(?:and|or)\b",
                need=Need.NONE,
                weak=True,
                paragraph=True,
                titled=True,
            ),
            # The law ordering a record of every use of the data: "Each agency shall maintain a log
            # of every query of the plate reader database". An audit trail is a rule a use policy
            # holds; partial, like the access rule.
            rule(
                # (of the system and its data: not "records of all uses of force, including data")
                r"\b(?:maintain|keep|create|record)\w*\s+(?:an?\s+)?(?:accurate\s+|complete\s+|written\s+|"
                r"electronic\s+)?(?:audit\s+|access\s+|query\s+)?(?:logs?|records?|trail)\s+of\s+"
                r"(?:each|every|all|any)\s+(?:[\w-]+\s+){0,2}?(?:quer(?:y|ies)|access\w*|search\w*|uses?|"
                r"requests?|disclosures?)\s+(?:of|to)\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+)?"
                r"(?:[\w-]+\s+){0,3}?" + _LOGGED_OBJECT + r"|"
                # "All access to this data shall be audited"
                r"\b(?:access|quer(?:y|ies)|search(?:es)?)\s+(?:to|of)\s+(?:[\w'’-]+\s+){0,8}?(?:shall|must)\s+be\s+"
                r"(?:audited|logged|recorded)\b",
                _POLICY_TECH,
                weak=True,
            ),
            # The law setting the shortest time a government keeps what its cameras record:
            # "each body worn camera recording must be retained for a minimum of 90 days", "a
            # law enforcement agency shall retain ... for not less than 30 days". A retention
            # rule a use policy holds; partial, like the longest period's rule. Not a business's
            # camera mandate, which keeps recordings for the police's sake ("The licensee shall
            # retain all recordings for at least thirty days").
            rule(
                # (the police's own recordings: not a business's, even one the police may view)
                r"\b(?:law\s+enforcement|police|sheriff\w*|troopers?|state\s+patrol|"
                r"body[- ]worn|dash(?:board)?\s+cam\w*|in-car|public\s+transit|"
                r"transit\s+(?:agenc\w+|authorit\w+|district\w*))\b",
                r"\b(?:retain\w*|retention|kept|keep|preserv\w+|stor(?:e|ed))\b[^.;]{0,160}?\b"
                r"(?:a\s+minimum\s+(?:period\s+)?of|at\s+least|(?:not|no)\s+(?:less|"
                r"fewer)\s+than)\s+[^.;]{0,30}?\b(?:days?|weeks?|months?|years?)\b|"
                r"\bminimum\s+retention\s+period\b|"
                # a set period: "recordings made by security systems operated as part of a public
                # transit system shall be retained for one year"
                r"\b(?:retained|kept|preserved|stored)\s+for\s+" + _SET_PERIOD + r"|"
                # (and the duty's active voice: "shall retain body camera recordings for one hundred
                # eighty days")
                r"\b(?:shall|must)\s+(?:retain|keep|preserve|store)\b[^.;]{0,80}?\bfor\s+"
                + _SET_PERIOD,
                # (what its cameras record: not a meeting's video, a lost bicycle's images)
                r"\b(?:cameras?|footage|surveillance|law\s+enforcement\s+recordings?|"
                r"recording\s+equipment|security\s+(?:systems?|cameras?)|videotapes?|"
                r"(?:plate\s+reader|ALPR|LPR|drone|UAS)\s+data)\b",
                need=Need.NONE,
                none_of=(
                    _WRITER_ON_A_LAW,
                    r"\b(?:licensees?|establishments?|business(?:es)?|owners?|operators?|stores?|"
                    r"retailers?|dispensar(?:y|ies)|permittees?|premises|employers?|landlords?|"
                    r"pawn\w*|dealers?|meetings?|hotels?|motels?|compan(?:y|ies)|taxi\w*|"
                    r"interrogations?)\b",
                    # kept for the police to look at: "for inspection by the police department"
                    r"\b(?:for|to)\s+(?:inspection|review|viewing)\s+by\s+(?:the\s+)?(?:police|"
                    r"law\s+enforcement|sheriff)",
                    # kept to be handed to the police ("preserved for at least 180 days and made
                    # available to law enforcement upon request")
                    r"\b(?:available|provided?|produced?|furnish\w*|deliver\w*)\s+(?:[\w-]+\s+){0,3}?to\s+"
                    r"(?:the\s+|any\s+|local\s+)?(?:law\s+enforcement|police|sheriff)",
                ),
                weak=True,
                titled=True,
            ),
            # Where and how a traffic camera may be used, the camera being the government's by
            # its nature (a city's photo radar, a county's red light cameras): "A photo radar
            # system operated under this section: (c) May not be used on controlled access
            # highways. (d) May not be used unless a sign is posted ...", "Any traffic control
            # photographic system ... must be identified by appropriate advance warning signs".
            # Partial, like the other rules of use.
            rule(
                _TRAFFIC_CAMERA,
                # (not a ban whole: "shall not be installed on any City street"; but "on any
                # highway with a posted speed limit greater than 55" is a place)
                r"\b(?:may|shall|must)\s+not\s+be\s+(?:used|operated|installed|deployed)\s+(?:(?:on|in|at|within)"
                r"\s+(?:(?!(?:any|all)\b)|(?:any|all)\s+[^.;]{0,60}?\b(?:with|where|having|whose|unless|"
                r"except)\b)|(?:unless|except|to|for|during|near|outside|until)\b)|"
                r"\bno\s+(?:[\w-]+\s+){1,5}?(?:may|shall)\s+be\s+(?:used|operated|installed|deployed)\s+(?:on|in|"
                r"at|within|near|during)\s+(?!(?:any|all)\b)|"
                r"\b(?:may|shall|must)\s+(?:be\s+(?:used|operated|deployed)\s+only|only\s+be\s+(?:used|operated|"
                r"deployed))\s+(?:on|in|at|within|when|where|if|to|for|during)\b|"
                # signs first: "when signs are posted on the highway providing notice to a
                # motorist", "must be identified by appropriate advance warning signs"
                r"\b(?:unless|until|when|if|after)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?signs?\s+(?:is|are|has|"
                r"have)\s+(?:been\s+)?(?:posted|placed|erected|installed)\b|"
                # (North Carolina's pages lose the space at a line's end: "identified
                # byappropriate")
                r"\b(?:shall|must)\s+be\s+(?:identified|announced|marked)\s+by\s*(?:[\w-]+\s+){0,3}?signs?\b|"
                # ... or posted by duty: "The city shall cause a sign to be posted at each of ...
                # roadway entry points", "Identifies the system by signs that clearly indicate the
                # system's presence"
                r"\b(?:shall|must)\s+(?:cause\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?signs?\s+to\s+be\s+"
                r"(?:posted|placed|erected|installed)|(?:post|erect|install|place)\s+(?:an?\s+|the\s+)?"
                r"(?:[\w-]+\s+){0,3}?signs?)\b|"
                r"\bidentif(?:y|ies)\s+(?:the\s+|each\s+|every\s+|any\s+)?(?:[\w-]+\s+){0,4}?(?:by|with)\s+"
                r"signs?\b",
                need=Need.DUTY,
                # (the camera's rule: not what its fines' revenues may be spent on)
                none_of=(
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w-]+\s+){0,3}?(?:revenues?|funds?|moneys?|proceeds|fines?|"
                    r"fees?|penalt(?:y|ies))\b",
                ),
                titled=True,
                weak=True,
                rest_first=True,
            ),
            # What a warrant or court order yields, barred from other uses: "A law enforcement
            # agency may not use, copy, or disclose, for any purpose, reverse-location information
            # obtained under a warrant ... that:" (a rule of its own, read only where a warrant,
            # order or subpoena is named; a warrant is the government's, so no actor is asked).
            rule(
                r"\b(?:may|shall|must)\s+not\s+(?:[\w-]+,?\s+(?:or\s+)?){0,4}?(?:use|access|retain|"
                r"disclose|copy|share)\b,?(?:\s+for\s+any\s+purpose,?)?\s+(?:any\s+|the\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:data|images?|information|records?|recordings?|footage)\s+"
                r"(?:acquired|obtained|captured|collected|gathered)\s+" + _UNDER_A_WARRANT
                + r"\b[^.;]{0,200}(?:\b(?:unless|except|other\s+than|without|that|which)\b|:|"
                r"\bfor\s+(?:an?\s+|any\s+)?(?:unrelated|other|different|another)\b)|"
                # ... in the passive: "Location information obtained pursuant to a warrant may not
                # be used, copied, or disclosed for any purpose other than ..."
                r"\b(?:data|images?|information|records?|recordings?|footage)\s+(?:acquired|obtained|"
                r"captured|collected|gathered)\s+" + _UNDER_A_WARRANT
                + r"\b[^.;]{0,80}?\b(?:may|shall|must)\s+not\s+be\s+(?:[\w-]+,?\s+(?:or\s+)?){0,4}?"
                r"(?:used|accessed|retained|disclosed|copied|shared)\b[^.;]{0,120}?\b(?:unless|except|"
                r"other\s+than|without|unrelated)\b",
                # (what surveillance yields: not tax returns or a subpoena's business records)
                r"\b(?:location|electronic|communications?|intercept\w*|tracking|surveillance|"
                r"cell[- ]site|geofence|recordings?|images?|footage|biometric|video|audio|drones?|"
                r"cameras?)\b",
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
                rest_first=True,
            ),
            # A technology allowed only for one use, "only" before the verb and its government
            # user named between, in the paragraph or the section's title: "A license plate
            # reader may only be used by a police officer for a law enforcement purpose" (not its
            # data: "ALPR data shall only be used for legitimate purposes", as often a department
            # manual's as a law's; read only where "only be" stands).
            rule(
                _GOVERNMENT_USER,
                r"\b" + _TECHNOLOGY_NAMES + _TECH_TAIL
                + r"\s+(?:shall|may|must)\s+(?:only|solely|exclusively)\s+be\s+"
                r"(?:used|operated|deployed|utilized|flown)\s+(?:by\s+(?:(?!(?:who|that|which)\b)[\w'’-]+\s+){1,8}?)?(?:to|for|in)\s+"
                r"(?!the\s+following\b|(?:compliance|accordance|conformity)\s+with\b)",
                need=Need.PROHIBITION,
                # (whose cameras: not a private security agency's, a landlord's, a taxicab
                # company's)
                none_of=(
                    *_NOT_A_USE_LIMIT,
                    r"\b(?:private|landlord|taxi\w*|compan(?:y|ies)|business(?:es)?|owners?|licensees?|"
                    r"tenants?|employers?|security\s+agenc(?:y|ies))(?:['’]s?)?\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:cameras?|drones?|readers?|systems?|devices?)\b",
                ),
                weak=True,
                paragraph=True,
                titled=True,
                rest_first=True,
            ),
            # A wiretap act's limits on what an order allows and on the recordings it yields:
            # "No order entered under this chapter shall authorize the interception of any wire
            # communication for any period longer than ... 30 days", "shall be conducted so as to
            # minimize the interception of communications not otherwise subject to interception",
            # "Such recordings shall not be destroyed except upon an order of the issuing judge",
            # "the recordings shall be made available to the judge issuing the order and sealed
            # under his directions", "The period of extension shall ... in no event be for longer
            # than thirty (30) days", "The MPD shall employ minimization procedures". The
            # interception may be named in the paragraph or the section's title.
            rule(
                # (the interception named: not "communications" or "recordings" alone, which a
                # cable franchise's, a dispatch center's or a council meeting's may be)
                r"\b(?:intercept\w*|wiretap\w*|eavesdrop\w*|pen\s+registers?|trap\s+and\s+trace|"
                r"tracking\s+devices?|minimization|electronic\s+surveillance)\b",
                r"\b(?:may|shall)\s+(?:not\s+)?authorize\s+(?:the\s+)?(?:interception|installation|use)\s+of\s+"
                r"(?:any\s+|a\s+|an\s+)?(?:[\w-]+,?\s+(?:or\s+)?){0,4}?(?:communications?|pen\s+registers?|trap|"
                r"tracking|devices?)\b[^.;]{0,160}\b(?:longer\s+than|exceeding|in\s+excess\s+of|more\s+than)\b"
                r"[^.;]{0,60}\b(?:days?|hours?|necessary)\b|"
                # (a page may lose the space before it: "Theperiod of extension")
                r"period\s+of\s+(?:the\s+|any\s+)?extension\b[^.;]{0,200}\b(?:(?:no|not|event)\s+(?:be\s+)?"
                r"(?:for\s+)?longer\s+than|not\s+exceed)\b[^.;]{0,60}\bdays?\b|"
                r"\bminimi[sz]e\s+(?:or\s+eliminate\s+)?(?:the\s+)?interception\b|"
                r"\b(?:shall|must)\s+(?:employ|use|follow|apply)\s+minimization\s+(?:procedures|requirements)\b|"
                r"\b(?:shall|may|must)\s+not\s+be\s+destroyed\s+except\s+(?:up)?on\s+(?:an?\s+|the\s+)?order\s+"
                r"of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?(?:judge|court)\b|"
                # sealed by the court, kept where it orders: "the recordings shall be made
                # available to the judge ... and sealed", "the issuing judge shall seal the
                # recordings", "shall be placed under seal", "custody of the recordings"
                r"\b(?:recordings?|applications?|orders?)\b[^.;]{0,120}\b(?:shall|must)\s+(?:be\s+)?"
                r"(?:[\w-]+\s+){0,10}?(?:sealed|placed\s+under\s+seal)\b|"
                r"\b(?:shall|must)\s+seal\s+(?:the\s+|all\s+|such\s+)?(?:recordings?|applications?|orders?)\b|"
                r"\bcustody\s+of\s+(?:the\s+|all\s+|such\s+)?recordings?\b",
                need=Need.DUTY,
                # (the government's interception: not an employer's or a private investigator's)
                none_of=(
                    _PRIVATE_SUBJECT,
                    r"\b(?:employers?|private\s+investigators?|landlords?|business(?:es)?)\b",
                ),
                paragraph=True,
                titled=True,
                weak=True,
            ),
            # Access to surveillance data or systems kept to trained or authorized personnel: "Only
            # personnel who have completed the required training may access the license plate
            # reader database", "All persons accessing NCIC and the criminal history files shall
            # have been authorized to operate the terminal" (the data named in the sentence; not a
            # hospital's, a licensee's or a private person's)
            rule(
                r"\b(?:only|solely)\s+(?:[\w-]+\s+){0,4}?(?:personnel|employees?|officers?|members?|"
                r"staff|users?|persons?|individuals?)\b[^.;]{0,100}\b(?:may|shall|can)\s+(?:be\s+"
                r"(?:permitted|allowed|authorized)\s+to\s+)?(?:access|view|query|review)\b|"
                r"\b(?:persons?|individuals?|users?|personnel|employees?|officers?|members?)\s+"
                r"(?:accessing|with\s+access\s+to|who\s+(?:access|use|operate|query))\b[^.;]{0,120}"
                r"\b(?:shall|must)\s+(?:have\s+been\s+|be\s+)?(?:authorized|trained|certified|approved|"
                r"designated)\b",
                r"\b(?:" + _CAMERA_OR_READER + r"|recordings?|NCIC|CJIS|criminal\s+(?:justice\s+)?"
                r"(?:history|information|intelligence)|databases?)\b",
                need=Need.NONE,
                none_of=(
                    _PRIVATE_SUBJECT,
                    _NOT_THE_POLICE,
                    _HEALTH_RECORDS,
                    r"\b(?:landlords?|employers?|casinos?|gaming|dispensar(?:y|ies)|cannabis|"
                    r"mari[jh]uana|retail\w*|stores?)\b",
                ),
            ),
            # A jail's or a prison's bar on its own monitoring of what an inmate says:
            # "conversations between offenders and counsel shall not, under any circumstance, be
            # monitored", "Telephone calls with attorneys ... shall not be monitored" (the
            # custodian named in the sentence or its paragraph: not a private person's recording,
            # nor "A person may not record a conversation without the consent of every party")
            rule(
                r"\b(?:(?:tele)?phone\s+calls?|calls?|conversations?|communications?|visits?)\b"
                r"[^.;]{0,160}\b(?:shall|may|must)\s+not\b[^.;]{0,40}?\b(?:be\s+)?(?:monitored|recorded|"
                r"intercepted)\b(?!\s+(?:in|on)\s+(?:the|a|any)\b)",
                # (the inmate named: not a custody mediation's, a court docket's, a youth league's)
                _IN_CUSTODY,
                need=Need.PROHIBITION,
                paragraph=True,
                rest_first=True,
                none_of=_NOT_THE_CUSTODIAN,
            ),
            # ... and its monitoring set out: "All telephone calls are subject to monitoring and
            # recording by the department except for legal telephone calls", "Video visits are
            # monitored and recorded for the entire session", "Wards shall be informed that
            # telephone calls may be monitored for the purpose of security", "The sheriff may
            # monitor and record inmate telephone calls, except ...", "The sheriff shall not monitor
            # any telephone call between an inmate and counsel" (the held person named in the
            # paragraph; not calls "recorded in the dispatch log", a probation officer's visits)
            rule(
                _HELD_PERSON,
                r"\b(?:(?:tele)?phone\s+calls?|calls?|conversations?|communications?|visits?)\b"
                # (or barred: "A properly placed call to or from an attorney may not knowingly be
                # monitored or recorded")
                r"[^.;]{0,80}?\b(?:(?:are|is)(?:\s+not)?|(?:shall|may|will|can|must)(?:\s+not)?(?:\s+"
                r"(?:knowingly|intentionally))?\s+be)\s+(?:subject\s+to\s+"
                r"(?:electronic\s+)?|electronically\s+)?(?:monitor(?:ed|ing)|record(?:ed|ing))\b"
                r"(?!\s+(?:in|on|into)\s+(?:the|a|an|any|its|their|writing)\b)|"
                # (in the active voice, calls or video visits, which a device records: a deputy
                # who "shall monitor visits" in the room, or staff who "record all inmate visits in
                # the visitation log", use none)
                r"\b(?:may|shall|will|must)\s+(?:not\s+)?(?:electronically\s+)?(?:monitor|record|"
                r"listen\s+(?:in\s+)?(?:to|on))(?:\s+(?:and|or|and/or)\s+(?:monitor|record))?\s+(?:all\s+|any\s+|"
                r"the\s+|an?\s+)?(?:(?:inmate|prisoner|detainee|offender)s?['’]?s?\s+)?(?:(?:tele)?phone\s+"
                r"calls?|calls?|conversations?|"
                r"communications?|video\s+visits?)\b(?![^.;]{0,40}\b(?:in|into)\s+(?:the|a|an|its|"
                r"their|writing)\s+(?:[\w-]+\s+)?(?:log|logs|book|file|record|system|writing)\b)",
                need=Need.NONE,
                paragraph=True,
                # (the sentence's calls first: the held person is looked for in its paragraph)
                rest_first=True,
                none_of=_NOT_THE_CUSTODIAN,
            ),
            # What the technology named in the paragraph or its section's title may not gather:
            # "Sec. 4. License plate readers. The police department shall not capture images of
            # vehicles parked at a place of worship", or as an item under "shall not do any of
            # the following:" (a government bound: not "No person shall record video of ...")
            rule(
                r"\b" + _TECHNOLOGY_NAMES,
                # (the bar before the government: it refuses most sentences at once)
                r"(?:\b(?:may|shall|must)\s+not(?:\s+(?:knowingly|intentionally|willfully|wilfully|"
                r"purposely|otherwise))?(?:,[^,;.]{1,120},)?|\bno\s+(?:[\w-]+\s+){1,10}?(?:may|shall))"
                r"\s+(?:capture|collect|record|photograph|film|gather)\s+(?:any\s+|the\s+)?"
                r"(?:[\w-]+\s+){0,2}?(?:images?|photo(?:graph)?s?|video|footage|recordings?|data|"
                r"information|plates?)\s+(?:of|from|at|in|on|about|concerning)\b",
                # (the government the bar's subject, at the head of the clause: not "A commercial
                # drone operator permitted by the department shall not capture images")
                # ("The Sheriff's Office shall not", "Law enforcement officers operating a drone
                # shall not", "Department personnel shall not")
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w'’-]+\s+){0,3}?" + _GOVERNMENT_USER
                + r"(?:['’]s)?(?:\s+(?!(?:permitted|licensed|authorized|by)\b)[\w'’-]+){0,4}?"
                r"\s+(?:shall|may|must)\b",
                need=Need.PROHIBITION,
                none_of=_NOT_A_USE_LIMIT,
                weak=True,
                paragraph=True,
                titled=True,
                rest_first=True,
            ),
            # Where a government's cameras may not watch: "closed circuit televisions that are
            # operational and preclude the monitoring of shower, toilet and clothing exchange
            # areas" (a jail's standard), "Cameras shall not be placed in restrooms or locker
            # rooms", "The department shall not install cameras in restrooms" (not a landlord's
            # or an employer's bar, nor "unlawful for a person to install a camera in a restroom")
            rule(
                r"\b(?:showers?|toilets?|restrooms?|bathrooms?|locker\s+rooms?|dressing\s+rooms?|"
                r"changing\s+(?:rooms?|areas?)|clothing\s+exchange|lactation\s+rooms?)\b",
                r"\b(?:cameras?|closed[- ]circuit\s+televisions?|CCTV|video\s+(?:surveillance|"
                r"monitoring|recording)|surveillance\s+(?:equipment|systems?|devices?)|"
                r"monitoring\s+devices?)\b"
                r"[^.;]{0,120}?\b(?:(?:shall|may|must)\s+not\s+(?:be\s+)?(?:placed|installed|located|"
                r"positioned|mounted|used|operated|directed|aimed|monitor\w*|record\w*|view\w*|"
                r"captur\w*)|preclude\w*\s+(?:the\s+)?(?:monitoring|viewing|recording|observation)|"
                r"(?:are|is)\s+(?:prohibited|not\s+permitted))\b|"
                r"\b(?:shall|may|must)\s+not\s+(?:place|install|locate|position|mount|use|operate)\s+"
                r"(?:any\s+|the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:cameras?|CCTV|video\s+(?:surveillance|"
                r"monitoring)\s+(?:equipment|systems?|devices?))\b[^.;]{0,60}?\b(?:in|inside|within|"
                r"over)\b|"
                # ("No surveillance camera may be installed in any restroom")
                r"\bno\s+(?:[\w-]+\s+){0,2}?(?:cameras?|CCTV)\s+(?:shall|may|must)\s+be\s+(?:placed|"
                r"installed|located|positioned|mounted|used|operated)\b",
                need=Need.NONE,
                # (a body or dash camera's bar is the rule above's, which asks whose camera it is;
                # and not the public's or a business's cameras: "Cameras, including cameras on
                # cellular telephones, shall not be used in any locker room", "Employers may not
                # place video surveillance cameras in restrooms")
                none_of=(
                    *_NOT_A_USE_LIMIT,
                    _NOT_THE_POLICE,
                    r"\b(?:cellular|(?:tele)?phones?|patrons?)\b|"
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w'’-]+\s+){0,3}?(?:employers?|landlords?|hotels?|"
                    r"motels?|owners?|operators?|business(?:es)?|retailers?|stores?|merchants?|"
                    r"lessors?|proprietors?)\b|"
                    # (a business's or a rental's rooms: "of a place of business open to the
                    # public", "of a short-term rental unit")
                    r"\b(?:place\s+of\s+business|business(?:es)?|rental|establishments?|fitting\s+rooms?|"
                    r"hotels?|motels?|stores?)\b",
                    r"\bbody[- ]?(?:worn|cam)\w*|\bbody\s+cameras?\b|\bdash(?:board)?[- ]?cam\w*",
                ),
                weak=True,
                rest_first=True,
            ),
            # Whom the law orders tracked: "Any person placed on probation or parole and who has
            # been designated as a violent sexual predator ... shall be monitored with electronic
            # monitoring technology for the duration of the person's probation or parole period",
            # "shall be placed on GPS monitoring". A rule of the technology's use; partial, like
            # the other single rules.
            # (a person the criminal law holds: not a burglar alarm, a patient, a tank or a dog)
            rule(
                r"\b(?:shall|must)\s+be\s+(?:(?:placed\s+on|subject(?:ed)?\s+to|(?:monitored|tracked|"
                r"supervised)\s+(?:with|by|through|using|via|on)(?:\s+means\s+of)?)\s+(?:an?\s+|the\s+)?"
                r"(?:active\s+|passive\s+|continuous\s+)?(?:electronic|gps|global\s+positioning(?:\s+system)?|"
                r"satellite|location)\s+(?:(?:monitoring|tracking|system|technology|device)\s+){0,2}?"
                r"(?:monitoring|tracking|surveillance|supervision|devices?|technology)|"
                r"electronically\s+monitored)\b",
                r"\b(?:" + _HELD_BY_THE_CRIMINAL_LAW + r")\b",
                weak=True,
            ),
            # The terms of an electronic-monitoring or home-detention program in other words
            # than an order to be tracked: who may not be placed on it, what its device must do,
            # how long a placement may last ("Home detention shall not be granted in a sentence
            # imposed for an offense involving domestic violence", "A court may not order home
            # detention for an offender ... unless the conditions require the use of ... a
            # monitoring device that can transmit ... the offender's precise location", "the
            # supervised person shall have a special condition of parole imposed that requires
            # participation utilizing continuous electronic monitoring technology", "the period
            # ... electronically monitored house arrest shall be utilized shall ... not exceed
            # the maximum term"). The program may be named in the sentence before: "There is
            # hereby created the Electronic Monitoring Program ... The following inmates ...
            # shall not be eligible for assignment to the program:".
            # (not the offender's tampering, a sentence to home detention as a penalty, an
            # escape or another crime, who pays, a private provider's or employer's duty, a jail's
            # contraband rule, a report's duty; not who may reach the data it gathers, which is a
            # sharing limit's to read; not a page's account of an order: "On October 24, 2006,
            # an Administrative Order ... was signed, ordering that ...")
            rule(
                r"\b(?:" + _MONITORING_PROGRAM + r"|monitoring\s+devices?|(?:surveillance|tracking|"
                r"monitoring)\s+equipment|(?:ankle|location|monitoring|radio[- ]frequency|"
                r"signal\w*)\s+transmitters?|transmitters?\s+(?:worn|strapped|attached|affixed|"
                r"(?:and|or)\s+receivers?))\b",
                r"\b(?:" + _HELD_BY_THE_CRIMINAL_LAW + r"|supervised\s+persons?|(?:active\s+)?"
                r"punishment)\b",
                none_of=(
                    r"\b(?:tamper\w*|circumvent\w*|interfer\w+|damag(?:e|es|ed|ing)\s+(?:the|any|a|"
                    r"an)|disabl(?:e|es|ed|ing)\s+(?:the|any|a|an)|alter(?:s|ed|ing)?\s+(?:the|any|a|"
                    r"an))\b",
                    # (who pays: not work "paid or unpaid", nor bail "secured with a payment")
                    r"\b(?:fees?|costs?|reimburs\w+|indigen\w+)\b|\bpay\s+(?:the|a|an|all|any|for)\b|"
                    r"\bpaid\s+(?:by|for)\b|\bpayments?\s+(?:by|from)\b",
                    # (the sentence's own consequence: not a list of the offences that bar a
                    # placement, "convicted of ... any criminal sexual assault punishable as a
                    # felony")
                    r"\b(?:shall\s+be|is|are)\s+(?:guilty|punished|fined)\b|\bguilty\s+of\b|"
                    r"\bcommits?\s+(?:the\s+)?(?:crime|offense)\s+of\b|\bescap(?:e|es|ed|ing)\b|"
                    r"\bshall\s+be\s+sentenced\s+to\b",
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?\s+|the\s+|each\s+|any\s+|no\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:private|employers?|vendors?|providers?|compan(?:y|ies))\b|\bpossess\w*\b",
                    r"\bsubmit\w*\b[^.;]{0,60}\breports?\b|\breports?\s+(?:to|stating|on)\b",
                    r"\b(?:access\w*|disclos\w+|disseminat\w+)\b",
                    r"^on\s+[a-z]+\s+\d{1,2},\s+\d{4},[^.;]{0,80}?\b(?:was|were)\b",
                ),
                weak=True,
                paragraph=True,
                rest_first=True,
            ),
            # ... its bar in the present tense, with no modal: "A person is not eligible for the
            # home detention and electronic monitoring program if any of the following apply:"
            # (the program what is barred: not a grant or a credit; not a digest's account)
            rule(
                r"\b(?:is|are)\s+(?:not\s+eligible|ineligible)\s+(?:for|to\s+(?:participate|be\s+"
                r"placed))\s+(?:in\s+|on\s+|under\s+)?(?:the\s+|an?\s+)?(?:[\w/-]+\s+){0,3}?(?:"
                + _MONITORING_PROGRAM
                + r")\b",
                need=Need.NONE,
                none_of=(
                    r"\b(?:existing|current)\s+law\b|\bthis\s+(?:bill|act|measure)\s+would\b|"
                    r"\bwould\s+provide\b",
                ),
                weak=True,
            ),
        ),
        aspects=(
            # (a policy says it in its own words: "Recordings will be kept for thirty days",
            # "are overwritten", "may be viewed by", "shall only be used for")
            aspect(
                "data retention limits",
                r"\bretention\b|\bretain\w*\b|\bdelet\w+|\bdestr\w+|\berase\w*|\boverwr[io]t\w*|"
                r"\bpurg\w+|\bexpung\w+|\bdiscard\w*|"
                r"\b(?:kept|stored|maintained)\b[^.;]{0,40}\b(?:days?|hours?|weeks?|months?)\b",
            ),
            aspect(
                "rules on access and sharing",
                r"\baccess\b|\bshar(?:e|ing)\b|\b(?:view\w*|releas\w*|disclos\w*)\b",
            ),
            aspect(
                "authorized and prohibited uses",
                r"\b(?:authorized|permitted|prohibited)\s+uses?\b|\bpurposes?\b|"
                r"\bused\s+(?:only|solely|exclusively)\b|\b(?:only|solely|exclusively)\s+(?:be\s+)?used\b|"
                # ("may operate unmanned aircraft only for search and rescue")
                r"\b(?:operate|deploy|utilize|use)\b[^.;]{0,60}\b(?:only|solely|exclusively)\s+(?:to|for)\b|"
                # ("may not use a cell site simulator device, except to locate ...")
                r"\b(?:use|operate|deploy|utilize)d?\b[^.;]{0,160}\b(?:except|other\s+than)\s+"
                r"(?:to|for|in|as|when|with|pursuant)\b|\b(?:only|solely)\s+(?:if|when|upon|after)\b",
            ),
        ),
        needed=2,
        parameters=(
            Parameter(
                "max_retention",
                days_near(r"\bretain\w*|\bretention\b|\bdelet\w+|\bexpung\w+|\bdiscard\w*", 80),
            ),
        ),
        partial_note="use of the technology is governed, but the text does not set",
    ),
    ElementRules(
        "existing_technology",
        (
            rule(
                _EXISTING,
                r"\b(?:submit\w*|cease|discontinu\w*|stop|approv\w*|inventor\w*|list|polic\w*|report)\b",
                rest_first=True,
            ),
            # a bounded permission to go on using it: "Any surveillance technology in use on the
            # effective date may continue to be used for up to one year while the department
            # seeks approval"
            rule(
                _EXISTING,
                r"\bmay\s+continue\b[^.;]{0,60}\b(?:for\s+(?:up\s+to|no\s+more\s+than|not\s+more\s+than|"
                r"a\s+period)|until|pending)\b",
                need=Need.NONE,
                rest_first=True,
            ),
        ),
        aspects=(
            aspect(
                "deadline to submit it for review",
                r"\b(?:within|no\s+later\s+than)\b[^.;]{0,20}(?:\b\d+|\(\d+\))\s+(?:calendar\s+)?(?:days|months)|\b\d+-day\b",
            ),
            aspect(
                "end to unapproved use",
                r"\bceas\w+|\bdiscontinu\w+|\bstop\b|\buntil\s+such\s+time\b|\bno\s+longer\b",
            ),
        ),
        needed=2,
        parameters=(
            Parameter("submit_within", days_near(r"\bsubmit\w*|\bcommence\w*|\binventory\b", 120)),
        ),
        partial_note="existing technology is covered, but with no",
    ),
    ElementRules(
        "partnership_termination",
        (
            rule(
                r"\b(?:agreements?|partnerships?|contracts?|memorand\w+|arrangements?)\b",
                r"(?:private\s+camera|privately[- ]owned|camera\s+networks?|"
                # residents' own cameras: "access to residents' doorbell camera footage"
                r"doorbell\s+(?:cameras?|video)|home\s+(?:security\s+)?cameras?|"
                r"(?:law[- ]enforcement|neighbors|request)\s+portal|"
                r"third-party\s+surveillance\s+partnership|private\s+surveillance)",
                r"\b(?:terminat\w+|end(?:s|ed)?\b|ceas\w+|expire\w*|void|not\s+be\s+renewed|withdraw\w*)",
            ),
        ),
        parameters=(
            Parameter("within", days_near(r"\bterminat\w+|\bend\b|\bexpire\w*|\bceas\w+", 120)),
        ),
    ),
    ElementRules(
        "footage_requests",
        (
            rule(
                r"\b(?:footage|recordings?|video|images?|data)\b",
                _PRIVATE,
                r"\bconsent\b",
                r"\b(?:warrant|court\s+order|judicial\s+order|subpoena)\b",
                parts=(Part.BODY,),
            ),
            # With no modal, the consent must be the condition itself: a list item "(6) Acquiring
            # footage ... without the direct consent of that person ... absent a judicial warrant"
            # under the lead-in of what is forbidden. A directive that only mentions consent and a
            # warrant ("Members should obtain a warrant when an owner refuses to consent") is not.
            rule(
                r"\b(?:footage|recordings?|video|images?|data)\b",
                _PRIVATE,
                r"\b(?:without|absent)\b[^.;]{0,40}\bconsent\b",
                r"\b(?:warrant|court\s+order|judicial\s+order|subpoena)\b",
                need=Need.NONE,
                parts=(Part.BODY,),
            ),
            # A business or resident made to hand over its cameras' footage only on a warrant:
            # "may not require a business to provide access to its security camera footage
            # without a warrant".
            rule(
                r"\b(?:may|shall)\s+not\s+(?:require|compel|order|direct)\w*\s+(?:a|an|any)\s+(?:business|"
                r"resident|homeowner|person|property\s+owner|owner)\b[^.;]{0,60}\b(?:provide|give|produce|"
                r"grant|share|turn\s+over)\w*\b[^.;]{0,60}\b(?:footage|recordings?|video|images?|cameras?)\b"
                r"[^.;]{0,60}\b(?:without|except\s+(?:pursuant\s+to|with|upon|under)|unless)\b[^.;]{0,40}"
                r"\b(?:warrant|court\s+order|judicial\s+order|subpoena|consent)",
                need=Need.PROHIBITION,
            ),
            # Access to private cameras forbidden without a warrant: "The Town shall not: ... d)
            # Access private camera systems without warrant". The warrant is the condition.
            rule(
                r"\b(?:access\w*|obtain\w*|acquir\w+|request\w*|seiz\w+)\s+(?:to\s+)?(?:any\s+)?"
                # ("request footage from any doorbell camera network except pursuant to a warrant")
                r"(?:(?:footage|recordings?|video|images?)\s+from\s+(?:any\s+|a\s+)?)?"
                r"(?:private(?:ly[- ]owned)?|doorbell)\s+(?:camera|video|surveillance|security)\b"
                r"[^.;]{0,40}?\b"
                r"(?:without|except\s+(?:pursuant\s+to|with|upon|under))\s+(?:a\s+)?"
                r"(?:warrant|court\s+order|judicial\s+order|subpoena)\b",
                need=Need.PROHIBITION,
            ),
            # ... or forbidden outright: "The Town shall not access surveillance data from private
            # cameras that monitor public spaces" (a ban does what the warrant rule does, and more)
            rule(
                # (one verb or a list of them: "shall not access, obtain, or use footage from ...";
                # using footage alone is an evidence rule: "use" only after a way of getting it)
                r"\b(?:access|obtain|acquir|request|collect|receiv|accept)\w*(?:,?\s+(?:or\s+|and\s+)?"
                r"(?:access|obtain|acquir|request|collect|use|receiv|accept)\w*)*\s+(?:any\s+|the\s+)?"
                r"(?:surveillance\s+)?(?:data|footage|recordings?|video|images?)\s+(?:from|of|"
                r"captured\s+by)\s+(?:any\s+|a\s+|the\s+)?(?:(?:private(?:ly[- ]owned)?|doorbell|"
                r"residential|Ring)\s+(?:doorbell\s+|security\s+|surveillance\s+)?cameras?\b|"
                r"cameras?\s+(?:owned|operated)\s+by\s+private\b|"
                r"cameras?\s+not\s+owned\s+(?:or\s+(?:leased|operated)\s+)?by\s+the\s+(?:city|town|"
                r"county|village|borough|department))"
                r"(?![^.;]{0,60}\b(?:without|except|unless)\b)",
                need=Need.PROHIBITION,
                none_of=(_PRIVATE_SUBJECT,),
            ),
            rule(
                r"\b(?:footage|recordings?|video|images?)\b",
                _PRIVATE,
                # ("any request for footage ... shall be made to the owner, who may decline")
                r"\b(?:consent(?:s|ed)?|warrant)\b|\bmay\s+(?:decline|refuse)\b",
                weak=True,
            ),
        ),
        aspects=(
            aspect(
                "written, informed consent",
                r"\bwritten\b|\binformed\b|\bright\s+to\s+refuse\b|\bvoluntar\w+",
            ),
        ),
        needed=0,
    ),
    ElementRules(
        "no_subsidy_or_promotion",
        (
            rule(
                r"\b(?:subsid\w+|rebates?|discounts?|incentives?|vouchers?|public\s+funds|in-kind|free\s+(?:or\s+discounted\s+)?(?:devices?|cameras?))\b",
                r"\b(?:private|residents?|homeowners?|businesses|devices?|cameras?)\b",
                need=Need.PROHIBITION,
                # who may not have a programme's voucher: the programme's rule, no bar on it
                # ("Residents of properties owned by the Housing Authority shall not be eligible
                # for a voucher under this chapter")
                none_of=(
                    r"\b(?:residents?|persons?|applicants?|individuals?|households?|owners?)\b"
                    r"[^.;]{0,80}\b(?:not\s+be\s+eligible|(?:is|are)\s+ineligible)\b",
                ),
            ),
            rule(
                r"\b(?:promot\w+|market\w*|endors\w+|advertis\w+|solicit\w*\s+(?:purchase|sign-ups?))\b",
                r"\b(?:vendors?|products?|devices?|cameras?|services?)\b",
                need=Need.PROHIBITION,
                weak=True,
            ),
        ),
    ),
    ElementRules(
        "nda_prohibition",
        (
            rule(
                r"\b(?:non-?disclosure|confidentiality)\b|"
                # "Any provision of a contract that restricts disclosure of information under the
                # public records act is void"
                r"\b(?:restrict\w*|prohibit\w*|limit\w*|prevent\w*)\s+(?:the\s+)?(?:public\s+)?disclosure\b|"
                # "a provision that purports to prevent the City from disclosing information"
                r"\b(?:restrict\w*|prohibit\w*|limit\w*|prevent\w*|bar\w*)\s+(?:the\s+)?"
                r"(?:city|county|town|village|agency|department|district|government)\s+from\s+"
                r"(?:publicly\s+)?disclos\w+|"
                # "any provision that restricts the City's ability to comply with the Public
                # Records Act shall be void"
                r"\b(?:restrict\w*|limit\w*|imped\w+|interfer\w+\s+with)\s+(?:the\s+)?"
                r"(?:city|county|town|village|agency|department|district|government)['’]s\s+"
                r"ability\s+to\s+(?:comply\s+with\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}public\s+records|"
                r"disclos\w+)",
                r"\b(?:agreements?|terms?|clauses?|provisions?|contracts?)\b",
                need=Need.PROHIBITION,
                rest_first=True,
            ),
        ),
    ),
    ElementRules(
        "data_sharing_limits",
        (
            rule(
                # (or let it be queried: "no agreement that allows a federal agency to query the
                # license plate reader database")
                # (not "except as provided in subsection (b)", "unless otherwise provided",
                # "provided, however, that ...": a cross-reference or a proviso provides nothing)
                r"\b(?:shar(?:e|ed|ing)|disclos\w+|(?<!\bas\s)(?<!otherwise\s)(?<!expressly\s)"
                r"(?<!specifically\s)(?<!as\smay\sbe\s)provid\w+(?!,?\s+(?:however|that)\b)|"
                r"reveal\w*|transfer\w*|access|sell|sold|distribut\w+|"
                r"giv(?:e|en)|releas\w+|exchang\w+|trad(?:e|ed|ing)|"
                # (sent to someone: not a drone that may not "record and/or transmit any image")
                # ("No county employee shall comply with a request from an out-of-state agency
                # for plate reader data")
                r"compl(?:y|ies)\s+with\s+(?:a|an|any)\s+requests?|"
                # (or reported to one: "any evidence obtained from such use shall not be reported to
                # the Department of Public Safety ... or to any insurance company")
                r"(?:transmit\w*|furnish\w*|forward(?:s|ed|ing)?|send|sent|upload\w*|reported)"
                r"(?=[^.;]{0,80}\bto\s+(?:any|a|an|the|other|another)\s+(?:[\w-]+\s+){0,2}"
                r"(?:agenc|part(?:y|ies)|entit|vendor|government|authorit|department|jurisdiction|"
                r"compan|organi[sz]ation))|"
                r"(?:make|made)\b[^.;]{0,40}\b(?:available|accessible)|quer(?:y|ies|ied)|"
                # ("records ... shall not be open for inspection by, or otherwise available to, any
                # agency or individual except ...")
                r"open\s+(?:for|to)\s+inspection\s+by|otherwise\s+available\s+to|"
                r"not\s+(?:be\s+)?(?:made\s+)?available\s+to)\b",
                # (or the system that holds it: "Access to the camera network by any outside
                # agency is prohibited")
                # (not personnel, medical, tax or court records, kept under laws of their own)
                r"\b(?:data|databases?|information|footage|recordings?|images?|videos?|"
                r"(?<!personnel\s)(?<!medical\s)(?<!health\s)(?<!employment\s)(?<!tax\s)"
                r"(?<!financial\s)(?<!student\s)(?<!court\s)(?<!adoption\s)(?<!payroll\s)records|"
                r"biometric\s+identifiers?|"
                r"(?:camera|video|surveillance|ALPR|reader|live)\s+(?:networks?|systems?|feeds?))\b",
                # (or no one at all: "No person may sell, trade, or exchange captured plate data
                # for any purpose")
                r"\b(?:" + _RECIPIENTS + r"|"
                # (or a network of many: "shall not participate in any statewide or nationwide
                # ALPR data sharing network")
                r"statewide|nationwide|(?:data|information)[- ]sharing\s+"
                r"(?:networks?|programs?|systems?|consorti\w+)|"
                r"(?:sell|sold|trade|traded|exchange|exchanged)\b[^.;]{0,60}\bfor\s+any\s+purpose|"
                # (or sale at all: "shall not sell, rent, or otherwise transfer data collected",
                # "Any biometric identifier obtained by an agency: (a) May not be sold")
                # (not what the city owns or leases: "cameras not owned or leased by the city")
                r"(?:not|neither|nor)\s+(?:[\w-]+\s+){0,3}?(?:sell|sold|rent|rented|lease|leased)\b"
                r"(?!\s+(?:by|from)\b)|"
                # (or whoever asks: "shall not release any FRT data in response to a subpoena or
                # request if ..."; not "in response to a request until the fee has been paid")
                r"in\s+response\s+to\s+(?:a|an|any)\s+(?:subpoena|request|demand)s?\b"
                r"(?![^.;]{0,80}\buntil\b))\b",
                need=Need.PROHIBITION,
                # (a duty to answer requests: "No employee shall refuse to comply with any
                # request for camera footage that is a public record")
                none_of=(
                    _RETALIATION,
                    r"\b(?:refuse|fail|decline)\w*\s+to\s+comply\b",
                    # a duty to disclose, or a fee's rule: "shall not be denied to anyone who
                    # submits a request", "shall not refuse to provide recordings to anyone", "No
                    # fee shall be charged to any individual who requests"
                    r"\bbe\s+denied\s+to\b|\b(?:refuse|fail|decline)\w*\s+to\s+(?:provide|release|"
                    r"disclose|give|make)\b|\bfees?\b[^.;]{0,40}\bcharged\b",
                    # (a fee's timing: "shall not release records ... until the fee has been paid")
                    r"\buntil\b[^.;]{0,40}\b(?:paid|payment)\b",
                    # the government getting the data, not giving it: "may not enter into an
                    # agreement with a private entity to obtain, retain, access, or use a face
                    # surveillance system or information obtained from it"
                    # (with no giving in it: "... with any vendor to use, share, or sell" limits)
                    _NO_GIVING
                    + r".*\b(?:agreements?|arrangements?|contracts?)\s+(?:or\s+(?:agreements?|"
                    r"arrangements?|contracts?)\s+)?with\s+(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:entit(?:y|ies)|compan(?:y|ies)|vendors?|part(?:y|ies))\s+to\s+(?:obtain|retain|"
                    r"access|use|acquire)\b",
                    # (nor a place's own agencies barred from "(1) obtain, retain, access, or use
                    # any face surveillance system or any information obtained from it"; but "No
                    # federal agency or other third party may obtain, access, or use data
                    # collected by the license plate reader system" is a sharing limit)
                    _NO_GIVING
                    + r"^(?:\(?\w{1,3}[.)]\s*)?(?:(?:except|notwithstanding)\b[^,]{0,80},\s*)?"
                    r"(?:it\s+(?:is|shall\s+be)\s+unlawful\s+for\s+)?(?:no\s+|an?\s+|the\s+|any\s+)?"
                    r"(?:(?:city|county|state|municipal|local|town|village|government(?:al)?)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:entit(?:y|ies)|agenc(?:y|ies)|departments?|officials?)|"
                    r"government(?:al)?\s+(?:entit(?:y|ies)|officials?)|police\s+(?:department|"
                    r"agenc(?:y|ies)|officers?)|law\s+enforcement\s+(?:agenc(?:y|ies)|officers?))\b"
                    r"[^.;]{0,60}?\b(?:(?:may|shall)(?:\s+not)?|to)\b\s*:?\s*"
                    r"(?:\(?\w{1,3}\)\s*)?(?:obtain|acquire|retain|possess)\w*,?\s+"
                    r"(?:[\w-]+,?\s+){0,2}(?:or\s+)?(?:access|use)\b",
                    # a bar on limiting the sharing, not a limit ("a local entity may not prohibit
                    # or materially limit a person ... from doing any of the following: ... sending
                    # ... information", "may not adopt, enact, or enforce a policy under which the
                    # entity prohibits ... the enforcement of immigration laws")
                    r"\b(?:prohibits?|limits?)\s+or\s+materially\s+limits?\b|"
                    r"\bprohibit\w*,?\s+or\s+in\s+any\s+way\s+restrict\w*,?\s+[^.;]{0,80}?\bfrom\s+"
                    r"(?:" + _SHARING_ACTS + r"|tak)|"
                    r"\b(?:may|shall)\s+not\s+(?:adopt|enact|enforce)\b[^.;]{0,80}\bpolic(?:y|ies)\s+"
                    r"(?:that|which|under\s+which)\b[^.;]{0,60}\b(?:prohibit|limit|restrict)\w*|"
                    # ("may not restrict its jailers from sharing", "may not prohibit, or in any way
                    # restrict, any official from sending ... information", 8 U.S.C. 1373's words)
                    r"\b(?:may|shall)\s+not\s+(?:prohibit|restrict|limit)\w*,?\s+(?:or\s+(?:in\s+any\s+way\s+|"
                    r"materially\s+)?(?:restrict|limit)\w*,?\s+)?[^.;]{0,80}?\bfrom\s+(?:"
                    + _SHARING_ACTS
                    + r")|"
                    # ... in the passive: "State agencies ... may not be prohibited or restricted in
                    # any way from sending, receiving or maintaining information"
                    # (in any way: not a bar's own carve-out, "except that the agency shall not be
                    # prohibited from providing data in response to a judicial warrant")
                    r"\b(?:may|shall)\s+not\s+be\s+(?:prohibited|restricted|limited)\b(?:\s+or\s+"
                    r"(?:prohibited|restricted|limited))?\s+in\s+any\s+way\s+from\s+(?:"
                    + _SHARING_ACTS
                    + r")",
                ),
            ),
            # "Any data collected shall be safeguarded ... is not accessible to individuals or
            # entities unrelated to the investigation": a limit stated as what the data is not.
            rule(
                r"\bnot\s+(?:be\s+)?(?:accessible|available|shared|disclosed|released|provided|"
                r"transferred|sold)\s+(?:to|with)\b|\bonly\s+(?:be\s+)?(?:shared|disclosed|released)\s+(?:to|with)\b|"
                # "data ... shall be accessible only by personnel of the Sheriff's Office",
                # "Vendors are not authorized to access data collected by ALPRs"
                r"\b(?:accessible|available)\s+only\s+(?:to|by)\b|"
                r"\bnot\s+(?:be\s+)?(?:authorized|permitted|allowed)\s+to\s+(?:access|obtain|receive|view)\b|"

                r"\b(?:shared|disclosed|released|provided)\s+only\s+(?:to|with)\b|"
                # "shall be shared with other agencies only as authorized by the use policy"
                r"\b(?:shared|disclosed|released|provided|disseminated)\s+(?:to|with|outside)\b[^.;]{0,60}"
                r"\bonly\s+(?:as|if|when|upon|with|in\s+accordance|pursuant)\b",
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b",
                r"\b(?:" + _RECIPIENTS + r"|" + _OUTSIDE + r")\b",
            ),
            # ... in the present tense of an agency's rule: "Criminal intelligence information is
            # disseminated only to personnel of criminal justice agencies"
            rule(
                r"\b(?:is|are)\s+(?:disseminated|disclosed|released|shared|provided|furnished|made\s+"
                r"available)\s+only\s+(?:to|with)\b",
                r"\b(?:data|information|intelligence|footage|recordings?|images?|videos?)\b",
                r"\b" + _RECIPIENTS + r"\b",
                need=Need.NONE,
                none_of=(_SOMEONE_SAYS,),
            ),
            # ... or to a list of whom, whoever they are: "may be disclosed only to a prosecutor,
            # a court, or the person recorded"
            rule(
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b[^.;]{0,80}\b(?:may|shall|"
                r"must|is|are)\s+(?:be\s+)?(?:shared|disclosed|released|disseminated)\s+only\s+(?:to|with)\s+"
                r"(?!the\s+extent\b)[^.;]{0,60},[^.;]{0,60}\b(?:or|and)\b",
                need=Need.NONE,
            ),
            # "Access to the images ... shall be limited to criminal justice agencies": a limit
            # that names who may have the data forbids everyone else, stated with "shall" or in
            # the present tense of law ("Dissemination of recordings is limited to ..."). A rule
            # of its own: its window is long, and the quick word test spares most sentences.
            rule(
                # the limit first: it fails fast on "including but not limited to"
                _LIMITED_TO,
                r"\b(?:access|shar\w+|disclos\w+|releas\w+|dissemination|distribution|copies)\b"
                r"[^.;]{0,120}" + _LIMITED_TO,
                # (or the police database that holds it: "Access to the CalGang database shall be
                # limited to employees meeting the definition of User"; not an immunization
                # registry's)
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b|\b\w*(?:gang|intelligence|"
                r"criminal|ALPR|plate|biometric|DNA|surveillance|recognition)\s+(?:[\w-]+\s+){0,2}?"
                r"databases?\b",
                r"\b" + _RECIPIENTS + r"\b",
                need=Need.NONE,
                none_of=(
                    _SOMEONE_SAYS,
                    # (a health registry's: "Access to information in the immunization information
                    # system shall be limited to health care providers")
                    _HEALTH_RECORDS,
                ),
            ),
            # A refusal as the duty: "all City employees shall: (a) Decline to respond
            # affirmatively to requests from ICE ... for non-public information ... unless the
            # request is accompanied by a judicial warrant".
            rule(
                r"\bdecline\s+to\s+(?:respond\w*|provide|share|disclose|release|honou?r|comply)\b"
                r"[^.;]{0,40}\brequests?\b",
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b",
                r"\b(?:agenc(?:y|ies)|third[- ]part(?:y|ies)|federal|immigration|(?-i:ICE|CBP))\b",
            ),
            # A refusal to share with a condition that lets a court or the law override it:
            # "the Board will not share private information unless required by law or a court
            # order".
            rule(
                r"\b(?:shall|will|may|must|does|do)\s+not\s+(?:share|disclose|release|provide|give)\b"
                r"[^.;]{0,80}\b(?:unless|except)\b[^.;]{0,60}\b(?:court\s+order|(?:judicial\s+)?"
                r"warrant|subpoena|consent|required\s+by\s+(?:state\s+or\s+federal\s+)?law)\b",
                r"\b(?:data|information|footage|recordings?|images?|videos?|records)\b",
                need=Need.NONE,
                none_of=(_RETALIATION,),
            ),
            # No help to immigration enforcement from the place's data or resources: "No
            # department shall use City resources, including surveillance data, to assist in the
            # enforcement of federal civil immigration law".
            rule(
                r"\b(?:assist\w*|aid|cooperat\w+)\b[^.;]{0,60}\bimmigration\s+(?:laws?|enforcement|"
                r"authorit\w+|agen\w+|officials?|officers?)\b",
                r"\b(?:data|databases?|information|footage|recordings?|images?|videos?|records)\b",
                need=Need.PROHIBITION,
            ),
            # ... or its moneys, equipment and people: "A law enforcement agency may not use agency
            # moneys, equipment or personnel for the purpose of detecting or apprehending persons
            # for the purpose of enforcing federal immigration laws", "No state or local agency
            # may use any funds, facilities, property, equipment or personnel ... to investigate,
            # enforce or provide assistance in the enforcement of any federal program requiring
            # registration" (a sanctuary law's limit, the corpus's convention for this element).
            rule(
                r"\b(?:(?:may|shall|must)\s+not|no\s+(?:[\w,-]+\s+){1,10}?(?:may|shall))\s+use\b[^.;]{0,60}\b"
                r"(?:moneys?|funds?|resources|equipment|personnel|facilities|property)\b[^.;]{0,200}\b"
                r"(?:immigration\s+laws?|immigration\s+enforcement|registr(?:y|ies|ation))\b",
                # (the rule's own words bind: "no agency, or any agent thereof, may use" is a bar
                # the duty test's short window misses; a digest's "Provides that ..." is none)
                need=Need.NONE,
                none_of=(
                    r"\bmay\s+not\s+(?:adopt|enact|enforce)\b",
                    r"^(?:[\w-]+\s+){0,3}?(?:provides|specifies|states|would)\b|\bwould\b",
                ),
            ),
            # Immigration enforcement refused the institution's records: "does not grant
            # permission for any person engaging in immigration enforcement ... to access ...
            # databases".
            rule(
                r"\bimmigration\s+(?:enforcement|authorities|agents?|officials?|officers?)\b",
                r"\b(?:not|no|den(?:y|ies|ied)|refus\w+)\b[^.;]{0,80}\b(?:permission|access|consent)\b",
                r"\b(?:databases?|records|information|data)\b",
                need=Need.NONE,
            ),
            # An item of a list of what the place's resources may not be used for, its lead-in
            # cut away: "(e) Providing federal authorities with non-public information about any
            # person for immigration purposes". Giving information for immigration enforcement
            # is named in local law only to forbid it.
            rule(
                r"\bimmigration\s+(?:purposes|enforcement)\b",
                r"^(?:\(?[a-z0-9]{1,4}[.)]\s+)?(?:provid|disclos|shar|giv|releas|transmitt)ing\b",
                r"\b(?:data|information|records)\b",
                r"\b(?:federal|immigration)\s+(?:authorit(?:y|ies)|agen\w+|officials?|officers?)\b",
                need=Need.NONE,
                rest_first=True,
            ),
            # A statute's present tense: "Data collected ... are confidential ... and are
            # available for use only by a law enforcement agency in carrying out its functions".
            rule(
                r"\bconfidential\b[^.;]{0,80}\b(?:available|accessible|disclosed|released)\s+"
                r"(?:for\s+use\s+)?only\s+(?:to|by)\b",
                r"\b(?:data|information|footage|recordings?|images?|videos?|records)\b",
                need=Need.NONE,
            ),
            # "data ... may not be used or shared for any purpose other than a purpose described
            # in this chapter": a limit by purpose rather than by recipient.
            rule(
                # (what is shared may be named at length: "No employee shall disclose information
                # acquired through the authorized operation of an unmanned aerial vehicle except as
                # provided")
                r"\b(?:shar(?:e|ed|ing)|disclos\w+|disseminat\w+|releas\w+)\b[^.;]{0,120}\b"
                r"(?:for\s+any\s+(?:other\s+)?purpose|other\s+than|except\s+(?:for|as|to))\b",
                # the same objects as the rules above: "Video records shall not be used or
                # disclosed other than as authorized"
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b",
                need=Need.PROHIBITION,
                # "except for official purposes" leaves every official use open: no limit (nor
                # "except for law enforcement and/or official College purposes")
                none_of=(
                    _RETALIATION,
                    # (a protection for who discloses, not a limit: "may not be disciplined or
                    # discharged for disclosing to the city council ... information"; nor a person
                    # released: "shall not release a person detained on the basis of ... data")
                    r"\b(?:disciplin\w*|discharg\w*|demot\w*|dismiss\w*)\b|"
                    r"\breleas\w*\s+(?:a|the|any)\s+(?:[\w-]+\s+)?(?:persons?|individuals?|detainees?|inmates?|"
                    r"suspects?|prisoners?|vehicles?)\b",
                    r"\bexcept\s+for\s+(?:[\w/-]+\s+){0,4}?official\s+(?:[\w-]+\s+)?(?:purposes?|business|"
                    r"use)\b",
                    # a release left to an official's say: "except as approved by the Chief"
                    _AS_AN_OFFICIAL_ALLOWS,
                ),
            ),
            # The general form of a limit, whoever the recipient: a release denied but on the
            # law's condition ("shall not be disclosed ... except under ... KRS 160.720", "will
            # not ... release your personal information ... unless disclosure is required by
            # law", "are not subject to disclosure without the written consent"), or confined to
            # one user ("available for the exclusive use of the Police Department") or to what
            # the law allows ("shall only be permitted in accordance with state and federal law").
            rule(
                _RELEASE_CONFINED,
                r"\b(?:data|information|records?|footage|recordings?|images?|videos?|(?-i:CJI))\b",
                need=Need.NONE,
                none_of=(
                    _RETALIATION,
                    r"\bexcept\s+for\s+official\s+(?:purposes?|business|use)\b",
                    _SOMEONE_SAYS,
                    r"\b(?:means|shall\s+mean|is\s+defined)\b",
                    # a person or a vehicle released, not records ("An inmate shall not be
                    # released ... unless ... no outstanding warrant")
                    r"\b(?:inmates?|prisoners?|detainees?|offenders?|defendants?|arrestees?|"
                    r"juveniles?|persons?|vehicles?|property)\s+(?:shall|may|must|will)\s+not\s+be\s+"
                    r"released\b",
                ),
            ),
            # ... or confined to a purpose, in the passive: "The images and any related data ...
            # can be queried or disseminated only for a law enforcement purpose".
            # (the verbs in any order, in a list: "may be disclosed or used only for", "may be
            # shared, used, or disclosed solely for")
            rule(
                r"\b(?:shall|may|must|can)\s+(?:only\s+)?be\s+(?:[\w-]+,?\s+(?:(?:or|and(?:/or)?)\s+)?){0,3}?"
                r"(?:disclosed|released|shared|disseminated|distributed)(?:,?\s+(?:(?:or|and(?:/or)?)\s+)?"
                r"[\w-]+){0,2}?\s+(?:only|solely|exclusively)\s+for\b|"
                r"\b(?:shall|may|must|can)\s+(?:only|solely)\s+be\s+(?:[\w-]+,?\s+(?:(?:or|and(?:/or)?)\s+)?)"
                r"{0,3}?(?:disclosed|released|shared|disseminated|distributed)(?:,?\s+(?:(?:or|and(?:/or)?)\s+)?"
                r"[\w-]+){0,2}?\s+for\b",
                r"\b(?:data|information|footage|recordings?|images?|videos?)\b",
                need=Need.NONE,
                none_of=(
                    _RETALIATION,
                    r"\bfor\s+(?:[\w/-]+\s+){0,4}?official\s+(?:[\w-]+\s+)?(?:purposes?|business|use)\b",
                    _SOMEONE_SAYS,
                ),
            ),
            # The records' privacy kept by law: "The privacy of records produced pursuant to this
            # chapter shall be maintained; provided, that aggregate data ... may be released"
            # (a page may lose the space: "this chaptershall be maintained").
            rule(
                r"\b(?:privacy|confidentiality)\s+of\s+(?:the\s+|all\s+|such\s+)?(?:records?|data|information|"
                r"images?|recordings?|footage)\b[^.;]{0,80}?(?:shall|must)\s*be\s+(?:maintained|protected|"
                r"preserved)\b",
                need=Need.NONE,
            ),
            # ... or in the active, by the government or its vendor that holds what a camera or
            # a plate reader gathers: "The Authority shall maintain the confidentiality of all
            # information ... including photographs or other recorded images", "The department
            # shall keep confidential all images captured by an automated license plate reader"
            # (not a counselor's therapy recordings, an ethics commission's complaint data).
            rule(
                r"^(?:\(?\w{1,3}[.)]\s*)*(?:[\w,.'’-]+\s+){0,6}?(?:authorit(?:y|ies)|departments?|"
                r"agenc(?:y|ies)|divisions?|commissions?|police|sheriff\w*|city|county|state|"
                r"municipalit(?:y|ies)|office|bureau|district|officers?|employees?|personnel|members?|"
                r"staff|vendors?|contractors?)\b[^.;]{0,80}?\b(?:shall|must)\s+(?:(?:maintain|preserve|"
                r"protect)\s+the\s+"
                r"confidentiality\s+of|(?:keep|hold|treat)\s+(?:as\s+)?confidential|(?:keep|hold|treat)\s+"
                r"(?:the\s+|all\s+|such\s+|any\s+)?(?:[\w-]+\s+){0,4}?(?:records?|data|information|images?|"
                r"recordings?|footage|photographs?)\b[^.;]{0,80}?\b(?:as\s+)?(?:strictly\s+)?"
                r"confidential)\b",
                r"\b(?:" + _CAMERA_OR_READER + r"|cell[- ]site|gunshot|photographs?|"
                r"recorded\s+images?|automatic\s+vehicle\s+identification)\b",
                need=Need.NONE,
                none_of=(_HEALTH_RECORDS,),
            ),
            # The cases the data may go out in, listed under the limit: "Captured plate data
            # ... may be disclosed only: (A) to a law enforcement agency ...".
            rule(
                r"\b(?:shared|disclosed|released|provided|disseminated)\s+only\s*:",
                r"\b(?:data|information|footage|recordings?|images?|videos?|records)\b",
                need=Need.NONE,
            ),
            # What the recordings hold let out to another agency on the law's grounds only: "The
            # contents of inmates' telephone calls may be disclosed to an appropriate
            # law-enforcement agency pursuant to an order of a court when disclosure is necessary
            # for the investigation ... of a crime", or kept confidential but for the cases the
            # section lists: "such records are otherwise confidential and not subject to public
            # disclosure or release except as set forth in this section" (not a permission to
            # share freely: "may be shared with any agency")
            rule(
                r"\b(?:may|shall)\s+(?:only\s+)?be\s+(?:disclosed|released|shared|provided|made\s+"
                r"available)(?:\s+(?:or|and)\s+(?:disclosed|released|shared|provided))?\s+(?:only\s+)?"
                r"(?:to|with)\s+(?:an?\s+|any\s+|the\s+)?(?:appropriate\s+|outside\s+|other\s+)?"
                r"(?:[\w-]+\s+){0,3}?(?:agenc(?:y|ies)|law[- ]enforcement|prosecutors?|"
                r"fusion\s+center)\b"
                r"[^.;]{0,160}?\b(?:when|if|where|upon|pursuant\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
                r"(?:orders?\s+of\s+(?:a|an|the)\s+(?:court|tribunal)|court\s+orders?|warrants?|"
                r"subpoenas?|necessary\s+for\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:investigation|"
                r"prevention|prosecution))\b|"
                # (what a camera recorded: not "Personnel files ..., including disciplinary data,
                # are confidential")
                r"\b(?:recordings?|footage|images?|videos?|(?:camera|ALPR|plate\s+reader|drone|"
                r"surveillance)\s+(?:data|records?))\b[^.;]{0,80}?\bconfidential\b[^.;]{0,40}?"
                r"\b(?:not\s+(?:be\s+)?subject\s+to|exempt\s+from)\s+(?:public\s+)?(?:disclosure|release|"
                r"inspection)\b[^.;]{0,60}?\bexcept\b",
                r"\b(?:contents|recordings?|videos?|footage|images?|data|calls?|communications?)\b",
                need=Need.NONE,
                none_of=(
                    _SOMEONE_SAYS,
                    # (a dispatch centre's call recordings, not a surveillance technology's)
                    r"\b(?:911|9-1-1|emergency\s+(?:calls?|communications?)|dispatch\w*)\b",
                ),
            ),
        ),
        aspects=(
            aspect(
                "each sharing recorded or reported",
                r"\b(?:log\w*|record\w*|report\w*|document\w*)\b",
            ),
        ),
        needed=0,
    ),
    ElementRules(
        "annual_report",
        (
            rule(
                r"\bannual\w*\b[^.;]{0,60}\breports?\b|\breports?\b[^.;]{0,120}\b(?:annually|on\s+an\s+annual\s+basis)\b|"
                r"\b(?:yearly|once\s+(?:a|each|every)\s+year)\b[^.;]{0,300}\breport|"
                r"\b(?:each|every)\s+(?:fiscal\s+|calendar\s+)?year\b[^.;]{0,300}\breport|"
                r"\breport\b[^.;]{0,120}\b(?:each|every)\s+(?:fiscal\s+|calendar\s+)?year\b|"
                # a year told in months: "shall present to the Council, once every twelve months,
                # a report"
                r"\b(?:each|every)\s+(?:twelve|12)\s+(?:\(12\)\s+)?months\b[^.;]{0,300}\breport|"
                r"\breport\b[^.;,]{0,60}\b(?:each|every)\s+(?:twelve|12)\s+(?:\(12\)\s+)?months\b",
                _REPORTING,
                none_of=(_LIST_ITEM_INCLUDES, _OWN_ACTIVITIES_REPORT, _ADVICE_ON_REPORTS),
            ),
            # A report on the technology more often than yearly does the annual report's work:
            # "shall provide a quarterly report to the City Council on the use of the system"
            # (not a committee's semiannual report on its own activities).
            rule(
                r"\b(?:quarterly|semi-?annual|biannual|monthly)\s+(?:[\w-]+\s+){0,3}reports?\b|"
                r"\breports?\b[^.;]{0,60}\b(?:quarterly|semi-?annually|biannually|monthly)\b|"
                # "By October 1, 2015, and every 6 months thereafter, the Mayor shall collect, and
                # make available ..., data on the Body-Worn Camera Program"
                r"\b(?:every|each)\s+(?:six|6|three|3)\s+months\b[^.;]{0,200}\b(?:reports?|data|"
                r"statistics)\b|"
                # "shall publish online, at least once per quarter, the following information
                # related to all notices of infractions" issued by its cameras
                r"\bonce\s+(?:per|a|each|every)\s+(?:quarter|month)\b[^.;]{0,200}\b(?:reports?|data|"
                r"statistics|information)\b",
                _REPORTING,
                _POLICY_TECH,
                none_of=(_LIST_ITEM_INCLUDES,),
            ),
            # The yearly account given under another name: "shall file with the Board, no later
            # than January 31 of each year, an accounting of every use of the cell-site
            # simulator", "shall provide the Council each year with statistics on plate reader
            # scans".
            rule(
                r"\b(?:accounting|statistics|summary|account)\s+(?:of|on|regarding|about|concerning)\b",
                r"\b(?:(?:each|every)\s+(?:fiscal\s+|calendar\s+)?year|annually|yearly)\b",
                _REPORTING,
                # (of the technology's use: not traffic stops' data or a camera programme's fees)
                r"\b(?:uses?|deployments?|scans|hits|searches|flights|activations)\b",
                r"\b" + _NAMED_TECHNOLOGY + r"\b",
                r"\b(?:council|board|commission|commissioners|supervisors|aldermen|trustees|public|"
                r"website)\b",
                none_of=(_LIST_ITEM_INCLUDES, _OWN_ACTIVITIES_REPORT, _ADVICE_ON_REPORTS),
            ),
        ),
        aspects=(
            aspect(
                "review by the governing body, which may end or change the use",
                r"\b(?:ceas\w+|discontinu\w+|modif\w+|ended|reassess\w*|public\s+hearing|calendar\s+the|direct\s+that|continue)\b",
            ),
        ),
        needed=1,
        parameters=(
            Parameter(
                "due",
                first_group(
                    r"\b((?:on\s+or\s+before|by|no\s+later\s+than)\s+"
                    + _MONTH
                    + r"\s+\d{1,2}(?:st|nd|rd|th)?|"
                    + _MONTH
                    + r"\s+\d{1,2}(?:st|nd|rd|th)?\s+of\s+each\s+year|"
                    # "within sixty (60) days after the end of each fiscal year"
                    + r"within\s+[\w-]+\s+(?:\(\d+\)\s+)?(?:months|days)"
                    + r"(?:\s+(?:after|following|of)\s+the\s+(?:end|close)\s+of\s+(?:each|the)\s+"
                    + r"(?:fiscal\s+|calendar\s+)?year)?|"
                    # "no later than the first regular meeting in April"
                    + r"(?:on\s+or\s+before|by|no\s+later\s+than)\s+the\s+(?:first|second|last)\s+"
                    + r"(?:regular\s+)?(?:meeting|business\s+day|day|monday|tuesday|wednesday|"
                    + r"thursday|friday)\s+(?:of|in)\s+"
                    + _MONTH
                    + r")"
                ),
            ),
        ),
        partial_note="an annual report is required, but with no",
    ),
    ElementRules(
        "oversight_body",
        (
            rule(
                # "a Public Safety Camera Review Committee consisting of ...": a body named for
                # the technology it reviews
                # (its name's words only: "surveillance technology unless the City Commission" is
                # the governing body)
                r"\b(?:privacy|advisory|oversight|surveillance|technology|camera|video|drone|"
                r"uas)\b(?:[\s,]+(?!(?:unless|the|by|if|to|of|from|with|without|that|which|shall|may|"
                r"must|until|before|after|requires?|needs?|receives?|obtains?|has|have|is|are)\b)"
                r"[\w'’&-]+){0,4}?[\s,]+"
                r"(?:commission|board|committee|working\s+group|task\s+force)\b|"
                r"\binspector\s+general\b|\bCOIT\b|\bPAC\b|\boversight\s+body\b",
                r"\b(?:review\w*|recommend\w*|advis\w+|consider\w*|evaluat\w+|assess\w*|approv\w*|"
                r"audit\w*)\b",
            ),
            # A reviewing body's powers over the technology: "the Executive Director of the
            # Community Oversight Board ... may examine and audit any LPR, any file used to store
            # LPR data, and any records pertaining to the use of LPRs".
            rule(
                r"\b(?:privacy|advisory|oversight|surveillance|review)\s+(?:[\w'’-]+\s+){0,2}?"
                r"(?:commission|board|committee)\b",
                r"\bmay\s+(?:examine|audit|inspect|investigate|review)\b",
                _POLICY_TECH,
                need=Need.NONE,
            ),
            # An existing body or a committee of the council as the reviewer ("The Police
            # Commission shall review each use policy"): it counts when what it reviews is the
            # surveillance regime's, not complaints of misconduct.
            rule(
                r"\b(?:police|public\s+safety|community|citizens?'?|privacy|human\s+rights|civil\s+rights|"
                r"equity|ethics)\b[^.;]{0,30}\b(?:commission|committee|board)\b",
                # ("shall hold a public hearing on each annual surveillance report and forward its
                # findings to the City Council")
                # (the commission holding it: not "The City Council shall hold a public hearing
                # on each report ... filed with the Public Safety Committee")
                r"\b(?:review\w*|recommend\w*|advis\w+|evaluat\w+)\b|"
                r"\b(?:commission|committee|board)\s+(?:shall|must|will)\s+(?:also\s+)?hold\s+(?:a\s+)?"
                r"(?:public\s+)?hearings?\s+on\b",
                # (or "every request under this chapter", in a surveillance chapter)
                r"\b(?:impact\s+reports?|use\s+polic(?:y|ies)|surveillance|annual\s+reports?)\b|"
                r"\b(?:requests?|proposals?|submissions?)\s+(?:for\s+approval\s+)?(?:made\s+)?"
                r"(?:under|pursuant\s+to)\s+this\s+(?:chapter|article|ordinance)\b",
            ),
            rule(
                # ("There is established a Surveillance Technology Advisory Committee")
                r"\b(?:there\s+is(?:\s+hereby)?|is\s+hereby|are\s+hereby)\s+(?:created|established)\b|"
                # ("The Board of Aldermen does hereby establish a Police Board"; not a Parks Board)
                r"\b(?:does|do)\s+hereby\s+(?:establish|create)\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,4}?"
                r"(?:police|privacy|surveillance|oversight|review)\s+(?:[\w'’-]+\s+){0,2}?"
                r"(?:board|commission|committee)\b",
                # ("The Office of the Inspector General ("OIG") is hereby established.")
                r"\b(?:commission|board|committee|working\s+group|task\s+force|inspector\s+general)\b",
                need=Need.NONE,
            ),
            # a body set up for a charge over the technology or the police: "A Technology and
            # Privacy Advisory Task Force is established to advise the Council on the acquisition
            # and use of surveillance technology"
            rule(
                r"\b(?:is|are)\s+(?:hereby\s+)?(?:created|established)\s+to\s+(?:advise|review|oversee|"
                r"monitor|make\s+recommendations)\b",
                r"\b(?:commission|board|committee|working\s+group|task\s+force|advisory\s+group)\b",
                r"\b(?:surveillance|technolog\w*|privacy|cameras?|police|license\s+plate|drones?)\b",
                need=Need.NONE,
            ),
            # A body that oversees the police, set up or given its charge by the text itself:
            # "There shall be a Carroll County Police Accountability Board", "The Board of Police
            # Commissioners has supervisory control and oversight of the Police Department", "The
            # purpose of this commission is to increase accountability of the ... Police
            # Department", "The police commission shall receive periodic reports". Such a body
            # reviews what the police acquire and use, whether or not its charge names
            # surveillance.
            rule(
                POLICE_OVERSEER,
                r"\bthere\s+(?:shall\s+be|is\s+(?:hereby\s+)?(?:(?:established|created)\s+)?an?)\b|"
                r"\b(?:is|are)\s+(?:hereby\s+)?(?:created|established|composed|"
                r"comprised)\b|\b(?:hereby\s+)?(?:establishes|creates)\b|\bis\s+established\s+to\b|"
                r"\bpurpose\s+of\s+(?:this|the)\s+(?:[\w'’-]+\s+){0,4}?(?:commission|board|committee|"
                r"council)\s+is\b|\bsupervisory\s+control\b|"
                r"\bshall\s+(?:not\s+)?(?:review|advise|receive|recommend|investigate|monitor|hear|"
                r"undertake)\b|\bshall\s+appoint\s+an?\b|"
                # its make-up set in the law: "The Board shall be composed of five members", "The
                # ... Commission shall have three elected officers"
                r"\bshall\s+(?:be\s+(?:composed|comprised|created|established)|consist)\b|"
                r"\bshall\s+have\s+(?:[\w()-]+\s+){0,3}(?:members|officers|commissioners)\b|"
                # who may sit on it: "In order to serve on the Civilian Review and Accountability
                # Board, persons must have resided ...", "eligible to serve on the Board"
                r"\b(?:in\s+order\s+to|(?:eligible|qualified)\s+to)\s+serve\s+on\b|"
                # a charter's leave to set it up: "The city council is authorized to hire ... an
                # independent police auditor", "may appoint a civilian review board"
                r"\b(?:authorized|empowered)\s+to\s+(?:hire|appoint|establish|create)\b|"
                r"\bmay\s+(?:hire|appoint|establish|create)\s+an?\b|"
                # its charge: "The community police advisory review board is authorized to:",
                # "The Office of Police Accountability is tasked to investigate complaints"
                r"\b(?:is|are)\s+(?:hereby\s+)?(?:authorized|empowered|tasked|charged)\s+(?:to|with)\b|"
                # its powers to get evidence: "may issue subpoenas to compel the attendance of
                # witnesses", "shall provide the Police Accountability Board with access to all
                # records"
                r"\bmay\s+(?:issue\s+subpoenas?|subpoena)\b|\bsubpoena\s+power|"
                r"\b(?:with|have|be\s+given|be\s+provided)\s+(?:full\s+|complete\s+|timely\s+|"
                r"unrestricted\s+)?access\s+to\s+(?:all\s+|any\s+)?(?:records|documents|files|"
                r"information|evidence)\b",
                need=Need.NONE,
                # (the body may be named only in its section's title: "Section 04.32.150 Office
                # of the Police Ombuds Commission ... the commission shall:")
                titled=True,
                # (not findings that recite what an auditor is authorized to do: "The City
                # Council of the City of Eugene finds that: A. ...")
                none_of=(r"\b(?:council|board|commission|legislature)\b[^.;]{0,80}\bfinds?\s+that\b",),
            ),
            # A police overseer charged with the department's rules and practices, whatever else
            # it hears: "to review and assess Rochester Police Department patterns, practices,
            # policies, and procedures", "may recommend rules, bylaws and regulations for the
            # government of the Police Department".
            rule(
                POLICE_OVERSEER,
                r"\b(?:review|assess|evaluat|examin|audit|recommend)\w*\b[^.;]{0,80}\b(?:polic(?:y|ies)|"
                r"practices|procedures|patterns|rules|regulations)\b",
                need=Need.NONE,
                titled=True,
                rest_first=True,
            ),
            # A body named only as "the Commission", charged to advise the governing body on
            # the regime's reports and policies: "The functions and duties of the Commission shall
            # be as follows: A. Review and advise the City Council on the City's technology use
            # policies".
            rule(
                r"\bthe\s+(?:commission|committee|panel|board)\b(?!\s+of\s+(?:supervisors|commissioners|"
                r"aldermen|alders|trustees|selectmen))",
                r"\b(?:advis\w+|recommend\w*)\b[^.;]{0,40}\b(?:the\s+)?(?:(?:city|town|county|village)\s+)?"
                r"(?:council|board\s+of\s+(?:supervisors|commissioners|aldermen|trustees)|governing\s+body)\b",
                r"\b(?:impact\s+reports?|use\s+polic(?:y|ies)|surveillance|annual\s+reports?)\b",
                need=Need.NONE,
            ),
            # A body, named in its section's title or not at all, charged with the police: to
            # advise on police policies and practices, or to receive and review complaints
            # against officers ("The board shall advise the mayor ... on policies and actions of
            # the police", "To advise and make recommendations ... regarding police policy", "The
            # Board shall receive complaints of police misconduct"). A board of this kind
            # oversees the police whatever its charge names (see the corpus README, batch 32).
            rule(
                # (not the governing body itself: "The Board of Supervisors shall review the
                # Sheriff's Department policies")
                r"\b(?:board|commission|committee|panel|auditor|ombuds\w*)\b(?!\s+of\s+(?:supervisors|"
                r"commissioners|aldermen|alders|trustees|selectmen)\b)",
                r"\b(?:advis\w*|recommend\w*|review\w*|monitor\w*|audit\w*|evaluat\w+)\b[^.;]{0,160}"
                r"\b(?:(?:police|law\s+enforcement|sheriff'?s?)\s+(?:department\s+|division\s+)?"
                r"(?:polic(?:y|ies)|practices|procedures)|(?:polic(?:y|ies)|practices|procedures)\s+"
                r"(?:and\s+\w+\s+)?of\s+the\s+(?:[\w-]+\s+){0,2}(?:police|sheriff))\b|"
                # ("the policies, practices and procedures adopted or to be adopted by police
                # administration")
                r"\b(?:polic(?:y|ies)|practices|procedures)\b[^.;]{0,40}\b(?:adopted|issued|used|"
                r"followed|implemented)\s+(?:or\s+to\s+be\s+adopted\s+)?by\s+(?:the\s+)?(?:police|"
                r"sheriff|law\s+enforcement)\b|"
                # ("to review investigations of complaints involving sworn police officers")
                r"\b(?:receiv|review|investigat|hear|overse)\w*\s+(?:the\s+)?(?:completed\s+)?"
                r"(?:investigations?\s+(?:and\s+\w+\s+)?of\s+)?(?:citizen\s+|public\s+)?complaints?\s+"
                r"(?:(?:filed|made|lodged)\s+)?(?:(?:of|about|against|concerning|involving|regarding)\s+|"
                # ("To receive complaints alleging misconduct by members of the Police Department")
                r"alleging\s+(?:[\w-]+\s+){0,3}?(?:by|of)\s+)(?:(?:sworn|the|any|members?\s+of\s+the)\s+)?"
                r"(?:police|law\s+enforcement|sworn|officers?)\b|"
                # ("Review all law enforcement recordings relevant to any complaint", "Review the
                # completed investigations of the Division of Police")
                r"\breview\w*\s+(?:all\s+|the\s+)?(?:completed\s+)?(?:(?:law\s+enforcement|police)\s+"
                r"(?:recordings?|records|investigations?)|investigations?\s+of\s+the\s+(?:division\s+of\s+|"
                r"department\s+of\s+)?police)\b",
                need=Need.NONE,
                titled=True,
            ),
            # An office or board given the power to hear complaints against the police: "The
            # Office shall have the authority to receive and to dismiss, conciliate, mediate, or
            # adjudicate a citizen complaint against a member ... of the MPD ... that alleges
            # abuse or misuse of police powers" (not the department's own internal affairs unit).
            rule(
                r"\b(?:office|board|commission|committee|panel|agency|auditor|ombuds\w*)\b",
                r"\b(?:authority|power|jurisdiction)\s+to\s+(?:receive|investigate|hear|review|"
                r"adjudicate)\b[^.;]{0,120}\bcomplaints?\b[^.;]{0,200}\b(?:police|law\s+enforcement|"
                r"sworn|sheriff)\b",
                need=Need.NONE,
                none_of=(r"\b" + POLICE_OWN_UNIT + r"\b",),
            ),
            # the body's membership set in the law: "The Commission shall consist of seven Voting
            # Members ...", "The workgroup shall consist of three residents each from ..."
            rule(
                r"^the\s+(?:[\w'’-]+\s+){0,5}?(?:commission|committee|work\s*group|working\s+group|"
                r"task\s+force|(?:advisory|review|oversight)\s+board)\s+shall\s+(?:consist|be\s+composed|"
                r"be\s+comprised)\s+of\b",
            ),
            # the instrument itself setting up the reviewer: "This policy authorizes a Video
            # Surveillance Oversight Committee ... to oversee its execution and review" (the
            # instrument's own voice: a report's "the ordinance creates" is not)
            rule(
                r"\bthis\s+(?:policy|chapter|ordinance|resolution|article|local\s+law)\s+(?:hereby\s+)?"
                r"(?:authorizes|establishes|creates)\s+[^.;]{0,60}\b(?:commission|board|committee)\b"
                r"[^.;]{0,120}\bto\s+(?:oversee|review|advise|monitor|audit|evaluate|provide\s+oversight)\b|"
                # "A committee to monitor the safe operation of drones on campus is authorized to
                # review and approve applications"
                r"^an?\s+(?:[\w-]+\s+){0,3}(?:committee|board|commission)\s+to\s+(?:monitor|oversee|"
                r"review)\b[^.;]{0,120}\bis\s+(?:hereby\s+)?(?:authorized|established|created)\b",
                need=Need.NONE,
            ),
            # a body charged with overseeing the systems themselves: "There shall be a Criminal
            # Justice Information System Governing Board which ... shall oversee criminal justice
            # information systems", "The Supervisory Board for the ... Crime Information Center
            # shall ... conduct an annual review of ... all files". The body is the sentence's
            # subject (not a director "after consulting the Public Safety Committee"), what it
            # oversees is surveillance or criminal justice's (not a library's information systems),
            # and it is not the governing body.
            rule(
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:there\s+(?:shall\s+be|is\s+(?:hereby\s+)?(?:established|"
                r"created))\s+)?(?:an?\s+|the\s+)?(?:[\w'’&-]+\s+){0,8}?(?:commission|board|committee|"
                r"task\s+force|working\s+group)\b[^.;]{0,160}?\bshall\s+(?:(?:also|generally)\s+)?"
                # (the last of its duties: "shall approve each file ..., and conduct an annual
                # review of")
                r"(?:[^.;]{0,160}?(?:,|\band)\s+)?"
                r"(?:oversee|supervise|provide\s+oversight\s+of|monitor\s+the\s+use\s+of|audit|"
                r"conduct\s+an?\s+(?:annual\s+)?(?:review|audit)\s+of)\b",
                r"\b(?:" + _WATCHING_SYSTEM
                + r"|unmanned|(?:face|facial)\s+recognition|intelligence)\b",
                none_of=(
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:"
                    + GOVERNING_BODY_NAMES
                    + r"|(?:town|village|county)\s+board|"
                    r"board\s+of\s+(?:mayor\s+and\s+)?(?:aldermen|alders))\b",
                    # (a study group reports and is gone)
                    r"\bstudy\b",
                ),
            ),
        ),
    ),
    ElementRules(
        "exigent_circumstances",
        (
            rule(
                _EXIGENCY,
                r"\b(?:notice|notify|report\w*|within|ceas\w+|return\w*|discontinu\w+|submit\w*|delet\w+|destroy\w*|"
                r"file|filed|files|(?:not|no)\s+later\s+than|sworn\s+statement|"
                # the use bound to the emergency, its data not kept after it
                r"limited\s+to|duration\s+of|(?:not|no)\s+(?:\w+\s+)?retain\w*|exceed\w*|"
                # ("may be used without Council approval for a period of not more than 96 hours")
                r"(?:not|no)\s+more\s+than\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:hours?|days?)|"
                r"(?:so|as)\s+long\s+as|only\s+while|"
                # "and the use shall end when the exigent circumstance ends"
                r"(?:shall|must)\s+(?:end|terminate|stop)|(?:end|terminate|stop)s?\s+(?:when|once|as\s+soon\s+as))\b",
                none_of=(_NOT_EXIGENCY,),
            ),
            # The exigency stated as a condition, the limit and the report in the next sentences.
            rule(
                _EXIGENCY,
                r"\b(?:notice|notify|report\w*|submit\w*|file|filed|ceas\w+|discontinu\w+|limited\s+to)\b",
                r"\b(?:within|(?:not|no)\s+later\s+than|(?:a\s+)?period\s+of)\b[^.;]{0,40}\b(?:hours?|days?)\b",
                none_of=(_NOT_EXIGENCY,),
                paragraph=True,
                titled=True,
            ),
            # A statute's conditions on emergency use, in the present tense: "(a) The agency
            # reasonably believes that there is an imminent threat to the life ... and (b) Not more
            # than 48 hours after the emergency operation begins, an official ... files a sworn
            # statement with the circuit court".
            rule(
                _IMMINENT_DANGER,
                r"\b(?:not\s+more\s+than|within|no\s+later\s+than)\s+(?:\w+\s+)?(?:\(\d+\)\s+)?"
                r"(?:hours?|days?)\b[^.;]{0,120}\b(?:files?|submits?|reports?|notif(?:y|ies))\b",
                need=Need.NONE,
                paragraph=True,
                rest_first=True,
            ),
            # The emergency as a narrow exception to the law's prohibition, with no limit or
            # report of its own: "This section does not apply to the use of a drone if: ... swift
            # action is needed to prevent imminent danger to life". The exception must say what
            # makes the emergency (imminent danger to life or of serious injury): a bare "shall
            # not apply in exigent circumstances" is a loophole, not a regulated exigency.
            # Partial: the element's time limit and report are missing.
            rule(
                _IMMINENT_DANGER,
                r"\b(?:(?:does|do|shall)\s+not\s+apply|nothing\s+in\s+this\b[^.;]{0,80}\b"
                r"(?:prohibits?|prevents?|restricts?|precludes?|limits?)|exempt(?:ed)?\s+from|"
                r"(?:prohibition|restriction)s?\b[^.;]{0,60}\bnot\s+apply|notwithstanding|"
                # "Except in an emergency involving imminent danger to life, no drone shall ..."
                r"except\s+(?:in|where|when|if|during|to\s+prevent))\b",
                need=Need.NONE,
                none_of=(_NOT_EXIGENCY,),
                weak=True,
            ),
            # A wiretap act's emergency: a judge's oral approval, without an order, to be followed
            # by a written application within a set time ("Approval for an interception under
            # this section shall be conditioned upon filing with the judge, by midnight of the
            # second full court day after the oral approval, a written application for an
            # order").
            rule(
                r"\boral(?:ly)?\s+(?:approv\w*|authori[sz]\w*|application)\b",
                r"\bwritten\s+application\b|\bapplication\s+for\s+(?:an?\s+)?(?:order|warrant)\b",
                r"\b(?:within|by|(?:not|no)\s+later\s+than)\b[^.;]{0,80}\b(?:hours?|days?)\b",
                need=Need.DUTY,
            ),
            # An emergency defined by the danger it answers, as the condition on which the police
            # may use a technology or get what it holds: "a law enforcement agency may use a drone
            # ... when exigent circumstances exist. ... exigent circumstances exist if ... swift
            # action to prevent imminent danger to life is necessary", "A wireless
            # telecommunications provider must provide call location information ... when
            # requested by a law enforcement agency ... in an emergency situation that involves
            # the risk of death or serious physical harm". With no time limit or report of its
            # own, partial.
            rule(
                r"\b(?:exigent|emergenc(?:y|ies))\b[^.;]{0,160}?(?:\b(?:risk|danger|threat)\s+(?:of|to)\s+"
                r"(?:the\s+)?(?:death|life|lives|(?:serious\s+)?(?:physical|bodily)\s+(?:harm|injury))|"
                + _IMMINENT_DANGER
                + r")",
                r"\b(?:us(?:e|ed|ing)|operat\w+|obtain\w*|request\w*|access\w*|disclos\w+|provid\w+|"
                r"releas\w+|intercept\w*|install\w*|deploy\w*)\b",
                r"\b(?:law\s+enforcement|police|sheriff|officers?|agenc(?:y|ies)|government\w*)\b",
                # (what it watches or gathers: not a siren, a defibrillator or a dispatcher's
                # "caller's location")
                r"\b(?:location\s+(?:information|data)|call\s+location|information\s+(?:[\w-]+\s+){0,3}?"
                r"location|(?:telecommunications|wireless)\s+devices?|(?:electronic|stored)\s+"
                r"(?:communications?|information|data)|data|records|recordings?|footage|images?|"
                r"drones?|unmanned\s+a\w+|s?UA[SV]s?|cameras?|video|surveillance|tracking\s+devices?|"
                r"intercept\w*|wiretap\w*|biometric|(?:facial|face)\s+recognition|plate\s+readers?)\b",
                need=Need.NONE,
                weak=True,
                # (a glossary's "'Exigent circumstances' means ...", "'Emergency situation' shall
                # mean ...", "Exigent circumstances: ..." sets no rule of its own)
                none_of=(
                    r"^(?:\(?\w{1,3}[.)]\s*)*[\"“]?(?:[\w-]+\s+){0,2}?(?:exigent|emergency)"
                    r"(?:\s+[\w-]+){0,2}?[\"”]?\s*(?:means|shall\s+mean|has\s+the\s+meaning|:)|"
                    r"[\"“](?:[\w-]+\s+){0,2}?(?:exigent|emergency)(?:\s+[\w-]+){0,2}?[\"”]\s*"
                    r"(?:means|shall\s+mean|has\s+the\s+meaning)",
                ),
            ),
        ),
        aspects=(
            aspect(
                "report to the governing body within a deadline",
                r"\b(?:notice|notify|report\w*)\b[^.;]{0,120}\bwithin\b|\bwithin\b[^.;]{0,80}\b(?:notice|notify|report\w*)",
            ),
            aspect(
                "time limit or end to the use",
                r"\b(?:ceas\w+|discontinu\w+|return\w*|end\s+of\s+the|beyond\s+the|no\s+longer\s+than|"
                r"(?:no|not)\s+more\s+than\s+(?:[\w-]+\s+)?(?:\(\d+\)\s+)?(?:hours?|days?)|"
                r"(?:so|as)\s+long\s+as|only\s+while)\b|"
                # ("for seven (7) days": the bracketed figure opens with no word boundary)
                r"(?:\b\d+|\(\d+\))\s+days\b",
            ),
        ),
        needed=2,
        parameters=(
            Parameter("report_within", days_near(r"\b(?:notice|notify|report\w*)\b", 90)),
            Parameter(
                "max_use",
                days_near(
                    r"\b(?:ceas\w+|discontinu\w+|stop\w*|return\w*|no\s+longer\s+than|(?:no|not)\s+more\s+than|"
                    r"exceed\w*)\b",
                    60,
                ),
            ),
        ),
        partial_note="emergency use is regulated, but with no",
    ),
    ElementRules(
        "public_records",
        (
            rule(
                # "make each annual report required by this section publicly available": the
                # object between "make" and "available" is a noun phrase of any length in a clause.
                r"\b(?:post\w*|publish\w*|make\b[^.;]{0,100}\bavailable|made\b[^.;]{0,20}\bavailable|available\s+to\s+the\s+public|"
                # "shall be available for public inspection at the office of the City Clerk"
                r"available\s+for\s+public\s+(?:inspection|review)|open\s+(?:to|for)\s+public\s+inspection|"
                # "shall maintain on the County's website a list of ..." (or "a public transparency
                # portal that lists the cameras in operation")
                r"maintain\w*\b[^.;]{0,40}\b(?:website|web\s+site|online|internet|portal|dashboard)|"
                # "shall include on its Internet website the information in the registry"
                # (put there: "include in its report the visits to its website" puts nothing)
                r"(?:includ|plac|display|list)\w*\s+(?:[^.;]{0,60}\s)?on\s+(?:its|the|a|their)\s+"
                r"(?:[\w'’.-]+\s+){0,3}(?:website|web\s*site|internet|web\s*page)|"
                r"upload\w*\s+(?:[^.;]{0,60}\s)?(?:on|to)\s+(?:its|the|a|their)\s+"
                r"(?:[\w'’.-]+\s+){0,3}(?:website|web\s*site|internet|web\s*page))\b",
                r"\b(?:website|web\s*site|web\s*page|online|internet|public(?:ly)?)\b",
                r"\b(?:reports?|polic(?:y|ies)|inventor(?:y|ies)|agreements?|lists?|applications?|documents?|"
                # (or a study of the system: "The statistical analysis shall be made available to
                # the public and shall be published on the city's website")
                r"(?<!financial\s)(?<!fiscal\s)(?<!budget\s)(?:analys[ie]s(?!\s+cent(?:er|re))|"
                r"evaluations?|audits?)(?![^.;]{0,40}\b(?:accounts|finances|books|funds|budget)\b)|"
                # (or the figures a portal or website displays: "a public transparency portal
                # displaying the number of ALPR cameras", "data on the Body-Worn Camera Program")
                r"registr(?:y|ies)|statistics|data\s+(?:on|about|regarding)|"
                r"(?:portal|dashboard|website|web\s*site|online)\b[^.;]{0,60}\bnumber\s+of|"
                # ("a public transparency portal listing each license plate reader location")
                r"(?:portal|dashboard)\s+(?:that\s+)?(?:list|show|display|identif)\w*\s+[^.;]{0,60}\b"
                r"(?:cameras?|readers?|ALPRs?|drones?|surveillance|technolog\w*))\b",
                # what must not be open: "Use policies shall not be open to public inspection"
                none_of=(
                    r"\bnot\s+(?:be\s+)?(?:made\s+)?(?:available|open|posted|published)\b|\bexempt\b",
                    # how to ask for records ("All requests for public documents shall be made
                    # in writing ... form ... made available to the public"): no publication
                    r"\brequests?\s+for\s+(?:public\s+)?(?:documents|records)\b",
                ),
            ),
            # "shall prepare and publish an annual report": publishing is making public.
            rule(r"\bpublish\w*\b[^.;]{0,40}\b(?:reports?|polic(?:y|ies)|inventor(?:y|ies))\b"),
            # the log of the cameras open to all: "Such log shall be available to the public"
            rule(
                r"\blogs?\b[^.;]{0,20}\b(?:shall|must)\s+be\s+(?:made\s+)?(?:publicly\s+)?"
                r"(?:available|open)\s+(?:to\s+the\s+public|for\s+public\s+(?:inspection|review))\b"
            ),
        ),
        parameters=(
            Parameter("post_within", days_near(r"\bpost\w*|\bpublish\w*|\bavailable\b", 80)),
        ),
    ),
    ElementRules(
        "enforcement",
        (
            rule(
                # (the first letters of every alternative below, a quick test first)
                r"(?=[abcefimnoprsvwABCEFIMNOPRSVW])(?:"
                # a suit, not any filing: "any person may file a complaint with the Clerk" is none
                # ("an individual who has been harmed by a violation of this title ... may bring
                # a civil action in any court of competent jurisdiction")
                r"\ban?\s+(?:person|individual|resident)\b[^.;]{0,200}\b(?:may|shall\s+be\s+entitled\s+to)\s+"
                # ("A PERSON MAY BRING AN ACTION FOR EQUITABLE OR DECLARATORY RELIEF ... AGAINST A
                # POLICE AGENCY")
                r"(?:sue\b|bring\s+(?:a\s+|an\s+)?(?:civil\s+)?action|recover\s+(?:actual\s+)?damages)|"
                r"\bany\s+(?:aggrieved\s+|injured\s+)?(?:person|resident|individual)\b[^.;]{0,80}\b(?:may|shall\s+be\s+entitled\s+to)\s+"
                r"(?:sue\b|(?:institute|bring|commence|file|seek|recover|maintain)\b[^.;]{0,40}\b"
                r"(?:action|suit|proceedings?|relief|damages|writ|injunction|court|petition|claim|mandamus))|"
                # a statute's "... may institute and prosecute in that person's own name ..."
                r"\bmay\s+institute\s+and\s+prosecute\b|"
                r"\bpunishable\s+by\b|\bfine\s+(?:not\s+(?:to\s+)?exceed\w*|of\s+up\s+to)\b|"
                # a breach punished as a contempt of the court that ordered the interception, or
                # an officer's disclosure fined ("Any officer, employee, or agent of the State ...
                # who intentionally discloses ... shall be fined not more than $500"; not a drone
                # pilot's or a trespasser's fine)
                # (a violation punished, not a witness's refusal: "Any witness who fails to obey a
                # subpoena ... shall be punished as contempt of court")
                r"\b(?:violations?|breach(?:es)?)\s+of\b[^.;]{0,80}\b(?:(?:shall|may)\s+be\s+punished|is\s+"
                r"punishable)\s+as\s+(?:a\s+)?contempt\b|"
                # (the officer the one fined: not "Any person who assaults a police officer ...")
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:any|an?|the|each|every)\s+(?:(?!who\b)[\w,-]+\s+){0,6}?(?:officers?|"
                r"employees?|agents?|officials?|contractors?)\b(?:\s+of\s+[^.;]{0,60}?)?\s+who\b[^.;]{0,200}\b"
                r"(?:shall|may)(?:,?\s+upon\s+conviction,?)?\s+be\s+fined\b|"
                r"\binjunctive\s+(?:or\s+declaratory\s+)?relief|\bwrit\s+of\s+mandate|\bprivate\s+right\s+of\s+action|"
                r"\b(?:fine|penalty)\s+of\b|\bmisdemeanor\b|\bcivil\s+penalt\w+|\bsubject\s+to\s+enforcement\b|\bcause\s+of\s+action\b|"
                # ("shall have such rights of action for damages as may be established by State
                # law")
                r"\brights\s+of\s+action\b|"
                r"\bexclu\w+\s+(?:any\s+|all\s+|the\s+)?evidence\b|\bsuppress\w*\s+(?:any\s+|all\s+|the\s+)?evidence\b|\binadmissible\b|"
                r"\binjunctions?\b|\bnot\s+(?:be\s+)?admissible\b|"
                # "No information obtained in violation of this Chapter may be admissible as
                # evidence": the exclusion worded as a prohibition on its subject
                r"^no\s+(?:[\w-]+\s+){0,4}(?:information|data|evidence|recordings?|images?|footage)\b"
                r"[^.;]{0,120}\bin\s+violation\b[^.;]{0,120}\b(?:may|shall)\s+be\s+(?:admissible|"
                r"admitted|received|used)\b)",
                need=Need.NONE,
                none_of=_NOT_A_REMEDY,
            ),
            # A breach made a crime in other words, where the police are the ones bound: "No
            # surveillance data shall be placed in files ... by the department or by any peace
            # officer. Violation of the provisions of this section shall be a public offense"
            # (read with its paragraph; not a private crime: "No person shall operate a drone over
            # a prison. Violation of subsection (2) shall be a felony").
            rule(
                r"\b(?:peace\s+officers?|police|sheriff\w*|law\s+enforcement|criminal\s+(?:or\s+\w+\s+)?"
                r"justice\s+agenc(?:y|ies))\b",
                r"\b(?:violations?|breach(?:es)?)\s+of\b[^.;]{0,80}\b(?:shall\s+be|is|constitutes?)\s+"
                r"(?:a\s+)?(?:(?:public|criminal)\s+offense|felony|crime)\b",
                need=Need.NONE,
                paragraph=True,
                none_of=(
                    *_NOT_A_REMEDY,
                    r"\b(?:no|an?|any|every)\s+(?:person|individual|one)\b|\bwhoever\b|\banyone\b",
                ),
                rest_first=True,
            ),
            # An agency's or an officer's sanctions for breaking the rules on its use: "Criminal
            # justice agencies ... are subject to administrative sanctions for violating laws
            # governing operation of the CJIS network", "Employees who query ALPR data for a
            # personal reason are subject to disciplinary action for misuse of the system" (the
            # government's own: not "Library users and staff", "The licensee and its employees").
            # (what is misused must be surveillance, named in the sentence, its paragraph or its
            # section's title: not "District employees are subject to disciplinary action for
            # misuse of district technology resources", nor a hospital's staff breaking its
            # patients' privacy rules)
            rule(
                r"\b(?:" + _CAMERA_OR_READER + r"|recordings?|CJIS|NCIC|criminal\s+(?:justice\s+)?"
                r"(?:intelligence|history|information)|tracking\s+devices?|biometric)\b",
                r"^(?:\(?\w{1,3}[.)]\s*)?(?:[\w,-]+\s+){0,6}?(?:agenc(?:y|ies)|departments?|"
                r"officers?|officials?|employees?|personnel|members?|deput(?:y|ies)|law\s+enforcement|"
                r"police)\b[^.;]{0,200}?\b"
                r"(?:is|are|shall\s+be|may\s+be)\s+subject\s+to\s+(?:[\w-]+\s+){0,3}?(?:sanctions|"
                r"disciplin\w*(?:\s+actions?)?)\s+for\s+(?:violat\w+|misuse|breach\w*|non-?compliance)\b",
                need=Need.NONE,
                paragraph=True,
                titled=True,
                none_of=(*_NOT_A_REMEDY, _NOT_THE_POLICE, r"\bhospitals?\b|\bpatients?\b"),
                rest_first=True,
            ),
            # the suit of "A person whose image was captured in violation of this section", who
            # "may recover actual damages" (a rule of its own: anchored, it fails at once on the
            # many sentences that hold "a person")
            rule(
                r"(?-i:^An?)\s+(?:aggrieved\s+|injured\s+)?(?:person|resident|individual)\b[^.;]{0,80}"
                r"\bin\s+violation\b[^.;]{0,80}\b(?:may|shall\s+be\s+entitled\s+to)\s+"
                r"(?:sue\b|(?:institute|bring|commence|file|seek|recover|maintain)\b[^.;]{0,40}\b"
                r"(?:action|suit|proceedings?|relief|damages|writ|injunction|court|petition|claim|mandamus))",
                need=Need.NONE,
            ),
            # "The City Attorney may bring a civil action to enforce this chapter" (a rule of its
            # own: "action" and "suit" are too common for the quick word test)
            rule(
                r"\b(?:bring|commence|institute|initiate|file|maintain)\s+(?:a\s+|an\s+)?(?:civil\s+)?"
                r"(?:action|suit|proceedings?)\b[^.;]{0,100}?\b(?:to\s+enforce|to\s+compel|to\s+enjoin|"
                r"to\s+restrain)\b",
                need=Need.NONE,
                none_of=(
                    r"\b(?:reported|stated|noted|explained|announced|testified|said)\s+that\b",
                ),
            ),
            # Discipline as the consequence the law attaches to a violation: "any city employee
            # who violates a provision of this chapter may be subject to discipline", "The
            # improper use of these systems can result in discipline up to and including
            # termination". A department's policy saying so of itself ("Violations of this
            # policy may result in discipline") is not law on the technology.
            rule(
                r"\b(?:violat\w+|breach\w*|misuse|improper\s+use|unauthori[sz]ed\s+(?:use|access|disclosure)|"
                r"non-?compliance|failure\s+to\s+comply|"
                # "Any other operation, access, or use is unauthorized and may result in ..."
                r"(?:is|are)\s+unauthori[sz]ed|"
                # "Utilizing camera access or footage outside of its intended purpose is cause for"
                r"(?:us\w+|utiliz\w+)\b[^.;]{0,60}\b(?:outside|beyond|other\s+than)\s+(?:of\s+)?(?:its|their|the)\s+"
                r"(?:intended|authori[sz]ed|permitted|stated)\s+purposes?)\b"
                r"[^.;]{0,160}\b(?:(?:shall|may|can|will|could|might)\s+(?:also\s+)?(?:be\s+(?:subject\s+to|grounds\s+for|cause\s+for)|"
                r"result\s+in|constitute\s+(?:grounds|cause)\s+for|subject\s+\w+\s+to|"
                # ("violation of ... this chapter may make the violator subject to administrative
                # action, including employee discipline and termination")
                r"(?:make|render)\s+(?:the\s+|a\s+|an\s+)?(?:violator|employee|officer)s?\s+subject\s+to)|"
                # (law's present tense: "An employee who violates this section is subject to
                # disciplinary action")
                r"(?:is|are)\s+(?:(?:cause|grounds)\s+for|subject\s+to)|"
                # "a violation of the agency's policy subjects the violator to the agency's
                # disciplinary policy"
                r"subjects\s+(?:the\s+|a\s+|an\s+)?(?:violator|employee|officer|person|member)\s+to)\s+"
                # (the discipline may follow the action it is: "administrative action, including
                # employee discipline")
                r"(?:(?:administrative|disciplinary|personnel)\s+action,?\s+(?:(?:up\s+to\s+and\s+)?"
                r"including\s+)?)?"
                r"(?:[\w-]+\s+){0,3}(?:disciplin\w*|termination|dismissal|suspension|penalt\w+|prosecution)",
                need=Need.NONE,
                none_of=(
                    MANUAL_SELF,
                    r"\b(?:reported|stated|noted|explained|announced|testified|said)\s+that\b",
                    _FINES_ON_THE_PUBLIC,
                    # (a bill's purpose paragraph: "FOR the purpose of prohibiting ...; providing
                    # for disciplinary action")
                    r"(?-i:^FOR)\s+the\s+purpose\s+of\b[^.]{0,200};\s*[a-z]+ing\b",
                    # a protection, not a sanction: "is subject to protection from discipline"
                    r"\bprotect\w*\s+(?:from|against)\s+(?:[\w-]+\s+){0,2}(?:disciplin|retaliat|reprisal)",
                    # an inmate's discipline for misusing the jail's telephones: "An inmate's use of
                    # the telephone system to violate department rules may result in disciplinary
                    # action", "Inmates who misuse the telephones ...", "Misuse ... by an inmate"
                    # (the remedy is for the government's misuse, not the held person's; an
                    # employee's discipline named in the sentence is the government's)
                    r"^(?![^.;]*\b(?:employees?|officers?|staff|personnel|deput(?:y|ies))\b)"
                    r"(?:(?:\(?\w{1,3}[.)]\s*)?(?:(?:an?|any|the|each)\s+)?" + _IN_CUSTODY
                    + r"(?:['’]s?\s+(?:use|misuse|abuse)\b|\s+who\b)|"
                    r"[^.;]*\b(?:misuse|abuse|use)\s+of\s+(?:the\s+)?(?:(?:tele)?phones?|"
                    r"[\w-]+\s+system)\s+by\s+(?:an?|any|the)\s+"
                    + _IN_CUSTODY + r")",
                ),
            ),
            # an institution's sanctions for breaching its policy: "Sanctions may include but are
            # not limited to suspension of technology privileges, termination of employment ..."
            rule(
                r"^(?:the\s+)?(?:sanctions?|penalties)\s+(?:for\s+[^.;]{0,60}?\s+)?(?:may|shall|will|can)\s+"
                r"include\b[^.;]{0,120}\b(?:suspension|termination|dismissal|expulsion|disciplin\w*|"
                r"prosecution|fines?)\b",
                need=Need.NONE,
            ),
            rule(
                r"\battorneys?'?s?\s+fees|\bdisciplin\w+|\bsuspension\b|\btermination\s+of\s+employment|\bexpunge\w*|\breceived\s+in\s+evidence",
                need=Need.DUTY,
                weak=True,
                # a protection from discipline ("shall not be subject to discipline for the
                # report") is the whistleblower's, not a sanction; an oversight board's review of
                # officers' discipline for misconduct ("If no disciplinary action is taken, the
                # Review Board shall be informed", "recommend that discipline be given") is no
                # sanction for breaking the law on a technology
                none_of=(
                    r"\bnot\s+be\s+(?:subject\w*\s+to\s+|\w+\s+)?disciplin",
                    # ("No county employee shall be disciplined ... for reporting a violation",
                    # where no other sanction stands in the sentence)
                    r"^(?!.*\b(?:suspension|termination|dismissal|attorneys?'?s?\s+fees|expunge\w*)\b)"
                    r".*\bno\s+(?:[\w'’-]+\s+){1,5}(?:shall|may|will)\s+be\s+disciplin",
                    r"\b(?:no|recommend\w*(?:\s+that)?)\s+disciplin\w*|\bdisciplin\w*\s+(?:recommendations?|"
                    r"be\s+given)\b|\bcomplaints?\b[^.;]{0,120}\bdisciplin|"
                    r"\bdisciplin\w*\b[^.;]{0,120}\bcomplaints?\b",
                ),
            ),
            SUPPRESSION,
            # Damages the government, its officers or its vendors owe for a violation, or an
            # officer's breach made misconduct: "the vendor is liable for presumed damages of
            # $2,500", "an agency that violates this section is subject to a civil action for
            # damages", "an officer who ... is guilty of misconduct" (a rule of its own: "liable"
            # and "guilty" are read only where the trigger words stand). Not an immunity ("The
            # city is not liable for damages"), nor a private person's liability (a landlord's,
            # an employer's), nor a bar on appointing someone once found guilty.
            rule(
                r"\bliable\b[^.;]{0,60}?\bdamages\b|"
                r"\bsubject\s+to\s+(?:an?\s+)?(?:legal|civil)\s+action\b[^.;]{0,30}?\bdamages\b|"
                r"\bguilty\s+of\s+(?:official\s+)?misconduct\b",
                # (the one who owes, named before: the government, its officers or its vendors)
                r"\b(?:vendors?|contractors?|agenc(?:y|ies)|departments?|officers?|officials?|employees?|"
                r"government(?:al)?\s+entit(?:y|ies)|law\s+enforcement|polic(?:e|ing))\b[^.;]{0,200}?"
                r"\b(?:liable|guilty|subject\s+to)\b",
                need=Need.NONE,
                none_of=(
                    *_NOT_A_REMEDY,
                    r"\b(?:not|no)\s+(?:be\s+)?(?:held\s+)?(?:liable|subject)\b|\bimmun\w*|"
                    r"^(?:\(?\w{1,3}[.)]\s*)?no\s+(?:[\w,]+\s+){0,8}?(?:shall|may|will)\s+be\s+(?:held\s+)?"
                    r"(?:liable|subject)\b|"
                    r"\b(?:found|been)\s+guilty\b|\bconstrued\b",
                ),
            ),
            # The penalty the law sets for misusing a system or its data, named as such: "The
            # information in these systems is privileged, not public record, and subject to the
            # same criminal penalties for misuse as provided in Sections ..." (not an immunity,
            # nor a patron's or a resident's penalty for misusing their own account)
            rule(
                r"\bsubject\s+to\s+(?:the\s+same\s+)?(?:[\w-]+\s+){0,2}?(?:penalt(?:y|ies)|sanctions?)\s+"
                r"for\s+(?:the\s+|its\s+|their\s+)?(?:misuse|abuse|unauthori[sz]ed\s+(?:use|access|"
                r"disclosure|release|dissemination))\b",
                r"\b(?:data|databases?|information|records|systems?|footage|recordings?|images?|"
                r"networks?)\b",
                need=Need.NONE,
                none_of=(
                    _FINES_ON_THE_PUBLIC,
                    *_NOT_A_REMEDY,
                    # an immunity, not a penalty: "No employee shall be subject to penalties for
                    # ... disclosed in good faith", "is not subject to penalties"
                    r"\b(?:not|never)\s+(?:be\s+)?subject\b|^(?:\(?\w{1,3}[.)]\s*)?no\s+(?:[\w,'’-]+\s+){0,8}?"
                    r"(?:shall|may|will)\s+be\s+subject\b",
                    # the public's own accounts and registrations: a patron's, a resident's
                    r"^(?:\(?\w{1,3}[.)]\s*)?(?:an?|any|each|every|the)\s+(?:[\w-]+\s+){0,2}?(?:patrons?|"
                    r"residents?|customers?|members?\s+of\s+the\s+public|account\s+holders?)\b",
                ),
            ),
            # An agency's or a user's access to a government's system cut off for breaking its
            # rules: "Access to the CJIS system may be terminated at any time for violation of the
            # CJIS agency agreement", "if DCJIS detects a possible violation or breach of security
            # associated with a CJIS user or agency, it may immediately deactivate the account",
            # "has the right to suspend services to any user agency which knowingly ... violates"
            rule(
                r"\b(?:suspend|terminat|deactivat|revok|withdr[ae]w|disabl|cancel)\w*\s+(?:[\w'’-]+\s+){0,4}?"
                r"(?:access\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:systems?|networks?|data(?:bases?)?|"
                r"information|records)|(?:user\s+)?accounts?|services|authori[sz]ation|user\s+privileges|"
                r"certification)\b|"
                r"\baccess\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:systems?|networks?|data(?:bases?)?|"
                r"information|records)\s+(?:may|shall|will)\s+be\s+(?:suspended|terminated|revoked|"
                r"deactivated|withdrawn|denied)\b",
                r"\b(?:violat\w*|misuse\w*|abuse\w*|breach\w*|non-?compliance|unauthori[sz]ed)\b",
                r"\b(?:" + _WATCHING_SYSTEM + r"|\w*JIS|NCIC|recordings?|footage)\b",
                need=Need.NONE,
                paragraph=True,
                none_of=(*_NOT_A_REMEDY,),
            ),
            # ... or the sanctions an agency must impose on its own people who misuse it: "An
            # agency shall have an ACJIS misuse policy that outlines the sanctions imposed on
            # agency personnel who misuse ACJIS"
            # (what they misuse is the system, its data or the law itself: not a dress code)
            rule(
                r"\bsanctions?\b[^.;]{0,60}\b(?:personnel|employees?|officers?|staff|operators?)\s+"
                r"(?:who|that)\s+(?:misuse|abuse|violate)\s+(?:the\s+|this\s+|its\s+|any\s+)?"
                r"(?:(?:[\w-]+\s+){0,3}?(?:systems?|networks?|data(?:bases?)?|information|cameras?|"
                r"technolog(?:y|ies)|recordings?|footage|chapter|section|article|ordinance|act|"
                r"polic(?:y|ies))\b|(?-i:[A-Z]{3,})\b)",
                none_of=(
                    *_NOT_A_REMEDY,
                    r"^(?:\(?\w{1,3}[.)]\s*)?no\s+sanctions?\b|\bnot\s+be\s+(?:imposed|subject)\b",
                ),
            ),
        ),
        parameters=(
            Parameter(
                "damages_or_penalty",
                first_group(
                    r"((?:liquidated\s+damages|fine|penalty)\s+of\s+[^.;,]{0,40}\$[\d,.]+|\$[\d,.]+[^.;]{0,20}per\s+(?:day|violation))"
                ),
            ),
        ),
    ),
    ElementRules(
        "whistleblower",
        (
            # Reprisal punished rather than forbidden: "Any employee who initiates or otherwise
            # contributes to any disciplinary or other punitive action against any individual who
            # brings to the attention of appropriate authorities ... evidence of unauthorized use
            # of information ... shall be disciplined as follows".
            rule(
                r"\b(?:disciplinary|punitive|retaliatory|adverse)\s+(?:(?:or\s+other\s+)?[\w-]+\s+)?"
                r"action\s+against\s+(?:any|an?)\s+(?:[\w-]+\s+){0,2}(?:individual|person|employee|"
                r"contractor)s?\s+(?:or\s+[\w-]+\s+)?who\s+(?:brings|reports|discloses|reveals|"
                r"complains)\b[^.;]{0,120}\b(?:violations?|misuse|unauthori[sz]ed|improper|wrongdoing|"
                r"attention)\b",
                r"\b(?:disciplined|discipline|suspension|subject\s+to|penalt\w+|guilty)\b",
                need=Need.NONE,
            ),
            rule(
                r"\b(?:retaliat\w+|whistleblow\w+|personnel\s+action|protected\s+disclosures?|reprisal)\b",
                need=Need.PROHIBITION,
            ),
            rule(r"\bretaliat\w+\b", r"\bgrounds\s+for\s+disciplin", need=Need.NONE),
            # the forbidden reprisal named without the word: "No employee shall be discharged or
            # disciplined for reporting a violation"; a penalty for violating is no protection.
            rule(
                r"\b(?:discharg\w*|demot\w*|disciplin\w*|suspend\w*|discriminat\w*|penaliz\w*|"
                r"adverse\s+(?:[\w-]+\s+)?action)\b[^.;]{0,120}\b(?:for|because|who|that)\b"
                r"[^.;]{0,40}\b(?:report\w*|disclos\w+|complain\w*)",
                # a person protected ("shall not suspend the use of a camera because of a
                # complaint" protects no one)
                r"\b(?:employees?|officers?|officials?|personnel|contractors?|workers?|staff|members?|"
                r"individuals?|persons?)\b",
                need=Need.PROHIBITION,
            ),
            # "An employee who in good faith reports a violation of this chapter shall not be
            # subject to any adverse employment action": the person first, the protection after.
            rule(
                r"\b(?:employees?|officers?|officials?|personnel|contractors?|workers?|persons?|individuals?)\s+"
                # ("who report to the Chief" names a supervisor, not a disclosure)
                r"who\b[^.;]{0,80}\b(?:report\w*(?!\s+to\b)|disclos\w+|complain\w*)\b[^.;]{0,120}\b(?:shall|may)\s+not\s+be\s+"
                r"(?:\w+\s+)?(?:subject\w*\s+to\s+(?:any\s+)?)?(?:retaliat\w*|discharg\w*|demot\w*|disciplin\w*|"
                r"suspend\w*|discriminat\w*|penaliz\w*|adverse|dismiss\w*|terminat\w*)",
                need=Need.NONE,
            ),
            # "... who reports an alleged violation ... shall be afforded protections against
            # retaliation": a protection granted rather than a prohibition stated.
            rule(
                r"\b(?:retaliat\w+|whistleblow\w+)\b",
                r"\bprotect\w*\b",
                r"\breport\w*|\bdisclos\w+",
            ),
            # the protection granted by reference, in law's present tense: "Employees who report
            # violations of this chapter are protected under the City's whistleblower ordinance"
            rule(
                r"\b(?:are|is|shall\s+be)\s+(?:\w+\s+)?protected\s+(?:under|by|pursuant\s+to)\b"
                r"[^.;]{0,80}\bwhistleblow\w*|"
                # "An employee who in good faith reports a violation ... is protected from
                # retaliation under Chapter 4"
                r"\b(?:are|is|shall\s+be)\s+(?:\w+\s+)?protected\s+(?:from|against)\s+(?:any\s+)?"
                r"(?:retaliat\w*|reprisals?|adverse\s+(?:employment|personnel)\s+action)",
                r"\breport\w*|\bdisclos\w+",
                need=Need.NONE,
            ),
            # ... or the other law's protections extended to them: "The protections of the City's
            # whistleblower ordinance shall apply to any employee who reports a violation"
            rule(
                r"\bwhistleblow\w*[^.;]{0,80}\b(?:shall|do|does|will)\s+(?:also\s+)?(?:apply|extend)\s+"
                r"to\b[^.;]{0,40}\b(?:employees?|officers?|persons?|individuals?|personnel|contractors?)\b",
                r"\breport\w*|\bdisclos\w+",
                need=Need.NONE,
            ),
        ),
    ),
    ElementRules(
        "facial_recognition_ban",
        (
            # "It shall be unlawful ... to obtain, retain, access, or use: ... face recognition",
            # or "the following surveillance technologies are prohibited: 1. Any face surveillance
            # system". A ban on private businesses' use is another law.
            rule(
                r"\bfac(?:e|ial)\s+(?:recognition|surveillance)|\bbiometric\s+surveillance|"
                # "shall be prohibited from purchasing or utilizing biometric identifying
                # technology" (or "will not install any biometric data collection systems"):
                # face recognition is the first such technology
                r"\bbiometric\s+(?:data\s+)?(?:identif\w+|recognition|collection)\s+(?:technolog|system|software|tool)",
                # no exception that lets any suspicion of a crime through, in the clause or the
                # list it leads ("shall not use any biometric surveillance technology ...,
                # except: (1) If the officer has a reasonable suspicion that ..."): a limit
                r"^(?![\s\S]*\breasonable\s+suspicion\b)",
                need=Need.PROHIBITION,
                none_of=(
                    r"\bprivate\s+entit",
                    r"\bsole\s+basis\b|\bsolely\s+(?:on|upon)\b|\bonly\s+in\s+conjunction\b",
                    # a limit on use: "match results may be used only to generate leads"
                    r"\b(?:may|shall|can)\s+(?:only\s+be\s+used|be\s+used\s+only)\b",
                    r"^(?!.*\b(?:obtain|retain|possess|acquir|purchas|deploy|procur|"
                    r"us(?:e|ing)\s+(?:any\s+)?fac(?:e|ial)\s+(?:recognition|surveillance)\s+(?:technolog|system|software)))"
                    r".*\b(?:data|information)\s+(?:relating|related|derived)\b",
                    # use allowed on a warrant, or on conditions listed below: a regime for its
                    # use, not a ban ("must not deploy a UAV with facial recognition ... unless
                    # expressly authorized by a warrant", "may not use a facial recognition
                    # service to engage in ongoing surveillance ... unless:")
                    r"\bunless\b[^.;]{0,80}\b(?:warrant|court\s+order)\b|\bunless\s*:|"
                    # ("may use facial recognition technology only after it obtains a warrant")
                    r"\b(?:only|except)\s+(?:after|upon|if|when|with|pursuant\s+to|under|by)\b"
                    r"[^.;]{0,80}\b(?:warrant|court\s+order)\b|"
                    # ... or barred for named purposes only: "may not use a facial recognition
                    # service to engage in ongoing surveillance", "to create a record describing
                    # any individual's exercise of rights", "based on their religious views"
                    r"\bfac(?:e|ial)\s+recognition\s+(?:service|system|technology|software)\s+to\s+"
                    r"(?:engage|conduct|create|start|track|monitor)\b|"
                    r"\bbased\s+(?:solely\s+)?on\s+(?:their|his\s+or\s+her|an?\s+individual['’]s)\s+"
                    r"(?:religious|political|social)\b",
                    # a vendor's duties under the agency's contract are no ban on the agency
                    r"^(?:an?\s+|the\s+)?(?:third[- ]party\s+)?vendors?\b",
                    # use allowed for listed crimes ("may not ... use facial recognition technology
                    # to investigate a crime other than ..."), an evidence rule ("results generated
                    # by facial recognition technology may not be introduced in a criminal
                    # proceeding"), a consent rule ("No person shall utilize a facial recognition
                    # system ... without the express written consent of the individual")
                    r"\bcrimes?\s+other\s+than\b|"
                    r"\b(?:results?|matches|identifications?)\b[^.;]{0,80}\b(?:may|shall)\s+not\s+be\s+"
                    r"(?:introduced|admitted|offered)\b|"
                    r"\bwithout\s+(?:[\w'’-]+\s+){0,3}consent\b|"
                    # use on the governing body's approval: "may not procure or use facial
                    # recognition technology without the explicit approval of its legislative
                    # authority" (another element)
                    r"\bwithout\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:approval|authori[sz]ation)\s+of\s+"
                    r"(?:its\s+)?(?:respective\s+)?(?:(?:the\s+)?(?:legislature|general\s+assembly)\b|"
                    + _BY_THE_BODY
                    + r")|"
                    # ("Probable cause or positive identification may be established using facial
                    # recognition technology only if ...")
                    r"\b(?:probable\s+cause|(?:positive\s+)?identification)\b[^.;]{0,40}\b(?:may|shall|can)\s+"
                    r"be\s+established\b",
                ),
            ),
        ),
    ),
    ElementRules(
        "military_equipment",
        (
            rule(
                # (its defined term in quotes: 'defined "military" equipment')
                r"\bmilitary(?:-style)?[\"”'’]?\s+equipment\b|\barmou?red\s+vehicles?\b|\b1033\s+program\b|"
                # the federal transfer programme named by its statute or its department: "any
                # program established by the United States Department of Defense pursuant to 10
                # U.S.C. s.2576a", "excess military property"
                r"\b2576a\b|\bdepartment\s+of\s+defense\b[^.;]{0,60}\bprogram|"
                r"\bexcess\s+(?:military|defense|department\s+of\s+defense)\s+(?:property|equipment)\b|"
                r"\blaw\s+enforcement\s+support\s+(?:office|program)\b|"
                # California's statute on it (AB 481), cited for its approval: "Pursuant to
                # California Government Code Sections 7070 et seq., law enforcement agencies ...
                # are required to obtain Board of Supervisors approval"
                r"\bgov(?:ernment|'t|\.)?\s+code\s+(?:sections?\s+|§§?\s*)?707[0-5]\b|"
                r"\bsections?\s+707[0-5]\b[^.;]{0,60}\bgovernment\s+code\b|"
                r"\b(?:assembly\s+bill|A\.?B\.?)\s*(?:no\.?\s*)?481\b",
                r"\b(?:approv\w+|polic\w+|report\w*|acquir\w+|ordinance|resolution)\b",
            ),
        ),
    ),
    ElementRules(
        "sunset_review",
        (
            rule(
                r"\b(?:approv(?:als?|ed)|authori[sz](?:ations?|ed))\b[^.;]{0,120}\b(?:expire\w*|lapse\w*|sunset\w*|terminat\w+)\b|\bsunset\b",
                r"\b(?:renew\w*|re-?approv\w+|reauthori[sz]\w+|unless|years?)\b",
            ),
            # Law states a lapse in the present tense: "Each authorization expires on December
            # 31 of the second year unless renewed" binds without a modal; "unless" makes it a rule.
            rule(
                r"\b(?:approvals?|authori[sz]ations?)\b[^.;]{0,120}\b(?:expires|lapses|terminates|sunsets|"
                r"(?:is|remains)\s+valid\s+for)\b",
                _RENEWED,
                need=Need.NONE,
            ),
            # An approval of a technology good for a term, then sought again: "Council approval
            # of a surveillance technology shall be valid for four (4) years, after which the
            # department must seek renewed approval" (not a sidewalk cafe's permit).
            rule(
                r"\b(?:approvals?|authori[sz]ations?)\b[^.;]{0,120}\b(?:is|remains|shall\s+be|shall\s+"
                r"remain)\s+valid\s+for\b",
                _RENEWED + r"|"
                r"\b(?:seek|obtain|request)\s+(?:the\s+[\w'’]+\s+)?(?:(?:a\s+)?renew(?:ed\s+|al\s+of\s+"
                r"(?:the\s+|its\s+)?)|re-?)approv\w*",
                r"\b" + _NAMED_TECHNOLOGY + r"\b",
                need=Need.NONE,
            ),
            # "Each approval shall be reviewed by the Council every two (2) years, and the use
            # shall cease unless the Council renews the approval" (not "use shall cease unless
            # approved", the deadline for existing technology)
            rule(
                r"\b(?:approvals?|authori[sz]ations?)\b[^.;]{0,120}\b(?:ceas\w*|discontinu\w*|end)\b"
                r"[^.;]{0,60}\bunless\b[^.;]{0,60}\b(?:renew\w*|re-?approv\w+|reauthori[sz]\w+)",
            ),
            # A programme that ends unless the body votes to go on with it: "... shall vote on
            # whether to continue it; absent such a vote, the program shall terminate", "The
            # program shall terminate unless the Council votes to continue it".
            rule(
                r"\b(?:absent|without)\s+(?:such\s+(?:a\s+)?|a\s+|the\s+)?(?:vote|renewal|"
                r"reauthori[sz]ation|re-?approval)\b[^.;]{0,60}\b(?:program|use|approval|authori[sz]ation|"
                r"contract|technology)\s+(?:shall|will)\s+(?:terminate|expire|lapse|end|sunset)\b|"
                r"\b(?:program|approval|authori[sz]ation|contract)\s+(?:shall|will)\s+(?:terminate|expire|"
                r"lapse|sunset)\b[^.;]{0,60}\bunless\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:votes?|renews?|"
                r"reauthori[sz]es|extends?)\b",
                need=Need.NONE,
            ),
            # The law's own sunset: "This ordinance shall expire on December 31, 2027, unless
            # extended by the Council", "This chapter shall be automatically repealed five years
            # after its effective date".
            rule(
                # (not what it ends: "This ordinance shall terminate the agreement with ...")
                r"\bthis\s+(?:ordinance|chapter|article|local\s+law|act)\s+(?:shall|will)\s+(?:expire|"
                r"sunset|lapse|terminate|be\s+(?:automatically\s+)?repealed)\b"
                r"(?!\s+(?:the|a|an|all|any|its|their|this|that|each|every)\b)",
                need=Need.NONE,
            ),
            # A review that decides whether the use goes on: "The Council shall review the license
            # plate reader program two (2) years after its approval and decide at a public
            # meeting whether to continue it".
            # Or at intervals: "Every two (2) years, the Council shall review each approved
            # technology and decide whether its use shall continue".
            rule(
                r"\b(?:review|reconsider|re-?evaluate|re-?assess)\w*\b[^.;]{0,140}\bwhether\s+"
                # ("whether the use of each approved technology should continue")
                r"(?:to\s+|(?:its|the|such|their|each|that)\s+[^.;]{0,80}?\b(?:shall|should|will|may)\s+"
                r"(?:be\s+)?)?(?:continued?|renew(?:ed)?|extend(?:ed)?|reauthori[sz]ed?|terminated?|"
                r"end(?:ed)?|discontinued?)\b",
                # (a yearly review on the annual report is that report's business)
                r"\b(?:(?:years?|months?)\s+(?:after|following|from)|every\s+(?:[\w()-]+\s+){0,2}"
                r"(?:years|months)|biennially)\b",
                # (of a technology's use, not a parking meter programme's)
                r"\b(?:surveillance|technolog\w*|cameras?|license\s+plate|readers?|ALPRs?|drones?|"
                r"unmanned|recognition|biometric)\b",
            ),
        ),
        parameters=(
            Parameter("after", days_near(r"\bexpire\w*|\blapse\w*|\bsunset\w*|\bterminat\w+", 80)),
        ),
    ),
)

# A governing board's own policy on a surveillance technology is the use policy the element asks
# for, adopted by the body (see `policies.is_board_policy`): it is found where the policy says how
# the technology is used ("Security recordings shall be used primarily for ...", "Video
# surveillance cameras may be used for the following purposes:", "are intended only for ...").
# Read only in a board's policy: in a code, "may be used" grants a permission and sets no policy.
BOARD_POLICY_USE_TRIGGERS = (
    "use", "utiliz", "placed", "installed", "located", "positioned", "mounted", "intended only",
    "operation", "viewed", "reviewed", "accessed",
    "collection", "installation", "employs", "authorized to",
    "access to", "kept", "retained", "stored", "deleted", "erased", "overwritten", "equipped",
    "create", "operate",
)  # fmt: skip
BOARD_POLICY_USE = rule(
    # where the cameras stand is a rule of their use ("cameras may be placed at selected
    # locations", "Cameras shall not be installed in restrooms")
    # (and what carries them: "Each school bus ... shall be equipped with a video camera")
    r"\b(?:(?:be|are|is)\s+(?:not\s+)?(?:to\s+be\s+)?(?:used|placed|installed|located|positioned|"
    r"mounted|equipped)|uses|utiliz\w+|intended\s+only|"
    # the institution's own use in its own voice: "Metro may use unmanned aerial systems in any
    # lawful way", "The district may create audio and visual recordings on district property
    # ... for:"; the policy setting "standards and procedures for the use ... of the images"
    r"(?:may|shall|will)\s+(?:only\s+)?(?:use|create|operate)|"
    r"(?:guidelines|standards|procedures|rules)\s+(?:and\s+\w+\s+)?for\s+(?:the\s+)?"
    r"[\w'’ ()]{0,40}?(?:use|usage|operation)|"
    r"(?:use|collection|installation|operation)(?:\s+and\s+(?:use|operation|installation))?\s+of|"
    # who may see the recordings: "a recording may be viewed by the Superintendent ..."
    r"may\s+(?:only\s+)?be\s+(?:viewed|reviewed|accessed)\s+(?:only\s+)?by|"
    # the policy's other rules on the technology: who may see its recordings, how long they are
    # kept ("The Library employs video security cameras to ...", "Only the Director is
    # authorized to access the recorded images", "Images are kept for thirty days")
    # (and the cameras it runs: "The Department maintains and operates Axis security cameras")
    r"employs|(?:maintains\s+and\s+)?operates\s+(?:[\w-]+\s+){0,6}?"
    r"(?:cameras?|systems?|readers?|drones?|aircraft)|"
    r"(?:is|are)\s+(?:only\s+)?authorized\s+to\s+(?:access|view|review)|access\s+to|"
    r"(?:are|is|shall\s+be|will\s+be)\s+(?:kept|retained|stored|deleted|erased|overwritten))\b",
    _POLICY_TECH,
    need=Need.NONE,
    # the board's findings about others' use ("The District has determined that unapproved use of
    # drones poses a safety hazard") set no rule of the board's own use
    # (nor does a definition, "Unmanned aircraft system does not include: ... used for ...", nor
    # a section title in capitals, "PROCEDURES FOR USE OF DRONES")
    none_of=(
        r"\b(?:has\s+determined|determines|finds|has\s+found)\s+that\b",
        r"\b(?:means|does\s+not\s+include|shall\s+not\s+include)\b",
        r"(?-i:^[^a-z]*$)",
        # a ban on others' drones or cameras over the property ("the use of any non
        # district-owned drone ... is prohibited") governs them, not the board's own use
        r"\b(?:non[- ]?district|non[- ]?college|non[- ]?university|any\s+person|no\s+person|"
        r"members\s+of\s+the\s+public|third\s+part(?:y|ies))\b",
        # ... and so do rules for anyone flying over the property: hobby, recreational and
        # commercial flights, model aircraft ("A drone may be used: a. for recreational purposes")
        r"\b(?:recreational|hobby(?:ist)?|model\s+aircraft)\b|\bcommercial\s+purposes\b",
        # a policy's reasons and background: "it is reasonable for a library ... to regulate the
        # use of cameras", "The use of drones is primarily regulated by the Federal Aviation
        # Administration"
        r"\bit\s+is\s+(?:reasonable|necessary|appropriate|important)\s+for\b|"
        r"\bfederal\s+aviation\s+administration\b|\bFAA\b|\b(?:goal|aim|objective)\s+is\s+to\b",
        # others' recording needs the institution's leave ("any use of cameras ... on Library
        # premises requires prior written permission from the library administration")
        r"\b(?:requires?|without)\s+(?:the\s+)?prior\s+(?:written\s+)?permission\s+(?:from|of)\b|"
        # what an outsider's request to fly must hold ("The request must ... include ... the
        # equipment to be used")
        r"\bthe\s+request\s+(?:must|shall)\b|\brequesting\s+party\b",
    ),
    triggers=BOARD_POLICY_USE_TRIGGERS,
)

# A board's policy states its limits on release in the future tense of rules ("Footage will not
# be released outside of the Library without a subpoena", "Videos will only be provided to law
# enforcement if ...", "Requests to view recorded footage will not be granted except to law
# enforcement"): in its own policy, the board's "will not" binds as a code's "shall not" does.
# Read only in a board's policy: elsewhere "will" describes (news, notices, a vendor's promise).
BOARD_POLICY_SHARING_TRIGGERS = ("not", "only", "no ")
BOARD_POLICY_SHARING = rule(
    r"\b(?:will|shall|may|must|can)\s+(?:not|only)\s+(?:be\s+)?(?:released|shared|provided|"
    r"disclosed|given|granted|made\s+available|turned\s+over|copied)\b|"
    # who alone may look: "it will only be reviewed by individuals with a legitimate need"
    r"\b(?:will|shall|may|must|can)\s+only\s+be\s+(?:reviewed|viewed|accessed)\s+by\b|"
    # "Security camera footage will be disclosed only pursuant to ..."
    r"\b(?:will|shall|may|must|can)\s+be\s+(?:released|shared|provided|disclosed|given|"
    r"made\s+available)\s+(?:to\s+(?:[\w-]+\s+){1,5}?)?only\b|"
    # "No video surveillance data will be released to anyone outside the District except ..."
    r"^no\s+[^.;]{0,60}\b(?:will|shall|may)\s+be\s+(?:released|shared|provided|disclosed|given)\b|"
    # who alone may see them: "Only those persons with a legitimate purpose may view the
    # videotapes"
    # ("Only those having a legitimate educational or administrative purpose shall be able to
    # review such information")
    r"^only\s+(?:those\s+)?(?:persons|individuals|people|staff|employees|officials)?\s*"
    r"(?:with|who|having)\b"
    r"[^.;]{0,80}\b(?:may|shall|will)\s+(?:be\s+(?:permitted|allowed|able)\s+to\s+)?(?:view|access|"
    r"review|receive|obtain)\b",
    r"\b(?:footage|recordings?|images?|videos?|video\s*tapes?|data|information|tapes?|stills?|"
    r"records|films?)\b",
    need=Need.NONE,
    # release at an official's say-so is discretion, not a limit: "will only be released to
    # non-college staff with the authorization of the President of the College"
    # ("when authorized by the College President" too)
    none_of=(
        r"\b(?:(?:authori[sz]ation|approval|permission|discretion|consent|recommendation)\s+of|"
        r"(?:authori[sz]ed|approved|permitted)\s+by)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}(?:president|director|superintendent|chief|dean|principal|"
        r"librarian|manager|administrator|designee)\b",
    ),
    triggers=BOARD_POLICY_SHARING_TRIGGERS,
)
# Who alone may see the data, named by their role rather than by an official's leave: "Only
# authorized personnel, as determined by this policy ..., will be involved in, or have access to,
# surveillance camera data" (an official choosing who is authorized does not make the release
# discretionary, as "released with the authorization of the President" does).
BOARD_POLICY_ACCESS_TRIGGERS = ("only", "accessib")
BOARD_POLICY_ACCESS = rule(
    # ("Only individuals authorized by the Superintendent in accordance with policy will have
    # access to video monitors")
    r"^only\s+(?:those\s+)?(?:authori[sz]ed|designated|approved|trained)?\s*(?:personnel|persons|"
    r"individuals|people|staff|employees|officials|users|members|administrators)\b[^.;]{0,160}\b"
    r"(?:may|shall|will)\b[^.;]{0,60}\b(?:have\s+access|access|view|review|receive)\b|"
    # "stored ... in a secure location accessible by authorized staff only"
    r"\baccessible\s+(?:only\s+)?(?:by|to)\s+(?:authori[sz]ed|designated|approved)\s+(?:personnel|"
    r"staff|persons|individuals|users|officials|employees)(?:\s+only)?\b|"
    # "Video security recordings will be accessed only by designated Calvin University
    # employees" (not access "limited to" or footage "viewed only by" named officials, which
    # leave its release to their say: batches 19 to 25)
    r"\baccessed\s+only\s+by\s+(?:designated|authori[sz]ed|approved)\b",
    r"\b(?:footage|recordings?|images?|videos?|video\s*tapes?|data|information|tapes?|records|"
    r"monitor(?:s|ing))\b",
    need=Need.NONE,
    # access to the equipment is no limit on the data: "Only authorized personnel shall have
    # access to the video monitoring and recording equipment and systems"
    none_of=(
        r"\baccess\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:equipment|systems?|hardware)\b"
        r"(?![^.;]{0,40}\b(?:data|footage|images|recordings|videos?)\b)",
    ),
    triggers=BOARD_POLICY_ACCESS_TRIGGERS,
)
# Release on legal process only: "Video recordings will be released only in response to search
# warrants, court orders ...", "Law enforcement requests to access footage must be accompanied by
# a legal subpoena", "will release records when authorities provide: a subpoena ...; a warrant".
BOARD_POLICY_LEGAL_PROCESS_TRIGGERS = ("subpoena", "warrant", "court", "judicial", "by law")
BOARD_POLICY_LEGAL_PROCESS = rule(
    r"\b(?:releas\w*|disclos\w*|provid\w*|access\w*|shar\w*|requests?|cop(?:y|ies)|view\w*|"
    # "Under no circumstances will the District's film be duplicated and/or removed from
    # District premises unless in accordance with a court order"
    r"duplicat\w*|removed\s+from)\b"
    r"[^.;:]{0,120}\b(?:only\s+(?:in\s+response\s+to|pursuant\s+to|upon|with|by|when|if|"
    r"permitted|allowed|authorized)|"
    r"unless|except|(?:must|shall|will)\s+be\s+(?:[\w\s,]{0,40}?\s+and\s+)?accompanied|"
    r"upon\s+(?:presentation|receipt)|"
    r"when\s+[^.;]{0,40}\bprovides?|in\s+response\s+to|pursuant\s+to|"
    # "shall be given to the Director when a subpoena, warrant, or court order is issued"
    r"when\s+(?:a|an)\s+[^.;]{0,40}\b(?:is|are|has\s+been)\s+(?:issued|presented|served|provided))\b",
    r"\b(?:subpoenas?|warrants?|court\s+orders?|orders?\s+(?:from|of)\s+(?:the|a)\s+court|judicial|"
    r"(?:permitted|required)\s+by\s+law)\b",
    r"\b(?:footage|recordings?|images?|videos?|data|information|records?|tapes?|films?)\b",
    need=Need.NONE,
    # a permission on a condition leaves the release to discretion: "Such records may be
    # released to assist law enforcement ... upon receipt of a subpoena"
    none_of=(r"\bmay\s+(?:also\s+)?be\s+(?:released|disclosed|provided|shared|copied)\b(?![^.;]{0,20}\bonly\b)",),
    triggers=BOARD_POLICY_LEGAL_PROCESS_TRIGGERS,
)
# A board's policy carries its effective date as a field: "Effective Date: 10/16/08" under the
# votes that approved it. (A department's order's "Effective Date:" is the order's, not law's:
# read only in a board's policy.)
BOARD_POLICY_EFFECTIVE_TRIGGERS = ("effective",)
BOARD_POLICY_EFFECTIVE = rule(
    # (a page's "History: Effective date: August 17, 2015; Revised ...", a table's "Effective Date
    # | February 25, 2020 |")
    r"^(?:history\s*:\s*)?effective(?:\s+date)?\s*[:|]?\s*(?:\d{1,2}/\d{1,2}/\d{2,4}|"
    + _MONTH
    + r"\s+\d{1,2},?\s+\d{4})",
    need=Need.NONE,
    parts=(Part.BODY, Part.CLOSING),
    triggers=BOARD_POLICY_EFFECTIVE_TRIGGERS,
)
# A board's policy states its own approval in the present tense: "The Library Director
# authorizes the placement of cameras with the approval of the Library Trustees".
BOARD_POLICY_APPROVAL_TRIGGERS = ("with the approval", "with the prior", "with the consent",
                                  "with the permission")
BOARD_POLICY_APPROVAL = rule(
    r"\b(?:cameras?|surveillance|drones?|video|recording\s+devices?|license\s+plate)\b[^.;]{0,80}"
    r"\bwith\s+the\s+(?:prior\s+)?(?:approval|consent|permission)\s+of\s+the\s+(?:[\w-]+\s+){0,3}"
    r"(?:trustees|board|commission|council)\b",
    need=Need.NONE,
    triggers=BOARD_POLICY_APPROVAL_TRIGGERS,
)
# In a board's camera policy a bar that opens on the act needs no object: "Dissemination
# (including viewing) outside of the Campus Safety Department is strictly prohibited" speaks of
# the recordings the policy governs.
BOARD_POLICY_DISSEMINATION_TRIGGERS = ("prohibited",)
BOARD_POLICY_DISSEMINATION = rule(
    r"^(?:the\s+)?(?:dissemination|disclosure|release|sharing|distribution)\b[^.;]{0,80}\b"
    r"(?:is|are|shall\s+be)\s+(?:strictly\s+)?prohibited\b",
    need=Need.NONE,
    triggers=BOARD_POLICY_DISSEMINATION_TRIGGERS,
)


# The words of _POLICY and of _EXISTING, for the rules that open with them.
_POLICY_WORDS = ("polic", "protocol", "regulations pertaining", "standard operating")
_EXISTING_WORDS = (
    "effective date", "existing surveillance", "already in", "existing", "currently", "master",
    "inventory", "before", "prior to", "as of", "the date this", "the date the",
    "the date on which",
)  # fmt: skip
# Words one of which every POLICE_OVERSEER match contains.
_POLICE_OVERSEER_WORDS = (
    "police", "sheriff", "law enforcement", "citizen", "civilian", "community",
    "independent monitor",
)  # fmt: skip
_SHARING_RECIPIENTS = (
    "agenc", "third", "entit", "federal", "immigration", "other juris", "other gov", "person",
    "to anyone", "with anyone", "to any individual", "with any individual", "to any other indiv",
    "with any other indiv",
    "vendor", "private part", "private compan", "private contr", "any purpose", "statewide",
    "nationwide",
    "sharing", "ment authorit", "al authorit", "outside the", "registr", "al database",
    "ment database",
)  # fmt: skip
# The words of _USED_TECHNOLOGY's nouns, for the two rules on a technology's uses.
_USED_TECHNOLOGY_WORDS = (
    "camera", "drone", "unmanned", "uas", "uav", "plate reader", "alpr", "cell", "recognition",
    "biometric", "tracking device", "surveillance", "recording system", "recording device",
    "captured plate", "automated", "automatic", "photo", "speed safety", "electronic", "remote",
)  # fmt: skip
# For each element, per rule, words one of which any sentence it matches must contain. They
# follow the rule's first pattern; `test_check_rules` checks them against every rule's matches.
TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "title": ((), ("known", "cited", "referred", "entitled", "rule caption"), ("entitled",)),
    "findings": (
        (), ("find",), ("findings", "recitals", "statement of facts"),
        ("believes", "determined", "declares", "interest", "recogni", "hereby", "deplores",
         "concern", "adopts this", "enacts this", "intends this"),
        ("(purpose)",),
        (
            "purpose", "intent", "intend", "design", "enact", "adopt", "policy", "preamble",
            "creat", "rule", "regulation",
        ),
        (
            ", this policy", "i. purpose", "this policy has been", "adopted this policy", "purpose",
            "the following",
        ),
        (
            "purpose", "intent", "policy", "preamble", "rationale", "objective", "goal",
            "introduction",
        ),
    ),
    "enacting_clause": (
        ("ordain", "enact", "resolv", "ordered", "be it", "therefore", "as follows"),
    ),
    "signature_block": ((),),
    "severability": (("sever", "invalid", "unconstitutional", "unenforceable", "void"),),
    "effective_date": (
        ("effect", "operative"), ("effective date", "certified to be effective"), ("effective",),
        ("effective",),
    ),
    "definitions": (
        ("surveillance technolog",),
        (
            "mean", "the following", "refer", "include", "exclud", "defined", "purposes of this",
            "used in this", "definitions apply", "in this",
        ),
        ("terms used",),
        (":",),
        (),
        (),
        ("definition",),
        (),
        (),
    ),
    "council_approval": (
        ("approv",),
        ("authoriz",),
        ("authoriz", "authoris", "approv"),
        ("authorized", "authorised"),
        ("not approved", "not been approved", "not previously approved", "not expressly approved",
         "not first approved"),
        ("approved by", "approved in advance by", "adopted by"),
        ("authoriz", "authoris"),
        ("consent", "authori", "permission"),
        ("cancel", "terminated", "void", "rescinded", "revoked"),
        ("ordinance", "resolution", "vote of", "approval of", "authorization of",
         "authorisation of", "consent of", "shall adopt", "must adopt", "shall approve",
         "must approve"),
        ("approved", "authorized", "authorised", "approves", "authorizes", "authorises"),
        ("finding", "determination", "finds that", "determines that"),
        ("passage of", "adoption of", "enactment of"),
        ("accompanied by", "include", "contain", "attach"),
        ("authoriz", "authoris"),
    ),
    "approval_standard": (("outweigh",), ("approv",)),
    "public_hearing_notice": (("hearing", "public meeting", "noticed", "open to the public"),),
    "community_engagement": (
        (
            "community",
            "comment",
            "public meeting",
            "public participation",
            "public involvement",
            "public input",
            "public consultation",
        ),
        ("comment",),
        ("translat", "language"),
    ),
    "impact_report": (
        (
            "impact",
            "acquisition report",
            "sir",
            "accountability report",
            "surveillance evaluation",
            "justification report",
            "assessment",
        ),
        ("civil rights", "civil liberties", "privacy"),
    ),
    "use_policy": (
        _POLICY_WORDS,
        ("procedures", "guidelines", "rules", "regulation", "polic"),
        ("adopts", "approves", "adopted", "approved"),
        ("the following",),
        ("retain", "retention", "kept", "store", "storing", "maintain", "preserv", "purg", "delet",
         "destroy", "eras", "overwrit", "keep", "expung", "discard"),
        ("activate", "turn on", "turned on", "begin recording", "record", "wear", "turned off"),
        ("body", "bwc", "dash", "in-car", "vehicle camera"),
        _POLICY_WORDS,
        ("only", "sole", "exclusive", "angled", "positioned", "focused", "aimed", "directed",
         "placed", "restricted", "limited", "confined", "circumstance", "not contain",
         "not include", "not show", "not depict", "not capture", "not record",
         "not to be used"),
        ("limited to", "restricted to", "confined to", "only", "solely"),
        (*_USED_TECHNOLOGY_WORDS, "location", "keyword", "geofence", "reverse-", "subscriber",
         "license plate", "video", "footage", "body-worn", "body worn"),
        ("prohibited",),
        _USED_TECHNOLOGY_WORDS,
        (*_USED_TECHNOLOGY_WORDS, "recording", "image", "footage", "photograph", "recorder",
         "device", "system", "monitor", "track", "target"),
        _USED_TECHNOLOGY_WORDS,
        ("collect", "maintain", "request", "solicit", "gather", "retain", "compil", "inquire",
         "store", "share", "disseminat", "record", "obtain", "kept", "placed in"),
        ("limited", "restricted", "confined"),
        ("log of", "logs of", "record of", "records of", "trail of", "audited", "logged",
         "recorded"),
        ("minimum", "at least", "less than", "fewer than", "retained for", "kept for",
         "preserved for", "stored for", "retain", "keep", "preserve", "store"),
        ("not be", "only", "sign", "be used on", "be used in", "be used at", "be used within",
         "be used near", "be used during", "be installed", "be operated", "be deployed"),
        ("warrant", "court order", "subpoena"),
        ("only be", "solely be", "exclusively be"),
        ("authorize", "minimi", "destroyed except", "extension", "sealed", "under seal", "seal the",
         "seal all", "seal such", "custody of"),
        ("only", "solely", "accessing", "access to", "who access", "who use", "who operate",
         "who query"),
        ("monitored", "recorded", "intercepted"),
        ("call", "visit", "conversation", "communication"),
        ("capture", "collect", "record", "photograph", "film", "gather"),
        ("shower", "toilet", "restroom", "bathroom", "locker room", "dressing room", "changing",
         "clothing exchange", "lactation"),
        ("placed on", "subject to", "subjected to", "monitored", "tracked", "supervised"),
        ("electronic", "gps", "global positioning", "satellite", "monitoring device", "transmitter",
         "surveillance equipment", "tracking equipment", "monitoring equipment", "home detention",
         "home confinement", "home incarceration", "house arrest"),
        ("eligible",),
    ),
    "existing_technology": (_EXISTING_WORDS, _EXISTING_WORDS),
    "partnership_termination": (
        ("private camera", "privately", "camera network", "portal", "partnership", "private surv",
         "doorbell", "home security", "home camera"),
    ),
    "footage_requests": (
        ("consent",),
        ("consent",),
        ("warrant", "court order", "judicial order", "subpoena", "consent"),
        ("warrant", "court order", "judicial order", "subpoena"),
        ("private", "doorbell", "residential", "not owned"),
        ("consent", "warrant", "decline", "refuse"),
    ),
    "no_subsidy_or_promotion": (
        ("subsid", "rebate", "discount", "incentive", "voucher", "public funds", "in-kind", "free"),
        ("promot", "market", "endors", "advertis", "solicit"),
    ),
    "nda_prohibition": (("disclos", "confidential", "ability"),),
    "data_sharing_limits": (
        (*_SHARING_RECIPIENTS, "sell", "sold", "rent", "lease", "in response to"),
        _SHARING_RECIPIENTS,
        ("only to", "only with"),
        ("only to", "only with"),
        ("limited to", "restricted to", "confined to"),
        ("decline",),
        ("not share", "not disclose", "not release", "not provide", "not give"),
        ("immigration",),
        ("immigration", "registr"),
        ("immigration",),
        ("immigration",),
        ("confidential",),
        ("shar", "disclos", "disseminat", "releas"),
        ("except", "unless", "without", "other than", "exclusive", "only"),
        ("only", "solely", "exclusively"),
        ("privacy of", "confidentiality of"),
        ("confidential",),
        ("only:", "only :"),
        ("be disclosed", "be released", "be shared", "be provided", "be made available",
         "subject to", "exempt from"),
    ),
    "annual_report": (
        ("annual", "each ", "every ", "yearly", "once a year"),
        ("quarter", "annual", "month"),
        ("accounting", "statistics", "summary", "account"),
    ),
    "oversight_body": (
        (
            "commission",
            "board",
            "committee",
            "working group",
            "task force",
            "inspector general",
            "coit",
            "pac",
            "oversight body",
        ),
        ("commission", "committee", "board"),
        ("commission", "committee", "board"),
        ("hereby", "there is"),
        ("established to", "created to"),
        _POLICE_OVERSEER_WORDS,
        _POLICE_OVERSEER_WORDS,
        ("advis", "recommend"),
        ("police", "law enforcement", "sheriff", "sworn", "officer"),
        ("complaint",),
        ("consist", "composed", "comprised"),
        ("this", "committee", "board", "commission"),
        ("oversee", "supervise", "oversight of", "monitor the use", "audit", "review of"),
    ),
    "exigent_circumstances": (
        ("exigent", "emergenc", "imminent", "immediate"),
        ("exigent", "emergenc", "imminent", "immediate"),
        ("imminent", "immediate"),
        ("imminent", "immediate"),
        ("oral",),
        ("exigent", "emergenc"),
    ),
    "public_records": (
        ("website", "web site", "webpage", "web page", "online", "internet", "public"),
        ("publish",),
        ("log ", "logs ", "log,", "logs,", "log)", "log:"),
    ),
    "enforcement": (
        (
            "any person",
            "any aggrieved",
            "any injured",
            "punishable",
            "fine not",
            "be punished",
            "be fined",
            "any resident",
            "any individual",
            "injunctive",
            "writ of mandate",
            "private right",
            "fine of",
            "penalty of",
            "misdemeanor",
            "civil penalt",
            "subject to enforcement",
            "cause of action",
            "evidence",
            "inadmissible",
            "injunction",
            "admissible",
            "in violation",
            " sue",
            "civil action",
            "recover",
            "bring an action",
            "bring action",
        ),
        ("offense", "felony", "crime"),
        ("sanctions", "disciplin"),
        ("person", "resident", "individual"),
        ("to enforce", "to compel", "to enjoin", "to restrain"),
        ("disciplin", "termination", "dismissal", "suspension", "penalt", "prosecution"),
        ("sanction", "penalties"),
        (
            "attorney",
            "disciplin",
            "suspension",
            "termination of employment",
            "expunge",
            "received in evidence",
        ),
        ("in violation", "rules governing exclusion", "to suppress", "to exclude",
         "treated as", "deemed"),
        ("damages", "misconduct"),
        ("for misuse", "for abuse", "for the misuse", "for its misuse", "for their misuse",
         "for unauthori", "for the unauthori", "for the abuse"),
        ("suspend", "terminat", "deactivat", "revok", "withdr", "disabl", "cancel"),
        ("sanction",),
    ),
    "whistleblower": (
        ("disciplinary", "punitive", "retaliatory", "adverse"),
        ("retaliat", "whistleblow", "personnel action", "protected disclosure", "reprisal"),
        ("retaliat",),
        ("discharg", "demot", "disciplin", "suspend", "discriminat", "penaliz", "adverse"),
        (" who ",),
        ("retaliat", "whistleblow"),
        ("whistleblow", "retaliat", "reprisal", "adverse"),
        ("whistleblow",),
    ),
    "facial_recognition_ban": (
        (
            "face", "facial", "biometric surveillance", "biometric identif", "biometric recog",
            "biometric coll", "biometric data",
        ),
    ),
    "military_equipment": (
        (
            "military",
            "armored",
            "armoured",
            "1033",
            "2576a",
            "department of defense",
            "excess",
            "law enforcement support",
            "707",
            "481",
        ),
    ),
    "sunset_review": (
        ("expire", "lapse", "sunset", "terminat"),
        ("expire", "lapse", "terminat", "sunset", "valid"),
        ("valid",),
        ("renew", "reapprov", "re-approv", "reauthori"),
        ("vote", "renew", "reauthori", "reapprov", "re-approv", "terminat", "expire", "lapse",
         "sunset"),
        ("expire", "sunset", "lapse", "terminate", "repealed"),
        ("whether",),
    ),
}
ELEMENTS = tuple(
    replace(
        element,
        rules=tuple(
            replace(r, triggers=words)
            for r, words in zip(element.rules, TRIGGERS[element.id], strict=True)
        ),
    )
    for element in ELEMENTS
)
BY_ID: dict[str, ElementRules] = {element.id: element for element in ELEMENTS}
