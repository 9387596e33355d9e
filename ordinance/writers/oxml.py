"""Small builders for WordprocessingML elements, in the spirit of python-docx's `docx.oxml` layer.

python-docx has no API for fields (PAGE, NUMPAGES, TOC), line numbering, borderless tables or
style definitions, and its proxy objects are slow for bulk text. These functions build the raw
lxml elements directly. Every builder returns an element (or appends one), never an XML string.

Child order inside property elements (w:pPr, w:rPr, w:sectPr, w:style, w:settings) is fixed by
the schema and Word rejects a file that breaks it, so properties are placed with `set_property`,
which knows each container's order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from lxml import etree

# --------------------------------------------------------------------------- namespaces

NS: dict[str, str] = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "pr": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CORE_PROPERTIES_TYPE = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."
DOCUMENT_CONTENT_TYPE = CONTENT_TYPE + "document.main+xml"
HEADER_CONTENT_TYPE = CONTENT_TYPE + "header+xml"
FOOTER_CONTENT_TYPE = CONTENT_TYPE + "footer+xml"
CORE_CONTENT_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"

_W_NSMAP = {"w": NS["w"], "r": NS["r"]}


@cache
def qn(tag: str) -> str:
    """Clark notation for a prefixed tag: qn("w:p") -> "{http://...main}p"."""
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


Element = etree._Element
Attrs = Mapping[str, str | int]


def element(tag: str, attrs: Attrs | None = None, children: Iterable[Element] = ()) -> Element:
    """A new element with prefixed attribute names (e.g. {"w:val": "Normal"}) and children."""
    node = etree.Element(qn(tag), nsmap=_W_NSMAP if tag.startswith("w:") else None)
    if attrs:
        for name, value in attrs.items():
            node.set(qn(name), str(value))
    for child in children:
        node.append(child)
    return node


def sub(parent: Element, tag: str, attrs: Attrs | None = None) -> Element:
    """Append a new child element; inherits the parent's namespace declarations (fast path)."""
    node = etree.SubElement(parent, qn(tag))
    if attrs:
        for name, value in attrs.items():
            node.set(qn(name), str(value))
    return node


def val(tag: str, value: str | int) -> Element:
    """The common one-attribute property element: <w:tag w:val="value"/>."""
    return element(tag, {"w:val": value})


def serialize(root: Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def parse(data: bytes) -> Element:
    # resolve_entities=False: a user's reference file must not pull in external entities.
    parser = etree.XMLParser(resolve_entities=False, remove_blank_text=False, huge_tree=True)
    return etree.fromstring(data, parser)


# --------------------------------------------------------------------------- property ordering

_ORDER: dict[str, str] = {
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss "
    "imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs "
    "highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish "
    "oMath",
    "w:sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar "
    "paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg "
    "textDirection bidi rtlGutter docGrid printerSettings sectPrChange",
    "w:style": "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden "
    "unhideWhenUsed qFormat locked personal personalCompose personalReply rsid pPr rPr tblPr "
    "trPr tcPr tblStylePr",
    # Only the tail of w:settings that follows w:updateFields matters to us.
    "w:settings": "updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids "
    "mathPr attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats "
    "doNotAutoCompressPictures forceUpgrade captions readModeInkLockDown smartTagType "
    "schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator",
}
_RANK: dict[str, dict[str, int]] = {
    qn(container): {qn("w:" + name): rank for rank, name in enumerate(names.split())}
    for container, names in _ORDER.items()
}


def set_property(container: Element, prop: Element) -> Element:
    """Put `prop` into `container` at its schema position, replacing one of the same tag."""
    rank = _RANK[container.tag]
    for old in container.findall(prop.tag):
        container.remove(old)
    mine = rank.get(prop.tag, len(rank))
    for index, child in enumerate(container):
        if rank.get(child.tag, -1) > mine:
            container.insert(index, prop)
            return prop
    container.append(prop)
    return prop


def properties(tag: str, props: Iterable[Element]) -> Element:
    """A w:pPr / w:rPr / w:sectPr with its children in schema order."""
    container = element(tag)
    for prop in props:
        set_property(container, prop)
    return container


def remove_all(container: Element, tag: str) -> None:
    for old in container.findall(qn(tag)):
        container.remove(old)


# --------------------------------------------------------------------------- paragraph properties


def style_ref(style_id: str) -> Element:
    return val("w:pStyle", style_id)


def keep_next() -> Element:
    return element("w:keepNext")


def keep_lines() -> Element:
    return element("w:keepLines")


def outline_level(level: int) -> Element:
    """Outline level 0 = Heading 1: what Word's navigation pane and a TOC with \\u read."""
    return val("w:outlineLvl", level)


def justification(value: str) -> Element:
    return val("w:jc", value)


def spacing(
    before: int | None = None, after: int | None = None, line: int | None = None
) -> Element:
    """Space before/after in twentieths of a point; `line` in 240ths of a line (240 = single)."""
    attrs: dict[str, str | int] = {}
    if before is not None:
        attrs["w:before"] = before
    if after is not None:
        attrs["w:after"] = after
    if line is not None:
        attrs["w:line"] = line
        attrs["w:lineRule"] = "auto"
    return element("w:spacing", attrs)


def indentation(left: int = 0, hanging: int = 0, right: int = 0, first_line: int = 0) -> Element:
    attrs: dict[str, str | int] = {"w:left": left}
    if right:
        attrs["w:right"] = right
    if hanging:
        attrs["w:hanging"] = hanging
    elif first_line:
        attrs["w:firstLine"] = first_line
    return element("w:ind", attrs)


def tab_stops(stops: Sequence[tuple[str, int]]) -> Element:
    """w:tabs from (alignment, position) pairs; alignment "clear" removes an inherited stop."""
    tabs = [element("w:tab", {"w:val": align, "w:pos": pos}) for align, pos in stops]
    return element("w:tabs", children=tabs)


def shading(fill: str) -> Element:
    return element("w:shd", {"w:val": "clear", "w:color": "auto", "w:fill": fill})


def paragraph_border(side: str, size: int = 12, space: int = 4, color: str = "808080") -> Element:
    """A single-line border on one side of a paragraph (size in eighths of a point)."""
    attrs: dict[str, str | int] = {
        "w:val": "single",
        "w:sz": size,
        "w:space": space,
        "w:color": color,
    }
    return element("w:pBdr", children=[element("w:" + side, attrs)])


# --------------------------------------------------------------------------- run properties


def fonts(name: str) -> Element:
    """Explicit fonts for all scripts (dropping theme fonts, which would otherwise win)."""
    return element("w:rFonts", {"w:ascii": name, "w:hAnsi": name, "w:cs": name, "w:eastAsia": name})


def font_size(points: float) -> list[Element]:
    half_points = round(points * 2)
    return [val("w:sz", half_points), val("w:szCs", half_points)]


def bold() -> list[Element]:
    return [element("w:b"), element("w:bCs")]


def italic() -> list[Element]:
    return [element("w:i"), element("w:iCs")]


def color(value: str) -> Element:
    return val("w:color", value)


# --------------------------------------------------------------------------- paragraphs and runs


# Tags of the hot path, resolved once: a long draft makes tens of thousands of these.
_P, _PPR, _PSTYLE = qn("w:p"), qn("w:pPr"), qn("w:pStyle")
_R, _RPR, _RSTYLE, _B, _I = qn("w:r"), qn("w:rPr"), qn("w:rStyle"), qn("w:b"), qn("w:i")
_T, _VAL, _SPACE = qn("w:t"), qn("w:val"), qn("xml:space")
_SubElement = etree.SubElement


def paragraph(
    style_id: str | None = None, props: Iterable[Element] = (), parent: Element | None = None
) -> Element:
    """A w:p (appended to `parent` if given) with its style reference and extra properties."""
    p = element("w:p") if parent is None else _SubElement(parent, _P)
    extra = list(props)
    if style_id or extra:
        ppr = _SubElement(p, _PPR)
        if style_id:
            _SubElement(ppr, _PSTYLE, {_VAL: style_id})
        for prop in extra:
            set_property(ppr, prop)
    return p


def run(
    parent: Element, *, style_id: str | None = None, bold: bool = False, italic: bool = False
) -> Element:
    """Append a w:r with its character style and direct bold/italic (in schema order)."""
    r = _SubElement(parent, _R)
    if style_id or bold or italic:
        rpr = _SubElement(r, _RPR)
        if style_id:
            _SubElement(rpr, _RSTYLE, {_VAL: style_id})
        if bold:
            _SubElement(rpr, _B)
        if italic:
            _SubElement(rpr, _I)
    return r


# Characters XML 1.0 cannot carry at all (lxml refuses them).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def add_text(r: Element, text: str) -> Element:
    """Append a w:t; leading or trailing spaces need xml:space="preserve" to survive."""
    t = _SubElement(r, _T)
    if text[:1].isspace() or text[-1:].isspace():
        t.set(_SPACE, "preserve")
    try:
        t.text = text
    except ValueError:  # rare: control characters pasted into a draft
        t.text = _NOT_XML.sub("", text)
    return t


def add_tab(r: Element) -> Element:
    return sub(r, "w:tab")


def add_break(r: Element) -> Element:
    return sub(r, "w:br")


def text_run(parent: Element, text: str, *, bold: bool = False, italic: bool = False) -> Element:
    r = run(parent, bold=bold, italic=italic)
    add_text(r, text)
    return r


# --------------------------------------------------------------------------- bookmarks and links


def add_bookmark(p: Element, bookmark_id: int, name: str) -> None:
    """A bookmark around a paragraph's content (after its properties, to its end)."""
    start = element("w:bookmarkStart", {"w:id": bookmark_id, "w:name": name})
    p.insert(1 if p.find(_PPR) is not None else 0, start)
    sub(p, "w:bookmarkEnd", {"w:id": bookmark_id})


def internal_link(parent: Element, bookmark: str) -> Element:
    """Append a w:hyperlink that jumps to a bookmark in the same document; runs go inside it."""
    return sub(parent, "w:hyperlink", {"w:anchor": bookmark, "w:history": "1"})


# --------------------------------------------------------------------------- fields


def _field_char(parent: Element, kind: str) -> None:
    sub(sub(parent, "w:r"), "w:fldChar", {"w:fldCharType": kind})


def begin_field(parent: Element, instruction: str) -> None:
    """Open a complex field: fldChar begin, the instruction, fldChar separate.

    The field's cached result follows as ordinary runs (possibly in later paragraphs, as for a
    TOC); `end_field` closes it.
    """
    _field_char(parent, "begin")
    instr = sub(sub(parent, "w:r"), "w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _field_char(parent, "separate")


def end_field(parent: Element) -> None:
    _field_char(parent, "end")


def add_field(parent: Element, instruction: str, result: str) -> None:
    """A complete complex field in one paragraph, e.g. PAGE with cached result "1"."""
    begin_field(parent, instruction)
    text_run(parent, result)
    end_field(parent)


TOC_INSTRUCTION = r'TOC \o "1-3" \h \z \u'


# --------------------------------------------------------------------------- sections


def page_size(width: int = 12240, height: int = 15840) -> Element:
    """Page size in twentieths of a point; the default is US letter."""
    return element("w:pgSz", {"w:w": width, "w:h": height})


def page_margins(margin: int = 1440, header: int = 720, footer: int = 720) -> Element:
    return element(
        "w:pgMar",
        {
            "w:top": margin,
            "w:right": margin,
            "w:bottom": margin,
            "w:left": margin,
            "w:header": header,
            "w:footer": footer,
            "w:gutter": 0,
        },
    )


def line_numbering(count_by: int = 1, restart: str = "newPage", distance: int = 360) -> Element:
    """Numbers in the left margin, every `count_by` lines, restarting per page or section."""
    return element(
        "w:lnNumType", {"w:countBy": count_by, "w:restart": restart, "w:distance": distance}
    )


def section_properties() -> Element:
    """Letter paper, one-inch margins, one column."""
    return properties(
        "w:sectPr", [page_size(), page_margins(), element("w:cols", {"w:space": 720})]
    )


def set_header_footer(sect_pr: Element, header_rid: str, footer_rid: str) -> None:
    """Point the section at one default header and footer, dropping any others it had."""
    for tag in ("w:headerReference", "w:footerReference", "w:titlePg"):
        remove_all(sect_pr, tag)
    # Inserted in reverse so each lands first: header before footer, as the schema wants.
    for tag, rid in (("w:footerReference", footer_rid), ("w:headerReference", header_rid)):
        sect_pr.insert(0, element(tag, {"w:type": "default", "r:id": rid}))


def text_width(sect_pr: Element) -> int:
    """Width between the margins, for tab stops and table columns (letter/1in if unknown)."""
    size, margins = sect_pr.find(qn("w:pgSz")), sect_pr.find(qn("w:pgMar"))
    try:
        width = int(size.get(qn("w:w"), "12240")) if size is not None else 12240
        left = int(margins.get(qn("w:left"), "1440")) if margins is not None else 1440
        right = int(margins.get(qn("w:right"), "1440")) if margins is not None else 1440
    except ValueError:
        return 9360
    return max(width - left - right, 1440)


def header_root(paragraphs: Iterable[Element]) -> Element:
    return element("w:hdr", children=paragraphs)


def footer_root(paragraphs: Iterable[Element]) -> Element:
    return element("w:ftr", children=paragraphs)


# --------------------------------------------------------------------------- tables


def _no_borders() -> Element:
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    return element("w:tblBorders", children=[val("w:" + side, "nil") for side in sides])


def borderless_table(rows: Sequence[Sequence[Sequence[Element]]], widths: Sequence[int]) -> Element:
    """A fixed-layout table without borders; each cell is a list of w:p (at least one)."""
    tbl = element("w:tbl")
    tbl_pr = sub(tbl, "w:tblPr")
    sub(tbl_pr, "w:tblW", {"w:w": sum(widths), "w:type": "dxa"})
    tbl_pr.append(_no_borders())
    sub(tbl_pr, "w:tblLayout", {"w:type": "fixed"})
    sub(
        tbl_pr,
        "w:tblLook",
        {
            "w:val": "0000",
            "w:firstRow": 0,
            "w:lastRow": 0,
            "w:firstColumn": 0,
            "w:lastColumn": 0,
            "w:noHBand": 1,
            "w:noVBand": 1,
        },
    )
    grid = sub(tbl, "w:tblGrid")
    for width in widths:
        sub(grid, "w:gridCol", {"w:w": width})
    for cells in rows:
        tr = sub(tbl, "w:tr")
        sub(sub(tr, "w:trPr"), "w:cantSplit")
        for width, content in zip(widths, cells, strict=True):
            tc = sub(tr, "w:tc")
            sub(sub(tc, "w:tcPr"), "w:tcW", {"w:w": width, "w:type": "dxa"})
            for p in content or [element("w:p")]:
                tc.append(p)
    return tbl


# --------------------------------------------------------------------------- styles


def style_ids_by_name(styles: Element) -> dict[str, str]:
    """Lower-cased style name -> style id ("heading 1" -> "Heading1"); names are what users see,
    ids differ between Word's languages."""
    ids: dict[str, str] = {}
    for style in styles.iterfind(qn("w:style")):
        name = style.find(qn("w:name"))
        style_id = style.get(qn("w:styleId"))
        if name is not None and style_id:
            ids.setdefault(name.get(qn("w:val"), "").lower(), style_id)
    return ids


def style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    next_style: str | None = None,
    ppr: Iterable[Element] = (),
    rpr: Iterable[Element] = (),
    custom: bool = True,
) -> Element:
    """A w:style definition (kind "paragraph" or "character") shown in Word's style gallery."""
    attrs: dict[str, str | int] = {"w:type": kind, "w:styleId": style_id}
    if custom:
        attrs["w:customStyle"] = 1
    node = element("w:style", attrs)
    props = [val("w:name", name)]
    if based_on:
        props.append(val("w:basedOn", based_on))
    if next_style:
        props.append(val("w:next", next_style))
    props += [val("w:uiPriority", 10 if kind == "paragraph" else 20), element("w:qFormat")]
    for prop in props:
        set_property(node, prop)
    ppr_list, rpr_list = list(ppr), list(rpr)
    if ppr_list:
        set_property(node, properties("w:pPr", ppr_list))
    if rpr_list:
        set_property(node, properties("w:rPr", rpr_list))
    return node


def default_run_properties(styles: Element) -> Element:
    """The w:rPr inside w:docDefaults/w:rPrDefault, created if missing."""
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = element("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = element("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = sub(rpr_default, "w:rPr")
    return rpr


def style_properties(style_el: Element, tag: str) -> Element:
    """A style's w:pPr or w:rPr, created if missing."""
    container = style_el.find(qn(tag))
    if container is None:
        container = set_property(style_el, element(tag))
    return container


# --------------------------------------------------------------------------- package parts


def relationships_root() -> Element:
    return etree.fromstring(f'<Relationships xmlns="{NS["pr"]}"/>')


def add_relationship(rels: Element, rid: str, rel_type: str, target: str) -> None:
    node = etree.SubElement(rels, qn("pr:Relationship"))
    node.set("Id", rid)
    node.set("Type", rel_type)
    node.set("Target", target)


def set_content_type(types: Element, part_name: str, content_type: str) -> None:
    """Declare (or re-declare) one part's content type with an Override."""
    for override in types.iterfind(qn("ct:Override")):
        if override.get("PartName") == part_name:
            override.set("ContentType", content_type)
            return
    node = etree.SubElement(types, qn("ct:Override"))
    node.set("PartName", part_name)
    node.set("ContentType", content_type)


def core_properties(title: str, author: str, created: dt.datetime, revision: int = 1) -> Element:
    """docProps/core.xml with fixed values: no clock time, so the output is reproducible."""
    nsmap = {key: NS[key] for key in ("cp", "dc", "dcterms", "xsi")}
    root = etree.Element(qn("cp:coreProperties"), nsmap=nsmap)
    if created.tzinfo is None:  # naive means UTC, never the machine's local zone
        created = created.replace(tzinfo=dt.UTC)
    stamp = created.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for tag, text in (
        ("dc:title", title),
        ("dc:creator", author),
        ("cp:lastModifiedBy", author),
        ("cp:revision", str(revision)),
    ):
        etree.SubElement(root, qn(tag)).text = text
    for tag in ("dcterms:created", "dcterms:modified"):
        node = etree.SubElement(root, qn(tag))
        node.set(qn("xsi:type"), "dcterms:W3CDTF")
        node.text = stamp
    return root
