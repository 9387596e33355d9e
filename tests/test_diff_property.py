"""A property of every change set: accepting its rows gives the new version's words, rejecting
them the old one's, whatever mix of edits (rewordings, deletions, insertions, moves, splits,
joins) made the new version. The tracked DOCX writer prints exactly these rows."""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ordinance import Document, diff, draft, load_jurisdiction
from ordinance.comparison import ChangeSet, Op, RowStatus
from ordinance.document import Paragraph, Role, Section, Subdivision, Text, normalize_inlines
from ordinance.errors import DocumentError

from .conftest import RIVERTON, words


def accepted(changes: ChangeSet) -> str:
    return _read(changes, skip=RowStatus.MOVED_FROM, drop=Op.DELETE)


def rejected(changes: ChangeSet) -> str:
    return _read(changes, skip=RowStatus.MOVED_TO, drop=Op.INSERT)


def _read(changes: ChangeSet, skip: RowStatus, drop: Op) -> str:
    lines = []
    for row in changes.rows:
        if row.status is skip or (row.status is RowStatus.INSERTED and drop is Op.INSERT):
            continue
        label = "".join(span.text for span in row.label if span.op is not drop)
        text = "".join(span.text for span in row.spans if span.op is not drop)
        lines.append(f"{label} {text}")
    return "\n".join(lines)


@cache
def _base() -> Document:
    # Not a fixture: Hypothesis would print the whole tree with every failing example.
    return draft(load_jurisdiction(RIVERTON))


def _clauses(doc: Document) -> list[tuple[list[Any], int]]:
    """Every (container list, index) holding a paragraph or subdivision inside a section."""
    found: list[tuple[list[Any], int]] = []

    def visit(blocks: list[Any]) -> None:
        for index, block in enumerate(blocks):
            if isinstance(block, Section):
                visit(block.content)
            elif isinstance(block, Paragraph | Subdivision):
                found.append((blocks, index))
                if isinstance(block, Subdivision):
                    visit(block.children)

    visit(doc.sections)
    return found


def _text_node(block: Paragraph | Subdivision) -> Text | None:
    return next(
        (node for node in block.inlines if isinstance(node, Text) and node.text.split()), None
    )


def _like(block: Paragraph | Subdivision, text: str) -> Paragraph | Subdivision:
    """A new clause that may stand beside `block` (a subdivision among subdivisions)."""
    if isinstance(block, Subdivision):
        return Subdivision(block.level, [Text(text)])
    return Paragraph(Role.TEXT, [Text(text)])


def _edit(doc: Document, kind: str, a: int, b: int) -> None:
    clauses = _clauses(doc)
    blocks, index = clauses[a % len(clauses)]
    block = blocks[index]
    if kind == "reword" and (node := _text_node(block)) is not None:
        found = node.text.split(" ")
        found[b % len(found)] = "amended"
        node.text = " ".join(found)
    elif kind == "delete" and not (isinstance(block, Subdivision) and block.children):
        del blocks[index]
    elif kind == "insert":
        blocks.insert(index, _like(block, f"A new sentence number {b} here."))
    elif kind == "split" and (node := _text_node(block)) is not None and len(node.text.split()) > 3:
        # The clause ends mid-sentence; what followed opens a new clause beside it.
        found = node.text.split()
        cut = 1 + b % (len(found) - 1)
        at = block.inlines.index(node)
        rest = [Text(" ".join(found[cut:]) + " "), *block.inlines[at + 1 :]]
        block.inlines[at:] = [Text(" ".join(found[:cut]))]
        piece = _like(block, "")
        piece.inlines = normalize_inlines(rest)
        blocks.insert(index + 1, piece)
    elif kind == "move":
        chapter = next(s for s in doc.sections if s.sections).content
        codes = [i for i, block in enumerate(chapter) if isinstance(block, Section)]
        moved = chapter.pop(codes[a % len(codes)])
        codes = [i for i, block in enumerate(chapter) if isinstance(block, Section)]
        chapter.insert(codes[b % len(codes)], moved)


EDITS = st.lists(
    st.tuples(
        st.sampled_from(["reword", "delete", "insert", "split", "move"]),
        st.integers(0, 10_000),
        st.integers(0, 10_000),
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=50, deadline=None)
@given(edits=EDITS)
def test_accepting_gives_new_and_rejecting_gives_old(edits: list[tuple[str, int, int]]) -> None:
    base = _base()
    new = copy.deepcopy(base)
    for kind, a, b in edits:
        _edit(new, kind, a, b)
    try:
        new.resolve()
    except DocumentError:  # an edit removed a clause a cross-reference names
        assume(False)
    changes = diff(base, new)
    assert words(accepted(changes)) == words(new.to_text())
    assert words(rejected(changes)) == words(base.to_text())
    if words(new.to_text()) != words(base.to_text()):
        assert not changes.identical
