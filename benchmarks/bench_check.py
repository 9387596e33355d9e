"""Measure `ordinance check`: accuracy on the labelled corpus, and speed on a 40-page ordinance.

    python benchmarks/bench_check.py [--repeat N]

Accuracy: recall on elements labelled present and correctness on elements labelled absent, from
tests/check_corpus/labels.yaml: first, each held-out batch's first measurement (taken once, when
the batch was frozen and before any fix it revealed) and those pooled, which are the figures that
say how the rules do on text they were not written from; then, for the last batch, its present
labels split into the instrument's form (caption, recitals, enacting clause, definitions ...) and
substantive provisions, when the rules are still the ones it was first measured with; then the
current rules on the dev split, the held-out split and both, with every disagreement listed.

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
from ordinance.checklist import FORM
from ordinance.readers.markdown import read_markdown
from ordinance.scorecard import Status, check_document, check_text
from ordinance.scorecard.corpus import (
    FirstMeasurement,
    load_first_measurements,
    load_labels,
    measure,
)

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
        f"corpus: {len(passages)} passages, {len(passages) - near} from law of "
        f"{len(places)} places, {near} near misses"
    )
    # The figures that measure generalisation: each held-out batch the first time the rules
    # were run on it, before any fix it revealed (kept in labels.yaml, since they cannot be
    # recomputed once the rules have changed).
    print("\nheld-out batches, first measurement (before any fix the batch revealed):")
    print(f"{'batch':<10} {'recall (present)':>22} {'correct (absent)':>22}")
    found = present = kept = absent = 0
    for first in load_first_measurements(CORPUS / "labels.yaml"):
        print(_row(str(first.batch), first.found, first.present, first.kept_missing, first.absent))
        found, present = found + first.found, present + first.present
        kept, absent = kept + first.kept_missing, absent + first.absent
    print(_row("pooled", found, present, kept, absent))
    last_batch_by_kind(load_first_measurements(CORPUS / "labels.yaml")[-1])
    print("\ncurrent rules on the whole corpus (every held-out batch is now seen; these are not")
    print("held-out figures: the first measurements above are):")
    print(f"{'split':<10} {'recall (present)':>22} {'correct (absent)':>22}")
    for split in ("dev", "heldout", None):
        tally = measure(CORPUS / "labels.yaml", split)
        print(_row(split or "all", tally.found, tally.present, tally.kept_missing, tally.absent))
        for error in tally.errors:
            print(f"    {error}")


def last_batch_by_kind(first: FirstMeasurement) -> None:
    """The last batch's present labels, form and substantive apart, as the current rules find
    them: shown only while that tally still equals the batch's first measurement (the rules have
    not changed since, so it is the first measurement split)."""
    tally = measure(CORPUS / "labels.yaml", "heldout", first.batch)
    if (tally.found, tally.kept_missing) != (first.found, first.kept_missing):
        print(f"(batch {first.batch}: the rules changed since its first measurement; no split)")
        return
    found = {"form": 0, "substantive": 0}
    labels = {"form": 0, "substantive": 0}
    for passage in load_labels(CORPUS / "labels.yaml"):
        if passage.batch != first.batch:
            continue
        text = (CORPUS / "passages" / passage.file).read_text(encoding="utf-8")
        statuses = {v.id: v.status for v in check_text(text, passage.file).verdicts}
        for element in passage.present:
            # (the instrument's form against its provisions: a batch whose present labels are mostly
            # form says little about recall on the provisions an advocate asks about)
            kind = "form" if element in FORM else "substantive"
            labels[kind] += 1
            found[kind] += statuses[element] is not Status.MISSING
    print(f"batch {first.batch}, first measurement by kind of element (recall):")
    for kind in ("substantive", "form"):
        share = found[kind] / labels[kind] if labels[kind] else 1.0
        print(f"  {kind:<12} {found[kind]:>4}/{labels[kind]:<4} = {share:.3f}")


def _row(label: str, found: int, present: int, kept: int, absent: int) -> str:
    recall = found / present if present else 1.0
    correct = kept / absent if absent else 1.0
    return (
        f"{label:<10} {found:>9}/{present:<4} = {recall:.3f} {kept:>9}/{absent:<4} = {correct:.3f}"
    )


def forty_pages() -> str:
    text = draft(load_jurisdiction("oakland-ca")).to_text()
    enacted = "\n\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((CORPUS / "passages").glob("*.txt"))
        if not path.name.startswith("nearmiss")
    )
    if not enacted.strip():
        raise SystemExit(f"no corpus passages under {CORPUS}")
    # Paragraph by paragraph until 40 pages, so that the text stays 40 pages as the corpus grows.
    words = len(text.split())
    paragraphs = enacted.split("\n\n")
    index = 0
    while words < 40 * PAGE_WORDS:
        paragraph = paragraphs[index % len(paragraphs)]
        text += "\n\n" + paragraph
        words += len(paragraph.split())
        index += 1
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
