"""`check`: score an ordinance against the provisions checklist, quoting the evidence.

    >>> from ordinance import check
    >>> card = check("oakland-draft.md")                         # doctest: +SKIP
    >>> card.score, card.verdict("council_approval").status       # doctest: +SKIP

A draft made by this tool carries provision tags (front matter `provisions:`), so its verdicts
come from the tags, exactly. Any other text (an enacted ordinance copied from a code website, a
Word file, a hand-written draft) is read by the rules in `rules.py`.
"""

from __future__ import annotations

from pathlib import Path

from ..checklist import CHECKLIST
from ..document import PSEUDO_IDS, Document
from ..errors import InputError
from .evaluate import evaluate_passages
from .model import Scorecard, Status, Verdict
from .passages import Part, Passage, passages_from_document, passages_from_text
from .sentences import split_sentences

__all__ = ["Scorecard", "Status", "Verdict", "check", "check_document", "check_text"]


def check_text(text: str, source: str = "<text>") -> Scorecard:
    """Score plain text (for example an ordinance copied from a municipal code website)."""
    return Scorecard.of(source, evaluate_passages(passages_from_text(text)), "text")


def check_document(
    document: Document, source: str = "<document>", use_tags: bool = True
) -> Scorecard:
    """Score a document tree: from its provision tags when it has them (and `use_tags`), else
    from its text."""
    passages = passages_from_document(document)
    from_text = evaluate_passages(passages)
    if not (use_tags and document.info.provisions):
        return Scorecard.of(source, from_text, "text")
    return Scorecard.of(source, _from_tags(document, passages, from_text), "tags")


def check(path: str | Path) -> Scorecard:
    """Score a file: a draft (.md with front matter; .docx once a Word reader is registered in
    `ordinance.drafts.DRAFT_READERS`) from its tags, anything else as plain text."""
    from ..drafts import DRAFT_READERS, read_draft
    from ..loading import read_text

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".docx" and suffix not in DRAFT_READERS:
        raise InputError.single(
            str(path), "reading Word files is not available yet; save it as .txt", "(file)", 0
        )
    if suffix == ".docx":
        return check_document(read_draft(path), str(path))
    text = read_text(path)
    if not text.strip():
        raise InputError.single(str(path), "the file is empty", "(file)", 0)
    if suffix in DRAFT_READERS and text.lstrip().startswith("---"):
        return check_document(read_draft(path), str(path))
    # Anything else, a Markdown file without front matter included, is read as plain text.
    return check_text(text, str(path))


def _from_tags(
    document: Document, passages: list[Passage], from_text: list[Verdict]
) -> list[Verdict]:
    tagged: dict[str, list[str]] = {}
    for node_id, tags in document.info.provisions.items():
        for tag in tags:
            tagged.setdefault(tag, []).append(node_id)
    by_text = {v.id: v for v in from_text}
    verdicts: list[Verdict] = []
    for element in CHECKLIST:
        nodes = tagged.get(element.id, [])
        if not nodes:
            verdicts.append(Verdict(element.id, Status.MISSING, note="no section carries this tag"))
            continue
        sections = [_where(document, node) for node in nodes]
        quote = _first_sentence(document, passages, nodes[0])
        text_verdict = by_text[element.id]
        # The tag decides; a hand edit that weakened the tagged text is still worth saying.
        note = ""
        if text_verdict.status is not Status.PRESENT:
            detail = f": {text_verdict.note}" if text_verdict.note else ""
            note = f"tagged, but the text rules find it {text_verdict.status.value}{detail}"
        verdicts.append(
            Verdict(
                element.id,
                Status.PRESENT,
                sections=sections,
                quote=quote,
                parameters=_tagged_parameters(element.id, sections, passages, text_verdict),
                note=note,
            )
        )
    return verdicts


def _tagged_parameters(
    element_id: str, sections: list[str], passages: list[Passage], from_text: Verdict
) -> dict[str, str]:
    """Parameters as the text rules read them from the tagged sections alone (evidence they
    found in another section has periods that belong to another duty); for a parameter those
    sections do not state, what the rules found elsewhere."""
    from .evaluate import evaluate_element, section_texts
    from .passages import sentences_of
    from .rules import BY_ID

    rules = BY_ID.get(element_id)
    tagged = [p for p in passages if p.section in sections and p.part is Part.BODY]
    if rules is None or not rules.parameters or not tagged:
        return dict(from_text.parameters)
    local = evaluate_element(rules, sentences_of(tagged), section_texts(tagged))
    return {**from_text.parameters, **local.parameters}


def _where(document: Document, node_id: str) -> str:
    if node_id in PSEUDO_IDS:
        return node_id.replace("-", " ")
    return document.citation(node_id)


_PSEUDO_PARTS = {
    "title": (Part.TITLE,),
    "findings": (Part.RECITAL,),
    "enacting-clause": (Part.ENACTING,),
    "signature-block": (Part.CLOSING,),
}


def _first_sentence(document: Document, passages: list[Passage], node_id: str) -> str:
    if node_id in _PSEUDO_PARTS:
        wanted = _PSEUDO_PARTS[node_id]
        texts = [p.text for p in passages if p.part in wanted]
        # The long title says more than the caption "ORDINANCE NO. ____".
        texts.sort(key=lambda text: "_" in text)
    else:
        where = document.citation(node_id)
        texts = [p.text for p in passages if p.section == where and p.part is Part.BODY]
    for text in texts:
        sentences = split_sentences(text)
        if sentences:
            return sentences[0]
    return ""
