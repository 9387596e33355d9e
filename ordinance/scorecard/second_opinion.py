"""Where the rules found nothing, ask the learned models (`law_model`) for a second opinion.

Three questions only: whether a text the gate's rules refused is law after all; whether an
element of form the rules missed (a purpose section, a glossary, a caption in words of their
own) stands in it; and whether one of three substantive elements the rules missed (a use
policy, a limit on sharing data, a yearly report) stands in one of the text's own rules, in
words no rule reads. An element found this way is quoted like any other and says in its note how
it was found, so a reader knows to check it; a substantive one is reported partial.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence

from .law_model import LearnedModels, LinearModel, features, shipped_models
from .model import Status, Verdict
from .passages import Part, Passage, Sentence, items_of, lead_in_with_item
from .patterns import CAPTION_ANNOUNCES_EFFECT, DEFINITIONS_HEADING
from .rules import GOVERNMENT_ACTOR, MONITORING_PROGRAM, TECHNOLOGY_OR_ITS_DATA
from .technology_names import NO_RULE_WORDS, RuleWords

LEARNED_NOTE = "found by the model learned from the labelled corpus, not by a rule"
# The models learned from passages of up to a few pages: a longer text is read section by
# section, each about the size of what they learned from.
_WHOLE_TEXT_WORDS = 1500

# A model knows what a passage holding an element reads like, not which sentence is it, and a
# text that only mentions the element reads much the same. So the sentence it would quote must
# also have the element's form, read here as loosely as the element allows.
_CLAUSE = re.compile(r"^(?:whereas|now,?\s+therefore|be\s+it|resolved|ordered)\b|\bordain", re.I)
_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b",
    re.I,
)
# a legislature's numbering: "H.C.R. NO.", "S.B. 2049"
_LEGISLATURE_S_NUMBER = re.compile(r"\b[HS]\.\s?(?:C\.\s?)?[BR]\.", re.I)
_INSTRUMENT = re.compile(
    r"\b(?:ordinance|resolution|policy|act|chapter|article|regulations?|rules?|section|code|stat)\b|"
    r"§|" + _LEGISLATURE_S_NUMBER.pattern,
    re.I,
)
_DESIGNATION_WORDS = 3
_HEADER_LINES = 6
_NUMBERED_INSTRUMENT = re.compile(
    r"^(?:resolution|ordinance|local\s+law|executive\s+order|order)\s+(?:no\.?\s*|#\s*)?\d[\w.-]*\b",
    re.I,
)
# An instrument's caption in capitals, which may end in a period and may be run into other
# words by a PDF's extraction: "Jacketed AN ACT relating to ...", "RESOLUTION NO. 102-22 A
# RESOLUTION OF THE CITY OF ...", "RESOLUTION TO KEEP ... SAFE".
_CAPTION = re.compile(
    r"\b(?:AN\s+ACT|AN\s+ORDINANCE|A\s+(?:RESOLUTION|BILL)|(?:RESOLUTION|ORDINANCE)\s+(?:NO\b|#|TO\b))"
)
_SECTION_CLAUSE = re.compile(r"^(?:section|sec\.)\s*\d+\.?\s+that\b", re.I)
_TAKES_EFFECT = re.compile(r"\beffective\b|\btakes?\s+effect\b|\bin\s+(?:full\s+)?force\b", re.I)
_THIS_INSTRUMENT = re.compile(
    r"\bthis\s+(?:ordinance|resolution|policy|act|local\s+law|regulation|rule)\b", re.I
)
_DEFINED_TERM_WORDS = 8
_QUOTED_TERM = re.compile(r"[\"“”'‘’]\S[^\"“”]{0,60}[\"“”'’],?\s*(?:\w+\s*){0,2}$")
_AS_USED = re.compile(r"\b(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of)\b", re.I)
_DEFINES = re.compile(r"\b(?:means|shall\s+mean|is\s+defined|are\s+defined|refers?\s+to)\b", re.I)
# ... but not a manner: "by means of a device", "by any means", "by electronic means" (a term
# may hold "by": "Footage captured by a drone means ...")
_BY_MEANS = re.compile(
    r"\bby\s+(?:(?:any|other|some|no|all|electronic|mechanical|lawful|unlawful|such)\s+){0,2}$",
    re.I,
)
_REASONS = re.compile(
    # (not a rule's own "to protect the privacy of patrons": a rule with its aim is a rule)
    # (nor a duty to "make determinations respecting complaints")
    # (nor a tribunal's "violations found after trial", "found guilty")
    r"\b(?:finds?|found(?!\s+(?:after|guilty|liable|responsible|in|on|at|to\s+(?:have|be))\b)|"
    r"determin(?!ations?\b)\w+|declares?|recogni[sz]\w+|intent|because|whereas|"
    # (not a scope's "For purposes of this section, a person's consent is presumed revoked")
    r"in\s+order\s+to|(?<!for\s)(?<!for\sthe\s)purposes?\s+of\s+(?:this|the)\b[^.;]{0,60}?\b(?:is|are)|"
    r"(?:its|the)\s+purposes?\s+(?:is|are))\b",
    re.I,
)
_MODAL = re.compile(r"\b(?:shall|must|will|may|should)\b", re.I)
_CAPTION_ANNOUNCES = re.compile(CAPTION_ANNOUNCES_EFFECT, re.I)
_SIGNATURE_WORDS = 40
_SIGNS = re.compile(
    r"\b(?:signed|signature|attest\w*|mayor|clerk|president|chair\w*|secretary|ayes?|nays?|"
    r"yeas?|votes?)\b",
    re.I,
)
# a statement about signing, not a signer's line: "The clerk attests that the notices were posted"
_SIGNS_AS_A_VERB = re.compile(r"\b(?:attests|certifies|signs|votes|approves)\b", re.I)
# "Passed", "adopted" or "approved" is a vote's record only with its date or its body
# ("Passed this 4th day of May", "Adopted by the Board"), not a record's field ("Status: Passed").
_PASSED_WHEN_OR_BY = re.compile(r"\b(?:passed|adopted|approved)\b[^.;]*?(?:\bby\b|\bon\b|\d)", re.I)


_NO_CAPTION = re.compile(
    # (the modal in lower case: a caption's date is "MAY 9, 2017")
    r"(?-i:\b(?:shall|must|may)\b)|^\s*[(\[]|"
    # (an amending instruction: "Section 63G-2-305 is amended to read:")
    r"\bis\s+(?:hereby\s+)?(?:amended|repealed|enacted)\b|\bto\s+read\s+as\s+follows\b|"
    r"^(?:as\s+used\s+in|for\s+(?:the\s+)?purposes?\s+of|"
    r"the\s+purpose\s+of|nothing\s+in|this\s+(?:chapter|article|section|act|ordinance)\s+"
    r"(?:does|is|shall|applies)|if\s)\b",
    re.I,
)


def _is_title(s: Sentence) -> bool:
    """A title line, or a caption on the text's first lines, that names an instrument and is no
    clause ("Conn. Gen. Stat. § 13a-267", not "SECTION 1. That the purchase is authorized.")."""
    if _CLAUSE.search(s.text) or _SECTION_CLAUSE.match(s.text) or not _INSTRUMENT.search(s.text):
        return False
    # (a question is no caption: "Should the Council adopt this rule?")
    if s.text.rstrip().endswith("?"):
        return False
    if s.passage.part is Part.TITLE:
        return True
    # A line that is no caption whatever words it holds: a rule ("The Police Department shall
    # obtain approval ..."), a glossary's lead-in ("As used in this chapter, the following terms
    # ..."), an amending instruction, a history note ("(Ord. 1561 § 1, 1998)"), a statement of
    # scope or purpose ("This chapter does not prohibit ...").
    if _NO_CAPTION.search(s.text):
        return False
    if s.passage.part is Part.HEADING:
        # (a section's catchline closes with its period, a document's title does not: "Regulation
        # of use." heads a section of the code, "ESTA Video Camera Policy" the policy itself)
        return not s.text.rstrip().endswith(".")
    # a numbered instrument's caption under a page's header lines: "Resolution 2016-43 in
    # Support of the Deferred Action for Childhood Arrivals (DACA) Program"
    if s.passage.line is not None and s.passage.line <= _HEADER_LINES and (
        _NUMBERED_INSTRUMENT.match(s.text)
    ):
        return not s.text.rstrip().endswith(".")
    # (a sentence ends in a period, a caption does not, but for a designation's own: "H.C.R.";
    # a list item run into the text's second line is no caption)
    return s.passage.line in (1, 2) and (s.passage.level < 0 or s.passage.line == 1) and (
        not s.text.rstrip().endswith(".")
        or bool(_CAPTION.search(s.text))
        or (
            len(s.text.split()) <= _DESIGNATION_WORDS
            and _LEGISLATURE_S_NUMBER.search(s.text) is not None
        )
    )


def _is_effective_date(s: Sentence) -> bool:
    return bool(
        _TAKES_EFFECT.search(s.text)
        and (_DATE.search(s.text) or _THIS_INSTRUMENT.search(s.text))
        and not _CAPTION_ANNOUNCES.search(s.text)
    )


def _is_definition(s: Sentence) -> bool:
    # the defined term opens the sentence, is quoted, or follows "as used in" ("the term for a
    # member named to fill a vacancy means the rest of the term" defines nothing)
    match = _DEFINES.search(s.text)
    if match is None or s.text.lower().startswith("the purpose"):
        return False
    before = s.text[: match.start()]
    if match.group(0).lower() == "means" and _BY_MEANS.search(before):
        return False  # "record by electronic means", "by any means available"
    return (
        len(before.split()) <= _DEFINED_TERM_WORDS
        or bool(_QUOTED_TERM.search(before))
        or bool(_AS_USED.search(before))
    )


def _gives_reasons(s: Sentence) -> bool:
    # reasons are given in sentences, not in a section's title ("Purpose of cameras."), and
    # stated, not made a duty's condition ("shall approve ... only when the Council finds")
    match = _REASONS.search(s.text)
    return (
        s.passage.part not in (Part.TITLE, Part.HEADING)
        and match is not None
        and not _MODAL.search(s.text[: match.start()])
        and not s.text.lower().startswith("if ")
    )


def _is_signature(s: Sentence) -> bool:
    # a signer's or a vote's line, not a rule about signing ("The Mayor shall sign each
    # ordinance within ten (10) days"), a statement about one ("The clerk attests that ...") or
    # a section's heading ("Sec. 2-4. Votes.")
    return (
        bool(_SIGNS.search(s.text) or _PASSED_WHEN_OR_BY.search(s.text))
        and s.passage.part is not Part.HEADING
        and not _SIGNS_AS_A_VERB.search(s.text)
        and not _CLAUSE.search(s.text)
        and not _MODAL.search(s.text)
        and len(s.text.split()) <= _SIGNATURE_WORDS
    )


# What a rule of use or a sharing limit governs: a surveillance technology or what it records,
# people's intercepted communications and traced whereabouts ("the contents of any intercepted
# communication", "a pen register"), or information gathered about them ("personal information",
# "a shared gang database"); not any record (a payroll's, a court's, a library's circulation
# records).
# (interception and tracking by their statutes' names, and DNA and fingerprint indexes)
_INTERCEPTION_AND_IDENTIFIERS = (
    r"\b(?:intercept\w*|wiretap\w*|(?:wire|oral|electronic)\s+communications?|pen\s+registers?|"
    r"trap\s+and\s+trace|tracking\s+devices?|geofence|cell[- ]site|DNA|genetic|fingerprints?)\b"
)
_GOVERNS_SURVEILLANCE = re.compile(
    TECHNOLOGY_OR_ITS_DATA
    + r"|"
    + _INTERCEPTION_AND_IDENTIFIERS
    # (and what such systems hold: criminal intelligence files, call records)
    + r"|\b(?:information|databases?|images?|(?:subscriber|call|toll)\s+records?|intelligence)\b",
    re.I,
)
# Handing data on: "shall not share", "may not disclose ... except", "no ... shall be released"
# ("provide" only with its receiver: every "except as provided in" holds the word)
_HANDS_ON = re.compile(
    r"\b(?:shar(?:e|es|ed|ing)|disclos\w+|releas\w+|transfer\w*|sell|sold|disseminat\w+|"
    r"furnish\w*|(?:made|make|makes)\s+available|access\w*|inspection|divulg\w+|transmit\w*|"
    r"provided\s+to|provide\s+(?:[\w-]+\s+){0,4}?to)\b",
    re.I,
)
# ... what it hands on (a noun: not "or record the facility")
_DATA = re.compile(
    r"\b(?:data|information|records|recordings?|footage|images?|photographs?|video|contents|"
    r"communications?)\b",
    re.I,
)
_REPORT = re.compile(r"\breport", re.I)
_YEARLY = re.compile(r"\b(?:annual(?:ly)?|each\s+year|every\s+year|yearly)\b", re.I)
# Whose duty a sentence states: the words before its first modal, after any opening clause
# ("Except as provided in subsection (c), the owner of a camera shall not ...": "the owner of a
# camera").
_OPENING_CLAUSE = re.compile(
    r"^(?:\(?\w{1,3}[.)]\s*)*(?:(?:except|unless|upon|notwithstanding|if|when|after|before|"
    r"subject\s+to)\b[^,;]{0,160},\s*)?",
    re.I,
)
_SUBJECT_ENDS = re.compile(r"\b(?:shall|may|must)\b", re.I)
# A private person as that subject ("A landlord", "No person", "Each private investigator", "the
# owner of a residential security camera"), unless a government stands in it too ("No employee
# of the department") ...
_PRIVATE_PERSON = re.compile(
    r"\b(?:persons?|individuals?|landlords?|employers?|business(?:es)?|(?:home)?owners?|tenants?|"
    r"residents?|"
    r"licensees?|compan(?:y|ies)|retailers?|stores?|establishments?|pharmac(?:y|ies|ists?)|"
    r"merchants?|investigators?|associations?|corporations?|whoever|anyone|(?<=\bno\s)one)\b",
    re.I,
)
_GOVERNMENT_WORD = re.compile(GOVERNMENT_ACTOR, re.I)
# ... and, for anyone at all ("No person", "No one"), unless the sentence makes a warrant or a
# court's order its condition (a wiretap act's "No person may install a pen register without
# first obtaining a court order" binds the police) or names the police as whom it spares ("No
# person shall access plate reader data except a sworn member of the department").
_ANYONE = frozenset({"person", "persons", "individual", "individuals", "one", "anyone"})
_ON_AN_ORDER_OR_THE_POLICE = re.compile(
    r"\bwarrant|\bcourt\s+order|\border\s+of\s+(?:a|the)\s+court\b|\b(?:department|agenc(?:y|ies)|"
    r"officers?|police|sheriff|law\s+enforcement)\b",
    re.I,
)
_UNLAWFUL_FOR_A_PERSON = re.compile(
    r"\bunlawful\s+for\s+(?:a|any|an)\s+(?:person|individual|one)\b|\bunlawful\s+for\s+anyone\b|"
    r"\bmisdemeanor\s+for\s+(?:a|any)\s+person\b",
    re.I,
)
# A court's or a judge's own duty ("The magistrate who issued the order shall seal ...", "The
# reports by the judges shall contain ...").
_COURT = re.compile(r"\b(?:courts?|judges?|magistrates?)\b", re.I)
# A state's bar on local law (preemption), and a ban's saving clause ("... is not a violation of
# this section").
_NOT_A_RULE_OF_USE = re.compile(
    r"\b(?:political\s+subdivisions?|count(?:y|ies)|city|cities|towns?|villages?|municipalit(?:y|ies)|"
    r"local\s+(?:governments?|authorit(?:y|ies))|units?\s+of\s+local\s+government)\b[^.;]{0,60}?"
    r"\b(?:may\s+not|shall\s+not|is\s+prohibited\s+from)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:enact|adopt|enforce|regulate)\w*|"
    r"\bno\s+(?:political\s+subdivision|county|city|town|village|municipality|local\s+"
    r"(?:government|authority|unit|agency)|unit\s+of\s+local\s+government)\b[^.;]{0,80}?"
    r"\b(?:enact|adopt|enforce|regulate)\w*|\bis\s+not\s+a\s+violation\b",
    re.I,
)


def subject_of(text: str) -> str:
    """A duty's subject: its words before the modal, after any opening clause ("Except as
    provided in (D), a person shall not ..." -> "a person")."""
    opening = _OPENING_CLAUSE.match(text)
    return _before_the_modal(text[opening.end() :] if opening else text)


def _before_the_modal(text: str) -> str:
    modal = _SUBJECT_ENDS.search(text)
    return text[: modal.start()] if modal else ""


def _a_government_s_or_a_court_s(words: str) -> bool:
    """Whether the words name a government or a court ("The sheriff", "A magistrate")."""
    return bool(_GOVERNMENT_WORD.search(words) or _COURT.search(words))


def _a_private_person_s(words: str) -> bool:
    """Whether the words name a private person and no government ("A landlord's footage", not
    "No employee of the department")."""
    return bool(_PRIVATE_PERSON.search(words)) and not _GOVERNMENT_WORD.search(words)


def _not_the_government_s(text: str) -> bool:
    """Whether a duty is a private person's or a court's, or no rule of use at all."""
    if _UNLAWFUL_FOR_A_PERSON.search(text) or _NOT_A_RULE_OF_USE.search(text):
        return True
    subject = subject_of(text)
    if _COURT.search(subject):
        return True
    private = _PRIVATE_PERSON.search(subject)
    if private is None or _GOVERNMENT_WORD.search(subject):
        return False
    return not (
        private.group(0).lower() in _ANYONE and _ON_AN_ORDER_OR_THE_POLICE.search(text) is not None
    )


# A digest's or a synopsis's account of a bill, at the head of its sentence: "Provides that if a
# law enforcement agency obtains ... the agency shall destroy", "Specifies the information that
# must be included in the policy".
_ACCOUNT = re.compile(
    r"^(?:provides|specifies|states|requires|prohibits|establishes|authorizes|allows|creates|"
    r"amends|makes|sets|(?:this|the)\s+(?:bill|act|measure)\s+(?:would|provides|requires))\b",
    re.I,
)


# What a report must say: "The annual report shall state ...", "Such reports shall include ..."
_REPORT_CONTENTS = re.compile(
    r"^(?:\(?\w{1,3}[.)]\s*)*(?:the|each|every|such|this|that)\s+(?:[\w-]+\s+){0,2}?reports?\b"
    r"[^.;]{0,60}?\b(?:shall|must)\s+(?:also\s+)?(?:state|contain|include|list|set\s+forth|describe|"
    r"specify|identify)\b",
    re.I,
)


def _the_text_s_own(s: Sentence) -> bool:
    """A sentence of the text's own body, outside its glossary: not a recital, a heading, a
    definition, someone's report or a digest's account."""
    return (
        s.passage.part is Part.BODY
        and not s.reported
        and not DEFINITIONS_HEADING.search(s.passage.heading)
        and not _is_definition(s)
        and not _ACCOUNT.match(s.text)
    )


def _is_operative(s: Sentence) -> bool:
    """A duty, a bar or a condition the text itself imposes on a government, in its body and
    outside its glossary: not a recital, a heading, a definition, a digest's account, someone's
    report, a private person's duty, a court's, or a bar on local law."""
    # (its own: a list item under "The order shall specify:" is quoted as its lead-in)
    return (s.duty or s.prohibition) and _the_text_s_own(s) and not _not_the_government_s(s.text)


# ... or, for a rule of use, a device or what it records, named in plainer words: a program's
# rules name their technology in words of their own ("a sign shall be posted above each monitored
# telephone", "Such violation must be evidenced by a speed detection system", "Telephone calls
# shall be recorded"). Whether the rule is about surveillance is the model's to judge, from its
# region; the words keep it from quoting a rule about something else there ("This Act shall take
# effect ...", "The board shall be composed of ...", "The Clerk shall keep a log of public
# comments", "The Manager shall monitor the program's expenditures"): a device's or a recording's
# name, not any system, record or data.
_NAMES_A_DEVICE_OR_RECORD = re.compile(
    r"\b(?:cameras?|video\w*|photograph\w*|recordings?|tapes|audio[- ]?visual|surveill\w+|"
    r"transmitters?|gps|eavesdrop\w*|(?:security|safety)\s+(?:systems?|equipment)|"
    r"(?:un)?monitored\s+(?:(?:tele)?phones?|phone\s+lines?|calls?|conversations?|visits?)|"
    r"(?:tele)?phone\s+calls?|call\s+recordings?|record(?:ed|ing)?\s+(?:any\s+|the\s+|a\s+)?"
    r"conversations?|(?:monitoring|tracking|recording|surveillance|detection|camera|video|"
    r"storage)\s+(?:systems?|equipment|devices?|units?)|(?:speed|red[- ]light|infraction|"
    r"violation)\s+(?:detection|enforcement|camera|monitoring|control)\s+(?:systems?|devices?))\b",
    re.I,
)


# A government's leave to use a technology or what it gathers, in the main clause: "the sheriff
# may require a defendant ... to serve the sentence in an electronic monitoring program", "home
# detention programs may be used as an alternative to incarceration", "Any such information may
# be disclosed by or to a criminal justice agency", "The Town is hereby authorized to install and
# operate ...". The verb is an act done with the technology or its data, or a leave for its use
# ("may authorize the interception"): not buying it or approving its contract ("is authorized to
# approve and execute the purchase agreement", a council's or a manager's act), nor "may be
# cited as" (a short title), "may include", "may result in", "may enact an ordinance", "may bring
# an action"; and not a relative clause's ("systems which may be mobile").
_USE_ACTS = (
    r"(?:us(?:e|ed)|utiliz\w+|employ\w*|operat\w+|install\w*|plac(?:e|ed)|deploy\w*|"
    r"requir(?:e|ed)|order(?:ed)?|obtain\w*|access\w*|collect\w*|activat\w+|"
    r"retain\w*|ke(?:ep|pt)|stored?|disclos\w+|shar(?:e|ed)|releas\w+|exchang\w+|furnish\w*|"
    r"record\w*|monitor\w*|intercept\w*|view\w*|inspect\w*|"
    r"assign\w*|sentenc\w+|compel\w*|communicat\w+|cop(?:y|ied)|"
    r"destroy\w*|delet\w+|track\w*|search\w*|conduct\w*|participat\w+|transmit\w*|"
    r"maintain\w*|locat\w+|wear\w*|have\s+access|"
    # (a program of it: "may implement an electronic home detention and global positioning
    # system monitoring program")
    r"(?:establish|implement)\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,8}?(?:program|system)s?\b|"
    r"(?:authoriz|approv)\w*\s+(?:the\s+)?(?:use|interception|installation|operation|monitoring|"
    r"recording|deployment)\b|"
    r"issu\w+\s+(?:an?\s+)?(?:order|warrant)|(?<=be\s)issued)"
)
_GRANTS_LEAVE = re.compile(
    r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)\bmay"
    # (an aside: "may, if he or she determines that the program is appropriate, place")
    r"(?:\s*,[^,;]{1,160},)?\s+(?:(?:also|further|thereafter|then|\w+ly)\s+)?"
    r"(?P<passive>be\s+)?(?:\w+ly\s+)?" + _USE_ACTS + r"\b|"
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:authorized|permitted|allowed|empowered)\s+to\s+"
    + _USE_ACTS
    + r"\b",
    re.I,
)
# A policy's rule in its future tense, its verb an act done with the technology: "Recordings will
# be retained for thirty days", "Cameras will not be used to view private areas", "Officers will
# activate their body cameras upon arrival" (not a prediction: "The cameras will be installed
# ... by June 2024", "will not be operational until 2025", "will not cost the city"; nor an
# expectation: "... a reasonable expectation that their vehicles will not be tracked").
_WILL = re.compile(
    r"\bwill\s+(?:(?:not|only|never)\s+)?(?:be\s+)?(?:\w+ly\s+)?" + _USE_ACTS + r"\b", re.I
)
_A_PREDICTION = re.compile(
    r"\b(?:expect\w*|whether|hope\w*|anticipat\w*|predict\w*|likely|intend\w*|plans?\s+to|cost\w*|"
    r"fund\w*|grants?|(?:by|until|in|before|after|next|this)\s+(?:\w+\s+)?(?:(?:19|20)\d\d|year|month))\b",
    re.I,
)


def _policy_will(text: str) -> re.Match[str] | None:
    """A policy's "will" rule in the text (its "will"), or None: none in a prediction."""
    will = _WILL.search(text)
    return will if will is not None and _A_PREDICTION.search(text) is None else None


# A finding: "it is necessary ... to define the conditions under which ...", "The Legislature
# finds that ..." (not a condition on an official's judgment: "if a sheriff determines that it
# is in the best interest of a defendant").
_A_FINDING = re.compile(
    r"\bit\s+is\s+(?:necessary|the\s+intent|the\s+purpose)\b|\b(?:legislature|council|board|"
    r"general\s+assembly|congress|people)\s+(?:hereby\s+)?(?:finds|declares|determines|intends)\b",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:which|whom|whose)\b", re.I)
_THE_PUBLIC = re.compile(
    r"\b(?:hobbyists?|candidates?|media|members?\s+of\s+the\s+public|public|residents?|citizens?|"
    r"visitors?|requesters?|applicants?|pilots?|operators?)\b",
    re.I,
)
# A passive leave's agent when it is no government's: "Drones may be operated by hobbyists".
# (its words up to a preposition: "by hobbyists in the areas of city parks" names hobbyists)
_BY_AN_AGENT = re.compile(
    r"\bby\s+(?:an?\s+|the\s+|any\s+)?(?P<agent>(?:(?!(?:in|at|on|for|within|of|to|during|"
    r"under|with|from|and|or)\b)[\w'’-]+\s*){1,4})",
    re.I,
)


def _grants_a_use(s: Sentence) -> bool:
    """A government's leave, in the text's body and outside its glossary, to use a technology or
    what it gathers, or a policy's rule of it in the future tense: a leave given to a government
    or a court by name (a court ordering a defendant onto a monitoring device uses it), or in the
    passive to no one else ("Surveillance cameras may be installed ..."), not to a private
    person, a hobbyist or the public; and not a digest's account or a bar on local law."""
    leave = _GRANTS_LEAVE.search(s.text)
    will = _policy_will(s.text) if leave is None else None
    if leave is None and will is None:
        return False
    if not _the_text_s_own(s) or _A_FINDING.search(s.text):
        return False
    if _UNLAWFUL_FOR_A_PERSON.search(s.text) or _NOT_A_RULE_OF_USE.search(s.text):
        return False
    # (whoever stands before the leave: "The department is hereby authorized to operate ...";
    # before the "will" of a policy's rule)
    before = will or leave
    subject = subject_of(s.text) if will is None else ""
    if not subject and before is not None:
        subject = s.text[: before.start()]
    if _RELATIVE.search(subject):  # "the officers who may wear a body camera", "under which"
        return False
    if _a_government_s_or_a_court_s(subject):
        return True
    if leave is None:
        # (a policy's "will" binds what it names, its device or its records, or a government)
        return not (_PRIVATE_PERSON.search(subject) or _THE_PUBLIC.search(subject))
    if leave.group("passive") is None:
        # (an active leave needs a government as its subject: "Hobbyists may operate drones",
        # "Candidates may use drones" are the public's)
        return False
    if _PRIVATE_PERSON.search(subject):
        return False
    agent = _BY_AN_AGENT.search(s.text, leave.end())
    return agent is None or _a_government_s_or_a_court_s(agent.group("agent"))


# A technology by its name or a device's, for the glossary entries whose terms name one
# (`technology_names`) and for the readings that must name one themselves: not any "information"
# or "images" (a glossary's "Record", a vendor's trade secrets).
_TECHNOLOGY = re.compile(
    TECHNOLOGY_OR_ITS_DATA
    + r"|"
    + MONITORING_PROGRAM
    + r"|"
    + _INTERCEPTION_AND_IDENTIFIERS
    + r"|\b(?:location\s+(?:information|data)|information\s+(?:[\w-]+\s+){0,3}?location|"
    r"(?:geographic|physical)\s+location|whereabouts)\b",
    re.I,
)


def _names_a_technology(text: str) -> bool:
    return bool(_TECHNOLOGY.search(text) or _NAMES_A_DEVICE_OR_RECORD.search(text))


_A_PERSON_OFFENDS = re.compile(
    r"\b(?:person|individual)\s+(?:commits|is\s+guilty|violates)\b|\bguilty\s+of\b", re.I
)


def _completes_a_private_person_s(s: Sentence, words: RuleWords) -> bool:
    """Whether a list item completes a lead-in about a private person ("A person commits
    surveillance by the use of a remotely piloted aircraft if the person knowingly does any of
    the following:"), which its own words do not say. (A court's lead-in is a government's: "the
    court may order the defendant to do any of the following:".)"""
    lead = words.lead_of.get(id(s))
    if lead is None:
        return False
    subject = subject_of(lead.text)
    return bool(
        _UNLAWFUL_FOR_A_PERSON.search(lead.text)
        or _A_PERSON_OFFENDS.search(lead.text)
        or _a_private_person_s(subject)
    )


def _rules_a_use(s: Sentence, words: RuleWords = NO_RULE_WORDS) -> bool:
    """A rule about a surveillance technology or what it gathers, or about a device or a
    recording named in plainer words or by a term the text defines as one (not what a report
    must say), or a government's leave to use one."""
    operative = _is_operative(s)
    if not (operative or _grants_a_use(s)) or _REPORT_CONTENTS.match(s.text):
        return False
    if _completes_a_private_person_s(s, words):
        return False
    said = words.words(s)
    # (a leave must name its technology: "may release information about an arrest" is not one)
    return (
        (operative and _GOVERNS_SURVEILLANCE.search(said) is not None)
        or _names_a_technology(said)
        or words.names_a_defined_term(s)
    )


# What the law declares kept from others, with no modal: "is confidential and exempt from s.
# 119.07(1)", "are not public records", "is not subject to disclosure", "shall be kept
# confidential", "is a protected record", "is exempt from the Public Records Act".
_KEPT_FROM_OTHERS = re.compile(
    r"\b(?:is|are|shall\s+be|shall\s+remain|remains?)\s+(?:(?:strictly|hereby|also)\s+)?"
    r"(?:(?:kept|held|maintained|treated\s+as)\s+)?"
    r"(?:confidential|privileged|exempt\s+from\s+(?:public\s+)?(?:disclosure|inspection|"
    r"(?:s\.|section|§)\s*\d|the\s+(?:[\w-]+\s+){0,3}(?:Records|Information)\s+Act)|"
    r"not\s+(?:a\s+)?public\s+records?|not\s+subject\s+to\s+(?:public\s+)?(?:disclosure|inspection|"
    r"release|the\s+(?:[\w-]+\s+){0,3}(?:Records|Information)\s+Act)|"
    r"an?\s+(?:protected|private|nonpublic|confidential)\s+records?)\b",
    re.I,
)
# ... about someone else's secrets: a vendor's, a bidder's, an employee's.
_OTHER_SECRETS = re.compile(
    r"\b(?:trade\s+secrets?|proprietary|bids?|bidders?|personnel|medical|health|employees?['’]?)\b",
    re.I,
)


# A leave whose act is handing on ("may disclose such a recording: To a law enforcement
# agency", "Any such information may be disclosed by or to a criminal justice agency"), not
# obtaining, searching or accessing ("may require the disclosure by a provider") ...
_LEAVE_TO_HAND_ON = re.compile(
    r"\bmay\s+(?:(?:also|only|further)\s+)?(?:be\s+)?(?:disclos|shar|releas|exchang|furnish|"
    r"transmit|disseminat|(?:made|make)\s+available)\w*",
    re.I,
)
# ... and bounded, by a purpose, a condition or a named recipient: not "may be disclosed to any
# person for any purpose", "may be released to the public upon request", "may be shared with any
# law enforcement agency".
_BOUNDED = re.compile(
    r"\b(?:only|solely|exclusively|except|unless|upon\s+(?:a\s+)?(?:warrant|court\s+order|subpoena)|"
    r"pursuant\s+to|in\s+(?:the\s+)?(?:performance|furtherance)\s+of|for\s+the\s+purposes?\s+of|"
    r"to\s+the\s+extent|"
    r"warrant|court\s+order|subpoena)\b",
    re.I,
)
_UNBOUNDED = re.compile(
    r"\b(?:to|with)\s+(?:any\s+(?:other\s+)?(?:person|individual|one|entity|agency|law\s+enforcement)|"
    r"anyone|the\s+(?:public|news\s+media|media))\b|\bfor\s+any\s+purpose\b|\bfreely\b|"
    r"\bupon\s+request\b",
    re.I,
)


def _keeps_from_others(s: Sentence) -> bool:
    """A declaration, in the body and outside the glossary, that what a technology gathers is
    confidential or no public record (not a digest's account of one)."""
    kept = _KEPT_FROM_OTHERS.search(s.text)
    if kept is None or not _the_text_s_own(s):
        return False
    # (whose it is: the words before "is confidential", "A landlord's footage" a private one's)
    whose = s.text[: kept.start()]
    return not _a_private_person_s(whose)


def _limits_sharing(s: Sentence, words: RuleWords = NO_RULE_WORDS) -> bool:
    """A rule about handing on what surveillance gathers (not a clerk's court records): a duty
    or a bar, a government's bounded leave to hand it on to someone, or a declaration that it is
    kept confidential. The last two must name the technology (or stand in a paragraph or under a
    heading that does): "information" alone may be a vendor's trade secrets."""
    said = words.words(s)
    if _DATA.search(said) is None or _completes_a_private_person_s(s, words):
        return False
    defined = words.names_a_defined_term(s)
    if (
        _is_operative(s)
        and _HANDS_ON.search(said)
        and (defined or _GOVERNS_SURVEILLANCE.search(said))
    ):
        return True
    handing_on = (
        _grants_a_use(s)
        and _LEAVE_TO_HAND_ON.search(s.text) is not None
        and _BOUNDED.search(said) is not None
        and _UNBOUNDED.search(s.text) is None
    )
    if not (handing_on or _keeps_from_others(s)):
        return False
    # (the technology may be named in its paragraph: "(a) A law enforcement agency may not retain
    # images captured by an unmanned aircraft system ... (b) Images that may not be retained
    # under (a) of this section are confidential")
    named = defined or _names_a_technology(f"{s.passage.heading} {s.passage.text} {said}")
    return named and _OTHER_SECRETS.search(s.text) is None


def _requires_a_yearly_report(s: Sentence, words: RuleWords = NO_RULE_WORDS) -> bool:
    """A rule requiring a report each year (the year may stand in its list items, the lead-in it
    completes or its section's title: "The annual report shall contain:")."""
    return (
        _is_operative(s)
        and _REPORT.search(s.text) is not None
        and _YEARLY.search(f"{s.passage.heading} {words.words(s)}") is not None
    )


_HAS_THE_FORM: dict[str, Callable[[Sentence], bool]] = {
    "title": _is_title,
    "effective_date": _is_effective_date,
    "definitions": _is_definition,
    "findings": _gives_reasons,
    "signature_block": _is_signature,
}
# Three substantive elements, whose rules meet new wordings in every new place: a model trained
# on the corpus knows what a passage governing a technology's use, the sharing of its data or a
# yearly report on it reads like, and the sentence quoted must be one of the text's own rules
# about it, in the words the text names things with.
_IS_A_RULE_OF: dict[str, Callable[[Sentence, RuleWords], bool]] = {
    "use_policy": _rules_a_use,
    "data_sharing_limits": _limits_sharing,
    "annual_report": _requires_a_yearly_report,
}
# The substantive elements' models learned from passages of sixty words or more (all but five of
# the corpus's 869 passages holding a use policy): on a sentence or two they answer from a
# handful of words, and an element's words are not the element ("A landlord shall not use
# surveillance cameras ...").
_FEWEST_WORDS = 60
# A licensed business's camera mandate (a cannabis cultivator's, a casino's, a pawnbroker's): its
# rules on recording, keeping and showing footage read like a police use policy, but they bind the
# business, whatever the sentence's subject ("Video recording equipment may not record audio");
# the corpus labels them no use policy. A section where a duty binds such a business ("A licensed
# premises must have a fully operational video recording system", "Each facility manager shall
# have a surveillance department") is not asked about one (a mention is not enough: a city's
# camera policy may name "seasonal dock permittees"; and the state's own duties there may still
# limit sharing: "The Division shall keep the recordings confidential").
_LICENSED_BUSINESS = re.compile(
    r"\b(?:licensees?|licensed\s+(?:premises|facilit(?:y|ies)|establishments?|business(?:es)?|"
    r"racetracks?)|permittees?|cultivators?|dispensar(?:y|ies)|casinos?|"
    r"(?:gaming|video\s+lottery|sports\s+wagering|event\s+wagering|wagering)\s+(?:sales\s+)?"
    r"(?:licensees?|establishments?|operations?|operators?|agents?|facilit(?:y|ies))|racetracks?|"
    # a cardroom, a charitable game's operator, a horse-racing organization
    r"cardrooms?|game\s+operators?(?:\s+employers?)?|(?:historic\s+)?horse\s+racing\s+"
    r"(?:facilit(?:y|ies)|licensees?|organi[sz]ations?|associations?)|organi[sz]ation\s+licensees?|"
    r"(?<!toll\s)(?<!parking\s)facility\s+(?:managers?|operators?)|"
    r"cannabis|cannabidiol|mari[jh]uana|psilocybin|(?-i:RMDs?)|pawn(?:shops?|brokers?)|"
    r"secondhand\s+dealers?)\b",
    re.I,
)
# The elements whose learned finding is reported as partial: a model cannot say which of the
# element's parts the text sets, so a reader must check the sentence quoted.
LEARNED_AS_PARTIAL = frozenset({"use_policy", "data_sharing_limits", "annual_report"})
_CLAIMS_FIRST = {"annual_report": 1, "data_sharing_limits": 2, "use_policy": 3}


# A short text the gate's rules refuse is asked of the law model and then, if it is taken for
# law, read whole as the one region of the element models: its features are computed once.
@functools.lru_cache(maxsize=2)
def _text_features(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(features(texts))


def is_law(passages: Sequence[Passage], models: LearnedModels | None = None) -> bool:
    """Whether the law model takes the text for law."""
    models = models or shipped_models()
    return models.law.accepts(_text_features(tuple(p.text for p in passages)))


def _regions(passages: Sequence[Passage]) -> list[list[Passage]]:
    """The text whole, or its sections in order when it is long, a short section joined to the
    next (a code's "Retention" section of three lines is read as it would be in a short text:
    with what stands around it)."""
    if _words(passages) <= _WHOLE_TEXT_WORDS:
        return [list(passages)]
    sections: dict[str, list[Passage]] = {}
    for passage in passages:
        sections.setdefault(passage.section, []).append(passage)
    regions: list[list[Passage]] = []
    for section in sections.values():
        if regions and _words(regions[-1]) < _FEWEST_WORDS:
            regions[-1].extend(section)
        else:
            regions.append(list(section))
    if len(regions) > 1 and _words(regions[-1]) < _FEWEST_WORDS:
        regions[-2].extend(regions.pop())
    return regions


# The business as the subject a duty binds, for the rules: a licensee named first ("Each
# cardroom licensee must install ...", "A game operator employer shall conduct and record ...",
# "Each dispensary shall establish ..."), not a topic word ("Officers enforcing cannabis laws
# shall not ...") nor a business's property ("Recordings made by a licensed dispensary's cameras
# may be obtained by the police only with a warrant"), nor a jail's "detention facility manager".
_BUSINESS_SUBJECT = re.compile(
    r"^(?:(?:each|every|a|an|the|any|all|no|such)\s+)?(?:[\w-]+\s+){0,3}?(?:licensees?|"
    r"licensed\s+(?:premises|facilit(?:y|ies)|establishments?|business(?:es)?|racetracks?)|"
    r"permittees?|cultivators?|dispensar(?:y|ies)|casinos?|cardrooms?|racetracks?|"
    r"(?:gaming|video\s+lottery|sports\s+wagering|event\s+wagering|wagering)\s+(?:sales\s+)?"
    r"(?:licensees?|establishments?|operations?|operators?|agents?|facilit(?:y|ies))|"
    r"game\s+operators?(?:\s+employers?)?|"
    r"(?:gaming\s+|casino\s+)?facility\s+(?:managers?|operators?)|"
    r"(?:(?:retail|medical|adult[- ]use|recreational)\s+)?(?:cannabis|mari[jh]uana)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:establishments?|business(?:es)?|licensees?|retailers?|stores?|cultivators?|centers?|"
    r"facilit(?:y|ies)|dispensar(?:y|ies))|licensed\s+(?:retailers?|stores?|operators?)|"
    r"holders?\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}licen[cs]e|persons?\s+licensed|"
    r"pawn(?:shops?|brokers?)|secondhand\s+dealers?)\b(?!['’]s)",
    re.I,
)
_HELD_IN_CUSTODY_BY = re.compile(r"\b(?:detention|correctional|jail|juvenile)\s+facility\b", re.I)


def _binds_a_business(s: Sentence) -> bool:
    if not (s.duty or s.prohibition):
        return False
    subject = subject_of(s.text).strip()
    return (
        _BUSINESS_SUBJECT.match(subject) is not None
        and not _GOVERNMENT_WORD.search(subject)
        and not _HELD_IN_CUSTODY_BY.search(subject)
    )


def passages_binding_a_licensed_business(sentences: Sequence[Sentence]) -> set[int]:
    """The passages (by id) a licensed business's camera mandate holds, which the use-policy
    rules do not read: their recording, retention and access rules are the business's ("All
    surveillance recordings shall be retained for at least seven days" in a racing commission's
    rule for its licensees). A duty that binds the business as its subject marks its own
    paragraph and the list under it, and its whole numbered section where such duties outnumber
    the government's there."""
    binding = [s for s in sentences if _binds_a_business(s)]
    if not binding:
        return set()
    bound = {id(s.passage) for s in binding}
    business: dict[str, int] = {}
    for s in binding:
        business[s.passage.section] = business.get(s.passage.section, 0) + 1
    binding_ids = {id(s) for s in binding}
    government: dict[str, int] = {}
    for s in sentences:
        if (
            s.passage.section in business
            and (s.duty or s.prohibition)
            and id(s) not in binding_ids
            and _GOVERNMENT_WORD.search(subject_of(s.text))
        ):
            government[s.passage.section] = government.get(s.passage.section, 0) + 1
    # (a numbered section is the business's when its duties bind the business more often than
    # the government: a permittee's notice in (b) leaves the police's limits in (a) read)
    sections = {
        name for name, count in business.items() if name and count > government.get(name, 0)
    }
    marked: set[int] = set()
    inside = -2  # the level of the paragraph whose list is being read, or -2
    for s in sentences:
        passage = s.passage
        if passage.section and passage.section in sections:
            marked.add(id(passage))
            continue
        if id(passage) in bound:
            marked.add(id(passage))
            inside = passage.level
        elif inside > -2 and passage.level > inside:
            marked.add(id(passage))
        elif id(passage) not in marked:
            inside = -2
    return marked


def _binding_a_licensed_business(sentences: Sequence[Sentence]) -> set[int]:
    """The passages (by id) where a duty binds a licensed business: one is named before the
    duty's modal, in its subject or its opening clause ("A licensed premises must have ...", "If
    the Licensee does not have a Restricted Area, recordings must be stored ..."; not "An agency
    shall release to a licensed establishment ...")."""
    return {
        id(s.passage)
        for s in sentences
        if (s.duty or s.prohibition) and _LICENSED_BUSINESS.search(_before_the_modal(s.text))
    }


def _words(passages: Sequence[Passage]) -> int:
    return sum(len(p.text.split()) for p in passages)


def _quotation(quote: Sentence, sentences: Sequence[Sentence], words: RuleWords) -> str:
    """A lead-in is quoted with its first item, and a list item after its lead-in, as the rules
    quote them: alone, either says too little to check."""
    items = items_of(quote, sentences)
    if items:
        return lead_in_with_item(quote, items[0], first=True)
    lead = words.lead_of.get(id(quote))
    if lead is None:
        return quote.text
    return lead_in_with_item(lead, quote, first=items_of(lead, sentences)[0] is quote)


def _read_with(
    is_a_rule: Callable[[Sentence, RuleWords], bool], words: RuleWords
) -> Callable[[Sentence], bool]:
    return lambda s: is_a_rule(s, words)


def _learned_verdict(
    element_id: str,
    model: LinearModel,
    regions: Sequence[tuple[list[Passage], frozenset[str]]],
    sentences: Sequence[Sentence],
    veto: Callable[[Sentence], bool] | None = None,
    quoted: frozenset[int] = frozenset(),
    words: RuleWords = NO_RULE_WORDS,
) -> tuple[Verdict, Sentence] | None:
    """The model's finding of an element, with the sentence it quotes; or None."""
    form = _HAS_THE_FORM.get(element_id)
    if form is None and element_id in _IS_A_RULE_OF:
        form = _read_with(_IS_A_RULE_OF[element_id], words)
    if form is None:
        # a model alone cannot tell the element from a mention of it: no form, no finding
        return None

    def may_quote(s: Sentence) -> bool:
        # (one sentence is one element's learned finding: not a use policy and a sharing limit)
        return form(s) and id(s) not in quoted and not (veto is not None and veto(s))

    # (a substantive element's model is asked only of a region of the size it learned from, and
    # not about a use policy in a licensed business's camera mandate)
    business = _binding_a_licensed_business(sentences) if element_id == "use_policy" else set()

    def asked(region: list[Passage]) -> bool:
        if element_id not in LEARNED_AS_PARTIAL:
            return True
        return _words(region) >= _FEWEST_WORDS and not any(id(p) in business for p in region)

    scored = [(model.probability(found), region) for region, found in regions if asked(region)]
    # The likeliest region the model accepts that holds a sentence of the element's form.
    candidates: list[Sentence] = []
    for probability, region in sorted(scored, key=lambda pair: -pair[0]):
        if probability < model.threshold:
            return None
        inside = {id(p) for p in region}
        candidates = [s for s in sentences if id(s.passage) in inside and may_quote(s)]
        if candidates:
            break
    if not candidates:
        return None
    # The quote is the sentence the model finds most like the element on its own (the first
    # of equals).
    quote = max(candidates, key=lambda s: model.probability(features([s.text])))
    section = quote.passage.section
    verdict = Verdict(
        element_id,
        Status.PARTIAL if element_id in LEARNED_AS_PARTIAL else Status.PRESENT,
        sections=[section] if section else [],
        quote=_quotation(quote, sentences, words),
        note=LEARNED_NOTE,
        line=quote.passage.line,
    )
    return verdict, quote


def with_second_opinion(
    verdicts: Sequence[Verdict],
    passages: Sequence[Passage],
    sentences: Sequence[Sentence],
    models: LearnedModels | None = None,
    vetoes: Mapping[str, Callable[[Sentence], bool]] | None = None,
) -> list[Verdict]:
    """The verdicts, with each element the rules left missing and a model finds made present
    (or partial: `LEARNED_AS_PARTIAL`). `vetoes` names, for an element, the sentences its
    model may not quote: those the rules have read otherwise."""
    models = models or shipped_models()
    asked = [v.id for v in verdicts if v.status is Status.MISSING and v.id in models.elements]
    if not asked:
        return list(verdicts)
    # Each region's features once, for every element asked about.
    regions = [
        (region, _text_features(tuple(p.text for p in region))) for region in _regions(passages)
    ]
    found: dict[str, Verdict] = {}
    quoted: set[int] = set()  # the sentences substantive findings quote
    words = RuleWords.of(sentences, _is_definition, _names_a_technology)
    # (a report's duty claims its sentence first, then a sharing limit: each is narrower than a
    # use policy, which would otherwise quote it too)
    for element_id in sorted(asked, key=lambda e: _CLAIMS_FIRST.get(e, 0)):
        finding = _learned_verdict(
            element_id,
            models.elements[element_id],
            regions,
            sentences,
            (vetoes or {}).get(element_id),
            frozenset(quoted),
            words,
        )
        if finding is not None:
            verdict, sentence = finding
            found[element_id] = verdict
            if element_id in LEARNED_AS_PARTIAL:
                quoted.update(id(s) for s in sentences if s.text == sentence.text)
    return [found.get(v.id, v) for v in verdicts]
