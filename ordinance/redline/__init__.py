"""Redline writers: render a change set (`ordinance.diff`) for people and programs.

Each writer is one module with one public function; none of them compares anything:

- `terminal.write_summary`: the readable summary `ordinance diff` prints by default;
- `jsonout.write_json`: the change set as JSON, for programs;
- `markdown.write_markdown`: Markdown with deletions struck and insertions marked;
- `html.write_html`: one self-contained page (summary, inline and side-by-side views);
- `tracked.write_tracked_docx`: Word tracked changes (insertions, deletions, moves);
- `legislative.write_legislative_docx`: the printed convention, struck and underlined.
"""
