"""Sentences + rules -> one verdict per checklist element."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..checklist import CHECKLIST
from .model import Status, Verdict
from .passages import Part, Passage, Sentence, sentences_of
from .patterns import QUOTED, SELF_REFERENCE, plain, rx
from .rules import (
    BOARD_POLICY_LEGAL_PROCESS,
    BOARD_POLICY_LEGAL_PROCESS_TRIGGERS,
    BOARD_POLICY_SHARING,
    BOARD_POLICY_SHARING_TRIGGERS,
    BOARD_POLICY_USE,
    BOARD_POLICY_USE_TRIGGERS,
    BY_ID,
    MANUAL_SELF,
    ElementRules,
    Need,
    Rule,
)
from .triggers import TriggerIndex

# A code site's history note under a section: "(Ord. 1145, 2022)", "(Ord. 2024-03, passed
# 2-26-2024)", "(Added by Ord. 116-21, ...)".
# A statute's session-law note: "[ 2020 c 257 s 8.]", "Enacted by Chapter 200, 2021 General
# Session", "Added by 2022 Ch. 463", "2021, Sp. Sess. I, c. 537."
# A note may hold one nested parenthesis: "(Ord. 2371 § 1 (Att. A), 2021)". eCode360 prints
# its notes in brackets: "[HISTORY: Adopted by the Borough Council ... by Ord. No. 2-2020.]",
# "[Added 2-23-16 by Ord. No. 2016-5]"; Anchorage "(AO No. 2023-35(S-1), § 1, 4-18-2023)".
_HISTORY_NOTE = re.compile(
    r"[(\[](?:(?:Added|Amended|Repealed|Adopted)\s+(?:[\d/-]+\s+)?by\s+)?(?:BC\s+)?"
    r"(?:Ord\.|Ordinance|Res\.|AO|L\.L\.|Code\s+(?:19|20)\d\d|Prior\s+code)\s*(?:No\.\s*)?"
    # Municode dates its notes "5-6-19"; a note may nest one parenthesis "(part)"
    r"(?:[^()\[\]]|\([^()]{0,20}\)){0,80}?(?:\b(?:19|20)\d\d\b|\b\d{1,2}-\d{1,2}-\d{2,4}\b|§)|"
    r"\[(?:HISTORY:\s*)?(?:Adopted|Added|Amended|Enacted)\b[^\[\]]{0,160}?\bby\s+"
    r"(?:Ord\.|Ordinance|L\.L\.|Local\s+Law|Res\.|Resolution)\s*(?:No\.\s*)?\d|"
    r"\b(?i:history|source)\s*:\s*(?:Ord\.|Ordinance|Res\.|Code\s+(?:19|20)\d\d)\s*(?:No\.\s*)?\d|"
    r"\b(?:19|20)\d\d\s+c\s+\d+\s+s\s+\d+|\b(?:Enacted|Added|Amended)\s+by\s+(?:Chapter\s+\d+|"
    r"(?:19|20)\d\d\s+(?:[A-Z][a-z]+\.\s+Laws,?\s+)?Ch\.)|"
    r"\b(?:19|20)\d\d,\s+(?:Sp\.\s+Sess\.\s+\w+,\s+)?c\.\s+\d+|\(Acts?\s+(?:19|20)\d\d-\d+"
)
# A floor or committee amendment to a bill: "moves to amend the bill ... by striking lines 209-240
# and inserting in place thereof the following".
_AMENDMENT = re.compile(
    r"\b(?:moves?\s+to\s+amend|by\s+striking\b[^.]{0,120}\binserting)\b", re.IGNORECASE
)


# A police department's policy manual (the Lexipol form): its directives say "should", and their
# subject is "the Chief of Police or the authorized designee". Numbered like a code ("707.8 ANNUAL
# REPORT"), it governs officers, not the city: it enacts nothing.
_MANUAL_DIRECTIVE = re.compile(
    r"\b(?:designee|chief\s+of\s+police|sheriff|department|members?|officers?|personnel)\s+"
    r"(?:should|will)\s+(?!be\b|not\b)(?:also\s+)?[a-z]+",
    re.IGNORECASE,
)
_MANUAL_OFFICIAL = re.compile(
    r"\b(?:chief\s+of\s+police|sheriff|chief)\s+or\s+(?:the\s+|a\s+)?authorized\s+designee\b",
    re.IGNORECASE,
)


_RESOLVING = re.compile(
    r"^(?:now,?\s+therefore,?\s+)?(?:be\s+it\s+(?:hereby\s+|further\s+)?(?:resolved|ordered)|"
    r"let\s+it\s+be\s+(?:further\s+)?resolved|"
    r"resolved)\s*(?:by\s+[^.;]{0,120}?)?[,:]?\s*that\b",
    re.IGNORECASE,
)


# A legislative office's bill analysis prints the bill's title ("AN ACT CONCERNING ...") and then
# tells what "the bill" does: the title is quoted, and the text enacts nothing.
_BILL_ANALYSIS = re.compile(
    # (a legislature's bill page: "Bill Progress", "Bill Details", a synopsis "This Act would")
    r"\b(?:bill|fiscal|legislative)\s+(?:analysis|summary|note)\b|\bbill\s+(?:progress|details)\b",
    re.IGNORECASE,
)
_THE_BILL_DOES = re.compile(
    r"\b(?:this|the)\s+bill\s+(?:also\s+)?(?:makes|requires|allows|prohibits|authorizes|"
    r"establishes|creates|imposes|restricts|would|amends|repeals|expands|limits)\b",
    re.IGNORECASE,
)


def _describes_a_bill(passages: Sequence[Passage]) -> bool:
    # A resolution's own record may carry a "Fiscal Note:" field under its resolving clause.
    if any(
        p.part is Part.ENACTING or (p.part is Part.BODY and _RESOLVING.match(p.text))
        for p in passages
    ):
        return False
    text = " ".join(p.text for p in passages)
    return bool(_BILL_ANALYSIS.search(text)) or len(_THE_BILL_DOES.findall(text)) >= 2


# A policy speaks of itself as one ("This policy provides guidance ...", "462.2 POLICY"), where a
# code speaks of "this chapter" or "this section".
_SELF_POLICY = re.compile(
    r"\bthis\s+(?:policy|procedure|directive|general\s+order|manual)\b", re.IGNORECASE
)


def _self_references(text: str) -> tuple[int, int]:
    """How often the text, outside quotations, calls itself a code ("this chapter") and how often
    a policy ("this policy")."""
    unquoted = QUOTED.sub(" ", text)
    return len(SELF_REFERENCE.findall(unquoted)), len(_SELF_POLICY.findall(unquoted))


def is_policy_manual(passages: Sequence[Passage]) -> bool:
    """Whether the text reads as a department's policy manual rather than a code."""
    text = " ".join(p.text for p in passages)
    if _MANUAL_OFFICIAL.search(text) and _MANUAL_DIRECTIVE.search(text):
        return True
    as_code, as_policy = _self_references(text)
    return as_policy > as_code


# A governing board's own policy (a board of education, a library board of trustees, a transit
# authority's board): it binds as the board's rule, where a department's manual does not. It
# carries the board's adoption ("Adopted: March 19, 2018", "Adopted by the Board of Trustees on
# ...", "Approved by the Board of Library Trustees ..."), its legal and cross references, or a
# board policy code ("Policy 7:340"; "ECAF Video Surveillance ..." heading a text that speaks of
# "Board policy").
_BOARD_ADOPTION = re.compile(
    # (an opening "[HISTORY: " or "*" before the line is a code's or a page's decoration)
    r"^(?:\[?history\s*:\s*|\*\s*)?(?:adopted(?:\s+date)?\s*:|adoption\s+date\s*:|"
    r"(?:adopted|approved)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:board|selectmen|trustees|council)\b|"
    # "Adopted 2/24/2020", "Adopted on: April 8, 2003", "Approved on 12/10/2016"
    r"(?:adopted|approved)(?:\s+on)?\s*:?\s*(?:\d{1,2}\s*/|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b)|"
    r"(?:legal|cross)\s+ref(?:erence)?s?\.?\s*:|"
    # the board as the policy's subject: "The Bossier Parish School Board shall authorize ...",
    # "The Board authorizes the use of video cameras on District property"
    r"the\s+(?:[\w-]+\s+){0,4}?(?:school\s+board|board\s+of\s+(?:education|library\s+trustees|"
    r"directors)|library\s+board|board)\s+(?:shall|delegates|authorizes|directs|adopts)\b)",
    re.IGNORECASE,
)
_BOARD_ADOPTION_WORDS = ("adopt", "approved", "ref", "board", "history")
# A code's history note names the ordinance or local law that enacted the chapter ("[HISTORY:
# Adopted by the Township Council 11-7-18 by Ord. No. O-10-2018-034.]"): a code, not a policy.
_BY_AN_ORDINANCE = re.compile(
    r"\bby\s+(?:ord(?:inance)?\.?|l\.\s?l\.|local\s+law|g\.\s?o\.|bylaw)\s*(?:no\.?\s*)?[\w-]*\d",
    re.IGNORECASE,
)
_BOARD_POLICY_CODE = re.compile(r"\bpolicy\s+\d{1,2}:\d{2,3}\b", re.IGNORECASE)
# A California school board's policy code: "Woodlake Unified School District | BP 3515.21".
_BP_CODE = re.compile(r"\bBP\s+\d{4}(?:\.\d{1,2})?\b")
# The board authorising the technology in its own voice, wherever the sentence opens: "Having
# weighed the rights of privacy ..., the Board hereby authorizes the use of video cameras".
_BOARD_AUTHORIZES = re.compile(
    r"\bthe\s+board\s+(?:hereby\s+)?(?:authorizes|adopts|approves)\s+the\s+(?:use|installation)\b",
    re.IGNORECASE,
)
_BOARD_CODE = re.compile(r"^[A-K][A-Z]{1,4}(?:-[A-Z]{1,2})?\s+[A-Z][a-z]")
_BOARD_POLICY_WORDS = re.compile(r"\bboard\s+polic(?:y|ies)\b", re.IGNORECASE)


# An institution's own policy, copied without its adoption line: a library's, a school
# district's, a college's, a county's or a town's camera policy, which its board or council adopts
# as its rule. It calls itself a policy ("Security Camera Policy", "The purpose of this policy",
# "It is the policy of Johnson County") and speaks of the institution it governs, not of officers:
# a police department's manual speaks of "the Department", its "members" and "officers".
_POLICY_NAME = re.compile(
    r"^(?:[\w'’&,.()-]+\s+){0,12}polic(?:y|ies)\b[^.]{0,40}$|\bthis\s+policy\b|\bit\s+is\s+the\s+policy\s+of\b|"
    r"\bpolicy\s+\d",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:librar(?:y|ies)|schools?|district|college|university|campus|county|town|village|"
    r"patrons?|students?|"
    # transit, housing and port authorities
    r"authority|metro(?:politan)?|transit|housing|tenants?|riders?|passengers?)\b",
    re.IGNORECASE,
)
# A university's or district's own police ("University Police Department", "Campus Police",
# "CVCC Police Department", "the OSU Department of Public Safety")
# run its cameras under its policy: they make the text no police department's manual.
_OWN_POLICE = re.compile(
    r"\b(?:(?i:university|campus|college|school|district)|[A-Z]{2,6})\s+(?i:police|public\s+safety|"
    r"safety)(?:\s+(?i:department))?\b|"
    # "the OSU Department of Public Safety"
    r"\b[A-Z]{2,6}\s+(?i:department\s+of\s+public\s+safety)\b"
)
# A department that is not the police ("The Department of Parking and Transportation at the
# University"): no police voice either.
_OTHER_DEPARTMENT = re.compile(
    r"\bdepartment\s+of\s+(?!police\b|public\s+safety\b|law\s+enforcement\b|corrections\b)"
    r"[A-Za-z&]+(?:\s+(?:and|&)\s+[A-Za-z]+)?",
    re.IGNORECASE,
)
_POLICE_OWNER = re.compile(
    r"\b(?:officers?|deput(?:y|ies)|sworn|members?|chief\s+of\s+police|sheriff|patrol|"
    r"(?:police|sheriff'?s?)\s+(?:department|office)|department)\b",
    re.IGNORECASE,
)


# A notice, memo or news item about a policy still to be adopted: "will discuss the proposed
# Surveillance Use Policy at its regular meeting", "a public hearing on a policy ... The draft
# policy reads:".
_ABOUT_A_POLICY = re.compile(
    r"\b(?:proposed|draft)\s+(?:[\w-]+\s+){0,3}polic(?:y|ies)\b|\b(?:regular|special|council|board)\s+"
    r"meeting\b|\bmemo(?:randum)?\b|\bagenda\b|"
    # a hearing noticed or held on the policy, not one the policy requires ("the Board shall hold
    # a public hearing before authorizing audio recording")
    r"\bnotice\s+of\s+(?:a\s+)?public\s+hearing\b|\b(?:will|to)\s+(?:hold|conduct)\s+a\s+public\s+"
    r"hearing\b|\bpublic\s+hearing\s+(?:on|regarding|concerning|was|is\s+scheduled)\b",
    re.IGNORECASE,
)


# A policy's own section titles, each alone on its line ("Purpose", "Scope", "5 Procedures"): a
# library's page "Security Cameras" may never call itself a policy, but it is laid out as one.
_POLICY_SECTION = re.compile(
    r"^(?:\d{1,2}\.?\s+|[IVX]{1,4}\.\s+)?(?:purpose|scope|procedures?|guidelines|policy\s+statement|"
    r"applicability|responsibilit(?:y|ies))\.?$",
    re.IGNORECASE,
)


# An institution's rules on its own cameras, in its own voice, whatever it calls them: "The
# Library will not install surveillance cameras in restrooms", "Video equipment may be placed in
# any area where ...", "no video cameras will be installed in classrooms".
_OWN_CAMERA_RULE = re.compile(
    r"\b(?:shall|must|will|may)\s+(?:not\s+|only\s+|never\s+)?(?:be\s+)?(?:install\w*|placed|"
    r"locat\w+|used|utiliz\w+|retain\w*|kept|stored|released|viewed|reviewed|monitor\w*|"
    r"record\w*|equipped|employ\w*|access\w*|disclos\w+|shared|provided)\b",
    re.IGNORECASE,
)
# A notice or a letter to parents about a school's cameras, which restates its policy ("Dear
# Parents", "Notification of Video on School Buses ... Refer to Policy #810.2").
_NOTICE_VOICE = re.compile(
    r"\b(?:dear|(?:annual\s+)?notification\s+of\s+(?:the\s+)?(?:video|audio|surveillance|"
    r"cameras?|presence)|this\s+letter|refer\s+to\s+policy|"
    # "If you would like more information, a copy of the Board Policy No. 810.2 ..."
    r"if\s+you\s+would\s+like|a\s+copy\s+of\s+the\s+"
    r"(?:board\s+)?policy|posted\s+on\s+\d)\b",
    re.IGNORECASE,
)
# A notice's own title: "Notice to Students and Parent/Guardian Regarding the Use of Video ..."
# (a policy may require "notice to students and parents" in its text).
_NOTICE_TITLE = re.compile(r"^\W*notice\s+to\s+(?:students|parents)\b", re.IGNORECASE)
_THIS_PROCEDURE = re.compile(r"\bthis\s+(?:procedure|guideline)\b", re.IGNORECASE)
_THIS_POLICY = re.compile(r"\bthis\s+policy\b", re.IGNORECASE)
# A reporter's or a meeting's voice: what a news item or a record says of a library's cameras.
# ("reported" alone is a policy's word too, "a reported incident", and so is "shall be announced
# by signage".)
_NEWS_VOICE = re.compile(
    # (legal "said" is an adjective: "said recordings")
    r"\b(?:said(?=\s*[.,;:]|\s+(?:that|the|a|an|he|she|they|it|in|on|at|to)\b)|says|told|"
    r"reported\s+that|(?<!be\s)announced|press\s+release|yesterday|today|"
    r"voted|business\s+meeting|"
    r"last\s+(?:week|month|year)|(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|motion\s+(?:carried|passed|failed)|staff\s+recommend\w*)\b|\?",
    re.IGNORECASE,
)
_CAMERA = re.compile(
    r"\b(?:cameras?|video|surveillance|footage|recordings?|drones?|unmanned|license\s+plate|"
    r"A?LPR)\b",
    re.IGNORECASE,
)


def _governs_own_cameras(passages: Sequence[Passage], text: str) -> bool:
    """Whether a text that never names itself a policy sets an institution's rules on its own
    cameras: it speaks of the library, school or college again and again, and in rules."""
    if len(_INSTITUTION.findall(text)) < 5 or not _CAMERA.search(text):
        return False
    return any(_OWN_CAMERA_RULE.search(p.text) and _CAMERA.search(p.text) for p in passages)


# A district's administrative procedure or guideline ("ACDB-AP: Video Surveillance",
# "Administrative Procedure 88A", "Administrative Guidelines") is its staff's way of carrying out
# a board policy, as a department's manual is: the board's policy is the law.
_STAFF_PROCEDURE = re.compile(
    r"^[A-Z]{2,6}-AP\b|\b(?i:administrative\s+(?:procedures?|guidelines?))\b|"
    # a title naming the document the procedures: "6-12: Surveillance Cameras – Procedures"
    r"^[^.]{0,80}[–—:-]\s*Procedures?$"
)


def is_staff_procedure(passages: Sequence[Passage]) -> bool:
    """Whether the text is a staff's procedure or guideline that carries out a board's policy:
    its own title says so (not a sentence that names "Administrative Guidelines")."""
    return any(len(p.text) <= 100 and _STAFF_PROCEDURE.search(p.text) for p in passages[:3])


def _is_institution_policy(passages: Sequence[Passage]) -> bool:
    text = " ".join(p.text for p in passages)
    if not any(
        _POLICY_NAME.search(QUOTED.sub(" ", p.text)) or _POLICY_SECTION.match(p.text)
        for p in passages[:6]
    ) and not _governs_own_cameras(passages, text):
        return False
    if (
        _ABOUT_A_POLICY.search(text)
        or _NOTICE_VOICE.search(text)
        or any(_NOTICE_TITLE.match(p.text) for p in passages[:6])
        or _NEWS_VOICE.search(QUOTED.sub(" ", text))
    ):
        return False
    # a district's procedure speaks of itself as "this procedure", its policy as "this policy"
    if len(_THIS_PROCEDURE.findall(text)) > len(_THIS_POLICY.findall(text)):
        return False
    # a code that states the county's policy in its findings speaks of "this chapter" more often
    # than of "this policy": it is a code, and its findings are no board's policy
    as_code, as_policy = _self_references(text)
    if as_code > as_policy:
        return False
    institution = len(_INSTITUTION.findall(text))
    police = len(_POLICE_OWNER.findall(_OTHER_DEPARTMENT.sub(" ", _OWN_POLICE.sub(" ", text))))
    return institution >= 2 and institution > 2 * police


def _marks_adoption(text: str) -> bool:
    """Whether a paragraph shows the board's adoption: an adoption line, a board policy code, or
    the board authorising the technology in its own voice."""
    # a quick test on the paragraph's opening spares the patterns most paragraphs
    opening = text[:160].lower()
    return bool(
        (
            any(word in opening for word in _BOARD_ADOPTION_WORDS)
            and _BOARD_ADOPTION.match(text)
            and not _BY_AN_ORDINANCE.search(text)
        )
        or (":" in text and _BOARD_POLICY_CODE.search(text))
        or ("BP" in text and _BP_CODE.search(text))
        or ("board" in text.lower() and _BOARD_AUTHORIZES.search(text))
    )


# The clause that makes a text the instrument itself: "BE IT ORDERED BY THE CITY OF PADUCAH:",
# "RESOLVED that the Danville Town Council hereby:".
_INSTRUMENT_CLAUSE = re.compile(
    r"^(?:now,?\s+therefore,?\s+)?(?:be\s+it\s+(?:hereby\s+|further\s+)?(?:resolved|ordered|"
    r"ordained|enacted)|resolved,?\s+(?:by\s+[^.;]{0,120}?)?that)\b",
    re.IGNORECASE,
)


def is_board_policy(passages: Sequence[Passage]) -> bool:
    """Whether the text is a policy a governing board adopted as its own rule, not a police
    department's manual ("the Chief of Police or the authorized designee"), nor the board's
    resolution or ordinance itself, whose "APPROVED by the Town Council" closes an instrument."""
    if any(
        p.part is Part.ENACTING or (p.part is Part.BODY and _INSTRUMENT_CLAUSE.match(p.text))
        for p in passages
    ):
        return False
    if is_staff_procedure(passages):
        return False
    adopted = (
        _is_institution_policy(passages)
        or any(_marks_adoption(p.text) for p in passages)
        or bool(
            passages
            and _BOARD_CODE.match(passages[0].text)
            and any(_BOARD_POLICY_WORDS.search(p.text) for p in passages)
        )
    )
    return adopted and not any(
        "designee" in p.text.lower() and _MANUAL_OFFICIAL.search(p.text) for p in passages
    )


def is_legislation(passages: Sequence[Passage], board: bool | None = None) -> bool:
    """Whether the text enacts anything: an enacting clause, a title or recital, a code
    section's history note, or else a numbered section or a sentence that refers to "this
    chapter" in a text that is not a department's policy manual. News, minutes and web pages that
    describe a law have none of these, so their "must" and "shall" are not counted. `board` is
    `is_board_policy(passages)` when the caller has it already."""
    if _describes_a_bill(passages):
        return False
    for passage in passages:
        if passage.part is not Part.HEADING and (
            _HISTORY_NOTE.search(passage.text) or _AMENDMENT.search(passage.text)
        ):
            return True
        if passage.part in (Part.ENACTING, Part.TITLE, Part.RECITAL):
            return True
        # a resolution's resolving clause opening a paragraph, however long: "BE IT RESOLVED,
        # that a second public hearing ... be held" (a board's action request that carries it)
        if passage.part is Part.BODY and _RESOLVING.match(passage.text):
            return True
    if is_board_policy(passages) if board is None else board:
        return True
    if is_policy_manual(passages) or is_staff_procedure(passages):
        return False
    if (_defines_terms(passages) and not _addresses_reader(passages)) or _speaks_as_law(passages):
        return True
    for passage in passages:
        if passage.part is Part.HEADING and passage.section:
            return True
        # "this Chapter" inside a quotation (minutes recording a motion, news quoting a bill)
        # is the quoted law's self-reference, not this text's.
        if passage.part is Part.BODY and SELF_REFERENCE.search(QUOTED.sub(" ", passage.text)):
            return True
    return False


# A definitions section copied without its heading: two or more terms defined in law's form
# ('"Facial recognition" means ...'), or the lead-in "As used in this Code section, the term:".
# News may quote one definition; it does not set out a list of them.
_DEFINED_TERM = re.compile(
    r"^(?:\d{1,3}\.\s+)?[\"“][^\"“”]{1,80}[\"”](?:\s*\([^()]{1,40}\))?\s*"
    r"(?:means|shall\s+mean|includes|has\s+the\s+meaning)\b"
)
_DEFINITIONS_LEAD = re.compile(
    r"^(?:as\s+used\s+in\s+this\s+(?:code\s+)?(?:chapter|article|section|subsection|"
    r"ordinance|act|part|title|bylaw)\b|(?:the\s+)?following\s+(?:words|terms|definitions)\b)"
    r"[^.]{0,160}(?::|\bas\s+follows\b)",
    re.IGNORECASE,
)


# A page that speaks to its reader ("your request", "Please refer to MGO Sec. 23.63(2) for more
# definitions") explains terms; it does not define them as law does.
_READER = re.compile(r"\b(?:your|please)\b", re.IGNORECASE)


def _addresses_reader(passages: Sequence[Passage]) -> bool:
    return any(_READER.search(p.text) for p in passages)


def _defines_terms(passages: Sequence[Passage]) -> bool:
    body = [p.text for p in passages if p.part is Part.BODY]
    defined = sum(bool(_DEFINED_TERM.match(text)) for text in body)
    return defined >= 2 or (defined >= 1 and any(_DEFINITIONS_LEAD.match(t) for t in body))


# The law's own voice, for an operative excerpt copied without its section heading ("No City
# department shall acquire surveillance technology without the approval of the City Council."):
# its sentences say "shall", in the third person, with no one reporting, recommending or
# asking. News, minutes, staff reports and web pages about a law speak in "must", "will",
# "would", "should", "we" and "said", and quote a law's "shall" inside quotation marks.
_NOT_LAW_VOICE = re.compile(
    r"\b(?:we|our|us|(?-i:I)\s+(?:am|have|think|believe|was|want|hope)|you|your|should|"
    r"would\s+(?:require|need|have\s+to|be\s+required|allow|ban|prohibit|create|give|mean)|"
    r"said|says?|according\s+to|agenda|minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}meeting|"
    r"supporters|critics|opponents|advocates|under\s+(?:it|the\s+(?:new\s+)?(?:law|ordinance|"
    r"rule|rules|bill|measure|proposal|policy))|"
    r"the\s+(?:new\s+)?(?:ordinance|law|bill|measure|rule|resolution)\s+(?:reads|states|says|"
    r"provides|requires)|(?:adopted|passed|approved|enacted)\s+(?:an?|the)\s+(?:new\s+)?"
    r"(?:ordinance|resolution|law|bill)\b|"
    r"(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"motion\s+(?:carried|passed|failed)|staff\s+(?:recommend\w*|report|believes|proposes)|"
    r"recommendations?\s*:|it\s+is\s+recommended|recommends?\s+that\s+the|"
    r"proposed\s+(?:ordinance|law|bill|rule|resolution|amendment)|discussion\s*:|"
    r"yesterday|today|last\s+(?:week|month|year)|reported\s+that|announced|press\s+release|"
    r"officers?\s+(?:will|should)|bill\s+analysis|this\s+bill|"
    # a department's policy speaks of itself as one: "in conformity with this policy"
    r"this\s+(?:policy|procedure|directive|general\s+order|manual))\b|\?",
    re.IGNORECASE,
)
# The legislature's findings in its own present tense: "The City Council finds and declares as
# follows:", "The Board of Supervisors finds that ..." (news reports what a council "found").
_BODY_FINDS = re.compile(
    r"^the\s+(?:[\w.'’-]+\s+){0,8}?(?:council|board|legislature|commission|aldermen|supervisors|"
    r"commissioners|trustees|town\s+meeting|general\s+assembly|people)\b[^.;:]{0,80}?\s+"
    r"(?:hereby\s+)?finds?(?:,?\s+(?:and\s+)?(?:declares?|determines?))*\s*(?:that|as\s+follows|:)",
    re.IGNORECASE,
)
# "shall" anywhere; a statute's "must" and "may" with the singular subject a law addresses ("A
# law enforcement agency may not", "Each department must", "No agency may"). A web page restates
# a law with plural subjects: "Departments must get Council approval before ...".
_LAW_MODAL = re.compile(
    # a condition in law's own form: "Notwithstanding subsection (a), ...", "provided that"
    r"^notwithstanding\b|\bprovided,?\s+(?:however,?\s+)?that\b|"
    r"\bshall\b|^(?:an?|each|every|any|no)\s+[^.;]{0,80}?\b(?:must|may\s+not|may\s+only|"
    # a permission on a condition: "A City department may obtain footage ... only with the
    # written consent of the owner"
    r"may\s+(?:[\w-]+\s+){1,8}only\s+(?:if|with|upon|after|when|pursuant))\b|"
    # a term the law voids: "Any provision of a contract that ... is void"
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:null\s+and\s+)?void\b|"
    # a prohibition in law's present tense: "The use of face recognition by any City department
    # is prohibited" (news says "is banned under the new law", kept out by _NOT_LAW_VOICE)
    r"\b(?:is|are)\s+(?:hereby\s+|expressly\s+|strictly\s+)?prohibited\b|"
    r"^no\s+[^.;]{0,80}?\bmay\b",
    re.IGNORECASE,
)


def _speaks_as_law(passages: Sequence[Passage]) -> bool:
    body = [p for p in passages if p.part is Part.BODY]
    if not body:
        return False
    text = QUOTED.sub(" ", " ".join(p.text for p in body))
    if _NOT_LAW_VOICE.search(text):
        return False
    sentences = sentences_of(list(body))
    # the legislature stating its findings speaks as nothing but the law does
    if any(_BODY_FINDS.search(s.text) for s in sentences):
        return True
    commanding = [
        s for s in sentences if _LAW_MODAL.search(QUOTED.sub(" ", s.text)) and (
            s.duty or s.prohibition
        )
    ]
    # Most of an excerpt of law commands: a page that explains a law states its context first.
    # The items of a commanding lead-in ("shall report on: (1) ...; (2) ...") command with it.
    listed = sum(s.inherited_duty for s in sentences)
    return bool(commanding) and 2 * (len(commanding) + listed) >= len(sentences)


def _matches(rule: Rule, sentence: Sentence) -> bool:
    """Whether `rule` finds its element in `sentence`. Its trigger words are not tested here:
    evaluate_element reads only the sentences a TriggerIndex found them in."""
    # Every test below must hold, and none has a side effect: the cheapest come first.
    if sentence.passage.part not in rule.parts:
        return False
    if rule.need is Need.DUTY and not (sentence.duty or sentence.inherited_duty):
        return False
    if rule.need is Need.PROHIBITION and not sentence.prohibition:
        return False
    if rule.need is not Need.NONE and sentence.reported:
        return False
    if rule.under is not None and not rule.under.search(sentence.passage.heading):
        return False
    topic = sentence.scope
    if rule.paragraph:
        topic = f"{sentence.passage.text} {topic}"
        if rule.titled and sentence.passage.heading:
            topic = f"{sentence.passage.heading} {topic}"
    # The rule's own words first: they rule out most sentences at the cost of one search.
    if not (
        rule.all_of[0].search(topic) and all(p.search(sentence.scope) for p in rule.all_of[1:])
    ):
        return False
    # The exclusions read the clause where the rule's key words stand: the sentence itself, or,
    # when those words come from the list items under a lead-in, the lead-in with its items.
    # (A sentence with no list items is its own scope: the search above has just matched it.)
    own = topic
    if topic != sentence.text and rule.all_of[0].search(sentence.text):
        own = sentence.text
    return not any(p.search(own) for p in rule.none_of)


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


_READ_MATCHES = 8
_READ_SECTIONS = 3


def _unique(items: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)


def evaluate_element(
    element: ElementRules,
    sentences: Sequence[Sentence],
    section_text: dict[str, str],
    lowered: Sequence[str] | None = None,
    index: TriggerIndex | None = None,
) -> Verdict:
    """One element's verdict; `lowered` holds each sentence's scope in lower case, `index` their
    trigger words (both made here when not given)."""
    if lowered is None:
        lowered = [s.scope.lower() for s in sentences]
    if index is None:
        index = TriggerIndex(sentences, lowered)
    # A sentence counts for the first rule, in order, that finds the element in it. Rule by rule,
    # each reads only the sentences its trigger words stand in that no earlier rule took.
    taken: dict[int, Rule] = {}
    for rule, plain_rule in zip(element.rules, _plain_rules(element), strict=True):
        if rule.triggers:
            candidates: Iterable[int] = index.candidates(
                rule.triggers, rule.paragraph, rule.titled
            ).difference(taken)
        else:
            candidates = [i for i in range(len(sentences)) if i not in taken]
        for i in candidates:
            sentence = sentences[i]
            chosen = rule if sentence.dotted else plain_rule
            if _matches(chosen, sentence):
                taken[i] = rule
    strong: list[Sentence] = []
    weak: list[Sentence] = []
    for i in sorted(taken):
        (weak if taken[i].weak else strong).append(sentences[i])
    evidence = strong or weak
    if not evidence:
        return Verdict(element.id, Status.MISSING)
    sections = _unique([s.passage.section for s in evidence])
    # Aspects and parameters are read where the element stands: its first matches and sections.
    texts = [s.scope for s in evidence[:_READ_MATCHES]]
    texts += [section_text.get(name, "") for name in sections[:_READ_SECTIONS]]
    scope = " ".join(texts)
    missing = [a.name for a in element.aspects if not a.pattern.search(scope)]
    found = len(element.aspects) - len(missing)
    complete = bool(strong) and not (element.needed and found < element.needed)
    status = Status.PRESENT if complete else Status.PARTIAL
    parameters: dict[str, str] = {}
    # A parameter is read from the quoted sentence itself first: the list items and sections
    # around it hold other periods ("thirty (30) days" for another record) that sit nearer.
    quoted = [s.text for s in evidence[:_READ_MATCHES]]
    for parameter in element.parameters:
        for text in (*quoted, *texts):
            value = parameter.extract(text)
            if value:
                parameters[parameter.name] = value
                break
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
        quote=evidence[0].text,
        parameters=parameters,
        missing=missing if status is Status.PARTIAL else [],
        note=note,
        line=evidence[0].passage.line,
    )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


# A council's or board's record about an item: a coversheet, an agenda record, a request for
# action ("Item Coversheet", "Agenda Item#: 43.", "Board Action Request", "Meeting Date:").
_ITEM_RECORD = re.compile(
    r"^(?:item\s+)?cover\s*sheet\b|^agenda\s+(?:item|date)\b|^(?:board|council)\s+action\s+"
    r"request\b|^request\s+for\s+(?:council|board|commission)\s+action\b|^meeting\s+date\s*:|"
    r"^legislative\s+item\b|^(?:council\s+)?agenda\s+(?:report|memo)\b|"
    # a legistar item: "Discuss and Consider Possible Action on an Ordinance ...", "Item Discussion"
    r"^discuss\s+and\s+consider\b|^item\s+discussion\b",
    re.IGNORECASE,
)
_RECORD_LINES = 12


def describes_an_item(passages: Sequence[Passage]) -> bool:
    """Whether the text is a record about an instrument rather than its text: a coversheet or
    agenda record with no enacting or resolving clause. It may print the instrument's title (a
    record's "Title:" field), but its "are to take effect on the 90th day" and "the ordinance
    lists" describe the form and provisions of a text it does not hold."""
    if any(p.part is Part.ENACTING for p in passages):
        return False
    if any(p.part is Part.BODY and _RESOLVING.match(p.text) for p in passages):
        return False
    return any(_ITEM_RECORD.match(p.text) for p in passages[:_RECORD_LINES])


@functools.cache
def _board_use_policy() -> ElementRules:
    """The use-policy rules, for a board's own policy: the policy's rules of use count too."""
    element = BY_ID["use_policy"]
    extra = replace(BOARD_POLICY_USE, triggers=BOARD_POLICY_USE_TRIGGERS)
    return replace(element, rules=(*element.rules, extra))


@functools.cache
def _board_data_sharing() -> ElementRules:
    """The data-sharing rules, for a board's own policy: its limits on release in "will not",
    and release on legal process only."""
    element = BY_ID["data_sharing_limits"]
    extra = (
        replace(BOARD_POLICY_SHARING, triggers=BOARD_POLICY_SHARING_TRIGGERS),
        replace(BOARD_POLICY_LEGAL_PROCESS, triggers=BOARD_POLICY_LEGAL_PROCESS_TRIGGERS),
    )
    return replace(element, rules=(*element.rules, *extra))


@functools.cache
def _board_enforcement() -> ElementRules:
    """The enforcement rules, for a board's own policy: its "this policy" is the law's own
    self-reference, so a sanction for breaching it counts ("A breach of this policy may result in
    disciplinary action")."""
    element = BY_ID["enforcement"]
    rules = tuple(
        replace(
            r,
            none_of=(
                *(p for p in r.none_of if p.pattern != MANUAL_SELF),
                _GENERAL_RULES_BROKEN,
                _DISCIPLINE_AS_USE,
                _STATE_PENALTY,
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
    r"\b(?:used?|evidence|purposes?|reasons?|support\w*|maintain\w*)\b[^.;]{0,60}\bdisciplin\w*|"
    # "If a viewing leads to disciplinary action against an employee, ..."
    r"\b(?:viewing|review|recording|footage|video)\s+(?:leads?|led)\s+to\b[^.;]{0,20}\bdisciplin"
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
_STATE_PENALTY = rx(r"\b(?:misdemeanor|felony|confinement|jail|imprison\w*)\b")


# A board's policy states its rules in "will" ("Signage will be posted at each entrance",
# "Footage will not be released without a subpoena"): in its own policy, the board's "will"
# binds as a code's "shall" does, and "will not" / "will only" forbids. (Elsewhere "will" only
# describes: news, notices, a department's manual.)
_POLICY_WILL = re.compile(r"\bwill\s+(?:not\s+|never\s+|only\s+)?(?:be\s+)?[a-z]", re.IGNORECASE)
_POLICY_WILL_NOT = re.compile(r"\bwill\s+(?:not|never|only)\b", re.IGNORECASE)
# ... and its bars in the present tense: "Vehicle information ... is not shared with other
# departments or outside agencies", "Recordings are not released to the public".
_POLICY_IS_NOT = re.compile(
    r"\b(?:is|are)\s+(?:not|never)\s+(?:to\s+be\s+)?(?:shared|released|disclosed|provided|sold|"
    r"given|used|installed|placed|accessible|available)\b",
    re.IGNORECASE,
)


def _policy_will_binds(sentences: Iterable[Sentence]) -> None:
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


def evaluate_passages(passages: Sequence[Passage]) -> list[Verdict]:
    """A verdict for every checklist element, in checklist order, from the text alone."""
    board = is_board_policy(passages)
    if not is_legislation(passages, board):
        return [
            Verdict(
                e.id, Status.MISSING, note="no enacted text: no section, enacting clause or title"
            )
            for e in CHECKLIST
        ]
    sentences = sentences_of(list(passages))
    if board:
        _policy_will_binds(sentences)
    lowered = [s.scope.lower() for s in sentences]
    index = TriggerIndex(sentences, lowered)
    joined = section_texts(passages)
    # A record about an item holds the instrument's title and nothing else of it.
    record = describes_an_item(passages)
    rules = BY_ID
    if board:
        rules = {
            **BY_ID,
            "use_policy": _board_use_policy(),
            "enforcement": _board_enforcement(),
            "data_sharing_limits": _board_data_sharing(),
        }
    return [
        evaluate_element(rules[e.id], sentences, joined, lowered, index)
        if not record or e.id == "title"
        else Verdict(e.id, Status.MISSING, note="a record about an item, not the item's text")
        for e in CHECKLIST
    ]


def section_texts(passages: Sequence[Passage]) -> dict[str, str]:
    """Each section's body text, its paragraphs joined: where aspects and parameters are read."""
    texts: dict[str, list[str]] = {}
    for passage in passages:
        if passage.part is Part.BODY:
            texts.setdefault(passage.section, []).append(passage.text)
    return {name: " ".join(parts) for name, parts in texts.items()}
