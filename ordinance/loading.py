"""Files -> models. Every failure is an `InputError`, one line a problem:
`file:line:col: field: msg`.

YAML is read with PyYAML (a well-kept parser that exposes node positions, which is what lets an
error name the line of the offending key) under YAML 1.2-like rules: only `true`/`false` are
booleans and dates stay strings until Pydantic parses them, so `NO` or `2019-08` mean what they say.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import InputError, Problem
from .models import DraftOptions, Jurisdiction
from .resources import jurisdiction_path

ModelT = TypeVar("ModelT", bound=BaseModel)
Position = tuple[int, int]  # 1-based line and column
Path_ = tuple[str | int, ...]


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
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = (error.problem or error.context or "invalid YAML").strip()
        raise InputError.single(source, message, "(yaml)", line + line_offset, column) from None
    except yaml.YAMLError as error:  # e.g. a reader error on bad encoding
        raise InputError.single(source, str(error).splitlines()[0], "(yaml)") from None
    positions: dict[Path_, Position] = {}
    problems: list[Problem] = []
    if node is not None:
        _collect_positions(node, (), positions, problems, source, line_offset)
    if problems:
        raise InputError(problems)
    return data, positions


# A path with this last element stands for the start of a mapping's contents: where a missing
# field would have gone, rather than the key that names the mapping.
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
        for item in error.errors(include_url=False):
            loc = tuple(item["loc"])
            inside = (*loc[:-1], INSIDE)
            missing = item["type"] == "missing" and inside in positions
            line, column = positions[inside] if missing else _nearest(positions, loc)
            message = item["msg"]
            message = message[0].lower() + message[1:] if message else "invalid value"
            problems.append(Problem(source, line, column, _dotted(loc), message))
        raise InputError(problems) from None


def _nearest(positions: Mapping[Path_, Position], loc: Path_) -> Position:
    for end in range(len(loc), -1, -1):
        if loc[:end] in positions:
            return positions[loc[:end]]
    return (1, 1)


def read_text(path: Path) -> str:
    """A file's text, or an InputError that says why it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError.single(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError.single(str(path), "is a directory, not a file") from None
    except UnicodeDecodeError as error:
        raise InputError.single(str(path), f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise InputError.single(str(path), error.strerror or "cannot be read") from None


def load_model(model: type[ModelT], path: Path) -> ModelT:
    """Read a YAML file into a model."""
    source = str(path)
    data, positions = parse_yaml(read_text(path), source)
    if not isinstance(data, dict):
        kind = "empty" if data is None else type(data).__name__
        raise InputError.single(source, f"expected a mapping of fields, found {kind}", "(root)")
    return validate(model, data, source, positions)


def load_jurisdiction(name_or_path: str | Path) -> Jurisdiction:
    """A jurisdiction from a YAML file path or the id of a shipped one (`oakland-ca`)."""
    path = Path(name_or_path)
    if not path.exists() and isinstance(name_or_path, str) and "/" not in name_or_path:
        shipped = jurisdiction_path(name_or_path)
        if shipped is None:
            raise InputError.single(
                str(name_or_path),
                "no such file, and no shipped jurisdiction has that id (see `ordinance list`)",
            )
        path = shipped
    return load_model(Jurisdiction, path)


def load_options(path: str | Path | None = None, overrides: Sequence[str] = ()) -> DraftOptions:
    """Drafting options: defaults, then an options file, then `key=value` overrides."""
    data: dict[str, Any] = {}
    positions: dict[Path_, Position] = {}
    source = "options"
    if path is not None:
        source = str(path)
        loaded, positions = parse_yaml(read_text(Path(path)), source)
        if loaded is not None and not isinstance(loaded, dict):
            raise InputError.single(source, "expected a mapping of option names to values")
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
            return Problem(f"--set {override}", 0, 0, problem.field, problem.message)
    return problem


def apply_override(data: dict[str, Any], override: str) -> None:
    """Apply one `dotted.key=value` (value read as a YAML scalar or flow list) to nested data."""
    key, sep, raw = override.partition("=")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*", key):
        raise InputError.single(f"--set {override}", "expected key=value", "(argument)", line=0)
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
