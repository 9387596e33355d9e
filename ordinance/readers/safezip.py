"""Opening an archive of XML from a stranger (a .docx) without letting it hurt us.

Everything is checked from the zip's central directory BEFORE any entry is decompressed: the entry
count, each part's declared size and the total. Decompression is then capped at the declared size,
so an entry that lies about its size cannot expand further. XML is parsed with entity resolution,
DTD loading and network access off and libxml2's huge-tree mode off, and a document that declares a
DTD at all is refused: Office Open XML never has one, so a DOCTYPE is a sign of an attack
(billion laughs, external entities), not of a Word file.

Every failure is an `InputError`: one line naming the file.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from ..errors import InputError, Problem


@dataclass(frozen=True, slots=True)
class ArchiveLimits:
    """How much an archive may hold. A 300-page ordinance is about 3 MB of XML unzipped."""

    max_entries: int = 1000
    max_part: int = 64 * 1024 * 1024
    max_total: int = 128 * 1024 * 1024


DEFAULT_LIMITS = ArchiveLimits()
_CHUNK = 1 << 16


class ArchiveError(InputError):
    """An archive (or a part inside it) that is refused or cannot be read."""


def _refuse(source: str, message: str) -> ArchiveError:
    return ArchiveError([Problem(source, 0, 0, "(docx)", message)])


class SafeArchive:
    """The parts of a zip archive, read one at a time on request, within limits."""

    def __init__(self, data: bytes, source: str, limits: ArchiveLimits = DEFAULT_LIMITS) -> None:
        self.source = source
        self.limits = limits
        if not data.startswith(b"PK"):
            raise _refuse(source, f"not a Word document (.docx): {_what_it_is(data)}")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise _refuse(source, f"damaged or truncated zip archive ({error})") from None
        self._check_directory(infos)
        self._infos = {info.filename: info for info in infos if not info.is_dir()}

    def _check_directory(self, infos: list[zipfile.ZipInfo]) -> None:
        limits = self.limits
        if len(infos) > limits.max_entries:
            raise _refuse(
                self.source, f"archive has {len(infos)} entries; at most {limits.max_entries}"
            )
        total = 0
        for info in infos:
            if info.file_size > limits.max_part:
                raise _refuse(
                    self.source,
                    f"part {info.filename!r} unpacks to {_mb(info.file_size)}; at most "
                    f"{_mb(limits.max_part)} a part",
                )
            if info.flag_bits & 0x1:
                raise _refuse(self.source, f"part {info.filename!r} is encrypted")
            total += info.file_size
        if total > limits.max_total:
            raise _refuse(
                self.source,
                f"archive unpacks to {_mb(total)}; at most {_mb(limits.max_total)} in all",
            )

    def names(self) -> list[str]:
        return list(self._infos)

    def __contains__(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """One part's bytes, never more than its declared (and already checked) size."""
        info = self._infos.get(name)
        if info is None:
            raise _refuse(self.source, f"missing part {name!r}")
        out = bytearray()
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    out += chunk
                    if len(out) > info.file_size:
                        raise _refuse(self.source, f"part {name!r} is larger than it declares")
        except ArchiveError:
            raise
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
            raise _refuse(self.source, f"damaged part {name!r} ({error})") from None
        return bytes(out)

    def read_xml(self, name: str) -> etree._Element:
        return parse_xml(self.read(name), self.source, name)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def _what_it_is(data: bytes) -> str:
    """A short guess at what a non-zip file is, for the error message."""
    if data.startswith(b"%PDF"):
        return "this is a PDF file"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return (
            "this is an old binary Word (.doc) file or a password-protected document; save it "
            "as an unprotected .docx"
        )
    if data.lstrip()[:1] == b"{" or data.lstrip().startswith(b"<"):
        return "this is a text file, not a zip archive"
    if not data:
        return "the file is empty"
    return "not a zip archive"


def _secure_parser(**options: Any) -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        **options,
    )


_PARSER = _secure_parser()
_ELEMENT_START = re.compile(rb"<[A-Za-z_]")


def parse_xml(
    data: bytes, source: str, part: str, parser: etree.XMLParser | None = None
) -> etree._Element:
    """Parse one part of an untrusted package; a DTD or malformed XML is a one-line error."""
    # A DOCTYPE must come before the root element; refusing it up front means the parser never
    # sees an entity declaration at all. (XML in another encoding is caught after parsing.)
    root_start = _ELEMENT_START.search(data)
    prolog = data[: root_start.start()] if root_start else data
    if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
        raise _refuse(source, f"part {part!r} declares a DTD, which Word files never do")
    try:
        root = etree.fromstring(data, parser or _PARSER)
    except etree.XMLSyntaxError as error:
        raise _refuse(source, f"part {part!r} is not well-formed XML ({error.msg})") from None
    info: Any = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise _refuse(source, f"part {part!r} declares a DTD, which Word files never do")
    return root


def secure_parser(**options: Any) -> etree.XMLParser:
    """A parser with the same protections, for callers that need their own element classes."""
    return _secure_parser(**options)


def read_archive(path: Path, limits: ArchiveLimits = DEFAULT_LIMITS) -> SafeArchive:
    """Open a file as an archive; unreadable files are one-line errors too."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > limits.max_total:
            raise _refuse(source, f"file is {_mb(size)}; at most {_mb(limits.max_total)}")
        data = path.read_bytes()
    except IsADirectoryError:
        raise _refuse(source, "is a folder, not a file") from None
    except FileNotFoundError:
        raise _refuse(source, "no such file") from None
    except OSError as error:
        raise _refuse(source, f"cannot read: {error.strerror or error}") from None
    return SafeArchive(data, source, limits)
