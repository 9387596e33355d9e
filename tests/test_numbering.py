"""One numbering model: code schemes, several chapters, articles, fixed numbers (issue 14)."""

import pytest

from ordinance import InputError, read_markdown
from ordinance.document import Numbering, Section
from ordinance.drafting import numbering_for
from ordinance.loading import load_jurisdiction
from ordinance.models import ChapterNumbering
from ordinance.numbering import code_numbers


def scheme(**fields: object) -> ChapterNumbering:
    return ChapterNumbering(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"chapter": "9.64"}, ["9.64.010", "9.64.020", "9.64.030"]),
        (
            {"chapter": "19", "separator": "-", "width": 0, "start": 401, "step": 1},
            ["19-401", "19-402", "19-403"],
        ),
        (
            {"chapter": "26", "article": "5", "separator": "-", "width": 0, "step": 1},
            ["26-5-1", "26-5-2", "26-5-3"],
        ),
        (
            {"chapter": "19", "separator": "", "width": 0, "start": 401, "step": 1},
            ["19401", "19402", "19403"],
        ),
        ({"width": 0, "step": 1}, ["1", "2", "3"]),
    ],
)
def test_schemes(fields: dict[str, object], expected: list[str]) -> None:
    assert code_numbers(scheme(**fields), ["", "", ""]) == expected


@pytest.mark.parametrize(
    ("fixed", "expected"),
    [
        # After the last fixed section, new ones continue by the step.
        (["9.64.030", "", ""], ["9.64.030", "9.64.040", "9.64.050"]),
        # Between fixed sections: the step if it fits, else spread over the gap.
        (["9.64.010", "", "9.64.030"], ["9.64.010", "9.64.020", "9.64.030"]),
        (["9.64.010", "", "", "9.64.020"], ["9.64.010", "9.64.013", "9.64.016", "9.64.020"]),
        # Before the first fixed section.
        (["", "9.64.030"], ["9.64.010", "9.64.030"]),
        (["", "", "", "9.64.020"], ["9.64.005", "9.64.010", "9.64.015", "9.64.020"]),
        # No whole number left between: decimal insertion.
        (["9.64.010", "", "9.64.011"], ["9.64.010", "9.64.010.1", "9.64.011"]),
        # A fixed number of another chapter does not bound this one's serials.
        (["2.29.030", "", ""], ["2.29.030", "9.64.010", "9.64.020"]),
    ],
)
def test_new_sections_fit_between_fixed_ones(fixed: list[str], expected: list[str]) -> None:
    assert code_numbers(scheme(chapter="9.64"), fixed) == expected


FRONT = """---
template: t
jurisdiction: x
title: T
numbering:
  chapter: '9.66'
  chapters:
    omc-9-64: {chapter: '9.64', prefix: Sec.}
    code-19: {chapter: '19', separator: '-', width: 0, start: 401, step: 1, prefix: §}
---

# AN ORDINANCE

Enacting clause:

"""


def code_headings(markdown: str) -> list[str]:
    doc = read_markdown(markdown)
    return [doc.heading_text(s) for s in doc.walk() if isinstance(s, Section) and s.depth]


def test_several_chapters_each_numbered_in_its_own_scheme() -> None:
    markdown = FRONT + (
        "## Addition of Chapter 9.66 {#adoption}\n\n"
        "### Purpose {#purpose}\n\n### 9.66.999 Definitions {#definitions}\n\n"
        "## Amendment of Chapter 9.64 {#amend chapter=omc-9-64}\n\n"
        "### 9.64.030 Definitions {#old-definitions .fixed}\n\n"
        "### 9.64.x New Rule {#new-rule}\n\n"
        "### 9.64.050 Penalties {#penalties .fixed}\n\n"
        "## Addition of Article XII to Chapter 19 {#article-xii chapter=code-19}\n\n"
        "### Scope {#scope}\n\n### Reports {#reports}\n\n"
        "## More of Chapter 9.66 {#more}\n\n### Severability {#severability}\n"
    )
    assert code_headings(markdown) == [
        "9.66.010 Purpose",
        "9.66.020 Definitions",
        "Sec. 9.64.030 Definitions",
        "Sec. 9.64.040 New Rule",
        "Sec. 9.64.050 Penalties",
        "§ 19-401 Scope",
        "§ 19-402 Reports",
        "9.66.030 Severability",
    ]
    doc = read_markdown(markdown)
    canonical = doc.to_markdown()
    assert "## Section 2. Amendment of Chapter 9.64 {#amend chapter=omc-9-64}" in canonical
    assert "### Sec. 9.64.030 Definitions {#old-definitions .fixed}" in canonical
    assert read_markdown(canonical) == doc
    assert read_markdown(canonical).to_markdown() == canonical
    assert doc.citation("reports") == "Section 19-402"


def test_a_fixed_number_is_never_renumbered() -> None:
    # The bug: a code section of another chapter, under a second ## section, became 9.66.020.
    markdown = FRONT + (
        "## Adoption {#adoption}\n\n### 9.66.010 Purpose {#purpose}\n\n"
        "## Amendment {#amend}\n\n### 2.29.030 Existing Section {#existing .fixed}\n"
    )
    assert code_headings(markdown) == ["9.66.010 Purpose", "2.29.030 Existing Section"]


def test_numbering_mistakes_name_the_line() -> None:
    with pytest.raises(InputError, match=r"draft.md:16:1: .*chapter=nowhere names no scheme"):
        read_markdown(FRONT + "## Amend {#amend chapter=nowhere}\n\n### X {#x}\n", "draft.md")
    with pytest.raises(InputError, match=r":16:1: .*only a ### code section may keep a fixed"):
        read_markdown(FRONT + "## 5 Amend {#amend .fixed}\n", "draft.md")
    with pytest.raises(InputError, match=r":18:1: .*this heading has none"):
        read_markdown(FRONT + "## A {#a}\n\n### Words {#w .fixed}\n", "draft.md")
    with pytest.raises(InputError, match=r":20:1: .*two code sections are numbered 9.66.010"):
        read_markdown(
            FRONT + "## A {#a}\n\n### 9.66.010 X {#x .fixed}\n\n### 9.66.010 Y {#y .fixed}\n",
            "draft.md",
        )


def test_the_jurisdiction_describes_its_code_scheme_once() -> None:
    oakland = load_jurisdiction("oakland-ca")
    code = oakland.code.model_copy(
        update={
            "numbering": oakland.code.numbering.model_copy(update={"prefix": "Sec."}),
            "chapters": {"omc-9-64": ChapterNumbering(chapter="9.64", step=5)},
        }
    )
    numbering = numbering_for(oakland.model_copy(update={"code": code}))
    assert numbering.chapter == oakland.code.chapter
    assert numbering.prefix == "Sec."
    amended = numbering.scheme("omc-9-64")
    # Fields the chapter leaves out follow the code's scheme.
    assert (amended.chapter, amended.step, amended.prefix) == ("9.64", 5, "Sec.")
    assert isinstance(numbering, Numbering)


def test_the_schema_documents_the_code_scheme_with_examples() -> None:
    from ordinance.models import Jurisdiction

    definitions = Jurisdiction.model_json_schema()["$defs"]
    scheme = definitions["CodeNumbering"]["properties"]
    assert scheme["separator"]["examples"] == [".", "-", ""]
    assert scheme["start"]["examples"][0] == 401
    assert "Sec." in scheme["prefix"]["examples"]
    code = definitions["MunicipalCode"]["properties"]
    assert code["chapters"]["examples"] == [{"omc-9-64": {"chapter": "9.64"}}]
    assert "chapter=KEY" in code["chapters"]["description"]


def test_a_new_section_never_takes_a_number_fixed_elsewhere_in_the_document() -> None:
    # Found by the property test: a new section in one `##` section took 2.29-5, which a fixed
    # section under another `##` section already had.
    scheme = ChapterNumbering(chapter="2.29", separator="-", width=0, step=5)
    assert code_numbers(scheme, ["", "2.29-14"], taken={"2.29-5"}) == ["2.29-10", "2.29-14"]
    assert code_numbers(scheme, ["2.29-5", "", "2.29-10"], taken={"2.29-6"}) == [
        "2.29-5",
        "2.29-7",
        "2.29-10",
    ]
