"""Plain text -> headings and paragraphs, for an ordinance copied from a municipal code website.

Code websites and PDFs give text in many shapes: one paragraph a line, paragraphs between blank
lines, or lines wrapped at a fixed width. `segment` undoes the wrapping and recognises

- section headings: "Sec. 2-99. Title", "SEC. 19B.5. TITLE", "Section 3. Title", "§ 9.64.030.
  Title", a bare code number "9.64.030 Title", and "Chapter 2.99" / "Article 26.07" lines above
  them;
- subdivision labels at the start of a paragraph: "(a)", "(1)", "(A)", "(i)", "A.", "1.", "a.",
  several at once ("(A) (1) This Section ...");
- drafter's notes ("Drafter's note: ..."), which are not part of the law.

`segment` only segments and never fails: `ordinance.scorecard` reads any text through it.
`read_plain_text` feeds the segments to the readers' shared builder (readers/builder.py) for a
document tree, and so needs the shape of an ordinance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from pathlib import Path

from ..document import Document, Inline, LineBreak, Numbering, Role, Text
from ..errors import DocumentError, InputError
from .builder import ClosingEvent, Event, HeadingEvent, ParagraphEvent, build


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class TextBlock:
    kind: BlockKind
    text: str  # without the number (headings) or the label (paragraphs)
    line: int  # 1-based line where the block starts
    number: str = ""  # headings: "9.64.030", "Section 2", "Chapter 2.99"
    label: str = ""  # paragraphs: "(a)", "(A)(1)", "1."
    depth: int = 1  # headings: 0 for a chapter or article, 1 for a section
    glossary: bool = False  # paragraphs: a term in capitals over its meaning, joined (see below)


# "Section 3.", "Sec. 2-99.", "SEC. 19B.5.", "§ 9.64.030.", "§§ 1-2" ...
_WORD_HEADING = re.compile(
    r"^(?P<word>§§?|sec(?:tion)?\.?|SEC(?:TION)?\.?)\s*(?P<number>[0-9][0-9A-Za-z]*(?:[.\-][0-9A-Za-z]+)*)"
    r"(?P<dot>\.?)(?:\s+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# A state agency's rule: "Rule R651-601", "Rule 1501:3-2-16 | Aviation."
_RULE_HEADING = re.compile(
    r"^rule\s+(?P<number>[A-Z]?[0-9]+(?:[.:\-][0-9A-Za-z]+)+)(?:\s*[|.:]\s*|\s+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# "9.64.030 Definitions", "2-99. Purpose", "16-63.5 Annual Surveillance Report.", "5-11-1: USE
# OF ...", "77-23e-101 - Title.", or the number alone on its line: two or more numeric parts, so
# that a list item "1. Provide notice" is not a heading.
# New Jersey numbers its titles "40A:5-30.2": a colon and then a hyphen (a time "10:30" has none).
_CODE_HEADING = re.compile(
    r"^(?P<number>[0-9]+[A-Za-z]?(?::[0-9]+[A-Za-z]?(?=[.\-]))?(?:[.\-][0-9]+[A-Za-z]?){1,3})[.:]?"
    r"(?:\s+(?:[-–—]{1,2}\s+)?(?P<rest>[A-Z\"“(].*)|\s*)$"
)
# A state code's name before a section number: "RCW 43.386.070", "C.R.S. Section 24-18-302".
# Other states abbreviate in capitals ("NRS 493.118", "O.C.G.A. § 35-1-22", "N.J.S.A. 40A:5-30.2",
# "A.R.S. § 28-1204") or name the code in words ("Cal. Gov. Code § 7071").
_CODE_NAME = re.compile(
    r"^(?:RCW|C\.R\.S\.|MCA|G\.S\.|N\.C\.G\.S\.|(?:[A-Z]\.){2,6}|"
    r"(?:NRS|ORS|RSA|HRS|KRS|SDCL|NMSA|ILCS|MGL|AS|KSA|ARS|OCGA|NJSA)|"
    # an administrative code by its title number: "12 CAR § 60-307", "15 CCR § 3270.3"
    r"\d{1,3}\s+(?:CAR|CCR|CSR|NCAC|NYCRR|AAC|TAC|CFR)|"
    # ("Ill. Admin. Code tit. 20, § 1705.180 - Model Rules for In-Car Cameras")
    r"[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?){0,2}\s+(?:Rev\.\s+)?(?:Code|Stat\.)(?:\s+Ann\.)?"
    r"(?:\s+tit\.\s*\d+,?)?(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?)"
    r"\s+(?=[§0-9Ss])"
)
# A bill printed with its line numbers ("14 A BILL", "15 TO BE ENTITLED"), or with page and line
# ("1.10"data collected", "2.3(b) The agency"), often run into the text: most lines start so.
_LINE_NUMBER = re.compile(r"^\s*(?:\d{1,2}\.\d{1,2}(?![\d.])\s*|\d{1,2}\s+)(?=\S)")
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
_DATE_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}$")
_CHAPTER_HEADING = re.compile(
    r"^(?P<word>chapter|article|title|division|part)\s+(?P<number>[0-9IVXLC][0-9A-Za-z.\-]*)\b"
    r"(?P<dot>[.:]?)\s*(?P<rest>(?:[A-Z\"“(\-].*)?)$",
    re.IGNORECASE,
)
# A label closed by a parenthesis alone ("a) Install cameras", "2) Delete footage") is one too, as
# campaign sites and small towns print lists.
_LABEL = re.compile(
    r"^(?:\((?:[0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,5})\)\s*)+|^(?:[0-9]{1,3}|[A-Za-z])\.\s+|"
    r"^(?:[0-9]{1,3}|[a-z])\)\s+|"
    # a bullet, as policies and web pages print their lists ("- A warrant issued by ...")
    r"^[-•·▪]\s+(?=\S)"
)
_NOTE = re.compile(r"^(?:drafter'?s|drafting|editor'?s)\s+note\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?]['\"”’)]?$")
# A definitions section laid out with the term on its own line and its meaning on the next:
# '"City"' / 'means any department ...'. The two lines are one paragraph.
_TERM_ALONE = re.compile(r"^[\"“][^\"“”]{1,80}[\"”]$")
_DEFINING_VERB = re.compile(
    r"^(?:means|shall\s+mean|includes|shall\s+include|refers\s+to|has\s+the\s+meaning)\b"
)
# eCode360 prints a subdivision's label on a line of its own ("A." / "The Borough shall ...",
# "(1)" / "The name of ..."): the label and the next line are one paragraph.
_LABEL_ALONE = re.compile(
    r"^(?:\((?:[0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,5})\)|(?:[0-9]{1,3}|[A-Za-z])\.)$"
)
# eCode360 prints a definitions section as a glossary: each term in capitals on a line of its own
# ("REGISTRANT", "PRIVATE OUTDOOR VIDEO SURVEILLANCE CAMERA or CAMERA"), its meaning in the next
# paragraph ("A person who owns ..."). Two such pairs or more in a row are one: "TERM. Meaning",
# as Municode prints it. A lone heading in capitals over a paragraph is not a glossary.
_GLOSSARY_TERM = re.compile(
    r"^(?-i:[A-Z][A-Z0-9'’/()\-]*(?:\s+(?:or|and|of|[A-Z0-9][A-Z0-9'’/()\-]*)){0,9})$"
)
_GLOSSARY_MEANING = re.compile(r"^(?-i:[A-Z](?:[a-z]|\s+[a-z]))")
# A caption in capitals wraps over several lines, some short, some opening like a heading
# ("ORDINANCE OF THE CITY COUNCIL ... BY ADDING A NEW" / "CHAPTER 2.50 ENTITLED ..."): a line in
# capitals continues a paragraph that opens as a caption and has not ended its sentence.
_CAPTION_OPEN = re.compile(
    r"^(?-i:(?:AN?\s+)?(?:(?:URGENCY|EMERGENCY|INTERIM|UNCODIFIED)\s+)?"
    r"(?:ORDINANCE|RESOLUTION|LOCAL\s+LAW|ACT|BYLAW)\s+(?!NO\b|NUMBER\b)[A-Z]{2,})"
)
_CAPITAL_LINE = re.compile(r"^[^a-z]*[A-Z]{2,}[^a-z]*$")
# A cover page's field printed over two or three lines ("EFFECTIVE DATE" / "OF ORDINANCE" /
# "October 15, 2025"): the lines are one paragraph until the label has its value.
_DATE_FIELD = re.compile(
    r"^(?:effective|adoption|enactment|operative)\s+date(?:\s+of(?:\s+(?:the\s+|this\s+)?"
    r"(?:ordinance|resolution|local\s+law))?)?:?$",
    re.IGNORECASE,
)
# A heading's title is short; a longer "Section 1. That Section 13.08.080 is amended ..." is text.
_MAX_TITLE_WORDS = 16
# The words a section's number is written with when the reader may split off a catchline run
# on into its text (under a bare "5.1", "Surveillance System. A fixed ..." is a glossary's term).
_WORDED = ("Section", "Sec.", "§", "Article")
# A section's catchline run on into its text: a capitalised word and up to seven more, then a
# period and a new sentence ("General Findings. (a) It is ...", "Exigent circumstances. (a) The
# Chief ...", "Findings; purpose. The Council ..."). An abbreviation's period ("Ord. No. 2018-12",
# "Gov. Code", "Jan. 1"), an initial's ("John F. Kennedy Plaza", "King Jr. Boulevard") and a
# Roman numeral's ("III. The Board") end no catchline.
_ABBREVIATION = (
    r"(?:No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Sr|Ord|Ords|Res|Gov|Exh|Ex|Cal|Civ|Pen|Dept|Capt|Sgt|Lt|Col|"
    r"Gen|Prof|Rev|Hon|Sen|Rep|Atty|Comm|Dist|Twp|Co|Corp|Inc|Ltd|Art|Ch|Sec|Subd|Para|Vol|Ave|"
    r"Blvd|Stat|Supp|Admin|Mun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[IVXLC]+|[A-Z])"
)
_CATCHLINE = re.compile(
    r"^(?P<title>(?!" + _ABBREVIATION + r"\.)[A-Z][\w'’-]*(?:[,;]?\s+[\w'’–—-]+){0,7}?)"
    r"\.\s+(?=[A-Z(“\"\d])"
)
_ABBREVIATED = re.compile(_ABBREVIATION)
_SENTENCE_WORDS = 3


def _catchline(rest: str) -> re.Match[str] | None:
    """The catchline run on into a section's text, if it has one (see `_CATCHLINE`)."""
    match = _CATCHLINE.match(rest)
    if match is None or _ABBREVIATED.fullmatch(match.group("title").split()[-1]):
        return None
    return match


# A resolution or ordinance copied from a PDF may come as one line, its caption, recitals and
# clauses run together ("... AND AN EFFECTIVE DATE. WHEREAS, the ...; and WHEREAS, ... NOW,
# THEREFORE, BE IT RESOLVED ..."): such a line is broken before each recital and clause.
_RUN_ON_LENGTH = 600
# The clerk's certificate of a resolution's adoption (the checker's closing lines read it too):
# "I, JEANNE M. LEONCINI, Clerk of the City of San Rafael, hereby certify that the foregoing
# resolution was duly ... adopted", a deputy's too.
CLERK_CERTIFIES = (
    r"I,\s+(?-i:[A-Z])[\w.'’ -]{2,40},\s+(?i:(?:(?:deputy|assistant|acting)\s+)?"
    r"(?:(?:city|town|village|county|borough|township)\s+)?clerk)\b"
)
_RUN_ON_BREAK = re.compile(
    r"\s+(?=WHEREAS\b|Whereas,|NOW,?\s+THEREFORE\b|BE\s+IT\s+(?:FURTHER\s+)?(?:RESOLVED|ORDAINED|ENACTED)\b|"
    # a state bill's caption run into its page header: "... STATE OF HAWAII A BILL FOR AN ACT
    # relating to violation of privacy. BE IT ENACTED ...", "... Committee on Internet and
    # Technology AN ACT to amend the state technology law"
    # (Massachusetts' "... the accompanying bill: An Act relative to license plate readers.",
    # Arizona's "... First Regular Session 2025 SB 1362 Introduced by Senator Roe An Act amending")
    r"A\s+BILL\s+FOR\s+AN\s+ACT\b|(?:AN\s+ACT|An\s+[Aa]ct)\s+(?:to|relating|concerning|relative|"
    r"amending|TO|RELATING|CONCERNING|RELATIVE|AMENDING)\b|"
    # California's caption over its digest: "... relating to personal information.
    # LEGISLATIVE COUNSEL'S DIGEST"
    # (run into the bill's number: "LEGISLATIVE COUNSEL'S DIGESTAB 358, as amended")
    r"LEGISLATIVE\s+COUNSEL['’]S\s+DIGEST|"
    r"(?:SECTION|Section|PART)\s+\d+[.:]\s|PASSED,?\s+(?:AND\s+|and\s+)?ADOPTED\b|"
    + CLERK_CERTIFIES
    + r")|"
    # the same with no space left between them: "Introduced by Senator Roe February 04, 2025An
    # act to amend ...", "... relating to personal information.LEGISLATIVE COUNSEL'S DIGEST"
    r"(?<=\d{4})(?=An\s+act\s+(?:to|relating)\b)|(?<=\.)(?=LEGISLATIVE\s+COUNSEL['’]S\s+DIGEST)"
)


# A state bill's caption run into the page header above it, whatever follows: "... House
# Bill 528 AN ACT TO AMEND SECTION 17-25-19 ...", "... Senate Committees Judiciary A BILL FOR AN
# ACT Concerning the use of unmanned aerial vehicles ...", "... Introduced by Senator Ortiz An Act
# amending title 9 ...". (The header before it holds no stop, though its fields may hold colons,
# "To: Judiciary B By: Representative Massengill": a stop there would be a writer's sentence
# citing "An Act relating to ...", which stays as it is.)
_CAPTION_RUN_IN = re.compile(
    r"^[^.;]{20,400}?(?:\s(?=A\s+BILL\s+FOR\s+AN\s+ACT\b|AN\s+ACT\s+(?:TO|RELATING|CONCERNING|"
    r"RELATIVE|AMENDING)\b|An\s+Act\s+(?:to|relating|concerning|relative|amending)\b)|"
    # (Iowa's, copied with no space left: "House File 43 - IntroducedA Bill ForAn Act 1requiring")
    r"(?<=[a-z])(?=A\s+Bill\s+For\s*An\s+Act\b))"
)


# A page header's words open in capitals or are numbers ("MISSISSIPPI LEGISLATURE 2025 Regular
# Session To: Judiciary B By: Representative Roe House Bill 528"), with a word or two in lower
# case at most ("Introduced by Senator Roe"), and no comma; a sentence citing an Act by its title
# ("Notwithstanding the provisions of chapter 412 of the acts of 2019, An Act relating to ...")
# has both.
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
_MOST_LOWER_CASE_WORDS_IN_A_HEADER = 2


def _is_a_page_header(text: str) -> bool:
    return "," not in text and len(
        _LOWER_CASE_WORD.findall(text)
    ) <= _MOST_LOWER_CASE_WORDS_IN_A_HEADER


def _unrun(line: str) -> list[str]:
    """A run-on instrument's line as paragraphs (blank lines between); any other line as is."""
    # (two of its recitals' or clauses' openings past the caption's start: "... BE IT ORDAINED
    # BY THE CITY COUNCIL ...: PART 1: That Chapter 4 ... PASSED, ADOPTED and APPROVED ...")
    if len(line) < _RUN_ON_LENGTH or len(_RUN_ON_BREAK.findall(line, 40)) < 2:
        # (a plain substring test first: the pattern's window would be tried on every line)
        header = _CAPTION_RUN_IN.match(line) if "ACT" in line or "Act" in line else None
        if header and _is_a_page_header(header.group(0)):
            return [header.group(0).rstrip(), "", *_unrun(line[header.end() :])]
        return [line]
    parts: list[str] = []
    for part in _RUN_ON_BREAK.split(line):
        parts += [part, ""]
    return parts[:-1]


# A page copied as Markdown keeps its marks: "# Privacy Policy", "**Overview**", "* **PII:** ...".
# The heading's hashes and the bold's asterisks go; the words stay.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")


def _unmark(line: str) -> str:
    return _MARKDOWN_BOLD.sub(r"\1", _MARKDOWN_HEADING.sub("", line))


# A code site may run a subsection's number into its first word ("2502.3The public shall have
# thirty (30) days ..."): the number is put apart, as the printed code has it.
_GLUED_NUMBER = re.compile(r"^(\s*\d{1,4}\.\d{1,3})(?=[A-Z][a-z])")


# The Wisconsin Legislature prints each page's first line with the bill, page and lines it holds
# and the line's own number, often run into its first word ("AB351,1,2 1An Act to create 165.87",
# "AB351,2,1 1enforcement agency may not"): the marks go, the words stay.
_PAGE_MARK = re.compile(r"^[A-Z]{2,4}\d+,\d+(?:,\d+)?\s+\d{1,2}\s*(?=\S)")
# Colorado's bills print each line's page and line run into the text: "Page 2, Line 1Be it enacted
# by the General Assembly ...". The line's number is the one after the line before (page 1 counts
# from 101), so "Page 2, Line 430 days after ..." is line 4 of "30 days after ...".
_PAGE_LINE = re.compile(r"^\s*Page\s+(\d+),\s+Line\s+(\d+)\s*")
_FIRST_LINE_OF_PAGE_ONE = 101


def _without_page_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    page, line_number = 0, 0
    for line in lines:
        found = _PAGE_LINE.match(line)
        if not found:
            out.append(line)
            continue
        this_page, digits = int(found.group(1)), found.group(2)
        if this_page == page:
            expected = line_number + 1
        else:
            expected = _FIRST_LINE_OF_PAGE_ONE if this_page == 1 else 1
        number = str(expected) if digits.startswith(str(expected)) else digits
        page, line_number = this_page, int(number)
        rest = line[found.start(2) + len(number) :]
        out.append(rest.lstrip() if number == digits else rest)
    return out


# Iowa's caption, copied with its words run together and its first line's number run into the
# caption's first word: "A Bill ForAn Act 1relating to ..." is "A Bill For An Act relating to ...".
_GLUED_CAPTION = re.compile(r"A\s+Bill\s+For\s*An\s+Act\s+\d{1,2}(?=[a-z])")


def _unglue(line: str) -> str:
    line = _GLUED_NUMBER.sub(r"\1 ", _PAGE_MARK.sub("", line))
    return _GLUED_CAPTION.sub("A Bill For An Act ", line) if "Bill For" in line else line


# A PDF's drop capital stands on a line of its own ("C" over "ONCERNING THE LIMITED USE OF ..."),
# and a page may break an enacting clause after its first words ("BE IT" over "ENACTED BY THE
# LEGISLATURE ..."): such a line is joined to the line under it. A capital alone joins only where
# it makes an instrument's opening word ("Attachment" / "C" / "SURVEILLANCE USE POLICY" and
# "ARTICLE" / "V" / "ENFORCEMENT" stay apart).
_DROP_CAPITAL = re.compile(r"^\s*[A-Z]\s*$")
_OPENING_WORD = re.compile(
    r"^(?:CONCERNING|RELATING|WHEREAS|SECTION|ORDINANCE|RESOLUTION|AN\s+ACT|BE\s+IT|NOW)\b"
)
_BROKEN_CLAUSE_OPENING = re.compile(r"^\s*be\s+it\s*$", re.IGNORECASE)
_BROKEN_CLAUSE_VERB = re.compile(r"^\s*(?:enacted|ordained|resolved)\b", re.IGNORECASE)


def _rejoin(lines: list[str]) -> list[str]:
    joined: list[str] = []
    for line in lines:
        before = joined[-1] if joined else ""
        if _DROP_CAPITAL.match(before) and _OPENING_WORD.match(before.strip() + line.strip()):
            joined[-1] = before.strip() + line.strip()
        elif _BROKEN_CLAUSE_OPENING.match(before) and _BROKEN_CLAUSE_VERB.match(line):
            joined[-1] = f"{before.strip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


# Minnesota's Revisor marks a bill's inserted words "new text begin ... new text end" (and its
# struck words "deleted text begin ... deleted text end"): the markers go, and the struck words
# with them, leaving the law as the bill would make it.
_STRUCK_TEXT = re.compile(r"\bdeleted text begin\b.*?\bdeleted text end\b[ ]?", re.DOTALL)
_INSERTION_MARK = re.compile(r"\bnew text (?:begin|end)\b[ ]?")


def _normalise(text: str) -> list[str]:
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    if "text begin" in text:
        text = _INSERTION_MARK.sub("", _STRUCK_TEXT.sub("", text))
    lines = _without_page_lines(
        [
            part
            for line in text.split("\n")
            for part in _unrun(_unglue(_unmark(_without_run_in_numbers(line.rstrip()))))
        ]
    )
    filled = [line for line in lines if line.strip()]
    numbered = sum(bool(_LINE_NUMBER.match(line) or _BARE_NUMBER.match(line)) for line in filled)
    if len(filled) >= 5 and numbered >= 0.6 * len(filled):
        lines = [_unnumbered(line, _LINE_NUMBER) for line in lines]
    else:
        lines = _without_counted_lines(lines)
    # (after the numbers go: "2 BE IT" / "3 ENACTED BY ...")
    return _rejoin(lines)


# A bill's line numbers left inside its text when a page ran its lines together ("... the
# department of public safety shall 8 not share or provide information used to impose or collect
# a 9 civil penalty ..."): numbers standing alone between words, counting up one by one. A run of
# four or more in a row is the bill's numbering and goes; a lone number is the text's own
# ("within 30 days", "section 5 of").
_RUN_IN_NUMBER = re.compile(r"(?<=[\w,;:.)\]\"”]) (\d{1,2}) (?=[\w\"“(])")
_RUN_IN_COUNT = 4


def _without_run_in_numbers(line: str) -> str:
    found = list(_RUN_IN_NUMBER.finditer(line))
    if len(found) < _RUN_IN_COUNT:
        return line
    # (the longest stretch of numbers, in the line's order, each one more than the last)
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for match in found:
        if run and int(match.group(1)) == int(run[-1].group(1)) + 1:
            run.append(match)
        elif not run or int(match.group(1)) != int(run[-1].group(1)):
            run = [match]
        if len(run) > len(best):
            best = list(run)
    if len(best) < _RUN_IN_COUNT:
        return line
    dropped = {m.start() for m in best}
    return _RUN_IN_NUMBER.sub(lambda m: " " if m.start() in dropped else m.group(0), line)


def _unnumbered(line: str, number: re.Pattern[str]) -> str:
    # (a numbered line with nothing on it is a blank line of the bill)
    return "" if _BARE_NUMBER.match(line) else number.sub("", line)


# A line's own number where a page prints one: "  5  governing the use of ..."
# (or run into the line's first word: "2enforcement officers."; not "1st Ward", "2nd")
_COUNTED_LINE = re.compile(
    r"^\s*(\d{1,2})(?:\s+(?=\S)|\s*$|(?=[A-Z\"“(]|(?!(?:st|nd|rd|th)\b)[a-z]))"
)
# This many lines whose numbers count on (5, 6, 7, 8) are a bill's numbered lines, even where a
# page's header (sponsors, committee history) leaves most of its lines unnumbered; a bill's lines
# are long, where a table's rows or a list of addresses ("12 Main Street", "13 Main Street") are
# short.
_COUNTED_RUN = 4
# Numbers may skip this many lines and still count on: a bill's blank lines dropped by the page.
_SKIPPED_LINES = 2
_COUNTED_LINE_LENGTH = 40  # the run's mean characters a line
# In a text with such a run, a shorter run whose numbers are run into their words is numbered
# lines too: a caption's last lines before a page's numbering starts again ("2camera data under
# Iowa's open records law." / "3BE IT ENACTED BY THE GENERAL ASSEMBLY" / "1 Section 1. ..."), not
# two addresses or periods set apart by a space ("12 Main Street", "30 days").
_COUNTED_GLUED_RUN = 2
_GLUED_LINE_NUMBER = re.compile(r"^\s*\d{1,2}[A-Za-z]")


def _without_counted_lines(lines: list[str]) -> list[str]:
    """The lines with the numbers taken off those where one counts on from the line before
    (5, 6, 7, 8, 11, ...) for at least _COUNTED_RUN lines (a list's items, "1. Purpose", have their
    dot)."""
    numbers: list[tuple[int, int]] = []  # (line index, its number) for the filled lines
    for index, line in enumerate(lines):
        if line.strip():
            found = _COUNTED_LINE.match(line)
            numbers.append((index, int(found.group(1)) if found else -1))
    # each run as the positions of its lines among the filled lines
    runs: list[list[int]] = []
    run: list[int] = []
    for position, (_, number) in enumerate(numbers):
        before = numbers[position - 1][1] if position else -1
        # (a page may drop a numbered line it printed blank: "8detectors" / "11Be It Enacted")
        if not (before >= 0 and before < number <= before + _SKIPPED_LINES + 1):
            runs.append(run)
            run = []
        if number >= 0:
            run.append(position)
    runs.append(run)
    # each long enough run, with whether its numbers are all run into their words
    kept: list[tuple[list[int], bool]] = []
    for run in runs:
        if not run or (
            sum(len(lines[numbers[p][0]].strip()) for p in run) < _COUNTED_LINE_LENGTH * len(run)
        ):
            continue
        glued = all(_GLUED_LINE_NUMBER.match(lines[numbers[p][0]]) for p in run)
        # (a bill's lines count by one but where a blank line was dropped; odd-numbered addresses
        # "11 Main Street", "13 Main Street" and a schedule's "30 days", "31 days", "33 days" skip
        # as often as not; numbers run into their words, "4A BILL FOR AN ACT" / "7Be it enacted",
        # are a bill's whatever they skip)
        by_one = sum(numbers[b][1] == numbers[a][1] + 1 for a, b in pairwise(run))
        if glued or 2 * by_one >= len(run):
            kept.append((run, glued))
    if not any(len(run) >= _COUNTED_RUN for run, _ in kept):
        return lines
    counted = {
        numbers[p][0]
        for run, glued in kept
        if len(run) >= _COUNTED_RUN or (len(run) >= _COUNTED_GLUED_RUN and glued)
        for p in run
    }
    return [
        _unnumbered(line, _COUNTED_LINE) if i in counted else line for i, line in enumerate(lines)
    ]


def _heading(line: str) -> tuple[str, str, int] | None:
    """(number, rest, depth) when the line opens with a section or chapter number."""
    stripped = _CODE_NAME.sub("", line.strip())
    rule = _RULE_HEADING.match(stripped)
    # ("Rule 5.2 of the Board applies": a sentence that cites a rule)
    if rule and not re.match(r"[a-z]", rule.group("rest")):
        return f"Rule {rule.group('number')}", rule.group("rest").strip(), 1
    for pattern, depth in ((_WORD_HEADING, 1), (_CHAPTER_HEADING, 0)):
        match = pattern.match(stripped)
        # "Section 13.08.080 of the Code is amended": a sentence that cites a section.
        if match and (match.group("dot") or not re.match(r"[a-z]", match.group("rest"))):
            word = match.group("word")
            number = match.group("number")
            if word.startswith("§"):
                written = f"§ {number}"
            elif depth == 1 and word.lower().startswith("sec") and word.lower() != "section":
                written = f"Sec. {number}"
            else:
                written = f"{word.capitalize()} {number}"
            return written, match.group("rest").strip(), depth
    match = _CODE_HEADING.match(stripped)
    # (a date line, "03.29.2016", is no section number)
    if match and not _DATE_NUMBER.match(match.group("number")):
        return match.group("number"), (match.group("rest") or "").strip(), 1
    return None


def _is_title(rest: str) -> bool:
    words = rest.split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    # "Section 2. This Act takes effect September 1." is a short section's text, not its title.
    return not re.search(
        r"\b(shall|must|may|will (?:not )?be|hereby|takes? effect|means|is effective|"
        r"becomes (?:effective|operative)|"
        # "Section 2. The Camera Policy, attached as Exhibit A, is approved." ("Section 1.
        # Chapter 14.18 is amended" over the amended text is a heading)
        r"(?:is|are) (?:hereby )?(?:approved|adopted|ratified))\b|"
        # "Section 7. The provisions of this ordinance are severable.": a sentence, with its verb
        r"^(?:The|This|Each|Every|All|Any|No|If)\b.*\b(?:is|are)\b.*\.$|"
        # "SECTION 1. The City Council finds and determines as follows:"
        r"\b(?:finds|determines|declares|resolves|ordains)\b|\bas follows:?$",
        rest,
    )


# A resolution's recitals and clauses each open a paragraph, though a long caption above them
# runs to the wrap width: "... TO PURCHASE EQUIPMENT" / "WHEREAS, in January 2003, ...".
_CLAUSE_OPENING = re.compile(
    # (a bare "THEREFORE," in capitals opens the resolving clause too; "therefore" in lower
    # case may continue a sentence wrapped at the line's end)
    r"^(?:whereas\b|now,?\s+therefore\b|(?-i:THEREFORE),|"
    r"be\s+it\s+(?:further\s+)?(?:resolved|ordained|enacted)\b|"
    # a town meeting's motion under its article's caption: "MOTION: Resolved, that ..."
    r"(?-i:MOTION|Motion)\s*:|"
    # New York's caption and enacting clause under its bill's header lines: "AN ACT to amend the
    # vehicle and traffic law", "THE PEOPLE OF THE STATE OF NEW YORK, REPRESENTED IN SENATE AND
    # ASSEMBLY, DO ENACT AS FOLLOWS:"
    r"(?-i:AN\s+ACT)\s+(?:to|relating|concerning|in\s+relation)\b|"
    r"(?-i:THE\s+PEOPLE\s+OF\s+THE\s+STATE\s+OF)\b)",
    re.IGNORECASE,
)


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    return bool(
        _heading(stripped)
        or _LABEL.match(stripped)
        or _NOTE.match(stripped)
        or _CLAUSE_OPENING.match(stripped)
    )


# A list's lead-in run into its items on a copied page ("shall not do any of the following:(a)
# Use FRT to ...; (b) Rely on ..."): the lead-in and each item are paragraphs of their own, on
# the paragraph's line, so that the items are read under the lead-in.
_LEAD_IN_RUN_INTO_ITEM = re.compile(r"(?<=\w:)\s?(?=\((?:a|1|A|i)\)\s?[A-Z])")
_NEXT_RUN_IN_ITEM = re.compile(
    r"(?:(?<=;)|(?<=;\sand)|(?<=;\sor)|(?<=\.))\s*"
    r"(?=\((?:[b-z]|[2-9]|[1-9]\d|[B-Z]|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s?[A-Za-z])"
)


def _paragraphs(text: str, line: int) -> list[TextBlock]:
    """A paragraph's blocks: itself, or a lead-in run into its list and each item."""
    run_in = _LEAD_IN_RUN_INTO_ITEM.search(text) if ":" in text else None
    if run_in is None:
        return [_paragraph(text, line)]
    items = _NEXT_RUN_IN_ITEM.split(text[run_in.end() :])
    return [_paragraph(text[: run_in.start()], line), *(_paragraph(i, line) for i in items)]


def _paragraph(text: str, line: int) -> TextBlock:
    if _NOTE.match(text):
        return TextBlock(BlockKind.NOTE, text, line)
    match = _LABEL.match(text)
    if match and match.end() < len(text):
        label = re.sub(r"\s+", "", match.group(0))
        return TextBlock(BlockKind.PARAGRAPH, text[match.end() :].strip(), line, label=label)
    return TextBlock(BlockKind.PARAGRAPH, text, line)


def _raw_paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """Join wrapped lines into paragraphs: a paragraph ends at a blank line, before a line that
    starts a heading, a label or a note, or after a line that ends a sentence or is short."""
    widths = sorted(len(line) for line in lines if line.strip())
    wrap_width = widths[len(widths) * 9 // 10] if widths else 0
    paragraphs: list[tuple[str, int]] = []
    current: list[str] = []
    start = 0
    previous = ""
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped:
            if current:
                paragraphs.append((" ".join(current), start))
                current = []
            previous = ""
            continue
        continues = (
            current
            and not _starts_block(stripped)
            and not _SENTENCE_END.search(previous.strip())
            and len(previous) >= 0.75 * wrap_width
        ) or bool(
            current and _TERM_ALONE.match(previous.strip()) and _DEFINING_VERB.match(stripped)
        ) or bool(current and _LABEL_ALONE.match(previous.strip())) or bool(
            current and _continues_caption(current, stripped)
        ) or bool(current and len(current) < 3 and _DATE_FIELD.match(" ".join(current))) or bool(
            current and _goes_on_in_lower_case(previous.strip(), stripped)
        )
        if continues:
            current.append(stripped)
        else:
            if current:
                paragraphs.append((" ".join(current), start))
            current = [stripped]
            start = number
        previous = line
    if current:
        paragraphs.append((" ".join(current), start))
    return paragraphs


# A sentence cut short of the wrap width (a PDF's wrapping, a list item's) goes on in lower case:
# "(3) Upon" / "reasonable belief that an emergency ... death or". (A word and more: a record's
# lone field label "title" or "body" is a line of its own.) The word may carry a comma where the
# line above stops in mid-word-run ("... after the oral" / "approval, a written application for
# an order ..."), not where a lead-in's dash opens a list ("... from—" / "sending, receiving ...").
_LOWER_CASE_WORDS = re.compile(r"[a-z]{2,}\s+\S")
_LOWER_CASE_WORD_AND_COMMA = re.compile(r"[a-z]{2,},\s+\S")


def _goes_on_in_lower_case(previous: str, line: str) -> bool:
    return bool(
        (
            _LOWER_CASE_WORDS.match(line)
            or (previous[-1:].isalpha() and _LOWER_CASE_WORD_AND_COMMA.match(line))
        )
        and not _SENTENCE_END.search(previous)
        and not _starts_block(line)
    )


def _continues_caption(current: list[str], line: str) -> bool:
    return bool(
        _CAPTION_OPEN.match(current[0])
        and _CAPITAL_LINE.match(current[-1])
        and _CAPITAL_LINE.match(line)
        # a number's "NO." ends the line, not the caption: "... REPLACE RESOLUTION NO." / "2024-048"
        and (not _SENTENCE_END.search(current[-1]) or bool(re.search(r"\bNO\.$", current[-1])))
    )


def _is_glossary_pair(paragraphs: list[tuple[str, int]], index: int) -> bool:
    if index + 1 >= len(paragraphs):
        return False
    term, meaning = paragraphs[index][0], paragraphs[index + 1][0]
    return bool(
        _GLOSSARY_TERM.match(term)
        and not _starts_block(term)
        and _GLOSSARY_MEANING.match(meaning)
        and not _starts_block(meaning)
    )


def _glossary(paragraphs: list[tuple[str, int]]) -> Iterator[tuple[str, int, bool]]:
    """The paragraphs, with each run of two or more glossary pairs joined term to meaning."""
    index = 0
    while index < len(paragraphs):
        run = index
        while _is_glossary_pair(paragraphs, run):
            run += 2
        if run - index >= 4:
            for pair in range(index, run, 2):
                (term, line), (meaning, _) = paragraphs[pair], paragraphs[pair + 1]
                yield f"{term}. {meaning}", line, True
            index = run
            continue
        yield paragraphs[index][0], paragraphs[index][1], False
        index += 1


# A state register prints a rule's number on a line of its own and its title on the next
# ("2.5.1" / "Purpose" / "A. This Policy establishes ..."): a short title line without a stop.
_TITLE_ALONE = re.compile(r"^[A-Z][\w,'’&/()-]*(?:\s+[\w,'’&/()-]+){0,7}$")


def segment(text: str) -> list[TextBlock]:
    """The headings, paragraphs and notes of a plain-text ordinance, in order."""
    blocks: list[TextBlock] = []
    paragraphs = list(_glossary(_raw_paragraphs(_normalise(text))))
    titled_below = False  # the paragraph was taken as the title of the number above it
    for index, (paragraph, line, glossary) in enumerate(paragraphs):
        if titled_below:
            titled_below = False
            continue
        if glossary:
            blocks.append(TextBlock(BlockKind.PARAGRAPH, paragraph, line, glossary=True))
            continue
        found = _heading(paragraph)
        if found is None:
            blocks.extend(_paragraphs(paragraph, line))
            continue
        number, rest, depth = found
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if (
            not rest
            and following is not None
            and not following[2]
            and _TITLE_ALONE.match(following[0])
            and _heading(following[0]) is None
            and _is_title(following[0])
        ):
            rest, titled_below = following[0], True
        # (only after a word: under a bare "5.1", "Surveillance System. A fixed ..." is a
        # glossary's term)
        catchline = _catchline(rest) if number.split()[0] in _WORDED else None
        # (a catchline over a sentence of its own, however short the sentence: "Section 5.
        # Severability. If any part of this ordinance is held invalid, the rest remains.")
        split = (
            catchline is not None
            and _is_title(catchline.group("title"))
            and len(rest[catchline.end() :].split()) >= _SENTENCE_WORDS
        )
        if _is_title(rest) and not split:
            blocks.append(TextBlock(BlockKind.HEADING, rest, line, number=number, depth=depth))
        elif catchline is not None and split:
            # "Section 1. General Findings. (a) It is essential ...": the catchline is the
            # section's title, the rest its first paragraph
            title = catchline.group("title")
            blocks.append(TextBlock(BlockKind.HEADING, title, line, number=number, depth=depth))
            blocks.extend(_paragraphs(rest[catchline.end() :], line))
        else:
            # "Section 2. This ordinance shall take effect ...": a numbered section with no title.
            blocks.append(TextBlock(BlockKind.HEADING, "", line, number=number, depth=depth))
            blocks.extend(_paragraphs(rest, line))
    return blocks


# ------------------------------------------------------------------------- into the document tree

# "AN ORDINANCE ...", or a legislative record's "Title: Ordinance amending the Code ...".
_LONG_TITLE = re.compile(
    r"^(?:Title:\s*)?(?:AN\s+ORDINANCE|A\s+LOCAL\s+LAW|AN\s+ACT|"
    r"(?:An?\s+)?Ordinance\s+(?:of\s+the\s+\w+|[a-z]+ing)\b)",
    re.IGNORECASE,
)
_CLOSING_START = re.compile(
    r"^(?:INTRODUCED|PASSED|ADOPTED|AYES|NOES|ATTEST|APPROVED)\b|_{5,}", re.IGNORECASE
)
_ORDINANCE_SECTION = re.compile(r"^(?:Section|Sec\.)\s+\d+[A-Za-z]?$", re.IGNORECASE)


_SERIAL = re.compile(r"^(?P<chapter>.+?)(?P<separator>[.\-])(?P<serial>\d{1,4})$")


def _numbering(blocks: list[TextBlock]) -> Numbering | None:
    """The code chapter's numbering when every code section fits one scheme (9.66.010, 9.66.020
    ...), so that the tree renumbers them as it does a draft's; None keeps the written numbers."""
    numbers = [
        b.number
        for b in blocks
        if b.kind is BlockKind.HEADING and b.depth == 1 and not _ORDINANCE_SECTION.match(b.number)
    ]
    matches = [_SERIAL.match(n) for n in numbers]
    if not numbers or not all(matches):
        return None
    parts = [(m.group("chapter"), m.group("separator"), m.group("serial")) for m in matches if m]
    chapter, separator, first = parts[0]
    serials = [int(serial) for _, _, serial in parts]
    step = serials[1] - serials[0] if len(serials) > 1 else 10
    if not 1 <= step <= 100:
        return None
    numbering = Numbering(
        chapter=chapter, separator=separator, width=len(first), step=step, start=serials[0]
    )
    expected = [numbering.number(serials[0] + i * step) for i in range(len(numbers))]
    return numbering if expected == numbers else None


def _chapter_only(blocks: list[TextBlock]) -> Numbering:
    """When the code sections keep their written numbers (no one scheme fits them all, as when a
    draft keeps an enacted chapter's 9.64.005 and 9.64.045), the chapter they share, if any."""
    matches = [
        _SERIAL.match(b.number)
        for b in blocks
        if b.kind is BlockKind.HEADING and b.depth == 1 and not _ORDINANCE_SECTION.match(b.number)
    ]
    chapters = {(m.group("chapter"), m.group("separator")) for m in matches if m}
    if len(chapters) != 1 or not all(matches):
        return Numbering()
    ((chapter, separator),) = chapters
    return Numbering(chapter=chapter, separator=separator)


def _events(blocks: list[TextBlock], fixed: bool) -> Iterator[Event]:
    seen_section = False
    closing = False
    lines: list[Inline] = []  # the closing paragraph being gathered
    first_line = last_line = 0
    for block in blocks:
        inlines: list[Inline] = [Text(block.text)]
        if block.kind is BlockKind.NOTE:
            yield ParagraphEvent(inlines, role=Role.NOTE, line=block.line)
        elif block.kind is BlockKind.HEADING:
            if block.depth == 0:  # "Chapter 9.66 ...": words in the text, not a section of its own
                yield ParagraphEvent(
                    [Text(f"{block.number} {block.text}".strip())], line=block.line
                )
                continue
            seen_section = True
            if not block.text:
                raise DocumentError(f"{block.number} has no title on its line", block.line)
            if _ORDINANCE_SECTION.match(block.number):
                words: list[Inline] = [Text(f"{block.number}. {block.text}")]
                yield HeadingEvent(2, words, line=block.line)
            else:
                words = [Text(f"{block.number} {block.text}")]
                classes = ("fixed",) if fixed else ()
                yield HeadingEvent(3, words, classes=classes, line=block.line)
        elif not seen_section and _LONG_TITLE.match(block.text):
            yield HeadingEvent(1, inlines, line=block.line)
        else:
            if seen_section and not closing and _CLOSING_START.search(block.text):
                closing = True
                yield ClosingEvent(block.line)
            text = f"{block.label} {block.text}" if block.label else block.text
            if closing:
                # Vote and signature lines stand on consecutive lines: one paragraph of lines.
                if lines and block.line == last_line + 1:
                    lines += [LineBreak(), Text(text)]
                else:
                    if lines:
                        yield ParagraphEvent(lines, line=first_line)
                    lines, first_line = [Text(text)], block.line
                last_line = block.line
                continue
            yield ParagraphEvent([Text(text)], line=block.line)
    if lines:
        yield ParagraphEvent(lines, line=first_line)


def read_plain_text(text: str, source: str = "<text>") -> Document:
    """A plain-text ordinance (title, recitals, enacting clause, "Section 1." sections with code
    sections such as "9.66.010" inside, closing) as a resolved document tree, built by the same
    builder as the Markdown and Word readers. Code sections keep their written numbers."""
    from ..document import DocumentInfo

    blocks = segment(text)
    titles = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH and _LONG_TITLE.match(b.text)]
    numbering = _numbering(blocks)
    info = DocumentInfo(
        template="plain-text",
        jurisdiction="unknown",
        title=titles[0][:120] if titles else Path(source).stem or "untitled",
        numbering=numbering or _chapter_only(blocks),
    )
    try:
        return build(_events(blocks, fixed=numbering is None), info)
    except DocumentError as error:
        raise InputError.single(source, error.message, "(text)", error.line or 1) from None
