"""Drafts made by this tool: verdicts from their provision tags, and the text rules agree.

For every shipped jurisdiction, the tags give every REQUIRED element present; the rules, reading
the same draft with its tags set aside (the tree, and the tree written out as plain text), give
the same status for every element, optional ones included.
"""

from __future__ import annotations

import pytest

from ordinance import draft, load_jurisdiction, shipped_jurisdictions
from ordinance.checklist import REQUIRED
from ordinance.document import Document
from ordinance.readers.markdown import read_markdown
from ordinance.scorecard import Scorecard, Status, check_document, check_text


@pytest.fixture(scope="module", params=shipped_jurisdictions())
def shipped(request: pytest.FixtureRequest) -> tuple[str, Document]:
    jurisdiction_id: str = request.param
    markdown = draft(load_jurisdiction(jurisdiction_id)).to_markdown()
    return jurisdiction_id, read_markdown(markdown, f"{jurisdiction_id}.md")


def _statuses(card: Scorecard) -> dict[str, Status]:
    return {v.id: v.status for v in card.verdicts}


def test_tags_give_every_required_element_present(shipped: tuple[str, Document]) -> None:
    name, document = shipped
    card = check_document(document, name)
    assert card.method == "tags"
    assert {e for e, s in _statuses(card).items() if s is Status.PRESENT} >= REQUIRED
    assert card.score == 100
    for verdict in card.verdicts:
        if verdict.status is Status.PRESENT:
            assert verdict.sections and verdict.quote, verdict


def test_text_rules_agree_with_the_tags(shipped: tuple[str, Document]) -> None:
    name, document = shipped
    from_tags = _statuses(check_document(document, name))
    from_tree = check_document(document, name, use_tags=False)
    from_plain = check_text(document.to_text(), name)
    assert from_tree.method == from_plain.method == "text"
    assert _statuses(from_tree) == from_tags
    assert _statuses(from_plain) == from_tags


def test_tag_verdicts_cite_the_tagged_sections() -> None:
    document = read_markdown(draft(load_jurisdiction("oakland-ca")).to_markdown(), "oakland.md")
    card = check_document(document, "oakland.md")
    approval = card.verdict("council_approval")
    # Oakland's draft restates chapter 9.64; Council approval keeps its number, 9.64.030.
    assert approval.sections == ["Section 9.64.030"]
    assert approval.parameters["approved_by"] == "City Council"
    # Periods are read from the tagged section, not from another duty's sentence that the text
    # rules met first (the Oversight Body's ninety days "after the comment period closes").
    assert card.verdict("community_engagement").parameters["comment_period"] == "45 days"
    assert card.verdict("public_records").parameters["post_within"] == "10 days"
    assert card.verdict("findings").quote.startswith("WHEREAS")
    assert card.verdict("title").quote.startswith("AN ORDINANCE")


def test_a_tagged_section_weakened_by_hand_is_flagged() -> None:
    markdown = draft(load_jurisdiction("oakland-ca")).to_markdown()
    start = markdown.index("## Section 3. Severability")  # Section 2 is the transition
    end = markdown.index("\n## ", start + 1)
    weakened = (
        markdown[:start]
        + "## Section 3. Severability {#severability}\n\n"
        + "The Council hopes that this ordinance will stand.\n"
        + markdown[end:]
    )
    card = check_document(read_markdown(weakened, "edited.md"), "edited.md")
    verdict = card.verdict("severability")
    assert verdict.status is Status.PRESENT  # the tag decides
    assert verdict.note == "tagged, but the text rules find it missing"
