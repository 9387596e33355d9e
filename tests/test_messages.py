"""The error messages a new user met (issue 19), each as it now reads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ordinance import InputError, load_jurisdiction
from ordinance.cli import app
from ordinance.starter import jurisdiction_id_from_name

from .bad_inputs import RIVERTON, TEXT, edit, line_of

runner = CliRunner()


def only_error(text: str, tmp_path: Path) -> str:
    path = tmp_path / "typo.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as error:
        load_jurisdiction(path)
    (problem,) = error.value.problems
    return str(problem).removeprefix(f"{path}:")


def test_a_list_item_error_points_at_the_items_own_field(tmp_path: Path) -> None:
    old = "    agency: Riverton Police Department\n    access: search"
    text = edit(old, old.replace("Riverton Police Department", "Riverton PD"))
    line = line_of(text, "agency: Riverton PD")
    assert only_error(text, tmp_path) == (
        f"{line}:5: partnerships[1].agency: 'Riverton PD' is not one of the agencies listed "
        "(Riverton Police Department)"
    )


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'since: "2021"',
            'since: "2021-3"',
            "partnerships[1].since: expected a date such as 2020-03-03, a month such as 2020-03 "
            "or a year such as 2020; found '2021-3'",
        ),
        (
            "id: riverton-ca",
            "id: Riverton",
            "id: expected lower-case letters and digits, words "
            "joined by hyphens, such as oakland-ca; found 'Riverton'",
        ),
        (
            "state: CA",
            "state: Calif",
            "state: expected a two-letter state code, such as CA (`ordinance state` lists them); "
            "found 'Calif'",
        ),
        (
            'chapter: "2.95"',
            'chapter: "2/95"',
            "code.chapter: expected letters and digits, in "
            "parts joined by periods or hyphens, such as 9.64 or 19B or A40; found '2/95'",
        ),
    ],
)
def test_format_errors_say_what_is_expected_with_an_example(
    old: str, new: str, expected: str, tmp_path: Path
) -> None:
    message = only_error(edit(old, new), tmp_path)
    assert message.split(": ", 1)[1] == expected
    assert "^" not in message, "no regular expressions"


def test_a_drafts_label_style_is_explained_too(tmp_path: Path) -> None:
    draft = tmp_path / "bill.md"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(draft)]).exit_code == 0
    text = draft.read_text(encoding="utf-8").replace("  - (A)\n", "  - <A>\n", 1)
    draft.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(draft)])
    line = text.splitlines().index("  - <A>") + 1
    assert result.stderr == (
        f"error: {draft}:{line}:5: numbering.levels[2]: expected a label style such as (a), (1), "
        "(A), (i) or 1.; found '<A>'\n"
    )


def test_an_unknown_key_suggests_the_nearest_known_one(tmp_path: Path) -> None:
    text = edit("official_name:", "offical_name:")
    line = line_of(text, "offical_name")
    assert only_error(text, tmp_path) == (
        f"{line}:1: offical_name: unknown field; did you mean `official_name`?"
    )


def test_an_unknown_key_with_no_near_miss_says_where_the_fields_are(tmp_path: Path) -> None:
    assert only_error(TEXT + "colour: blue\n", tmp_path).endswith(
        "colour: unknown field (`ordinance schema` lists the fields)"
    )


def test_set_shows_how_to_give_a_list() -> None:
    result = runner.invoke(
        app, ["draft", str(RIVERTON), "--set", "metadata.sponsors=Councilmember Doe"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        "error: --set metadata.sponsors=Councilmember Doe: metadata.sponsors: expected a list; "
        "give one in brackets: --set 'metadata.sponsors=[Councilmember Doe, Councilmember Roe]'\n"
    )
    # ... and the way it shows works.
    hint = "metadata.sponsors=[Councilmember Doe, Councilmember Roe]"
    assert runner.invoke(app, ["draft", str(RIVERTON), "--set", hint]).exit_code == 0


def test_validate_accepts_shipped_names_as_draft_does(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", "oakland-ca"])
    assert (result.exit_code, result.output) == (0, "ok: oakland-ca\n")
    result = runner.invoke(app, ["validate", "nowhere-xx"])
    assert result.exit_code == 2
    assert "no shipped jurisdiction has that id" in result.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("St Marys WI", "st-marys-wi"),
        ("St. Mary's, WI", "st-marys-wi"),
        ("Kansas City, KS (Unified Government)", "kansas-city-ks-unified-government"),
        ("Cañon City CO", "canon-city-co"),
        ("springfield-il", "springfield-il"),
        ("  O'Fallon  MO ", "ofallon-mo"),
    ],
)
def test_init_derives_a_valid_id_from_any_name(name: str, expected: str) -> None:
    assert jurisdiction_id_from_name(name) == expected


def test_init_writes_a_file_validate_understands(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "ordinance", "init", "St Marys WI"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert (tmp_path / "st-marys-wi.yaml").is_file()
    assert done.stderr.endswith("then run: ordinance validate st-marys-wi.yaml\n")
    text = (tmp_path / "st-marys-wi.yaml").read_text(encoding="utf-8")
    assert 'id: "st-marys-wi"' in text
    # Every problem left is an empty value to fill in, not a bad id.
    checked = runner.invoke(app, ["validate", str(tmp_path / "st-marys-wi.yaml")])
    assert "id:" not in checked.stderr
    assert "empty; fill it in (Short name. For example: Oakland)" in checked.stderr
    # The clerk and the attorney are not the mayor: their examples are their own offices.
    for line in checked.stderr.splitlines():
        if ": clerk.title: " in line or ": attorney.title: " in line:
            assert "Mayor" not in line and "City Attorney" in line, line


def test_init_quotes_a_file_name_the_shell_would_split(tmp_path: Path) -> None:
    target = tmp_path / "my city.yaml"
    result = runner.invoke(app, ["init", "My City CA", "-o", str(target)])
    assert result.exit_code == 0
    assert result.stderr.endswith(f"then run: ordinance validate '{target}'\n")


def test_init_refuses_a_name_without_letters() -> None:
    result = runner.invoke(app, ["init", "!!!", "-o", "-"])
    assert (result.exit_code, result.stderr) == (
        2,
        "error: !!!: NAME: a name needs letters or digits, e.g. springfield-il\n",
    )


@pytest.mark.parametrize(
    ("chapter", "expected"),
    [
        ('{chaptr: "9.64"}', "code.chapters.old.chaptr: unknown field; did you mean `chapter`?"),
        (
            '{chapter: "9 64"}',
            "code.chapters.old.chapter: expected letters and digits, in parts joined by periods "
            "or hyphens, such as 9.64 or 19 or 19B; found '9 64'",
        ),
    ],
)
def test_messages_reach_into_a_mapping_of_schemes(
    chapter: str, expected: str, tmp_path: Path
) -> None:
    # code.chapters maps a key the user chooses to a scheme: the scheme's fields are known.
    old = '  chapter: "2.95"\n'
    text = edit(old, f"{old}  chapters:\n    old: {chapter}\n")
    assert only_error(text, tmp_path).split(": ", 1)[1] == expected


def test_a_draft_given_where_a_jurisdiction_belongs_says_so(tmp_path: Path) -> None:
    bill = tmp_path / "bill.md"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(bill)]).exit_code == 0
    for command in (["draft", str(bill)], ["draft", str(RIVERTON), "--options", str(bill)]):
        result = runner.invoke(app, command)
        assert result.exit_code == 2
        assert result.stderr == (
            f"error: {bill}:1:1: (file): a draft, not a YAML file; "
            f"`ordinance render {bill}` renders a draft\n"
        )


def test_a_word_document_given_where_yaml_belongs_says_so(tmp_path: Path) -> None:
    bill = tmp_path / "bill.docx"
    assert runner.invoke(app, ["draft", str(RIVERTON), "-o", str(bill)]).exit_code == 0
    result = runner.invoke(app, ["draft", str(bill)])
    assert result.exit_code == 2
    # A Word file is a draft the DOCX reader reads: the message points to render.
    assert result.stderr == (
        f"error: {bill}:1:1: (file): a draft, not a YAML file; `ordinance render {bill}` "
        "renders a draft\n"
    )
