"""Every shipped jurisdiction, drafted to DOCX and read by real, independent programs.

LibreOffice must convert each file to PDF, and pandoc must read back the same words in the same
order as the draft's plain text. In CI (CI=true) the programs are required, not skipped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from ordinance import Document, DraftOptions, draft
from ordinance.resources import shipped_jurisdictions
from ordinance.writers.docx import DocxSettings

from .conftest import assert_same_words, convert_to_pdf, pandoc, words

JURISDICTIONS = shipped_jurisdictions()


@pytest.fixture(scope="module")
def documents() -> dict[str, Document]:
    return {
        jurisdiction: draft(jurisdiction, options=DraftOptions(facial_recognition_ban=True))
        for jurisdiction in JURISDICTIONS
    }


@pytest.fixture(scope="module")
def docx_files(
    documents: dict[str, Document], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("docx")
    files = {}
    for jurisdiction, document in documents.items():
        path = folder / f"{jurisdiction}.docx"
        path.write_bytes(document.to_docx(DocxSettings(line_numbers=True)))
        files[jurisdiction] = path
    return files


def test_every_jurisdiction_renders_to_a_complete_package(docx_files: dict[str, Path]) -> None:
    for path in docx_files.values():
        with zipfile.ZipFile(path) as package:
            assert package.testzip() is None
            assert {"word/document.xml", "word/styles.xml", "[Content_Types].xml"} <= set(
                package.namelist()
            )


def test_libreoffice_converts_every_jurisdiction(
    docx_files: dict[str, Path], tmp_path: Path
) -> None:
    convert_to_pdf(list(docx_files.values()), tmp_path)
    for jurisdiction in docx_files:
        pdf = tmp_path / f"{jurisdiction}.pdf"
        assert pdf.is_file(), f"no PDF for {jurisdiction}"
        # A full ordinance runs to dozens of pages; a tiny PDF would mean a truncated document.
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_pandoc_reads_the_same_words_in_order(
    jurisdiction: str, documents: dict[str, Document], docx_files: dict[str, Path]
) -> None:
    document = documents[jurisdiction]
    assert_same_words(pandoc(docx_files[jurisdiction]), document)
    assert len(words(document.to_text())) > 10_000
