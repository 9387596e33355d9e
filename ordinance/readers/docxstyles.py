"""What a Word paragraph is, judged by its style: our named styles first, then Word's built-in ones.

Styles are matched by name, not id (ids differ between Word's languages and LibreOffice renames
some), following each style's `basedOn` chain, so a reviewer's own style based on "Subdivision 2"
still reads as a subdivision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ..document import Role


class Kind(Enum):
    """The part a paragraph plays, as its style says."""

    ROLE = "role"  # a paragraph with a known Role
    HEADING = "heading"  # a section heading at `level` (2 ordinance section, 3 code section)
    OUTLINE = "outline"  # one of Word's "Heading n": its level is judged for the whole document
    SUBDIVISION = "subdivision"  # a subdivision; `level` from the style when it says
    TITLE = "title"  # Word's "Title": the short title above a document pandoc made
    GENERATED = "generated"  # a table of contents: made from the headings, not read
    METADATA = "metadata"  # pandoc's Subtitle / Author / Date / Abstract lines
    PLAIN = "plain"  # no style that says anything


@dataclass(frozen=True, slots=True)
class StyleMeaning:
    kind: Kind
    role: Role | None = None
    level: int | None = None


PLAIN = StyleMeaning(Kind.PLAIN)

# Our own styles (writers/docx.py names them), lower-cased.
_OURS: dict[str, StyleMeaning] = {
    "ordinance caption": StyleMeaning(Kind.ROLE, Role.CAPTION),
    "ordinance title": StyleMeaning(Kind.ROLE, Role.TITLE),
    "ordinance preamble": StyleMeaning(Kind.ROLE, Role.PREAMBLE),
    "recital": StyleMeaning(Kind.ROLE, Role.RECITAL),
    "enacting clause": StyleMeaning(Kind.ROLE, Role.ENACTING),
    "section heading": StyleMeaning(Kind.HEADING, level=2),
    "code section heading": StyleMeaning(Kind.HEADING, level=3),
    "ordinance text": StyleMeaning(Kind.ROLE, Role.TEXT),
    "drafter note": StyleMeaning(Kind.ROLE, Role.NOTE),
    "adoption": StyleMeaning(Kind.ROLE, Role.CLOSING),
    "signature": StyleMeaning(Kind.ROLE, Role.SIGNATURE),
    "toc heading": StyleMeaning(Kind.GENERATED),
}
# Our styles "Subdivision 1" .. "Subdivision 4"; the last also serves every deeper level.
DEEPEST_SUBDIVISION_STYLE = 4
_SUBDIVISION = re.compile(r"subdivision (\d)")
_TOC = re.compile(r"toc \d")
_HEADING = re.compile(r"heading (\d)")
# Word's and pandoc's built-in styles that say something.
_BUILTIN: dict[str, StyleMeaning] = {
    "title": StyleMeaning(Kind.TITLE),
    "subtitle": StyleMeaning(Kind.METADATA),
    "author": StyleMeaning(Kind.METADATA),
    "date": StyleMeaning(Kind.METADATA),
    "abstract": StyleMeaning(Kind.METADATA),
    "block text": StyleMeaning(Kind.ROLE, Role.NOTE),
    "quote": StyleMeaning(Kind.ROLE, Role.NOTE),
    "intense quote": StyleMeaning(Kind.ROLE, Role.NOTE),
}
SUBDIVISION_LABEL_STYLE = "subdivision label"


def meaning_of_style(name: str) -> StyleMeaning:
    """What a style of this name says (our styles, Word's), whatever a document defines."""
    return _meaning_of_name(name.lower()) or PLAIN


def _meaning_of_name(name: str) -> StyleMeaning | None:
    if name in _OURS:
        return _OURS[name]
    if match := _SUBDIVISION.fullmatch(name):
        number = int(match.group(1))
        level = number - 1 if number < DEEPEST_SUBDIVISION_STYLE else None
        return StyleMeaning(Kind.SUBDIVISION, level=level)
    if _TOC.fullmatch(name):
        return StyleMeaning(Kind.GENERATED)
    if match := _HEADING.fullmatch(name):
        return StyleMeaning(Kind.OUTLINE, level=int(match.group(1)))
    return _BUILTIN.get(name)


@dataclass(frozen=True, slots=True)
class _Style:
    name: str  # lower-cased
    based_on: str | None
    bold: bool | None
    italic: bool | None


class StyleSheet:
    """The styles of one document, by id, with their meaning and character formatting."""

    def __init__(self, styles_part: Any | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._default_paragraph: str | None = None
        if styles_part is None:
            return
        for style in styles_part.iterchildren("{*}style"):
            style_id = style.get(_W_STYLE_ID)
            if not style_id:
                continue
            rpr = style.find(_W_RPR)
            self._styles[style_id] = _Style(
                name=(style.name_val or style_id).lower(),
                based_on=style.basedOn_val,
                bold=_on_off(rpr, "b"),
                italic=_on_off(rpr, "i"),
            )
            if style.get(_W_TYPE) == "paragraph" and style.get(_W_DEFAULT) in ("1", "true"):
                self._default_paragraph = style_id

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            style = self._styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    def name(self, style_id: str | None) -> str:
        chain = self._chain(style_id or self._default_paragraph)
        return chain[0].name if chain else ""

    def meaning(self, style_id: str | None) -> StyleMeaning:
        """What a paragraph style says, from the style itself or the first style it is based on
        that says anything."""
        for style in self._chain(style_id or self._default_paragraph):
            meaning = _meaning_of_name(style.name)
            if meaning is not None:
                return meaning
        return PLAIN

    def run_format(self, style_id: str | None) -> tuple[bool, bool]:
        """Bold and italic that a character style gives its runs."""
        bold = italic = None
        for style in self._chain(style_id):
            bold = style.bold if bold is None else bold
            italic = style.italic if italic is None else italic
        return bool(bold), bool(italic)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_STYLE_ID, _W_TYPE, _W_DEFAULT = _W + "styleId", _W + "type", _W + "default"
_W_RPR, _W_VAL = _W + "rPr", _W + "val"
_OFF = frozenset({"0", "false", "off", "none"})


def _on_off(rpr: Any | None, local: str) -> bool | None:
    """A w:b / w:i toggle: absent None, present True unless its w:val turns it off."""
    if rpr is None:
        return None
    node = rpr.find(_W + local)
    if node is None:
        return None
    return node.get(_W_VAL, "true").lower() not in _OFF


# Word's number formats -> the label kinds of `LabelFormat` ("(a)" is kind "a").
_NUMBER_FORMAT_KINDS = {
    "decimal": "1",
    "lowerLetter": "a",
    "upperLetter": "A",
    "lowerRoman": "i",
    "upperRoman": "I",
}


class ListNumbering:
    """Word's automatic numbering (word/numbering.xml): which label kind each list level prints.

    A paragraph Word numbers itself has no label in its text; its list's number format says
    which subdivision level it is ("(1)" lists are decimal, "(A)" lists upper-letter ...).
    """

    def __init__(self, numbering_part: Any | None) -> None:
        self._formats: dict[tuple[str, int], str] = {}
        if numbering_part is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for node in numbering_part.iterchildren(_W + "abstractNum"):
            levels: dict[int, str] = {}
            for lvl in node.iterchildren(_W + "lvl"):
                fmt = lvl.find(_W + "numFmt")
                if fmt is not None and (ilvl := lvl.get(_W + "ilvl", "")).isdigit():
                    levels[int(ilvl)] = fmt.get(_W_VAL, "")
            abstract[node.get(_W + "abstractNumId", "")] = levels
        for num in numbering_part.iterchildren(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = abstract.get(ref.get(_W_VAL, "") if ref is not None else "", {})
            for ilvl, fmt in levels.items():
                self._formats[(num.get(_W + "numId", ""), ilvl)] = fmt

    def label_kind(self, num_id: str, ilvl: int) -> str | None:
        """The label kind ("a", "1" ...) of a list level, or None for bullets and the unknown."""
        return _NUMBER_FORMAT_KINDS.get(self._formats.get((num_id, ilvl), ""))
