"""The shared builder: readers without Markdown (DOCX, plain text) feed it events with hints."""

import pytest

from ordinance import read_markdown
from ordinance.document import DocumentInfo, Paragraph, Role, Section, Subdivision, Text
from ordinance.errors import DocumentError
from ordinance.readers.builder import ClosingEvent, HeadingEvent, ParagraphEvent, build

INFO = DocumentInfo(template="t", jurisdiction="x", title="T", numbering={"chapter": "9.64"})  # type: ignore[arg-type]


def para(text: str, **hints: object) -> ParagraphEvent:
    return ParagraphEvent([Text(text)], **hints)  # type: ignore[arg-type]


def test_events_without_hints_build_what_the_markdown_reader_builds() -> None:
    events = [
        para("ORDINANCE NO. ____"),
        HeadingEvent(1, [Text("AN ORDINANCE")]),
        para("WHEREAS, a reason; now, therefore,"),
        para("Be it ordained:"),
        HeadingEvent(2, [Text("Section 1. Adoption")], id="adoption"),
        HeadingEvent(3, [Text("9.64.010 Rules")], id="rules"),
        para("(a) First.", id="first"),
        para("(1) Under it."),
        ClosingEvent(),
        para("PASSED."),
    ]
    doc = build(events, INFO)
    markdown = doc.to_markdown()
    assert read_markdown(markdown) == doc
    assert [p.role for p in doc.preamble] == [Role.CAPTION, Role.TITLE, Role.RECITAL, Role.ENACTING]
    assert doc.citation("rules__first") == "Section 9.64.010(a)"


def test_style_hints_override_guessing() -> None:
    events = [
        para("Title words", role=Role.TITLE),
        para("Not a recital", role=Role.RECITAL),
        para("Ordained.", role=Role.ENACTING),
        para("A note", role=Role.NOTE),
        HeadingEvent(2, [Text("Adoption")], id="a"),
        # A Word paragraph styled as a second-level item, its label typed or not.
        para("(a) Top.", level=0),
        para("Second level without a label.", level=1),
        para("(7) a plain paragraph that starts with a parenthesis", role=Role.TEXT),
        para("(b) Literal too.", literal=True),
        para("Mayor", role=Role.SIGNATURE),  # starts the closing by itself
    ]
    doc = build(events, INFO)
    assert [p.role for p in doc.preamble] == [Role.TITLE, Role.RECITAL, Role.ENACTING, Role.NOTE]
    top, plain, literal = doc.sections[0].content
    assert isinstance(top, Subdivision) and top.inlines == [Text("Top.")]
    assert top.children[0].inlines == [Text("Second level without a label.")]
    assert isinstance(plain, Paragraph) and plain.role is Role.TEXT
    assert isinstance(literal, Paragraph)
    assert [p.role for p in doc.closing] == [Role.SIGNATURE]


def test_fixed_and_chapter_attributes() -> None:
    events = [
        HeadingEvent(2, [Text("Amend")], id="amend"),
        HeadingEvent(3, [Text("Sec. 2.29.030 Old")], id="old", classes=("fixed",)),
        HeadingEvent(3, [Text("New")], id="new"),
    ]
    doc = build(events, INFO)
    assert [(s.number, s.fixed) for s in doc.sections[0].sections] == [
        ("2.29.030", "2.29.030"),
        ("9.64.010", ""),
    ]
    with pytest.raises(DocumentError, match="names no scheme"):
        build([HeadingEvent(2, [Text("A")], attrs={"chapter": "x"}, line=3), *events[1:]], INFO)


def test_misplaced_hints_are_errors() -> None:
    with pytest.raises(DocumentError, match="must come before the first section"):
        build([HeadingEvent(2, [Text("A")], id="a"), para("x", role=Role.RECITAL, line=4)], INFO)
    with pytest.raises(DocumentError, match="no \\(a\\)-style subdivision above it"):
        build([HeadingEvent(2, [Text("A")], id="a"), para("x", level=1)], INFO)
    with pytest.raises(DocumentError, match="numbering has 4 levels"):
        build([HeadingEvent(2, [Text("A")], id="a"), para("x", level=4)], INFO)


def test_section_heading_words_survive() -> None:
    doc = build([HeadingEvent(2, [Text("Sectional Review")], id="r")], INFO)
    assert doc.sections == [Section(0, "Sectional Review", anchor="r")]
