"""The tree: numbering, labels, stable ids and cross-references are computed once, here."""

import pytest

from ordinance.document import (
    Document,
    DocumentInfo,
    LabelFormat,
    Numbering,
    Paragraph,
    Ref,
    Role,
    Section,
    Subdivision,
    Text,
    derived_slug,
    plain_text,
    slugify,
)
from ordinance.errors import DocumentError


def info(**numbering: object) -> DocumentInfo:
    return DocumentInfo(
        template="t",
        jurisdiction="x",
        title="T",
        numbering=Numbering(**numbering),  # type: ignore[arg-type]
    )


def sub(
    text: str, level: int = 0, anchor: str = "", children: list[Subdivision] | None = None
) -> Subdivision:
    return Subdivision(level, [Text(text)], children or [], anchor=anchor)


def small_document() -> Document:
    approval = Section(
        1,
        "Council Approval",
        anchor="council-approval",
        content=[
            sub("Seek funds.", anchor="funding"),
            sub("Acquire technology:", children=[sub("by purchase;", 1), sub("by gift.", 1)]),
        ],
    )
    definitions = Section(
        1,
        "Definitions",
        anchor="definitions",
        content=[
            Subdivision(
                0,
                [
                    Text('"Surveillance Technology" means any device. See '),
                    Ref("council-approval__funding"),
                    Text("."),
                ],
            )
        ],
    )
    chapter = Section(0, "Adoption", anchor="adoption", content=[definitions, approval])
    severability = Section(
        0,
        "Severability",
        anchor="severability",
        content=[
            Paragraph(
                Role.TEXT,
                [Text("If any part is invalid, see "), Ref("council-approval"), Text(".")],
            )
        ],
    )
    return Document(info(chapter="9.64"), sections=[chapter, severability]).resolve()


def test_sections_are_numbered_in_the_code_style() -> None:
    doc = small_document()
    assert [s.number for s in doc.sections] == ["1", "2"]
    assert [s.number for s in doc.sections[0].sections] == ["9.64.010", "9.64.020"]


@pytest.mark.parametrize(
    ("numbering", "expected"),
    [
        ({"chapter": "19B", "width": 0, "step": 1}, ["19B.1", "19B.2"]),
        ({"chapter": "A40", "separator": "-", "width": 0, "step": 1}, ["A40-1", "A40-2"]),
        ({"chapter": "14.18", "width": 3, "step": 10}, ["14.18.010", "14.18.020"]),
    ],
)
def test_other_code_numbering_styles(numbering: dict[str, object], expected: list[str]) -> None:
    doc = small_document()
    doc.info = info(**numbering)
    doc.resolve()
    assert [s.number for s in doc.sections[0].sections] == expected


def test_subdivisions_are_labelled_and_cited_by_their_full_path() -> None:
    doc = small_document()
    approval = doc.get("council-approval")
    assert isinstance(approval, Section)
    labels = [b.label for b in approval.content if isinstance(b, Subdivision)]
    assert labels == ["(a)", "(b)"]
    child = approval.content[1]
    assert isinstance(child, Subdivision)
    assert [c.label for c in child.children] == ["(1)", "(2)"]
    assert doc.citation(child.children[1].id) == "Section 9.64.020(b)(2)"


def test_ids_do_not_depend_on_numbers() -> None:
    doc = small_document()
    assert doc.get("council-approval__funding").id == "council-approval__funding"
    assert doc.get("definitions__surveillance-technology")
    approval = doc.get("council-approval")
    assert isinstance(approval, Section)
    # Move (b) above (a): labels change, ids do not.
    approval.content.reverse()
    doc.resolve()
    moved = doc.get("council-approval__funding")
    assert isinstance(moved, Subdivision) and moved.label == "(b)"
    assert doc.citation("council-approval__funding") == "Section 9.64.020(b)"


def test_cross_references_get_their_text_from_the_tree() -> None:
    doc = small_document()
    definition = doc.sections[0].sections[0].content[0]
    assert isinstance(definition, Subdivision)
    ref = definition.inlines[1]
    assert isinstance(ref, Ref) and ref.text == "Section 9.64.020(a)"
    severability = doc.sections[1].content[0]
    assert isinstance(severability, Paragraph)
    assert severability.inlines[1] == Ref("council-approval", "Section 9.64.020")


def test_unknown_reference_and_duplicate_id_are_errors() -> None:
    doc = small_document()
    doc.sections[1].content.append(Paragraph(Role.TEXT, [Ref("nowhere")]))
    with pytest.raises(DocumentError, match="unknown id 'nowhere'"):
        doc.resolve()
    doc = small_document()
    doc.sections.append(Section(0, "Again", anchor="severability"))
    with pytest.raises(DocumentError, match="duplicate id 'severability'"):
        doc.resolve()


def test_sibling_slugs_are_unique() -> None:
    section = Section(0, "S", anchor="s", content=[sub("Same words."), sub("Same words.")])
    Document(info(), sections=[section]).resolve()
    assert [b.id for b in section.content if isinstance(b, Subdivision)] == [
        "s__same-words",
        "s__same-words-2",
    ]


def test_too_deep_nesting_is_reported() -> None:
    deep = sub(
        "1",
        0,
        children=[
            sub("2", 1, children=[sub("3", 2, children=[sub("4", 3, children=[sub("5", 4)])])])
        ],
    )
    doc = Document(info(), sections=[Section(0, "S", anchor="s", content=[deep])])
    with pytest.raises(DocumentError, match="5 levels deep"):
        doc.resolve()


def test_label_formats() -> None:
    assert [LabelFormat.parse("(a)").format(n) for n in (1, 26, 27, 28)] == [
        "(a)",
        "(z)",
        "(aa)",
        "(bb)",
    ]
    assert [LabelFormat.parse("(i)").format(n) for n in (1, 4, 9, 14)] == [
        "(i)",
        "(iv)",
        "(ix)",
        "(xiv)",
    ]
    assert LabelFormat.parse("A.").format(3) == "C."
    assert LabelFormat.parse("(1)").format(12) == "(12)"
    with pytest.raises(DocumentError):
        LabelFormat.parse("a")


def test_slugs() -> None:
    assert slugify("The Surveillance Impact Report") == "surveillance-impact-report"
    assert slugify("Café & Co.") == "cafe-co"
    assert derived_slug([Text('"Covered Entity" means any department.')]) == "covered-entity"
    assert (
        derived_slug([Text("Seek or accept funds, grants, or donations.")])
        == "seek-accept-funds-grants-donations"
    )


def test_reference_to_an_unnumbered_paragraph_says_why_it_fails() -> None:
    doc = small_document()
    doc.sections[1].content.append(
        Paragraph(Role.TEXT, [Ref("severability__if-part-is-invalid-see")])
    )
    with pytest.raises(DocumentError, match="which is not a section or subdivision"):
        doc.resolve()


def test_bare_references_print_only_the_number() -> None:
    doc = small_document()
    doc.sections[1].content.append(
        Paragraph(
            Role.TEXT,
            [
                Text("Sections "),
                Ref("council-approval", bare=True),
                Text(" and "),
                Ref("council-approval__funding", bare=True),
            ],
        )
    )
    doc.resolve()
    paragraph = doc.sections[1].content[-1]
    assert isinstance(paragraph, Paragraph)
    assert plain_text(paragraph.inlines) == "Sections 9.64.020 and 9.64.020(a)"
