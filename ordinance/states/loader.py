"""Shipped state profiles: one YAML file a state in `data/`, named by its lower-case code."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..errors import InputError, UnknownStateError
from .profile import StateProfile

DATA_DIR = Path(__file__).resolve().parent / "data"


def state_codes() -> list[str]:
    """The codes of every shipped profile (50 states and DC), upper case, sorted."""
    return sorted(path.stem.upper() for path in DATA_DIR.glob("*.yaml"))


def load_state(code: str) -> StateProfile:
    """The profile of a state by its two-letter code, in any case ("ca", "CA")."""
    key = code.strip().upper()
    path = DATA_DIR / f"{key.lower()}.yaml"
    if len(key) != 2 or not key.isalpha() or not path.is_file():
        raise UnknownStateError.single(
            code, "no state profile has that code (see `ordinance state`)", "state", line=0
        )
    return _load_shipped(path)


@cache
def _load_shipped(path: Path) -> StateProfile:
    return load_state_file(path)


def load_state_file(path: str | Path) -> StateProfile:
    """A profile from any YAML file (to check an edited one); errors name file, line and field."""
    # Imported here: loading imports the jurisdiction models, which may consult this package.
    from ..loading import load_model

    path = Path(path)
    profile = load_model(StateProfile, path)
    if profile.code.lower() != path.stem.lower():
        raise InputError.single(
            str(path), f"code {profile.code} does not match the file name", "code"
        )
    return profile
