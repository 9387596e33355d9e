"""Our reproducible zip writer against the standard `zipfile` with fixed dates, on a real draft.

    python benchmarks/bench_zip.py [JURISDICTION] [--repeat N]

Both write the same entries in the same order with the same timestamp. Ours compresses the base
template's parts (styles.xml alone is 440 kB) once per process; `zipfile` compresses every entry
on every call. The result decides which one `ordinance.writers.docx.zip` uses (README).
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
import zipfile
from collections.abc import Callable

from ordinance import draft, load_jurisdiction
from ordinance.writers.docx import DocxSettings, write_package
from ordinance.writers.docx.package import Package, load_base
from ordinance.writers.docx.zip import write_zip

Entries = list[tuple[str, bytes, bool]]


def standard_zip(entries: Entries, level: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, _ in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=level)
    return buffer.getvalue()


def timed(label: str, function: Callable[[], bytes], repeat: int) -> None:
    size = len(function())  # warm-up: fills our cache of compressed base parts
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    print(f"{label:<40} {statistics.median(samples):7.2f} ms  {size:>8} bytes")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jurisdiction", nargs="?", default="oakland-ca")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    package = Package.from_base(load_base(None))
    write_package(draft(load_jurisdiction(args.jurisdiction)), package, DocxSettings())
    entries = package.entries()
    timed("own writer, base parts compressed once", lambda: write_zip(entries), args.repeat)
    timed("zipfile, fixed dates, level 6", lambda: standard_zip(entries, 6), args.repeat)
    timed("zipfile, fixed dates, level 1", lambda: standard_zip(entries, 1), args.repeat)


if __name__ == "__main__":
    main()
