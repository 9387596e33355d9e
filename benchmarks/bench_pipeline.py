"""Measure the drafting pipeline stage by stage, in process, and the CLI's start-up.

    python benchmarks/bench_pipeline.py [JURISDICTION] [--repeat N]

Prints median and min/max milliseconds for each stage (after one warm-up call), the size of the
draft, and the peak RSS of this process. Figures to compare with are in
shared/reference/performance-baselines.md; targets are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from ordinance import DraftOptions, draft, load_jurisdiction, read_markdown
from ordinance.document import Section
from ordinance.templating import load_template


def timed(label: str, function: Callable[[], Any], repeat: int) -> Any:
    result = function()  # warm-up: template compilation, parser set-up, base DOCX parts
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"{label:<44} {statistics.median(samples):8.2f} ms  "
        f"({min(samples):.2f}-{max(samples):.2f}, n={repeat})"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jurisdiction", nargs="?", default="oakland-ca")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    repeat = args.repeat

    jurisdiction = timed(
        "load jurisdiction (YAML + validation)",
        lambda: load_jurisdiction(args.jurisdiction),
        repeat,
    )
    options = DraftOptions()
    template = load_template("surveillance-oversight")
    markdown_body = timed(
        "render template (Jinja)", lambda: template.render(jurisdiction, options), repeat
    )
    document = timed("draft (render + parse + resolve)", lambda: draft(jurisdiction), repeat)
    markdown = timed("write Markdown", document.to_markdown, repeat)
    timed("read Markdown (parse + resolve)", lambda: read_markdown(markdown), repeat)
    docx = timed("write DOCX", document.to_docx, repeat)
    timed("render: read Markdown + write DOCX", lambda: read_markdown(markdown).to_docx(), repeat)
    timed("end to end: draft + write DOCX", lambda: draft(jurisdiction).to_docx(), repeat)
    words = len(document.to_text().split())
    sections = sum(isinstance(b, Section) for b in document.walk())
    print(
        f"draft: {words} words (about {words // 350} pages), {sections} sections, "
        f"{len(markdown_body)} chars of Markdown, "
        f"{len(docx)} bytes of DOCX"
    )

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.1f} MiB")

    for label, command in [
        ("CLI --help (whole process)", [sys.executable, "-m", "ordinance", "--help"]),
        (
            "CLI draft -f md (whole process)",
            [sys.executable, "-m", "ordinance", "draft", args.jurisdiction, "-o", "-"],
        ),
    ]:
        timed(
            label,
            lambda command=command: subprocess.run(command, capture_output=True, check=True),
            max(3, repeat // 10),
        )


if __name__ == "__main__":
    main()
