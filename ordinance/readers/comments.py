"""Margin comments in a Word document: who wrote what, about which words.

A comment lives in `word/comments.xml`; the body marks the words it is about with
`w:commentRangeStart` / `w:commentRangeEnd` of the same id and places a `w:commentReference` run
after them. The anchor text is collected from the body as it stands after tracked changes were
resolved, so it quotes the words of the version being read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from .revisions import W

_COMMENT = f"{{{W}}}comment"
_START, _END = f"{{{W}}}commentRangeStart", f"{{{W}}}commentRangeEnd"
_REFERENCE = f"{{{W}}}commentReference"
_P, _T, _TAB, _BR = f"{{{W}}}p", f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"
_ID, _AUTHOR, _DATE = f"{{{W}}}id", f"{{{W}}}author", f"{{{W}}}date"


@dataclass(frozen=True, slots=True)
class Comment:
    """One margin comment. `block` is the id of the tree node it sits in ("" if unknown)."""

    author: str
    date: str
    anchor: str  # the words the comment is about
    text: str  # the comment itself
    block: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "author": self.author,
            "date": self.date,
            "anchor": self.anchor,
            "text": self.text,
            "block": self.block,
        }


@dataclass(frozen=True, slots=True)
class CommentMark:
    """Where a comment sits in the body: its id and the body paragraph (w:p) that starts it."""

    comment_id: str
    paragraph: etree._Element | None
    anchor: str


def comment_texts(comments_part: etree._Element) -> dict[str, tuple[str, str, str]]:
    """Comment id -> (author, date, text), from word/comments.xml."""
    out: dict[str, tuple[str, str, str]] = {}
    for comment in comments_part.iter(_COMMENT):
        paragraphs = ["".join(_words(p)).strip() for p in comment.iter(_P)]
        text = "\n".join(p for p in paragraphs if p)
        out[comment.get(_ID, "")] = (comment.get(_AUTHOR, ""), comment.get(_DATE, ""), text)
    return out


def comment_marks(body: etree._Element) -> list[CommentMark]:
    """Each comment's anchor in the body, in document order of where it starts."""
    open_ranges: dict[str, list[str]] = {}
    starts: dict[str, etree._Element | None] = {}
    done: dict[str, str] = {}
    for node in body.iter(_START, _END, _REFERENCE, _T, _TAB, _BR, _P):
        tag = node.tag
        if tag == _START:
            comment_id = node.get(_ID, "")
            open_ranges[comment_id] = []
            starts[comment_id] = _paragraph_of(node)
        elif tag in (_END, _REFERENCE):
            comment_id = node.get(_ID, "")
            if comment_id in open_ranges:
                done[comment_id] = " ".join("".join(open_ranges.pop(comment_id)).split())
            elif comment_id not in done:  # a reference with no range: a point comment
                starts.setdefault(comment_id, _paragraph_of(node))
                done[comment_id] = ""
        else:
            piece = _piece(node)
            for words in open_ranges.values():
                words.append(piece)
    for comment_id, words in open_ranges.items():  # a range left open runs to the end
        done[comment_id] = " ".join("".join(words).split())
    return [CommentMark(cid, starts.get(cid), anchor) for cid, anchor in done.items()]


def _paragraph_of(node: etree._Element) -> etree._Element | None:
    for ancestor in node.iterancestors(_P):
        return ancestor
    following = node.getnext()  # a range marker between paragraphs
    return following if following is not None and following.tag == _P else None


def _piece(node: etree._Element) -> str:
    if node.tag == _T:
        return node.text or ""
    if node.tag == _P:
        return " "  # a paragraph boundary inside a range
    return " "


def _words(paragraph: etree._Element) -> Iterator[str]:
    for node in paragraph.iter(_T, _TAB, _BR):
        yield _piece(node)
