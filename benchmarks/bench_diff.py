"""Measure `ordinance diff`: in process, as the document grows, and whole-process against the peer.

    python benchmarks/bench_diff.py [JURISDICTION] [--repeat N] [--peer-python PATH]

The pair compared is a shipped draft and an amended copy of it: three numbers changed, a phrase
added, two sections swapped (the pair the issue describes). Scaling repeats the draft's chapter
1x, 4x and 16x with the same edits in every copy (many small moves), and builds one long section
of 1x, 4x and 16x clauses with neighbouring clauses swapped throughout it.

The peer is python-redlines with its Docxodus engine (`pip install python-redlines
python-redlines-docxodus`), never a dependency of ordinance. It compares the two versions as
Word files we write; the benchmark skips it when it is not importable by the peer's Python
(by default this one).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ordinance import diff, draft, load_jurisdiction, read_markdown
from ordinance.redline.tracked import write_tracked_docx

PEER = (
    "import sys; from python_redlines.engines import DocxodusEngine; "
    "out, _, _ = DocxodusEngine().run_redline("
    "'peer', sys.argv[1], sys.argv[2], detect_moves=True); "
    "open(sys.argv[3], 'wb').write(out)"
)


def timed(label: str, function: Callable[[], Any], repeat: int) -> float:
    function()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    print(f"{label:<52} {median:9.1f} ms  ({min(samples):.1f}-{max(samples):.1f}, n={repeat})")
    return median


def amend(markdown: str) -> str:
    """Three numbers changed, a phrase added, two sections swapped."""
    text = markdown
    for old, new in [
        ("thirty (30) days", "forty-five (45) days"),
        ("ninety (90) days", "sixty (60) days"),
        ("one (1) community meeting", "two (2) community meetings"),
    ]:
        text = text.replace(old, new, 1)
    text = text.replace(
        "the public comments received,",
        "the public comments received, the views of affected communities,",
        1,
    )
    return swap(text, "approval-standard", "public-hearing")


def swap(text: str, first: str, second: str) -> str:
    spans = []
    for anchor in (first, second):
        match = re.search(rf"^### .*\{{#{anchor}(-\d+)?\}}$", text, re.MULTILINE)
        if match is None:
            return text
        end = re.compile(r"^##", re.MULTILINE).search(text, match.end())
        spans.append((match.start(), end.start() if end else len(text)))
    (a, b), (c, d) = spans
    return text[:a] + text[c:d] + text[a:b] + text[d:] if b == c else text


def repeated_chapter(markdown: str, copies: int) -> str:
    """The draft with its code chapter repeated: each copy's sections get ids of their own, and
    its clauses none, so that they take ids from their sections and their words."""
    start = markdown.index("\n### ")
    end = markdown.index("\n## ", start)
    chapter = re.sub(r" \{#[a-z0-9-]+__[a-z0-9_-]+\}$", "", markdown[start:end], flags=re.MULTILINE)
    extra = [
        re.sub(r"\{#([a-z0-9-]+)\}$", rf"{{#\1-{n}}}", chapter, flags=re.MULTILINE)
        for n in range(2, copies + 1)
    ]
    return markdown[:end] + "".join(extra) + markdown[end:]


def long_section(markdown: str, clauses: int) -> tuple[str, str]:
    """A section of `clauses` numbered clauses, and a version with neighbours swapped."""
    head = markdown[: markdown.index("\n## ")]
    lines = [
        f"(a) Clause number {n} says that the Covered Entity shall report item {n}."
        for n in range(clauses)
    ]
    swapped = lines[:]
    for i in range(0, clauses - 1, 10):
        swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]

    def body(items: list[str]) -> str:
        return head + "\n\n## Section 1. Long Section {#long}\n\n" + "\n\n".join(items) + "\n"

    return body(lines), body(swapped)


def revisions(data: bytes) -> dict[str, int]:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    return {
        tag: len(re.findall(rf"<w:{tag}\b", xml))
        for tag in ("ins", "del", "moveFrom", "moveTo", "moveFromRangeStart")
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jurisdiction", nargs="?", default="oakland-ca")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--peer-python", default=sys.executable)
    args = parser.parse_args()

    old_md = draft(load_jurisdiction(args.jurisdiction)).to_markdown()
    new_md = amend(old_md)
    old, new = read_markdown(old_md), read_markdown(new_md)
    words = len(old.to_text().split())
    print(f"{args.jurisdiction}: {words} words (about {words // 350} pages)")
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    changes = diff(old, new)
    print(f"change set: {changes.summary}")
    timed("diff in process (two versions)", lambda: diff(old, new), args.repeat)
    timed("diff + tracked DOCX in process", lambda: write_tracked_docx(diff(old, new)), args.repeat)

    print("\nscaling (many small moves: the chapter repeated, edited in every copy)")
    for copies in (1, 4, 16):
        big_old = read_markdown(repeated_chapter(old_md, copies))
        big_new_md = repeated_chapter(old_md, copies)
        for n in range(1, copies + 1):
            suffix = "" if n == 1 else f"-{n}"
            big_new_md = swap(big_new_md, f"approval-standard{suffix}", f"public-hearing{suffix}")
        big_new = read_markdown(big_new_md)
        timed(
            f"  {copies:>2}x chapter ({len(big_old.to_text().split())} words)",
            lambda a=big_old, b=big_new: diff(a, b),
            max(3, args.repeat // copies),
        )
    print("scaling (one long section, neighbouring clauses swapped)")
    for factor in (1, 4, 16):
        a_md, b_md = long_section(old_md, 200 * factor)
        a, b = read_markdown(a_md), read_markdown(b_md)
        timed(
            f"  {200 * factor:>5} clauses",
            lambda a=a, b=b: diff(a, b),
            max(3, args.repeat // factor),
        )

    print("\nwhole process")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        (tmp / "old.md").write_text(old_md, encoding="utf-8")
        (tmp / "new.md").write_text(new_md, encoding="utf-8")
        ours = [
            sys.executable,
            "-m",
            "ordinance",
            "diff",
            str(tmp / "old.md"),
            str(tmp / "new.md"),
            "-f",
            "docx",
            "-o",
            str(tmp / "ours.docx"),
        ]
        repeat = max(3, args.repeat // 4)
        timed("ordinance diff -f docx", lambda: subprocess.run(ours, capture_output=True), repeat)
        print(f"  revisions: {revisions((tmp / 'ours.docx').read_bytes())}")
        (tmp / "old.docx").write_bytes(old.to_docx())
        (tmp / "new.docx").write_bytes(new.to_docx())
        peer = [
            args.peer_python,
            "-c",
            PEER,
            str(tmp / "old.docx"),
            str(tmp / "new.docx"),
            str(tmp / "peer.docx"),
        ]
        check = subprocess.run(peer, capture_output=True, text=True)
        if check.returncode != 0:
            print(
                "python-redlines (Docxodus): not available, skipped "
                f"({check.stderr.strip().splitlines()[-1:] or 'no output'})"
            )
            return
        timed(
            "python-redlines (Docxodus), same pair as DOCX",
            lambda: subprocess.run(peer, capture_output=True, check=True),
            repeat,
        )
        print(f"  revisions: {revisions((tmp / 'peer.docx').read_bytes())}")


if __name__ == "__main__":
    main()
