"""Whose rules a policy states: a governing board's own policy (law), a police department's
manual, or a staff's procedure that carries out a board's policy (neither of the last two is law).

Library, school, college, transit and housing boards adopt camera, drone and plate-reader
policies as their own rules; their pages often print no adoption line, and they speak of the
institution they govern, not of officers. A department's manual speaks of "the Chief of Police or
the authorized designee"; news, notices and procedures about a policy are not the policy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passages import Part, Passage
from .patterns import QUESTION, QUOTED, SELF_REFERENCE, THEREFORE

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


# A policy speaks of itself as one ("This policy provides guidance ...", "462.2 POLICY"), where a
# code speaks of "this chapter" or "this section".
_SELF_POLICY = re.compile(
    r"\bthis\s+(?:policy|procedure|directive|general\s+order|manual)\b", re.IGNORECASE
)


def _self_references(unquoted: str) -> tuple[int, int]:
    """How often the text, its quotations blanked out, calls itself a code ("this chapter") and
    how often a policy ("this policy")."""
    return len(SELF_REFERENCE.findall(unquoted)), len(_SELF_POLICY.findall(unquoted))


# A police department's own issuance, its kind on a line of its own near the top ("Department
# Notice" / "San Francisco Police Department", "General Order 5.20", "Training Bulletin"): the
# department's instructions to its members, not law.
_ISSUANCE_LINE = re.compile(
    r"^(?:department(?:al)?\s+(?:notice|bulletin|general\s+order)|training\s+bulletin|"
    r"(?:general|special)\s+order)(?:\s+(?:no\.?|number|#)?\s*[\w.-]*\d[\w.-]*)?$",
    re.IGNORECASE,
)
_POLICE_ISSUER = re.compile(
    r"\b(?:police\s+department|sheriff['’]?s\s+(?:office|department)|police\s+bureau)\b",
    re.IGNORECASE,
)
_ISSUANCE_REACH = 8


def is_police_issuance(passages: Sequence[Passage]) -> bool:
    """Whether the text is a police department's notice, bulletin or order to its members."""
    top = passages[:_ISSUANCE_REACH]
    return any(_ISSUANCE_LINE.match(p.text.strip()) for p in top) and any(
        _POLICE_ISSUER.search(p.text) for p in top
    )


# A department's manual names the department as the one that acts: "The Department shall use
# ALPR only for official purposes".
_THE_DEPARTMENT_ACTS = re.compile(
    r"^(?:the\s+)?(?:police\s+)?department\s+(?:shall|will|may|must)\b", re.IGNORECASE
)


# A manual's charge to its own members: "Members shall follow this policy", "All personnel will
# comply with this directive".
_MEMBERS_FOLLOW = re.compile(
    r"^(?:all\s+)?(?:members|employees|officers|personnel|deputies)\s+(?:shall|will|must)\s+"
    r"(?:follow|comply\s+with|adhere\s+to|abide\s+by)\s+this\s+(?:policy|procedure|directive|"
    r"general\s+order|order|manual)\b",
    re.IGNORECASE,
)


def is_department_manual(passages: Sequence[Passage]) -> bool:
    """Whether the text is a department's manual in which the department itself acts, or which
    charges its members to follow it: what the learned model of law must not admit, whatever
    words it shares with a board's adopted policy."""
    return is_policy_manual(passages) and any(
        _THE_DEPARTMENT_ACTS.match(p.text) or _MEMBERS_FOLLOW.match(p.text)
        for p in passages
        if p.part is Part.BODY
    )


def is_policy_manual(passages: Sequence[Passage]) -> bool:
    """Whether the text reads as a department's policy manual rather than a code."""
    text = " ".join(p.text for p in passages)
    if _MANUAL_OFFICIAL.search(text) and _MANUAL_DIRECTIVE.search(text):
        return True
    if is_police_issuance(passages):
        return True
    as_code, as_policy = _self_references(QUOTED.sub(" ", text))
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
    # (a county code's "The Board shall hold a public hearing" is its Board of Supervisors' duty:
    # a bare "the Board shall" marks a policy only when the board grants or delegates)
    r"directors)|library\s+board)\s+(?:shall|delegates|authorizes|directs|adopts)\b|"
    r"the\s+(?:[\w-]+\s+){0,4}?board\s+(?:shall\s+(?:authorize|delegate|direct|designate|permit|"
    r"allow)|delegates|authorizes|directs|adopts)\b)",
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
# (cited in parentheses it is another text's source: "School Visiting Procedures / PC 627.3;
# (BP 1250)")
_BP_CODE = re.compile(r"(?<!\()\bBP\s+\d{4}(?:\.\d{1,2})?\b")
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
    r"^(?:[\w'’&,.()-]+\s+){0,12}polic(?:y|ies)\b[^.]{0,60}$|\bthis\s+policy\b|\bit\s+is\s+the\s+policy\s+of\b|"
    r"\bpolicy\s+\d|"
    # a university system's "Regulation 511", "The purpose of this regulation is to"
    r"\bthis\s+regulation\b|\bregulation\s+\d|"
    # an agency's "Privacy Statement" for its fare cards or toll tags
    r"\bprivacy\s+statement\b",
    re.IGNORECASE,
)
# An agency's privacy policy for what its systems collect (toll tags, fare cards, a drone test
# site): titled so, it speaks for the agency ("BATA collects personal information ...") as an
# institution's policy does, with no library or college to name.
_PRIVACY_TITLE = re.compile(r"\bprivacy\s+(?:policy|statement)\b", re.IGNORECASE)
_INSTITUTION = re.compile(
    # (not the District of Columbia: a place, no school district)
    r"\b(?:librar(?:y|ies)|schools?|district(?!\s+of\s+columbia\b)|college|university|campus|county|"
    r"parish|town|village|"
    r"patrons?|students?|institut(?:e|ion)s?|chancellor|provost|"
    r"(?:graduate|technology|medical|research|learning|career)\s+center|"
    # a state's fusion center ("Oklahoma Information Fusion Center", "Missouri Information
    # Analysis Center", "Texas Transnational Intelligence Center")
    r"(?:fusion|intelligence|analysis)\s+center|"
    # transit, housing and port authorities
    r"authority|metro(?:politan)?|transit|housing|tenants?|riders?|passengers?|"
    # fare cards and managed lanes: "ORCA fares", "users of the Express Lanes"; a state's
    # transportation department ("ODOT", "the Department of Transportation")
    r"fares?|express\s+lanes|department\s+of\s+transportation|(?-i:[A-Z]{0,2}DOT))\b",
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
# "all members of the University community" are no police department's members
_COMMUNITY_MEMBERS = re.compile(
    r"\bmembers?\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:community|public|board|staff|faculty)\b",
    re.IGNORECASE,
)
_CAMPUS = re.compile(r"\b(?:university|college|campus)\b", re.IGNORECASE)
_PUBLIC_SAFETY = re.compile(r"\bdepartment\s+of\s+public\s+safety\b", re.IGNORECASE)
_NAMED_CAMPUS_POLICE = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+){1,4}(?i:police\s+department)(?:\s*\([A-Z]{2,6}\))?"
)
_GENERIC_POLICE = re.compile(
    r"\b(?:officers?|members?|department|chief\s+of\s+police|(?:non-)?sworn)\b", re.IGNORECASE
)
_CIVIL_POLICE = re.compile(
    r"\b(?:city|town|village|county|municipal|metropolitan|state)\s+police\b|\bsheriff",
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
    r"meeting\b|\bmemo(?:randum)?\b(?!\s+of\s+(?:understanding|agreement))|\bagenda\b|"
    # a page restating a policy's rules: "The CSUF Video Security Policy ... states that:"
    r"\bpolicy\b[^.]{0,80}\bstates\s+that\b|"
    # a hearing noticed or held on the policy, not one the policy requires ("the Board shall hold
    # a public hearing before authorizing audio recording")
    r"\bnotice\s+of\s+(?:a\s+)?public\s+hearing\b|\b(?:will|to)\s+(?:hold|conduct)\s+a\s+public\s+"
    r"hearing\b|\bpublic\s+hearing\s+(?:on|regarding|concerning|was|is\s+scheduled)\b|"
    # an agency's page on a grant or rebate programme it runs, written to applicants: "The
    # program provides a rebate of up to $200", "(see application for complete details)"
    r"\b(?:the|this)\s+program\s+(?:provides|offers|is\s+(?:intended|designed))\b|"
    r"\bsee\s+(?:the\s+)?application\b",
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
# A district's yearly notice itself: "Students and parents are hereby notified that the recording
# may be used in a student or employee disciplinary proceeding" (a regulation that prescribes
# "the following notice" prints the same words as its text).
_NOTIFIES = re.compile(r"\b(?:is|are)\s+hereby\s+notified\b", re.IGNORECASE)
_PRESCRIBES_NOTICE = re.compile(
    r"\bfollowing\s+notice\b|\bnotice\s+(?:shall|will|must)\s+(?:read|state|say)\b", re.IGNORECASE
)
# A notice's own title: "Notice to Students and Parent/Guardian Regarding the Use of Video ..."
# (a policy may require "notice to students and parents" in its text).
# ("Notice to Students and Parents", "LPR and DOL Data Privacy Notice"; not a policy's own
# "Public Notice" section on its signs)
_NOTICE_TITLE = re.compile(
    r"^\W*notice\s+to\s+(?:students|parents)\b|^(?:[\w&'’-]+\s+){0,6}privacy\s+notice$|"
    # an announcement about a policy: "Video Security Policy Update", a headline "University
    # security policies approved", a page "University Policies on Surveillance"
    r"^(?:[\w&'’-]+\s+){0,6}policy\s+updates?$|"
    r"^(?:[\w&'’-]+\s+){1,6}polic(?:y|ies)\s+(?:approved|adopted|passed|updated|revised)$|"
    r"^(?:[\w&'’-]+\s+){0,4}policies\s+(?:on|for|about|regarding)\s+[\w ]{3,40}$",
    re.IGNORECASE,
)
_STATEMENT_TITLE = re.compile(r"^(?:[IVX]{1,4}\.\s*)?policy\s+statement:?$", re.IGNORECASE)
# How the text names itself: a district's procedure "this procedure" or "this guideline", its
# policy "this policy".
_THIS_DOCUMENT = re.compile(r"\bthis\s+(procedure|guideline|policy)\b", re.IGNORECASE)
# A reporter's or a meeting's voice: what a news item or a record says of a library's cameras.
# ("reported" alone is a policy's word too, "a reported incident", and so is "shall be announced
# by signage".)
_NEWS_VOICE = re.compile(
    # (legal "said" is an adjective: "said recordings")
    # ("and told of the need" is the passive of a rule; "today's technology" no date; "Amherst
    # Voted to Approve: 10/14/08" is an adoption line)
    r"\b(?:said(?=\s*[.,;:]|\s+(?:that|the|a|an|he|she|they|it|in|on|at|to)\b)|says|"
    r"(?<!be\s)(?<!and\s)told|"
    # a report's attribution of a policy's words: "..., the policy states.", "The policy notes
    # that ..."
    r",\s+the\s+(?:new\s+)?(?:policy|ordinance|rule|law|bill)\s+(?:states|says|notes|reads|adds)\b|"
    r"\bthe\s+(?:new\s+)?policy\s+(?:also\s+)?(?:notes|advises)\s+that\b|"
    # news of what an institution is doing: "Northwestern continues to increase the use of ...
    # cameras", "The University is currently adding 65 cameras"
    r"\bcontinues\s+to\s+(?:increase|expand|add|grow)\b|\b(?:is|are)\s+currently\s+(?:adding|"
    r"installing|expanding|upgrading)\b|"
    # (a writer's account of a law's purpose: "Senate Bill 507, codified as Texas Education Code
    # section 29.022, was enacted to promote student safety")
    r"reported\s+that|(?<!be\s)announced|press\s+release|yesterday|today(?!['’]s)|tonight|"
    # (a governor's signing, reported: "Gov. Bob McDonnell signed four bills this spring")
    r"\bsigned\s+(?:(?:a|an|the|two|three|four|five|several|\w+ed)\s+){0,3}(?:bills?|legislation|"
    r"measures?)\b|"
    r"was\s+enacted\s+to|"
    r"voted(?!\s+to\s+(?:approve|adopt)\w*\s*:)|business\s+meeting|"
    r"last\s+(?:week|month|year)|(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)|motion\s+(?:carried|passed|failed)|staff\s+recommend\w*|"
    # "The Derry School Board approved two policies in a second reading at the Nov. 24 meeting",
    # "The policy calls for the board to authorize ..." (a rule never calls for itself)
    r"(?:board|council|commission|trustees)\s+(?:unanimously\s+)?(?:approved|adopted|passed)\b"
    r"[^.]{0,80}\bat\s+(?:the|its|their)\s+[^.]{0,30}\bmeeting|"
    r"(?:policy|ordinance|resolution|bill)\s+calls\s+for|"
    # a quotation's speaker by name ("... before it's expunged,” said Brian Carlisle, vice
    # president"), and a directive reported as issued ("Directive No. 2022-12 ('the Directive')
    # was issued to all ... chief executives")
    r"(?-i:said\s+[A-Z][a-z]+\s+[A-Z][a-z]+)|"
    # ... or by title ("said Superintendent of Schools Thomas Smith"; not legal "said Policy"),
    # and the news's "The new policy bans ...", "according to the policy"
    r"(?-i:said\s+(?!(?:Agreement|Ordinance|Resolution|Policy|Contract|Act|Code|Section|Board|"
    r"Council|City|County|District|Department|Property|System|Equipment|Program|Plan|Fund|"
    r"Recordings?|Images?|Data|Cameras?)\b)[A-Z][a-z]+)|"
    r"the\s+new(?:ly\s+adopted)?\s+(?:policy|ordinance|rule|law)\s+(?:bans|requires|prohibits|"
    r"allows|says|states)|according\s+to\s+the\s+(?:new\s+)?policy|"
    r"(?:directive|order)\b[^.]{0,60}\bwas\s+issued\s+to)\b|" + QUESTION,
    re.IGNORECASE,
)
_CAMERA = re.compile(
    r"\b(?:cameras?|video|surveillance|footage|recordings?|drones?|unmanned|license\s+plate|"
    r"A?LPR|metal\s+detect\w*)\b",
    re.IGNORECASE,
)


def _governs_own_cameras(passages: Sequence[Passage], text: str, institution: int) -> bool:
    """Whether a text that never names itself a policy sets an institution's rules on its own
    cameras: it speaks of the library, school or college (`institution` times) again and again,
    and in rules."""
    if institution < 5 or not _CAMERA.search(text):
        return False
    return any(_OWN_CAMERA_RULE.search(p.text) and _CAMERA.search(p.text) for p in passages)


# A district's administrative procedure or guideline ("ACDB-AP: Video Surveillance",
# "Administrative Procedure 88A", "Administrative Guidelines") is its staff's way of carrying out
# a board policy, as a department's manual is: the board's policy is the law.
_STAFF_PROCEDURE = re.compile(
    # "ACDB-AP", "4:200-AP1", and a policy number's procedure: "10.65.P.1 Student Biometric ..."
    # ("FILE: EBCB-P", a Louisiana district's procedure under policy EBCB)
    r"^(?:[A-Z]{2,6}|\d{1,2}:\d{2,3})-AP\d*\b|^\d{1,2}(?:\.\d{1,3})+\.P\.\d+\b|"
    r"^(?:FILE:\s*)?[A-K][A-Z]{1,4}-(?:AP|P|R)\b|"
    r"\b(?i:administrative\s+(?:procedures?|guidelines?))\b|"
    # a title naming the document the procedures: "6-12: Surveillance Cameras – Procedures"
    r"^[^.]{0,80}[–—:-]\s*Procedures?$"
)
# ... or the text's own first line: "Security Camera Installation and Use Procedure" (not a
# "Policy and Procedures", nor a policy's section "General Procedures" further down)
_PROCEDURE_TITLE = re.compile(
    r"^(?![^.]*\b[Pp]olic(?:y|ies)\b)(?:[A-Z][\w&'’,()-]*\s+(?:(?:and|of|for|on|the)\s+)?){1,8}"
    r"Procedures?$"
)


# A policy's page links the procedures that carry it out under its own title: "6-12: Surveillance
# Cameras – Policy" / "Associated Procedures" / "Surveillance Camera – Procedures".
_NAMED_POLICY = re.compile(r"^[^.]{0,80}[–—:-]\s*Policy$")
_LINKS_TO = re.compile(
    r"^(?:associated|related)\s+(?:procedures?|documents?|policies)$", re.IGNORECASE
)


def is_staff_procedure(passages: Sequence[Passage]) -> bool:
    """Whether the text is a staff's procedure or guideline that carries out a board's policy:
    its own title says so (not a sentence that names "Administrative Guidelines", nor a policy's
    link to its procedures)."""
    if passages and _NAMED_POLICY.match(passages[0].text):
        return False
    if passages and _PROCEDURE_TITLE.match(passages[0].text):
        return True
    return any(
        len(p.text) <= 100
        and _STAFF_PROCEDURE.search(p.text)
        and not (i and _LINKS_TO.match(passages[i - 1].text))
        for i, p in enumerate(passages[:3])
    )


# An institution's full name, which the text then calls by its initials: "Kingsport Housing &
# Redevelopment Authority" ... "KHRA property".
_INSTITUTION_NAME = re.compile(
    r"\b((?:[A-Z][\w'’-]*[ \t]+(?:(?:&|and|of|for)[ \t]+)?){1,6}"
    r"(?:Authority|District|Library|College|University|Schools?|Board|Agency|Commission|"
    # (a letterhead prints it in capitals: "VIRGINIA MILITARY INSTITUTE")
    r"Institute|Center|Centre|AUTHORITY|DISTRICT|LIBRARY|COLLEGE|UNIVERSITY|INSTITUTE))\b"
)
_NAME_FILLER = frozenset({"&", "and", "of", "for"})


def _initials_count(passages: Sequence[Passage], text: str) -> int:
    """How often the text names an institution by the initials of its full name (the name read
    in its own paragraph: a title line above it is no part of it)."""
    acronyms = {
        "".join(word[0] for word in name.split() if word not in _NAME_FILLER)
        for passage in passages
        for name in _INSTITUTION_NAME.findall(passage.text)
    }
    return sum(
        len(re.findall(rf"\b{acronym}\b", text)) for acronym in acronyms if len(acronym) >= 3
    )


# A handbook's or notice's entry that restates a board policy names it as its source on a line
# of its own: "Round Lake Area Schools Community Unit District 116 Policy, 7:340, Student
# Records". (A policy's own number heads it: "7:340 Student Records".)
_CITES_A_POLICY = re.compile(r"^[A-Z][\w .,&'’-]{2,100}\bPolicy,\s+\d{1,2}:\d{2,3}\b[^.]{0,60}$")


# ... or sends its reader to the policy: "Read more: Board Policy 5380: Bus Conduct", "Please refer
# to Board policies ECAF ... and ECAF-R ... for more information".
_REFERS_TO_POLICY = re.compile(
    r"^(?:read\s+more|please\s+(?:refer\s+to|see|read)|refer\s+to|for\s+more\s+information)\b"
    r"[^.]{0,40}\bboard\s+polic(?:y|ies)\b",
    re.IGNORECASE,
)


def restates_a_policy(passages: Sequence[Passage]) -> bool:
    """Whether the text closes by naming the board policy it restates, or by sending its reader
    to it (a handbook's entry, a district's web page)."""
    return bool(passages) and bool(
        _CITES_A_POLICY.match(passages[-1].text) or _REFERS_TO_POLICY.match(passages[-1].text)
    )


def _is_institution_policy(passages: Sequence[Passage]) -> bool:
    text = " ".join(p.text for p in passages)
    institution = len(_INSTITUTION.findall(text)) + _initials_count(passages, text)
    if any(len(p.text) <= 120 and _PRIVACY_TITLE.search(p.text) for p in passages[:8]):
        institution += 2
    if not any(
        _POLICY_NAME.search(QUOTED.sub(" ", p.text)) or _POLICY_SECTION.match(p.text)
        # (a letterhead's lines may come first: name, town, order number, date)
        for p in passages[:10]
    ) and not _governs_own_cameras(passages, text, institution):
        return False
    unquoted = QUOTED.sub(" ", text)
    if (
        _ABOUT_A_POLICY.search(text)
        or _NOTICE_VOICE.search(text)
        or (_NOTIFIES.search(text) and not _PRESCRIBES_NOTICE.search(text))
        or any(_NOTICE_TITLE.match(p.text) for p in passages[:6])
        or _NEWS_VOICE.search(unquoted)
    ):
        return False
    # a district's procedure speaks of itself as "this procedure", its policy as "this policy"
    # (unless it opens under its own "Policy Statement", as a policy does: Fond du Lac's policy
    # speaks of the procedure it lays down)
    names = [name.lower() for name in _THIS_DOCUMENT.findall(text)]
    if len(names) > 2 * names.count("policy") and not any(
        _STATEMENT_TITLE.match(p.text) for p in passages[:10]
    ):
        return False
    # a code that states the county's policy in its findings speaks of "this chapter" more often
    # than of "this policy": it is a code, and its findings are no board's policy
    as_code, as_policy = _self_references(unquoted)
    if as_code > as_policy:
        return False
    others = _OTHER_DEPARTMENT.sub(" ", _OWN_POLICE.sub(" ", _COMMUNITY_MEMBERS.sub(" ", text)))
    if len(_CAMPUS.findall(text)) >= 3:
        # a university's "Department of Public Safety" is its own police, and so is a police
        # department it names with itself ("the William & Mary Police Department (WMPD)")
        others = _NAMED_CAMPUS_POLICE.sub(" ", _PUBLIC_SAFETY.sub(" ", others))
    if len(_CAMPUS.findall(text)) >= 2 and not _CIVIL_POLICE.search(text):
        # a college's "the Department", "members" and "officers" are its own police's (named or
        # not: "the East Georgia State College Police Department", "University Police"), unless
        # the text names a city's or a county's
        others = _GENERIC_POLICE.sub(" ", others)
    police = len(_POLICE_OWNER.findall(others))
    return institution >= 2 and institution > 2 * police


# A policy page's fields run together on one line: "Policy: Policy 10-1-6: Video / Audio
# Surveillance and Security Date Adopted: Dec 17, 2002".
_ADOPTED_FIELD = re.compile(
    r"\b(?:date\s+adopted|adoption\s+date|adopted\s+on)\s*:\s*(?:\d{1,2}\s*/|(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.IGNORECASE,
)


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
        or ("adopt" in opening and _ADOPTED_FIELD.search(text[:300]))
        or (":" in text and _BOARD_POLICY_CODE.search(text))
        or ("BP" in text and _BP_CODE.search(text))
        or ("board" in text.lower() and _BOARD_AUTHORIZES.search(text))
    )


# The clause that makes a text the instrument itself: "BE IT ORDERED BY THE CITY OF PADUCAH:",
# "RESOLVED that the Danville Town Council hereby:".
_INSTRUMENT_CLAUSE = re.compile(
    r"^" + THEREFORE + r"(?:be\s+it\s+(?:hereby\s+|further\s+|duly\s+)?(?:resolved|ordered|"
    r"ordained|enacted)|resolved,?\s+(?:by\s+[^.;]{0,120}?)?that)\b",
    re.IGNORECASE,
)


# A title that reports on a policy rather than naming it ("Council approves new license plate
# reader policy", "Approve the ... Surveillance Use Policy").
_NOT_OWN_TITLE = r"^(?!.*\b(?:approv\w*|adopt\w*|consider\w*|recommend\w*|review\w*|update\w*)\b)"
# A use policy the governing body approves under a surveillance ordinance, titled as one:
# "County Communications - Video Cameras Used for Facility Security Surveillance Use Policy
# (September 2018)" (not a record of its approval).
_USE_POLICY_TITLE = re.compile(
    _NOT_OWN_TITLE
    + r"[^.]{0,160}\bsurveillance\s+use\s+policy\b(?:\s*\([^()]{0,40}\))?\s*$",
    re.IGNORECASE,
)
# ... or speaking of itself as one: "ALPR Technology may be utilized as set forth in this
# Surveillance Use Policy"
_THIS_USE_POLICY = re.compile(
    # (in its own voice: "under", "as set forth in" this policy, not a report that someone
    # "presented this Surveillance Use Policy to the City Council")
    r"\b(?:in|under|by|pursuant\s+to|set\s+forth\s+in|governed\s+by|provided\s+in)\s+this\s+"
    r"surveillance\s+use\s+policy\b",
    re.IGNORECASE,
)


# A policy's title line ("Automatic License Plate Reader Policy", "Public Safety Camera System
# Policies & Procedures", "City of Bozeman Security Technology Policy").
_POLICY_TITLE_LINE = re.compile(
    _NOT_OWN_TITLE + r"[^.;:]{0,80}\b(?:polic(?:y|ies)|procedures|protocols?)\s*$", re.IGNORECASE
)
# A department's manual in its own voice: its name or "Policy Manual" alone on a line, or its
# members as the ones bound ("Members shall not share recordings").
_DEPARTMENT_VOICE = re.compile(
    r"^(?:[\w.'’ -]{0,60}\s)?(?:police\s+department|sheriff['’]?s\s+office)\s*$|"
    r"^policy\s+manual\s*$|\bmembers\s+(?:shall|should|will|must|may)\b",
    re.IGNORECASE | re.MULTILINE,
)
# The place speaking of its own system, as the place's policy does ("The Town's ALPR system may
# only be used by ...", "The City of La Quinta and the La Quinta Police Department collectively
# operate ...", "The City of San José uses parking compliance cameras"); a department's manual
# speaks of "the Department" and its members.
_THE_PLACE_OPERATES = re.compile(
    r"\bthe\s+(?:town|city|county|village|borough|township)['’]s\s+(?:[\w-]+\s+){0,4}?"
    r"(?:system|cameras?|program|network|ALPRs?|drones?)\b|"
    # (the place's name as an adjective, capitalised: "Data-sharing from Town ALPRs")
    r"(?-i:\b(?:Town|City|County|Village)\s+(?:ALPRs?|[Cc]ameras?|[Dd]rones?))\b|"
    r"\bthe\s+(?:town|city|county|village)\s+of\s+(?-i:[A-Z])[\w.'’ -]{1,30}?\s+"
    r"(?:and\s+the\s+[\w.'’ -]{1,40}?\s+)?"
    r"(?:collectively\s+)?(?:operates?|owns?|maintains?|uses?)\b",
    re.IGNORECASE,
)
_POLICY_TITLE_REACH = 3


def is_surveillance_use_policy(passages: Sequence[Passage]) -> bool:
    """Whether the text is a Surveillance Use Policy itself: titled as one, or naming itself, or
    a policy in which the place speaks of its own system (the place's policy, not a
    department's manual)."""
    # (the quotations are taken out only of a passage that names the policy at all)
    return (
        any(_USE_POLICY_TITLE.match(p.text) for p in passages[:3])
        or any(
            _THIS_USE_POLICY.search(p.text) and _THIS_USE_POLICY.search(QUOTED.sub(" ", p.text))
            for p in passages
        )
        or _is_the_places_policy(passages)
    )


def _is_the_places_policy(passages: Sequence[Passage]) -> bool:
    return (
        any(_POLICY_TITLE_LINE.match(p.text.strip()) for p in passages[:_POLICY_TITLE_REACH])
        and any(_THE_PLACE_OPERATES.search(p.text) for p in passages)
        and not any(_DEPARTMENT_VOICE.search(p.text) for p in passages)
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
        # (the governing body approves a use policy under its surveillance ordinance)
        or is_surveillance_use_policy(passages)
        or any(_marks_adoption(p.text) for p in passages)
        or bool(
            passages
            and _BOARD_CODE.match(passages[0].text)
            and any(_BOARD_POLICY_WORDS.search(p.text) for p in passages)
        )
    )
    if not adopted:
        return False
    # (a report of a policy in the news is no policy, whatever the board it quotes "authorizes")
    if _NEWS_VOICE.search(QUOTED.sub(" ", " ".join(p.text for p in passages))):
        return False
    return not any(
        "designee" in p.text.lower() and _MANUAL_OFFICIAL.search(p.text) for p in passages
    )
