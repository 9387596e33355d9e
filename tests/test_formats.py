"""The format registry: names, suffixes, lazy writers that leave the tree as they found it."""

from __future__ import annotations

import copy
import io
import subprocess
import sys
import zipfile

import pytest

from ordinance import Jurisdiction, OrdinanceError, draft
from ordinance.formats import (
    OutputFormat,
    UnknownFormatError,
    format_for_path,
    get_format,
    output_formats,
    register,
    render,
    render_text,
)


def test_suffixes_pick_formats_case_blind() -> None:
    assert format_for_path("a/bill.MD").name == "md"
    assert format_for_path("bill.markdown").name == "md"
    assert format_for_path("bill.docx").name == "docx"
    assert format_for_path("bill.txt").name == "txt"
    assert [f.name for f in output_formats()][:3] == ["md", "docx", "txt"]
    assert get_format("docx").binary and not get_format("md").binary


@pytest.mark.parametrize("name", ["bill.pdf", "bill.doc", "bill"])
def test_unknown_suffix_is_an_ordinance_error(name: str) -> None:
    with pytest.raises(UnknownFormatError) as caught:
        format_for_path(name)
    assert isinstance(caught.value, OrdinanceError)
    assert "known formats: md (.md .markdown), docx (.docx), txt (.txt)" in str(caught.value)


def test_a_suffix_belongs_to_one_format() -> None:
    with pytest.raises(ValueError, match=r"\.docx already belongs to docx"):
        register(OutputFormat("word", (".docx",), True, ".writers.docx:write_docx", "again"))


def test_writers_take_the_tree_as_resolved_and_leave_it_alone(riverton: Jurisdiction) -> None:
    document = draft(riverton)
    # A number no resolve would give: a writer that re-resolved would print "Section 1." again.
    document.sections[0].number = "77"
    before = copy.deepcopy(document)
    for name in ("txt", "docx"):
        data = render(document, name)
        assert document == before and document.sections[0].number == "77"
        assert [b.id for b in document.walk()] == [b.id for b in before.walk()]
    assert "Section 77." in render_text(document, "txt")
    with zipfile.ZipFile(io.BytesIO(data)) as docx:
        assert "Section 77." in docx.read("word/document.xml").decode()
    with pytest.raises(UnknownFormatError, match="not a text format"):
        render_text(document, "docx")


def test_document_and_registry_import_no_writer() -> None:
    code = (
        "import sys, ordinance.document, ordinance.formats, ordinance.cli;"
        "print(sorted(m for m in sys.modules if m.startswith('ordinance.writers') or m == 'lxml'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_a_tree_built_by_hand_must_be_resolved_before_it_is_written() -> None:
    from ordinance import (
        Document,
        DocumentError,
        DocumentInfo,
        Paragraph,
        Role,
        Section,
        Subdivision,
        Text,
    )

    document = Document(
        info=DocumentInfo(template="t", jurisdiction="x", title="T"),
        preamble=[Paragraph(Role.TITLE, [Text("AN ORDINANCE")])],
        sections=[Section(0, "Scope", content=[Subdivision(0, [Text("first")])])],
    )
    # Unresolved, it printed "Section . Scope" and an unlabelled " first" without complaint.
    for name in ("md", "txt", "docx"):
        with pytest.raises(DocumentError, match=r"not resolved.*call resolve\(\)"):
            render(document, name)
    document.resolve()
    markdown = render_text(document, "md")
    assert "## Section 1. Scope {#scope}\n\n(a) first {#scope__first}" in markdown
    # An edit after resolve leaves a block without its label: caught the same way.
    document.sections[0].content.append(Subdivision(0, [Text("second")]))
    with pytest.raises(DocumentError, match="not resolved"):
        document.to_markdown()
