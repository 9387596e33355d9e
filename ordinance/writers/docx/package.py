"""The package around the body: a base file pruned to what a new document needs, and the parts
this document adds (header, footer, properties, metadata).

The base is either python-docx's default template with the house look (Times New Roman 12 pt,
letter paper, one-inch margins) or the user's reference document, whose styles and page setup win
(as with pandoc's --reference-doc); our named styles are added only where the base lacks them.
A base is prepared once per process (per reference file) and copied for each document.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib.util
import posixpath
import zipfile
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from lxml import etree

from ...errors import DependencyError
from .. import oxml
from ..oxml import Element, qn
from .settings import ReferenceDocxError
from .styles import add_styles, apply_house_look, unique_name
from .zip import write_zip

CONTENT_TYPES = "[Content_Types].xml"
ROOT_RELS = "_rels/.rels"


# Relationships worth keeping from a base file. Headers, footers, images, comments and the
# like belonged to its old body; core properties and the thumbnail are replaced or dropped.
_KEEP_ROOT = {"officeDocument", "extended-properties", "custom-properties"}
_KEEP_MAIN = {
    "styles",
    "settings",
    "webSettings",
    "fontTable",
    "theme",
    "numbering",
    "footnotes",
    "endnotes",
    "customXml",
}


@dataclass(frozen=True, slots=True)
class Base:
    """A base package, prepared once: pruned parts, our styles added, the body emptied."""

    parts: dict[str, bytes]
    main: str  # the main document part, usually word/document.xml
    main_rels: str
    settings: str | None
    document: bytes  # the main part with an empty body
    sect_pr: bytes  # the page setup to use
    style_ids: dict[str, str]


@cache
def _house_base() -> Base:
    return _load_base(_read_zip(_default_template()), house=True)


def _default_template() -> Path:
    """python-docx's blank document, found without importing python-docx (slow to import)."""
    spec = importlib.util.find_spec("docx")
    if spec is None or spec.origin is None:
        raise DependencyError("DOCX output needs python-docx: pip install python-docx")
    return Path(spec.origin).parent / "templates" / "default.docx"


def load_base(reference: Path | None) -> Base:
    """The prepared base: the house template, or the reference document the caller chose."""
    if reference is None:
        return _house_base()
    path = Path(reference)
    if path.is_dir():
        raise ReferenceDocxError.at(path, "is a folder, not a Word document")
    try:
        stat = path.stat()
    except OSError as error:
        message = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
        raise ReferenceDocxError.at(path, message or "cannot be read") from None
    try:
        return _cached_reference(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except (zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as error:
        raise ReferenceDocxError.at(path, f"not a usable Word document ({error})") from None
    except OSError as error:
        raise ReferenceDocxError.at(path, error.strerror or "cannot be read") from None


@lru_cache(maxsize=8)
def _cached_reference(path: str, mtime_ns: int, size: int) -> Base:
    # mtime and size are part of the key so that an edited reference file is read again.
    return _load_base(_read_zip(Path(path)), house=False)


def _read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {
            info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()
        }


def _load_base(parts: dict[str, bytes], house: bool) -> Base:
    root_rels = oxml.parse(parts[ROOT_RELS])
    _prune_relationships(root_rels, _KEEP_ROOT)
    main = _target_of(root_rels, "", "officeDocument")
    if main is None:
        raise ValueError("not a Word document: no main document part")
    main_rels = _rels_name(main)
    rels = oxml.parse(parts[main_rels]) if main_rels in parts else oxml.relationships_root()
    _prune_relationships(rels, _KEEP_MAIN)

    styles_name = _target_of(rels, main, "styles")
    if styles_name is None or styles_name not in parts:
        styles_name = posixpath.join(posixpath.dirname(main), "styles.xml")
        oxml.add_relationship(
            rels,
            "rIdOrdinanceStyles",
            oxml.RELATIONSHIP_TYPE + "styles",
            posixpath.relpath(styles_name, posixpath.dirname(main)),
        )
        parts[styles_name] = _house_base().parts["word/styles.xml"]
    styles = oxml.parse(parts[styles_name])
    if house:
        apply_house_look(styles)
    style_ids = add_styles(styles)
    parts[styles_name] = oxml.serialize(styles)

    document, sect_pr = _empty_document(parts[main], house)
    parts[ROOT_RELS] = oxml.serialize(root_rels)
    parts[main_rels] = oxml.serialize(rels)
    settings = _target_of(rels, main, "settings")
    if settings in parts:
        parts[settings] = _without_alternate_headers(parts[settings])
    kept = _reachable(parts)
    kept[CONTENT_TYPES] = _content_types(parts[CONTENT_TYPES], kept, main)
    return Base(
        kept, main, main_rels, settings if settings in kept else None, document, sect_pr, style_ids
    )


def _empty_document(data: bytes, house: bool) -> tuple[bytes, bytes]:
    """The main part without its content, and its final page setup (ours for the house)."""
    root = oxml.parse(data)
    body = root.find(qn("w:body"))
    if body is None:
        body = oxml.sub(root, "w:body")
    old = body.find(qn("w:sectPr"))
    sect_pr = oxml.section_properties() if house or old is None else copy.deepcopy(old)
    for child in list(body):
        body.remove(child)
    return oxml.serialize(root), oxml.serialize(sect_pr)


def _without_alternate_headers(data: bytes) -> bytes:
    """Even-page headers would be blank: we write one default header and footer."""
    root = oxml.parse(data)
    oxml.remove_all(root, "w:evenAndOddHeaders")
    return oxml.serialize(root)


def _prune_relationships(rels: Element, keep: set[str]) -> None:
    for rel in list(rels):
        if rel.get("Type", "").rsplit("/", 1)[-1] not in keep:
            rels.remove(rel)


def _target_of(rels: Element, source: str, rel_type: str) -> str | None:
    for rel in rels:
        if rel.get("Type", "").rsplit("/", 1)[-1] == rel_type:
            return _resolve_target(source, rel.get("Target", ""))
    return None


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve_target(source: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target))


def _reachable(parts: dict[str, bytes]) -> dict[str, bytes]:
    """The parts reachable by relationships from the package root, with their .rels files."""
    kept: dict[str, bytes] = {}
    pending = [""]
    while pending:
        source = pending.pop()
        rels_name = ROOT_RELS if source == "" else _rels_name(source)
        if source:
            kept[source] = parts[source]
        if rels_name not in parts or rels_name in kept:
            continue
        kept[rels_name] = parts[rels_name]
        for rel in oxml.parse(parts[rels_name]):
            if rel.get("TargetMode") == "External":
                continue
            target = _resolve_target(source, rel.get("Target", ""))
            if target in parts and target not in kept:
                pending.append(target)
    return kept


def _content_types(data: bytes, kept: dict[str, bytes], main: str) -> bytes:
    """Overrides only for parts still present; the main part is a document (not a template)."""
    types = oxml.parse(data)
    for override in types.findall(qn("ct:Override")):
        if override.get("PartName", "").lstrip("/") not in kept:
            types.remove(override)
    oxml.set_content_type(types, "/" + main, oxml.DOCUMENT_CONTENT_TYPE)
    return oxml.serialize(types)


# --------------------------------------------------------------------------- one document's package


@dataclass(slots=True)
class Package:
    """One document's parts: a copy of the base's, plus the parts made for this document."""

    base: Base
    parts: dict[str, bytes]
    document: Element  # the main part's root, with an empty w:body
    body: Element
    sect_pr: Element  # the page setup, appended to the body last
    fresh: set[str] = field(default_factory=set)  # parts made here: not worth caching compressed

    @classmethod
    def from_base(cls, base: Base) -> Package:
        document = oxml.parse(base.document)
        body = document.find(qn("w:body"))
        assert body is not None  # _empty_document guarantees it
        return cls(base, dict(base.parts), document, body, oxml.parse(base.sect_pr))

    def put(self, name: str, data: bytes) -> None:
        self.parts[name] = data
        self.fresh.add(name)

    def content_types(self) -> Element:
        return oxml.parse(self.parts[CONTENT_TYPES])

    def put_content_types(self, types: Element) -> None:
        self.put(CONTENT_TYPES, oxml.serialize(types))

    def add_root_part(
        self, name: str, data: bytes, rel_type: str, content_type: str, rid: str
    ) -> None:
        """A part related from the package root (core or custom properties), replacing any
        relationship of the same type."""
        rels = oxml.parse(self.parts[ROOT_RELS])
        for rel in rels.findall(qn("pr:Relationship")):
            if rel.get("Type") == rel_type:
                rels.remove(rel)
        rid = unique_name(rid, {rel.get("Id", "") for rel in rels})
        oxml.add_relationship(rels, rid, rel_type, name)
        self.put(ROOT_RELS, oxml.serialize(rels))
        types = self.content_types()
        oxml.set_content_type(types, "/" + name, content_type)
        self.put_content_types(types)
        self.put(name, data)

    def entries(self) -> list[tuple[str, bytes, bool]]:
        """Close the body with its page setup; the zip entries as (name, data, cacheable)."""
        self.body.append(self.sect_pr)
        self.put(self.base.main, oxml.serialize(self.document))
        first = [CONTENT_TYPES, ROOT_RELS]  # Word wants the content types first
        names = first + sorted(name for name in self.parts if name not in first)
        return [(name, self.parts[name], name not in self.fresh) for name in names]

    def relate_from_main(self, rel_type: str, target: str, rid: str) -> None:
        """A relationship from the main document part (target relative to its folder)."""
        rels = oxml.parse(self.parts[self.base.main_rels])
        rid = unique_name(rid, {rel.get("Id", "") for rel in rels})
        oxml.add_relationship(rels, rid, rel_type, target)
        self.put(self.base.main_rels, oxml.serialize(rels))

    def to_bytes(self) -> bytes:
        """The finished package, zipped reproducibly."""
        return write_zip(self.entries())


def ask_to_update_fields(package: Package) -> None:
    """Word then fills in the TOC's page numbers when the file is opened."""
    name = package.base.settings
    if name is None:
        return
    root = oxml.parse(package.parts[name])
    oxml.set_property(root, oxml.val("w:updateFields", "true"))
    package.put(name, oxml.serialize(root))


_FIXED_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
CORE = "docProps/core.xml"


def add_core_properties(
    package: Package, title: str, author: str | None, created: dt.datetime | None
) -> None:
    """Title, author and dates; fixed defaults (no clock time) keep the output reproducible."""
    root = oxml.core_properties(
        title=title, author=author or "ordinance", created=created or _FIXED_DATE
    )
    package.add_root_part(
        CORE,
        oxml.serialize(root),
        oxml.CORE_PROPERTIES_TYPE,
        oxml.CORE_CONTENT_TYPE,
        "rIdOrdinanceCore",
    )
