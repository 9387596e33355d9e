"""Files -> models. Every failure is an `InputError`, one line a problem:
`file:line:col: field: msg`.

YAML is read with PyYAML (a well-kept parser that exposes node positions, which is what lets an
error name the line of the offending key) under YAML 1.2-like rules: only `true`/`false` are
booleans and dates stay strings until Pydantic parses them, so `NO` or `2019-08` mean what they say.

Input files are not trusted (SECURITY.md): a file over `MAX_YAML_BYTES` is refused before it is
read, and a document whose aliases would expand to more than `MAX_YAML_VALUES` values, or that nests
deeper than `MAX_YAML_DEPTH`, is refused before anything walks it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError, Problem
from .messages import describe, explain, list_hint_for_set, merge_misspellings
from .models import DraftOptions, Jurisdiction
from .models.checks import LINE_BREAK_MESSAGE, XML_INVALID, control_character_message
from .resources import jurisdiction_path

ModelT = TypeVar("ModelT", bound=BaseModel)
Position = tuple[int, int]  # 1-based line and column
Path_ = tuple[str | int, ...]

# The largest shipped jurisdiction file is about 7 KB; a quarter of a mebibyte leaves room for
# any real one while keeping parsing well under a second.
MAX_YAML_BYTES = 256 * 1024
# Markdown drafts: the largest shipped draft is about 100 KB.
MAX_DRAFT_BYTES = 2 * 1024 * 1024
# Values (mappings, lists, scalars) a YAML document may hold, as written and once its aliases are
# expanded. A real jurisdiction file has a few hundred; building 20,000 takes PyYAML about 0.1 s.
MAX_YAML_VALUES = 20_000
MAX_YAML_DEPTH = 50

# libyaml's parser when PyYAML was built with it (several times faster); the pure-Python one else.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader without YAML 1.1 surprises (yes/no/on/off booleans, implicit dates)."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def parse_yaml(text: str, source: str, line_offset: int = 0) -> tuple[Any, dict[Path_, Position]]:
    """Parse YAML into Python data and a map from each key path to its position in the file."""
    try:
        _count_values(text, source, line_offset)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is not None:
                _check_size(node, source, line_offset)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text, source, line_offset) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, e.g. NUL
        line, column = _line_column(text, error.position)
        message = f"character U+{error.character:04X} is not allowed in YAML ({error.reason})"
        raise InputError.single(
            source, message, _key_path_at(text, line), line + line_offset, column
        ) from None
    except yaml.YAMLError as error:
        raise InputError.single(source, str(error).splitlines()[0], "(yaml)") from None
    except RecursionError:  # the pure-Python parser on deep nesting (libyaml stops at 1000)
        raise InputError.single(
            source, "nested too deeply", _key_path_at(text, 1), 1 + line_offset
        ) from None
    positions: dict[Path_, Position] = {}
    problems: list[Problem] = []
    if node is not None:
        _collect_positions(node, (), positions, problems, source, line_offset)
        bad_characters = _xml_invalid_characters(data, positions, source)
        problems.extend(sorted(bad_characters, key=lambda p: (p.line, p.column)))
    if problems:
        raise InputError(problems)
    return data, positions


_VALUE_EVENTS = (yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent)


def _count_values(text: str, source: str, line_offset: int) -> None:
    """Refuse a document with too many values as written, from the parser's events alone.

    Building nodes costs several times what parsing does (each scalar's type is resolved in
    Python), so a large file is refused before any node is built.
    """
    loader = _Loader(text)
    try:
        count = 0
        while loader.check_event():
            event = loader.get_event()
            count += isinstance(event, _VALUE_EVENTS)
            if count > MAX_YAML_VALUES:
                line = event.start_mark.line + 1
                raise InputError.single(
                    source,
                    f"holds more than {MAX_YAML_VALUES:,} values (a jurisdiction file has a "
                    "few hundred)",
                    _key_path_at(text, line),
                    line + line_offset,
                    event.start_mark.column + 1,
                )
    finally:
        loader.dispose()


def _check_size(root: yaml.Node, source: str, line_offset: int) -> None:
    """Refuse alias bombs, alias cycles and deep nesting before anything walks the node graph.

    Aliases make the graph a DAG whose expansion can be exponential ("billion laughs"), so sizes
    are memoized per node: the check itself stays linear in the file.
    """
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def refuse(node: yaml.Node, path: Path_, message: str) -> InputError:
        mark = node.start_mark
        return InputError.single(
            source, message, _dotted(path), mark.line + 1 + line_offset, mark.column + 1
        )

    def size(node: yaml.Node, path: Path_) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise refuse(node, path, "an alias refers to the mapping or list that contains it")
        if len(path) > MAX_YAML_DEPTH:
            raise refuse(node, path, f"nested more than {MAX_YAML_DEPTH} levels deep")
        open_nodes.add(key)
        total = 1
        for child_path, child in _children(node, path):
            total += size(child, child_path)
            if total > MAX_YAML_VALUES:
                raise refuse(
                    node,
                    path,
                    f"expands to more than {MAX_YAML_VALUES:,} values (aliases repeated inside "
                    "aliases?); write the values out instead",
                )
        open_nodes.discard(key)
        sizes[key] = total
        return total

    size(root, ())


def _children(node: yaml.Node, path: Path_) -> Iterator[tuple[Path_, yaml.Node]]:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            yield (*path, str(key_node.value)), key_node
            yield (*path, str(key_node.value)), value_node
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield (*path, index), item


# What a reader of the file should do about PyYAML's commonest complaints.
_YAML_ADVICE = (
    ("cannot start any token", "a value cannot start with this character; quote the value"),
    (
        "could not find expected ':'",
        "expected `key: value` (a missing colon, or an unclosed quote or bracket above)",
    ),
)

_UNCLOSED = (
    ("quoted scalar", "this quoted value is never closed (a missing quote mark?)"),
    ("simple key", "expected `key: value` (a missing colon?)"),
    ("flow sequence", "this [list] is never closed with ] (or a comma is missing)"),
    ("flow mapping", "this {mapping} is never closed with } (or a comma is missing)"),
)


def _syntax_error(
    error: yaml.MarkedYAMLError, text: str, source: str, line_offset: int
) -> InputError:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    message = next((advice for clue, advice in _YAML_ADVICE if clue in problem), "")
    if mark is not None and text[mark.index : mark.index + 1] == "\t":
        message = "a tab character: YAML indents with spaces only"
    opened = next((what for clue, what in _UNCLOSED if clue in context), None)
    quote = _unclosed_quote(text, line)
    if opened and error.context_mark is not None:
        # Where the parser gave up is not where the mistake is: the quote or bracket that
        # never closes, or the key without a colon, is.
        line, column = error.context_mark.line + 1, error.context_mark.column + 1
        message = opened
    elif quote is not None:
        line, column = quote
        message = _UNCLOSED[0][1]
    if not message:
        message = f"{context}: {problem}" if context and problem else (problem or context)
    field = _key_path_at(text, line, bare_key="simple key" in context)
    return InputError.single(source, message or "invalid YAML", field, line + line_offset, column)


_QUOTED_VALUE = re.compile(r"""^ *(?:- +)?[A-Za-z_][\w-]* *: +(["'])(.*)$""")


def _unclosed_quote(text: str, line: int) -> Position | None:
    """The first `key: "value` at or before `line` whose quote does not close on its own line.

    A quoted value may run over several lines, so the parser reports such a mistake wherever
    the next quote mark confuses it; this finds where it began. Only asked after a syntax error.
    """
    for number, content in enumerate(text.splitlines()[:line], 1):
        match = _QUOTED_VALUE.match(content)
        if match is None:
            continue
        quote, rest = match.groups()
        rest = (
            rest.replace("\\\\", "").replace('\\"', "") if quote == '"' else rest.replace("''", "")
        )
        if quote not in rest:
            return number, match.start(1) + 1
    return None


_BLOCK_KEY = re.compile(r"^( *)(?:- +)?([A-Za-z_][\w-]*) *:(?: |$)")
_BARE_KEY = re.compile(r"^( *)(?:- +)?([A-Za-z_][\w-]*)")


def _key_path_at(text: str, line: int, bare_key: bool = False) -> str:
    """The dotted key path a block-style YAML line sits under, for errors the parser cannot place
    in a node; "(yaml)" when the lines above give no key. With `bare_key`, the line's first word
    is a key that lacks its colon."""
    stack: list[tuple[int, str]] = []
    for number, content in enumerate(text.splitlines(), 1):
        if number > line:
            break
        match = _BLOCK_KEY.match(content)
        if match is None and bare_key and number == line:
            match = _BARE_KEY.match(content)
        if match is None:
            continue
        indent = match.start(2)  # a list item's first key lines up with the keys after it
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, match.group(2)))
    return ".".join(key for _, key in stack) or "(yaml)"


def _line_column(text: str, offset: int) -> Position:
    before = text[:offset]
    line = before.count("\n") + 1
    return line, offset - (before.rfind("\n") + 1) + 1


# A place in the file for each key path. INSIDE stands for the start of a mapping's contents:
# where a missing field would have gone, rather than the key that names the mapping.
INSIDE = "<inside>"


def _collect_positions(
    node: yaml.Node,
    path: Path_,
    positions: dict[Path_, Position],
    problems: list[Problem],
    source: str,
    line_offset: int,
) -> None:
    positions[path] = (node.start_mark.line + 1 + line_offset, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        positions[(*path, INSIDE)] = positions[path]
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            child = (*path, key)
            if key in seen:  # PyYAML would silently keep the last one
                problems.append(
                    Problem(
                        source,
                        key_node.start_mark.line + 1 + line_offset,
                        key_node.start_mark.column + 1,
                        _dotted(child),
                        "duplicate key",
                    )
                )
            seen.add(key)
            _collect_positions(value_node, child, positions, problems, source, line_offset)
            positions[child] = (
                key_node.start_mark.line + 1 + line_offset,
                key_node.start_mark.column + 1,
            )
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_positions(item, (*path, index), positions, problems, source, line_offset)


def _xml_invalid_characters(
    data: Any, positions: Mapping[Path_, Position], source: str
) -> Iterator[Problem]:
    """A problem for each string (key or value) holding a character no document format can
    carry; YAML lets them in through escapes such as "\\x01"."""
    pending: list[tuple[Path_, Any]] = [((), data)]
    while pending:
        path, value = pending.pop()
        if isinstance(value, dict):
            pending.extend(((*path, str(k)), v) for k, v in value.items())
            texts = [str(k) for k in value]
        elif isinstance(value, list):
            pending.extend(((*path, i), v) for i, v in enumerate(value))
            texts = []
        else:
            texts = [value] if isinstance(value, str) else []
        for text in texts:
            found = XML_INVALID.search(text)
            if found:
                line, column = _nearest(positions, path)
                message = control_character_message(found.group())
                yield Problem(source, line, column, _dotted(path), message)


def _refuse_line_breaks(data: Any, positions: Mapping[Path_, Position], source: str) -> None:
    """Every value of a jurisdiction or options file is printed inside a sentence or heading, so
    a line break inside one (a "\\n" escape, a `|` block, a blank line in a `>` block) would break
    the draft's structure. Folded lines (`>`, or a plain value over several lines) are fine."""
    problems = [
        Problem(source, *_nearest(positions, path), _dotted(path), LINE_BREAK_MESSAGE)
        for path, text in _strings(data)
        if "\n" in text.strip() or "\r" in text.strip()
    ]
    if problems:
        raise InputError(sorted(problems, key=lambda p: (p.line, p.column)))


def _strings(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, str]]:
    """Every text value in parsed YAML, with its key path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*path, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def _dotted(path: Sequence[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(root)"


def validate(
    model: type[ModelT],
    data: Any,
    source: str,
    positions: Mapping[Path_, Position] | None = None,
) -> ModelT:
    """Validate data against a model; errors point at the nearest known position in the file."""
    positions = positions or {}
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = []
        for item in merge_misspellings(model, error.errors(include_url=False)):
            loc, message = explain(model, item)
            inside = (*loc[:-1], INSIDE)
            missing = item["type"] == "missing" and inside in positions
            line, column = positions[inside] if missing else _nearest(positions, loc)
            problems.append(Problem(source, line, column, _dotted(loc), message))
        raise InputError(problems) from None


def _nearest(positions: Mapping[Path_, Position], loc: Path_) -> Position:
    for end in range(len(loc), -1, -1):
        if loc[:end] in positions:
            return positions[loc[:end]]
    return (1, 1)


def read_text(path: Path, limit: int = MAX_DRAFT_BYTES) -> str:
    """A file's text (a leading UTF-8 byte-order mark dropped), or an InputError that says why it
    cannot be read. Files over `limit` bytes are refused before they are read."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError.single(source, f"is {size:,} bytes; {_LIMIT_TEXT.format(limit)}")
        with path.open("rb") as stream:
            data = stream.read(limit + 1)  # a pipe or device has no size to check beforehand
    except FileNotFoundError:
        raise InputError.single(source, "no such file") from None
    except IsADirectoryError:
        raise InputError.single(source, "is a directory, not a file") from None
    except OSError as error:
        raise InputError.single(source, error.strerror or "cannot be read") from None
    if len(data) > limit:
        raise InputError.single(source, f"is over {limit:,} bytes; {_LIMIT_TEXT.format(limit)}")
    if data.startswith(b"PK\x03\x04"):
        raise InputError.single(source, "a zip archive such as a Word document, not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        readable = data.decode("utf-8-sig", errors="replace")
        raise InputError.single(
            source,
            f"not UTF-8 text (byte 0x{data[error.start]:02X}: {error.reason}); save the file as "
            "UTF-8",
            _key_path_at(readable, line),
            line,
            column,
        ) from None


_LIMIT_TEXT = "files of this kind are limited to {:,} bytes (see SECURITY.md)"


def _refuse_drafts(path: Path) -> None:
    """A draft given where a YAML file belongs (`draft bill.md`): say so, rather than report
    the YAML errors its Markdown makes."""
    from .drafts import is_draft

    if is_draft(path):
        raise InputError.single(
            str(path),
            f"a draft, not a YAML file; `ordinance render {path}` renders a draft",
        )


def load_model(model: type[ModelT], path: Path, single_line: bool = False) -> ModelT:
    """Read a YAML file into a model. With `single_line`, no text value may hold a line break."""
    source = str(path)
    _refuse_drafts(path)
    data, positions = parse_yaml(read_text(path, MAX_YAML_BYTES), source)
    if single_line:
        _refuse_line_breaks(data, positions, source)
    if not isinstance(data, dict):
        kind = "empty" if data is None else describe(data)
        raise InputError.single(source, f"expected a mapping of fields, found {kind}", "(root)")
    return validate(model, data, source, positions)


def load_jurisdiction(name_or_path: str | Path) -> Jurisdiction:
    """A jurisdiction from a YAML file path or the id of a shipped one (`oakland-ca`)."""
    path = Path(name_or_path)
    if not path.exists() and len(path.parts) == 1 and not path.suffix:
        shipped = jurisdiction_path(str(name_or_path))
        if shipped is None:
            raise InputError.single(
                str(name_or_path),
                "no such file, and no shipped jurisdiction has that id (see `ordinance list`)",
            )
        path = shipped
    return load_model(Jurisdiction, path, single_line=True)


def load_options(path: str | Path | None = None, overrides: Sequence[str] = ()) -> DraftOptions:
    """Drafting options: defaults, then an options file, then `key=value` overrides."""
    data: dict[str, Any] = {}
    positions: dict[Path_, Position] = {}
    source = "options"
    if path is not None:
        source = str(path)
        _refuse_drafts(Path(path))
        loaded, positions = parse_yaml(read_text(Path(path), MAX_YAML_BYTES), source)
        _refuse_line_breaks(loaded, positions, source)
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError.single(
                source, f"expected a mapping of option names to values, found {describe(loaded)}"
            )
        data = loaded or {}
    for override in overrides:
        apply_override(data, override)
    try:
        return validate(DraftOptions, data, source, positions)
    except InputError as error:
        raise InputError([_blame_override(p, overrides) for p in error.problems]) from None


def _blame_override(problem: Problem, overrides: Sequence[str]) -> Problem:
    """Point a problem with an overridden option at the --set argument rather than the file."""
    for override in reversed(overrides):
        key = override.partition("=")[0]
        field = problem.field
        if field == key or field.startswith(key + ".") or key.startswith(field + "."):
            message = problem.message
            if field == key and message.startswith("expected a list"):
                message = list_hint_for_set(key)
            return Problem(f"--set {override}", 0, 0, problem.field, message)
    return problem


def apply_override(data: dict[str, Any], override: str) -> None:
    """Apply one `dotted.key=value` (value read as a YAML scalar or flow list) to nested data."""
    key, sep, raw = override.partition("=")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", key):
        raise InputError.single(
            f"--set {override}",
            "expected key=value, e.g. --set hearing_notice_days=45",
            "(argument)",
            line=0,
        )
    try:
        value, _ = parse_yaml(raw, f"--set {override}") if raw.strip() else (raw, {})
    except InputError as error:
        message = error.problems[0].message
        raise InputError.single(f"--set {override}", message, key, line=0) from None
    target = data
    *parents, last = key.split(".")
    for part in parents:
        nested = target.setdefault(part, {})
        if not isinstance(nested, dict):
            raise InputError.single(
                f"--set {override}", f"{part} is not a group of options", key, line=0
            )
        target = nested
    target[last] = value
