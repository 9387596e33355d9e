"""The wheel carries the templates and jurisdictions, and works from any directory once installed.

Built offline (no build isolation), so the test needs no network.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = tmp_path_factory.mktemp("build")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        cwd=build,
    )
    (path,) = out.glob("ordinance-*.whl")
    return path


def test_wheel_ships_templates_and_jurisdictions(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for source in (ROOT / "templates").rglob("*"):
        if source.is_file():
            assert f"ordinance/_templates/{source.relative_to(ROOT / 'templates')}" in names
    for source in (ROOT / "jurisdictions").glob("*.yaml"):
        assert f"ordinance/_jurisdictions/{source.name}" in names
    for source in (ROOT / "ordinance" / "states" / "data").glob("*.yaml"):
        assert f"ordinance/states/data/{source.name}" in names
    assert "ordinance/py.typed" in names
    # the scorecard's learned second opinion reads its weights from the package
    assert "ordinance/scorecard/law_model.json.gz" in names


def fresh_environment(path: Path) -> Path:
    """A new virtual environment that sees the dependencies installed where the tests run.

    `system_site_packages` would show the base interpreter's packages, not those of a virtual
    environment the tests run in, so a .pth file names this interpreter's site-packages instead.
    They come after the new environment's own, so the wheel installed there wins.
    """
    venv.create(path, with_pip=False)
    (site_packages,) = path.glob("lib/python*/site-packages")
    paths = sysconfig.get_paths()
    outer = dict.fromkeys([paths["purelib"], paths["platlib"]])
    (site_packages / "_outer_environment.pth").write_text("\n".join(outer) + "\n")
    return path / "bin" / "python"


def test_installed_wheel_drafts_from_another_directory(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    python = fresh_environment(environment)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "--ignore-installed",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    done = subprocess.run(
        [str(environment / "bin" / "ordinance"), "draft", "oakland-ca", "-o", "oakland.docx"],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert zipfile.is_zipfile(work / "oakland.docx")
    where = subprocess.run(
        [str(python), "-c", "import ordinance.resources as r; print(r.templates_dir())"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(environment))
    assert "site-packages/ordinance/_templates" in where


def test_wheel_ships_every_module_and_the_one_version(wheel: Path) -> None:
    import ordinance

    names = set(zipfile.ZipFile(wheel).namelist())
    for module in (ROOT / "ordinance").rglob("*.py"):
        assert module.relative_to(ROOT).as_posix() in names
    assert wheel.name.startswith(f"ordinance-{ordinance.__version__}-")
