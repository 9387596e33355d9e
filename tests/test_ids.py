"""Every block keeps its id through edits (issue 14 item 1): the redline aligns on them."""

import re

import pytest

from ordinance import InputError, read_markdown
from ordinance.document import Paragraph, Role, Subdivision

FRONT = "---\ntemplate: t\njurisdiction: x\ntitle: T\n---\n\n# AN ORDINANCE\n\nEnacting clause:\n\n"
BODY = (
    "## Approval {#approval}\n\n"
    "(a) Seek funds.\n\n"
    "(1) from the state;\n\n"
    "(2) from the state;\n\n"
    "(b) Seek funds.\n\n"
    "> Drafter's note: check the grant rules.\n\n"
    "## Reports {#reports}\n\n"
    "Each year the Chief reports.\n"
)


def ids(markdown: str) -> dict[str, str]:
    """Each block's id by its words."""
    doc = read_markdown(markdown)
    return {
        " ".join(str(getattr(b, "inlines", "")).split()): b.id
        for b in doc.walk()
        if isinstance(b, Paragraph | Subdivision)
    }


def test_fmt_pins_every_id_at_the_end_of_its_block() -> None:
    canonical = read_markdown(FRONT + BODY).to_markdown()
    assert "(a) Seek funds. {#approval__seek-funds}" in canonical
    assert "(2) from the state; {#approval__seek-funds__from-state-2}" in canonical
    assert "(b) Seek funds. {#approval__seek-funds-2}" in canonical
    assert "> Drafter's note: check the grant rules. {#approval__drafter-s-note-check" in canonical
    assert "# AN ORDINANCE {#title__ordinance}" in canonical
    assert "Enacting clause: {#enacting__enacting-clause}" in canonical
    assert read_markdown(canonical).to_markdown() == canonical


def test_ids_survive_rewording_swapping_and_moving() -> None:
    canonical = read_markdown(FRONT + BODY).to_markdown()
    before = read_markdown(canonical)
    lines = canonical.split("\n\n")
    first = next(i for i, p in enumerate(lines) if p.startswith("(a) Seek funds."))
    second = next(i for i, p in enumerate(lines) if p.startswith("(b) Seek funds."))
    # Swap the two identical clauses (each with its items), reword one, and move the note to
    # the other section.
    block_a, block_b = lines[first:second], [lines[second]]
    note = next(p for p in lines if p.startswith(">"))
    rest = [p for p in lines[second + 1 :] if p is not note]
    edited = lines[:first] + block_b + block_a + rest + [note]
    edited_text = "\n\n".join(edited).replace("(a) Seek funds.", "(a) Seek grants and gifts.")
    after = read_markdown(edited_text)
    assert {b.id for b in before.walk()} == {b.id for b in after.walk()}
    moved = after.get(before.sections[0].content[2].id)  # type: ignore[union-attr]
    assert isinstance(moved, Paragraph) and moved.role is Role.NOTE
    assert moved in after.sections[1].content
    reworded = after.get("approval__seek-funds")
    assert isinstance(reworded, Subdivision) and reworded.label == "(b)"


def test_a_block_typed_in_by_hand_gets_an_id_once() -> None:
    canonical = read_markdown(FRONT + BODY).to_markdown()
    typed = canonical.replace(
        "\n\n## Section 2. Reports", "\n\n(c) Seek funds.\n\n## Section 2. Reports"
    )  # same words as two others: the id must not collide with theirs
    once = read_markdown(typed).to_markdown()
    assert "(c) Seek funds. {#approval__seek-funds-3}" in once
    reworded = once.replace("(c) Seek funds.", "(c) Ask the state.")
    assert "{#approval__seek-funds-3}" in read_markdown(reworded).to_markdown()


def test_a_derived_id_never_takes_one_written_further_on() -> None:
    markdown = FRONT + (
        "## A {#a}\n\n(a) Seek funds.\n\n## B {#b}\n\n(a) Moved here. {#a__seek-funds}\n"
    )
    doc = read_markdown(markdown)
    assert [b.id for b in doc.walk() if isinstance(b, Subdivision)] == [
        "a__seek-funds-2",
        "a__seek-funds",
    ]


def test_a_notes_id_survives_the_round_trip() -> None:
    # The bug: the writer put a note's id above the > line, and the reader lost it there.
    markdown = FRONT + "## S {#s}\n\n> Drafter's note: check. {#check}\n"
    doc = read_markdown(markdown)
    assert doc.sections[0].content[0].id == "s__check"  # type: ignore[union-attr]
    assert read_markdown(doc.to_markdown()).sections[0].content[0].id == "s__check"  # type: ignore[union-attr]
    assert "> Drafter's note: check. {#s__check}" in doc.to_markdown()


def test_the_older_form_with_the_id_on_the_line_above_still_reads() -> None:
    doc = read_markdown(FRONT + "## S {#s}\n\n{#funding}\n(a) Seek funds.\n")
    assert doc.get("s__funding")
    assert "(a) Seek funds. {#s__funding}" in doc.to_markdown()


def test_a_copied_block_is_a_clear_error() -> None:
    with pytest.raises(InputError, match=r"duplicate id 's__x' \(first used on line 13\)"):
        read_markdown(FRONT + "## S {#s}\n\n(a) One. {#x}\n\n(b) Copy. {#x}\n", "draft.md")


def test_escaped_braces_are_text_not_an_id() -> None:
    doc = read_markdown(FRONT + "## S {#s}\n\nThe form \\{#x\\} is literal.\n")
    (paragraph,) = doc.sections[0].content
    assert paragraph.inlines[0].text == "The form {#x} is literal."  # type: ignore[union-attr]
    assert re.search(r"literal\. \{#s__form-x-is-literal\}", doc.to_markdown())
    assert read_markdown(doc.to_markdown()) == doc


def test_a_paragraph_takes_only_an_id() -> None:
    with pytest.raises(InputError, match="takes only an id"):
        read_markdown(FRONT + "## S {#s}\n\nText. {#t .fixed}\n", "draft.md")


def test_a_shipped_draft_pins_every_blocks_id(riverton: object) -> None:
    from ordinance import draft

    markdown = draft(riverton).to_markdown()  # type: ignore[arg-type]
    body = markdown.split("\n---\n", 1)[1].strip().split("\n\n")
    unpinned = [b for b in body if b != "* * *" and not re.search(r"\{#[\w-]+[^}]*\}$", b)]
    assert unpinned == []
