"""Help that reads like a command-line tool's (git's and pandoc's are the models), quickly.

Typer prints each argument with its Python type (`JURISDICTION <str>`) and wraps required
arguments in braces in the usage line; these classes print `Usage: ordinance draft [OPTIONS]
JURISDICTION` and an Examples section as written. `App` makes every command use them, so a command
added later gets the same help without knowing about this module.

Only Typer is imported here: `ordinance --help` and `--version` must not pay for the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

if TYPE_CHECKING:
    from typer._click import Context, HelpFormatter, Parameter


CommandT = TypeVar("CommandT", bound=Callable[..., Any])

# Help is laid out for a terminal this wide.
WIDTH = 79


def _write_epilog(epilog: str | None, formatter: HelpFormatter) -> None:
    # Examples are laid out by hand; rewrapping them would break the columns.
    if epilog:
        formatter.write_paragraph()
        formatter.write(epilog.rstrip("\n") + "\n")


class Group(TyperGroup):
    """The top-level command, whose epilog is printed as written."""

    def format_epilog(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_epilog(self.epilog, formatter)


class Command(TyperCommand):
    """A command whose arguments show by name alone and whose epilog is printed as written."""

    def collect_usage_pieces(self, ctx: Context) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                pieces.append(_argument_usage(param))
        return pieces

    def format_options(self, ctx: Context, formatter: HelpFormatter) -> None:
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                arguments.append((_argument_name(param), _argument_help(param)))
            else:
                record = param.get_help_record(ctx)
                if record is not None:
                    options.append(record)
        for title, rows in (("Arguments", arguments), ("Options", options)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)

    def format_epilog(self, ctx: Context, formatter: HelpFormatter) -> None:
        _write_epilog(self.epilog, formatter)


class App(typer.Typer):
    """A Typer app whose commands are `Command`s unless a command asks for another class."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("cls", Group)
        super().__init__(**kwargs)

    def command(self, name: str | None = None, **kwargs: Any) -> Callable[[CommandT], CommandT]:
        kwargs.setdefault("cls", Command)
        return super().command(name, **kwargs)


def examples(*rows: tuple[str, str]) -> str:
    """An Examples section: each command line with what it does, in two aligned columns, or
    with what it does on the next line when two columns would not fit."""
    width = max(len(command) for command, _ in rows)
    if all(2 + width + 3 + len(what) <= WIDTH for _, what in rows):
        lines = [f"  {command:<{width}}   {what}".rstrip() for command, what in rows]
    else:
        lines = [f"  {command}" + (f"\n      {what}" if what else "") for command, what in rows]
    return "Examples:\n" + "\n".join(lines)


def _argument_name(param: Parameter) -> str:
    return param.metavar or (param.name or "").upper()


def _argument_usage(param: Parameter) -> str:
    name = _argument_name(param)
    if param.nargs != 1:
        name += "..."
    return name if param.required else f"[{name}]"


def _argument_help(param: Parameter) -> str:
    text = getattr(param, "help", None) or ""
    default = param.default
    if not param.required and default not in (None, (), []):
        text += f"  [default: {getattr(default, 'value', default)}]"
    return text
