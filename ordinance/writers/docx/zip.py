"""A reproducible zip: entries in the order given, every timestamp fixed, deflated."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class _Deflated:
    crc: int
    size: int
    data: bytes


def _deflate(data: bytes) -> _Deflated:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)  # raw deflate, as zip stores it
    return _Deflated(zlib.crc32(data), len(data), compressor.compress(data) + compressor.flush())


# The base's parts are the same bytes objects on every call, so their compressed form is
# cached (the default styles.xml alone is 440 kB).
_deflate_cached = lru_cache(maxsize=64)(_deflate)

_DOS_DATE = (0 << 9) | (1 << 5) | 1  # 1980-01-01, the earliest date a zip can hold
_DOS_TIME = 0


def write_zip(entries: Sequence[tuple[str, bytes, bool]]) -> bytes:
    """The zip of (name, data, cacheable) entries; cacheable data is compressed once per process."""
    out = bytearray()
    central = bytearray()
    for name, data, cacheable in entries:
        entry = _deflate_cached(data) if cacheable else _deflate(data)
        raw_name = name.encode()
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            0,
            8,
            _DOS_TIME,
            _DOS_DATE,
            entry.crc,
            len(entry.data),
            entry.size,
            len(raw_name),
            0,
        )
        out += raw_name
        out += entry.data
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            8,
            _DOS_TIME,
            _DOS_DATE,
            entry.crc,
            len(entry.data),
            entry.size,
            len(raw_name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += raw_name
    count = len(entries)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + end)
