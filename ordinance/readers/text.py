"""Plain text -> headings and paragraphs, for an ordinance copied from a municipal code website.

Code websites and PDFs give text in many shapes: one paragraph a line, paragraphs between blank
lines, or lines wrapped at a fixed width. `segment` undoes the wrapping and recognises

- section headings: "Sec. 2-99. Title", "SEC. 19B.5. TITLE", "Section 3. Title", "§ 9.64.030.
  Title", a bare code number "9.64.030 Title", and "Chapter 2.99" / "Article 26.07" lines above
  them;
- subdivision labels at the start of a paragraph: "(a)", "(1)", "(A)", "(i)", "A.", "1.", "a.",
  several at once ("(A) (1) This Section ...");
- drafter's notes ("Drafter's note: ..."), which are not part of the law.

It only segments; it does not decide what an ordinance means (see `ordinance.scorecard`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


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


# "Section 3.", "Sec. 2-99.", "SEC. 19B.5.", "§ 9.64.030.", "§§ 1-2" ...
_WORD_HEADING = re.compile(
    r"^(?P<word>§§?|sec(?:tion)?\.?|SEC(?:TION)?\.?)\s*(?P<number>[0-9][0-9A-Za-z]*(?:[.\-][0-9A-Za-z]+)*)"
    r"(?P<dot>\.?)(?:\s+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# "9.64.030 Definitions", "2-99. Purpose", "16-63.5 Annual Surveillance Report.": two or more
# numeric parts, so that a list item "1. Provide notice" is not a heading.
_CODE_HEADING = re.compile(
    r"^(?P<number>[0-9]+[A-Z]?(?:[.\-][0-9]+[A-Z]?){1,3})\.?\s+(?P<rest>[A-Z\"“(].*)$"
)
_CHAPTER_HEADING = re.compile(
    r"^(?P<word>chapter|article|title|division|part)\s+(?P<number>[0-9IVXLC][0-9A-Za-z.\-]*)\b"
    r"(?P<dot>[.:]?)\s*(?P<rest>(?:[A-Z\"“(\-].*)?)$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:\((?:[0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,5})\)\s*)+|^(?:[0-9]{1,3}|[A-Za-z])\.\s+"
)
_NOTE = re.compile(r"^(?:drafter'?s|drafting|editor'?s)\s+note\s*:", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:!?]['\"”’)]?$")
# A heading's title is short; a longer "Section 1. That Section 13.08.080 is amended ..." is text.
_MAX_TITLE_WORDS = 16


def _normalise(text: str) -> list[str]:
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", "    ")
    return [line.rstrip() for line in text.split("\n")]


def _heading(line: str) -> tuple[str, str, int] | None:
    """(number, rest, depth) when the line opens with a section or chapter number."""
    stripped = line.strip()
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
    if match:
        return match.group("number"), match.group("rest").strip(), 1
    return None


def _is_title(rest: str) -> bool:
    words = rest.split()
    if len(words) > _MAX_TITLE_WORDS:
        return False
    return not re.search(r"\b(shall|must|may|is hereby|are hereby)\b", rest)


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    return bool(_heading(stripped) or _LABEL.match(stripped) or _NOTE.match(stripped))


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


def segment(text: str) -> list[TextBlock]:
    """The headings, paragraphs and notes of a plain-text ordinance, in order."""
    blocks: list[TextBlock] = []
    for paragraph, line in _raw_paragraphs(_normalise(text)):
        found = _heading(paragraph)
        if found is None:
            blocks.append(_paragraph(paragraph, line))
            continue
        number, rest, depth = found
        if _is_title(rest):
            blocks.append(TextBlock(BlockKind.HEADING, rest, line, number=number, depth=depth))
        else:
            # "Section 2. This ordinance shall take effect ...": a numbered section with no title.
            blocks.append(TextBlock(BlockKind.HEADING, "", line, number=number, depth=depth))
            blocks.append(_paragraph(rest, line))
    return blocks
