"""The words of a Word paragraph -> inline nodes: text, bold and italic, line breaks and
cross-reference links.

Runs are read through the containers Word wraps them in (hyperlinks, smart tags, content
controls, simple fields); a complex field shows its result, never its instruction. Bold and
italic come from direct formatting or a character style, not from the paragraph's style (our
caption style is bold, but its words are plain text). What a draft cannot hold (images, drawings,
text boxes, embedded objects, footnotes) is reported where it stands and left out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..document import Emphasis, Inline, LineBreak, Ref, Strong, Text, normalize_inlines, plain_text
from .docxstyles import SUBDIVISION_LABEL_STYLE, StyleSheet

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_O_HR = "{urn:schemas-microsoft-com:office:office}hr"


def _w(local: str) -> str:
    return W + local


_R, _RPR, _T, _TAB, _BR, _CR = _w("r"), _w("rPr"), _w("t"), _w("tab"), _w("br"), _w("cr")
_HYPERLINK, _FLD_CHAR = _w("hyperlink"), _w("fldChar")
_VAL, _TYPE, _ANCHOR = _w("val"), _w("type"), _w("anchor")
# Containers whose children are read as if they stood in their place.
_TRANSPARENT = frozenset(
    _w(name) for name in ("smartTag", "customXml", "sdt", "sdtContent", "fldSimple", "dir", "bdo")
)
_NOT_DRAFT = {
    _w("drawing"): "an image or drawing",
    _w("object"): "an embedded object",
    _w("footnoteReference"): "a footnote",
    _w("endnoteReference"): "an endnote",
}

Piece = tuple[Inline, bool, bool]  # a node, and whether it is bold and italic


@dataclass
class InlineReader:
    """Reads paragraphs' inline content; keeps the state that runs across paragraphs (a field
    that spans several, as a table of contents does)."""

    styles: StyleSheet
    warn: Callable[[str], None]
    # The id a link's bookmark name stands for ("" for none: the link stays words).
    link_target: Callable[[str], str]
    external_links: dict[str, str] = field(default_factory=dict)  # relationship id -> address
    # What each cross-reference link showed, by id(Ref): its words stay if the target is unknown.
    link_labels: dict[int, list[Inline]] = field(default_factory=dict)
    _field_stack: list[str] = field(default_factory=list)  # "instr" or "result" per open field

    def read(self, p: Any, where: str) -> tuple[list[Inline], bool]:
        """The paragraph's inline nodes (edges trimmed) and whether it draws a horizontal rule."""
        pieces: list[Piece] = []
        rule = self._collect(p, pieces, where)
        return _strip_edges(_group(pieces)), rule

    def _collect(self, parent: Any, out: list[Piece], where: str) -> bool:
        rule = False
        for child in parent:
            tag = child.tag
            if tag == _R:
                rule |= self._run(child, out, where)
            elif tag == _HYPERLINK:
                self._hyperlink(child, out, where)
            elif tag in _TRANSPARENT:
                rule |= self._collect(child, out, where)
        return rule

    def _hyperlink(self, link: Any, out: list[Piece], where: str) -> None:
        inner: list[Piece] = []
        self._collect(link, inner, where)
        if not inner:
            return  # no words left (a tracked change took them all): nothing to follow
        anchor = link.get(_ANCHOR)
        target = self.link_target(anchor) if anchor else ""
        if not target:
            if link.get(_R_ID):
                address = self.external_links.get(link.get(_R_ID), "an address")
                self.warn(f"{where}: link to {address} kept as plain text")
            out.extend(inner)
            return
        label = plain_text([piece for piece, _, _ in inner]).strip()
        # As in Markdown, the link's words are recomputed; their shape only says whether the
        # reference is bare: one word with a digit ("9.64.030(b)").
        bare = (
            bool(label) and not any(c.isspace() for c in label) and any(c.isdigit() for c in label)
        )
        bold = bool(inner) and all(b for _, b, _ in inner)
        italic = bool(inner) and all(i for _, _, i in inner)
        ref = Ref(target, bare=bare)
        self.link_labels[id(ref)] = [piece for piece, _, _ in inner]
        out.append((ref, bold, italic))

    def _run(self, r: Any, out: list[Piece], where: str) -> bool:
        rpr = r.find(_RPR)
        style_id = _run_style(rpr)
        if rpr is not None and _toggle(rpr, "vanish"):
            return False  # hidden text is not part of what a reader sees
        bold, italic = self.styles.run_format(style_id)
        bold = _toggle(rpr, "b", bold)
        italic = _toggle(rpr, "i", italic)
        is_label = self.styles.name(style_id) == SUBDIVISION_LABEL_STYLE if style_id else False
        rule = False
        for child in r:
            tag = child.tag
            if tag == _FLD_CHAR:
                self._field_char(child.get(_w("fldCharType")))
            elif self._field_stack and self._field_stack[-1] == "instr":
                continue  # a field's instruction, not its shown result
            elif tag == _T:
                out.append((Text(child.text or ""), bold, italic))
            elif tag == _TAB:
                out.append((Text(" "), bold and not is_label, italic and not is_label))
            elif tag in (_BR, _CR):
                if child.get(_TYPE) in (None, "textWrapping"):
                    out.append((LineBreak(), False, False))
            elif tag == _w("noBreakHyphen"):
                out.append((Text("-"), bold, italic))
            elif tag == _w("pict"):
                if any(node.get(_O_HR) == "t" for node in child.iter()):
                    rule = True
                else:
                    self.warn(f"{where}: {_picture_kind(child)} is not read")
            elif tag in _NOT_DRAFT:
                self.warn(f"{where}: {_NOT_DRAFT[tag]} is not read")
            elif tag == _w("AlternateContent") or tag.endswith("}AlternateContent"):
                self.warn(f"{where}: a drawing or text box is not read")
        return rule

    def _field_char(self, kind: str | None) -> None:
        if kind == "begin":
            self._field_stack.append("instr")
        elif kind == "separate" and self._field_stack:
            self._field_stack[-1] = "result"
        elif kind == "end" and self._field_stack:
            self._field_stack.pop()


def _run_style(rpr: Any | None) -> str | None:
    if rpr is None:
        return None
    style = rpr.find(_w("rStyle"))
    return style.get(_VAL) if style is not None else None


_OFF = frozenset({"0", "false", "off", "none"})


def _toggle(rpr: Any | None, local: str, default: bool = False) -> bool:
    if rpr is None:
        return default
    node = rpr.find(_w(local))
    if node is None:
        return default
    return node.get(_VAL, "true").lower() not in _OFF


def _picture_kind(pict: Any) -> str:
    if any(node.tag.endswith("}txbxContent") for node in pict.iter()):
        return "a text box"
    return "an image or drawing"


def _group(pieces: list[Piece]) -> list[Inline]:
    """Flat formatted pieces -> inline nodes: runs of bold in Strong, of italic in Emphasis.

    White space at the edge of a bold or italic stretch is moved outside it, where Markdown can
    hold it (`**word **` would not read back as bold).
    """
    out: list[Inline] = []
    index = 0
    while index < len(pieces):
        bold = pieces[index][1]
        end = index
        while end < len(pieces) and pieces[end][1] == bold and not _is_break(pieces[end][0]):
            end += 1
        if end == index:  # a line break stands alone
            out.append(pieces[index][0])
            index += 1
            continue
        inner = _group_italic(pieces[index:end])
        out.extend(_wrap(Strong, inner) if bold else inner)
        index = end
    return normalize_inlines(out)


def _group_italic(pieces: list[Piece]) -> list[Inline]:
    out: list[Inline] = []
    index = 0
    while index < len(pieces):
        italic = pieces[index][2]
        end = index
        while end < len(pieces) and pieces[end][2] == italic:
            end += 1
        nodes = [piece for piece, _, _ in pieces[index:end]]
        out.extend(_wrap(Emphasis, nodes) if italic else nodes)
        index = end
    return out


def _is_break(node: Inline) -> bool:
    return isinstance(node, LineBreak)


def _wrap(kind: type[Strong] | type[Emphasis], nodes: list[Inline]) -> list[Inline]:
    nodes = normalize_inlines(nodes)
    before = after = ""
    if nodes and isinstance(nodes[0], Text):
        text = nodes[0].text
        before = text[: len(text) - len(text.lstrip())]
        nodes[0] = Text(text.lstrip())
    if nodes and isinstance(nodes[-1], Text):
        text = nodes[-1].text
        after = text[len(text.rstrip()) :]
        nodes[-1] = Text(text.rstrip())
    nodes = normalize_inlines(nodes)
    if not nodes:
        return [Text(before + after)]
    return [Text(before), kind(nodes), Text(after)]


def _strip_edges(nodes: list[Inline]) -> list[Inline]:
    """Trim white space at the edges of a paragraph, as the Markdown reader does."""
    nodes = normalize_inlines(nodes)
    if nodes and isinstance(nodes[0], Text):
        nodes[0] = Text(nodes[0].text.lstrip())
    if nodes and isinstance(nodes[-1], Text):
        nodes[-1] = Text(nodes[-1].text.rstrip())
    return normalize_inlines(nodes)
