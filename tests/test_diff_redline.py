"""Redline writers, checked with real programs: pandoc accepts and rejects the tracked changes,
LibreOffice converts the Word files, headless Chromium loads the HTML page."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from ordinance import Document, Jurisdiction, diff, draft, load_jurisdiction
from ordinance.comparison import ChangeSet, Kind
from ordinance.redline.docx_body import RedlineSettings
from ordinance.redline.html import write_html
from ordinance.redline.jsonout import write_json
from ordinance.redline.legislative import write_legislative_docx
from ordinance.redline.markdown import write_markdown
from ordinance.redline.terminal import write_summary
from ordinance.redline.tracked import write_tracked_docx

from . import diff_edits as edits
from .conftest import convert_to_pdf, require, words

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REVISIONS = ("ins", "del", "moveFrom", "moveTo")
STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture(scope="module")
def versions(riverton: Jurisdiction) -> dict[str, tuple[Document, Document]]:
    base = edits.base_markdown(riverton)
    pairs = {
        "everything": edits.everything(base),
        "identical": base,
        "moved and reworded": edits.replace(
            edits.move_section_after(base, "no-subsidy-or-promotion", "definitions"),
            "No Subsidy or Promotion",
            "No Subsidy or Marketing",
        ),
        "clause moved across sections": edits.move_clause_to_effective_date(
            edits.swap_sections(base, "approval-standard", "public-hearing")
        ),
    }
    return {name: (edits.read(base), edits.read(new)) for name, new in pairs.items()}


@pytest.fixture(scope="module")
def everything(versions: dict[str, tuple[Document, Document]]) -> ChangeSet:
    return diff(*versions["everything"], "introduced.md", "amended.md")


def pandoc_words(path: Path, mode: str) -> list[str]:
    require("pandoc")
    done = subprocess.run(
        ["pandoc", f"--track-changes={mode}", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return words(done.stdout)


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


@pytest.mark.parametrize(
    "name", ["everything", "identical", "moved and reworded", "clause moved across sections"]
)
def test_accept_gives_the_new_words_and_reject_the_old(
    versions: dict[str, tuple[Document, Document]], name: str, tmp_path: Path
) -> None:
    old, new = versions[name]
    path = tmp_path / "redline.docx"
    path.write_bytes(write_tracked_docx(diff(old, new)))
    assert pandoc_words(path, "accept") == words(new.to_text())
    assert pandoc_words(path, "reject") == words(old.to_text())


@pytest.mark.parametrize(
    ("old_id", "new_id"), [("oakland-ca", "denver-co"), ("statesboro-ga", "detroit-mi")]
)
def test_two_places_drafts_accept_and_reject_exactly(
    old_id: str, new_id: str, tmp_path: Path
) -> None:
    """A city's draft against another's: hundreds of changes of every size, as with a model."""
    old, new = draft(load_jurisdiction(old_id)), draft(load_jurisdiction(new_id))
    path = tmp_path / "redline.docx"
    path.write_bytes(write_tracked_docx(diff(old, new)))
    assert pandoc_words(path, "accept") == words(new.to_text())
    assert pandoc_words(path, "reject") == words(old.to_text())


def test_identical_versions_give_a_redline_without_revisions(
    versions: dict[str, tuple[Document, Document]],
) -> None:
    root = document_xml(write_tracked_docx(diff(*versions["identical"])))
    assert not [e for tag in REVISIONS for e in root.iter(W + tag)]


def test_tracked_xml_follows_words_rules(everything: ChangeSet) -> None:
    root = document_xml(write_tracked_docx(everything, RedlineSettings(author="Counsel")))
    revisions = [e for tag in REVISIONS for e in root.iter(W + tag)]
    starts = [
        e
        for tag in ("moveFromRangeStart", "moveToRangeStart", "bookmarkStart")
        for e in root.iter(W + tag)
    ]
    # One counter: no id used twice among revisions, range starts and bookmarks.
    ids = [e.get(W + "id") for e in revisions + starts]
    assert len(ids) == len(set(ids))
    # Every revision and move range says who and when.
    for e in revisions + [s for s in starts if "move" in s.tag]:
        assert e.get(W + "author") == "Counsel"
        assert STAMP.match(e.get(W + "date") or "")
    # Each range start has its end with the same id; move ranges pair up by name.
    for kind in ("moveFromRange", "moveToRange", "bookmark"):
        opened = sorted(e.get(W + "id") for e in root.iter(W + kind + "Start"))
        closed = sorted(e.get(W + "id") for e in root.iter(W + kind + "End"))
        assert opened == closed
    origins = sorted(e.get(W + "name") for e in root.iter(W + "moveFromRangeStart"))
    targets = sorted(e.get(W + "name") for e in root.iter(W + "moveToRangeStart"))
    assert origins and origins == targets and len(set(origins)) == len(origins)
    # Deleted text is delText; inserted text is not.
    assert not list(root.iterfind(f".//{W}del//{W}t"))
    assert not list(root.iterfind(f".//{W}ins//{W}delText"))
    # A paragraph all of whose text is deleted (or moved away) has its mark deleted too.
    for p in root.iter(W + "p"):
        runs = list(p.iterfind(f".//{W}r"))
        if runs and all(r.getparent().tag in (W + "del", W + "moveFrom") for r in runs):
            mark = p.find(f"{W}pPr/{W}rPr")
            assert mark is not None and mark[0].tag in (W + "del", W + "moveFrom")
    # Changes sit inside hyperlinks (a renumbered citation), never around them.
    for tag in REVISIONS:
        assert not list(root.iterfind(f".//{W}{tag}//{W}hyperlink"))
    assert list(root.iterfind(f".//{W}hyperlink/{W}del")) and list(
        root.iterfind(f".//{W}hyperlink/{W}ins")
    )


def test_libreoffice_converts_both_word_redlines(everything: ChangeSet, tmp_path: Path) -> None:
    tracked = tmp_path / "tracked.docx"
    tracked.write_bytes(write_tracked_docx(everything))
    printed = tmp_path / "legislative.docx"
    printed.write_bytes(write_legislative_docx(everything, RedlineSettings(elide=True)))
    convert_to_pdf([tracked, printed], tmp_path)
    for name in ("tracked.pdf", "legislative.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_legislative_print_strikes_then_underlines(everything: ChangeSet, tmp_path: Path) -> None:
    require("pandoc")
    path = tmp_path / "legislative.docx"
    path.write_bytes(write_legislative_docx(everything))
    markdown = subprocess.run(
        ["pandoc", "-t", "markdown", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "~~thirty (30)~~ [forty-five (45)]{.underline}" in markdown
    assert "* * *" not in markdown.replace("\\* \\* \\*", "* * *")  # nothing elided by default
    path.write_bytes(write_legislative_docx(everything, RedlineSettings(elide=True)))
    elided = subprocess.run(
        ["pandoc", "-t", "plain", "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "* * *" in elided and len(elided) < len(markdown) / 2
    assert "forty-five (45)" in elided and "thirty (30)" in elided


def chromium(page: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    """Load a page in headless Chromium, logging the page's console to stderr."""
    require("chromium")
    profile = Path("/tmp") / f"ordinance-chromium-{uuid.uuid4().hex}"
    try:
        return subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--enable-logging=stderr",
                "--v=0",
                f"--user-data-dir={profile}",
                "--window-size=1280,1600",
                *flags,
                page.as_uri(),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


# Presses j, j, k (next, next, previous), switches to the side-by-side view and presses n, then
# records which change is current in each view.
_KEYS_PROBE = """<script>
function press(key) { document.dispatchEvent(new KeyboardEvent('keydown', {key: key})); }
press('j'); press('j'); press('k');
var inline = document.querySelector('.inline .current');
document.getElementById('view-side').click();
press('n');
var side = document.querySelector('.side .current');
document.body.setAttribute('data-probe',
  (inline ? inline.id : 'none') + ' ' + (side ? side.id : 'none') + ' ' + document.body.className);
</script></body>"""


def test_html_page_in_headless_chromium(everything: ChangeSet, tmp_path: Path) -> None:
    require("chromium")
    page = tmp_path / "redline.html"
    html = write_html(everything)
    page.write_text(html, encoding="utf-8")
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", html)  # self-contained
    artifacts = Path(os.environ.get("ORDINANCE_ARTIFACTS", tmp_path))
    artifacts.mkdir(parents=True, exist_ok=True)
    screenshot = artifacts / "diff-redline.png"
    done = chromium(page, f"--screenshot={screenshot}")
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line]
    assert not console, console
    assert screenshot.stat().st_size > 10_000
    # Every change is in the summary table and has a place in each view.
    for change in everything.changes:
        number = change.number
        assert f'href="#change-{number}"' in html
        assert f'id="change-{number}"' in html and f'id="side-change-{number}"' in html
    # Moves link their two ends.
    assert re.search(r'id="move-(\d+)-from" href="#move-\1-to"', html)
    # The keys step through the changes, in either view.
    probe = tmp_path / "probe.html"
    probe.write_text(html.replace("</body>", _KEYS_PROBE), encoding="utf-8")
    done = chromium(probe, "--dump-dom")
    assert 'data-probe="change-1 side-change-1 side-mode"' in done.stdout
    assert "CONSOLE" not in done.stderr


def test_markdown_marks_insertions_and_deletions(everything: ChangeSet) -> None:
    text = write_markdown(everything)
    assert "~~thirty (30)~~ <ins>forty-five (45)</ins>" in text
    assert "<ins>A NEW</ins>" in text
    assert "| # | Change | Where |" in text
    assert "~~~~" not in text  # neighbouring deletions print as one


def test_json_is_the_change_set(everything: ChangeSet) -> None:
    data = json.loads(write_json(everything))
    assert data["format"] == "ordinance-changes" and data["identical"] is False
    assert [c["number"] for c in data["changes"]] == list(range(1, len(everything.changes) + 1))
    assert data["summary"]["counts"]["moved"] == everything.summary.counts[Kind.MOVED]
    assert data["old"]["source"] == "introduced.md"
    numbers = {n for row in data["rows"] for n in row["changes"]}
    assert numbers == {c.number for c in everything.changes}


def test_terminal_summary_is_plain_unless_coloured(everything: ChangeSet) -> None:
    plain = write_summary(everything)
    assert "\x1b[" not in plain
    assert plain.splitlines()[0] == "--- introduced.md (DISCUSSION DRAFT, version 1)"
    assert "[-thirty (30)-] {+forty-five (45)+}" in plain
    assert len(plain.splitlines()) >= len(everything.changes) + 3
    assert "\x1b[31m" in write_summary(everything, color=True)


def test_render_redline_names_each_format_once(everything: ChangeSet) -> None:
    from ordinance import UnknownFormatError
    from ordinance.redline import REDLINE_FORMATS, render_redline

    assert render_redline(everything, "json") == write_json(everything).encode("utf-8")
    assert render_redline(everything, "md") == write_markdown(everything).encode("utf-8")
    settings = RedlineSettings(author="Counsel")
    tracked = render_redline(everything, "docx", settings)
    assert zipfile.ZipFile(io.BytesIO(tracked)).read("word/document.xml").count(b"w:ins ") > 0
    assert render_redline(everything, "docx-legislative", settings)[:2] == b"PK"
    with pytest.raises(UnknownFormatError, match="known formats: " + ", ".join(REDLINE_FORMATS)):
        render_redline(everything, "pdf")
