"""Names full of Markdown, HTML and XML syntax, controls, right-to-left text and emoji draft
exactly as given: no formatting injection, in the Markdown (read back) or in the Word document.
Characters no document can hold are refused when the file is loaded, with a clear error.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ordinance import InputError, draft, load_jurisdiction, read_markdown
from ordinance.loading import validate
from ordinance.models import Jurisdiction

from .bad_inputs import TEXT

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BASE: dict[str, Any] = yaml.safe_load(TEXT)

# Pieces that mean something to Markdown, HTML, XML or Word, or that are easy to mangle.
FRAGMENTS = [
    "*", "**", "_", "__", "`", "~~", "[", "]", "](x)", "<b>", "</p>", "&amp;", "&", "<", ">",
    "\"", "'", "# ", "> ", "1. ", "- ", "+ ", "\\", "|", "{#x}", "<w:t>", "]]>", "<!--", "---",
    "\t", "\x7f", "\x85", "\u00a0", "\u200b", "\u2028", "\u202e", "\u200f", "שלום", "مدينة",
    "🏙️", "👩🏽‍⚖️", "e\u0301", "§", "¶",
]  # fmt: skip
# Any character a Word document can hold, except line breaks (refused: values are one-line).
CHARACTER = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\n\r\x0b\x0c\ufffe\uffff"
    + "".join(chr(c) for c in range(0x20) if c != 0x09),
)
TEXTS = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(CHARACTER, max_size=4)), max_size=8
).map(lambda parts: ("Riverton " + "".join(parts)).strip())


def docx_paragraphs(data: bytes) -> list[str]:
    """Each paragraph's text as Word shows it (tabs as tab characters)."""
    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return [
        "".join(
            (node.text or "") if node.tag == f"{W}t" else "\t"
            for node in p.iter(f"{W}t", f"{W}tab")
        )
        for p in root.iter(f"{W}p")
    ]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(official_name=TEXTS, agency=TEXTS, program=TEXTS)
def test_special_characters_draft_exactly_as_given(
    official_name: str, agency: str, program: str
) -> None:
    data = {
        **BASE,
        "official_name": official_name,
        "agencies": [{**BASE["agencies"][0], "name": agency}],
        "partnerships": [{**p, "agency": agency, "program": program} for p in BASE["partnerships"]],
    }
    document = draft(validate(Jurisdiction, data, "names.yaml"))
    markdown = document.to_markdown()
    read_back = read_markdown(markdown)
    assert read_back == document  # the Markdown carries the names, and nothing more
    paragraphs = docx_paragraphs(document.to_docx())
    for value in (official_name, agency, program):
        assert value in document.to_text()
        assert any(value in paragraph for paragraph in paragraphs), value


@pytest.mark.parametrize(
    "character", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\ufffe"]
)
def test_characters_no_document_can_hold_are_refused_on_loading(
    character: str, tmp_path: Path
) -> None:
    escaped = f"\\x{ord(character):02x}" if ord(character) < 0x100 else f"\\u{ord(character):04x}"
    path = tmp_path / "control.yaml"
    path.write_text(
        TEXT.replace("official_name: City of Riverton", f'official_name: "City{escaped}"'),
        encoding="utf-8",
    )
    with pytest.raises(InputError) as error:
        load_jurisdiction(path)
    (problem,) = error.value.problems
    line = TEXT.splitlines().index("official_name: City of Riverton") + 1
    assert str(problem) == (
        f"{path}:{line}:1: official_name: contains the control character "
        f"U+{ord(character):04X}, which a Word document cannot hold; remove it"
    )
