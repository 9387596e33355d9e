"""Shared fixtures: the test jurisdiction, and drafts made from it."""

from __future__ import annotations

import os
import shutil
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
