"""Any input -> one list of passages with their roles, sections and sentences.

A passage is one paragraph of the input: its text, the section it stands in ("9.64.030",
"Section 2"), what it is for (title, recital, enacting clause, operative text, heading, closing,
drafter's note) and its subdivision level. Rules read sentences; a sentence that ends a lead-in
("... prior to any of the following:") carries the list items under it as its scope, and those
items inherit its duty ("must obtain approval prior to: A. Seeking funds; B. Acquiring ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import pairwise

from ..document import Document, Paragraph, Role, Section, Subdivision, plain_text
from ..readers.text import CLERK_CERTIFIES, BlockKind, TextBlock, segment
from .patterns import (
    BODY_ORDAINS,
    PLACE_ORDAINS,
    PURPOSE_SECTIONS,
    RECORD_FIELDS,
    RECORD_TYPE,
    THEREFORE,
    joins_a_clause_dot,
)
from .sentences import split_sentences


class Part(StrEnum):
    TITLE = "title"
    RECITAL = "recital"
    ENACTING = "enacting"
    BODY = "body"
    HEADING = "heading"
    CLOSING = "closing"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Passage:
    text: str
    part: Part
    section: str = ""  # where it stands, as the document numbers it
    line: int | None = None
    level: int = -1  # -1 unlabelled; 0 for the first label style in its section, 1 ...
    heading: str = ""  # the title of the section it stands in ("Definitions")
    # Lower-cased once here: rules test their trigger words against a paragraph's text and its
    # section title for every sentence the paragraph holds.
    lowered: str = field(init=False, repr=False, compare=False)
    heading_lowered: str = field(init=False, repr=False, compare=False)
    # Whether its text or title holds a clause dot ("§ 9.64.030"), or would when joined to
    # what follows: the rules' windows then need their full form (see patterns.plain).
    dotted: bool = field(init=False, repr=False, compare=False)
    # Its text and title as the folded patterns read them, or None (see patterns.folded_text).
    folded: str | None = field(init=False, repr=False, compare=False)
    heading_folded: str | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from .patterns import folded_text, has_clause_dot, joins_a_clause_dot

        object.__setattr__(self, "lowered", self.text.lower())
        object.__setattr__(self, "heading_lowered", self.heading.lower())
        text_dotted, heading_dotted = has_clause_dot(self.text), has_clause_dot(self.heading)
        dotted = (
            text_dotted
            or heading_dotted
            or joins_a_clause_dot(self.text)
            or joins_a_clause_dot(self.heading)
        )
        object.__setattr__(self, "dotted", dotted)
        object.__setattr__(self, "folded", folded_text(self.text, text_dotted))
        object.__setattr__(self, "heading_folded", folded_text(self.heading, heading_dotted))


@dataclass(slots=True)
class Sentence:
    text: str
    passage: Passage
    scope: str  # the sentence, plus the list items it introduces
    inherited_duty: bool = False  # a list item under a lead-in that states a duty
    index: int = field(default=0)
    # an act barred by its lead-in ("shall not do any of the following:" / "(a) Use ..."), read
    # with it: its scope is the clause, exclusions included
    barred: bool = False
    duty: bool = field(init=False)  # states a duty or a prohibition
    prohibition: bool = field(init=False)
    reported: bool = field(init=False)  # someone reporting on a law ("would require", "said")
    # Whether a rule must search it, its paragraph or its title with the windows' full form.
    dotted: bool = field(init=False)
    # its text as the folded patterns read it, or None (see patterns.folded_text)
    text_folded: str | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        from .patterns import (
            BOUNDED_PERMISSION,
            BOUNDS_WORDS,
            DUTY,
            DUTY_WORDS,
            NOT_A_DUTY,
            OTHER_LAW_REQUIRES,
            OTHER_LAW_WORDS,
            PROHIBITION,
            PROHIBITION_WORDS,
            REPORTED,
            REPORTED_WORDS,
            SELF_PROHIBITS,
            folded_text,
            has_clause_dot,
            plain,
        )

        text_dotted = has_clause_dot(self.text)
        self.dotted = self.passage.dotted or text_dotted or has_clause_dot(self.scope)

        def pick(pattern: re.Pattern[str], dotted: bool = text_dotted) -> re.Pattern[str]:
            return pattern if dotted else plain(pattern)

        lowered = self.text.lower()
        self.text_folded = folded_text(self.text, text_dotted)
        # Most sentences of a long ordinance have no modal at all: a word test spares the regex.
        modal = any(word in lowered for word in DUTY_WORDS)
        operative = NOT_A_DUTY.sub(" ", self.text) if modal else self.text
        # the substitution may join a "No." to a number
        operative_dotted = text_dotted or (modal and has_clause_dot(operative))
        self.duty = modal and bool(pick(DUTY, operative_dotted).search(operative))
        self.prohibition = (
            modal
            and any(word in lowered for word in PROHIBITION_WORDS)
            and bool(pick(PROHIBITION, operative_dotted).search(operative))
        )
        # "is authorized to ... but only for so long as" may carry no modal word at all
        if not self.prohibition and any(word in lowered for word in BOUNDS_WORDS):
            bounded = bool(pick(BOUNDED_PERMISSION, operative_dotted).search(operative))
            self.duty = self.duty or bounded
            self.prohibition = bounded
        if (
            not self.prohibition
            and "prohibits" in lowered
            and pick(SELF_PROHIBITS).search(self.text)
        ):
            self.duty = self.prohibition = True
        # what another law requires, recited: that law's duty, not this text's
        recited = (self.duty or self.prohibition) and any(w in lowered for w in OTHER_LAW_WORDS)
        if recited and pick(OTHER_LAW_REQUIRES).search(self.text):
            self.duty = self.prohibition = False
        reporting = any(word in lowered for word in REPORTED_WORDS)
        self.reported = reporting and bool(pick(REPORTED).search(self.text))


# A legislative record's "Title: Ordinance amending ..." is the title too; a caption may say
# what kind of ordinance it is ("AN UNCODIFIED ORDINANCE", "AN URGENCY ORDINANCE"), and a clerk's
# blank number may stand before it ("No. AN ORDINANCE IN AMENDMENT OF ...").
# "ORDINANCE NO. 12" counts only alone or run into a caption in capitals: "Ordinance No. 7386
# requires ..." opens a sentence about the law (news), and must not make a text legislation.
_TITLE = re.compile(
    # a record's title field, after another field on its line: "Notes: Title: ORDINANCE ..."
    r"^(?:(?:Notes|Memo|Subject|Description):\s*)?(?:Title:\s*)?(?:No\.\s+(?:[\d_][\w\-_]*\s+)?)?"
    # In capitals any caption; in other cases the caption's next word says what the ordinance
    # does ("An Ordinance Amending", "An ordinance to amend", "of the City"): news opens "An
    # ordinance passed in 2020 requires ...", and must not make a text legislation.
    r"(?:(?-i:AN?\s+(?:(?:UNCODIFIED|NON-?CODIFIED|CODIFIED|URGENCY|INTERIM|EMERGENCY|INITIATED|INITIATIVE)\s+)?ORDINANCE\b)|"
    r"An?\s+(?:(?:uncodified|non-?codified|codified|urgency|interim|emergency|initiated|initiative)\s+)?ordinance\s+"
    r"(?:of|to|for|in|no\b|number|#|(?!being\b)[a-z]+ing\b)|"
    # (a scan's "ORDINANCE N0.2008-27", "ORDINANCE NO. 14 -11 AN ORDINANCE ...")
    r"ORDINANCE\s+(?:N[O0]\b|NUMBER\b|#)\.?\s*[\w\-_./]*(?:\s+-\s*\d+)?\s*(?:$|(?-i:[A-Z]{2,}\b)|"
    # ... or its caption in title case after the number: "Ordinance No. 2020-4546 An Ordinance of
    # the City of Sanford, Florida relating to ..."
    r"(?-i:An?\s+Ordinance)\s+(?:of|to|for|amending|relating|establishing|creating)\b)|"
    r"A\s+LOCAL\s+LAW\b|(?:FOR\s+)?AN\s+ACT\b|"
    # in capitals, a local law's number and a mayor's order: "LOCAL LAW NO. 9 OF 2024 OF THE
    # TOWN BOARD ...", "EXECUTIVE ORDER OF THE MAYOR OF THE CITY OF ..."
    r"(?-i:LOCAL\s+LAW\s+(?:NO\.?|NUMBER|#)\s*\d+\s+OF\s+\d{4})|(?-i:EXECUTIVE\s+ORDER\s+(?:OF|NO\b|\d))|"
    # a city manager's order: "ADMINISTRATIVE ORDER NO. 21-18-09"
    r"(?-i:ADMINISTRATIVE\s+ORDER\s+(?:NO\b|\d))|"
    # a Kentucky city's order: "A MUNICIPAL ORDER AUTHORIZING THE MAYOR TO ..."
    r"(?-i:(?:A\s+)?MUNICIPAL\s+ORDER\s+(?:[A-Z]+ING|OF)\b)|(?-i:AN?\s+BY-?LAW\b)|"
    r"A\s+BILL\s+(?:FOR\s*AN\s+(?:ACT|ORDINANCE)|TO\s+BE\s+ENTITLED)\b|"
    # ... after a PDF's header run into it: "Florida Senate - 2017 SB 1448 By Senator Roe
    # 33-00479A-17 20171448__ 1 A bill to be entitled 2 An act relating to public records"
    r"[^.]{0,160}?\bA\s+bill\s+to\s+be\s+entitled\s+(?:\d{1,2}\s+)?An\s+act\b|"
    # "A BILL" in capitals before its long title in lower case, as Virginia prints it ("A BILL to
    # place a moratorium on the use of unmanned aircraft systems"; news writes "A bill to ban")
    r"(?-i:A\s+BILL\s+to\s+[a-z]{2,}\s+[a-z])|"
    # Maine's resolve: "Resolve, to Allow the Maine Turnpike Authority to Conduct a Pilot Program"
    r"(?-i:Resolve,\s+(?:to|To|Directing|Regarding|Establishing|Requiring)\s+[A-Za-z])|"
    # a state bill's caption that names the code it amends: "A bill to amend 1949 PA 300,
    # entitled", "A BILL to amend the Code of West Virginia, 1931, ..." (news: "A bill to ban ...")
    r"A\s+bill\s+to\s+(?:amend|add\s+to|create|repeal)\b[^.]{0,40}?(?:\bPA\s+\d|\bcode\s+of\b|"
    r"\bentitled\b|\bsections?\s+\d|\bchapter\s+\d|§)|"
    # South Carolina's bill caption in capitals: "TO AMEND THE SOUTH CAROLINA CODE OF LAWS BY
    # AMENDING SECTION 23-1-240, RELATING TO BODY-WORN CAMERAS, SO AS TO ..."
    # ... or naming the section it amends: "TO AMEND SECTION 56-5-2953, CODE OF LAWS OF SOUTH
    # CAROLINA, 1976, RELATING TO ..."
    r"(?-i:TO\s+(?:AMEND|ENACT|REPEAL|PROVIDE|ESTABLISH|CREATE|DIRECT|AUTHORIZE|REQUIRE|PROHIBIT)"
    r"\s+(?:THE\s+[A-Z][A-Z ,]{2,}\b|(?:SECTIONS?|CHAPTERS?|ARTICLES?|TITLES?)\s+\d[\w.-]*,?\s+"
    # (a code's citation and what the caption relates to, no rule in capitals: not "TO AMEND
    # SECTION 5 OF THIS POLICY, THE CHIEF SHALL ...")
    r"(?![^.]*\b(?:SHALL|MUST)\b)(?=[^.]*\b(?:CODE|RELATING\s+TO|SO\s+AS\s+TO)\b)[A-Z]))|"
    # Ohio's bill caption: "To enact section 4549.07 of the Revised Code to restrict ..."
    r"To\s+(?:enact|amend|repeal)\b[^;]{0,200}?\bof\s+the\s+Revised\s+Code\b|"
    r"(?:an\s+)?ordinance\s+(?:to|approving|amending|adding|relating|establishing|prohibiting)\b|"
    # in title case or capitals only ("Ordinance Making Police Camera Footage Public Records",
    # "ORDINANCE RELATED TO ..."): news writes "Ordinance making cameras mandatory fails"
    r"(?-i:(?:An?\s+)?Ordinance\s+(?:Related\s+to|Regarding|Concerning|Making|Requiring|"
    r"Creating|Authorizing|Regulating|Providing)\s+[A-Z]|(?:AN?\s+)?ORDINANCE\s+(?:RELATED\s+TO|"
    r"REGARDING|CONCERNING|MAKING|REQUIRING|CREATING|AUTHORIZING|REGULATING|PROVIDING)\b)|"
    # in capitals with no article: "ORDINANCE OF THE CITY COUNCIL OF THE CITY OF PETALUMA TO ..."
    r"(?-i:ORDINANCE\s+OF\s+THE\s+[A-Z]{2,})|"
    # a New England town meeting's warrant article, the caption of whatever the meeting is
    # asked to vote (a bylaw, a resolution, an appropriation): "ARTICLE 12. To see if the Town
    # will vote to amend the General Bylaws by adding ..."
    r"(?:(?:warrant\s+)?article\s+\d+[A-Z]?\s*[.:-]?\s*)?to\s+see\s+if\s+the\s+"
    r"(?:town|city|inhabitants)\s+will\s+vote\s+to\b|"
    # ... or the article's caption in capitals: "ARTICLE 34 – TO MAKE LEXINGTON A WELCOMING ..."
    r"(?-i:ARTICLE\s+\d+[A-Z]?\s*[.:–—-]\s*TO\s+[A-Z]{2,})|"
    # a council's bill, its kind alone on a line over the long title ("A BILL" / "IN THE COUNCIL
    # OF THE DISTRICT OF COLUMBIA" / "To provide ...")
    r"(?-i:A\s+BILL)\s*$)",
    re.IGNORECASE,
)
# Captions that only the top of a text can hold, before its first numbered section or list (and
# not under an "Authority" or "References" line): in a body
# their words open other sentences ("An Order of Protection issued under this article may
# require ...", "Executive Order No. 2020-12" in a procedure's list of authorities, news's "A
# bill to ban police drones passed the House on Tuesday; to become law, ...").
_OPENING_CAPTION = re.compile(
    # an executive order's number in title case, alone on its line or with its caption, and its
    # caption: "Executive Order No. 201 (2020)", "Executive Order 2024-05", "Executive Order No.
    # 13 (2020) Establishing a Task Force ...", "An Order to Bring Changes to the Use of Body Worn
    # Cameras ..." (not "An Order of Protection", "An Order to Show Cause")
    r"(?-i:Executive\s+Order\s+(?:No\.\s*|Number\s+|#\s*)?[\w.-]*\d[\w.-]*(?:\s*\(\d{4}\))?"
    r"(?:\s+(?:Establishing|Creating|Directing|Concerning|Regarding|Relating|On|To)\s+[^.]{3,150})?"
    r"\s*$)|"
    # (a caption says what the order does, and commands nothing: not "An Order of Pretrial
    # Release issued under this article may require ...")
    r"(?-i:An\s+Order\s+(?!of\s+Protection|for\s+Protection|to\s+Show\s+Cause)"
    r"(?:to|of|for|Establishing|Directing|Creating)\s+[A-Z])(?![^.]*\b(?:shall|may|must)\b)|"
    # Michigan's caption, its clauses joined by semicolons, to its full stop: "A bill to authorize
    # and regulate the use of unmanned aerial vehicles; to provide the powers and duties of ...;
    # and to repeal acts and parts of acts."
    # (two or more such clauses: news's "A bill to ban drones cleared the House; to become law,
    # it needs the Senate." has one)
    r"(?-i:A\s+bill\s+to\s+[a-z]+\b)[^.;]{0,300};\s+(?:and\s+)?to\s+[a-z]+\b[^.;]*"
    r";\s+(?:and\s+)?to\s+[a-z]+\b[^.]*\.\s*$|"
    # Alaska's and Oregon's caption: "Relating to unmanned aircraft systems; and relating to
    # images captured ...", "Relating to public safety; and declaring an emergency." (a statute's
    # list item "Relating to the operation and testing of a service" has no such clause)
    r"(?-i:Relating\s+to\s+[a-z])[^;.]{2,200};\s+(?:and\s+)?(?:relating|amending|creating|"
    r"declaring|authorizing|providing|repealing|requiring|establishing|prohibiting)\b|"
    # Arizona's short caption over its bill: "REFERENCE TITLE: peace officers; camera requirement"
    r"(?-i:REFERENCE\s+TITLE:\s*[a-z])"
)
# (how far down an opening caption may stand)
_OPENING_BLOCKS = 8
_CITED_UNDER = re.compile(
    r"^(?:legal\s+)?(?:authority|authorities|references?|citations?|sources?|related\s+"
    r"(?:laws?|orders?|policies))\s*:?$",
    re.IGNORECASE,
)
# Colorado's caption in capitals, over its enacting clause ("CONCERNING THE LIMITED USE OF FACIAL
# RECOGNITION SERVICES BY SCHOOLS" / "Be it enacted by the General Assembly ..."): a caption only
# there (a memo's subject line "CONCERNING THE PROPOSED ORDINANCE" heads no enacting clause).
_CONCERNING_CAPTION = re.compile(
    # ("CONCERNING A REQUIREMENT THAT A JURISDICTION POST A NOTICE": its words may be one letter)
    r"^CONCERNING\s+(?:THE\s+|AN?\s+)?[A-Z]{2,}(?:\s+[A-Z,'’-]+){2}"
)
# blocks between a caption and its enacting clause (its last lines, a period)
_CAPTION_TO_CLAUSE = 4
_BILL_SUMMARY = re.compile(r"^bill\s+summary\s*:?$", re.IGNORECASE)
# ... which ends at the instrument's own clause or first section, or after this many blocks
_SUMMARY_ENDS = re.compile(r"\bresolved\b|^(?:section|sec\.)\s*1\b", re.IGNORECASE)
_SUMMARY_BLOCKS = 12
# Utah's short title in capitals over its session ("LICENSE PLATE READER SYSTEMS AMENDMENTS" /
# "2023 GENERAL SESSION" / "STATE OF UTAH").
_SHORT_TITLE_IN_CAPITALS = re.compile(r"^[A-Z][A-Z ,'’-]{8,120}$")
_SESSION_LINE = re.compile(r"^\d{4}\s+(?:GENERAL|(?:FIRST|SECOND|THIRD)\s+SPECIAL)\s+SESSION$")
# A resolution's caption: in capitals ("A RESOLUTION OF THE CITY COUNCIL ...", "RESOLUTION NO.
# 22-002" on its own line), or named by a legislative record's "Title:" ("Title: Resolution
# urging ...", "Title: A Resolution of ..."). A news headline ("Resolution passes") or an agenda
# item ("Title: Introduction of Ordinance ...") names no instrument in a caption's form.
# A port or district commission adopts a motion in the same form ("A MOTION OF THE PORT OF SEATTLE
# COMMISSION adopting ...", "MOTION 2019-13:").
_RESOLUTION_TITLE = re.compile(
    # a legislative record's type and title on one line: "Resolution - A Resolution Authorizing
    # the City Manager ..."
    r"^(?:Resolution|Ordinance)\s+[-–—]\s+(?:An?\s+)?(?:Resolution|Ordinance)\s+[A-Z][a-z]+ing\b|"
    r"^(?:No\.\s+(?:[\d_][\w\-_]*\s+)?)?AN?\s+(?:RESOLUTION|MOTION)\s+[A-Z]{2,}\b|"
    # (a letterhead's place may come first: "CITY OF ALAMEDA RESOLUTION NO. 15225")
    r"^(?:(?:CITY|TOWN|VILLAGE|COUNTY|BOROUGH|TOWNSHIP)\s+OF\s+[A-Z][A-Z.'’ -]{1,40}?\s+)?"
    r"(?:RESOLUTION|MOTION)\s+(?:(?:NO\.?|NUMBER|#)\s*)?[\d][\w\-_./]*:?$|"
    # ... or run into its caption, as a PDF copied without its breaks prints it: "CITY OF
    # TAMARAC, FLORIDA RESOLUTION NO. R-2003-285 A RESOLUTION OF THE CITY COMMISSION ..."
    r"^(?:(?:CITY|TOWN|VILLAGE|COUNTY|BOROUGH|TOWNSHIP)\s+OF\s+[A-Z][A-Z.'’ -]{1,40}?"
    r"(?:,\s+[A-Z]{2,}(?:\s+[A-Z]{2,})?)?\s+)?(?:RESOLUTION|ORDINANCE)\s+(?i:no\.?|number|#)\s*\S+\s+"
    # (a number broken by a space, or a filing code after it: "RESOLUTION NO. 2018- 62 C33630
    # A RESOLUTION OF ...")
    r"(?:(?=[\w-]*\d)[\w-]{1,10}\s+){0,2}(?:AN?\s+)?(?:RESOLUTION|ORDINANCE)\b|"
    # a caption after the kind and a colon: "RESOLUTION: TO ENSURE THE SAFETY OF ..."
    r"^(?:RESOLUTION|ORDINANCE):\s+(?:TO|OF|FOR|ON|IN|REGARDING|CONCERNING|[A-Z]+ING)\s+[A-Z]{2,}|"
    # in capitals with no article, what it does: "RESOLUTION AUTHORIZING LAKEVILLE POLICE ..."
    r"^RESOLUTION\s+(?!NO\b)[A-Z]+ING\s+(?:AN?\s+|THE\s+)?[A-Z]{2,}|"
    # "RESOLUTION OF THE TOWN OF LOS GATOS AUTHORIZING ..."
    r"^RESOLUTION\s+OF\s+THE\s+[A-Z]{2,}|"
    r"^(?i:resolution|motion)\s+(?i:no\.?|number|#)\s*[\w\-_./]*$|"
    # New York City's "Res No. 390" over "Resolution calling upon the ... buses." (a caption's
    # sentence, with its period: not a headline's "Resolution authorizing cameras passes"), and a
    # county's "Expedited Bill No. 7-10"
    r"^Res\.?\s+No\.?\s*\d[\w\-_./]*$|^Resolution\s+(?-i:[a-z]+ing)\s+(?-i:[a-z]+)\b.*\.$|"
    r"^(?i:(?:expedited\s+|emergency\s+)?bill)\s+(?i:no\.?|number|#)\s*\d[\w\-_./]*$|"
    # a council's or a legislature's bill number alone on its line, in capitals
    r"^(?:(?:COUNCIL|HOUSE|SENATE|ASSEMBLY)\s+)?BILL\s+(?:NO\.?|NUMBER|#)\s*\d[\w\-_./]*$|"
    # in title case, what the resolution does or whose it is ("A Resolution of the City Council
    # of ...", "A Resolution approving ..."); news writes "A resolution passed Tuesday ..."
    r"^An?\s+(?i:resolution)\s+(?:of\s+the\s+(?:City|Town|Village|County|Borough|Township|"
    r"Board|Council|Common|Metropolitan|Mayor|Commission|Port|Governing|Legislative)\b|"
    r"(?!being\b)[a-z]+ing\b|(?!Being\b)[A-Z][a-z]+ing\b)|"
    # a state bill's caption letter-spaced ("A N A C T" / "RELATING TO ...")
    r"^A\s+N\s+A\s+C\s+T$|"
    r"^Title:\s*(?:An?\s+)?(?i:resolution)\s+(?:(?i:of|to|no\.?|number|#)\s|[a-z]+ing\b|[A-Z][a-z]+ing\b)|"
    # a legislative record's "Posting Language:" field, the caption as posted on the agenda:
    # "Posting Language: Ordinance amending Chapter 19 Article XVIII, relating to ..."
    r"^Posting\s+Language:\s*(?:An?\s+)?(?i:ordinance|resolution)\s+(?:(?i:of|to|no\.?)\s|"
    r"[a-z]+ing\b|[A-Z][a-z]+ing\b)"
)
# A legislative record's type field ("Type: Resolution Status: Enacted", "Type: Ordinance"): the
# record's "Title:" that follows is the instrument's title, whatever its first word.
# (an empty field may stand before it on its line: "Effective date: Title: Substitute resolution")
_RECORD_TITLE = re.compile(
    r"^(?:(?:effective\s+date|enactment\s*(?:#|no\.?|date)|final\s+action|on\s+agenda):\s*)?"
    r"Title:\s*\S",
    re.IGNORECASE,
)
# A caption printed under a line that names the instrument alone ("RESOLUTION" / "ESTABLISHING A
# POLICY FOR ..."): a paragraph in capitals right after such a line is the title. The line may
# say what stage or kind the instrument is at ("PROPOSED RESOLUTION", "SUBSTITUTE ORDINANCE").
_KIND_LINE = re.compile(
    r"^(?:(?:PROPOSED|SUBSTITUTE|AMENDED|REVISED|DRAFT|URGENCY|EMERGENCY|INTERIM|JOINT|"
    r"CONCURRENT)\s+)?(?:RESOLUTION|ORDINANCE)(?:\s+(?:NO\.?|NUMBER|#)\s*[\w\-_./]*|\s+\d[\w\-_./]*)?$"
)
# A legislative record's full text in fields, each name on its own line ("Title" / the caption /
# "Body" / the text): the paragraph under the "Title" line is the title, once the record's label
# lines between them ("Sponsor: ...") are passed, when it opens as a caption does ("Authorizing
# the City Manager ...", "An Ordinance ...", "Accepting the annual reports ..."). An agenda's
# "Introduction of Ordinance ..." or "Discussion of ..." opens with a noun and is not one.
# The field may be named for the kind of record: "Warrant Article Title:", "Bill Title:".
_TITLE_FIELD = re.compile(
    # (a legistar record's "Agenda Text" field holds the caption, over its "Official Text")
    r"^(?:(?:warrant\s+)?article\s+|bill\s+|long\s+|official\s+)?title:?$|^agenda\s+text:?$",
    re.IGNORECASE,
)
_RECORD_LABEL = re.compile(
    r"^(?:sponsors?|co-?sponsors?|introduced\s+by|requested\s+by|presented\s+by|file\s*#|"
    r"file\s+(?:no\.?|number)|type|status|version|in\s+control|enactment\s+(?:no\.?|date))\s*:|"
    # a legistar page's hidden section markers, in lower case on their own lines under its
    # "Title" field line (_TITLE_FIELD): "title" / the caption / "end"
    r"(?-i:^(?:title|end|overview)$)",
    re.IGNORECASE,
)
# A legislative record's file header ("File #: 18-0428 Name: ..."): its "Title:" field is the
# item's caption, though its "Type:" line may run on from the header or be missing.
_FILE_HEADER = re.compile(r"^(?:file\s*#|file\s+(?:no\.?|number))\s*:", re.IGNORECASE)
_TYPE_FIELD = re.compile(r"^type:", re.IGNORECASE)
_FORM_FIELD = re.compile(r"^(?-i:[A-Z])[\w()/'’ -]{1,40}:\s+\S.{0,60}$")
_FIELD_CAPTION = re.compile(
    r"^(?:(?!(?:hearing|meeting|housing|building|planning|parking|funding|training|briefing|"
    r"morning|evening|spring)\b)(?-i:[A-Z][a-z]+ing\s+[A-Za-z])|"
    r"(?:An?\s+)?(?:(?:joint|concurrent)\s+)?(?:ordinance|resolution|local\s+law|motion)\b|"
    # a record's version before its caption: "SUBSTITUTE - Adopting a policy regarding ..."
    r"(?:substitute|amended|revised|alternate)\s*[-–—:]\s*(?-i:[A-Z][a-z]+ing\s)|"
    # ... or named with the instrument: "Substitute resolution approving the acceptance ..."
    r"(?:substitute|amended|revised)\s+(?:resolution|ordinance)\s+[a-z]+ing\b|"
    # Ohio's captions open with the infinitive: "To authorize and direct the Mayor ..."
    r"To\s+(?:authorize|amend|enact|establish|approve|accept|appropriate|adopt|repeal|create|"
    r"provide|prohibit|modify|require|declare|enter|allocate|fund)\b|"
    # an action item as the record's caption: "Adopt a resolution to authorize ...", "Consider
    # approval of Resolution 2025-90R, authorizing ...", "Consideration of the Purchase of ..."
    r"(?-i:Adopt|Approve|Authorize|Accept|Award)\s+(?:an?|the)\s+|"
    r"(?-i:Consider(?:ation\s+of)?)\s+(?:(?:the\s+)?(?:approval|adoption)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?-i:[A-Z])\w+)",
    re.IGNORECASE,
)
_CAPITALS = re.compile(r"^[^a-z]*[A-Z]{3,}[^a-z]*$")
_RECITAL = re.compile(r"^WHEREAS\b", re.IGNORECASE)
# The formula's commonest words, which a numbered heading that is an enacting clause opens with.
_BE_IT_ENACTED = r"be\s+it\s+(?:hereby\s+)?(?:ordained|enacted)"
ENACTING_FORMULA = re.compile(
    # "The People of the City of Elm do enact as follows", "the Council enacts as follows"
    r"\b(?:" + _BE_IT_ENACTED + r"|(?:it\s+is\s+)?hereby\s+(?:ordained|enacted)|"
    r"(?:does|do)\s+(?:hereby\s+)?(?:ordain|enact)|hereby\s+enacts|enacts\s+as\s+follows|"
    r"^it\s+is\s+(?:ordained|enacted)\s+by|"
    r"hereby\s+ordains?|ordains\s+as\s+follows|is\s+hereby\s+enacted|"
    # "THE PEOPLE OF THE STATE OF MICHIGAN ENACT:"
    r"^the\s+people\s+of\s+[^.;:]{3,60}?\s+enact\s*:|"
    # "THE CITY OF EAST LANSING ORDAINS:", "THE COMMON COUNCIL OF THE CITY OF ROCHESTER ORDAINS:"
    r"^" + PLACE_ORDAINS + r"|^" + BODY_ORDAINS + r")",
    re.IGNORECASE,
)
# An enacting clause with the body as its subject, after the recitals: "Now therefore, the board
# of commissioners adopts this section ...", "NOW, THEREFORE, the County Commissioners of
# Jefferson County resolve that ...", or the body alone on its line with its verbs in the items
# below. Read as the enacting clause by the rules, and as the line a caption stands before (a
# "be it resolved" clause is read apart).
BODY_RESOLVES = (
    # on its own line, or run on from the last recital ("...; and, NOW, THEREFORE, the ...")
    # ("THEREFORE, the Town of Williamstown ... resolves to oppose ...", without "now")
    # (an abbreviation's dot before a comma ends no sentence: "the Town of Elm, Mass., resolves")
    r"(?:(?:^|;\s+|\band,\s+)(?:now,?\s+)?therefore,?\s+(?:the\s+)?(?:[^.;:]|\.(?=,)){3,80}?\s+"
    r"(?:hereby\s+)?"
    r"(?:resolves?\s+(?:that|to|as\s+follows)|(?:adopts?|ordains?|enacts?)\s+(?:that|this|"
    # ("NOW THEREFORE, the City Council of the Town of Los Altos Hills hereby adopts the
    # attached Automatic License Plate Reader Policy")
    r"the\s+following|as\s+follows)|hereby\s+(?:adopts?|approves?|accepts?|authorizes?)\s+(?:the|this|these)\s)\b|"
    # the subject before the "therefore": "The Town of Lyme in town meeting convened, now
    # therefore resolves that:"
    r"^(?:the\s+)?[^.;:]{3,80}?,?\s+now,?\s+therefore,?\s+(?:hereby\s+)?resolves?\s+"
    r"(?:that|to|as\s+follows)\b|"
    # the body alone on its line, its verbs opening the items below ("Now therefore, the Town
    # Council of Coventry" / "Affirms the fundamental constitutional rights ...")
    # (a few words of name, no verb: not a notice's "Now, therefore, all residents are invited
    # to attend the next regular meeting of the City Council")
    r"^now,?\s+therefore,?\s+(?!be\s+it\b)(?:the\s+)?"
    r"(?:(?!(?:is|are|be|will|shall|was|were|may|invited|urged)\b)[\w.'’-]+\s+){0,5}?"
    r"(?:council|board|commission|commissioners|meeting|assembly|trustees|selectmen|"
    r"select\s+board|aldermen|supervisors|legislature|voters)"
    r"(?:\s+of\s+(?:the\s+)?[^.;:]{2,40}?)?\s*,?$)"
)
_BODY_RESOLVES = re.compile(BODY_RESOLVES, re.IGNORECASE)
# The clause a caption stands before: an enacting clause, or a resolving clause in either form.
_CLAUSE_AFTER_CAPTION = re.compile(
    BODY_RESOLVES + r"|^" + THEREFORE + r"be\s+it\s+(?:hereby\s+|duly\s+)?resolved\b",
    re.IGNORECASE,
)
# A signer's line: "BY: Robert D. Johnson, Mayor", "By: Jane Roe, Board President"; a court's
# order's "Signed by Gregory M. Culet, Administrative District Judge".
SIGNER_LINE = (
    r"^(?i:by\s*:\s*(?-i:[A-Z])[^,]{2,60},\s*(?:[\w]+\s+){0,2}(?:mayor|president|chair\w*|"
    r"supervisor)\b|signed\s+by\s*:?\s*(?-i:[A-Z])[^,]{2,60},\s*(?:[\w]+\s+){0,3}(?:judge|justice|"
    r"magistrate)\s*$)"
)
# A roll call and the record of the vote, in a resolution printed with its minutes: "Mayor Ed
# Dodd aye", "The foregoing Resolution was moved for adoption by ...", "FOR ADOPTION AGAINST
# ADOPTION", "The Mayor thereupon declared the Resolution duly passed".
ROLL_CALL = (
    r"^(?i:(?:vice[- ]?)?mayor|council\s*(?:member|man|woman|or)|commissioner|alderm[ae]n|"
    r"alderwoman|trustee|supervisor|director)\s+(?:[A-Z][\w.'-]*\s+){1,4}"
    r"(?i:aye|nay|yes|no|absent|abstain\w*|excused)$|"
    r"^(?i:the\s+foregoing\s+(?:resolution|ordinance)\s+was\s+(?:moved|offered|introduced)|"
    r"the\s+(?:mayor|chair\w*|president)\s+thereupon\s+declared|"
    # "Adopted this 9th day of September, 2010 and certified as a true copy ..."
    r"(?:adopted|passed|approved)\s+this\s+(?:the\s+)?\d+\w*\s+day\s+of)\b|^FOR\s+ADOPTION\b|"
    r"^RECORD\s+OF\s+(?:COUNCIL\s+|BOARD\s+)?VOTE\b|"
    # the clerk's certificate of the vote ("of the City of St. Elm": the place's dots)
    r"^"
    + CLERK_CERTIFIES
    + r"[^;]{0,160}?\b(?i:hereby\s+certify)\b|"
    # Virginia's "ADOPTED by the Council ... at a meeting held on March 24, 2009." / "Teste:"
    r"^(?i:adopted\s+by\s+the\s+[^.]{0,80}?\bat\s+(?:a|its)\s+(?:regular\s+|special\s+)?meeting\s+"
    r"held\s+on|teste\s*:)|"
    # the adoption line of a resolution: "Adopted by the City Council ... this 6th day of ...",
    # Texas's "PASSED BY THE CITY COUNCIL of the City of Beaumont this the 21st day of ...",
    # Seattle's "Passed by the City Council the 5th day of June, 2023, and signed by me ..."
    r"^(?i:(?:(?:passed\s+and\s+)?adopted|passed)\s+by\s+the\s+[^.]{0,80}?\b(?:this|the|on)\s+(?:the\s+)?\d+\w*\s*\.?\s*"
    r"day\s+of)\b|"
    # the vote with the date of passage: "PASSED December 2, 2002, by a vote of 10 to 2, with 2
    # absent:"
    # (a month's abbreviation keeps its dot: "PASSED Dec. 2, 2002, by a vote of ...")
    r"^(?i:(?:passed|adopted|approved)\b(?:[^.]|\.(?=\s*\d)){0,60}?\bby\s+a\s+vote\s+of\s+\d+\s*"
    r"(?:-|to)\s*\d+)"
)
_CLOSING = re.compile(
    ROLL_CALL
    # (a page's running header may stand before it: "1 RESOLUTION NO. 2022-45 PASSED, APPROVED,
    # AND ADOPTED on this 26th day of May, 2022")
    + r"|_{4,}|^(?:(?:\d{1,3}\s+)?(?:RESOLUTION|ORDINANCE)\s+(?:NO\.?|NUMBER|#)\s*[\w./-]+\s+"
    r"(?=PASSED))?"
    r"(?:AYES|NOES|NAYS|YEAS|ABSENT|ABSTAIN\w*|ATTEST|APPROVED AS TO FORM|"
    # ("PASSED, ADOPTED and APPROVED this 28th day of January, 2016")
    r"PASSED AND ADOPTED|PASSED,?\s+APPROVED,?\s+AND\s+ADOPTED|PASSED,\s+ADOPTED,?\s+(?i:and)\s+"
    r"APPROVED|INTRODUCED|ADOPTED)\b|"
    # a record's lines in title case, each a label and a colon: "Yeas: 7", "Attest: Town Clerk"
    r"^(?i:ayes|noes|nays|yeas|absent|abstain\w*|attest|introduced|adopted|passed|vote|signed)\s*:|"
    + SIGNER_LINE
)
_LABEL_STYLE = (
    (re.compile(r"^\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)"), "roman"),
    (re.compile(r"^\([a-z]{1,2}\)"), "(a)"),
    (re.compile(r"^\([A-Z]{1,2}\)"), "(A)"),
    (re.compile(r"^\([0-9]+\)"), "(1)"),
    (re.compile(r"^[a-z]\."), "a."),
    (re.compile(r"^[A-Z]\."), "A."),
    (re.compile(r"^[0-9]+\."), "1."),
    (re.compile(r"^[a-z]\)"), "a)"),
    (re.compile(r"^[0-9]+\)"), "1)"),
)


def _label_style(label: str) -> str:
    for pattern, style in _LABEL_STYLE:
        if pattern.match(label):
            return style
    return label


_OPENS_RESOLVED = re.compile(
    r"^" + THEREFORE + r"(?:be\s+it\s+)?(?:further\s+|duly\s+)?resolved\b", re.IGNORECASE
)


# Pleading paper numbers its lines, and a copied caption keeps them: "2 A RESOLUTION OF THE CITY
# COUNCIL ...".
_PLEADING_LINE_NUMBER = re.compile(r"^\d{1,2}\s+(?=[A-Z][A-Z ]{3})")


# A numbered heading that is an enacting clause opens with its words: "SECTION 1. BE IT ENACTED
# BY ..." (not "SECTION 5. CHAPTER 9 IS HEREBY ENACTED TO READ:").
_OPENS_ENACTED = re.compile(_BE_IT_ENACTED + r"\b", re.IGNORECASE)


_NUMBERED_ACT = re.compile(r"^\d{1,2}\s+An\s+act\s+(?:relating|concerning|to)\b")


def _part_of_text(text: str) -> Part:
    if _RECITAL.match(text):
        return Part.RECITAL
    caption = _PLEADING_LINE_NUMBER.sub("", text, count=1)
    if _TITLE.match(caption) or _RESOLUTION_TITLE.match(caption):
        return Part.TITLE
    # Florida's caption under its line number, run on into its enacting clause on the page
    # copied (not a meeting notice's list of bills by the same words)
    if _NUMBERED_ACT.match(text) and ENACTING_FORMULA.search(text):
        return Part.TITLE
    if ENACTING_FORMULA.search(text) and len(text) < 400:
        return Part.ENACTING
    # a resolving clause with a blank in it ("agreement No. ________") is no signature line
    if _CLOSING.search(text) and not _OPENS_RESOLVED.match(text):
        return Part.CLOSING
    return Part.BODY


# A policy's own section titles often stand as plain lines ("Definitions", "II. DEFINITIONS",
# "- Definitions" ... "Policy", "III. SIGNAGE"): the terms under a "Definitions" line stand in a
# definitions section until the next such title.
_DEFINITIONS_LINE = re.compile(
    # ("#### DEFINITIONS", "3.0 Definitions/Terms", "(B) Policy definitions", "Definition of Terms
    # in Statement:")
    # (".010 Definitions" in a policy numbered by its parts, "II. Definition(s)")
    r"^(?:#{1,6}\s*)?(?:[IVX]{1,4}\.|\.?\d{1,3}(?:\.\d{1,2})?\.?|\([A-Za-z0-9]{1,3}\)|[-•])?\s*"
    # ("Glossary of Terms", "Key Terms", "Defined Terms", "Terminology", "Definitions Applicable
    # to this Policy", "Related Definitions")
    r"(?:policy\s+|key\s+|related\s+)?(?:definitions?(?:\(s\))?"
    r"(?:\s*/\s*terms|\s+(?:of|and)\s+terms(?:\s+[\w ]{0,30})?|\s+(?:applicable\s+to|used\s+in)\s+"
    r"this\s+(?:policy|procedure|regulation|rule))?|"
    r"terms\s+and\s+definitions|glossary(?:\s+of\s+terms)?|terminology|(?:key|defined)\s+terms)\s*[.:]?$",
    re.IGNORECASE,
)
# ... and a policy's statement of its purpose stands under a plain "Purpose", "Reason for Policy"
# or "(B) Purpose of policy" line: its findings.
_PURPOSE_LINE = re.compile(
    r"^(?:[IVX]{1,4}\.|\d{1,2}\.|\(?[A-Z]\)|[A-Z]\.)?\s*(?:purposes?(?:\s+of\s+(?:the\s+|this\s+)?policy)?|"
    r"statement\s+of\s+purpose|policy\s+statement\s+and\s+purpose|purpose\s+and\s+(?:scope|intent)|"
    + PURPOSE_SECTIONS
    + r")\s*[.:]?$",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(r"^(?:[IVX]{1,4}\.|\d{1,2}\.|[-•])?\s*[A-Z][A-Za-z/&,'’ -]{0,50}:?$")
# A policy's first paragraphs, before its second heading, say what it is for, whether or not a
# "Purpose" line stands over them ("The Governing Board is committed to providing ...", "Security
# cameras have come into increasing use on college campuses ..."): the text reader marks the
# first two of some length "(opening)" for the findings rule, which reads only their statements
# (no rule, scope or definition). A page's fields ("Policy Owner: ...") are no opening.
_OPENING_PARAGRAPHS = 2
_OPENING_LENGTH = 60
_FIELD_LINE = re.compile(r"^[A-Z][\w/&'’ -]{1,30}:")
# A "Policy Statement" or "Policy" section may open with the reasons too, or with the rules
# themselves ("Recordings shall be kept ..."): its paragraphs are marked the same way.
_STATEMENT_LINE = re.compile(
    r"^(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d)?\.?|\(?[A-Z]\)|[A-Z]\.)?\s*(?:policy\s+statement|"
    r"statement\s+of\s+policy|policy)\s*[.:]?$",
    re.IGNORECASE,
)


class _Opening:
    """Which paragraphs of a text are its opening: the first two of some length before its
    second heading (a plain title line closes them once they have begun), and those under a
    "Policy Statement" title."""

    def __init__(self) -> None:
        self.left = _OPENING_PARAGRAPHS
        self.headings = 0
        self.in_statement = False

    def heading(self, title: str) -> None:
        self.headings += 1
        self.in_statement = bool(_STATEMENT_LINE.match(title))

    def plain_title(self, text: str) -> None:
        # (the plain lines above the opening are the page's title and fields: "Contact:",
        # "Kevin Butler")
        if self.left < _OPENING_PARAGRAPHS:
            self.left = 0
        self.in_statement = bool(_STATEMENT_LINE.match(text))

    def holds(self, text: str, level: int) -> bool:
        """Whether a body paragraph (at list `level`, -1 for none) is part of the opening."""
        if not (self.in_statement or (self.left and self.headings <= 1)):
            return False
        # (a list's items are rules or duties: "(a) Provide advice to ...")
        if level >= 0 or len(text) < _OPENING_LENGTH or _FIELD_LINE.match(text):
            return False
        if not self.in_statement:
            self.left -= 1
        return True


# A glossary printed as a table has a header row of its own: "Term Definition".
_TABLE_HEADER = re.compile(r"^terms?\s+(?:definitions?|meanings?)$", re.IGNORECASE)


def _ends_definitions(text: str) -> bool:
    """Whether a plain line is the next section's title, closing a definitions or purpose
    section."""
    return (
        bool(_TITLE_LINE.match(text))
        and len(text.split()) <= 5
        and not _TABLE_HEADER.match(text)
    )


# A policy's glossary often stands with no "Definitions" line over it: three or more paragraphs in
# a row, each a term in sentence case, a colon, period or dash, and its meaning ("CCTV System
# Manager: The person(s) designated by ...", "Biometric Identifier. A retina or iris scan ...").
# A meaning is a phrase, not a rule: run-in headings over rules ("Retention. Recordings shall be
# kept ...") and a page's fields ("Policy Type: Administrative") are no glossary.
_GLOSSARY_ENTRY = re.compile(
    r"^[\"“]?(?P<term>[A-Z][\w'’/-]*(?:\s+[\w'’/&-]+){0,5}?)[\"”]?(?:\s*\([^()]{1,20}\))?"
    r"\s*(?::|\.|—|–|\s-)\s+(?P<meaning>[A-Z][^.]*)"
)
_NOT_A_TERM = re.compile(
    r"^(?:subject|purpose|purposes|note|re|to|from|date|title|summary|background|scope|policy|"
    r"procedures?|responsibilit(?:y|ies)|authority|applicability|references?|exceptions?|"
    r"recommendation|action|item|statement|contact|approved|adopted|revised|effective)\b|"
    # a roman numeral or a letter labels a paragraph: "II. The Department is charged with"
    r"^(?-i:[IVXLC]+|[A-Z])$",
    re.IGNORECASE,
)
# a committee's vote under its name: "LAW ENFORCEMENT: Yeas: Schor, Grebner, Stid"
_VOTE_RECORD = re.compile(r"^(?:yeas|nays|ayes|noes|absent|moved|seconded)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:shall|must|will|may|should|cannot|can)\b", re.IGNORECASE)
_GLOSSARY_RUN = 3


def _is_glossary_entry(text: str) -> bool:
    entry = _GLOSSARY_ENTRY.match(text)
    return bool(
        entry
        and not _NOT_A_TERM.match(entry["term"])
        and len(entry["meaning"].split()) >= 6
        and not _MODAL.search(entry["meaning"])
        and not _VOTE_RECORD.match(entry["meaning"])
    )


def _glossary_runs(blocks: list[TextBlock]) -> set[int]:
    """The indexes of paragraphs that stand in a run of glossary entries with no title over it."""
    found: set[int] = set()
    run: list[int] = []
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.PARAGRAPH and _is_glossary_entry(block.text):
            run.append(index)
            continue
        if len(run) >= _GLOSSARY_RUN:
            found.update(run)
        run = []
    if len(run) >= _GLOSSARY_RUN:
        found.update(run)
    return found


def _is_subsection(number: str, section: str) -> bool:
    """Whether a decimal number ("5.1") falls under the section before it ("5.0", "5")."""
    parent = section.split(".")[0]
    return bool(parent) and number.split(".")[0] == parent and number != section and "." in number


def passages_from_text(text: str) -> list[Passage]:
    """Plain text's passages, as the text rules and the learned models read it."""
    return passages_from_blocks(segment(text))


def passages_from_blocks(blocks: Iterable[TextBlock]) -> list[Passage]:
    """Passages of a plain-text ordinance (see `ordinance.readers.text.segment`)."""
    passages: list[Passage] = []
    section = heading = ""
    in_definitions = False  # under a plain "Definitions" line, until the next title line
    in_purpose = False  # under a plain "Purpose" line, the same way
    # under a bill's "Bill Summary" (Colorado's staff summary over the bill), until its enacting
    # clause: what the summary says the bill does is a note on the bill, not its text
    in_summary = False
    summary_left = 0
    styles: list[str] = []
    record_type = False  # a legislative record's "Type: Resolution" line, its Title: to come
    title_field = False  # a record's "Title" field name on its own line, its caption to come
    blocks = list(blocks)
    untitled_glossary = _glossary_runs(blocks)
    opening = _Opening()
    listed = False  # a numbered paragraph or list item read: no opening caption below it
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            record_type = in_definitions = in_purpose = in_summary = False
            # Municode prints "Sec. 2-345. - Annual report.": the dash only separates.
            title = block.text.lstrip("-–— ")
            # A bill's "SECTION 1. BE IT ENACTED BY THE GENERAL ASSEMBLY OF MARYLAND," on a line
            # of its own reads as a numbered heading: its words are the enacting clause, not a
            # section's title.
            enacting = title if _OPENS_ENACTED.match(title) else ""
            if enacting:
                title = ""
            opening.heading(title)
            if block.depth == 1 or not section:
                # "5.0 Definitions" / "5.1" / "Surveillance System. A fixed ...": an untitled
                # subsection stays under its parent's title
                if not title and _is_subsection(block.number, section):
                    title = heading
                section, heading = block.number, title
            styles = []
            passages.append(Passage(title, Part.HEADING, block.number, block.line))
            if enacting:
                passages.append(Passage(enacting, Part.ENACTING, section, block.line))
            continue
        if block.kind is BlockKind.NOTE:
            passages.append(Passage(block.text, Part.NOTE, section, block.line, heading=heading))
            continue
        if _BILL_SUMMARY.match(block.text):
            in_summary = True
            summary_left = _SUMMARY_BLOCKS
        elif in_summary and (
            ENACTING_FORMULA.search(block.text)
            or _SUMMARY_ENDS.search(block.text)
            or summary_left <= 0
        ):
            in_summary = False
        if in_summary:
            summary_left -= 1
            passages.append(Passage(block.text, Part.NOTE, section, block.line, heading=heading))
            continue
        level = -1
        if block.label:
            style = _label_style(block.label)
            if style not in styles:
                styles.append(style)
            level = styles.index(style)
        part = _part_of_text(block.text) if level < 0 else Part.BODY
        if (
            part is Part.BODY
            and level < 0
            and not section
            and not listed
            and index < _OPENING_BLOCKS
            and _OPENING_CAPTION.match(_PLEADING_LINE_NUMBER.sub("", block.text, count=1))
            # (an order cited under "Authority" or "References" is no caption)
            and not (index and _CITED_UNDER.match(blocks[index - 1].text))
        ):
            part = Part.TITLE
        if (
            part is Part.BODY
            and level < 0
            and _CONCERNING_CAPTION.match(block.text)
            and any(
                ENACTING_FORMULA.search(b.text) for b in blocks[index + 1 :][:_CAPTION_TO_CLAUSE]
            )
        ) or (
            part is Part.BODY
            and level < 0
            and index + 1 < len(blocks)
            and _SHORT_TITLE_IN_CAPITALS.match(block.text)
            and _SESSION_LINE.match(blocks[index + 1].text)
        ):
            part = Part.TITLE
        listed = listed or level >= 0
        if part is Part.BODY and level < 0 and _captioned(block.text, record_type, passages):
            part = Part.TITLE
        # (a form's short field may stand between the field's name and the caption: "Title" /
        # "Commission District(s): District 3" / "To Allocate ...")
        if (
            title_field
            and not _RECORD_LABEL.match(block.text)
            and not _FORM_FIELD.match(block.text)
        ):
            title_field = False
            if part is Part.BODY and level < 0 and _field_caption(block.text):
                part = Part.TITLE
        if level < 0 and _TITLE_FIELD.match(block.text):
            title_field = True
        # (a file header with no type field, or any record's type field, the header's own
        # however long it runs)
        header = level < 0 and bool(_FILE_HEADER.match(block.text))
        if (header and "type:" not in block.text.lower()) or (
            level < 0
            and (len(block.text) < 300 or header)
            and (RECORD_TYPE.search(block.text) or RECORD_FIELDS.search(block.text))
        ):
            record_type = True
        elif level < 0 and _TYPE_FIELD.match(block.text):
            # a type that names no item of the body's ("Type: Mayor's Request")
            record_type = False
        elif _RECORD_TITLE.match(block.text):
            record_type = False
        if in_definitions and _ends_definitions(block.text):
            in_definitions = False
        # a glossary's terms stand in a definitions section, whatever its title says
        glossary = block.glossary or in_definitions or index in untitled_glossary
        title = heading if not glossary or "definition" in heading.lower() else (
            f"{heading} (definitions)".lstrip()
        )
        if in_purpose and _ends_definitions(block.text):
            in_purpose = False
        if in_purpose and not glossary:
            title = f"{heading} (purpose)".lstrip()
        elif not glossary and part is Part.BODY and opening.holds(block.text, level):
            title = f"{heading} (opening)".lstrip()
        if _DEFINITIONS_LINE.match(block.text):
            in_definitions = True
        if _PURPOSE_LINE.match(block.text):
            in_purpose = True
        if level < 0 and _ends_definitions(block.text):
            opening.plain_title(block.text)  # a plain line titles the next section
        passages.append(Passage(block.text, part, section, block.line, level, title))
    passages = _caption_before_recitals(_caption_before_enacting(passages))
    return _caption_clauses_run_on(_caption_runs_on(_read_meeting_record(passages)))


def _field_caption(text: str) -> bool:
    """Whether a paragraph under a title field opens as a caption: "Authorizing the ...", "An
    Ordinance ...", or a caption in capitals ("BYLAW AMENDMENT/PROHIBIT THE USE OF ...") that
    is not an agenda's item ("DISCUSSION OF ...")."""
    return bool(
        _FIELD_CAPTION.match(text)
        or (_CAPITALS.match(text) and not _AGENDA_ITEM.match(text) and len(text) < 300)
    )


_AGENDA_ITEM = re.compile(
    r"^(?:DISCUSSION|HEARING|PUBLIC\s+HEARING|PRESENTATION|UPDATE|REPORT|BRIEFING|REVIEW|"
    r"CONSIDERATION|MINUTES|AGENDA)\b"
)
# A caption with no kind word, as a council's legislative record prints it above the enacting
# clause: "Authorizing the expenditure ... ; and declaring an emergency." / "Be it ordained ...".
_CAPTION_VERB = re.compile(
    # a bill's caption under its line number, as Florida prints it: "1 An act relating to law
    # enforcement and correctional 2 officers; creating s. 30.61, F.S.; ..." (over the enacting
    # clause only: a meeting notice lists bills by the same words)
    _NUMBERED_ACT.pattern
    # a county's caption may open "In the Matter of Amending ..." (Washington's county boards),
    # a city's may name the instrument first ("Resolution Approving an Agreement ...")
    + r"|^(?:In\s+the\s+Matter\s+of\s+|(?:An?\s+)?(?:Resolution|Ordinance)\s+)?"
    r"(?-i:(?:Authorizing|Amending|Adding|Approving|Establishing|Enacting|Repealing|Adopting|"
    r"Accepting|Appropriating|Creating|Prohibiting|Regulating|Declaring|Directing|Enacting|"
    r"Providing|Relating|Requiring|Granting|Awarding)\s|"
    # or in capitals: "AUTHORIZING THE MAYOR TO EXECUTE AGREEMENT ..."
    r"(?:AUTHORIZING|AMENDING|ADDING|APPROVING|ESTABLISHING|ENACTING|REPEALING|ADOPTING|ACCEPTING|"
    r"APPROPRIATING|CREATING|PROHIBITING|REGULATING|DECLARING|DIRECTING|PROVIDING|RELATING|"
    r"REQUIRING|GRANTING|AWARDING)\s[A-Z])"
    # or in the imperative, as Portland's council prints it, an emergency's asterisk before it:
    # "*Authorize competitive solicitation not to exceed $2,600,000 for ...", "Establish a
    # Citywide Surveillance Technology inventory ..."
    # (not a bill's amendment's "Amend Title To Conform", a form's "Approve as to form", nor
    # nouns and staff directions: "Grant Award Notification", "Direct the City Manager to ...")
    r"|^(?!(?i:amend\s+(?:the\s+)?title\s+to\s+conform|approve\s+as\s+to\s+form)\b)"
    r"(?-i:(?:Authorize|Amend|Approve|Establish|Enact|Repeal|Adopt|Appropriate|Create|Prohibit|"
    r"Regulate|Declare|Require)\s+[a-z]+\b)"
    # ... and after the emergency's asterisk or over the instrument's kind, Portland's marks,
    # any verb and word: "*Accept grant from the U.S. Department of Justice ...", "Amend
    # Surveillance Technology Policy to add drones (Resolution)"
    r"|^\*(?-i:[A-Z][a-z]+\s+\S)|^(?-i:[A-Z][a-z]+\s+\S)[^.]{0,300}\((?:Ordinance|Resolution)\)\s*$"
)
_COMMANDS = re.compile(r"\b(?:shall|must|will|should|would)\b", re.IGNORECASE)


def _caption_before_enacting(passages: list[Passage]) -> list[Passage]:
    """A text with an enacting clause and no title: the first paragraph before the clause that
    opens as a caption does, and commands nothing, is the title."""
    enacting = next(
        (
            i
            for i, p in enumerate(passages)
            if p.part is Part.ENACTING
            or (p.part in (Part.BODY, Part.RECITAL) and _CLAUSE_AFTER_CAPTION.search(p.text))
        ),
        None,
    )
    if enacting is None or any(p.part is Part.TITLE for p in passages):
        return passages
    for index, passage in enumerate(passages[:enacting]):
        if (
            passage.part is Part.BODY
            and passage.level < 0
            and _CAPTION_VERB.match(passage.text)
            and not _COMMANDS.search(passage.text)
        ):
            passages[index] = replace(passage, part=Part.TITLE)
            break
    return passages


# A caption in title case right over the recitals, saying what the resolution is about rather
# than what it does ("A Resolution on Advancing Next Steps in ...", "A resolution of the Haines
# Borough Assembly reaffirming ..."), perhaps after an archive's place and date of passage.
_CAPTION_OVER_RECITALS = re.compile(
    r"^(?:[^.]{0,60}?\b(?:passed|adopted)\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s+)?"
    # (with or without its article: "Resolution Affirming the Commitment of the Township ...")
    r"(?:An?\s+)?(?:resolution|ordinance)\s+(?:on|regarding|concerning|in\s+support\s+of|supporting|"
    r"opposing|calling|urging|affirming|reaffirming|recognizing|to|for|of)\b",
    re.IGNORECASE,
)


# A short line over the recitals that names the instrument, with its subject or number: "The
# Safe School Resolution", "Governing Board Resolution - Safe and Stable Schools", "ORDER NO.
# 03-7-2-1 ) DEFENDING THE BILL OF RIGHTS" (a county's caption in columns), and the columns'
# "IN THE MATTER OF ...".
_INSTRUMENT_LINE = re.compile(
    r"^(?:the\s+)?[^.;:]{0,80}?\b(?:resolution|ordinance|order|proclamation)"
    r"(?:\s+no\.?\s*[\w/-]+)?(?:\s*[-–—:)]\s*[^.;]{3,100})?$|"
    r"^\)?\s*in\s+the\s+matter\s+of\b",
    re.IGNORECASE,
)
_CAPTION_LINE_WORDS = 20
# How far above the first recital a caption may stand (a county's caption runs to four lines).
_CAPTION_REACH = 4


# What may stand before a caption's verb on its line: its stage ("AMENDED SUBSTITUTE Declaring
# ..."), or the instrument's kind and number ("Ordinance No. 2024-15 Creating Code Section ...").
_CAPTION_PREFIX = re.compile(
    # (the stage in capitals, as a record prints it)
    r"^(?-i:(?:(?:AMENDED|SUBSTITUTE|REVISED|ALTERNATE)\s+)+)|"
    r"^(?:an?\s+)?(?:resolution|ordinance)\s+(?:no\.?|number|#)\s*[\w/-]+\s*[-–—:]?\s*",
    re.IGNORECASE,
)


_RUN_IN_CAPTION = re.compile(
    r"\b(?:AN\s+ORDINANCE|A\s+RESOLUTION)\s+(?:OF|TO|AMENDING|CREATING|AUTHORIZING|"
    r"ESTABLISHING|APPROVING|PROVIDING|RELATING|REGARDING)\b"
)
_RUN_IN_CAPTION_WORDS = 200


def _is_caption_over_recitals(passage: Passage, nearest: bool) -> bool:
    text = passage.text
    if passage.part is not Part.BODY or passage.level >= 0 or _COMMANDS.search(text):
        return False
    if nearest and len(text.split()) <= 80 and _CAPTION_OVER_RECITALS.match(text):
        return True
    # a caption that opens with what the instrument does: "Authorizing the Police Department to
    # accept the third amendment to the Auto Theft Prevention grant ..."
    if nearest and len(text.split()) <= 80 and _CAPTION_VERB.match(_CAPTION_PREFIX.sub("", text)):
        return True
    # an archive's line run into the caption in capitals: "Ordinance No. 2024-15 Creating Code
    # Section 48-46 ... - September 3, 2024 CITY OF AVENTURA ORDINANCE NO. 2024-15 AN ORDINANCE OF
    # THE CITY COMMISSION ... PROVIDING FOR ... AN EFFECTIVE DATE."
    if nearest and len(text.split()) <= _RUN_IN_CAPTION_WORDS and _RUN_IN_CAPTION.search(text):
        return True
    return (
        len(text.split()) <= _CAPTION_LINE_WORDS
        and not text.rstrip().endswith(".")
        and bool(_INSTRUMENT_LINE.match(text.strip()))
    )


# A caption in capitals with no kind word, perhaps wrapped over lines, right over the recitals,
# opening with what the resolution does: "EXPRESSING MAPLEWOOD'S COMMITMENT TO EQUAL," /
# "RESPECTFUL AND DIGNIFIED TREATMENT OF ALL PEOPLE, ...".
_CAPITALS_CAPTION = re.compile(
    # the verbs a caption opens with, not any word in -ING ("MEETING", "LANSING", "WYOMING")
    r"^(?:EXPRESSING|SUPPORTING|OPPOSING|AFFIRMING|REAFFIRMING|URGING|CALLING|RECOGNIZING|"
    r"DECLARING|AUTHORIZING|ESTABLISHING|ADOPTING|APPROVING|REQUESTING|DIRECTING|PROTECTING|"
    r"DEFENDING|CONDEMNING|ENDORSING|ACKNOWLEDGING|AMENDING|CREATING|PROHIBITING|REGULATING|"
    r"IN\s+SUPPORT\s+OF|CONCERNING|REGARDING)\s+[A-Z]"
)


def _lines_over(first_recital: int) -> range:
    """The indices a caption may stand at over the first recital, nearest first."""
    return range(first_recital - 1, max(-1, first_recital - 1 - _CAPTION_REACH), -1)


def _capitals_caption_over(passages: list[Passage], first_recital: int) -> int | None:
    """The first line of a caption in capitals right over the first recital, if there is one:
    the highest line of the run of capitals above it that opens as a caption does."""
    first = None
    for index in _lines_over(first_recital):
        passage = passages[index]
        if (
            passage.part is not Part.BODY
            or passage.level >= 0
            or not _CAPITALS.match(passage.text)
            or passage.text.rstrip().endswith(".")
        ):
            break
        if _CAPITALS_CAPTION.match(passage.text):
            first = index
    return first


def _caption_before_recitals(passages: list[Passage]) -> list[Passage]:
    """A text with recitals and no title: the paragraph right over the first recital that opens
    as a caption, a caption in capitals over it, or a short line a little above it that names
    the instrument, and commands nothing, is the title."""
    first_recital = next((i for i, p in enumerate(passages) if p.part is Part.RECITAL), None)
    if not first_recital or any(p.part is Part.TITLE for p in passages):
        return passages
    capitals = _capitals_caption_over(passages, first_recital)
    if capitals is not None:
        for index in range(capitals, first_recital):
            passages[index] = replace(passages[index], part=Part.TITLE)
        return passages
    for index in _lines_over(first_recital):
        if _is_caption_over_recitals(passages[index], index == first_recital - 1):
            passages[index] = replace(passages[index], part=Part.TITLE)
            break
    return passages


# A meeting system's page for an instrument (Granicus and iQM2 print it so): the place, the kind of
# instrument alone on a line, its number, status and date, then the caption, then the record's
# fields ("Information", "Department: ... Sponsors: ...", "Category: Ordinance").
_MEETING_RECORD_FIELDS = re.compile(r"^(?:information$|department\s*:)", re.IGNORECASE)
_RECORD_KIND = re.compile(
    r"^(?:resolution|ordinance|policy\s+order|order|local\s+law|act)$", re.IGNORECASE
)
_RECORD_CATEGORY = re.compile(
    r"^category\s*:\s*(?:ordinance|resolution|policy\s+order|local\s+law)", re.IGNORECASE
)
# (the record of an agenda's item is not the instrument's: "Discuss and Consider Possible Action
# on an Ordinance ...", "Held from January 10 (Item No. 22): Consider recommendations ...")
_RECORD_ACTION = re.compile(
    r"^(?:discuss|consider|held\s+from|receive|presentation|update|report|review)\b", re.IGNORECASE
)
_LOWER_CASE = re.compile("[a-z]")
_RECORD_DATE = re.compile(r"^[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\b")
_RECORD_HEAD = 14
_RECITAL_WORDS = 12
_ENDS_WITH_AND = re.compile(r"[;,]\s+and\s*$")


def _meeting_record_fields(passages: list[Passage]) -> int | None:
    """Where a meeting system's page for an ordinance, resolution or policy order has its
    record's fields, if the text is such a page."""
    head = passages[:_RECORD_HEAD]
    fields = next((i for i, p in enumerate(head) if _MEETING_RECORD_FIELDS.match(p.text)), None)
    if fields is None:
        return None
    names_an_instrument = any(_RECORD_KIND.match(p.text.strip()) for p in head[:fields]) or any(
        _RECORD_CATEGORY.match(p.text) for p in passages[fields : fields + 4]
    )
    return fields if names_an_instrument else None


def _read_meeting_record(passages: list[Passage]) -> list[Passage]:
    """A meeting system's page for an ordinance, resolution or policy order: with no title
    found, the caption it prints over the record's fields is the title; with no recital found,
    a run of paragraphs under them each ending "; and" are the recitals (such a page may drop
    their "WHEREAS")."""
    fields = _meeting_record_fields(passages)
    if fields is None:
        return passages
    if not any(p.part is Part.RECITAL for p in passages):
        run = [
            i
            for i in range(fields + 1, len(passages))
            if passages[i].part is Part.BODY
            and passages[i].level < 0
            and len(passages[i].text.split()) >= _RECITAL_WORDS
            and _ENDS_WITH_AND.search(passages[i].text)
        ]
        # (two in a row at least: one list item may end so)
        if any(b == a + 1 for a, b in pairwise(run)):
            for index in run:
                passages[index] = replace(passages[index], part=Part.RECITAL)
    if any(p.part is Part.TITLE for p in passages):
        return passages
    for index in range(fields - 1, -1, -1):
        passage = passages[index]
        if passage.part is not Part.BODY or passage.level >= 0:
            continue
        text = passage.text.strip()
        if len(text.split()) < 4 or _RECORD_DATE.match(text) or not _LOWER_CASE.search(text):
            continue
        if not _RECORD_ACTION.match(text):
            passages[index] = replace(passage, part=Part.TITLE)
        break
    return passages


# How many lines a caption in capitals may run on under its first (a county's runs to six).
_CAPTION_RUN = 8
# (what opens the instrument's own text ends a caption: "NOW, THEREFORE, BE IT RESOLVED",
# "SECTION 1. PURPOSE", a label and its colon ("SEVERABILITY: IF ANY PART ..."), a defined term
# ('"CAMERA" MEANS ...'))
_ENDS_A_CAPTION = re.compile(
    r"^(?:now,?\s+therefore|be\s+it|resolved|whereas|sec(?:tion)?\.?\s*\d|article\s+[\dIVX])\b|"
    r"^[A-Z][A-Z ]{1,40}:|^[\"“][^\"“”]{1,60}[\"”]\s+(?:MEANS|SHALL\s+MEAN|INCLUDES)\b",
    re.IGNORECASE,
)


def _caption_runs_on(passages: list[Passage]) -> list[Passage]:
    """A caption in capitals wrapped over lines, which the reader took apart where a line ends
    in a semicolon ("... NOMINATION OF MEMBERS;" / "TERMS OF OFFICE; CONTAINING A SEVERABILITY
    CLAUSE, AND PROVIDING" / "FOR AN EFFECTIVE DATE."): the lines in capitals right under it,
    up to the one that ends with a full stop, are the title's too."""
    first = next((i for i, p in enumerate(passages) if p.part is Part.TITLE), None)
    if first is None:
        return passages
    # (from the caption's last line: "ORDINANCE NO. 12" / "AN ORDINANCE ... ENTITLED "PANEL;")
    while first + 1 < len(passages) and passages[first + 1].part is Part.TITLE:
        first += 1
    if not _CAPITALS.match(passages[first].text):
        return passages
    index = first
    while index - first < _CAPTION_RUN and not passages[index].text.rstrip().endswith((".", ":")):
        index += 1
        if index >= len(passages):
            break
        following = passages[index]
        if (
            following.part is not Part.BODY
            or following.level >= 0
            or not _CAPITALS.match(following.text)
            or _COMMANDS.search(following.text)
            or _ENDS_A_CAPTION.match(following.text)
        ):
            break
        passages[index] = replace(following, part=Part.TITLE)
    return passages


# A bill's caption in lower case, its clauses on lines of their own ("An act relating to personal
# privacy; providing a short title; ..." / "requiring a warrant for all searches of such
# devices;" / "providing an effective date."): each clause opens with what the bill does.
_CAPTION_CLAUSE = re.compile(r"^(?:and\s+)?[a-z]+ing\b")


def _caption_clauses_run_on(passages: list[Passage]) -> list[Passage]:
    """A caption whose clauses the reader took apart, right under its first line and over the
    enacting clause: the lines that open with a clause's participle, up to the one that ends with
    a full stop, are the title's too (the enacting clause right under them shows they are the
    caption's, whatever duty a clause describes)."""
    first = next((i for i, p in enumerate(passages) if p.part is Part.TITLE), None)
    if first is None:
        return passages
    while first + 1 < len(passages) and passages[first + 1].part is Part.TITLE:
        first += 1
    if passages[first].text.rstrip().endswith("."):
        return passages
    index = first + 1
    while index < len(passages):
        following = passages[index]
        # (a clause may say what the bill makes a duty: "providing that an agency shall delete
        # drone images within 30 days;" — the enacting clause below it shows it is the caption's)
        if (
            following.part is not Part.BODY
            or following.level >= 0
            or not _CAPTION_CLAUSE.match(following.text)
        ):
            return passages
        if following.text.rstrip().endswith("."):
            break
        index += 1
    else:
        return passages
    # (the caption ends where the enacting clause begins)
    if index + 1 >= len(passages) or passages[index + 1].part is not Part.ENACTING:
        return passages
    for at in range(first + 1, index + 1):
        passages[at] = replace(passages[at], part=Part.TITLE)
    return passages


def _captioned(text: str, record_type: bool, before: list[Passage]) -> bool:
    """Whether a paragraph is a title by where it stands: a record's "Title:" under its "Type:
    Resolution" line, or a caption in capitals under a line that names the instrument alone."""
    if record_type and _RECORD_TITLE.match(text):
        return True
    return bool(before and _KIND_LINE.match(before[-1].text) and _CAPITALS.match(text))


_ROLE_PART = {
    Role.CAPTION: Part.TITLE,
    Role.TITLE: Part.TITLE,
    Role.PREAMBLE: Part.TITLE,
    Role.RECITAL: Part.RECITAL,
    Role.ENACTING: Part.ENACTING,
    Role.TEXT: Part.BODY,
    Role.NOTE: Part.NOTE,
    Role.CLOSING: Part.CLOSING,
    Role.SIGNATURE: Part.CLOSING,
}


def passages_from_document(document: Document) -> list[Passage]:
    """Passages of a document tree (a Markdown or Word draft), sections cited as it numbers them."""
    passages = [
        Passage(plain_text(p.inlines), _ROLE_PART[p.role], "", p.line) for p in document.preamble
    ]

    def add_section(section: Section) -> None:
        where = document.citation(section.id)
        passages.append(Passage(section.heading, Part.HEADING, where, section.line))
        for block in section.content:
            if isinstance(block, Section):
                add_section(block)
            else:
                add_block(block, where, section.heading)

    def add_block(block: Paragraph | Subdivision, where: str, heading: str) -> None:
        if isinstance(block, Paragraph):
            part = _ROLE_PART[block.role]
            passages.append(
                Passage(plain_text(block.inlines), part, where, block.line, heading=heading)
            )
            return
        text = plain_text(block.inlines)
        passages.append(Passage(text, Part.BODY, where, block.line, block.level, heading))
        for child in block.children:
            add_block(child, where, heading)

    for section in document.sections:
        add_section(section)
    passages.extend(
        Passage(plain_text(p.inlines), _ROLE_PART[p.role], "", p.line) for p in document.closing
    )
    return passages


def _defines(passage: Passage) -> bool:
    """Whether the paragraph defines a term: its sentences state what a word means, no duty."""
    from .patterns import CAPITAL_TERM, DEFINITIONS_HEADING, QUOTED_TERM

    return bool(
        QUOTED_TERM.match(passage.text)
        or (CAPITAL_TERM.match(passage.text) and DEFINITIONS_HEADING.search(passage.heading))
    )


# A lead-in ends with a colon, or runs on into its items with no stop at all: "The procedures
# must require that the agency" / "(1) obtain ...". (A paragraph that ends without a stop and
# has no deeper items under it closes at once: the next passage is no deeper. A title line,
# "Video Surveillance Policy", ends on a capital: no lead-in, whatever list follows it.)
_LEADS_IN = re.compile(r"(?::|,|[—–-]|\b[a-z][\w'’]*)\s*$")


# A list item that opens with its verb, its subject left to the lead-in: "(2) shall not be
# shared with any agency" under "Plate reader data:".
_OPENS_WITH_ITS_VERB = re.compile(
    r"(?:shall|must|may|will)(?:\s+not)?\s+(?:be\s+|have\s+|only\s+)?[a-z]+\b|"
    r"(?:is|are)\s+(?:not\s+)?(?:to\s+be|prohibited|required|exempt)\b",
    re.IGNORECASE,
)
# ... where the lead-in is that subject alone, with no verb of its own: "ALPR data:", not "The
# annual report shall list each agency ..., and:"
_BARE_SUBJECT = re.compile(
    r"^(?![^:]*\b(?:shall|must|may|will|is|are|was|were|has|have|and|or)\b)[^.;:]{1,80}:$",
    re.IGNORECASE,
)


# A lead-in that bars a list of acts: "A law enforcement agency shall not do any of the
# following:", "An officer shall not knowingly do any of the following:", "No department shall
# do any of the following:", "No agency may:", "It shall be unlawful for the police department
# to:". Each item is one of the acts barred: "(a) Use FRT to identify any person solely on the
# basis that ..." reads as "A law enforcement agency shall not use FRT to identify ...". (Not
# "The report shall not include any of the following:", whose items are read under it as its
# scope already.)
_BAR_TAIL_PATTERN = (
    r"(?:\s+(?:do|engage\s+in))?(?:\s+(?:any|either|one|each)\s+of\s+the\s+following"
    r"(?:\s+[a-z]+)?)?\s*:$"
)
_BAR_TAIL = re.compile(_BAR_TAIL_PATTERN, re.IGNORECASE)
_BARS_THE_ACTS = re.compile(
    r"\b(?:shall|may|must)\s+not(?:\s+(?:knowingly|intentionally|willfully|wilfully|purposely|"
    r"recklessly|otherwise)|,[^,:]{1,120},)?" + _BAR_TAIL_PATTERN + r"|"
    r"^(?:\(?\w{1,3}[.)]\s*)?no\s+[^:]{1,120}?\b(?:shall|may)" + _BAR_TAIL_PATTERN + r"|"
    r"\bit\s+(?:shall\s+be|is)\s+unlawful\s+for\s+[^:]{1,120}?\s+to\s*:$",
    re.IGNORECASE,
)
# An item that is an act: it opens with a verb or a clause, not with its own subject and modal
# ("(1) The agency shall ...") nor a noun phrase of a report's contents.
_OPENS_AS_AN_ACT = re.compile(
    r"^(?:(?:notwithstanding|except|unless|without|other\s+than)\b[^,]{0,120},\s*)?"
    r"(?:use|using|utilize|utilizing|rely|relying|release|releasing|share|sharing|sell|selling|"
    r"disclose|disclosing|disseminate|disseminating|distribute|distributing|publish|publishing|"
    r"obtain|obtaining|acquire|acquiring|access|accessing|query|querying|search|searching|"
    r"retain|retaining|install|installing|operate|operating|deploy|deploying|collect|collecting|"
    r"capture|capturing|monitor|monitoring|record|recording|intercept|intercepting|track|"
    r"tracking|identify|identifying|analy[sz]e|analy[sz]ing|compare|comparing|conduct|"
    r"conducting|enter|entering|provide|providing|transfer|transferring|permit|allow|allowing|"
    r"request|requesting|receive|receiving|seek|seeking|employ|employing|engage|engaging|target|"
    r"targeting|fly|flying|equip|equipping|purchase|purchasing|maintain|maintaining|store|"
    r"storing|keep|keeping)\b",
    re.IGNORECASE,
)


def items_of(lead: Sentence, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The list items a lead-in ending in a colon carries, in order: the sentences after it
    whose texts its scope holds, one after another (`sentences_of` joins them to it so); none
    for any other sentence, or one that `sentences` does not hold where `sentences_of` put it."""
    if not lead.text.endswith(":") or lead.scope == lead.text:
        return []
    if lead.index >= len(sentences) or sentences[lead.index] is not lead:
        return []
    items: list[Sentence] = []
    at = len(lead.text)
    for sentence in sentences[lead.index + 1 :]:
        joined = f" {sentence.text}"
        if not lead.scope.startswith(joined, at):
            break
        items.append(sentence)
        at += len(joined)
    return items


def lead_in_with_item(lead: Sentence, item: Sentence, first: bool) -> str:
    """A lead-in quoted with one of its items, as every quote gives it: run on into its first
    item, " … " before a later one."""
    return f"{lead.text}{' ' if first else ' … '}{item.text}"


def sentences_of(passages: list[Passage]) -> list[Sentence]:
    """Every sentence of the operative text, with lead-in scopes and inherited duties."""
    result: list[Sentence] = []
    # Open lead-ins: (level of the lead-in passage, its sentence, whether it states a duty, and
    # when it bars a list of acts, its words before the list's tail: "The agency shall not").
    open_leads: list[tuple[int, Sentence, bool, str | None]] = []
    current_section: str | None = None
    for passage in passages:
        if passage.part is Part.HEADING or passage.section != current_section:
            open_leads = []
            current_section = passage.section
        if passage.part is Part.HEADING:
            # Headings are sentences of their own: only a rule that asks for them reads them.
            result.append(Sentence(passage.text, passage, passage.text, False, len(result)))
            continue
        while open_leads and passage.level <= open_leads[-1][0]:
            open_leads.pop()
        inherited = any(duty for _, _, duty, _ in open_leads)
        defines = _defines(passage)
        texts = split_sentences(passage.text)
        for position, text in enumerate(texts):
            # An item that opens with its verb ("(2) shall not be shared with any agency") has
            # its subject in the lead-in ("ALPR data:"): the rules read the two together.
            scope = text
            barred = False
            if open_leads and position == 0:
                _, lead, _, barring = open_leads[-1]
                if _OPENS_WITH_ITS_VERB.match(text) and _BARE_SUBJECT.match(lead.text):
                    scope = f"{lead.text} {text}"
                elif barring is not None and _OPENS_AS_AN_ACT.match(text):
                    scope = f"{barring} {text}"
                    barred = True
            sentence = Sentence(
                text, passage, scope, inherited and not defines, len(result), barred and not defines
            )
            if defines:
                sentence.duty = sentence.prohibition = False
            elif barred:
                sentence.duty = sentence.prohibition = True
            result.append(sentence)
            for _, lead, _, _ in open_leads:
                lead.dotted = lead.dotted or sentence.dotted or joins_a_clause_dot(lead.scope)
                lead.scope = f"{lead.scope} {text}"
            # (the tail alone: the pattern would try every word of a long sentence)
            if position == len(texts) - 1 and _LEADS_IN.search(text[-40:]):
                duty = inherited or sentence.duty
                # (read once for the lead-in, not for each of its items)
                barring = (
                    _BAR_TAIL.sub("", text)
                    if sentence.prohibition and _BARS_THE_ACTS.search(text)
                    else None
                )
                open_leads.append((passage.level, sentence, duty, barring))
    return result
