"""Hand edits of a draft's Markdown, as a reviewer's counterpart would make them, for the diff
tests. Each returns new Markdown text and fails loudly if the draft no longer has what it edits."""

from __future__ import annotations

import re

from ordinance import Document, draft, read_markdown


def base_markdown(riverton: object) -> str:
    return draft(riverton).to_markdown()  # type: ignore[arg-type]


def read(text: str) -> Document:
    return read_markdown(text, "<edited>")


def replace(text: str, old: str, new: str) -> str:
    assert old in text, f"draft lacks {old!r}"
    return text.replace(old, new, 1)


def section_span(text: str, anchor: str) -> tuple[int, int]:
    """Where a code section's Markdown starts and ends (the next heading)."""
    start = re.search(rf"^### .*\{{#{anchor}\}}$", text, re.MULTILINE)
    assert start, f"no section {anchor}"
    end = re.compile(r"^##", re.MULTILINE).search(text, start.end())
    assert end
    return start.start(), end.start()


def swap_sections(text: str, first: str, second: str) -> str:
    """Swap two adjacent code sections."""
    a_start, a_end = section_span(text, first)
    b_start, b_end = section_span(text, second)
    assert a_end == b_start
    return text[:a_start] + text[b_start:b_end] + text[a_start:a_end] + text[b_end:]


def delete_block(text: str, block_id: str) -> str:
    """Delete the paragraph that carries this id (pinned at its end, as `fmt` writes it)."""
    pattern = re.compile(rf"^[^\n]*\{{#{block_id}\}}\n\n", re.MULTILINE)
    assert pattern.search(text), f"no block {block_id}"
    return pattern.sub("", text, count=1)


def insert_section_before(text: str, anchor: str, heading: str, body: str) -> str:
    start, _ = section_span(text, anchor)
    return text[:start] + f"### 0.0 {heading}\n\n{body}\n\n" + text[start:]


SEVERABILITY_SECOND = "The City Council declares that it would have adopted"


def move_section_after(text: str, anchor: str, after: str) -> str:
    """Cut a code section and paste it after another (earlier) one."""
    start, end = section_span(text, anchor)
    moved = text[start:end]
    text = text[:start] + text[end:]
    _, after_end = section_span(text, after)
    return text[:after_end] + moved + text[after_end:]


def split_severability(text: str) -> str:
    return replace(text, " " + SEVERABILITY_SECOND, "\n\n" + SEVERABILITY_SECOND)


def join_effective_date(text: str) -> str:
    """Section 3's (b) and (c) become one subdivision (which keeps (c)'s id)."""
    return re.sub(
        r"takes effect\. \{#effective-date__deadlines\}\n\n\(c\) Notwithstanding",
        "takes effect. Notwithstanding",
        text,
        count=1,
    )


def everything(text: str) -> str:
    """One edit of every kind, as a committee's amended version might have them all."""
    text = replace(text, "ADDING CHAPTER 2.95", "ADDING A NEW CHAPTER 2.95")  # title
    text = replace(
        text, "WHEREAS, the Fourth Amendment", "WHEREAS, the Fourth Amendment as applied"
    )
    text = replace(text, "APPROVED AS TO FORM", "APPROVED AS TO FORM AND LEGALITY")  # signature
    text = replace(text, "At least thirty (30) days before", "At least forty-five (45) days before")
    text = swap_sections(text, "approval-standard", "public-hearing")
    text = move_section_after(text, "no-subsidy-or-promotion", "definitions")
    text = replace(
        text, "### 2.95.130 No Subsidy or Promotion", "### 2.95.130 No Subsidy or Marketing"
    )
    text = delete_block(text, "approval-standard__denial")
    text = insert_section_before(
        text,
        "council-approval",
        "Council Records {#council-records}",
        "The City Clerk shall keep a record of each approval under this Chapter.",
    )
    text = split_severability(text)
    return join_effective_date(text)


def move_clause_to_effective_date(text: str) -> str:
    """Public Hearing's (f) becomes Section 3's (d), reworded on the way."""
    clause = re.search(r"^\(f\) At the hearing, any person[^\n]*\n\n", text, re.MULTILINE)
    assert clause, "no clause (f) At the hearing"
    text = text.replace(clause.group(0), "", 1)
    end = text.index("\n\n", text.index("(c) Notwithstanding")) + 2
    moved = clause.group(0).replace(
        "(f) At the hearing, any person", "(d) At the hearing, every person"
    )
    return text[:end] + moved + text[end:]
