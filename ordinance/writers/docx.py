"""Tree -> Word document (.docx).

The body is built at the element layer (`oxml`): one w:p per block, runs referencing styles by
id, no python-docx proxy objects, because those cost an XPath scan per style assignment and a
Python loop per character. The package around it comes from a base file, either python-docx's
default template with the house look (Times New Roman 12 pt, letter paper, one-inch margins) or
the user's own reference document, whose styles and page setup win (as with pandoc's
--reference-doc); our named styles are added only where the base lacks them.

Output is reproducible: the zip is written here with entries in a fixed order and a fixed
timestamp, and the document properties are fixed unless the caller sets them.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import posixpath
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree

from ..document import (
    Document,
    Emphasis,
    Inline,
    LineBreak,
    Paragraph,
    Ref,
    Role,
    Section,
    Strong,
    Subdivision,
    Text,
)
from ..errors import InputError, Problem
from . import oxml
from .markdown import heading_text
from .oxml import Element, qn


class ReferenceDocxError(InputError):
    """The reference document given for styles cannot be used."""


@dataclass
class DocxSettings:
    """Choices for the Word output; the defaults give a clean discussion draft."""

    line_numbers: bool = False  # numbered lines in the margin, restarting on each page
    draft_mark: bool = True  # "DRAFT" at the right of the running header
    table_of_contents: bool = False  # a TOC field before Section 1 (Word fills in page numbers)
    reference_docx: Path | None = None  # take styles and page setup from this Word file
    author: str | None = None  # core properties; fixed defaults keep the output reproducible
    title: str | None = None
    created: dt.datetime | None = None


def write_docx(doc: Document, settings: DocxSettings | None = None) -> bytes:
    """The ordinance as the bytes of a .docx file; the same inputs give the same bytes."""
    settings = settings or DocxSettings()
    doc.resolve()
    reference = settings.reference_docx
    base = _reference_base(Path(reference)) if reference else _house_base()
    package = _Package(dict(base.parts), set())

    sect_pr = oxml.parse(base.sect_pr)
    document = oxml.parse(base.document)
    body = document.find(qn("w:body"))
    assert body is not None  # _load_base guarantees it
    _BodyWriter(base.style_ids, oxml.text_width(sect_pr)).write(doc, body, settings)

    header, footer = _add_header_footer(package, base, settings, doc, sect_pr)
    oxml.set_header_footer(sect_pr, header, footer)
    if settings.line_numbers:
        oxml.set_property(sect_pr, oxml.line_numbering())
    body.append(sect_pr)
    package.put(base.main, oxml.serialize(document))

    if settings.table_of_contents:
        _ask_to_update_fields(package, base.settings)
    _add_core_properties(package, doc, settings)
    return package.to_zip()


# --------------------------------------------------------------------------- styles


@dataclass(frozen=True, slots=True)
class _StyleSpec:
    """One of our named styles: what it is based on and how it differs from that."""

    name: str
    kind: str = "paragraph"
    based_on: str = "normal"  # lower-cased style *name*, looked up in the base
    ppr: Callable[[], list[Element]] = list
    rpr: Callable[[], list[Element]] = list
    builtin: bool = False  # a name Word knows ("toc 1"): not flagged as a custom style


_TWIPS_PER_LEVEL = 720  # half an inch: hanging indent of a label, and each level's step
_SUBDIVISION_STYLES = 4


def _subdivision_spec(level: int) -> _StyleSpec:
    left = _TWIPS_PER_LEVEL * (level + 1)
    return _StyleSpec(
        f"Subdivision {level + 1}",
        ppr=lambda: [
            oxml.tab_stops([("left", left)]),
            oxml.indentation(left=left, hanging=_TWIPS_PER_LEVEL),
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
    _StyleSpec("Recital", ppr=lambda: [oxml.indentation(first_line=_TWIPS_PER_LEVEL)]),
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
    *(_subdivision_spec(level) for level in range(_SUBDIVISION_STYLES)),
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


def _add_styles(styles: Element) -> dict[str, str]:
    """Add each of our styles the base lacks; return our style name -> style id in the base."""
    by_name = oxml.style_ids_by_name(styles)
    taken = set(by_name.values())
    ids: dict[str, str] = {}
    for spec in _STYLES:
        existing = by_name.get(spec.name.lower())
        if existing:
            ids[spec.name] = existing
            continue
        style_id = _unique(spec.name.replace(" ", "").replace("toc", "TOC"), taken)
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


def _unique(candidate: str, taken: set[str]) -> str:
    name, n = candidate, 1
    while name in taken:
        n += 1
        name = f"{candidate}{n}"
    taken.add(name)
    return name


_HOUSE_FONT = "Times New Roman"


def _apply_house_look(styles: Element) -> None:
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


# --------------------------------------------------------------------------- body


_ROLE_STYLES: dict[Role, str] = {
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


@dataclass(slots=True)
class _BodyWriter:
    """Appends the tree's blocks to w:body, one function per kind of node."""

    ids: dict[str, str]  # our style name -> style id in this package
    width: int  # text width in twips, for the signature table's columns
    body: Element = field(init=False)
    targets: set[str] = field(default_factory=set)  # ids that cross-references point to
    bookmarks: int = 0

    def write(self, doc: Document, body: Element, settings: DocxSettings) -> None:
        self.body = body
        self.targets = {ref.target for ref in doc.references()}
        # The contents follow the title block, so that the enacting clause still leads straight
        # into Section 1.
        title_block = _title_block_length(doc.preamble)
        self.paragraphs(doc.preamble[:title_block])
        if settings.table_of_contents:
            self.table_of_contents(doc)
        self.paragraphs(doc.preamble[title_block:])
        for section in doc.sections:
            self.section(doc, section)
        self.paragraphs(doc.closing)

    def new_paragraph(self, style: str, props: list[Element] | None = None) -> Element:
        return oxml.paragraph(self.ids[style], props or (), parent=self.body)

    def paragraphs(self, paragraphs: list[Paragraph]) -> None:
        """Ordinary paragraphs, with each run of signatures gathered into one table."""
        for group in _signature_groups(paragraphs):
            if group[0].role is Role.SIGNATURE:
                self.signature_table(group)
            else:
                self.paragraph(group[0])

    def paragraph(self, paragraph: Paragraph) -> None:
        p = self.new_paragraph(_ROLE_STYLES[paragraph.role])
        self.mark_target(p, paragraph.id)
        self.inlines(p, paragraph.inlines)

    def mark_target(self, p: Element, node_id: str) -> None:
        """Bookmark a paragraph a cross-reference points to, for the reference to link to."""
        if node_id in self.targets:
            # Bookmark ids need only be unique in the document: count them as they are placed.
            self.bookmarks += 1
            oxml.add_bookmark(p, self.bookmarks, oxml.bookmark_name(node_id))

    def section(self, doc: Document, section: Section) -> None:
        style = "Section Heading" if section.depth == 0 else "Code Section Heading"
        heading = self.new_paragraph(style)
        self.mark_target(heading, section.id)
        oxml.text_run(heading, heading_text(doc, section))
        for block in section.content:
            match block:
                case Section():
                    self.section(doc, block)
                case Subdivision():
                    self.subdivision(block)
                case Paragraph():
                    self.paragraphs([block])

    def subdivision(self, sub: Subdivision) -> None:
        """ "(a)<tab>text": the label hangs in the margin of its own level's indent."""
        level = min(sub.level, _SUBDIVISION_STYLES - 1)
        props = None
        if sub.level > level:  # deeper than our styles go: indent directly
            left = _TWIPS_PER_LEVEL * (sub.level + 1)
            props = [
                oxml.tab_stops([("left", left)]),
                oxml.indentation(left=left, hanging=_TWIPS_PER_LEVEL),
            ]
        p = self.new_paragraph(f"Subdivision {level + 1}", props)
        self.mark_target(p, sub.id)
        label = oxml.run(p, style_id=self.ids["Subdivision Label"])
        oxml.add_text(label, sub.label)
        oxml.add_tab(label)
        self.inlines(p, sub.inlines)
        for child in sub.children:
            self.subdivision(child)

    def inlines(
        self, p: Element, nodes: list[Inline], bold: bool = False, italic: bool = False
    ) -> None:
        for node in nodes:
            match node:
                case Text(text=text):
                    oxml.text_run(p, text, bold=bold, italic=italic)
                case Emphasis(children=children):
                    self.inlines(p, children, bold, True)
                case Strong(children=children):
                    self.inlines(p, children, True, italic)
                case Ref(target=target, text=text):
                    # A link Word and LibreOffice follow on click; readers that ignore links
                    # (pandoc -t plain) still see the resolved text.
                    link = oxml.internal_link(p, oxml.bookmark_name(target))
                    r = oxml.run(
                        link, style_id=self.ids["Cross Reference"], bold=bold, italic=italic
                    )
                    oxml.add_text(r, text)
                case LineBreak():
                    oxml.add_break(oxml.run(p))

    def signature_table(self, signatures: list[Paragraph]) -> None:
        """Signature blocks side by side, two to a row, in a table without borders."""
        cells: list[list[Element]] = []
        for signature in signatures:
            p = oxml.paragraph(self.ids["Signature"])
            self.inlines(p, signature.inlines)
            cells.append([p])
        if len(cells) % 2:
            cells.append([])
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
        half = self.width // 2
        self.body.append(oxml.borderless_table(rows, [half, self.width - half]))

    def table_of_contents(self, doc: Document) -> None:
        """A TOC field whose cached result lists the headings (Word adds page numbers on
        update; settings ask it to update fields when the file opens)."""
        oxml.text_run(self.new_paragraph("TOC Heading"), "Contents")
        entries = [(s.depth, heading_text(doc, s)) for s in _all_sections(doc.sections)]
        if not entries:
            entries = [(0, "Update this field to build the table of contents.")]
        last = len(entries) - 1
        for index, (depth, text) in enumerate(entries):
            p = self.new_paragraph("toc 1" if depth == 0 else "toc 2")
            if index == 0:
                oxml.begin_field(p, oxml.TOC_INSTRUCTION)
            oxml.text_run(p, text)
            if index == last:
                oxml.end_field(p)


def _title_block_length(preamble: list[Paragraph]) -> int:
    """How many leading paragraphs form the title block (caption, long title, lines after it)."""
    title_roles = (Role.CAPTION, Role.TITLE, Role.PREAMBLE, Role.NOTE)
    for index, paragraph in enumerate(preamble):
        if paragraph.role not in title_roles:
            return index
    return len(preamble)


def _signature_groups(paragraphs: list[Paragraph]) -> Iterator[list[Paragraph]]:
    """Consecutive signatures together; every other paragraph on its own."""
    group: list[Paragraph] = []
    for paragraph in paragraphs:
        if paragraph.role is Role.SIGNATURE:
            group.append(paragraph)
            continue
        if group:
            yield group
            group = []
        yield [paragraph]
    if group:
        yield group


def _all_sections(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from _all_sections(section.sections)


# --------------------------------------------------------------------------- header, footer


def _header(ids: dict[str, str], label: str, draft_mark: bool, width: int) -> Element:
    # The Header style of most templates has stops at 4680 and 9360 (for 6.5in of text);
    # clear them so the one tab lands "DRAFT" flush right whatever the margins.
    stops = [("clear", pos) for pos in (4680, 9360) if pos != width] + [("right", width)]
    p = oxml.paragraph(ids.get("header"), [oxml.tab_stops(stops)])
    oxml.text_run(p, label)
    if draft_mark:
        oxml.add_tab(oxml.run(p))
        oxml.text_run(p, "DRAFT", bold=True)
    return oxml.header_root([p])


def _footer(ids: dict[str, str]) -> Element:
    p = oxml.paragraph(ids.get("footer"), [oxml.justification("center")])
    oxml.text_run(p, "Page ")
    oxml.add_field(p, "PAGE", "1")
    oxml.text_run(p, " of ")
    oxml.add_field(p, "NUMPAGES", "1")
    return oxml.footer_root([p])


def _add_header_footer(
    package: _Package, base: _Base, settings: DocxSettings, doc: Document, sect_pr: Element
) -> tuple[str, str]:
    """Add the header and footer parts; return their relationship ids."""
    width = oxml.text_width(sect_pr)
    rels = oxml.parse(package.parts[base.main_rels])
    types = oxml.parse(package.parts[_CONTENT_TYPES])
    rids = []
    parts = (
        (
            "header",
            _header(base.style_ids, doc.info.label, settings.draft_mark, width),
            oxml.HEADER_CONTENT_TYPE,
        ),
        ("footer", _footer(base.style_ids), oxml.FOOTER_CONTENT_TYPE),
    )
    main_dir = posixpath.dirname(base.main)
    for kind, root, content_type in parts:
        name = _unique_part(package.parts, posixpath.join(main_dir, kind), ".xml")
        rid = _unique(
            {"header": "rIdOrdinanceHeader", "footer": "rIdOrdinanceFooter"}[kind],
            {r.get("Id", "") for r in rels},
        )
        oxml.add_relationship(
            rels, rid, oxml.RELATIONSHIP_TYPE + kind, posixpath.relpath(name, main_dir)
        )
        oxml.set_content_type(types, "/" + name, content_type)
        package.put(name, oxml.serialize(root))
        rids.append(rid)
    package.put(base.main_rels, oxml.serialize(rels))
    package.put(_CONTENT_TYPES, oxml.serialize(types))
    return rids[0], rids[1]


def _unique_part(parts: dict[str, bytes], stem: str, suffix: str) -> str:
    n = 1
    while f"{stem}{n}{suffix}" in parts:
        n += 1
    return f"{stem}{n}{suffix}"


# --------------------------------------------------------------------------- settings, properties


def _ask_to_update_fields(package: _Package, settings_part: str | None) -> None:
    """Word then fills in the TOC's page numbers when the file is opened."""
    if settings_part is None:
        return
    root = oxml.parse(package.parts[settings_part])
    oxml.set_property(root, oxml.val("w:updateFields", "true"))
    package.put(settings_part, oxml.serialize(root))


_FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_CORE = "docProps/core.xml"


def _add_core_properties(package: _Package, doc: Document, settings: DocxSettings) -> None:
    if settings.created is not None:
        created = settings.created
    elif doc.info.date is not None:
        created = dt.datetime.combine(doc.info.date, dt.time(), tzinfo=dt.UTC)
    else:
        created = _FIXED_DATE
    root = oxml.core_properties(
        title=settings.title or doc.info.title,
        author=settings.author or "ordinance",
        created=created,
    )
    package.put(_CORE, oxml.serialize(root))
    rels = oxml.parse(package.parts[_ROOT_RELS])
    oxml.add_relationship(rels, "rIdOrdinanceCore", oxml.CORE_PROPERTIES_TYPE, _CORE)
    package.put(_ROOT_RELS, oxml.serialize(rels))
    types = oxml.parse(package.parts[_CONTENT_TYPES])
    oxml.set_content_type(types, "/" + _CORE, oxml.CORE_CONTENT_TYPE)
    package.put(_CONTENT_TYPES, oxml.serialize(types))


# --------------------------------------------------------------------------- the base package

_CONTENT_TYPES = "[Content_Types].xml"
_ROOT_RELS = "_rels/.rels"
# Relationships worth keeping from a base file. Headers, footers, images, comments and the
# like belonged to its old body; core properties and the thumbnail are replaced or dropped.
_KEEP_ROOT = {"officeDocument", "extended-properties", "custom-properties"}
_KEEP_MAIN = {
    "styles",
    "settings",
    "webSettings",
    "fontTable",
    "theme",
    "numbering",
    "footnotes",
    "endnotes",
    "customXml",
}


@dataclass(frozen=True, slots=True)
class _Base:
    """A base package, prepared once: pruned parts, our styles added, the body emptied."""

    parts: dict[str, bytes]
    main: str  # the main document part, usually word/document.xml
    main_rels: str
    settings: str | None
    document: bytes  # the main part with an empty body
    sect_pr: bytes  # the page setup to use
    style_ids: dict[str, str]


@cache
def _house_base() -> _Base:
    return _load_base(_read_zip(_default_template()), house=True)


def _default_template() -> Path:
    """python-docx's blank document, found without importing python-docx (slow to import)."""
    spec = importlib.util.find_spec("docx")
    if spec is None or spec.origin is None:
        raise RuntimeError("DOCX output needs python-docx: pip install python-docx")
    return Path(spec.origin).parent / "templates" / "default.docx"


def _reference_base(path: Path) -> _Base:
    stat = path.stat()
    try:
        return _cached_reference(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ReferenceDocxError(
            [Problem(str(path), 0, 0, "--reference-docx", f"not a usable Word document ({error})")]
        ) from None


@lru_cache(maxsize=8)
def _cached_reference(path: str, mtime_ns: int, size: int) -> _Base:
    # mtime and size are part of the key so that an edited reference file is read again.
    return _load_base(_read_zip(Path(path)), house=False)


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()
        }


def _load_base(parts: dict[str, bytes], house: bool) -> _Base:
    root_rels = oxml.parse(parts[_ROOT_RELS])
    _prune_relationships(root_rels, _KEEP_ROOT)
    main = _target_of(root_rels, "", "officeDocument")
    if main is None:
        raise ValueError("not a Word document: no main document part")
    main_rels = _rels_name(main)
    rels = oxml.parse(parts[main_rels]) if main_rels in parts else oxml.relationships_root()
    _prune_relationships(rels, _KEEP_MAIN)

    styles_name = _target_of(rels, main, "styles")
    if styles_name is None or styles_name not in parts:
        styles_name = posixpath.join(posixpath.dirname(main), "styles.xml")
        oxml.add_relationship(
            rels,
            "rIdOrdinanceStyles",
            oxml.RELATIONSHIP_TYPE + "styles",
            posixpath.relpath(styles_name, posixpath.dirname(main)),
        )
        parts[styles_name] = _house_base().parts["word/styles.xml"]
    styles = oxml.parse(parts[styles_name])
    if house:
        _apply_house_look(styles)
    style_ids = _add_styles(styles)
    parts[styles_name] = oxml.serialize(styles)

    document, sect_pr = _empty_document(parts[main], house)
    parts[_ROOT_RELS] = oxml.serialize(root_rels)
    parts[main_rels] = oxml.serialize(rels)
    settings = _target_of(rels, main, "settings")
    if settings in parts:
        parts[settings] = _without_alternate_headers(parts[settings])
    kept = _reachable(parts)
    kept[_CONTENT_TYPES] = _content_types(parts[_CONTENT_TYPES], kept, main)
    return _Base(
        kept, main, main_rels, settings if settings in kept else None, document, sect_pr, style_ids
    )


def _empty_document(data: bytes, house: bool) -> tuple[bytes, bytes]:
    """The main part without its content, and its final page setup (ours for the house)."""
    root = oxml.parse(data)
    body = root.find(qn("w:body"))
    if body is None:
        body = oxml.sub(root, "w:body")
    old = body.find(qn("w:sectPr"))
    sect_pr = oxml.section_properties() if house or old is None else copy.deepcopy(old)
    for child in list(body):
        body.remove(child)
    return oxml.serialize(root), oxml.serialize(sect_pr)


def _without_alternate_headers(data: bytes) -> bytes:
    """Even-page headers would be blank: we write one default header and footer."""
    root = oxml.parse(data)
    oxml.remove_all(root, "w:evenAndOddHeaders")
    return oxml.serialize(root)


def _prune_relationships(rels: Element, keep: set[str]) -> None:
    for rel in list(rels):
        if rel.get("Type", "").rsplit("/", 1)[-1] not in keep:
            rels.remove(rel)


def _target_of(rels: Element, source: str, rel_type: str) -> str | None:
    for rel in rels:
        if rel.get("Type", "").rsplit("/", 1)[-1] == rel_type:
            return _resolve_target(source, rel.get("Target", ""))
    return None


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve_target(source: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _reachable(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts reachable by relationships from the package root, with their .rels files."""
    kept: dict[str, bytes] = {}
    pending = [""]
    while pending:
        source = pending.pop()
        rels_name = _ROOT_RELS if source == "" else _rels_name(source)
        if source:
            kept[source] = parts[source]
        if rels_name not in parts or rels_name in kept:
            continue
        kept[rels_name] = parts[rels_name]
        for rel in oxml.parse(parts[rels_name]):
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve_target(source, rel.get("Target", ""))
            if target in parts and target not in kept:
                pending.append(target)
    return kept


def _content_types(data: bytes, kept: dict[str, bytes], main: str) -> bytes:
    """Overrides only for parts still present; the main part is a document (not a template)."""
    types = oxml.parse(data)
    for override in types.findall(qn("ct:Override")):
        if override.get("PartName", "").lstrip("/") not in kept:
            types.remove(override)
    oxml.set_content_type(types, "/" + main, oxml.DOCUMENT_CONTENT_TYPE)
    return oxml.serialize(types)


# --------------------------------------------------------------------------- the zip


@dataclass(frozen=True, slots=True)
class _Deflated:
    crc: int
    size: int
    data: bytes


def _deflate(data: bytes) -> _Deflated:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)  # raw deflate, as zip stores it
    return _Deflated(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


# The base's parts are the same bytes objects on every call, so their compressed form is
# cached (the default styles.xml alone is 440 kB).
_deflate_cached = lru_cache(maxsize=64)(_deflate)

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest date a zip can hold
_DOS_TIME = 0


@dataclass(slots=True)
class _Package:
    parts: dict[str, bytes]
    fresh: set[str]  # parts made for this document, not worth caching

    def put(self, name: str, data: bytes) -> None:
        self.parts[name] = data
        self.fresh.add(name)

    def to_zip(self) -> bytes:
        """A zip with entries in a fixed order and fixed timestamps: reproducible bytes."""
        first = [_CONTENT_TYPES, _ROOT_RELS]
        names = first + sorted(name for name in self.parts if name not in first)
        out = bytearray()
        central = bytearray()
        for name in names:
            data = self.parts[name]
            entry = _deflate(data) if name in self.fresh else _deflate_cached(data)
            raw_name = name.encode()
            offset = len(out)
            out += struct.pack(
                "<IHHHHHIIIHH",
                0x04034B50,
                20,
                0,
                8,
                _DOS_TIME,
                _DOS_DATE,
                entry.crc,
                len(entry.data),
                entry.size,
                len(raw_name),
                0,
            )
            out += raw_name
            out += entry.data
            central += struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                _DOS_TIME,
                _DOS_DATE,
                entry.crc,
                len(entry.data),
                entry.size,
                len(raw_name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            central += raw_name
        end = struct.pack(
            "<IHHHHIIH", 0x06054B50, 0, 0, len(names), len(names), len(central), len(out), 0
        )
        return bytes(out + central + end)


__all__ = ["DocxSettings", "write_docx"]
