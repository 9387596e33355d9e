"""ordinance.diff: versions aligned by id, then by content; each change classed once."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordinance import Jurisdiction, diff
from ordinance.comparison import ChangeSet, Kind, Op, RowStatus
from ordinance.comparison.align import _heaviest_increasing
from ordinance.comparison.inputs import load_version
from ordinance.comparison.units import Token
from ordinance.comparison.words import word_diff
from ordinance.errors import InputError

from . import diff_edits as edits
from .conftest import RIVERTON


@pytest.fixture(scope="module")
def base(riverton: Jurisdiction) -> str:
    return edits.base_markdown(riverton)


def compare(old: str, new: str) -> ChangeSet:
    return diff(edits.read(old), edits.read(new))


def only(changes: ChangeSet, kind: Kind) -> list[str]:
    return [c.where for c in changes.changes if kind in c.kinds]


def test_identical_versions_have_no_changes(base: str) -> None:
    changes = compare(base, base)
    assert changes.identical and changes.summary.changes == 0
    assert all(row.status is RowStatus.SAME for row in changes.rows)
    assert all(span.op is Op.EQUAL for row in changes.rows for span in row.spans)


def test_whitespace_only_edits_are_no_change(base: str) -> None:
    # Doubled spaces, and a paragraph re-wrapped onto two lines, as an editor might.
    edited = edits.replace(base, "At least thirty (30) days", "At least  thirty (30)\ndays")
    edited = edits.replace(
        edited, "The City Council declares that", "The City Council   declares that"
    )
    assert edited != base
    assert compare(base, edited).identical


def test_a_reworded_clause_shows_its_words(base: str) -> None:
    edited = edits.replace(base, "At least thirty (30) days", "At least forty-five (45) days")
    changes = compare(base, edited)
    (change,) = changes.changes
    assert change.kinds == (Kind.REWORDED,)
    assert change.where == "Section 2.95.060(b)"
    assert (change.words_inserted, change.words_deleted) == (2, 2)
    (row,) = [row for row in changes.rows if row.changes]
    changed = [(s.op, s.text.strip()) for s in row.spans if s.op is not Op.EQUAL]
    assert changed == [(Op.DELETE, "thirty (30)"), (Op.INSERT, "forty-five (45)")]


def test_swapped_sections_are_one_move_and_renumberings(base: str) -> None:
    changes = compare(base, edits.swap_sections(base, "approval-standard", "public-hearing"))
    counts = changes.summary.counts
    assert counts[Kind.MOVED] == 1
    assert counts[Kind.INSERTED] == counts[Kind.DELETED] == counts[Kind.REWORDED] == 0
    assert changes.summary.words_inserted == changes.summary.words_deleted == 0
    moved = next(c for c in changes.changes if Kind.MOVED in c.kinds)
    assert moved.new_ids[0] in {"approval-standard", "public-hearing"}
    # The other section of the pair, and every citation of either, is renumbered, once each.
    renumbered = [c for c in changes.changes if c.kinds == (Kind.RENUMBERED,)]
    assert renumbered and len({c.where for c in renumbered}) == len(renumbered)


def test_an_inserted_section_renumbers_the_rest_once_each(base: str) -> None:
    edited = edits.insert_section_before(
        base, "council-approval", "Council Records {#council-records}", "The Clerk keeps them."
    )
    changes = compare(base, edited)
    inserted = [c for c in changes.changes if Kind.INSERTED in c.kinds]
    assert [c.new_ids for c in inserted] == [
        ("council-records", "council-records__clerk-keeps-them")
    ]
    assert changes.summary.words_deleted == 0
    assert changes.summary.words_inserted == 6  # Council Records The Clerk keeps them.
    headings = [c for c in changes.changes if c.where.startswith("2.95.")]
    # 2.95.040 to 2.95.210 each move up one number: one renumbering each, nothing else.
    assert [c.kinds for c in headings] == [(Kind.INSERTED,)] + [(Kind.RENUMBERED,)] * 18
    assert headings[1].old_label == "2.95.040" and headings[1].new_label == "2.95.050"


def test_a_removed_subdivision(base: str) -> None:
    changes = compare(base, edits.delete_block(base, "public-hearing__hearing"))
    (deleted,) = [c for c in changes.changes if Kind.DELETED in c.kinds]
    assert deleted.where == "Section 2.95.060(a)"
    assert deleted.old_ids == ("public-hearing__hearing",)
    assert deleted.words_inserted == 0 and deleted.words_deleted > 50
    # (b) to (f) are now (a) to (e).
    assert only(changes, Kind.RENUMBERED)[:5] == [f"Section 2.95.060({x})" for x in "abcde"]


def test_a_removed_section_is_one_deletion_with_its_clauses(base: str) -> None:
    start, end = edits.section_span(base, "public-records")
    changes = compare(base, base[:start] + base[end:])
    (deleted,) = [c for c in changes.changes if Kind.DELETED in c.kinds]
    assert deleted.old_ids[0] == "public-records" and len(deleted.old_ids) > 2
    assert deleted.where.endswith("Publication of Surveillance Records")


def test_an_added_subdivision(base: str) -> None:
    edited = edits.replace(
        base,
        "(c) The notice, and a plain",
        "(c) The Clerk shall keep a copy of each notice.\n\n(c) The notice, and a plain",
    )
    changes = compare(base, edited)
    inserted = [c for c in changes.changes if Kind.INSERTED in c.kinds]
    assert [c.where for c in inserted] == ["Section 2.95.060(c)"]
    assert inserted[0].words_inserted == 9


def test_a_split_paragraph(base: str) -> None:
    changes = compare(base, edits.split_severability(base))
    (change,) = changes.changes
    assert change.kinds == (Kind.SPLIT,)
    assert len(change.old_ids) == 1 and len(change.new_ids) == 2
    rows = [row for row in changes.rows if row.changes]
    assert [row.mark for row in rows] == [Op.INSERT, Op.EQUAL]  # a new paragraph mark


def test_joined_subdivisions(base: str) -> None:
    changes = compare(base, edits.join_effective_date(base))
    joined = [c for c in changes.changes if Kind.JOINED in c.kinds]
    assert len(joined) == 1
    assert joined[0].old_ids == ("effective-date__deadlines", "effective-date__first-annual-report")
    rows = [row for row in changes.rows if joined[0].number in row.changes]
    assert [row.mark for row in rows] == [Op.DELETE, Op.EQUAL]  # a removed paragraph mark
    assert rows[1].label[0].op is Op.DELETE  # the label "(c)" goes


@pytest.mark.parametrize(
    ("old", "new", "where"),
    [
        ("ADDING CHAPTER 2.95", "ADDING A NEW CHAPTER 2.95", "title"),
        ("WHEREAS, the Fourth Amendment", "WHEREAS, the Fourth Amendment as applied", "recital"),
        ("APPROVED AS TO FORM", "APPROVED AS TO FORM AND LEGALITY", "signature block"),
    ],
)
def test_changes_outside_the_sections(base: str, old: str, new: str, where: str) -> None:
    changes = compare(base, edits.replace(base, old, new))
    (change,) = changes.changes
    assert change.kinds == (Kind.REWORDED,) and change.where == where
    assert change.words_inserted - change.words_deleted == len(new.split()) - len(old.split())


def test_a_section_both_moved_and_reworded(base: str) -> None:
    edited = edits.move_section_after(base, "no-subsidy-or-promotion", "definitions")
    edited = edits.replace(edited, "No Subsidy or Promotion", "No Subsidy or Marketing")
    changes = compare(base, edited)
    (moved,) = [c for c in changes.changes if Kind.MOVED in c.kinds]
    assert set(moved.kinds) == {Kind.MOVED, Kind.REWORDED, Kind.RENUMBERED}
    assert moved.new_ids == ("no-subsidy-or-promotion",)
    assert (moved.words_inserted, moved.words_deleted) == (1, 1)
    origin = [r for r in changes.rows if r.status is RowStatus.MOVED_FROM]
    destination = [r for r in changes.rows if r.status is RowStatus.MOVED_TO]
    # Every paragraph of the section moved, each paired with its destination by number.
    assert len(origin) == len(destination) > 1
    assert sorted(r.move for r in origin) == sorted(r.move for r in destination)
    assert changes.summary.counts[Kind.INSERTED] == changes.summary.counts[Kind.DELETED] == 0


def test_every_kind_at_once(base: str) -> None:
    counts = compare(base, edits.everything(base)).summary.counts
    for kind in Kind:
        assert counts[kind] >= 1, kind


def test_renumbered_citations_are_numbers_not_words() -> None:
    old = [Token("see ", "see"), Token("Section 5", "\x00ref:x", "x"), Token(".", ".")]
    new = [Token("see ", "see"), Token("Section 6", "\x00ref:x", "x"), Token(".", ".")]
    spans = word_diff(old, new)
    assert [(s.op, s.text, s.number) for s in spans] == [
        (Op.EQUAL, "see ", False),
        (Op.DELETE, "Section 5", True),
        (Op.INSERT, "Section 6", True),
        (Op.EQUAL, ".", False),
    ]


def test_a_space_in_one_version_only_is_kept_on_each_side() -> None:
    # "NO. ______ C.M.S." against "NO. ______": rejecting must not give "______C.M.S.".
    old = [Token("NO. ", "NO."), Token("______ ", "______"), Token("C.M.S.", "C.M.S.")]
    new = [Token("NO. ", "NO."), Token("______", "______")]
    spans = word_diff(old, new)
    assert "".join(s.text for s in spans if s.op is not Op.INSERT) == "NO. ______ C.M.S."
    assert "".join(s.text for s in spans if s.op is not Op.DELETE) == "NO. ______"


def test_a_line_break_against_a_space_is_kept_on_each_side() -> None:
    # A signature's "City Clerk\nDate:" against "Clerk and Recorder\nDate:": the break after
    # "Clerk" is a space in the new version; rejecting must not give "City Clerk Date:".
    old = [Token("City ", "City"), Token("Clerk\n", "Clerk"), Token("Date:", "Date:")]
    new = [
        Token("Clerk ", "Clerk"),
        Token("and ", "and"),
        Token("Recorder\n", "Recorder"),
        Token("Date:", "Date:"),
    ]
    spans = word_diff(old, new)
    assert "".join(s.text for s in spans if s.op is not Op.INSERT) == "City Clerk\nDate:"
    assert "".join(s.text for s in spans if s.op is not Op.DELETE) == "Clerk and Recorder\nDate:"


def test_heaviest_increasing_subsequence() -> None:
    # A heavy section that stays and a light one that moved past it.
    assert _heaviest_increasing([(2, 1), (0, 10), (1, 10)]) == {1, 2}
    assert _heaviest_increasing([(2, 30), (0, 1), (1, 1)]) == {0}
    assert _heaviest_increasing([]) == set()


def test_inputs_jurisdiction_and_options_files(tmp_path: Path) -> None:
    options = tmp_path / "amended.yaml"
    options.write_text("hearing_notice_days: 45\n", encoding="utf-8")
    old = load_version(RIVERTON)
    new = load_version(options, jurisdiction=str(RIVERTON))
    changes = diff(old, new)
    assert changes.summary.counts[Kind.REWORDED] >= 1
    assert any("forty-five (45)" in c.new_text for c in changes.changes)


def test_a_word_file_that_cannot_be_read_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"counsel\.docx: .*no such file"):
        load_version(tmp_path / "counsel.docx")


def test_a_clause_moved_into_another_section_and_reworded(base: str) -> None:
    edited = edits.swap_sections(base, "approval-standard", "public-hearing")
    changes = compare(base, edits.move_clause_to_effective_date(edited))
    moved = [c for c in changes.changes if Kind.MOVED in c.kinds]
    # Riverton's draft has the review section (2.95.030) and the transition (Section 2).
    assert [c.where for c in moved] == ["2.95.060 Standard for Approval", "Section 4(d)"]
    assert set(moved[1].kinds) == {Kind.MOVED, Kind.REWORDED, Kind.RENUMBERED}
    assert (moved[1].words_inserted, moved[1].words_deleted) == (1, 1)
    assert changes.summary.counts[Kind.INSERTED] == changes.summary.counts[Kind.DELETED] == 0


def test_versions_may_be_files(base: str, tmp_path: Path) -> None:
    old, new = tmp_path / "introduced.md", tmp_path / "amended.md"
    old.write_text(base, encoding="utf-8")
    new.write_text(edits.split_severability(base), encoding="utf-8")
    changes = diff(old, str(new))
    assert changes.summary.counts[Kind.SPLIT] == 1
    assert (changes.old.source, changes.new.source) == (str(old), str(new))
