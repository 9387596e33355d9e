"""Shared fixtures: the test jurisdiction, and drafts made from it."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from ordinance import Jurisdiction, load_jurisdiction

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
    require("soffice")
    profile = Path("/tmp") / f"ordinance-soffice-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
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
