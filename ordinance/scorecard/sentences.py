"""Sentence splitting for legal text, with nupunkt.

nupunkt is a Punkt model trained on legal text that ships inside its wheel (no download, no
network): it keeps "U.S.C.", "Sec.", "Cal. Gov. Code", "v." and "585 U.S. 296" inside their
sentences, which a hand-written regex gets wrong one abbreviation at a time. Paragraph breaks are
already known here, so it only ever sees one paragraph at a time.
"""

from __future__ import annotations


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, stripped; an empty paragraph has none."""
    import nupunkt  # imported on first use: `ordinance --help` does not pay for it

    text = " ".join(paragraph.split())
    if not text:
        return []
    return [str(s).strip() for s in nupunkt.sent_tokenize(text) if str(s).strip()]
