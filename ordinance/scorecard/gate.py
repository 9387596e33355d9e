"""The gate before the rules: whether a text enacts anything at all.

An ordinance, a code section, a statute, a resolution or a board's own policy enacts; news,
minutes, staff reports, agenda records, bill analyses and web pages that describe a law do not,
however often they say "shall". Only a text this gate lets through is read by the rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passages import BODY_RESOLVES, ENACTING_FORMULA, Part, Passage, sentences_of
from .patterns import (
    OVERSEER_NOUNS,
    QUESTION,
    QUOTED,
    RECORD_TYPE,
    RESOLVED_COLON,
    SELF_REFERENCE,
    THEREFORE,
)
from .policies import (
    is_board_policy,
    is_policy_manual,
    is_staff_procedure,
    is_surveillance_use_policy,
    restates_a_policy,
)
from .sentences import split_sentences

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
# A rule's filing in a state register carries the register's fields ("Rule Caption:", "Adm.
# Order No.:", "Filed with Sec. of State:", "Certified to be Effective:", "Rules Amended:"): two
# of them make the text the rule as filed.
_REGISTER_FIELD = re.compile(
    r"^(?:rule\s+caption|adm(?:in)?\.?\s+order\s+no\.?|filed\s+with\s+(?:the\s+)?sec(?:retary|\.)?"
    r"\s+of\s+state|certified\s+to\s+be\s+effective|rules?\s+(?:amended|adopted|repealed)|"
    r"stat(?:utory)?\.?\s+auth(?:ority)?\.?|stats?\.?\s+implemented|"
    # Utah's bulletin: "DAR File No.:", "Purpose of the rule or reason for the change:"
    r"dar\s+file\s+no\.?|purpose\s+of\s+the\s+rule(?:\s+or\s+reason\s+for\s+the\s+change)?|"
    r"summary\s+of\s+the\s+rule(?:\s+or\s+change)?)\s*:",
    re.IGNORECASE,
)
# A floor or committee amendment to a bill: "moves to amend the bill ... by striking lines 209-240
# and inserting in place thereof the following".
_AMENDMENT = re.compile(
    r"\b(?:moves?\s+to\s+amend|by\s+striking\b[^.]{0,120}\binserting)\b", re.IGNORECASE
)


_RESOLVING = re.compile(
    r"^" + THEREFORE + r"(?:be\s+it\s+(?:hereby\s+|further\s+|duly\s+)?(?:resolved|ordered)|"
    r"let\s+it\s+be\s+(?:further\s+)?resolved|"
    r"resolved)\s*(?:by\s+[^.;]{0,120}?)?[,:]?\s*that\b|" + RESOLVED_COLON + r"|"
    # ("NOW, THEREFORE, BE IT RESOLVED, the Body-Worn Camera Feasibility Review Committee is
    # hereby established")
    r"^" + THEREFORE + r"be\s+it\s+(?:hereby\s+|further\s+)?resolved\s*,\s+the\b",
    re.IGNORECASE,
)
# ... or with the body as its subject: "The Town of Lyme in town meeting convened, now therefore
# resolves that:", "NOW, THEREFORE, the County Commissioners of Jefferson County resolve that"
_BODY_RESOLVING = re.compile(BODY_RESOLVES, re.IGNORECASE)


# A legislative office's bill analysis prints the bill's title ("AN ACT CONCERNING ...") and then
# tells what "the bill" does: the title is quoted, and the text enacts nothing.
_BILL_ANALYSIS = re.compile(
    # (a legislature's bill page: "Bill Progress", "Bill Details", a synopsis "This Act would")
    r"\b(?:bill|fiscal|legislative)\s+(?:analysis|summary|note)\b|\bbill\s+(?:progress|details)\b|"
    # (Maryland's "FISCAL AND POLICY NOTE", Virginia's "SUMMARY AS INTRODUCED:")
    r"\bfiscal\s+and\s+policy\s+note\b|\bsummary\s+as\s+(?:introduced|passed|engrossed|enrolled|"
    r"amended)\b|"
    # (a sponsor's memorandum in support: "SUMMARY OF PROVISIONS: Section 1. ...")
    r"\bsummary\s+of\s+(?:specific\s+)?provisions\s*:|"
    # (a bill tracker's machine summary: "AI Summary"; Kentucky's digest of a bill, in the
    # imperative: "Create a new section of KRS Chapter 189 to define ...; prohibit ...", where the
    # bill itself says "A NEW SECTION OF KRS CHAPTER 189 IS CREATED TO READ AS FOLLOWS")
    r"\bAI\s+summary\b|\bcreate\s+a\s+new\s+section\s+of\s+KRS\s+chapter\b|"
    # (Indiana's "DIGEST OF INTRODUCED BILL ... Synopsis:")
    r"\bdigest\s+of\s+(?:introduced|engrossed|enrolled)\s+bill\b|"
    # (Washington's "HOUSE BILL REPORT ... This analysis was prepared by non-partisan legislative
    # staff")
    r"\b(?:house|senate)\s+bill\s+report\b|\bthis\s+analysis\s+was\s+prepared\b",
    re.IGNORECASE,
)
_THE_BILL_DOES = re.compile(
    # (and a writer's "The amendment then provides", "introduced a bill that would ensure"; not
    # "This amendment requires", a Maine committee amendment's own summary under its text)
    r"\b(?:(?:this|the)\s+(?:(?:house|senate)\s+)?bill|the\s+amendment)\s+(?:also\s+|then\s+)?(?:makes|"
    r"requires|allows|prohibits|authorizes|establishes|creates|imposes|restricts|would|amends|"
    r"repeals|expands|limits|defines|clarifies|provides|entails)\b|\ba\s+bill\s+that\s+would\b",
    re.IGNORECASE,
)
# ... and a summary of an act in the same words: "This act restricts the storage of data ...",
# "The legislation would require ...", "This bill further prevents privacy abuses" (counted only
# in a text with no numbered section and no short title of its own: a statute may say "This Act
# establishes the conditions ..." of itself; not a law's "Nothing in this act requires")
_THE_ACT_DOES = re.compile(
    # (and a writer's "The law is intended to reduce jail crowding", "The law sets down rules for
    # ...", opening their sentences: not a law's "as the law requires", "unless the law provides")
    r"(?:^|(?<=[.!?]\s))(?-i:The|This)\s+(?:new\s+)?law\s+(?:sets|is\s+intended\s+to)\b|"
    r"(?<!\bin\s)\b(?:this|the)\s+(?:bill|act|legislation|measure)\s+(?:also\s+|further\s+)?"
    r"(?:makes|requires|allows|prohibits|authorizes|establishes|creates|imposes|restricts|would|"
    # (a Senate's summary: "This act adds a definition ...", "This act provides that if the court
    # authorizes ...", "This act modifies ...")
    r"amends|repeals|expands|limits|prevents|bans|protects|adds|provides|modifies|specifies|"
    # (Delaware's synopsis of a substitute: "This Act is a substitute for and differs from House
    # Bill No. 94 in that it eliminates ...")
    r"is\s+a\s+substitute\s+for|differs\s+from)\b",
    re.IGNORECASE,
)
_OWN_SHORT_TITLE = re.compile(r"\bmay\s+be\s+cited\s+as\b", re.IGNORECASE)


def _has_enacting_clause(passages: Sequence[Passage]) -> bool:
    """Whether the text holds an enacting clause or a resolving clause of its own."""
    return any(
        p.part is Part.ENACTING or (p.part is Part.BODY and _RESOLVING.match(p.text))
        for p in passages
    )


def _holds_its_own_enactment(passages: Sequence[Passage]) -> bool:
    """Whether the text holds an enacting or resolving clause, or an enacting formula run into
    another paragraph ("... civil use of UAVs. Be it enacted by the General Assembly ...")."""
    return _has_enacting_clause(passages) or any(ENACTING_FORMULA.search(p.text) for p in passages)


# A page that gathers a state's laws on a technology: "North Dakota UAS Laws", "Drone Laws in
# Ohio" (a law names itself by its chapter or act, never as some place's "laws").
# (the whole line, a place's name before it: not "AN ACT concerning drone laws", "Amending the
# Traffic Camera Laws")
_LAWS_PAGE_TITLE = re.compile(
    r"^(?:(?-i:[A-Z][\w.'’-]*)\s+){0,3}(?:UAS|drones?|unmanned\s+aircraft|"
    r"surveillance|cameras?|license\s+plate\s+readers?|ALPR)\s+laws(?:\s+in\s+[A-Z][\w ]+)?\s*$",
    re.IGNORECASE,
)
_PAGE_TITLE_LENGTH = 60


def _gathers_laws(passages: Sequence[Passage]) -> bool:
    return not _has_enacting_clause(passages) and any(
        len(p.text) <= _PAGE_TITLE_LENGTH and _LAWS_PAGE_TITLE.match(p.text) for p in passages[:2]
    )


# A text that opens by asking ("Should the Council adopt this rule?") writes about a law: the
# learned model, which reads words and not the form, is not asked to admit it.
_OPENING_QUESTION = re.compile(r"^[^.!?]{1,200}\?(?:\s|$)")


def opens_with_a_question(passages: Sequence[Passage]) -> bool:
    return bool(passages) and bool(_OPENING_QUESTION.match(passages[0].text))


# A meeting's minutes, titled so in their opening lines ("PUBLIC HEALTH & SAFETY COMMITTEE /
# MINUTES OF THE REGULAR MEETING"): they record what a body did with the ordinances they name,
# and the learned model, which has learned captions, is not asked to admit them.
_MINUTES_TITLE = re.compile(
    # (a body's name may come first, in capitals or capitalised: not "The clerk shall keep the
    # minutes of each meeting")
    # ("Minutes of the Board of Supervisors Regular Meeting", "City Council Meeting Minutes";
    # not a title-case duty, "Clerk Shall Keep Minutes of Every Meeting")
    r"^(?!.*\bshall\b)(?:(?-i:[A-Z][\w&.,'’-]*|&)\s+){0,8}(?:minutes\s+of\s+(?:the\s+)?"
    r"(?:[\w&'’-]+\s+){0,6}?(?:meetings?|sessions?|proceedings)|(?:meeting|session)\s+minutes)\b",
    re.IGNORECASE,
)


# ... or opening with the record of a motion: "Motion carried to amend section 4(a) as
# follows:", "Motion by Council Member Roe, seconded by ..."
_MOTION_RECORD = re.compile(
    r"^motion\s+(?:carried|passed|failed|approved|adopted|made\s+by|by\s+(?:council|commissioner|"
    r"supervisor|trustee|alder|member|mr|ms|mrs|dr)\w*)\b",
    re.IGNORECASE,
)


def records_a_meeting(passages: Sequence[Passage]) -> bool:
    return any(
        (len(p.text) <= 120 and _MINUTES_TITLE.match(p.text)) or _MOTION_RECORD.match(p.text)
        for p in passages[:6]
    )


# A page that sums up rules laid down elsewhere: "Highlights of CCTV system policies and
# procedures include the following:", "Key provisions of the ordinance include": the learned
# model is not asked to admit it either (a law's own list never calls itself its highlights).
_SUMMARY_LEAD_IN = re.compile(
    r"^(?:some\s+)?(?:the\s+)?(?:highlights|key\s+(?:provisions|points|features|elements|"
    r"requirements)|main\s+(?:provisions|points)|a\s+summary|an\s+overview)\s+of\b[^.]{0,160}?"
    r"\binclude[s]?\b",
    re.IGNORECASE,
)
_SUMMARY_LINES = 6


def sums_up_rules(passages: Sequence[Passage]) -> bool:
    return any(_SUMMARY_LEAD_IN.match(p.text) for p in passages[:_SUMMARY_LINES])


def _describes_a_bill(passages: Sequence[Passage]) -> bool:
    # A resolution's own record may carry a "Fiscal Note:" field under its resolving clause; a
    # bill's page may print its summary and then its text, the enacting clause run into the
    # summary's lines ("... creates parameters for civil use of UAVs. Be it enacted by the
    # General Assembly ...: SECTION 1.").
    if _holds_its_own_enactment(passages):
        return False
    if any(RECORD_TYPE.search(p.text) for p in passages[:_RECORD_LINES]):
        return False
    text = " ".join(p.text for p in passages)
    if _BILL_ANALYSIS.search(text) or len(_THE_BILL_DOES.findall(text)) >= 2:
        return True
    sectioned = any(p.part is Part.HEADING and p.section for p in passages)
    return (
        not sectioned
        and not _OWN_SHORT_TITLE.search(text)
        and len(_THE_ACT_DOES.findall(text)) >= 2
    )


# A page of questions and answers about a law ("Exterior Security Camera FAQs", "Frequently Asked
# Questions") explains it to the public; it may cite the code's sections, but enacts nothing.
_FAQ_TITLE = re.compile(r"\bFAQs?\b|\bfrequently\s+asked\s+questions\b", re.IGNORECASE)


def _answers_questions(passages: Sequence[Passage]) -> bool:
    return any(len(p.text) <= 100 and _FAQ_TITLE.search(p.text) for p in passages[:4])


# A letter or a public comment: "Mayor and Councilors,", "Dear Chair Roe:", and a writer who
# speaks for themself ("I would like to explain", "Thank you for the opportunity to comment").
# (A clerk's "I, Jane Roe, City Clerk, hereby certify" is no such voice.)
_DEAR_WHOM = r"dear\s+[^,:]{2,60}"
_SALUTATION = re.compile(
    r"^(?:" + _DEAR_WHOM + r"|(?:honorable\s+)?mayor\s+and\s+[^,:]{2,60}|"
    r"(?:to\s+the\s+)?members\s+of\s+the\s+[^,:]{2,60})[,:]$",
    re.IGNORECASE,
)
_DEAR = re.compile(r"^" + _DEAR_WHOM + r"[,:]$", re.IGNORECASE)
_PERSONAL_VOICE = re.compile(
    r"\bI\s+(?:would\s+like\s+to|want\s+to|am\s+writing|urge\s+(?:you|the)|respectfully\s+"
    r"(?:ask|request|urge))\b|\bthank\s+you\s+for\s+the\s+opportunity\b",
    re.IGNORECASE,
)
# A contract's opening: "THIS MEMORANDUM OF UNDERSTANDING ... by and between the City ... and".
# Its recitals and "shall" bind the parties; it enacts nothing.
_AGREEMENT_OPENING = re.compile(
    r"^this\s+(?:memorandum\s+of\s+understanding|(?:[\w-]+\s+){0,3}agreement|contract)\b"
    r"[^.]{0,300}?\bby\s+and\s+between\b",
    re.IGNORECASE,
)


def _writes_a_letter(passages: Sequence[Passage]) -> bool:
    opening = passages[:4]
    return (
        any(_SALUTATION.match(p.text.strip()) for p in opening[:2])
        # (a "Dear ..." under a page's title lines: "Video Monitoring" / "Notice to Parents -
        # ..." / "Dear Parent,"; not an ordinance under its transmittal line)
        or (
            not _has_enacting_clause(passages)
            and any(_DEAR.match(p.text.strip()) for p in opening[2:])
        )
        or any(_PERSONAL_VOICE.search(QUOTED.sub(" ", p.text)) for p in opening)
    )


def _is_an_agreement(passages: Sequence[Passage]) -> bool:
    return any(_AGREEMENT_OPENING.match(p.text) for p in passages[:6]) and not (
        _has_enacting_clause(passages)
    )


# A notice of a hearing on proposed rules or an ordinance: it may quote the proposal's sections
# ("this chapter"), but it enacts nothing. (A newspaper's notice of an ordinance adopted prints
# the ordinance, and opens otherwise.)
_HEARING_NOTICE = re.compile(
    r"^notice\s+of\s+(?:a\s+)?(?:public\s+)?hearings?\b|^notice\s+of\s+proposed\s+"
    r"(?:rule-?making|rules?|ordinance|regulations?)\b",
    re.IGNORECASE,
)


def _notices_a_hearing(passages: Sequence[Passage]) -> bool:
    return any(_HEARING_NOTICE.match(p.text) for p in passages[:3])


# An advisory body's numbered recommendation to the council ("PUBLIC SAFETY COMMISSION
# Recommendation 20250908-006: ... Motioned by: Commissioner ..."): its recitals and its "be it
# resolved" give advice; they enact nothing.
_RECOMMENDATION = re.compile(
    # (the body's name, not an instrument's caption: "AN ORDINANCE ... IMPLEMENTING PRIVACY
    # COMMISSION RECOMMENDATION NO. 4")
    r"^(?!(?:an?\s+)?(?:ordinance|resolution|local\s+law|order)\b)(?:the\s+)?(?:[\w.'’&-]+\s+){0,6}?"
    r"(?:commission|board|committee|task\s+force)\s+recommendation\s+(?:no\.?\s*|number\s+|#\s*)?"
    r"\d[\d-]*\b",
    re.IGNORECASE,
)


def _advises(passages: Sequence[Passage]) -> bool:
    return any(_RECOMMENDATION.match(p.text) for p in passages[:2])


# A page that tells the public about a board in its own words ("The Review Board is charged with
# ...", "Annually, the Board prepares and submits a report", "The CPRB reviews police policies"),
# its sentences in the present tense of description, not of law.
_BODY_DESCRIBED = re.compile(
    # (a technology's use is no body, whatever its initials: "The use of BWC is permitted in
    # non-secured areas", "The operation of UAS is prohibited")
    r"^(?!(?:the\s+)?(?:use|operation|deployment|installation|purchase|acquisition)\s+of\b)"
    r"(?:[\w ]{1,20},\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:" + OVERSEER_NOUNS + r")\s+"
    r"(?:\([^)]{1,60}\)\s+)?"
    r"(?:is|has|was|reviews|provides|prepares|submits|maintains|meets|consists|serves|receives|"
    r"oversees|issues|makes|holds|hears|investigates|monitors|advises|conducts)\b",
    re.IGNORECASE,
)
_BINDS = re.compile(r"\b(?:shall|must)\b", re.IGNORECASE)


def describes_a_body(passages: Sequence[Passage]) -> bool:
    """Whether the text describes a board to the public rather than setting it up: two or more
    sentences say what the board is and does, more than twice as many as bind."""
    sentences = [s for p in passages for s in split_sentences(p.text)]
    described = sum(bool(_BODY_DESCRIBED.match(s)) for s in sentences)
    binding = sum(bool(_BINDS.search(s)) for s in sentences)
    return described >= 2 and 2 * binding < described


# An article's byline over its text: "By Kade Crockford, technology for liberty program
# director", "By Jane Doe | Staff Writer" (a record's "BY: Commissioner Roe" has its colon, a
# bill's sponsors their office: "By Council Members Roe, Doe", "By Representative Roe").
_BYLINE = re.compile(
    r"^by\s+(?!(?:council|representative|senator|delegate|supervisor|commissioner|assembly|alder|"
    r"mayor|vice|deputy|member|chair|committee|request|the|legislator|trustee|selectm|freeholder|"
    r"board|public|county|city|town|village|borough|executive|president|director)\w*)"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w.'’-]*)){1,3}\s*(?:[,|]|$)",
    re.IGNORECASE,
)


# ... or the writer's address and the date: "rpulley@lsjournal.comSeptember 20, 2013"
_EMAIL_BYLINE = re.compile(
    r"^\S+@[\w-]+(?:\.[\w-]+)+\s*(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+\d{1,2},\s+\d{4}\s*$"
)


# A city administration's policy, its header's fields naming the city agency responsible and the
# cabinet's approval ("RESPONSIBLE CITY AGENCY: City Attorney's Office" ... "DATE APPROVED BY
# CABINET: September 6, 1995"): the mayor's rule for the staff, as a department's manual is, not
# an enactment of the governing body. (Both fields, as field lines, in a text with no enacting
# clause: an ordinance whose list reads "(b) approved by the Mayor's Cabinet;" is read; a
# university's policy "Approved by Cabinet" is its institution's.)
_CABINET_FIELD = re.compile(
    r"^(?:date\s+)?approved\s+by\s+(?:the\s+)?(?:mayor['’]s\s+)?cabinet\s*:", re.IGNORECASE
)
_CITY_AGENCY_FIELD = re.compile(r"^responsible\s+city\s+(?:agency|department)\s*:", re.IGNORECASE)


def _approved_by_a_cabinet(passages: Sequence[Passage]) -> bool:
    return (
        any(_CABINET_FIELD.match(p.text) for p in passages)
        and any(_CITY_AGENCY_FIELD.match(p.text) for p in passages)
        and not _has_enacting_clause(passages)
    )


# A public-records request and the agency's answer to it, as a request portal prints them: its
# title names the request by its number ("HCPSS MPIA Request #2023-140", "Public Records Request
# No. 24-118") and its fields hold what was asked and what was found ("Requested Information",
# "Response Notes", "Responsive Documents"). It quotes and describes policies; it makes none.
# (With no form of an instrument: a code chapter may set a records-request procedure and print
# its form's fields.)
_RECORDS_REQUEST_TITLE = re.compile(
    r"^[^;:]{0,60}\b(?:MPIA|FOIA|FOIL|CPRA|OPRA|PRA|public\s+(?:records|information)|open\s+records|"
    r"right[- ]to[- ]know|records)\s+request\s*(?:#|no\.?|number)?\s*[\w/-]*\d[\w/-]*\s*$",
    re.IGNORECASE,
)
_RECORDS_REQUEST_FIELD = re.compile(
    r"^(?:requested\s+(?:information|records)|request\s+(?:details|description)|response\s+notes|"
    r"responsive\s+(?:documents|records))\s*:?\s*$",
    re.IGNORECASE,
)


def _answers_a_records_request(passages: Sequence[Passage]) -> bool:
    return (
        any(_RECORDS_REQUEST_TITLE.match(p.text) for p in passages[:3])
        and any(_RECORDS_REQUEST_FIELD.match(p.text) for p in passages)
        and not _has_an_instruments_form(passages)
    )


def _has_a_byline(passages: Sequence[Passage]) -> bool:
    # (the three opening lines first: the form is read from the whole text; a reporter's address
    # and date is no part of any instrument, whatever its story quotes of one)
    if any(_EMAIL_BYLINE.match(p.text) for p in passages[:3]):
        return True
    return any(_BYLINE.match(p.text) for p in passages[:3]) and not _has_an_instruments_form(
        passages
    )


def _has_an_instruments_form(passages: Sequence[Passage]) -> bool:
    """Whether the text has an instrument's own parts: an enacting or resolving clause, a
    caption or recitals, or numbered sections (what a byline or a closing citation over it
    cannot make news or a web page)."""
    return _has_enacting_clause(passages) or any(
        p.part in (Part.TITLE, Part.RECITAL) or (p.part is Part.HEADING and p.section)
        for p in passages
    )


# A city page that restates a board's code closes by citing it: "... The Chief of Police shall
# select the Police Department members. (City Code, Chapter 2, Article V, Division 12)". (A code
# section's own history note cites ordinances: "(Ord. No. 8843, § 1, 3-24-97)".)
_CITES_THE_CODE = re.compile(
    r"\(\s*(?:see\s+)?(?:city|town|county|village|municipal)\s+code,?\s+(?:chapter|ch\.|article|"
    r"section|sec\.|§|title)\b[^()]{0,80}\)?\s*$",
    re.IGNORECASE,
)


def _cites_the_code_it_restates(passages: Sequence[Passage]) -> bool:
    return (
        bool(passages)
        and bool(_CITES_THE_CODE.search(passages[-1].text))
        and not _has_an_instruments_form(passages)
    )


# A page that sets out a law's text for its reader: "Below is the section of rule that talks about
# the annual reporting requirement", "Here is the text of the statute". What follows is quoted
# law; the page enacts none of it.
_PRESENTS_A_LAW = re.compile(
    # (what a page quotes: not a law's own "Set out below are the rules that govern ...")
    r"\b(?:below|here)\s+(?:is|are)\s+(?:the\s+)?(?:(?:sections?|text|language)\s+of\s+(?:the\s+)?"
    r"(?:rule|law|statute|code|act|ordinance|bill)|sections?\s+of\s+(?:the\s+)?[\w-]+\s+(?:rules?|laws?|"
    r"statutes?|code)\b)",
    re.IGNORECASE,
)


def _presents_a_law(passages: Sequence[Passage]) -> bool:
    return not _has_enacting_clause(passages) and any(
        _PRESENTS_A_LAW.search(p.text) for p in passages[:3]
    )


# A manual or guide that restates a statute closes its paragraphs with the statute's citation:
# "... the Attorney General must report annually to the Governor and the Legislature. N.J.S.A.
# 2A:156A-23d." A statute's own section ends with its history in parentheses, not a citation.
_CITATION = (
    r"(?:N\.\s?J\.\s?S\.\s?A\.|N\.\s?J\.\s?S\.|[A-Z][\w.]{1,12}\s+(?:Rev\.\s+)?Stat\.|U\.\s?S\.\s?C\.|"
    r"G\.\s?S\.|R\.\s?S\.|\d+\s+U\.\s?S\.\s?C\.)\s*§?\s*[\w.:()-]*\d[\w.:()-]*?"
)
# (after a sentence's end, a word's period, not an abbreviation's: "as provided in La. R.S. 44:3"
# or "Fla. Stat. 934.50" cite within a sentence; or alone with a sentence's period: a board
# policy's list of legal references, "18 U.S.C. 2510-2521" or "Legal Reference: G.S. 115C-47",
# restates nothing)
_CLOSING_CITATION = re.compile(
    r"(?:(?<=\w)(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2}(?<!Act))(?<!\b[A-Z])[.;]\s+"
    + _CITATION
    + r"\.?|^"
    + _CITATION
    + r"\.)\s*$"
)
_RESTATED_PARAGRAPHS = 2


def _cites_the_statute_it_restates(passages: Sequence[Passage]) -> bool:
    return (
        not _has_enacting_clause(passages)
        and sum(bool(_CLOSING_CITATION.search(p.text)) for p in passages) >= _RESTATED_PARAGRAPHS
    )


# A department's or a press office's announcement: "The division is proud to announce the grant
# recipients" (no law announces itself).
_ANNOUNCES = re.compile(
    r"\b(?:is|are)\s+(?:proud|pleased|happy|delighted|excited|thrilled)\s+to\s+announce\b",
    re.IGNORECASE,
)


# ... or a clerk's notice of an adoption: "On March 27, 2018 the Board of Commissioners for The
# Town of Upper Marlboro approved Ordinance 2018-02: ..."
_NOTICE_OF_ADOPTION = re.compile(
    r"^on\s+(?-i:[A-Z][a-z]+)\s+\d{1,2},?\s+\d{4},?\s+(?:the\s+)?[^.]{0,160}?\b(?:approved|adopted|"
    r"passed|enacted)\s+(?:an?\s+)?(?:ordinance|resolution|local\s+law)\b",
    re.IGNORECASE,
)


def _announces(passages: Sequence[Passage]) -> bool:
    # (a city's page may announce the ordinance it then prints, enacting clause and all)
    if _holds_its_own_enactment(passages):
        return False
    return any(
        _ANNOUNCES.search(p.text) or _NOTICE_OF_ADOPTION.match(p.text)
        for p in passages[:_RECORD_LINES]
    )


def describes_no_law(passages: Sequence[Passage]) -> bool:
    """Whether the text is plainly of a kind that enacts nothing, whatever it holds: a bill's
    analysis, a page restating a policy or gathering a state's laws, questions and answers, a
    letter, an agreement, a notice of a hearing, an administration's policy, a records
    request's answer, an announcement or a clerk's notice of an adoption."""
    return (
        _notices_a_hearing(passages)
        or _describes_a_bill(passages)
        or restates_a_policy(passages)
        or _answers_questions(passages)
        or _writes_a_letter(passages)
        or _is_an_agreement(passages)
        or _advises(passages)
        or _has_a_byline(passages)
        or _cites_the_code_it_restates(passages)
        or _explains_a_law(passages)
        or _gathers_laws(passages)
        or _presents_a_law(passages)
        or _cites_the_statute_it_restates(passages)
        or _approved_by_a_cabinet(passages)
        or _answers_a_records_request(passages)
        or _announces(passages)
    )


# A page that explains a law section by section speaks of "this section" as a writer does: "This
# section provides definitions for terms used ...", "This section requires agencies to ...",
# "this section goes further than simply requiring compliance". A law says what it provides in a
# sentence or two at most, and never that it "outlines" or "goes further"; and a law's text says
# "shall" somewhere, which such a page does not (a chapter's purpose section may say "This
# chapter establishes ... This chapter also requires ...").
_WRITER_ON_SECTION = re.compile(
    r"\bthis\s+(?:section|chapter|article|law)\s+(?:also\s+)?(?:goes\s+further|outlines|explains|"
    r"describes|details|summari[sz]es)\b",
    re.IGNORECASE,
)
_SHALL = re.compile(r"\bshall\b", re.IGNORECASE)
# ... or sums a law up a provision at a time in a digest's verbs, its sentences' subject left out:
# "Provides definitions for the entire section.", "Prohibits an individual ... from operating
# ...", "Allows the issuance of a municipal citation ...", "Requires the chief of police to
# enforce this subsection." (a law's own sentences name their subject; a bill's list of
# "Highlighted Provisions" under "This bill:" opens its items in lower case, and a bill's page
# that prints an editor's summary above its caption, "A BILL FOR AN ACT Relating to ...", is the
# bill)
_DIGEST_OPENING = re.compile(
    # (a page listing bills gives each its digest: "HB 2481 – Prohibits law enforcement agencies
    # from receiving ...")
    # (or "House Bill 1201 –", "SB 1201 (Lee) –", "LB 12:", "HCR 4 –")
    r"^(?:(?:(?:house|senate|assembly)\s+bill|[HS]\.?\s?[BFR]|[AS]\.?\s?B|L\.?\s?[BD]|"
    r"[HS]\.?\s?C?\.?\s?J?\.?\s?R)\.?\s*(?:No\.\s*)?\d{1,5}(?:\s*\([^)]{1,40}\))?\s*[–—:-]\s*)?"
    r"(?-i:Provides|Prohibits|Allows|Requires|Permits|Authorizes|Establishes|Creates|Specifies|"
    r"Exempts|Directs|Repeals|Amends|Limits|Restricts|Bars|Bans)\s+(?!that\b)[a-z]",
    re.IGNORECASE,
)
_DIGEST_SENTENCES = 3
_LAW_CAPTION = re.compile(
    r"^(?:a\s+bill\s+(?:for|to\s+be\s+entitled)\s+)?an?\s+(?:act|ordinance|resolution)\b",
    re.IGNORECASE,
)
# (a law in plain words says "must" or "may not" where older codes say "shall")
_BINDS_IN_PLAIN_WORDS = re.compile(r"\bmust\b|\bmay\s+not\b", re.IGNORECASE)
_SECTION_DOES = re.compile(
    r"^this\s+(?:section|chapter|article|law)\s+(?:also\s+)?(?:provides|requires|establishes|"
    r"mandates|specifies|allows|sets|defines|ensures|gives|lists|outlines|explains|describes|"
    r"details)\b",
    re.IGNORECASE,
)


def _explains_a_law(passages: Sequence[Passage]) -> bool:
    # (the tests on whole paragraphs first: nearly every law says "shall", and is spared the
    # sentence splitting only the sentence-opening test needs)
    if _has_enacting_clause(passages) or any(_SHALL.search(p.text) for p in passages):
        return False
    if any(_WRITER_ON_SECTION.search(p.text) for p in passages):
        return True
    sentences = [s for p in passages for s in split_sentences(p.text)]
    return (
        sum(bool(_SECTION_DOES.match(s)) for s in sentences) >= 2
        or (
            sum(bool(_DIGEST_OPENING.match(s)) for s in sentences) >= _DIGEST_SENTENCES
            and not any(
                _LAW_CAPTION.match(p.text) or _BINDS_IN_PLAIN_WORDS.search(p.text)
                for p in passages
            )
        )
    )


def is_legislation(passages: Sequence[Passage], board: bool | None = None) -> bool:
    """Whether the text enacts anything: an enacting clause, a title or recital, a code
    section's history note, or else a numbered section or a sentence that refers to "this
    chapter" in a text that is not a department's policy manual. News, minutes and web pages that
    describe a law have none of these, so their "must" and "shall" are not counted. `board` is
    `is_board_policy(passages)` when the caller has it already."""
    return not describes_no_law(passages) and has_the_form_of_law(passages, board)


def has_the_form_of_law(passages: Sequence[Passage], board: bool | None = None) -> bool:
    """`is_legislation` for a text already known not to be of a kind that enacts nothing
    (`describes_no_law`): whether it holds any form of law."""
    for passage in passages:
        if passage.part is not Part.HEADING and (
            _HISTORY_NOTE.search(passage.text) or _AMENDMENT.search(passage.text)
        ):
            return True
        if passage.part in (Part.ENACTING, Part.TITLE, Part.RECITAL):
            return True
        # a resolution's resolving clause opening a paragraph, however long: "BE IT RESOLVED,
        # that a second public hearing ... be held" (a board's action request that carries it)
        if passage.part is Part.BODY and (
            _RESOLVING.match(passage.text) or _BODY_RESOLVING.search(passage.text)
        ):
            return True
    if is_board_policy(passages) if board is None else board:
        return True
    if is_surveillance_use_policy(passages):
        return True
    if sum(bool(_REGISTER_FIELD.match(p.text)) for p in passages[:20]) >= 2:
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
        # (and a question about "this ordinance" is a writer's: "How does this ordinance
        # change things?")
        if (
            passage.part is Part.BODY
            and not passage.text.rstrip().endswith("?")
            and SELF_REFERENCE.search(QUOTED.sub(" ", passage.text))
        ):
            return True
        if passage.part is Part.BODY and _RESOLUTION_BINDS.search(QUOTED.sub(" ", passage.text)):
            return True
    return False


# A resolution's excerpt (its caption and resolving clause cut off) still speaks as the
# instrument in its savings clause: "nothing in this resolution shall restrict ...". (Not "this
# resolution" alone: a staff report says "this resolution authorizes the purchase".)
_RESOLUTION_BINDS = re.compile(
    r"\b(?:nothing|no\s+provision)\s+(?:contained\s+)?in\s+this\s+resolution\s+shall\b|"
    r"\bthis\s+resolution\s+shall\s+(?:not\s+)?(?:be\s+construed|restrict|prohibit|limit)\b",
    re.IGNORECASE,
)


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
    # (not law's adjective, after a preposition or an article or opening a sentence: "thirty
    # (30) days prior to said hearing", "Said Board shall"; a reporter writes "Lopez said ...")
    # (the word first, then what stands before it: the look-behinds are tried only at a "said")
    r"(?-i:said)(?<!\bto\ssaid)(?<!\bof\ssaid)(?<!\bin\ssaid)(?<!\bon\ssaid)(?<!\bat\ssaid)"
    r"(?<!\bfor\ssaid)(?<!\bby\ssaid)(?<!\bfrom\ssaid)(?<!\bwith\ssaid)(?<!\bunder\ssaid)"
    r"(?<!\bupon\ssaid)(?<!\bbefore\ssaid)(?<!\bafter\ssaid)(?<!\bthe\ssaid)(?<!\bsuch\ssaid)"
    r"(?<!\bany\ssaid)(?<!\beach\ssaid)|"
    r"says?|according\s+to|agenda|minutes\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}meeting|"
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
    r"this\s+(?:policy|procedure|directive|general\s+order|manual))\b|" + QUESTION,
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


# A council's or board's record about an item: a coversheet, an agenda record, a request for
# action ("Item Coversheet", "Agenda Item#: 43.", "Board Action Request", "Meeting Date:").
_ITEM_RECORD = re.compile(
    r"^(?:item\s+)?cover\s*sheet\b|^agenda\s+(?:item|date)\b|^(?:board|council)\s+action\s+"
    r"request\b|^request\s+for\s+(?:council|board|commission)\s+action\b|^meeting\s+date\s*:|"
    r"^legislative\s+item\b|^(?:council\s+)?agenda\s+(?:report|memo)\b|"
    # "City of Miami Gardens Agenda Cover Memo" / "Council Meeting Date: February 9, 2011"
    r"^(?:(?:city|town|village|county)\s+of\s+[\w.'’ -]{1,40}?\s+)?agenda\s+cover\s+"
    r"(?:memo|sheet)\b|"
    r"^(?:council|commission|board)\s+meeting\s+date\s*:|"
    # a legistar item: "Discuss and Consider Possible Action on an Ordinance ...", "Item Discussion"
    r"^discuss\s+and\s+consider\b|^item\s+discussion\b|"
    # and a legistar file's header, "File #: 21-135 Version: 1", "Report ID: 20-341"
    r"^(?:file\s*#|report\s+id)\s*:|"
    # a city clerk's bill record, "Introduced as Council Bill 117730" over its "Title"
    r"^introduced\s+as\s+council\s+bill\b",
    re.IGNORECASE,
)
_RECORD_LINES = 12


# A staff memo's header: "AGENDA REPORT TO: ... FROM: ... SUBJECT: ... DATE:", its fields
# on their own lines or run together on one line as a PDF's text layer gives them, over its
# recommendation ("RECOMMENDATION", "EXECUTIVE SUMMARY", "BACKGROUND"): a record about an item,
# which may name the instrument's title but holds none of its text. (A packet that goes on to
# print the instrument's own parts, a caption, recitals, an enacting clause or numbered
# sections, holds its text.)
_MEMO_FIELD = re.compile(r"\b(?:TO|To|FROM|From|SUBJECT|Subject|RE|Re|DATE|Date)\s*:")
_MEMO_RECOMMENDS = re.compile(
    r"\b(?:recommendations?|recommended\s+actions?|executive\s+summary|background)\b",
    re.IGNORECASE,
)
_MEMO_OPENING = 1200


def writes_a_memo(passages: Sequence[Passage]) -> bool:
    """Whether the text opens as a staff memo's header over its recommendation."""
    opening = " ".join(p.text for p in passages[:_RECORD_LINES])[:_MEMO_OPENING]
    fields = {m.group(0).split()[0].rstrip(":").upper() for m in _MEMO_FIELD.finditer(opening)}
    return (
        # (a legislature's research memo may name no sender: "TO: MEMBERS OF THE SENATE ...
        # DATE: ... SUBJECT: ... Purpose ... Background")
        (
            ({"TO", "FROM"} <= fields and bool(fields & {"SUBJECT", "RE", "DATE"}))
            or {"TO", "DATE", "SUBJECT"} <= fields
        )
        and bool(_MEMO_RECOMMENDS.search(opening))
        and not _has_an_instruments_form(passages)
    )


# A legislature's page of a bill's caption over its digest or analysis, without the bill's text:
# "An act to amend Section 1798.90.51 of the Civil Code, relating to personal information." above
# "LEGISLATIVE COUNSEL'S DIGEST" ("This bill would ..."), Colorado's "Bill Summary", Alabama's
# "SYNOPSIS:", Nevada's "SUMMARY—". The caption is the bill's; the digest says what it would do.
_BILL_CAPTION = re.compile(
    r"^(?:(?:an\s+act|a\s+bill)\s+(?:to|for|relating|concerning|relative)|"
    # New York City's council bill: "A Local Law to amend the administrative code ..."
    r"a\s+local\s+law\s+(?:to|in\s+relation))\b",
    re.IGNORECASE,
)
_DIGEST_HEADING = re.compile(
    # (and Kentucky's digest in the imperative: "Create new sections of KRS Chapter 455 to ...")
    r"^(?:legislative\s+counsel['’]?s\s+digest|bill\s+summary|synopsis\s*:?|summary\s*[—–:-]|"
    r"create\s+(?:a\s+)?new\s+sections?\s+of\s+KRS\b)",
    re.IGNORECASE,
)


def _captions_a_digest(passages: Sequence[Passage]) -> bool:
    caption = next(
        (i for i, p in enumerate(passages) if p.part is Part.TITLE and _BILL_CAPTION.match(p.text)),
        None,
    )
    if caption is None:
        return False
    # The digest under a heading of its own, or in a writer's words about the bill on the bill's
    # own page, under its caption ("This bill would make it unlawful ...", Wisconsin's "Analysis
    # by the Legislative Reference Bureau"); an analyst's page that opens as one ("OLR Bill
    # Analysis" / "AN ACT CONCERNING DRONES.") is the analyst's, and enacts nothing.
    if any(_DIGEST_HEADING.match(p.text) for p in passages[caption + 1 : caption + 4]):
        # (a page that goes on to print the bill's text, run into the digest's lines, is the
        # bill: "The people of the State of California do enact as follows: SECTION 1. ..." in a
        # paragraph too long to be read as an enacting clause of its own; read last, only on
        # such a page)
        return not any(ENACTING_FORMULA.search(p.text) for p in passages)
    # (_describes_a_bill already turns down a text that holds an enacting formula anywhere)
    return not any(
        _BILL_ANALYSIS.search(p.text) for p in passages[:caption]
    ) and _describes_a_bill(passages)


def describes_an_item(passages: Sequence[Passage], memo: bool | None = None) -> bool:
    """Whether the text is a record about an instrument rather than its text: a coversheet or
    agenda record with no enacting or resolving clause. It may print the instrument's title (a
    record's "Title:" field), but its "are to take effect on the 90th day" and "the ordinance
    lists" describe the form and provisions of a text it does not hold. `memo` is
    `writes_a_memo(passages)` when the caller has it already."""
    # (a legistar file that prints the instrument's recitals or clauses holds its text)
    if _has_enacting_clause(passages) or any(p.part is Part.RECITAL for p in passages):
        return False
    if any(_ITEM_RECORD.match(p.text) for p in passages[:_RECORD_LINES]):
        return True
    if _captions_a_digest(passages):
        return True
    return writes_a_memo(passages) if memo is None else memo
