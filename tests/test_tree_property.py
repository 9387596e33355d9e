"""Property (issue 14, "Done when"): for generated ordinances with notes, subdivisions at every
level, several chapters, articles, fixed-number sections and odd headings,

- Markdown -> tree -> Markdown is exact, and
- after a person rewords, reorders, moves, relabels, deletes and types in blocks in the Markdown,
  `fmt` keeps the id of every block that survived, and gives typed-in blocks ids of their own.

Every generated block carries a marker word (k7) in its text, so a block can be recognised after
its words, position and number have changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ordinance import read_markdown
from ordinance.document import (
    Block,
    Document,
    DocumentInfo,
    Emphasis,
    Inline,
    LineBreak,
    Numbering,
    Paragraph,
    Ref,
    Role,
    Section,
    Subdivision,
    Text,
    normalize_inlines,
    plain_text,
)
from ordinance.models import ChapterNumbering

# ---- generated trees

WORDS = ["funds", "the Chief", "shall report", "data", "9.64", "§ 3", "a < b", "x*", "{#no}", "_"]
HEADINGS = [
    "Definitions",
    "Sectional Review",
    "911 Dispatch Records",
    "3-D Printing",
    "Section 8 Housing",
    "Sec. Rules",
    "Rules {Draft}",
    "19-401 Transfers",
]
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
# The default scheme; "amend" is an existing chapter whose sections may be fixed; "article" puts
# an article in its numbers and has no separator before the serial, so it holds no fixed ones.
SCHEMES = {
    "": {"chapter": "9.64", "separator": ".", "width": 3, "step": 10},
    "amend": {"chapter": "2.29", "separator": "-", "width": 0, "step": 5, "prefix": "Sec."},
    "article": {"chapter": "19", "article": "12", "separator": "", "width": 0, "start": 401},
}


def inlines(draw: st.DrawFn) -> list[Inline]:
    text = draw(words)
    if draw(st.booleans()):
        return [Text(text + " "), Emphasis([Text(draw(words))])]
    return [Text(text)]


@st.composite
def subdivisions(draw: st.DrawFn, level: int) -> Subdivision:
    children = []
    if level < 3:
        children = draw(st.lists(subdivisions(level + 1), max_size=2 if level < 2 else 1))
    return Subdivision(level, inlines(draw), children)


@st.composite
def content(draw: st.DrawFn) -> list[Block]:
    kinds = st.sampled_from(["sub", "sub", "text", "note", "paren"])
    blocks: list[Block] = []
    for kind in draw(st.lists(kinds, max_size=4)):
        if kind == "sub":
            blocks.append(draw(subdivisions(0)))
        elif kind == "note":
            blocks.append(Paragraph(Role.NOTE, inlines(draw)))
        else:  # "paren": plain text that starts like a label
            prefix = "(b) " if kind == "paren" else ""
            blocks.append(Paragraph(Role.TEXT, [Text(prefix + draw(words))]))
    return blocks


@st.composite
def documents(draw: st.DrawFn) -> Document:
    fixed_serial = {"amend": 0}
    sections = []
    for _ in range(draw(st.integers(1, 4))):
        key = draw(st.sampled_from(list(SCHEMES)))
        codes = []
        for _ in range(draw(st.integers(0, 3))):
            fixed = ""
            if key == "amend" and draw(st.booleans()):
                fixed_serial["amend"] += draw(st.integers(1, 12))
                fixed = f"2.29-{fixed_serial['amend']}"
            heading = draw(st.sampled_from(HEADINGS))
            codes.append(Section(1, heading, content=draw(content()), fixed=fixed))
        heading = draw(st.sampled_from(HEADINGS))
        sections.append(Section(0, heading, content=[*draw(content()), *codes], chapter=key))
    default, *_ = SCHEMES.values()
    numbering = Numbering(
        **default,  # type: ignore[arg-type]
        chapters={k: ChapterNumbering(**v) for k, v in SCHEMES.items() if k},  # type: ignore[arg-type]
    )
    doc = Document(
        DocumentInfo(template="t", jurisdiction="x", title="T", numbering=numbering),
        preamble=[
            Paragraph(Role.CAPTION, [Text("ORDINANCE NO. ____")]),
            Paragraph(Role.TITLE, [Text("AN ORDINANCE "), *inlines(draw)]),
            Paragraph(Role.RECITAL, [Text("WHEREAS, " + draw(words))]),
            Paragraph(Role.ENACTING, [Text("Be it ordained:")]),
            *([Paragraph(Role.NOTE, inlines(draw))] if draw(st.booleans()) else []),
        ],
        sections=sections,
        closing=[
            Paragraph(Role.CLOSING, [Text("PASSED " + draw(words))]),
            Paragraph(Role.SIGNATURE, [Text("______"), LineBreak(), Text("Mayor")]),
        ],
    )
    _mark(doc)
    doc.resolve()
    # Cross-references to ordinance sections (which the edits below never delete), some bare.
    texts = [b for s in sections for b in s.content if isinstance(b, Subdivision | Paragraph)]
    for target in draw(st.lists(st.sampled_from(sections), max_size=3)) if texts else []:
        block = draw(st.sampled_from(texts))
        reference = Ref(target.id, bare=draw(st.booleans()))
        block.inlines = normalize_inlines([*block.inlines, Text(" see "), reference])
    return doc.resolve()


def _mark(doc: Document) -> None:
    """Put a marker word in every block's text, after any word its role depends on."""
    for n, block in enumerate(doc.walk()):
        marker = f"k{n}"
        if isinstance(block, Section):
            block.heading = f"{block.heading} {marker}"
            continue
        role = block.role if isinstance(block, Paragraph) else None
        if role in (Role.SIGNATURE, Role.RECITAL) or (
            role is Role.TEXT and plain_text(block.inlines).startswith("(")
        ):
            block.inlines.append(Text(f" {marker}"))
        else:
            block.inlines.insert(0, Text(f"{marker} "))
        block.inlines = normalize_inlines(block.inlines)


def ids_by_marker(doc: Document) -> dict[str, str]:
    found = {}
    for block in doc.walk():
        text = block.heading if isinstance(block, Section) else plain_text(block.inlines)
        marker = re.search(r"\bk\d+\b", text)
        if marker:
            found[marker.group()] = block.id
    return found


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_markdown_to_tree_to_markdown_is_exact(doc: Document) -> None:
    markdown = doc.to_markdown()
    again = read_markdown(markdown)
    assert again == doc, markdown
    assert again.to_markdown() == markdown


# ---- hand edits on the canonical Markdown


@dataclass
class Chunk:
    """One Markdown block of the body, with the blocks the reader will nest under it."""

    text: str
    block: Block
    children: list[Chunk] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [self.text] + [line for child in self.children for line in child.lines()]


def body_chunks(doc: Document, markdown: str) -> list[Chunk]:
    """The ordinance sections as chunk trees, paired with the tree's blocks in order."""
    parts = markdown.split("\n\n")
    start = next(i for i, p in enumerate(parts) if p.startswith("## "))
    body = iter(parts[start:])
    sections = []

    def take(block: Block) -> Chunk:
        chunk = Chunk(next(body), block)
        if isinstance(block, Section):
            chunk.children = [take(child) for child in block.content]
        elif isinstance(block, Subdivision):
            chunk.children = [take(child) for child in block.children]
        return chunk

    for section in doc.sections:
        sections.append(take(section))
    return sections


LETTERS = {0: "abefghjknopqrstuwyz", 2: "BEFGHJKNOPQRSTUWYZ"}


@st.composite
def edits(draw: st.DrawFn, doc: Document) -> tuple[str, set[str]]:
    """The canonical Markdown after random hand edits, and the markers of deleted blocks."""
    markdown = doc.to_markdown()
    parts = markdown.split("\n\n")
    first_section = next(i for i, p in enumerate(parts) if p.startswith("## "))
    rule = parts.index("* * *")
    sections = body_chunks(doc, markdown)
    deleted: set[str] = set()
    everything = [c for s in sections for c in _all(s)]

    for chunk in everything:  # reword and relabel
        chunk.text = _reword(draw, chunk)
    pool = [c for s in sections for c in _all(s) if c.block is not s.block]
    for chunk in draw(st.lists(st.sampled_from(pool), max_size=3, unique_by=id)) if pool else []:
        parent = _parent_of(sections, chunk)
        if parent is None or chunk not in parent.children:
            continue
        parent.children.remove(chunk)
        if draw(st.booleans()):  # delete it, with what it holds
            deleted.update(_markers(chunk))
            continue
        # Move it to another place where a block of its kind may stand.
        targets = _targets(sections, chunk)
        target = draw(st.sampled_from(targets))
        target.children.insert(draw(st.integers(0, len(target.children))), chunk)
    for section in sections:  # shuffle a section's plain content, keeping code sections last
        plain = [c for c in section.children if not isinstance(c.block, Section)]
        codes = [c for c in section.children if isinstance(c.block, Section)]
        section.children = draw(st.permutations(plain)) + codes
    if draw(st.booleans()):  # a block typed in by hand, without an id
        sections[-1].children.insert(0, Chunk("(q) typed k999 by hand", sections[-1].block))

    body = [line for s in sections for line in s.lines()]
    edited = parts[:first_section] + body + parts[rule:]
    return "\n\n".join(edited), deleted


def _all(chunk: Chunk) -> list[Chunk]:
    return [chunk] + [c for child in chunk.children for c in _all(child)]


def _markers(chunk: Chunk) -> set[str]:
    return {m for c in _all(chunk) for m in re.findall(r"\bk\d+\b", c.text)}


def _parent_of(sections: list[Chunk], chunk: Chunk) -> Chunk | None:
    return next((c for s in sections for c in _all(s) if chunk in c.children), None)


def _targets(sections: list[Chunk], chunk: Chunk) -> list[Chunk]:
    block = chunk.block
    if isinstance(block, Section):
        return sections  # a code section may move to any ordinance section
    if isinstance(block, Subdivision) and block.level > 0:
        # under any subdivision one level up (outside the moved chunk itself)
        inside = {id(c) for c in _all(chunk)}
        return [
            c
            for s in sections
            for c in _all(s)
            if isinstance(c.block, Subdivision)
            and c.block.level == block.level - 1
            and id(c) not in inside
        ] or [_parent_dummy(sections, chunk)]
    return [c for s in sections for c in _all(s) if isinstance(c.block, Section)]


def _parent_dummy(sections: list[Chunk], chunk: Chunk) -> Chunk:
    # No other place fits: put it back under a fresh parent at the end of the first section.
    parent = Chunk("(z) holder k998", sections[0].block, [])
    sections[0].children.insert(0, parent)
    return parent


def _reword(draw: st.DrawFn, chunk: Chunk) -> str:
    text, block = chunk.text, chunk.block
    head, marker, tail = re.split(r"\b(k\d+)\b", text, maxsplit=1)
    attributes = tail[tail.rindex(" {") :] if " {" in tail else ""
    if isinstance(block, Section):
        if block.depth == 0:
            head = f"## Section {draw(st.integers(1, 99))}. {draw(words)} "
        elif not block.fixed:
            head = f"### {draw(st.sampled_from(['7.7.x', '1-1', '']))} {draw(words)} ".replace(
                "###  ", "### "
            )
        return f"{head}{marker}{attributes}"
    if isinstance(block, Subdivision):
        level = block.level
        token = (
            str(draw(st.integers(1, 40)))
            if level == 1
            else draw(st.sampled_from(LETTERS[level]))
            if level in LETTERS
            else head.strip()[1:-1]  # keep a roman label: it could read as a letter
        )
        return f"({token}) {marker} reworded {draw(words)}{attributes}"
    if block.role is Role.NOTE:
        return f"> {marker} reworded {draw(words)}{attributes}"
    return f"\\(b) reworded {draw(words)} {marker}{attributes}"


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fmt_keeps_every_surviving_blocks_id(data: st.DataObject) -> None:
    doc = read_markdown(data.draw(documents()).to_markdown())
    before = ids_by_marker(doc)
    edited, deleted = data.draw(edits(doc))
    formatted = read_markdown(read_markdown(edited).to_markdown())
    after = ids_by_marker(formatted)
    survivors = {m: i for m, i in before.items() if m not in deleted}
    assert {m: after.get(m) for m in survivors} == survivors, edited
    typed = {m: i for m, i in after.items() if m not in before}
    assert not set(typed.values()) & set(before.values())
    # And fmt is then a fixed point.
    assert formatted.to_markdown() == read_markdown(formatted.to_markdown()).to_markdown()
