"""Writers: a resolved document tree -> one output format each.

A writer is a module with one function (`write_markdown`, `write_text`, `write_docx`) made of a
table from node type to a small function over the shared walk (`walk.py`). Writers never change
the tree and never resolve it. `ordinance.formats` registers them by format name and suffix and
imports each on first use.
"""
