"""Vocabulary shared by the rules: what makes a sentence a duty, a prohibition or a report.

Written from the wording of enacted ordinances (Oakland, Berkeley, Sebastopol, San Francisco,
Seattle, Nashville and the others in tests/check_corpus), not from this project's templates.
"""

from __future__ import annotations

import re


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern."""
    return re.compile(pattern, re.IGNORECASE)


# A duty or a prohibition: "shall", "must", "may not", "no department may", "it shall be
# unlawful", "is prohibited". Plain "may" grants a permission and is not a duty.
DUTY = rx(
    r"\b(?:shall|must|may\s+not|may\s+only|can\s+only|may\s+(?:[^\s;]+\s+){1,8}only\s+(?:if|after|upon|when)|is\s+required\s+to|are\s+required\s+to|"
    r"is\s+prohibited|are\s+prohibited|prohibited\s+from|it\s+is\s+unlawful|"
    r"no\s+(?:[\w-]+\s+){0,6}(?:may|shall)|neither\s+(?:[\w-]+\s+){0,12}may|"
    r"(?:takes|take)\s+effect)\b"
)
# Words one of which every DUTY or PROHIBITION match contains.
DUTY_WORDS = ("shall", "must", "may", "can only", "required", "prohibited", "unlawful", "effect",
              "void", "unenforceable", "null")  # fmt: skip
# A prohibition (a negative duty) or a condition that forbids unless something is done first.
PROHIBITION = rx(
    r"\b(?:shall\s+not|must\s+not|may\s+not|shall\s+only|may\s+only|may\s+(?:[^\s;]+\s+){1,8}only\s+(?:if|after|upon|when)|is\s+prohibited|"
    r"are\s+prohibited|prohibited\s+from|(?:shall\s+be|is)\s+unlawful|"
    r"no\s+(?:[\w-]+\s+){0,6}(?:may|shall)|neither\s+(?:[\w-]+\s+){0,12}may|"
    r"(?:is|are|shall\s+be)\s+(?:void|unenforceable|null))\b"
)
# Words of someone reporting on a law rather than enacting one.
REPORTED = rx(
    r"\b(?:would\s+(?:require|need|have\s+to|be\s+required)|said|says|asked|urged|"
    r"staff\s+recommends?|recommendations?\s+(?:call|include)|proposed\s+ordinance)\b|^according\s+to\b"
)
# The self-references of an enactment ("this chapter", "this Section").
SELF_REFERENCE = rx(
    r"\bthis\s+(?:chapter|article|section|subsection|ordinance|act|division|subchapter|"
    r"local\s+law|part|title)\b"
)
# The governing body in the words places use for it.
BODY = (
    r"(?:(?:city|town|village|county|metropolitan|common|borough|township)\s+council|council|"
    r"board\s+of\s+(?:supervisors|aldermen|commissioners|trustees)|governing\s+body|"
    r"legislative\s+body|select\s+board|commissioners\s+court|(?:the\s+)?board)"
)
# A number of days, written "30 days", "thirty (30) days" or "thirty days".
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty-five": 45, "forty": 40, "sixty": 60, "ninety": 90, "twelve": 12, "eighteen": 18,
}  # fmt: skip
DAYS = rx(
    r"\b(?:(?P<word>[a-z]+(?:-[a-z]+)?)\s+\((?P<both>\d{1,4})\)|(?P<digits>\d{1,4})|"
    r"(?P<alone>one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety))"
    r"\s+(?:calendar\s+|business\s+|working\s+)?(?P<unit>days?|months?|years?)\b"
)


def quantity(match: re.Match[str]) -> str:
    """'30 days' from a DAYS match, whichever way the number was written."""
    number = match.group("both") or match.group("digits")
    if number is None:
        number = str(_NUMBER_WORDS.get((match.group("alone") or "").lower(), 0))
    unit = match.group("unit").lower()
    if not unit.endswith("s") and number != "1":
        unit += "s"
    return f"{int(number)} {unit}"
