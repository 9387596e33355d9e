"""Help reads like a command-line tool's, and `--help`/`--version` start without the library."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ordinance import __version__
from ordinance.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
# Modules the library needs only for real work; --help and --version must not import them.
HEAVY = ("pydantic", "jinja2", "docx", "markdown_it", "yaml", "lxml", "rich")


def help_text(*args: str) -> str:
    result = runner.invoke(app, [*args, "--help"], prog_name="ordinance", terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.output


def command_names() -> list[str]:
    return [
        command.name or (command.callback.__name__ if command.callback else "")
        for command in app.registered_commands
    ]


@pytest.mark.parametrize("command", ["", *command_names()])
def test_help_shows_no_python_types(command: str) -> None:
    text = help_text(*([command] if command else []))
    assert not re.search(r"<(str|bool|int|path|list\[[^]]*\]|[a-z|]+)>", text), text
    assert "{" not in text.splitlines()[0], "a required argument is written bare, as git does"


@pytest.mark.parametrize("command", command_names())
def test_every_command_has_an_example(command: str) -> None:
    text = help_text(command)
    examples = text.split("Examples:\n", 1)[1]
    assert f"ordinance {command}" in examples.splitlines()[0]


def test_defaults_are_shown_whole() -> None:
    text = help_text("draft")
    assert "[default: surveillance-oversight]" in " ".join(text.split())
    assert "…" not in text and "..." not in text.replace("DRAFT...", "").replace("FILE...", "")


def test_the_command_list_shows_each_summary_whole() -> None:
    listing = help_text().split("Commands:\n", 1)[1].split("\n\n", 1)[0]
    for line in listing.splitlines():
        assert not line.rstrip().endswith(("...", "…")), line


def test_render_help_gives_the_format_render_really_uses(tmp_path: Path) -> None:
    assert "docx when there is no --output" in " ".join(help_text("render").split())
    assert "else md" in " ".join(help_text("draft").split())
    draft = tmp_path / "bill.md"
    fixture = Path(__file__).parent / "fixtures" / "riverton-ca.yaml"
    assert runner.invoke(app, ["draft", str(fixture), "-o", str(draft)]).exit_code == 0
    assert runner.invoke(app, ["render", str(draft)]).exit_code == 0
    assert (tmp_path / "bill.docx").read_bytes().startswith(b"PK")


def test_flags_take_no_value_and_options_name_theirs() -> None:
    text = help_text("draft")
    assert re.search(r"^  --line-numbers +DOCX", text, re.MULTILINE)
    assert re.search(r"^  --set KEY=VALUE ", text, re.MULTILINE)
    assert re.search(r"^  -o, --output FILE ", text, re.MULTILINE)
    assert "Usage: ordinance draft [OPTIONS] JURISDICTION\n" in text


def test_version_matches_the_package_metadata() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # The package's version is read from ordinance.__version__, the one --version prints.
    version = pyproject["tool"]["setuptools"]["dynamic"]["version"]
    assert version == {"attr": "ordinance.__version__"}
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.output) == (0, f"ordinance {__version__}\n")


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["--help"], ()),
        (["--version"], ()),
        # Typer itself uses pydantic to convert a command's parameters, help included.
        (["draft", "--help"], ("pydantic",)),
        # A bad input file is answered before the drafting machinery is loaded.
        (["draft", str(ROOT / "pyproject.toml")], ("pydantic", "yaml")),
    ],
)
def test_help_and_version_import_nothing_heavy(args: list[str], allowed: tuple[str, ...]) -> None:
    heavy = tuple(name for name in HEAVY if name not in allowed)
    probe = (
        "import sys\n"
        f"sys.argv = ['ordinance', *{args!r}]\n"
        "from ordinance.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r})\n"
        "print('imported:' + ','.join(heavy), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    imported = done.stderr.rpartition("imported:")[2].strip()
    assert imported == "", f"{args} imported {imported}"
