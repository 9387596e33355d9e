"""What a tracked redline carries so that it reads back as either version (`docx_metadata`).

Every block of each version gets a bookmark on the paragraph that holds it once the changes are
accepted (the new version) or rejected (the old one). A row that shows the same block in both
versions carries one bookmark, named as the draft writer names it; a row that shows an old
block under another id, or where it stood before a move, carries a second one named with
`OLD_PREFIX`. Bookmarks sit at the paragraph's level, never inside w:ins or w:del, so accepting
or rejecting keeps or drops them with their paragraph. The custom XML part describes both
versions (front matter, bookmark -> id map, headings' numbering), marked new and old; the DOCX
reader picks one by its `--changes` mode. It also records each block's paragraph style in its
version: a row prints in one style, and LibreOffice re-saves a paragraph that follows a tracked
deletion in the deleted paragraph's style.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..comparison import ChangeSet, Op, Row
from ..comparison.units import units
from ..document import Document
from ..docx_metadata import OLD_PREFIX, VersionMarks, bookmark_name, bookmark_names, versions_xml
from .docx_body import style_name


@dataclass(frozen=True, slots=True)
class ReadBack:
    """Both versions' bookmark names, and the custom XML part that maps them back to ids."""

    new_names: dict[str, str]  # new version's block id -> bookmark name
    old_names: dict[str, str]  # old version's block id -> bookmark name (shared or `old_`)
    part: bytes | None  # None for a change set whose trees were not kept (built by hand)

    @classmethod
    def of(cls, changes: ChangeSet) -> ReadBack:
        new_doc, old_doc = changes.new.document, changes.old.document
        rows = changes.rows
        if new_doc is not None:
            new_names = bookmark_names(new_doc)
        else:
            new_names = {new_id(r): bookmark_name(new_id(r)) for r in rows if new_id(r)}
        if old_doc is not None:
            old_only = bookmark_names(old_doc, OLD_PREFIX)
        else:
            old_only = {r.old_id: bookmark_name(r.old_id, OLD_PREFIX) for r in rows if r.old_id}
        # Where one paragraph shows the same block in both versions, one bookmark serves both.
        shared = {r.old_id for r in rows if r.old_id and r.old_id == new_id(r)}
        old_names = {i: new_names[i] if i in shared else name for i, name in old_only.items()}
        part = None
        if new_doc is not None and old_doc is not None:
            part = versions_xml(
                VersionMarks(old_doc, old_names, _styles(old_doc)),
                VersionMarks(new_doc, new_names, _styles(new_doc)),
            )
        return cls(new_names, old_names, part)

    def bookmarks(self, row: Row) -> list[str]:
        """The bookmark names a row's paragraph carries: its new block's, then its old one's."""
        names = [self.new_names[new_id(row)]] if new_id(row) else []
        if row.old_id and self.old_names[row.old_id] not in names:
            names.append(self.old_names[row.old_id])
        return names

    def anchor(self, target: str) -> str:
        """The bookmark a cross-reference to this id jumps to (the reader takes either
        version's name for a link: an id is the same id in both)."""
        return self.new_names.get(target) or self.old_names.get(target) or bookmark_name(target)


def new_id(row: Row) -> str:
    """The new version's block a row shows: none where the paragraph mark is deleted (deleted
    and moved-away text, a join's earlier pieces)."""
    return "" if row.mark is Op.DELETE else row.id


def _styles(doc: Document) -> dict[str, str]:
    """Each block's paragraph style in this version (a row shows the new one's where both
    versions share it, and rejecting restores no style)."""
    return {unit.id: style_name(unit.style) for unit in units(doc)}
