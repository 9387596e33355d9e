"""Validation errors in words a new user can act on, worded from the models' own metadata.

Pydantic reports what failed ("string should match pattern '^[A-Z]{2}$'", "extra inputs are not
permitted"); these functions say what was expected instead, with an example, and name the closest
known field when a key is misspelt. They read the models (field names, descriptions, examples,
patterns) and never change them.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ErrorDetails

Loc = tuple[str | int, ...]

# What each pattern the models use means, in words. A pattern missing here is explained from the
# field's description and examples instead.
_FORMS = {
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "lower-case letters and digits, words joined by hyphens",
    r"^[A-Z]{2}$": "a two-letter state code in capitals",
    r"^[(\[]?(a|A|1|i|I)[)\].]$": "a label style such as (a), (1), (A), (i) or 1.",
    r"^[A-Za-z0-9]+([.\-][A-Za-z0-9]+)*$": "letters and digits, in parts joined by periods or "
    "hyphens",
    r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$": "a date such as 2020-03-03, a month "
    "such as 2020-03 or a year such as 2020",
}
_MONTH_DAY = re.compile(r"^\^\(January\|February\|.*\) \(")

# Where the user can read every field of a file kind, for unknown keys with no near miss.
_SCHEMA_COMMANDS = {"Jurisdiction": "ordinance schema", "DraftOptions": "ordinance schema options"}

# A validator on a list reports a problem with one item as "item N: <field> <what is wrong>",
# so that the error can point at that item's own field and line.
_ITEM_PROBLEM = re.compile(r"^item (\d+): ([A-Za-z_]\w*) (.+)$", re.DOTALL)


def merge_misspellings(model: type[BaseModel], errors: list[ErrorDetails]) -> list[ErrorDetails]:
    """Drop "field required" where an unknown key beside it is that field misspelt: the file has
    one mistake, and the unknown key's message names the field."""
    missing = {tuple(e["loc"]) for e in errors if e["type"] == "missing"}
    explained = set()
    for error in errors:
        loc = tuple(error["loc"])
        if error["type"] == "extra_forbidden":
            guess = _nearest_field(model, loc)
            if guess is not None and (*loc[:-1], guess) in missing:
                explained.add((*loc[:-1], guess))
    return [e for e in errors if e["type"] != "missing" or tuple(e["loc"]) not in explained]


def explain(model: type[BaseModel], error: ErrorDetails) -> tuple[Loc, str]:
    """The location and message to report for one of Pydantic's errors about `model`."""
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    message = _lower_first(error["msg"]) or "invalid value"
    if kind == "value_error":
        message = message.removeprefix("value error, ")
        loc, message = _item_problem(model, loc, message)
    elif kind == "extra_forbidden":
        message = _unknown_key(model, loc)
    elif kind == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        message = f"expected {_form(pattern, field_at(model, loc))}; found {error['input']!r}"
    elif kind.startswith("date_"):
        reason = message.partition(", ")[2] or "not a date"
        message = f"expected a date as YYYY-MM-DD, such as 2027-01-05; found {error['input']!r} "
        message += f"({reason})"
    elif kind == "string_too_short" and not str(error["input"]).strip():
        message = "empty; fill it in" + _what_goes_here(field_at(model, loc))
    elif kind in ("model_type", "dict_type"):
        message = (
            f"expected fields indented under `{loc[-1]}` (`key: value` lines), "
            f"found {describe(error['input'])}"
        )
    elif kind == "int_parsing":
        message = f"expected a whole number, such as 30; found {error['input']!r}"
    elif kind == "bool_parsing":
        message = f"expected true or false; found {error['input']!r}"
    elif kind == "list_type":
        message = "expected a list: write each item on its own line after `- `"
    return loc, message


def list_hint_for_set(key: str) -> str:
    """How to give a list with --set, for a list option given a single value."""
    example = "[Councilmember Doe, Councilmember Roe]"
    return f"expected a list; give one in brackets: --set '{key}={example}'"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _item_problem(model: type[BaseModel], loc: Loc, message: str) -> tuple[Loc, str]:
    """Move "item N: field ..." from the list down to the item's own field."""
    match = _ITEM_PROBLEM.match(message)
    item_model = list_item_model(_annotation_at(model, loc))
    if match is None or item_model is None or match.group(2) not in item_model.model_fields:
        return loc, message
    return (*loc, int(match.group(1)), match.group(2)), match.group(3)


def describe(value: Any) -> str:
    """What sort of YAML value this is, in words: "a list", "text", "a number"."""
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "text" if isinstance(value, str) else type(value).__name__


def _nearest_field(model: type[BaseModel], loc: Loc) -> str | None:
    """The known field an unknown key at `loc` most likely misspells."""
    parent = model_of(_annotation_at(model, loc[:-1])) if loc[:-1] else model
    if parent is None:
        return None
    guess = difflib.get_close_matches(str(loc[-1]), list(parent.model_fields), n=1, cutoff=0.6)
    return guess[0] if guess else None


def _unknown_key(model: type[BaseModel], loc: Loc) -> str:
    parent = model_of(_annotation_at(model, loc[:-1])) if loc[:-1] else model
    if parent is None:
        return "unknown field"
    known = list(parent.model_fields)
    guess = _nearest_field(model, loc)
    if guess:
        return f"unknown field; did you mean `{guess}`?"
    command = _SCHEMA_COMMANDS.get(model.__name__)
    if len(known) > 8 and command:
        return f"unknown field (`{command}` lists the fields)"
    return "unknown field; the fields here are " + ", ".join(f"`{name}`" for name in known)


def _what_goes_here(info: FieldInfo | None) -> str:
    """ " (Full corporate name. For example: City of Oakland)", from the field's metadata."""
    if info is None or not info.description:
        return ""
    examples = [e for e in info.examples or [] if isinstance(e, str)]
    more = f" For example: {' or '.join(examples)}" if examples else ""
    return f" ({info.description.rstrip('.')}.{more})"


def _form(pattern: str, info: FieldInfo | None) -> str:
    examples = [str(e) for e in (info.examples or [])] if info is not None else []
    form = _FORMS.get(pattern)
    if form is None and _MONTH_DAY.match(pattern):
        form = "a month and day"
    if form is None:
        # No words for this pattern: the field's description says what it holds.
        form = _lower_first((info.description or "").rstrip(".")) if info is not None else ""
        form = form or f"text of the form {pattern}"
    if examples and " such as " not in form:
        form += ", such as " + " or ".join(examples)
    return form


# ---------------------------------------------------------------------------- model introspection


def field_at(model: type[BaseModel], loc: Loc) -> FieldInfo | None:
    """The field a location names (list indexes and mapping keys skipped), or None where it
    leaves the models."""
    info: FieldInfo | None = None
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = list_item_model(current) or _list_item(current)
            continue
        if _mapping_value(current) is not None:  # a key the user chose: code.chapters.KEY
            current = _mapping_value(current)
            continue
        parent = model_of(current)
        if parent is None or part not in parent.model_fields:
            return None
        info = parent.model_fields[part]
        current = unwrap_optional(info.annotation)
    return info


def _annotation_at(model: type[BaseModel], loc: Loc) -> Any:
    """The type of the value at a location (a list's item, a mapping's value), or None."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            current = _list_item(current)
        elif _mapping_value(current) is not None:
            current = _mapping_value(current)
        else:
            parent = model_of(current)
            if parent is None or part not in parent.model_fields:
                return None
            current = unwrap_optional(parent.model_fields[part].annotation)
    return current


def unwrap_optional(annotation: Any) -> Any:
    """`X | None` -> `X`; anything else unchanged."""
    args = [a for a in get_args(annotation) if a is not type(None)]
    if type(None) in get_args(annotation) and len(args) == 1:
        return args[0]
    return annotation


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The model an annotation names, if it names one."""
    annotation = unwrap_optional(annotation)
    return (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )


def list_item_model(annotation: Any) -> type[BaseModel] | None:
    """The item model of `list[Model]`, else None."""
    return model_of(_list_item(annotation))


def _mapping_value(annotation: Any) -> Any:
    """The value type of `dict[K, V]`, else None."""
    annotation = unwrap_optional(annotation)
    if get_origin(annotation) is dict:
        return get_args(annotation)[1]
    return None


def _list_item(annotation: Any) -> Any:
    annotation = unwrap_optional(annotation)
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        return item
    return None
