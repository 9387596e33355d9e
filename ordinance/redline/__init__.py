"""Redline writers: render a change set (`ordinance.diff`) for people and programs.

Each writer is one module with one public function; none of them compares anything:

- `terminal.write_summary`: the readable summary `ordinance diff` prints by default;
- `jsonout.write_json`: the change set as JSON, for programs;
- `markdown.write_markdown`: Markdown with deletions struck and insertions marked;
- `html.write_html`: one self-contained page (summary, inline and side-by-side views);
- `tracked.write_tracked_docx`: Word tracked changes (insertions, deletions, moves);
- `legislative.write_legislative_docx`: the printed convention, struck and underlined.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..comparison import ChangeSet
    from .docx_body import RedlineSettings

# Format name -> (module, function, binary). Writers are imported on first use, so that the CLI
# pays only for the one it prints.
REDLINE_FORMATS: dict[str, tuple[str, str, bool]] = {
    "summary": ("terminal", "write_summary", False),
    "json": ("jsonout", "write_json", False),
    "md": ("markdown", "write_markdown", False),
    "html": ("html", "write_html", False),
    "docx": ("tracked", "write_tracked_docx", True),
    "docx-legislative": ("legislative", "write_legislative_docx", True),
}


def render_redline(
    changes: ChangeSet,
    name: str,
    settings: RedlineSettings | None = None,
    color: bool = False,
) -> bytes:
    """A change set in one of `REDLINE_FORMATS`: text formats as UTF-8, Word files as bytes.

    `settings` (author, date, elision) apply to the Word formats; `color` to the summary.
    """
    from ..formats import UnknownFormatError
    from .docx_body import RedlineSettings

    if name not in REDLINE_FORMATS:
        known = ", ".join(REDLINE_FORMATS)
        raise UnknownFormatError(f"unknown redline format {name!r}; known formats: {known}")
    module, function, binary = REDLINE_FORMATS[name]
    writer = getattr(importlib.import_module(f".{module}", __name__), function)
    if binary:
        data: bytes = writer(changes, settings or RedlineSettings())
        return data
    text: str = writer(changes, color=color) if name == "summary" else writer(changes)
    return text.encode("utf-8")
