"""The parts of a Word package, found by relationship, parsed with the hardened parser.

Light on purpose (lxml and the archive checks only): a hostile file is refused before the
document tree's modules are even imported.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from lxml import etree

from ..errors import InputError
from .safezip import SafeArchive, parse_xml, secure_parser

_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_ROOT_RELS = "_rels/.rels"


@dataclass(frozen=True, slots=True)
class Relationship:
    type: str  # the last word of the relationship type: "styles", "comments" ...
    target: str  # a part name, or an address for an external relationship
    external: bool


@cache
def _element_parser() -> Any:
    """The hardened parser, making python-docx's element classes (CT_Style ...)."""
    from docx.oxml.parser import element_class_lookup

    parser = secure_parser()
    parser.set_element_class_lookup(element_class_lookup)
    return parser


class DocxPackage:
    """A Word package: its main document part (parsed on opening) and the parts it refers to."""

    def __init__(self, archive: SafeArchive) -> None:
        self.archive = archive
        self.source = archive.source
        self.package_rels = self.relationships("")
        main = self.first(self.package_rels, "officeDocument")
        if main is None or main not in archive:
            raise InputError.single(
                self.source, "not a Word document: the package has no main document", "(docx)"
            )
        self.main = main
        self.rels = self.relationships(main)
        self.document: etree._Element = archive.read_xml(main)

    def part(self, name: str) -> Any:
        """A part parsed into python-docx's element classes."""
        return parse_xml(self.archive.read(name), self.source, name, _element_parser())

    def optional_part(self, name: str | None) -> Any | None:
        return self.part(name) if name is not None and name in self.archive else None

    def parts(self) -> Mapping[str, bytes]:
        """Every part by name, read (and checked as XML, if it is XML) only when asked for."""
        return _CheckedParts(self.archive)

    def relationships(self, part: str) -> dict[str, Relationship]:
        """The relationships of a part ("" for the package), by id."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels") if part else _ROOT_RELS
        if rels_name not in self.archive:
            return {}
        rels: dict[str, Relationship] = {}
        for rel in self.archive.read_xml(rels_name).iter(_RELATIONSHIP):
            target = rel.get("Target", "")
            external = rel.get("TargetMode") == "External"
            if not external:
                target = (
                    target[1:]
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join(folder, target))
                )
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            rels[rel.get("Id", "")] = Relationship(kind, target, external)
        return rels

    @staticmethod
    def first(rels: dict[str, Relationship], rel_type: str) -> str | None:
        """The part of the first internal relationship of a type."""
        for rel in rels.values():
            if rel.type == rel_type and not rel.external:
                return rel.target
        return None

    def main_part(self, rel_type: str) -> Any | None:
        """The main document's related part of a type (styles, numbering ...), if present."""
        return self.optional_part(self.first(self.rels, rel_type))


class _CheckedParts(Mapping[str, bytes]):
    """The archive's parts as a read-only mapping; an XML part is refused if it declares a DTD."""

    def __init__(self, archive: SafeArchive) -> None:
        self._archive = archive

    def __getitem__(self, name: str) -> bytes:
        if name not in self._archive:
            raise KeyError(name)
        data = self._archive.read(name)
        if name.endswith((".xml", ".rels")):
            parse_xml(data, self._archive.source, name)
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(self._archive.names())

    def __len__(self) -> int:
        return len(self._archive.names())
