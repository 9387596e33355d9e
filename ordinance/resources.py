"""Where the shipped templates and jurisdictions are: in the wheel, or beside the source tree."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # An installed wheel carries ordinance/_<name>; a source checkout has <repo>/<name>.
    bundled = _PACKAGE / f"_{name}"
    return bundled if bundled.is_dir() else _PACKAGE.parent / name


@cache
def templates_dir() -> Path:
    return _data_dir("templates")


@cache
def jurisdictions_dir() -> Path:
    return _data_dir("jurisdictions")


def shipped_jurisdictions() -> list[str]:
    """Ids of the jurisdictions that ship with the package, sorted."""
    directory = jurisdictions_dir()
    return sorted(p.stem for p in directory.glob("*.yaml")) if directory.is_dir() else []


def jurisdiction_path(jurisdiction_id: str) -> Path | None:
    path = jurisdictions_dir() / f"{jurisdiction_id}.yaml"
    return path if path.is_file() else None


def shipped_templates() -> list[str]:
    """Names of the templates that ship with the package, sorted."""
    directory = templates_dir()
    return sorted(p.parent.name for p in directory.glob("*/template.yaml"))
