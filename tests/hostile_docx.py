"""Hostile Word files, made cheaply: for the reader's tests and its benchmark.

A 200 MB part costs a few kilobytes to make: one flushed megabyte of deflated zeros, repeated.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = "word/document.xml"


def parts_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zip_parts(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def raw_zip(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip from already-deflated entries (name, deflated data, crc, uncompressed size), so a
    test can build a huge part from a few kilobytes without ever holding it."""
    out, central = bytearray(), bytearray()
    for name, data, crc, size in entries:
        raw = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 33, crc, len(data), size, len(raw), 0
        )
        out += raw + data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50, 20, 20, 0, 8, 0, 33, crc, len(data), size, len(raw), 0, 0, 0, 0, 0,
            offset,
        )  # fmt: skip
        central += raw
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), len(out), 0
    )
    return bytes(out + central + end)


def zeros(megabytes: int) -> tuple[bytes, int, int]:
    """Deflated zeros: one flushed megabyte repeated, so the stream costs nothing to make."""
    block = 1 << 20
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = compressor.compress(bytes(block)) + compressor.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    zero_block = bytes(block)
    for _ in range(megabytes):
        crc = zlib.crc32(zero_block, crc)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    return chunk * megabytes + final, crc, megabytes * block


def hostile_files(docx_bytes: bytes) -> dict[str, tuple[bytes, str]]:
    """Each hostile file, with a phrase its one-line error must contain."""
    parts = parts_of(docx_bytes)
    big, crc, size = zeros(200)
    twenty, crc20, size20 = zeros(20)
    billion_laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE w:document [\n<!ENTITY a "ha">\n'
        + b"".join(
            b'<!ENTITY %s "%s">\n' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10)
            for i in range(9)
        )
        + b']>\n<w:document xmlns:w="'
        + W.encode()
        + b'"><w:body><w:p><w:r><w:t>&j;'
        b"</w:t></w:r></w:p></w:body></w:document>"
    )
    external = (
        b'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM '
        b'"file:///etc/passwd">]>\n<w:document xmlns:w="' + W.encode() + b'"><w:body><w:p>'
        b"<w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    external_utf16 = external.decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    return {
        "zip bomb": (
            raw_zip([(f"word/media/zeros{i}.bin", twenty, crc20, size20) for i in range(10)]),
            "at most 128 MB in all",
        ),
        "many entries": (
            zip_parts({f"word/part{i}.xml": b"<a/>" for i in range(5000)}),
            "5000 entries",
        ),
        "billion laughs": (zip_parts({**parts, DOCUMENT: billion_laughs}), "declares a DTD"),
        "external entity": (zip_parts({**parts, DOCUMENT: external}), "declares a DTD"),
        "external entity, UTF-16": (
            zip_parts({**parts, DOCUMENT: external_utf16.encode("utf-16")}),
            "DTD",
        ),
        "200 MB part": (raw_zip([("word/media/big.bin", big, crc, size)]), "200 MB"),
        "truncated zip": (docx_bytes[: len(docx_bytes) // 2], "truncated"),
        "renamed PDF": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
    }
