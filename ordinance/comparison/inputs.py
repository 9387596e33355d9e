"""Reading a version to compare: a draft (any file `ordinance.drafts.DRAFT_READERS` reads:
Markdown, Word), or a jurisdiction or options file drafted on the fly."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document
from ..errors import InputError

if TYPE_CHECKING:
    from .changes import ChangeSet


def load_version(
    path: Path,
    jurisdiction: str | None = None,
    options: Path | None = None,
    changes: str = "accept",
) -> Document:
    """One version of an ordinance, from any file the tool reads.

    A YAML file is a jurisdiction file drafted with `options`; with `jurisdiction` given, it is
    instead an options file for that jurisdiction. A shipped jurisdiction's id works too. A Word
    file's tracked changes are accepted, or with `changes="reject"` rejected.
    """
    from ..drafts import DRAFT_READERS, read_draft

    suffix = path.suffix.lower()
    if suffix in DRAFT_READERS:
        return read_draft(path, changes=changes)
    if suffix in (".yaml", ".yml") or (not suffix and not path.exists()):
        from ..drafting import draft
        from ..loading import load_jurisdiction, load_options

        if jurisdiction is not None:
            return draft(load_jurisdiction(jurisdiction), options=load_options(path))
        return draft(load_jurisdiction(str(path)), options=load_options(options))
    known = ", ".join([*DRAFT_READERS, ".yaml"])
    raise InputError.single(str(path), f"cannot compare this kind of file: expected {known}")


def with_comments(changes: ChangeSet, old: Path, new: Path, changes_mode: str) -> ChangeSet:
    """The change set with each Word version's margin comments, for the JSON and HTML outputs."""
    from ..readers.docx import open_docx

    versions = {}
    for side, path in (("old", old), ("new", new)):
        if path.suffix.lower() == ".docx":
            found = tuple(open_docx(path, changes=changes_mode).comments)
            if found:
                versions[side] = dataclasses.replace(getattr(changes, side), comments=found)
    return dataclasses.replace(changes, **versions) if versions else changes
