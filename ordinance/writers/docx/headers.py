"""The running header (short title, DRAFT) and footer (Page N of M), as parts of the package."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping

from .. import oxml
from ..oxml import Element
from .package import Package
from .styles import unique_name


def header(style_ids: Mapping[str, str], label: str, draft_mark: bool, width: int) -> Element:
    # The Header style of most templates has stops at 4680 and 9360 (for 6.5in of text);
    # clear them so the one tab lands "DRAFT" flush right whatever the margins.
    stops = [("clear", pos) for pos in (4680, 9360) if pos != width] + [("right", width)]
    p = oxml.paragraph(style_ids.get("header"), [oxml.tab_stops(stops)])
    oxml.text_run(p, label)
    if draft_mark:
        oxml.add_tab(oxml.run(p))
        oxml.text_run(p, "DRAFT", bold=True)
    return oxml.header_root([p])


def footer(style_ids: Mapping[str, str]) -> Element:
    p = oxml.paragraph(style_ids.get("footer"), [oxml.justification("center")])
    oxml.text_run(p, "Page ")
    oxml.add_field(p, "PAGE", "1")
    oxml.text_run(p, " of ")
    oxml.add_field(p, "NUMPAGES", "1")
    return oxml.footer_root([p])


def add_header_footer(package: Package, header_root: Element, footer_root: Element) -> None:
    """Add the header and footer parts and point the page setup at them."""
    rels = oxml.parse(package.parts[package.base.main_rels])
    types = package.content_types()
    rids = []
    main_dir = posixpath.dirname(package.base.main)
    for kind, root, content_type in (
        ("header", header_root, oxml.HEADER_CONTENT_TYPE),
        ("footer", footer_root, oxml.FOOTER_CONTENT_TYPE),
    ):
        name = _unique_part(package.parts, posixpath.join(main_dir, kind), ".xml")
        rid = unique_name(f"rIdOrdinance{kind.title()}", {r.get("Id", "") for r in rels})
        oxml.add_relationship(
            rels, rid, oxml.RELATIONSHIP_TYPE + kind, posixpath.relpath(name, main_dir)
        )
        oxml.set_content_type(types, "/" + name, content_type)
        package.put(name, oxml.serialize(root))
        rids.append(rid)
    package.put(package.base.main_rels, oxml.serialize(rels))
    package.put_content_types(types)
    oxml.set_header_footer(package.sect_pr, rids[0], rids[1])


def _unique_part(parts: Mapping[str, bytes], stem: str, suffix: str) -> str:
    n = 1
    while f"{stem}{n}{suffix}" in parts:
        n += 1
    return f"{stem}{n}{suffix}"
