"""A corpus of bad input files, generated from the test jurisdiction: each breaks it one way.

Used by tests/test_bad_inputs.py (every case is refused with one precise line) and by
benchmarks/bench_bad_inputs.py (every case is answered quickly). Each case names the field and
line its one error must report, so a message that drifts to the wrong place fails the tests.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ordinance.loading import MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_VALUES

RIVERTON = Path(__file__).parent / "fixtures" / "riverton-ca.yaml"
TEXT = RIVERTON.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    field: str  # the field the one error line names
    line: int  # the line it names
    message: str  # words the message must contain
    kind: str = "jurisdiction"  # or "options": given to --options rather than as the file
    size: int = 0  # when set, the file is this many bytes (sparse), its content irrelevant


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of `needle`."""
    return text[: text.index(needle)].count("\n") + 1


def edit(old: str, new: str, text: str = TEXT) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def _replaced(name: str, old: str, new: str, field: str, message: str, at: str = "") -> Case:
    """A case that replaces one piece of the test file; the error is on the line of `at` (or of
    the replacement)."""
    text = edit(old, new)
    return Case(name, text.encode(), field, line_of(text, at or new), message)


def _text(name: str, text: str, field: str, line: int, message: str, kind: str = "") -> Case:
    return Case(name, text.encode(), field, line, message, kind or "jurisdiction")


def _alias_bomb(levels: int = 9, width: int = 9) -> str:
    """ "Billion laughs": each anchor is a list of `width` aliases of the one before."""
    names = [f"l{i}" for i in range(levels)]
    lines = [f"{names[0]}: &{names[0]} [{', '.join(['lol'] * width)}]"]
    for previous, name in itertools.pairwise(names):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * width)}]")
    return "\n".join(lines) + "\n"


def _yaml_syntax() -> Iterator[Case]:
    yield _replaced(
        "tab-indent",
        "  name: Riverton Municipal Code\n",
        "\tname: Riverton Municipal Code\n",
        "code",
        "tab character",
        at="\tname",
    )
    yield _replaced(
        "unclosed-double-quote",
        '  chapter: "2.95"',
        '  chapter: "2.95',
        "code.chapter",
        "never closed",
        at='"2.95',
    )
    yield _replaced(
        "unclosed-single-quote",
        "  name: City Council",
        "  name: 'City Council",
        "governing_body.name",
        "never closed",
    )
    yield _replaced(
        "unclosed-flow-list",
        "languages: [English, Spanish, Vietnamese]",
        "languages: [English, Spanish, Vietnamese",
        "languages",
        "never closed",
    )
    yield _replaced(
        "unclosed-flow-mapping",
        'numbering: {separator: ".", width: 3, step: 10}',
        'numbering: {separator: ".", width: 3, step: 10',
        "code.numbering",
        "never closed",
    )
    yield _replaced(
        "duplicate-top-level-key",
        "kind: city\n",
        "kind: city\nname: Riverton Again\n",
        "name",
        "duplicate key",
        at="name: Riverton Again",
    )
    yield _replaced(
        "duplicate-nested-key",
        "  short_name: Council\n",
        "  short_name: Council\n  short_name: Board\n",
        "governing_body.short_name",
        "duplicate key",
        at="  short_name: Board",
    )
    yield _replaced(
        "value-then-mapping",
        "  name: Riverton Municipal Code\n",
        "  name: Riverton Municipal Code\n    extra: indented too far\n",
        "code.name.extra",
        "mapping values are not allowed",
        at="    extra",
    )
    yield _replaced(
        "missing-colon",
        "  member_title: Councilmember\n",
        "  member_title Councilmember\n",
        "governing_body.member_title",
        "a missing colon",
        at="  member_title",
    )


def _structure() -> Iterator[Case]:
    yield _text("root-list", "- id: x\n- name: y\n", "(root)", 1, "found a list")
    yield _text("root-scalar", "Riverton, California\n", "(root)", 1, "found text")
    yield _text("empty", "", "(root)", 1, "found empty")
    yield _text("only-comments", "# nothing here yet\n# still nothing\n", "(root)", 1, "empty")
    yield _replaced(
        "scalar-for-mapping",
        "executive:\n  title: City Manager\n  approves_ordinances: false\n",
        "executive: City Manager\n",
        "executive",
        "expected fields indented under",
    )
    yield _replaced(
        "list-for-mapping",
        "clerk:\n  title: City Clerk\n",
        "clerk:\n  - City Clerk\n",
        "clerk",
        "expected fields indented under",
        at="clerk:",
    )
    yield _replaced(
        "mapping-for-list",
        "languages: [English, Spanish, Vietnamese]",
        "languages: {first: English}",
        "languages",
        "expected a list",
    )
    yield _replaced(
        "scalar-for-list",
        "languages: [English, Spanish, Vietnamese]",
        "languages: English",
        "languages",
        "expected a list",
    )
    yield _replaced(
        "list-for-scalar",
        "name: Riverton\n",
        "name: [Riverton, Rivertown]\n",
        "name",
        "valid string",
    )


def _encoding() -> Iterator[Case]:
    yield Case("binary-png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "(yaml)", 1, "not UTF-8")
    latin = edit("name: Riverton\n", "name: Rivert\xf3n\n").encode("latin-1")
    yield Case("latin-1", latin, "name", line_of(TEXT, "name: Riverton"), "not UTF-8")
    yield Case("utf-16", TEXT.encode("utf-16"), "(yaml)", 1, "not UTF-8")
    nul = edit("name: Riverton\n", "name: River\x00ton\n")
    yield Case("nul-byte", nul.encode(), "name", line_of(TEXT, "name: Riverton"), "U+0000")
    escaped = edit("official_name: City of Riverton", 'official_name: "City of\\x01 Riverton"')
    yield _text(
        "escaped-control-character",
        escaped,
        "official_name",
        line_of(escaped, "official_name"),
        "control character U+0001",
    )


def _first_refused_level(width: int = 9) -> int:
    """The alias bomb's first level whose expansion is over the limit: the one the error names."""
    level, size = 0, 1 + width
    while size <= MAX_YAML_VALUES:
        level, size = level + 1, 1 + width * size
    return level


BOMB_LEVEL = _first_refused_level()


def _line_breaks() -> Iterator[Case]:
    escaped = edit("official_name: City of Riverton", 'official_name: "City of\\nRiverton"')
    yield _text(
        "escaped-line-break",
        escaped,
        "official_name",
        line_of(escaped, "official_name"),
        "contains a line break",
    )
    literal = edit("  name: City Council\n", "  name: |\n    City\n    Council\n")
    yield _text(
        "literal-block-in-name",
        literal,
        "governing_body.name",
        line_of(literal, "  name: |"),
        "contains a line break",
    )


def _hostile() -> Iterator[Case]:
    yield _text(
        "alias-bomb",
        _alias_bomb(),
        f"l{BOMB_LEVEL}",
        BOMB_LEVEL + 1,
        f"more than {MAX_YAML_VALUES:,} values",
    )
    yield _text(
        "alias-bomb-after-real-fields",
        TEXT + _alias_bomb(),
        f"l{BOMB_LEVEL}",
        TEXT.count("\n") + BOMB_LEVEL + 1,
        f"more than {MAX_YAML_VALUES:,} values",
    )
    yield _text("alias-cycle", "a: &a [*a]\n", "a[0]", 1, "alias refers to")
    deep = "x: " + "[" * (MAX_YAML_DEPTH + 5) + "]" * (MAX_YAML_DEPTH + 5) + "\n"
    yield _text("deep-flow-nesting", deep, f"x{'[0]' * MAX_YAML_DEPTH}", 1, "nested more than")
    block = "".join("  " * i + f"k{i}:\n" for i in range(MAX_YAML_DEPTH + 5)) + "  " * 60 + "v\n"
    path = ".".join(f"k{i}" for i in range(MAX_YAML_DEPTH + 1))
    yield _text("deep-block-nesting", block, path, MAX_YAML_DEPTH + 1, "nested more than")
    yield _text("parser-nesting-limit", "x: " + "[" * 2000 + "\n", "x", 1, "nest")
    many = "v: [" + ",".join(["1"] * (MAX_YAML_VALUES + 1)) + "]\n"
    yield _text("too-many-values", many, "v", 1, f"holds more than {MAX_YAML_VALUES:,} values")
    many_keys = "".join(f"k{i}: {i}\n" for i in range(MAX_YAML_VALUES))
    yield _text(
        "too-many-keys",
        many_keys,
        f"k{MAX_YAML_VALUES // 2 - 1}",
        MAX_YAML_VALUES // 2,
        "holds more than",
    )
    yield Case("just-over-size-limit", b"", "(file)", 1, "limited to", size=MAX_YAML_BYTES + 1)
    yield Case("sixty-megabytes", b"", "(file)", 1, "limited to", size=60_000_000)


def _unknown_keys() -> Iterator[Case]:
    yield _replaced(
        "misspelt-top-level-key",
        "official_name: City of Riverton",
        "oficial_name: City of Riverton",
        "oficial_name",
        "did you mean `official_name`?",
    )
    yield _replaced(
        "misspelt-nested-key",
        "  short_name: Council",
        "  shortname: Council",
        "governing_body.shortname",
        "did you mean `short_name`?",
    )
    yield _replaced(
        "misspelt-key-in-list-item",
        "  - vendor: Ring LLC",
        "  - vendr: Ring LLC",
        "partnerships[0].vendr",
        "did you mean `vendor`?",
    )


def _wrong_values() -> Iterator[Case]:
    yield _replaced(
        "word-for-number",
        "districts: 7",
        "districts: seven",
        "governing_body.districts",
        "expected a whole number",
    )
    yield _replaced(
        "fraction-for-number",
        "districts: 7",
        "districts: 7.5",
        "governing_body.districts",
        "fractional part",
    )
    yield _replaced(
        "word-for-boolean",
        "approves_ordinances: false",
        "approves_ordinances: perhaps",
        "executive.approves_ordinances",
        "expected true or false",
    )
    yield _replaced("unknown-kind", "kind: city", "kind: metropolis", "kind", "'city', 'town'")
    yield _replaced(
        "unknown-agency-kind",
        "kind: police department",
        "kind: police",
        "agencies[0].kind",
        "police department",
    )
    yield _replaced(
        "negative-width",
        "width: 3,",
        "width: -3,",
        "code.numbering.width",
        "greater than or equal to 0",
    )
    yield _replaced(
        "zero-districts", "districts: 7", "districts: 0", "governing_body.districts", "greater"
    )
    yield _replaced(
        "width-out-of-range",
        "width: 3",
        "width: 9",
        "code.numbering.width",
        "less than or equal to 4",
        at="numbering:",
    )
    yield _replaced(
        "month-thirteen",
        'since: "2019-08"',
        'since: "2019-13"',
        "partnerships[0].since",
        "a month such as 2020-03",
    )
    yield _replaced(
        "february-30",
        'since: "2019-08"',
        'since: "2021-02-30"',
        "partnerships[0].since",
        "not a real date: February 2021 has 28 days",
    )
    yield _replaced(
        "since-in-words",
        'since: "2021"',
        "since: last spring",
        "partnerships[1].since",
        "a year such as 2020",
    )
    yield _replaced(
        "unknown-state-code",
        "state: CA",
        "state: XX",
        "state",
        "expected a two-letter state code, such as CA",
    )
    yield _replaced(
        "id-with-spaces", "id: riverton-ca", "id: St Marys WI", "id", "such as oakland-ca"
    )
    yield _replaced(
        "chapter-with-space", 'chapter: "2.95"', 'chapter: "2 95"', "code.chapter", "such as 9.64"
    )
    yield _replaced(
        "slash-separator",
        'separator: "."',
        'separator: "/"',
        "code.numbering.separator",
        "input should be '.', '-'",
        at="numbering:",
    )
    yield _replaced(
        "not-a-url",
        "url: https://example.org/riverton",
        "url: the city website",
        "sources[0].url",
        "URL",
    )
    yield _replaced(
        "partnership-names-unknown-agency",
        "    agency: Riverton Police Department\n    access: request",
        "    agency: Riverton Sheriff\n    access: request",
        "partnerships[0].agency",
        "'Riverton Sheriff' is not one of the agencies",
        at="Riverton Sheriff",
    )
    yield _replaced(
        "empty-list",
        "languages: [English, Spanish, Vietnamese]",
        "languages: []",
        "languages",
        "at least 1 item",
    )
    yield _replaced("empty-string", "name: Riverton\n", 'name: ""\n', "name", "empty; fill it in")
    text = edit("  name: City Council\n", "")
    yield _text(
        "missing-field",
        text,
        "governing_body.name",
        line_of(text, "governing_body:") + 1,
        "field required",
    )


def _options() -> Iterator[Case]:
    def options(name: str, text: str, field: str, line: int, message: str) -> Case:
        return _text(name, text, field, line, message, kind="options")

    yield options(
        "options-negative-days",
        "comment_period_days: 40\nhearing_notice_days: -5\n",
        "hearing_notice_days",
        2,
        "greater than or equal to 1",
    )
    yield options(
        "options-february-30",
        "metadata:\n  version: '2'\n  date: 2027-02-30\n",
        "metadata.date",
        3,
        "day value is outside expected range",
    )
    yield options(
        "options-misspelt-key",
        "hearing_notice_day: 45\n",
        "hearing_notice_day",
        1,
        "did you mean `hearing_notice_days`?",
    )
    yield options("options-list", "- hearing_notice_days: 45\n", "(file)", 1, "found a list")
    yield options(
        "options-alias-bomb",
        _alias_bomb(),
        f"l{BOMB_LEVEL}",
        BOMB_LEVEL + 1,
        "more than",
    )


_GROUPS: tuple[Callable[[], Iterator[Case]], ...] = (
    _yaml_syntax,
    _structure,
    _encoding,
    _line_breaks,
    _hostile,
    _unknown_keys,
    _wrong_values,
    _options,
)


def cases() -> list[Case]:
    found = [case for group in _GROUPS for case in group()]
    assert len({case.name for case in found}) == len(found), "case names must be unique"
    return found


def write_case(case: Case, directory: Path) -> Path:
    """The case's file in `directory`, named after the case."""
    path = directory / f"{case.name}.yaml"
    if case.size:
        with path.open("wb") as stream:
            stream.truncate(case.size)  # sparse: the size is what matters, not the bytes
    else:
        path.write_bytes(case.data)
    return path


# What the CLI prints for each: one line, file:line:column: field: message.
ONE_LINE = re.compile(
    r"^error: (?P<file>.+?):(?P<line>\d+):(?P<column>\d+): (?P<field>\S+): (?P<message>.+)$"
)
