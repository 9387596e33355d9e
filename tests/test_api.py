"""The library API a programmer imports: one error base class, exported names, lazy imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import ordinance
from ordinance import (
    DocxSettings,
    InputError,
    Jurisdiction,
    OrdinanceError,
    UnknownIdError,
    draft,
    format_drafts,
    read_draft,
)
from ordinance.writers.docx import ReferenceDocxError, write_docx


def test_every_exported_name_resolves_and_dir_lists_them() -> None:
    for name in ordinance.__all__:
        assert getattr(ordinance, name) is not None
    assert set(dir(ordinance)) == set(ordinance.__all__)
    assert {"Document", "Section", "Subdivision", "Paragraph", "Role", "Ref", "Text"} <= set(
        dir(ordinance)
    )
    with pytest.raises(AttributeError):
        _ = ordinance.no_such_name  # type: ignore[attr-defined]


def test_importing_the_package_imports_nothing_heavy() -> None:
    code = (
        "import sys, ordinance; print(sorted(m for m in sys.modules if m.startswith('ordinance')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['ordinance']"


def test_every_library_error_class_derives_from_the_base() -> None:
    import ordinance.errors as errors
    import ordinance.formats as formats

    classes = [
        value
        for module in (errors, formats)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Exception)
    ]
    assert len(classes) >= 6
    assert all(issubclass(error, OrdinanceError) for error in classes)
    assert issubclass(ReferenceDocxError, InputError)


@pytest.mark.parametrize("kind", ["missing", "folder", "not-word"])
def test_unusable_reference_docx_is_an_ordinance_error(
    riverton: Jurisdiction, tmp_path: Path, kind: str
) -> None:
    reference = {
        "missing": tmp_path / "no.docx",
        "folder": tmp_path,
        "not-word": tmp_path / "a.txt",
    }[kind]
    (tmp_path / "a.txt").write_text("notes", encoding="utf-8")
    with pytest.raises(ReferenceDocxError) as caught:
        write_docx(draft(riverton), DocxSettings(reference_docx=reference))
    (line,) = str(caught.value).splitlines()
    assert line.startswith(f"{reference}: --reference-docx: ")


def test_citation_of_an_unknown_id_is_an_ordinance_error(riverton: Jurisdiction) -> None:
    document = draft(riverton)
    section = document.sections[1]
    assert document.citation(section.id) == f"Section {section.number}"
    with pytest.raises(UnknownIdError, match=r"^no section or subdivision with id 'nowhere'$"):
        document.citation("nowhere")
    assert document.get(section.id) is section
    with pytest.raises(UnknownIdError, match=r"^no block with id 'nowhere'$"):
        document.get("nowhere")


def test_read_draft_picks_the_reader_and_format_drafts_writes_only_changes(
    riverton: Jurisdiction, tmp_path: Path
) -> None:
    canonical = draft(riverton).to_markdown()
    tidy, messy = tmp_path / "tidy.md", tmp_path / "messy.md"
    tidy.write_text(canonical, encoding="utf-8")
    messy.write_text(canonical.replace("\n\n## ", "\n\n\n## ", 1), encoding="utf-8")
    assert read_draft(tidy).to_markdown() == canonical
    assert format_drafts([tidy, messy], check=True) == [messy]
    assert messy.read_text(encoding="utf-8") != canonical
    assert format_drafts([tidy, messy]) == [messy]
    assert messy.read_text(encoding="utf-8") == canonical
    with pytest.raises(InputError, match="not a draft"):
        read_draft(tmp_path / "bill.pdf")


def test_draft_files_may_be_named_by_strings(riverton: Jurisdiction, tmp_path: Path) -> None:
    # As load_jurisdiction accepts "my-city.yaml", the draft functions accept "bill.md".
    bill = tmp_path / "bill.md"
    bill.write_text(draft(riverton).to_markdown().replace("\n\n## ", "\n\n\n## ", 1))
    assert read_draft(str(bill)).to_markdown() != bill.read_text()
    assert format_drafts([str(bill)]) == [bill]
    assert read_draft(str(bill)).to_markdown() == bill.read_text()


def test_an_unwritable_output_is_an_ordinance_error_and_an_os_error(tmp_path: Path) -> None:
    from ordinance.errors import OutputError
    from ordinance.output import write_atomic

    for target, message in (
        (tmp_path, "is a folder, not a file"),
        (tmp_path / "missing" / "x.md", f"folder {tmp_path / 'missing'} does not exist"),
    ):
        with pytest.raises(OutputError) as caught:
            write_atomic(target, b"text")
        assert isinstance(caught.value, OrdinanceError) and isinstance(caught.value, OSError)
        assert str(caught.value) == f"{target}: {message}"


@pytest.mark.parametrize("name", ordinance.__all__)
def test_every_exported_class_and_function_has_a_docstring_of_its_own(name: str) -> None:
    import inspect

    value = getattr(ordinance, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        doc = inspect.getdoc(value) or ""
        # A dataclass without a docstring gets its signature as one: not documentation.
        assert doc and not doc.startswith(f"{name}("), name
