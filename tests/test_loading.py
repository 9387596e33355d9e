"""Loading files: every problem is one line naming the file, line, column and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordinance import InputError, load_jurisdiction, load_options
from ordinance.loading import parse_yaml

from .conftest import RIVERTON


def write(tmp_path: Path, text: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one_problem(error: pytest.ExceptionInfo[InputError]) -> str:
    (problem,) = error.value.problems
    return str(problem)


def test_missing_field_points_into_its_mapping(tmp_path: Path) -> None:
    text = RIVERTON.read_text(encoding="utf-8").replace("  name: City Council\n", "")
    path = write(tmp_path, text)
    with pytest.raises(InputError) as error:
        load_jurisdiction(path)
    # Where the field would have gone: the first line inside governing_body.
    line = text.splitlines().index("governing_body:") + 2
    assert one_problem(error) == f"{path}:{line}:3: governing_body.name: field required"


def test_wrong_type_points_at_the_value(tmp_path: Path) -> None:
    text = RIVERTON.read_text(encoding="utf-8").replace("districts: 7", "districts: seven")
    path = write(tmp_path, text)
    with pytest.raises(InputError) as error:
        load_jurisdiction(path)
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "districts: seven" in t)
    assert one_problem(error).startswith(
        f"{path}:{line}:3: governing_body.districts: expected a whole number"
    )


def test_list_items_are_named_by_index(tmp_path: Path) -> None:
    text = RIVERTON.read_text(encoding="utf-8").replace('since: "2021"', 'since: "last year"')
    expected = r"partnerships\[1\]\.since: expected a date such as 2020-03-03"
    with pytest.raises(InputError, match=expected):
        load_jurisdiction(write(tmp_path, text))


def test_yaml_syntax_error(tmp_path: Path) -> None:
    path = write(tmp_path, "id: x\nname: [unclosed\nkind: city\n")
    with pytest.raises(InputError) as error:
        load_jurisdiction(path)
    # The bracket that never closes, under the key it belongs to; not where the parser gave up.
    assert one_problem(error) == (
        f"{path}:2:7: name: this [list] is never closed with ] (or a comma is missing)"
    )


def test_duplicate_keys_are_errors_not_silently_merged(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"x.yaml:2:1: name: duplicate key"):
        load_jurisdiction(write(tmp_path, "name: A\nname: B\n"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "expected a mapping of fields, found empty"),
        ("- a\n- b\n", "found a list"),
        ("just text\n", "found text"),
    ],
)
def test_the_root_must_be_a_mapping(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        load_jurisdiction(write(tmp_path, text))


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        load_jurisdiction(tmp_path / "absent.yaml")
    with pytest.raises(InputError, match="is a directory"):
        load_jurisdiction(tmp_path)
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"name: \xff\xfe\n")
    with pytest.raises(InputError, match="not UTF-8"):
        load_jurisdiction(binary)


def test_yaml_1_2_scalars() -> None:
    data, _ = parse_yaml("state: NO\nflag: yes\nok: true\nsince: 2019-08-05\nversion: 2\n", "x")
    assert data == {"state": "NO", "flag": "yes", "ok": True, "since": "2019-08-05", "version": 2}


def test_options_file_then_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, "hearing_notice_days: 40\nmetadata:\n  version: '3'\n", "options.yaml")
    options = load_options(path, ["comment_period_days=50", "metadata.status=introduced"])
    assert (options.hearing_notice_days, options.comment_period_days) == (40, 50)
    assert options.metadata.version == "3" and options.metadata.status.value == "introduced"


def test_option_errors_name_the_file_line(tmp_path: Path) -> None:
    path = write(tmp_path, "hearing_notice_days: 40\nexigent_use_days: many\n", "options.yaml")
    with pytest.raises(InputError) as error:
        load_options(path)
    assert one_problem(error).startswith(f"{path}:2:1: exigent_use_days: expected a whole number")


def test_a_line_break_given_with_set_is_refused() -> None:
    # A double-quoted YAML value may spell a line break as \n; it would break the front matter.
    with pytest.raises(InputError) as error:
        load_options(None, ['metadata.version="2\\nb"'])
    assert one_problem(error) == (
        '--set metadata.version="2\\nb": metadata.version: contains a line break; a value is '
        "printed inside a sentence, so write it as one paragraph"
    )
