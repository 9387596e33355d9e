"""Tests for ordinance/writers/docx.py (and the oxml helpers it builds on).

Most tests read the package's XML back with lxml. Two groups hand the file to real, independent
readers: LibreOffice (`TestLibreOffice`, one soffice call converting several files to PDF) and
pandoc (`TestPandoc`, the same words in the same order as the plain-text draft). Run them alone
with `pytest tests/test_writers_docx.py -k "LibreOffice or Pandoc"`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx as python_docx
import pytest
from docx.shared import Inches, Pt
from lxml import etree

from ordinance.document import (
    Document,
    DocumentInfo,
    Emphasis,
    LineBreak,
    Numbering,
    Paragraph,
    Ref,
    Role,
    Section,
    Strong,
    Subdivision,
    Text,
    heading_text,
)
from ordinance.docx_metadata import bookmark_names
from ordinance.writers.docx import DocxSettings, write_docx

from .conftest import assert_same_words, convert_to_pdf, pandoc, require

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# --------------------------------------------------------------------------- a draft, by hand


def _p(role: Role, *inlines: Text | Emphasis | Strong | Ref | LineBreak) -> Paragraph:
    return Paragraph(role, list(inlines))


def _sub(level: int, text: str, *children: Subdivision, ref: str = "") -> Subdivision:
    inlines: list[Text | Emphasis | Strong | Ref | LineBreak] = [Text(text)]
    if ref:
        inlines += [Text(" as in "), Ref(ref), Text(".")]
    return Subdivision(level, list(inlines), list(children))


def make_draft() -> Document:
    info = DocumentInfo(
        template="surveillance-oversight",
        jurisdiction="riverton-ca",
        title="Surveillance Technology Oversight Ordinance",
        version="2",
        date=dt.date(2027, 1, 5),
        numbering=Numbering(chapter="9.64"),
    )
    definitions = Section(
        1,
        "Definitions",
        anchor="definitions",
        content=[
            Subdivision(
                0,
                [
                    Text("“Surveillance Technology” means any "),
                    Emphasis([Text("electronic")]),
                    Text(" device."),
                ],
            ),
            Subdivision(
                0, [Text("“Department” means any "), Strong([Text("City")]), Text(" department.")]
            ),
        ],
    )
    approval = Section(
        1,
        "Council Approval",
        anchor="council-approval",
        content=[
            _sub(
                0,
                "A Department shall obtain approval before:",
                _sub(1, "acquiring Surveillance Technology; or"),
                _sub(
                    1,
                    "using it",
                    _sub(2, "for any purpose", _sub(3, "at all")),
                    ref="definitions__surveillance-technology",
                ),
            ),
            _p(Role.NOTE, Text("Drafter’s note: consider a sunset clause.")),
        ],
    )
    return Document(
        info=info,
        preamble=[
            _p(Role.CAPTION, Text("ORDINANCE NO. ______")),
            _p(Role.TITLE, Text("AN ORDINANCE ADDING CHAPTER 9.64 TO THE RIVERTON CODE")),
            _p(Role.PREAMBLE, Text("Introduced by Councilmember Kaplan")),
            _p(Role.RECITAL, Text("WHEREAS, the City values privacy; and")),
            _p(Role.RECITAL, Text("WHEREAS, oversight builds trust; now, therefore,")),
            _p(Role.ENACTING, Text("THE CITY COUNCIL OF RIVERTON DOES ORDAIN AS FOLLOWS:")),
        ],
        sections=[
            Section(
                0,
                "Chapter Added",
                anchor="chapter",
                content=[
                    _p(Role.TEXT, Text("Chapter 9.64 is added to read as follows:")),
                    definitions,
                    approval,
                ],
            ),
            Section(
                0,
                "Severability",
                content=[
                    _p(Role.TEXT, Text("If any part is held invalid, the rest remains.")),
                ],
            ),
        ],
        closing=[
            _p(Role.CLOSING, Text("PASSED AND ADOPTED on ______ by the following vote:")),
            _p(Role.SIGNATURE, Text("________________________"), LineBreak(), Text("Mayor")),
            _p(Role.SIGNATURE, Text("________________________"), LineBreak(), Text("City Clerk")),
            _p(
                Role.SIGNATURE, Text("________________________"), LineBreak(), Text("City Attorney")
            ),
        ],
    ).resolve()


# --------------------------------------------------------------------------- reading the output


class Package:
    """A written .docx opened for inspection."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.zip = zipfile.ZipFile(io.BytesIO(data))

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))

    def text(self, name: str) -> str:
        return self.zip.read(name).decode()

    @property
    def body(self) -> etree._Element:
        body = self.xml("word/document.xml").find(w("body"))
        assert body is not None
        return body

    @property
    def sect_pr(self) -> etree._Element:
        sect_pr = self.body.find(w("sectPr"))
        assert sect_pr is not None
        return sect_pr

    def style(self, name: str) -> etree._Element:
        found = self.xml("word/styles.xml").xpath(
            "w:style[w:name/@w:val=$name]", namespaces=NS, name=name
        )
        assert len(found) == 1, f"style {name!r} defined {len(found)} times"
        return found[0]

    def style_id(self, name: str) -> str:
        return str(self.style(name).get(w("styleId")))

    def paragraphs_with(self, style_name: str) -> list[etree._Element]:
        style_id = self.style_id(style_name)
        return self.body.xpath(".//w:p[w:pPr/w:pStyle/@w:val=$s]", namespaces=NS, s=style_id)


def para_text(p: etree._Element) -> str:
    return "".join(p.xpath(".//w:t/text()", namespaces=NS))


@pytest.fixture(scope="module")
def draft() -> Document:
    return make_draft()


@pytest.fixture(scope="module")
def plain(draft: Document) -> Package:
    return Package(write_docx(draft))


@pytest.fixture(scope="module")
def reference_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A user's Word file: Garamond 13 pt, 1.25-inch side margins, its own Recital style."""
    ref = python_docx.Document()
    normal = ref.styles["Normal"]
    normal.font.name = "Garamond"
    normal.font.size = Pt(13)
    recital = ref.styles.add_style("Recital", python_docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    recital.font.name = "Arial"
    section = ref.sections[0]
    section.left_margin = section.right_margin = Inches(1.25)
    section.header.paragraphs[0].text = "Old header of the template"
    ref.add_paragraph("Old body text of the template")
    path = tmp_path_factory.mktemp("reference") / "reference.docx"
    ref.save(str(path))
    return path


# --------------------------------------------------------------------------- styles


OUR_PARAGRAPH_STYLES = [
    "Ordinance Caption",
    "Ordinance Title",
    "Ordinance Preamble",
    "Recital",
    "Enacting Clause",
    "Section Heading",
    "Code Section Heading",
    "Subdivision 1",
    "Subdivision 2",
    "Subdivision 3",
    "Subdivision 4",
    "Ordinance Text",
    "Drafter Note",
    "Adoption",
    "Signature",
]


@pytest.mark.parametrize("name", OUR_PARAGRAPH_STYLES)
def test_every_paragraph_style_is_defined_and_used(plain: Package, name: str) -> None:
    assert plain.style(name).get(w("type")) == "paragraph"
    used = plain.body.xpath("//w:pStyle/@w:val", namespaces=NS)
    assert plain.style_id(name) in used


@pytest.mark.parametrize("name", ["Subdivision Label", "Cross Reference"])
def test_character_styles_are_defined_and_used(plain: Package, name: str) -> None:
    assert plain.style(name).get(w("type")) == "character"
    used = plain.body.xpath("//w:rStyle/@w:val", namespaces=NS)
    assert plain.style_id(name) in used


def test_section_headings_are_outline_levels_based_on_headings(plain: Package) -> None:
    for name, base, level in (
        ("Section Heading", "Heading1", "0"),
        ("Code Section Heading", "Heading2", "1"),
    ):
        style = plain.style(name)
        assert style.xpath("w:basedOn/@w:val", namespaces=NS) == [base]
        assert style.xpath("w:pPr/w:outlineLvl/@w:val", namespaces=NS) == [level]


def test_house_look_is_a_serif_face_at_twelve_points(plain: Package) -> None:
    styles = plain.xml("word/styles.xml")
    rpr = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert rpr is not None
    assert rpr.find("w:rFonts", NS).get(w("ascii")) == "Times New Roman"
    assert rpr.find("w:sz", NS).get(w("val")) == "24"
    heading = plain.style("heading 1")
    assert heading.find("w:rPr/w:rFonts", NS) is None  # no theme font overriding the serif


def test_title_is_bold_and_centred(plain: Package) -> None:
    style = plain.style("Ordinance Title")
    assert style.find("w:pPr/w:jc", NS).get(w("val")) == "center"
    assert style.find("w:rPr/w:b", NS) is not None


def test_drafter_note_is_italic_and_shaded(plain: Package, draft: Document) -> None:
    style = plain.style("Drafter Note")
    assert style.find("w:rPr/w:i", NS) is not None
    assert style.find("w:pPr/w:shd", NS) is not None
    [note] = plain.paragraphs_with("Drafter Note")
    assert para_text(note) == "Drafter’s note: consider a sunset clause."


# --------------------------------------------------------------------------- body


def test_section_headings_print_what_the_markdown_writer_prints(
    plain: Package, draft: Document
) -> None:
    headings = [para_text(p) for p in plain.paragraphs_with("Section Heading")]
    assert headings == ["Section 1. Chapter Added", "Section 2. Severability"]
    code = [para_text(p) for p in plain.paragraphs_with("Code Section Heading")]
    assert code == [heading_text(draft, s) for s in draft.sections[0].sections]
    assert code == ["9.64.010 Definitions", "9.64.020 Council Approval"]


def test_subdivision_label_then_tab_with_hanging_indent(plain: Package) -> None:
    first = plain.paragraphs_with("Subdivision 2")[0]
    label_run = first.find("w:r", NS)
    assert label_run.find("w:rPr/w:rStyle", NS).get(w("val")) == plain.style_id("Subdivision Label")
    assert label_run.find("w:t", NS).text == "(1)"
    assert label_run[-1].tag == w("tab")
    assert para_text(first) == "(1)acquiring Surveillance Technology; or"
    for level in range(1, 5):
        ind = plain.style(f"Subdivision {level}").find("w:pPr/w:ind", NS)
        assert ind.get(w("left")) == str(720 * level)
        assert ind.get(w("hanging")) == "720"


def test_inline_emphasis_strong_and_cross_reference(plain: Package) -> None:
    runs = plain.body.xpath(".//w:r", namespaces=NS)
    italic = [r for r in runs if r.find("w:rPr/w:i", NS) is not None]
    bold = [r for r in runs if r.find("w:rPr/w:b", NS) is not None]
    assert "electronic" in [para_text(r) for r in italic]
    assert "City" in [para_text(r) for r in bold]
    ref_id = plain.style_id("Cross Reference")
    refs = [
        para_text(r) for r in runs if r.xpath("w:rPr/w:rStyle/@w:val", namespaces=NS) == [ref_id]
    ]
    assert refs == ["Section 9.64.010(a)"]


def test_signature_blocks_sit_in_a_borderless_two_column_table(plain: Package) -> None:
    [table] = plain.body.findall("w:tbl", NS)
    borders = table.find("w:tblPr/w:tblBorders", NS)
    assert borders is not None
    assert {b.get(w("val")) for b in borders} == {"nil"}
    assert len(borders) == 6
    assert len(table.findall("w:tblGrid/w:gridCol", NS)) == 2
    cells = [para_text(tc) for tc in table.iterfind(".//w:tc", NS)]
    assert cells == [
        "________________________Mayor",
        "________________________City Clerk",
        "________________________City Attorney",
        "",
    ]
    assert len(table.findall(".//w:br", NS)) == 3


def test_closing_paragraphs_are_ordinary_paragraphs(plain: Package) -> None:
    [adoption] = plain.paragraphs_with("Adoption")
    assert adoption.getparent().tag == w("body")


def test_python_docx_reads_the_styles_by_name(plain: Package) -> None:
    reread = python_docx.Document(io.BytesIO(plain.data))
    styles = [p.style.name for p in reread.paragraphs]
    assert styles[:6] == [
        "Ordinance Caption",
        "Ordinance Title",
        "Ordinance Preamble",
        "Recital",
        "Recital",
        "Enacting Clause",
    ]
    assert reread.paragraphs[6].text == "Section 1. Chapter Added"


# --------------------------------------------------------------------------- page setup


def test_letter_paper_and_one_inch_margins(plain: Package) -> None:
    size = plain.sect_pr.find("w:pgSz", NS)
    assert (size.get(w("w")), size.get(w("h"))) == ("12240", "15840")
    margins = plain.sect_pr.find("w:pgMar", NS)
    for side in ("top", "right", "bottom", "left"):
        assert margins.get(w(side)) == "1440"


def _part_for(package: Package, kind: str) -> str:
    rid = package.sect_pr.find(f"w:{kind}Reference", NS).get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    )
    rels = package.xml("word/_rels/document.xml.rels")
    [target] = [r.get("Target") for r in rels if r.get("Id") == rid]
    return "word/" + target


def test_header_carries_the_draft_label_and_mark(plain: Package, draft: Document) -> None:
    header = plain.text(_part_for(plain, "header"))
    assert draft.info.label in header
    assert "DISCUSSION DRAFT, version 2, January 5, 2027" in header
    assert ">DRAFT<" in header


def test_no_draft_mark_when_turned_off(draft: Document) -> None:
    package = Package(write_docx(draft, DocxSettings(draft_mark=False)))
    header = package.text(_part_for(package, "header"))
    assert draft.info.label in header
    assert ">DRAFT<" not in header


def test_footer_has_real_page_and_numpages_fields(plain: Package) -> None:
    footer = plain.xml(_part_for(plain, "footer"))
    kinds = footer.xpath(".//w:fldChar/@w:fldCharType", namespaces=NS)
    assert kinds == ["begin", "separate", "end"] * 2
    instructions = [t.strip() for t in footer.xpath(".//w:instrText/text()", namespaces=NS)]
    assert instructions == ["PAGE", "NUMPAGES"]
    assert para_text(footer) == "Page 1 of 1"


def test_line_numbers_only_when_asked(plain: Package, draft: Document) -> None:
    assert plain.sect_pr.find("w:lnNumType", NS) is None
    numbered = Package(write_docx(draft, DocxSettings(line_numbers=True)))
    ln = numbered.sect_pr.find("w:lnNumType", NS)
    assert ln.get(w("restart")) == "newPage"
    assert ln.get(w("countBy")) == "1"
    # Schema order: lnNumType after pgMar, before cols.
    tags = [etree.QName(child).localname for child in numbered.sect_pr]
    assert tags.index("pgMar") < tags.index("lnNumType") < tags.index("cols")


def test_table_of_contents_only_when_asked(plain: Package, draft: Document) -> None:
    assert "TOC \\o" not in plain.text("word/document.xml")
    assert plain.xml("word/settings.xml").find("w:updateFields", NS) is None
    package = Package(write_docx(draft, DocxSettings(table_of_contents=True)))
    instr = package.body.xpath(".//w:instrText/text()", namespaces=NS)
    assert [i.strip() for i in instr] == ['TOC \\o "1-3" \\h \\z \\u']
    entries = [para_text(p) for p in package.paragraphs_with("toc 2")]
    assert entries == ["9.64.010 Definitions", "9.64.020 Council Approval"]
    assert package.xml("word/settings.xml").find("w:updateFields", NS) is not None


# --------------------------------------------------------------------------- determinism, package


def test_same_input_same_bytes(draft: Document, reference_docx: Path) -> None:
    assert write_docx(draft) == write_docx(make_draft())
    settings = DocxSettings(
        line_numbers=True, table_of_contents=True, reference_docx=reference_docx
    )
    assert write_docx(draft, settings) == write_docx(make_draft(), settings)


def test_zip_entries_have_fixed_order_and_timestamp(plain: Package) -> None:
    infos = plain.zip.infolist()
    assert plain.zip.testzip() is None
    assert [i.filename for i in infos[:2]] == ["[Content_Types].xml", "_rels/.rels"]
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert [i.filename for i in infos[2:]] == sorted(i.filename for i in infos[2:])


def test_core_properties_fixed_unless_set(plain: Package, draft: Document) -> None:
    core = plain.text("docProps/core.xml")
    assert "<dc:title>Surveillance Technology Oversight Ordinance</dc:title>" in core
    assert "<dc:creator>ordinance</dc:creator>" in core
    assert "2027-01-05T00:00:00Z" in core
    assert "<cp:revision>1</cp:revision>" in core
    settings = DocxSettings(
        author="City Attorney", title="Draft B", created=dt.datetime(2027, 2, 3, 4, 5, 6)
    )
    core = Package(write_docx(draft, settings)).text("docProps/core.xml")
    assert "<dc:creator>City Attorney</dc:creator>" in core
    assert "<dc:title>Draft B</dc:title>" in core
    assert "2027-02-03T04:05:06Z" in core


def test_every_part_has_a_content_type(plain: Package) -> None:
    types = plain.xml("[Content_Types].xml")
    overrides = {o.get("PartName") for o in types if o.get("PartName")}
    defaults = {d.get("Extension") for d in types if d.get("Extension")}
    for name in plain.zip.namelist():
        if name != "[Content_Types].xml":
            assert "/" + name in overrides or name.rsplit(".", 1)[-1] in defaults, name
    assert {"/" + name for name in plain.zip.namelist()} >= overrides


# --------------------------------------------------------------------------- reference document


@pytest.fixture(scope="module")
def referenced(draft: Document, reference_docx: Path) -> Package:
    return Package(write_docx(draft, DocxSettings(reference_docx=reference_docx)))


def test_reference_font_and_size_win(referenced: Package) -> None:
    normal = referenced.style("Normal")
    assert normal.find("w:rPr/w:rFonts", NS).get(w("ascii")) == "Garamond"
    assert normal.find("w:rPr/w:sz", NS).get(w("val")) == "26"
    defaults = referenced.xml("word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    fonts = defaults.find("w:rFonts", NS)
    assert fonts is None or fonts.get(w("ascii")) != "Times New Roman"


def test_reference_page_setup_wins(referenced: Package) -> None:
    margins = referenced.sect_pr.find("w:pgMar", NS)
    assert margins.get(w("left")) == margins.get(w("right")) == str(int(1.25 * 1440))


def test_reference_styles_kept_ours_added_only_where_missing(referenced: Package) -> None:
    recital = referenced.style("Recital")  # asserts it is defined exactly once
    assert recital.find("w:rPr/w:rFonts", NS).get(w("ascii")) == "Arial"
    recitals = referenced.paragraphs_with("Recital")
    assert len(recitals) == 2
    for name in OUR_PARAGRAPH_STYLES:
        referenced.style(name)


def test_reference_body_and_header_are_replaced(referenced: Package, draft: Document) -> None:
    everything = " ".join(
        referenced.text(n) for n in referenced.zip.namelist() if n.endswith(".xml")
    )
    assert "Old body text" not in everything
    assert "Old header" not in everything
    assert draft.info.label in referenced.text(_part_for(referenced, "header"))
    assert len(referenced.sect_pr.findall("w:headerReference", NS)) == 1


def test_a_reference_that_is_not_a_word_file_is_reported(draft: Document, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.docx"
    bogus.write_text("not a zip")
    with pytest.raises(ValueError, match="not a usable Word document"):
        write_docx(draft, DocxSettings(reference_docx=bogus))


# --------------------------------------------------------------------------- real readers


class TestPandoc:
    @pytest.fixture(autouse=True)
    def _pandoc(self) -> None:
        require("pandoc")

    def test_same_words_in_the_same_order(
        self, plain: Package, draft: Document, tmp_path: Path
    ) -> None:
        path = tmp_path / "draft.docx"
        path.write_bytes(plain.data)
        assert_same_words(pandoc(path), draft)

    def test_headings_are_headings(self, plain: Package, tmp_path: Path) -> None:
        path = tmp_path / "draft.docx"
        path.write_bytes(plain.data)
        markdown = pandoc(path, to="markdown")
        assert "# Section 1. Chapter Added" in markdown
        assert "## 9.64.010 Definitions" in markdown


class TestLibreOffice:
    @pytest.fixture(autouse=True)
    def _soffice(self) -> None:
        require("soffice")

    def test_converts_every_variant_to_pdf(
        self, draft: Document, reference_docx: Path, tmp_path: Path
    ) -> None:
        variants = {
            "plain": DocxSettings(),
            "numbered": DocxSettings(line_numbers=True, table_of_contents=True),
            "reference": DocxSettings(reference_docx=reference_docx, draft_mark=False),
        }
        sources = []
        for name, settings in variants.items():
            path = tmp_path / f"{name}.docx"
            path.write_bytes(write_docx(draft, settings))
            sources.append(path)
        out = tmp_path / "pdf"
        convert_to_pdf(sources, out)
        for name in variants:
            pdf = out / f"{name}.pdf"
            assert pdf.exists(), f"LibreOffice wrote no PDF for {name}"
            assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000


def test_every_block_is_bookmarked_and_references_link_to_the_bookmarks(
    plain: Package, draft: Document
) -> None:
    body = plain.xml("word/document.xml")
    anchors = {link.get(w("anchor")) for link in body.iter(w("hyperlink"))}
    starts = list(body.iter(w("bookmarkStart")))
    names = [mark.get(w("name")) for mark in starts]
    expected = bookmark_names(draft)
    assert names == list(expected.values())  # one a block, in document order
    assert anchors == {expected[ref.target] for ref in draft.references()}
    assert all(re.fullmatch(r"[A-Za-z]\w{0,39}", name or "") for name in names)
    ids = [mark.get(w("id")) for mark in starts]
    assert len(ids) == len(set(ids)) == len({m.get(w("id")) for m in body.iter(w("bookmarkEnd"))})
    # The bookmark spans its paragraph: it starts before the text and ends after it.
    for start in starts:
        paragraph = start.getparent()
        assert paragraph.tag == w("p") and paragraph[-1].tag == w("bookmarkEnd")


def test_contents_follow_the_title_block(draft: Document) -> None:
    package = Package(write_docx(draft, DocxSettings(table_of_contents=True)))
    styles = [
        p.find("w:pPr/w:pStyle", NS).get(w("val"))
        for p in package.body.iterfind("w:p", NS)
        if p.find("w:pPr/w:pStyle", NS) is not None
    ]
    contents = styles.index("TOCHeading")
    assert "OrdinanceTitle" in styles[:contents]
    assert "Recital" not in styles[:contents] and "EnactingClause" not in styles[:contents]
    # The enacting clause leads straight into Section 1.
    enacting = styles.index("EnactingClause")
    assert styles[enacting + 1] == "SectionHeading"


def test_another_writer_reuses_the_package_and_replaces_one_handler(draft: Document) -> None:
    """How the redline writer builds on this one: its own entries, the same package."""
    from ordinance.writers import oxml
    from ordinance.writers.docx import finish_package, new_package
    from ordinance.writers.docx.body import BODY_HANDLERS, INLINE_HANDLERS, BodyState, write_body
    from ordinance.writers.walk import Walk

    def shouting(node: Text, p: etree._Element, fmt: object, state: BodyState) -> None:
        oxml.text_run(p, node.text.upper())

    def no_notes(paragraph: Paragraph, walk: Walk[BodyState]) -> None:
        if paragraph.role is not Role.NOTE:
            BODY_HANDLERS[Paragraph](paragraph, walk)

    settings = DocxSettings(draft_mark=False)
    package = new_package(settings)
    state = BodyState(
        package.body,
        package.base.style_ids,
        oxml.text_width(package.sect_pr),
        {},
        inline_handlers={**INLINE_HANDLERS, Text: shouting},
    )
    write_body(draft, state, False, {**BODY_HANDLERS, Paragraph: no_notes})
    finish_package(package, draft.info, settings)
    docx = Package(package.to_bytes())
    text = "".join(t.text or "" for t in docx.body.iter(w("t")))
    assert "DOES ORDAIN AS FOLLOWS" in text and "does ordain" not in text  # inline text
    assert "Section 1. Chapter Added" in text  # headings are not inline nodes
    styles = {s.get(w("val")) for s in docx.body.iter(w("pStyle"))}
    assert "DrafterNote" not in styles and "SectionHeading" in styles
    assert not list(docx.body.iter(w("bookmarkStart")))  # bookmarks only where asked for
