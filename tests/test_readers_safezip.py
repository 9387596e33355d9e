"""The DOCX reader's archive and XML safety (`readers/safezip.py`): every hostile file ends in one
error line naming it, and nothing is decompressed or parsed beyond the limits."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ordinance.errors import InputError
from ordinance.readers.docx import open_docx

from .docx_edits import riverton_docx
from .hostile_docx import DOCUMENT, hostile_files, raw_zip, zeros, zip_parts


@pytest.fixture(scope="module")
def docx_bytes() -> bytes:
    return riverton_docx()


@pytest.fixture(scope="module")
def hostile_cases(docx_bytes: bytes) -> dict[str, tuple[bytes, str]]:
    return hostile_files(docx_bytes)


@pytest.fixture(scope="module")
def hostile(
    hostile_cases: dict[str, tuple[bytes, str]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    paths = {}
    for index, (name, (data, _)) in enumerate(hostile_cases.items()):
        path = folder / f"hostile{index}.docx"
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.mark.parametrize(
    "name",
    [
        "zip bomb",
        "many entries",
        "billion laughs",
        "external entity",
        "external entity, UTF-16",
        "200 MB part",
        "truncated zip",
        "renamed PDF",
    ],
)
def test_hostile_file_is_one_line_error(
    name: str, hostile: dict[str, Path], hostile_cases: dict[str, tuple[bytes, str]]
) -> None:
    phrase = hostile_cases[name][1]
    path = hostile[name]
    with pytest.raises(InputError) as caught:
        open_docx(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path)), message
    assert phrase in message, message


def test_hostile_files_exit_2_with_one_line(hostile: dict[str, Path]) -> None:
    """The real command line, one process a file: one error line and exit 2. (How fast: see
    benchmarks/bench_docx_reader.py; the timeout only catches a reader that unpacks a bomb.)"""
    for name, path in hostile.items():
        for command in (["comments"], ["validate"], ["render", "-f", "md"]):
            done = subprocess.run(
                [sys.executable, "-m", "ordinance", *command, str(path)],
                capture_output=True,
                text=True,
                timeout=20,
            )
            lines = done.stderr.strip().splitlines()
            assert done.returncode == 2, (name, command, done.stderr)
            assert len(lines) == 1 and lines[0].startswith("error: "), (name, done.stderr)
            assert "Traceback" not in done.stderr


def test_a_part_that_lies_about_its_size_is_refused(docx_bytes: bytes) -> None:
    """The central directory says 10 bytes; the data inflates to a megabyte."""
    data, crc, _ = zeros(1)
    archive = raw_zip([("[Content_Types].xml", data, crc, 10)])
    from ordinance.readers.safezip import SafeArchive

    with pytest.raises(InputError, match=r"damaged|larger"):
        SafeArchive(archive, "liar.docx").read("[Content_Types].xml")


def test_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        open_docx(tmp_path / "missing.docx")
    with pytest.raises(InputError, match="folder"):
        open_docx(tmp_path)


def test_other_office_files_are_named_in_the_error(tmp_path: Path) -> None:
    ole = tmp_path / "old.docx"
    ole.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputError, match=r"binary Word \(\.doc\) file or a password-protected"):
        open_docx(ole)
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        open_docx(empty)
    strict = tmp_path / "strict.docx"
    strict.write_bytes(
        zip_parts(
            {
                "_rels/.rels": b'<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                b'2006/relationships"><Relationship Id="r1" Type="http://purl.oclc.org/ooxml/'
                b'officeDocument/relationships/officeDocument" Target="word/document.xml"/>'
                b"</Relationships>",
                DOCUMENT: b'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main">'
                b"<w:body/></w:document>",
            }
        )
    )
    with pytest.raises(InputError, match="Strict Open XML"):
        open_docx(strict)
