"""What a DOCX we write carries for the tree but Word does not show, written and read in one place.

Two carriers, both checked to survive a re-save by LibreOffice (`soffice --convert-to docx`,
which rewrites the whole package; tests/test_docx_metadata.py does it):

- **Bookmarks**: every block (section heading, subdivision, paragraph, drafter's note, recital,
  title-block and closing paragraph, signature) gets one bookmark spanning its paragraph, named
  readably after its id: `council-approval__b` -> `ord_council_approval__b`. Word's rules: a
  letter first, then letters, digits and `_` (a leading `_` would hide the name in Word's list),
  at most 40 characters (MS-OI29500 2.1.362). An id too long for that keeps its first words and
  ends in a short hash of the whole id, always 40 characters in all
  (`ord_use_of_surveillance_technolo_3f9a2c`); whole ids give names of 39 characters or fewer.
  Cross-references are links to these bookmarks.
- **A custom XML part** (`customXml/itemN.xml`, related from the main document part, root
  `<ord:ordinance xmlns:ord="urn:ordinance:docx-metadata:1">`): the front matter (`DocumentInfo`
  as JSON, provision tags included) and the map from each bookmark name back to its full id.
  Found by its namespace, never by its file name: LibreOffice renumbers the items. (Custom
  document properties survive LibreOffice too, but every office suite lists them in its
  properties dialog for anyone to edit; `w:docVars` in the settings part are dropped by
  LibreOffice.)

A tracked redline (`redline/readback.py`) describes both of its versions: the part holds an
`<ord:version side="new">` and an `<ord:version side="old">`, each as a draft's part is, with
each block's paragraph style too, and the old version's blocks that cannot share the new one's
bookmark are named with `OLD_PREFIX`. The legislative redline's part is only a mark
(`kind="display"`): it shows changes and is neither version.

API (the DOCX writer calls the first two, the DOCX reader the last three)::

    names = bookmark_names(doc)                   # block id -> bookmark name, every block
    bookmark_name(node_id)                        # one id's name (for a link or a redline)
    embed_metadata(package, doc, names)           # adds the custom XML part to a writer Package
    metadata = extract_metadata(parts)            # parts: {"word/document.xml": b"...", ...}
                                                  # (a redline's "new" side, or side="old")
    metadata.document_info()                      # -> DocumentInfo, validated
    block_id(bookmark, metadata)                  # -> the block's id, or None (not our bookmark)

`extract_metadata` returns None for a DOCX that has no part of ours (made elsewhere, or whose part
was lost); `block_id` then still recovers every id whose bookmark name was not shortened.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from lxml import etree

from .document import Document, DocumentInfo, Section
from .errors import InputError

if TYPE_CHECKING:
    from .writers.docx.package import Package

NAMESPACE = "urn:ordinance:docx-metadata:1"
BOOKMARK_PREFIX = "ord_"
OLD_PREFIX = "old_"  # a tracked redline's bookmarks that mark the old version's blocks only
DISPLAY_KIND = "display"  # the legislative redline's mark: changes shown, no version to read
_ROOT = f"{{{NAMESPACE}}}ordinance"
_MAX_NAME = 40  # Word's limit on a bookmark name
_HASH_LENGTH = 6

_CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
_CUSTOM_XML_PROPS_REL = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
)
_CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DATASTORE = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"
# One fixed item id: the output stays reproducible, and there is one such part per document.
_ITEM_ID = "{5A0E7C1D-0D1E-4C0B-9E8A-6F7264696E61}"


# --------------------------------------------------------------------------- bookmark names


def bookmark_names(doc: Document, prefix: str = BOOKMARK_PREFIX) -> dict[str, str]:
    """Every block's bookmark name, by block id, in document order; deterministic and unique.

    A tracked redline names the old version's blocks with `OLD_PREFIX` where they cannot share
    the new version's bookmark (see `embed_versions`)."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for block in doc.walk():
        name = bookmark_name(block.id, prefix)
        serial = 1
        while name in taken:  # two long ids with the same first words and hash: all but never
            serial += 1
            name = _shortened(block.id, f"{_digest(block.id)}{serial}", prefix)
        taken.add(name)
        names[block.id] = name
    return names


def bookmark_name(node_id: str, prefix: str = BOOKMARK_PREFIX) -> str:
    """One id's bookmark name (what `bookmark_names` gives it, barring a clash of hashes)."""
    # Whole ids give names of up to 39 characters; a shortened one is always exactly 40, so
    # that a reader can tell the two apart.
    name = prefix + re.sub(r"[^A-Za-z0-9_]", "_", node_id)
    return name if len(name) < _MAX_NAME else _shortened(node_id, _digest(node_id), prefix)


def _shortened(node_id: str, tail: str, prefix: str) -> str:
    room = _MAX_NAME - len(prefix) - len(tail) - 1
    head = re.sub(r"[^A-Za-z0-9_]", "_", node_id)[:room]
    return f"{prefix}{head}_{tail}"


def _digest(node_id: str) -> str:
    return hashlib.sha1(node_id.encode()).hexdigest()[:_HASH_LENGTH]


def block_id(bookmark: str, metadata: DocxMetadata | None) -> str | None:
    """The id of the block a bookmark marks; None for a bookmark that is not ours.

    The map in the custom XML part decides; without it, a name that was not shortened is read
    back by the naming rule (`_` -> `-`, but `__` stays the separator between levels). In a
    tracked redline, a bookmark of the other version's block only is not this version's: None
    (`other_block_id` has its id).
    """
    if metadata is not None and bookmark in metadata.bookmark_ids:
        return metadata.bookmark_ids[bookmark]
    if metadata is not None and bookmark in metadata.other_ids:
        return None
    if not bookmark.startswith(BOOKMARK_PREFIX) or len(bookmark) >= _MAX_NAME:
        return None
    parts = bookmark.removeprefix(BOOKMARK_PREFIX).split("__")
    candidate = "__".join(part.replace("_", "-") for part in parts)
    # A shortened name does not come back from its guess: only the map knows that id.
    return candidate if candidate and bookmark_name(candidate) == bookmark else None


def other_block_id(bookmark: str, metadata: DocxMetadata | None) -> str | None:
    """In a tracked redline, the id of the other version's block a bookmark marks: what a link
    to it names (an id is an id in either version), and what a paragraph left with no bookmark
    of this version (a change accepted or rejected one by one in Word) last had."""
    return metadata.other_ids.get(bookmark) if metadata is not None else None


# --------------------------------------------------------------------------- the custom XML part


@dataclass(frozen=True, slots=True)
class DocxMetadata:
    """What `extract_metadata` found: the front matter and the bookmark -> id map."""

    front_matter: dict[str, Any]
    bookmark_ids: dict[str, str] = field(default_factory=dict)
    # What a section's heading carries besides its words, by section id: the code numbering
    # scheme it uses (`chapter`) and whether its number is fixed (`fixed`), as in
    # `{#id .fixed chapter=KEY}`.
    headings: dict[str, dict[str, str]] = field(default_factory=dict)
    # A tracked redline's other version: its bookmarks that this version does not have.
    other_ids: dict[str, str] = field(default_factory=dict)
    # A tracked redline's paragraph style of each block, by id ("Subdivision 2").
    styles: dict[str, str] = field(default_factory=dict)
    # A display of changes (the legislative redline): neither version, so no front matter.
    display: bool = False
    # A tracked redline: one of its two versions, the one `extract_metadata` was asked for.
    redline: bool = False

    def document_info(self, source: str = "<docx>") -> DocumentInfo:
        """The front matter as a validated DocumentInfo; InputError names what is wrong."""
        from pydantic import ValidationError

        try:
            return DocumentInfo.model_validate(self.front_matter)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "(front matter)"
            raise InputError.single(source, first["msg"], where) from None


def metadata_xml(doc: Document, names: Mapping[str, str]) -> bytes:
    """The custom XML part's content: front matter as JSON, then one element a bookmark."""
    root = etree.Element(_ROOT, nsmap={"ord": NAMESPACE})
    _describe(root, doc, names)
    return _serialized(root)


class VersionMarks(NamedTuple):
    """One version of a tracked redline, as its part describes it."""

    document: Document
    names: Mapping[str, str]  # block id -> bookmark name
    styles: Mapping[str, str]  # block id -> the paragraph style its paragraph prints in


def versions_xml(old: VersionMarks, new: VersionMarks) -> bytes:
    """A tracked redline's part: each version described as a draft's part describes it, in an
    `<ord:version side="new|old">` of its own (a bookmark both share is listed in both), each
    bookmark with its block's paragraph style (`style`), which LibreOffice does not keep on
    a paragraph that follows a tracked deletion."""
    root = etree.Element(_ROOT, nsmap={"ord": NAMESPACE})
    for side, marks in (("new", new), ("old", old)):
        version = etree.SubElement(root, f"{{{NAMESPACE}}}version", side=side)
        _describe(version, marks.document, marks.names, marks.styles)
    return _serialized(root)


def display_xml() -> bytes:
    """The legislative redline's part: a mark saying it shows changes and is no version."""
    root = etree.Element(_ROOT, nsmap={"ord": NAMESPACE})
    root.set("kind", DISPLAY_KIND)
    return _serialized(root)


def _describe(
    parent: etree._Element,
    doc: Document,
    names: Mapping[str, str],
    styles: Mapping[str, str] | None = None,
) -> None:
    front = etree.SubElement(parent, f"{{{NAMESPACE}}}front-matter")
    # Key order is kept (it is already deterministic): the front matter read back from a DOCX
    # prints in the order the draft printed it.
    front.text = json.dumps(doc.info.model_dump(mode="json"), ensure_ascii=False)
    bookmarks = etree.SubElement(parent, f"{{{NAMESPACE}}}bookmarks")
    sections = {block.id: block for block in doc.walk() if isinstance(block, Section)}
    for node_id, name in names.items():
        mark = etree.SubElement(bookmarks, f"{{{NAMESPACE}}}bookmark", name=name, id=node_id)
        section = sections.get(node_id)
        if section is not None and section.chapter:
            mark.set("chapter", section.chapter)
        if section is not None and section.fixed:
            mark.set("fixed", "true")
        if styles and node_id in styles:
            mark.set("style", styles[node_id])


def _serialized(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _item_properties() -> bytes:
    root = etree.Element(f"{{{_DATASTORE}}}datastoreItem", nsmap={"ds": _DATASTORE})
    root.set(f"{{{_DATASTORE}}}itemID", _ITEM_ID)
    refs = etree.SubElement(root, f"{{{_DATASTORE}}}schemaRefs")
    etree.SubElement(refs, f"{{{_DATASTORE}}}schemaRef").set(f"{{{_DATASTORE}}}uri", NAMESPACE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def embed_metadata(package: Package, doc: Document, names: Mapping[str, str]) -> None:
    """Add the custom XML part (with its item properties) to a DOCX writer's package."""
    embed_part(package, metadata_xml(doc, names))


def embed_part(package: Package, content: bytes) -> None:
    """Add a custom XML part of ours (`metadata_xml`, `versions_xml`, `display_xml`), with its
    item properties, to a DOCX writer's package."""
    from .writers import oxml

    n = 1
    while f"customXml/item{n}.xml" in package.parts:  # the base may have items of its own
        n += 1
    item, props = f"customXml/item{n}.xml", f"customXml/itemProps{n}.xml"
    package.put(item, content)
    package.put(props, _item_properties())
    item_rels = oxml.relationships_root()
    oxml.add_relationship(item_rels, "rId1", _CUSTOM_XML_PROPS_REL, f"itemProps{n}.xml")
    package.put(f"customXml/_rels/item{n}.xml.rels", oxml.serialize(item_rels))
    types = package.content_types()
    oxml.set_content_type(types, f"/{props}", _CUSTOM_XML_PROPS_TYPE)
    package.put_content_types(types)
    package.relate_from_main(_CUSTOM_XML_REL, f"../{item}", "rIdOrdinanceMetadata")


_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def extract_metadata(parts: Mapping[str, bytes], side: str = "new") -> DocxMetadata | None:
    """Our custom XML part's content, from a DOCX's parts (name -> bytes); None if it has none.

    `side` picks a tracked redline's version ("new": its changes accepted, "old": rejected); a
    draft has one. InputError if our part is there but damaged (not XML, or front matter that is
    not JSON).
    """
    for name in sorted(parts):
        if not re.fullmatch(r"customXml/item\d+\.xml", name):
            continue
        data = parts[name]
        if NAMESPACE.encode() not in data:
            continue
        try:
            root = etree.fromstring(data, _SAFE_PARSER)
        except etree.XMLSyntaxError as error:
            raise InputError.single(name, f"damaged metadata part ({error})") from None
        if root.tag != _ROOT:
            continue
        if root.get("kind") == DISPLAY_KIND:
            return DocxMetadata({}, display=True)
        versions = {v.get("side"): v for v in root.iter(f"{{{NAMESPACE}}}version")}
        if not versions:
            return _read_root(root, name)
        if set(versions) != {"new", "old"} or side not in versions:
            raise InputError.single(name, "damaged metadata part (expected an old and a new side)")
        chosen = _read_root(versions[side], name)
        other = _read_root(versions["old" if side == "new" else "new"], name).bookmark_ids
        others = {mark: i for mark, i in other.items() if mark not in chosen.bookmark_ids}
        return replace(chosen, other_ids=others, redline=True)
    return None


def _read_root(root: etree._Element, source: str) -> DocxMetadata:
    front = root.find(f"{{{NAMESPACE}}}front-matter")
    try:
        front_matter = json.loads(front.text or "") if front is not None else {}
    except json.JSONDecodeError as error:
        raise InputError.single(source, f"damaged front matter ({error.msg})") from None
    if not isinstance(front_matter, dict):
        raise InputError.single(source, "damaged front matter (not a mapping)")
    marks = [
        mark
        for mark in root.iter(f"{{{NAMESPACE}}}bookmark")
        if mark.get("name") and mark.get("id")
    ]
    bookmark_ids = {mark.get("name", ""): mark.get("id", "") for mark in marks}
    headings = {
        mark.get("id", ""): {
            key: mark.get(key, "") for key in ("chapter", "fixed") if mark.get(key)
        }
        for mark in marks
        if mark.get("chapter") or mark.get("fixed")
    }
    styles = {mark.get("id", ""): mark.get("style", "") for mark in marks if mark.get("style")}
    return DocxMetadata(front_matter, bookmark_ids, headings, styles=styles)


__all__ = [
    "BOOKMARK_PREFIX",
    "NAMESPACE",
    "OLD_PREFIX",
    "DocxMetadata",
    "VersionMarks",
    "block_id",
    "bookmark_name",
    "bookmark_names",
    "display_xml",
    "embed_metadata",
    "embed_part",
    "extract_metadata",
    "metadata_xml",
    "other_block_id",
    "versions_xml",
]
