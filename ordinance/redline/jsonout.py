"""The change set as JSON, for programs. README.md ("The change set as JSON") documents it."""

from __future__ import annotations

import json
from typing import Any

from ..comparison import Change, ChangeSet, Row, Span, Version

FORMAT = "ordinance-changes"
FORMAT_VERSION = 1


def write_json(changes: ChangeSet) -> str:
    data = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "old": _version(changes.old),
        "new": _version(changes.new),
        "identical": changes.identical,
        "summary": {
            "changes": changes.summary.changes,
            "counts": {kind.value: n for kind, n in changes.summary.counts.items()},
            "words_inserted": changes.summary.words_inserted,
            "words_deleted": changes.summary.words_deleted,
        },
        "changes": [_change(change) for change in changes.changes],
        "rows": [_row(row) for row in changes.rows],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _version(version: Version) -> dict[str, Any]:
    return {
        "title": version.title,
        "label": version.label,
        "source": version.source,
        "comments": [comment.as_dict() for comment in version.comments],
    }


def _change(change: Change) -> dict[str, Any]:
    return {
        "number": change.number,
        "kinds": [kind.value for kind in change.kinds],
        "where": change.where,
        "old_ids": list(change.old_ids),
        "new_ids": list(change.new_ids),
        "old_label": change.old_label,
        "new_label": change.new_label,
        "old_text": change.old_text,
        "new_text": change.new_text,
        "words_inserted": change.words_inserted,
        "words_deleted": change.words_deleted,
    }


def _row(row: Row) -> dict[str, Any]:
    style = row.style
    data: dict[str, Any] = {
        "status": row.status.value,
        "id": row.id,
        "block": style.kind.value,
        "label": [_span(s) for s in row.label],
        "spans": [_span(s) for s in row.spans],
        "changes": list(row.changes),
    }
    if style.role is not None:
        data["role"] = style.role.value
    if style.kind.value == "heading":
        data["depth"] = style.depth
    if style.kind.value == "subdivision":
        data["level"] = style.level
    if row.mark.value != "equal":
        data["paragraph_mark"] = row.mark.value
    if row.move:
        data["move"] = row.move
    return data


def _span(span: Span) -> dict[str, Any]:
    data: dict[str, Any] = {"op": span.op.value, "text": span.text}
    if span.link:
        data["link"] = span.link
    if span.bold:
        data["bold"] = True
    if span.italic:
        data["italic"] = True
    if span.number:
        data["number"] = True
    return data
