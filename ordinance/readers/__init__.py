"""Readers: Markdown drafts and Word documents -> the document tree, through one shared builder."""


class ReaderWarning(UserWarning):
    """Something a reader noticed but could read past (a Word file's tracked changes, a table it
    left out): one line, naming the file. The CLI prints each as a "warning:" line.

    A warning, not an error: it is not an `OrdinanceError`, and reading goes on.
    """
