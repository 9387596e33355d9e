"""A commented starter jurisdiction file, generated from the model so that it never falls behind it.

Facts the drafter must supply are left empty (""), so `ordinance validate` lists exactly what is
still missing; choices with a usual value are filled in with it.
"""

from __future__ import annotations

import json
import re
import shlex
import textwrap
import unicodedata
from enum import Enum
from typing import Any, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .errors import InputError
from .models import Jurisdiction


def jurisdiction_id_from_name(name: str) -> str:
    """A valid jurisdiction id from any name: "St. Mary's, WI" -> "st-marys-wi".

    Accents are dropped, apostrophes and periods vanish, and any other run of characters that
    are not letters or digits becomes one hyphen.
    """
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"['’.]", "", ascii_text.lower())
    jurisdiction_id = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if not jurisdiction_id:
        raise InputError.single(
            name, "a name needs letters or digits, e.g. springfield-il", "NAME", line=0
        )
    return jurisdiction_id


def starter_jurisdiction(jurisdiction_id: str, path: str | None = None) -> str:
    """The starter file's text; `path` is where it will be saved, for the command it suggests."""
    target = shlex.quote(path or f"{jurisdiction_id}.yaml")
    lines = [
        f"# Jurisdiction file for {jurisdiction_id}: fill in every empty value, then run",
        f"#   ordinance validate {target}",
        "# Cite a source for every fact under `sources`; mark facts you could not verify with a",
        "# comment rather than guessing. Field reference: `ordinance schema`.",
        "",
    ]
    _model_lines(Jurisdiction, lines, indent="", values={"id": jurisdiction_id})
    return "\n".join(lines) + "\n"


def _model_lines(
    model: type[BaseModel], lines: list[str], indent: str, values: dict[str, Any] | None = None
) -> None:
    values = values or {}
    for name, info in model.model_fields.items():
        for comment in textwrap.wrap(info.description or "", 92 - len(indent)):
            lines.append(f"{indent}# {comment}")
        annotation = _unwrap_optional(info.annotation)
        nested = _model_of(annotation)
        item_model = _list_item_model(annotation)
        if name in values:
            lines.append(f"{indent}{name}: {json.dumps(values[name])}")
        elif nested is not None:
            if info.is_required():
                lines.append(f"{indent}{name}:")
                _model_lines(nested, lines, indent + "  ")
            else:
                lines.append(f"{indent}# {name}:   (optional; uncomment and fill in)")
                sub: list[str] = []
                _model_lines(nested, sub, "  ")
                lines.extend(f"{indent}# {line}" for line in sub)
        elif item_model is not None:
            lines.append(f"{indent}{name}:")
            sub = []
            _model_lines(item_model, sub, "  ")
            lines.extend(_as_list_item(sub, indent))
        else:
            lines.append(f"{indent}{name}: {_default_text(info, annotation)}")


def _as_list_item(sub: list[str], indent: str) -> list[str]:
    """One mapping's lines (indented two spaces) as the first item of a YAML list.

    The first line that is not a comment carries the list dash; every other line lines up
    under the item's keys.
    """
    out: list[str] = []
    dashed = False
    for line in sub:
        body = line[2:]
        if not dashed and not body.lstrip().startswith("#"):
            out.append(f"{indent}  - {body}")
            dashed = True
        else:
            out.append(f"{indent}    {body}")
    return out


def _default_text(info: FieldInfo, annotation: Any) -> str:
    if not info.is_required():
        default = info.get_default(call_default_factory=True)
        if default is None:
            return "null"
        if isinstance(default, Enum):
            return json.dumps(default.value)
        return json.dumps(default)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        choices = ", ".join(str(member.value) for member in annotation)
        return f'""   # one of: {choices}'
    if annotation is int:
        return '""   # a whole number'
    if annotation is bool:
        return "false"
    if get_origin(annotation) is list:
        return '[""]'
    return '""'


def _unwrap_optional(annotation: Any) -> Any:
    args = [a for a in get_args(annotation) if a is not type(None)]
    if type(None) in get_args(annotation) and len(args) == 1:
        return args[0]
    return annotation


def _model_of(annotation: Any) -> type[BaseModel] | None:
    return (
        annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None
    )


def _list_item_model(annotation: Any) -> type[BaseModel] | None:
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        return _model_of(item)
    return None
