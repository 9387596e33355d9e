"""Measure `ordinance check`: accuracy on the labelled corpus, and speed on a 40-page ordinance.

    python benchmarks/bench_check.py [--repeat N]

Accuracy: recall on elements labelled present and correctness on elements labelled absent, for
the dev split (rules were written against it), the held-out split (only measured) and both, from
tests/check_corpus/labels.yaml. Every disagreement is listed.

Speed: the median of N in-process checks (after one warm-up call) of
- an enacted-style plain text of at least 20,000 words (about 40 pages): the Oakland draft as
  plain text followed by the corpus's enacted passages, repeated;
- the Oakland Markdown draft read and checked from its provision tags (which also runs the text
  rules, for parameters).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ordinance import draft, load_jurisdiction
from ordinance.readers.markdown import read_markdown
from ordinance.scorecard import check_document, check_text
from ordinance.scorecard.corpus import load_labels, measure

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "check_corpus"
PAGE_WORDS = 500  # a letter page of ordinance text with line numbers holds about this many


def timed(label: str, function: Callable[[], Any], repeat: int) -> None:
    """Median wall-clock and CPU milliseconds. The CPU time is this process's own, so it stays
    meaningful on a machine that other work keeps busy; wall-clock is what a user waits."""
    function()  # warm-up: imports, nupunkt's model, compiled patterns
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    print(
        f"{label:<52} wall {statistics.median(wall):6.1f} ms (min {min(wall):.1f})  "
        f"cpu {statistics.median(cpu):6.1f} ms  n={repeat}"
    )


def accuracy() -> None:
    passages = load_labels(CORPUS / "labels.yaml")
    places = {p.place for p in passages if p.kind == "ordinance"}
    near = sum(p.kind == "near_miss" for p in passages)
    print(
        f"corpus: {len(passages)} passages, {len(passages) - near} from enacted laws of "
        f"{len(places)} places, {near} near misses"
    )
    print(f"{'split':<10} {'recall (present)':>22} {'correct (absent)':>22}")
    for split in ("dev", "heldout", None):
        tally = measure(CORPUS / "labels.yaml", split)
        print(
            f"{split or 'all':<10} {tally.found:>9}/{tally.present:<4} = {tally.recall:.3f}"
            f" {tally.kept_missing:>9}/{tally.absent:<4} = {tally.absent_correct:.3f}"
        )
        for error in tally.errors:
            print(f"    {error}")


def forty_pages() -> str:
    text = draft(load_jurisdiction("oakland-ca")).to_text()
    enacted = "\n\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((CORPUS / "passages").glob("*.txt"))
        if not path.name.startswith("nearmiss")
    )
    if not enacted.strip():
        raise SystemExit(f"no corpus passages under {CORPUS}")
    while len(text.split()) < 40 * PAGE_WORDS:
        text += "\n\n" + enacted
    return text


def speed(repeat: int) -> None:
    text = forty_pages()
    words = len(text.split())
    print(f"\nplain text: {words:,} words (~{words // PAGE_WORDS} pages)")
    timed("check_text: segment + sentences + 28 elements", lambda: check_text(text), repeat)
    markdown = draft(load_jurisdiction("oakland-ca")).to_markdown()
    print(f"Oakland draft: {len(markdown.split()):,} words of Markdown")
    timed("read_markdown + check_document (tags + text rules)",
          lambda: check_document(read_markdown(markdown)), repeat)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    accuracy()
    speed(args.repeat)


if __name__ == "__main__":
    main()
