"""Markdown is the canonical source: read(write(tree)) == tree, and hand edits are renumbered."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ordinance import InputError, read_markdown
from ordinance.document import (
    Document,
    DocumentInfo,
    Emphasis,
    LineBreak,
    Paragraph,
    Ref,
    Role,
    Section,
    Strong,
    Subdivision,
    Text,
    plain_text,
)

EDITED = Path(__file__).parent / "fixtures" / "edited-draft.md"


def test_hand_edited_draft_is_renumbered() -> None:
    doc = read_markdown(EDITED.read_text(encoding="utf-8"), str(EDITED))
    text = doc.to_markdown()
    assert "## Section 1. Addition of Chapter 2.95 {#adoption}" in text  # was "Section 7."
    assert "### 2.95.010 Definitions {#definitions}" in text  # was 2.95.999
    assert "### 2.95.020 Council Approval {#council-approval}" in text  # had no number
    # Every (a) written by hand became the next letter; the reference followed its target.
    assert '(b) "Covered Entity" means:' in text
    assert "(2) an agent, including:" in text
    assert "(B) a consultant." in text
    assert "see [Section 2.95.020(a)](#council-approval__funding)." in text
    # (i) after (h) is the ninth letter; (i) under (A) is a roman numeral.
    assert "(j) ninth item at top level" in text
    assert "(i) roman under A" in text


def test_canonical_form_is_a_fixed_point() -> None:
    once = read_markdown(EDITED.read_text(encoding="utf-8")).to_markdown()
    tree = read_markdown(once)
    assert tree.to_markdown() == once
    assert tree == read_markdown(EDITED.read_text(encoding="utf-8"))


def test_roles_of_the_title_block_and_closing() -> None:
    doc = read_markdown(EDITED.read_text(encoding="utf-8"))
    assert [p.role for p in doc.preamble] == [
        Role.CAPTION,
        Role.TITLE,
        Role.PREAMBLE,
        Role.RECITAL,
        Role.RECITAL,
        Role.ENACTING,
    ]
    assert [p.role for p in doc.closing] == [Role.CLOSING, Role.CLOSING, Role.SIGNATURE]
    note = doc.get("council-approval__drafter-s-note-consider-this")
    assert isinstance(note, Paragraph) and note.role is Role.NOTE
    escaped = doc.sections[1].content[0]
    assert isinstance(escaped, Paragraph) and plain_text(escaped.inlines) == "(Not a label) text."


FRONT = "---\ntemplate: t\njurisdiction: x\ntitle: T\n---\n\n# AN ORDINANCE\n\nEnacting clause:\n\n"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("## S {#s}\n\n- a list item\n", 13, "bulleted lists are not part of the draft format"),
        ("## S {#s}\n\n(1) orphan\n", 13, "no (a)-style subdivision above it"),
        ("### Code section first\n", 11, "must follow a ## section"),
        (
            "## S {#s}\n\nSee [it](https://example.org).\n",
            13,
            "links are not part of the draft format",
        ),
        ("## S {#s}\n\nSee [it](#nowhere).\n", 13, "unknown id 'nowhere'"),
        ("## S {#s}\n\n## T {#s}\n", 13, "duplicate id 's'"),
        ("## S {#s}\n\n#### Too deep\n", 13, "headings go down to ### only"),
    ],
)
def test_malformed_drafts_name_the_line(body: str, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        read_markdown(FRONT + body, "draft.md")
    (problem,) = caught.value.problems
    assert problem.source == "draft.md"
    assert problem.line == line
    assert message in problem.message
    assert "\n" not in str(caught.value)


def test_front_matter_errors_name_the_line_and_field() -> None:
    with pytest.raises(InputError, match=r"^draft.md:1:1: \(front matter\)"):
        read_markdown("# No front matter\n", "draft.md")
    with pytest.raises(InputError, match=r"^draft.md:5:13: numbering.width: input should be less"):
        read_markdown(
            "---\ntemplate: t\njurisdiction: x\ntitle: T\nnumbering: {width: 9}\n---\n", "draft.md"
        )
    with pytest.raises(InputError, match=r"draft.md:5:1: colour: unknown field; the fields here"):
        read_markdown("---\ntemplate: t\njurisdiction: x\ntitle: T\ncolour: red\n---\n", "draft.md")


# ---- property: any text survives a round trip through Markdown

words = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\t"
        ),
        min_size=1,
        max_size=30,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@st.composite
def inline_runs(draw: st.DrawFn) -> list:  # type: ignore[type-arg]
    parts = draw(
        st.lists(
            st.one_of(
                words.map(Text),
                words.map(lambda w: Emphasis([Text(w)])),
                words.map(lambda w: Strong([Text(w)])),
            ),
            min_size=1,
            max_size=4,
        )
    )
    out: list = []  # type: ignore[type-arg]
    for part in parts:  # separate runs by spaces, as prose has them
        out.extend([part, Text(" ")])
    return out[:-1]


@settings(max_examples=200, deadline=None)
@given(caption=words, recital=inline_runs(), clause=inline_runs(), note=words, closing=words)
def test_any_text_round_trips(
    caption: str, recital: list, clause: list, note: str, closing: str
) -> None:  # type: ignore[type-arg]
    doc = Document(
        DocumentInfo(template="t", jurisdiction="x", title="T"),
        preamble=[
            Paragraph(Role.CAPTION, [Text(caption)]),
            Paragraph(Role.TITLE, [Text("AN ORDINANCE")]),
            Paragraph(Role.RECITAL, [Text("WHEREAS, "), *recital]),
            Paragraph(Role.ENACTING, [Text("Be it ordained:")]),
        ],
        sections=[
            Section(
                0,
                "Section heading",
                anchor="s",
                content=[
                    Paragraph(Role.TEXT, clause),
                    Subdivision(0, [*clause, Text(" see "), Ref("s")], anchor="first"),
                    Paragraph(Role.NOTE, [Text(note)]),
                ],
            )
        ],
        closing=[
            Paragraph(Role.CLOSING, [Text(closing)]),
            Paragraph(Role.SIGNATURE, [Text("ATTEST: ______"), LineBreak(), Text(closing)]),
        ],
    ).resolve()
    from ordinance.document import normalize_inlines

    for block in doc.walk():
        if isinstance(block, Paragraph | Subdivision):
            block.inlines = normalize_inlines(block.inlines)
    again = read_markdown(doc.to_markdown())
    assert again == doc, doc.to_markdown()


def test_signature_rules_need_no_escape_before_a_line_break() -> None:
    signature = Paragraph(Role.SIGNATURE, [Text("______________"), LineBreak(), Text("Mayor")])
    rule_alone = Paragraph(Role.CLOSING, [Text("Vote:"), LineBreak(), Text("______________")])
    doc = Document(
        DocumentInfo(template="t", jurisdiction="x", title="T"),
        sections=[Section(0, "S", anchor="s")],
        closing=[signature, rule_alone],
    ).resolve()
    markdown = doc.to_markdown()
    assert "\n______________\\\nMayor {#closing__mayor}\n" in markdown
    # A rule at the start of the last line is escaped, as it would be a thematic break alone.
    assert "Vote:\\\n\\______________ {#closing__vote}\n" in markdown
    assert read_markdown(markdown) == doc


def test_notes_may_stand_in_the_title_block_and_closing() -> None:
    text = (
        FRONT.replace(
            "Enacting clause:\n\n", "> Drafter's note: check the title.\n\nEnacting clause:\n\n"
        )
        + "## S {#s}\n\nText.\n\n* * *\n\n> Drafter's note: confirm the signers.\n\nPASSED.\n"
    )
    doc = read_markdown(text)
    assert [p.role for p in doc.preamble] == [Role.TITLE, Role.NOTE, Role.ENACTING]
    assert [p.role for p in doc.closing] == [Role.NOTE, Role.CLOSING]
    assert read_markdown(doc.to_markdown()) == doc


def test_bare_references_round_trip() -> None:
    text = (
        FRONT
        + "## S {#s}\n\n(a) First.\n\nSections [0](#s) and [9](#s__first) apply; see [](#s).\n"
    )
    doc = read_markdown(text)
    markdown = doc.to_markdown()
    assert "Sections [1](#s) and [1(a)](#s__first) apply; see [Section 1](#s)." in markdown
    assert read_markdown(markdown) == doc


def test_the_documented_example_is_canonical() -> None:
    docs = (Path(__file__).parent.parent / "docs" / "draft-format.md").read_text(encoding="utf-8")
    example = docs.split("```markdown\n", 1)[1].split("```\n", 1)[0]
    doc = read_markdown(example)
    # The example leaves out version, status and sponsors, which fmt writes with defaults.
    body = example.split("\n---\n", 1)[1]
    assert doc.to_markdown().split("\n---\n", 1)[1] == body
