"""Shared fixtures: the test jurisdiction, and drafts made from it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from ordinance import Jurisdiction, load_jurisdiction
from ordinance.document import Document, Role, plain_text

FIXTURES = Path(__file__).parent / "fixtures"
RIVERTON = FIXTURES / "riverton-ca.yaml"


@pytest.fixture(scope="session")
def riverton() -> Jurisdiction:
    return load_jurisdiction(RIVERTON)


@pytest.fixture()
def riverton_data() -> dict:  # type: ignore[type-arg]
    import yaml

    return yaml.safe_load(RIVERTON.read_text(encoding="utf-8"))


def require(program: str) -> None:
    """Skip without an independent reader program, except in CI, where .ci/run installs it."""
    if shutil.which(program) is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is not installed; .ci/run installs it")
        pytest.skip(f"{program} is not installed")


def convert_to_pdf(sources: list[Path], out: Path) -> None:
    """Convert Word files to PDF in one LibreOffice call, with a throwaway profile."""
    _libreoffice_convert(sources, out, "pdf")


def resave_with_libreoffice(sources: list[Path], out: Path) -> list[Path]:
    """Open Word files in LibreOffice and save them as Word again, as a reviewer's edit would
    (one LibreOffice call for all of them)."""
    out.mkdir(parents=True, exist_ok=True)
    _libreoffice_convert(sources, out, "docx:MS Word 2007 XML")
    return [out / source.name for source in sources]


def _libreoffice_convert(sources: list[Path], out: Path, target: str) -> None:
    require("soffice")
    profile = Path("/tmp") / f"ordinance-soffice-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                target,
                "--outdir",
                str(out),
                *map(str, sources),
            ],
            capture_output=True,
            check=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def pandoc(path: Path, to: str = "plain") -> str:
    """What pandoc reads from a Word file, as plain text or Markdown."""
    require("pandoc")
    done = subprocess.run(
        ["pandoc", "-t", to, "--wrap=none", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return done.stdout


_WORD = re.compile(r"[\w'’§.()-]+")


def words(text: str) -> list[str]:
    """Comparable words: case-folded, without the table rules (----) that pandoc draws."""
    return [word.lower() for word in _WORD.findall(text) if set(word) != {"-"}]


def assert_same_words(read_back: str, document: Document) -> None:
    """The words a reader got back equal the draft's plain text, in the same order.

    Up to the signature table the reading order is the draft's; pandoc reads the two-column
    table row by row, interleaving neighbouring cells, so the signatures compare as a bag.
    """
    got, expected = words(read_back), words(document.to_text())
    first_signature = next(p for p in document.closing if p.role is Role.SIGNATURE)
    cut = expected.index(words(plain_text(first_signature.inlines))[0])
    assert got[:cut] == expected[:cut]
    assert sorted(got[cut:]) == sorted(expected[cut:])
