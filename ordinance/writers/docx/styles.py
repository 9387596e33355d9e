"""Our named paragraph and character styles, added to a base package's styles part.

Styles are looked up by *name* in the base (names are what users see; ids differ between Word's
languages), so a reference document's own "Section Heading" wins over ours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ...document import Role
from .. import oxml
from ..oxml import Element, qn


@dataclass(frozen=True, slots=True)
class _StyleSpec:
    """One of our named styles: what it is based on and how it differs from that."""

    name: str
    kind: str = "paragraph"
    based_on: str = "normal"  # lower-cased style *name*, looked up in the base
    ppr: Callable[[], list[Element]] = list
    rpr: Callable[[], list[Element]] = list
    builtin: bool = False  # a name Word knows ("toc 1"): not flagged as a custom style


TWIPS_PER_LEVEL = 720  # half an inch: hanging indent of a label, and each level's step
SUBDIVISION_STYLES = 4


def _subdivision_spec(level: int) -> _StyleSpec:
    left = TWIPS_PER_LEVEL * (level + 1)
    return _StyleSpec(
        f"Subdivision {level + 1}",
        ppr=lambda: [
            oxml.tab_stops([("left", left)]),
            oxml.indentation(left=left, hanging=TWIPS_PER_LEVEL),
        ],
    )


_STYLES: tuple[_StyleSpec, ...] = (
    _StyleSpec(
        "Ordinance Caption",
        ppr=lambda: [oxml.justification("center"), oxml.keep_next()],
        rpr=oxml.bold,
    ),
    _StyleSpec(
        "Ordinance Title",
        ppr=lambda: [oxml.justification("center"), oxml.keep_next()],
        rpr=oxml.bold,
    ),
    _StyleSpec("Ordinance Preamble", ppr=lambda: [oxml.justification("center")]),
    _StyleSpec("Recital", ppr=lambda: [oxml.indentation(first_line=TWIPS_PER_LEVEL)]),
    _StyleSpec("Enacting Clause", ppr=lambda: [oxml.keep_next()]),
    # Outline levels put the headings in Word's navigation pane and in a TOC built with \u.
    _StyleSpec(
        "Section Heading",
        based_on="heading 1",
        ppr=lambda: [oxml.keep_next(), oxml.outline_level(0)],
    ),
    _StyleSpec(
        "Code Section Heading",
        based_on="heading 2",
        ppr=lambda: [oxml.keep_next(), oxml.outline_level(1)],
    ),
    *(_subdivision_spec(level) for level in range(SUBDIVISION_STYLES)),
    _StyleSpec("Ordinance Text"),
    _StyleSpec(
        "Drafter Note",
        ppr=lambda: [
            oxml.paragraph_border("left"),
            oxml.shading("F2F2F2"),
            oxml.indentation(left=360, right=360),
        ],
        rpr=oxml.italic,
    ),
    _StyleSpec("Adoption", ppr=lambda: [oxml.keep_next()]),
    # Room above each signature line for the pen.
    _StyleSpec(
        "Signature", ppr=lambda: [oxml.keep_lines(), oxml.spacing(before=480)], builtin=True
    ),
    _StyleSpec(
        "TOC Heading", based_on="heading 1", ppr=lambda: [oxml.outline_level(9)], builtin=True
    ),
    _StyleSpec("toc 1", builtin=True),
    _StyleSpec("toc 2", ppr=lambda: [oxml.indentation(left=240)], builtin=True),
    _StyleSpec("Subdivision Label", kind="character", based_on=""),
    _StyleSpec("Cross Reference", kind="character", based_on=""),
)


def add_styles(styles: Element) -> dict[str, str]:
    """Add each of our styles the base lacks; return our style name -> style id in the base."""
    by_name = oxml.style_ids_by_name(styles)
    taken = set(by_name.values())
    ids: dict[str, str] = {}
    for spec in _STYLES:
        existing = by_name.get(spec.name.lower())
        if existing:
            ids[spec.name] = existing
            continue
        style_id = unique_name(spec.name.replace(" ", "").replace("toc", "TOC"), taken)
        based_on = by_name.get(spec.based_on) or by_name.get("normal") if spec.based_on else None
        styles.append(
            oxml.style(
                spec.kind,
                style_id,
                spec.name,
                based_on=based_on,
                ppr=spec.ppr(),
                rpr=spec.rpr(),
                custom=not spec.builtin,
            )
        )
        by_name[spec.name.lower()] = style_id
        ids[spec.name] = style_id
    for name in ("header", "footer"):
        if name in by_name:
            ids[name] = by_name[name]
    return ids


def unique_name(candidate: str, taken: set[str]) -> str:
    name, n = candidate, 1
    while name in taken:
        n += 1
        name = f"{candidate}{n}"
    taken.add(name)
    return name


_HOUSE_FONT = "Times New Roman"


def apply_house_look(styles: Element) -> None:
    """A legal serif face at 12 pt, single spacing, black bold headings (no theme colours)."""
    rpr = oxml.default_run_properties(styles)
    oxml.set_property(rpr, oxml.fonts(_HOUSE_FONT))
    for size in oxml.font_size(12):
        oxml.set_property(rpr, size)
    defaults = styles.find(qn("w:docDefaults"))
    ppr_default = defaults.find(qn("w:pPrDefault")) if defaults is not None else None
    if ppr_default is not None and (ppr := ppr_default.find(qn("w:pPr"))) is not None:
        oxml.set_property(ppr, oxml.spacing(after=240, line=240))
    by_name = oxml.style_ids_by_name(styles)
    for style in styles.iterfind(qn("w:style")):
        if style.get(qn("w:styleId")) in (by_name.get("heading 1"), by_name.get("heading 2")):
            _plain_heading(style)


def _plain_heading(style: Element) -> None:
    rpr = oxml.style_properties(style, "w:rPr")
    oxml.remove_all(rpr, "w:rFonts")  # theme fonts would override the serif default
    oxml.set_property(rpr, oxml.color("000000"))
    for size in oxml.font_size(12):
        oxml.set_property(rpr, size)
    ppr = oxml.style_properties(style, "w:pPr")
    oxml.set_property(ppr, oxml.spacing(before=240, after=240))


ROLE_STYLES: dict[Role, str] = {
    Role.CAPTION: "Ordinance Caption",
    Role.TITLE: "Ordinance Title",
    Role.PREAMBLE: "Ordinance Preamble",
    Role.RECITAL: "Recital",
    Role.ENACTING: "Enacting Clause",
    Role.TEXT: "Ordinance Text",
    Role.NOTE: "Drafter Note",
    Role.CLOSING: "Adoption",
    Role.SIGNATURE: "Signature",
}
