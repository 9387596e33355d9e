"""Round-trip bugs found by probing the Markdown reader (issue 14, item 6): each failed before."""

import pytest

from ordinance import InputError, read_markdown
from ordinance.document import Role, Section, Subdivision, Text

FRONT = "---\ntemplate: t\njurisdiction: x\ntitle: T\n---\n\n# AN ORDINANCE\n\nEnacting clause:\n\n"
FRONT_964 = FRONT.replace("title: T\n", "title: T\nnumbering: {chapter: '9.64'}\n")


def headings(markdown: str) -> list[str]:
    return [s.heading for s in read_markdown(markdown).walk() if isinstance(s, Section)]


def test_a_heading_that_starts_like_section_keeps_its_words() -> None:
    markdown = FRONT + "## Sectional Review {#review}\n\nText.\n"
    assert headings(markdown) == ["Sectional Review"]
    assert "## Section 1. Sectional Review" in read_markdown(markdown).to_markdown()


def test_a_code_heading_that_starts_with_a_figure_keeps_it() -> None:
    markdown = (
        FRONT_964 + "## Adoption {#adoption}\n\n### 911 Dispatch Records {#dispatch}\n\nText.\n"
    )
    assert headings(markdown) == ["Adoption", "911 Dispatch Records"]
    # Once numbered, the heading still reads back whole.
    again = read_markdown(read_markdown(markdown).to_markdown())
    assert [s.heading for s in again.sections[0].sections] == ["911 Dispatch Records"]


@pytest.mark.parametrize(
    ("written", "heading"),
    [
        ("9.64.030 Definitions", "Definitions"),
        ("Sec. 19-401. Definitions", "Definitions"),
        ("§ 9.64.x New Rules", "New Rules"),
        ("9.64.x New Rules", "New Rules"),
        ("3-D Printing", "3-D Printing"),
    ],
)
def test_code_numbers_are_told_from_heading_words(written: str, heading: str) -> None:
    markdown = FRONT + f"## Adoption {{#adoption}}\n\n### {written} {{#c}}\n\nText.\n"
    assert headings(markdown)[1] == heading


def test_a_note_after_the_enacting_clause_leaves_it_the_enacting_clause() -> None:
    markdown = FRONT + "> Drafter's note: check the clause.\n\n## S {#s}\n\nText.\n"
    doc = read_markdown(markdown)
    assert [p.role for p in doc.preamble] == [Role.TITLE, Role.ENACTING, Role.NOTE]
    assert read_markdown(doc.to_markdown()) == doc


def test_an_item_typed_without_a_blank_line_is_reported_not_merged() -> None:
    markdown = FRONT + "## S {#s}\n\n(a) hold a public hearing;\n(b) ensure that notice is given.\n"
    with pytest.raises(InputError) as caught:
        read_markdown(markdown, "draft.md")
    (problem,) = caught.value.problems
    assert problem.line == 14
    assert "'(b)' continues the paragraph above" in problem.message


def test_a_wrapped_line_that_merely_contains_a_parenthesis_is_one_paragraph() -> None:
    markdown = FRONT + "## S {#s}\n\n(a) as provided in\n\\(b) of this section and\n(see below).\n"
    (item,) = read_markdown(markdown).sections[0].content
    assert item.inlines[0].text == "as provided in (b) of this section and (see below)."  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("| a | b |\n|---|---|\n| 1 | 2 |\n", "tables are not part of the draft format"),
        ("<div>\nText\n</div>\n", "HTML blocks are not part of the draft format"),
        ("Text with <b>bold</b> in it.\n", "HTML is not part of the draft format"),
        ("- (a) item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n", "bulleted lists are not"),
    ],
)
def test_tables_and_html_are_errors(body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_markdown(FRONT + "## S {#s}\n\n" + body, "draft.md")


def test_a_literal_angle_bracket_is_text() -> None:
    doc = read_markdown(FRONT + "## S {#s}\n\nIf a < b and c > d, then \\<b> is text.\n")
    assert read_markdown(doc.to_markdown()) == doc


def test_an_ambiguous_roman_label_reads_back_under_its_parent() -> None:
    # "(i)" after "(h)(1)(A)" continues both the letters and the roman numerals. Typed by hand it
    # is the ninth item (the documented rule); written by fmt, its pinned id places it.
    items = "".join(f"(a) item {n}\n\n" for n in range(8))
    typed = read_markdown(FRONT + "## S {#s}\n\n" + items + "(1) one\n\n(A) big\n\n(i) nine\n")
    assert len(typed.sections[0].content) == 9
    nested = typed.sections[0].content[7]
    assert isinstance(nested, Subdivision)
    nested.children[0].children[0].children.append(Subdivision(3, [Text("roman one")]))
    typed.sections[0].content.pop()
    typed.resolve()
    again = read_markdown(typed.to_markdown())
    assert again == typed
    assert again.citation("s__item-7__one__big__roman-one") == "Section 1(h)(1)(A)(i)"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # A misspelt .fixed would let fmt renumber a section of the existing code.
        (
            "## S {#s}\n\n### 9.64.030 Old {#old .fixd}\n",
            "a ### code section heading takes only an id and .fixed in its attribute block "
            "(found {#old .fixd})",
        ),
        (
            "## S {#s chaptr=old}\n",
            "a ## section heading takes only an id and chapter=KEY in its attribute block "
            "(found {#s chaptr=old})",
        ),
        (
            "## S {#s}\n\n### 9.64.030 Old {#old chapter=old}\n",
            "a ### code section heading takes only an id and .fixed",
        ),
        ("## S {#s .fixed}\n", "only a ### code section may keep a fixed number"),
        ("## S {#s}\n\n### Old {#old .weird}\n", "(found {#old .weird})"),
    ],
)
def test_a_heading_attribute_the_format_does_not_know_is_an_error(
    body: str, message: str
) -> None:
    with pytest.raises(InputError) as caught:
        read_markdown(FRONT_964 + body, "draft.md")
    assert message in str(caught.value)


def test_a_title_takes_only_an_id() -> None:
    markdown = FRONT.replace("# AN ORDINANCE", "# AN ORDINANCE {#t .fixed}") + "## S {#s}\n"
    message = r"the # title takes only an id in its attribute block \(found \{#t \.fixed\}\)"
    with pytest.raises(InputError, match=message):
        read_markdown(markdown, "draft.md")


@pytest.mark.parametrize("depth", [2, 25])
def test_a_nested_block_quote_is_an_error_not_lost_text(depth: int) -> None:
    # markdown-it stops at 20 levels of nesting: the words of a deeper quote vanished, and fmt
    # wrote the loss to the file. A note is one level of ">".
    markdown = FRONT + "## S {#s}\n\n" + ">" * depth + " words of a note\n"
    with pytest.raises(InputError, match=r"draft\.md:13:1: .*one level of >"):
        read_markdown(markdown, "draft.md")


def test_a_chapter_key_is_a_slug_so_that_fmt_can_write_it_back() -> None:
    # `{#s chapter=old one}` does not read back: the key written by fmt must be one token.
    markdown = FRONT.replace(
        "title: T\n", "title: T\nnumbering: {chapters: {old one: {chapter: '9.64'}}}\n"
    )
    message = r"numbering\.chapters\.old one\.\[key\]: expected lower-case"
    with pytest.raises(InputError, match=message):
        read_markdown(markdown + '## S {#s chapter="old one"}\n', "draft.md")
