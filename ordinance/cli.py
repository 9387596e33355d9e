"""The `ordinance` command: argument parsing and printing only; the work is the library's.

Heavy modules (Jinja, markdown-it, python-docx) are imported inside the commands so that
`ordinance --help` stays quick.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .formats import format_names

if TYPE_CHECKING:
    from .document import Document
    from .formats import OutputFormat
    from .writers.docx import DocxSettings

app = typer.Typer(
    name="ordinance",
    help="Draft local surveillance-oversight ordinances as Markdown or Word documents.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_BAD_INPUT = 2


@contextmanager
def _reporting_errors() -> Iterator[None]:
    """Turn the library's errors into one line each on stderr and exit code 2."""
    from .errors import OrdinanceError

    try:
        with _printing_reader_warnings():
            yield
    except OrdinanceError as error:
        for line in str(error).splitlines():
            typer.echo(f"error: {line}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        typer.echo(f"error: {where}{error.strerror or error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


@contextmanager
def _printing_reader_warnings() -> Iterator[None]:
    """What a reader noticed (a Word file's tracked changes, parts it left out): one
    "warning:" line each on stderr, printed even when the command then fails."""
    import warnings

    from .readers import ReaderWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReaderWarning)
        try:
            yield
        finally:
            for warning in caught:
                if issubclass(warning.category, ReaderWarning):
                    typer.echo(f"warning: {warning.message}", err=True)
                else:
                    warnings.showwarning(
                        warning.message, warning.category, warning.filename, warning.lineno
                    )


# ---------------------------------------------------------------------------- shared options

OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Output file, or - for standard output."),
]
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Output format: {', '.join(format_names())} (default: from the output file's "
        "suffix).",
    ),
]
LineNumbers = Annotated[
    bool, typer.Option("--line-numbers", help="DOCX: number lines, restarting on each page.")
]
ReferenceDocx = Annotated[
    Path | None,
    typer.Option("--reference-docx", help="DOCX: take styles and page setup from this Word file."),
]
TableOfContents = Annotated[bool, typer.Option("--toc", help="DOCX: add a table of contents.")]
DraftMark = Annotated[
    bool, typer.Option("--draft-mark/--no-draft-mark", help="DOCX: mark the pages DRAFT.")
]
Author = Annotated[
    str | None, typer.Option("--author", help="DOCX: author in the document properties.")
]
DocTitle = Annotated[
    str | None,
    typer.Option(
        "--doc-title", help="DOCX: title in the document properties (default: short title)."
    ),
]
TrackedChanges = Annotated[
    str,
    typer.Option(
        "--changes",
        help="A Word file's tracked changes: accept (the reviewer's version, the default) or "
        "reject (the version before them).",
    ),
]


def _tracked_changes(value: str) -> str:
    if value not in ("accept", "reject"):
        from .errors import InputError

        raise InputError.single(value, "expected 'accept' or 'reject'", "--changes", line=0)
    return value


Created = Annotated[
    dt.datetime | None,
    typer.Option(
        "--created",
        formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"],
        help="DOCX: creation date in the document properties (default: the draft's date).",
    ),
]


def _docx_settings(
    line_numbers: bool,
    reference_docx: Path | None,
    toc: bool,
    draft_mark: bool,
    author: str | None,
    title: str | None,
    created: dt.datetime | None,
) -> DocxSettings:
    """The DOCX flags shared by `draft` and `render`, as the writer's own settings."""
    from .writers.docx import DocxSettings

    return DocxSettings(
        line_numbers=line_numbers,
        reference_docx=reference_docx,
        table_of_contents=toc,
        draft_mark=draft_mark,
        author=author,
        title=title,
        created=created,
    )


def _choose_format(fmt: str | None, output: str | None, default: str) -> OutputFormat:
    """-f if given, else the output file's suffix (an unknown one is an error), else `default`."""
    from .formats import format_for_path, get_format

    if fmt is not None:
        return get_format(fmt)
    if output and output != "-" and Path(output).suffix:
        return format_for_path(output)
    return get_format(default)


def _emit(
    document: Document,
    chosen: OutputFormat,
    output: str | None,
    default_file: Path,
    settings: DocxSettings,
) -> None:
    """Write the document: text to stdout by default, a binary format to a file by default."""
    from .formats import render
    from .output import write_output

    if chosen.binary and output == "-" and sys.stdout.isatty():
        from .errors import InputError

        raise InputError.single("-", f"will not write {chosen.name} to a terminal", "--output")
    data = render(document, chosen.name, settings)
    target = output or (str(default_file.with_suffix(chosen.suffixes[0])) if chosen.binary else "-")
    path = write_output(target, data)
    if path is not None:
        typer.echo(f"wrote {path}", err=True)


# ---------------------------------------------------------------------------- commands


@app.command()
def draft(
    jurisdiction: Annotated[
        str, typer.Argument(help="A jurisdiction file, or the id of a shipped one (see `list`).")
    ],
    template: Annotated[
        str, typer.Option("--template", "-t", help="Template name or folder.")
    ] = "surveillance-oversight",
    fmt: FormatOption = None,
    output: OutputOption = None,
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set", help="Drafting option as key=value (repeatable), e.g. hearing_notice_days=45."
        ),
    ] = None,
    options: Annotated[
        Path | None, typer.Option("--options", help="YAML file of drafting options.")
    ] = None,
    line_numbers: LineNumbers = False,
    reference_docx: ReferenceDocx = None,
    toc: TableOfContents = False,
    draft_mark: DraftMark = True,
    author: Author = None,
    doc_title: DocTitle = None,
    created: Created = None,
) -> None:
    """Draft an ordinance for a jurisdiction (Markdown to stdout unless -o/-f say otherwise)."""
    with _reporting_errors():
        from .drafting import draft as make_draft
        from .loading import load_jurisdiction, load_options

        place = load_jurisdiction(jurisdiction)
        choices = load_options(options, set_ or [])
        document = make_draft(place, template=template, options=choices)
        chosen = _choose_format(fmt, output, default="md")
        settings = _docx_settings(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        _emit(document, chosen, output, Path(place.id), settings)


@app.command()
def render(
    source: Annotated[
        Path, typer.Argument(help="A draft: Markdown (.md) or a Word file (.docx).")
    ],
    fmt: FormatOption = None,
    output: OutputOption = None,
    line_numbers: LineNumbers = False,
    reference_docx: ReferenceDocx = None,
    toc: TableOfContents = False,
    draft_mark: DraftMark = True,
    author: Author = None,
    doc_title: DocTitle = None,
    created: Created = None,
    changes: TrackedChanges = "accept",
) -> None:
    """Render a draft (Markdown, or a Word file a reviewer returned) to DOCX, Markdown or text."""
    with _reporting_errors():
        from .drafts import read_draft

        document = read_draft(source, changes=_tracked_changes(changes))
        # Rendering is for Word files; `-o -` without -f keeps printing Markdown, as it always has.
        chosen = _choose_format(fmt, output, default="docx" if output is None else "md")
        settings = _docx_settings(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        # A rendered draft lands beside its source: drafts/bill.md -> drafts/bill.docx.
        _emit(document, chosen, output, source, settings)


@app.command()
def fmt(
    drafts: Annotated[
        list[Path], typer.Argument(help="Drafts (.md, .docx) to renumber in place.")
    ],
    check: Annotated[
        bool, typer.Option("--check", help="Only report drafts that are not in canonical form.")
    ] = False,
) -> None:
    """Renumber hand-edited drafts, fix cross-references, and rewrite them in canonical form."""
    from .drafts import format_drafts

    with _reporting_errors():
        changed = format_drafts(drafts, check=check)
    for path in changed:
        typer.echo(f"would reformat {path}" if check else f"reformatted {path}", err=True)
    if check and changed:
        raise typer.Exit(1)


@app.command()
def validate(
    files: Annotated[
        list[Path],
        typer.Argument(help="Jurisdiction files (.yaml) or drafts (.md, .docx)."),
    ],
    changes: TrackedChanges = "accept",
) -> None:
    """Check files without drafting; prints one line per problem."""
    from .drafts import validate_file
    from .errors import OrdinanceError

    failed = False
    with _reporting_errors():
        mode = _tracked_changes(changes)
    for path in files:
        try:
            with _printing_reader_warnings():
                validate_file(path, changes=mode)
        except OrdinanceError as error:
            failed = True
            for line in str(error).splitlines():
                typer.echo(f"error: {line}", err=True)
        else:
            typer.echo(f"ok: {path}")
    if failed:
        raise typer.Exit(EXIT_BAD_INPUT)


@app.command(name="list")
def list_() -> None:
    """List the shipped jurisdictions and templates."""
    from .loading import load_jurisdiction
    from .resources import shipped_jurisdictions, shipped_templates
    from .templating import load_template

    typer.echo("Jurisdictions:")
    for jurisdiction_id in shipped_jurisdictions():
        place = load_jurisdiction(jurisdiction_id)
        typer.echo(
            f"  {jurisdiction_id:<28} {place.official_name}, {place.state.name} "
            f"({place.governing_body.name})"
        )
    typer.echo("Templates:")
    for name in shipped_templates():
        typer.echo(f"  {name:<28} {load_template(name).spec.title}")


@app.command()
def init(
    jurisdiction_id: Annotated[
        str, typer.Argument(help="Id of the new file, e.g. springfield-il.")
    ],
    output: OutputOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter jurisdiction file to fill in."""
    with _reporting_errors():
        from .errors import InputError
        from .output import write_output
        from .starter import starter_jurisdiction

        text = starter_jurisdiction(jurisdiction_id)
        target = output or f"{jurisdiction_id}.yaml"
        if target != "-" and Path(target).exists() and not force:
            raise InputError.single(target, "already exists; use --force to overwrite", "--output")
        path = write_output(target, text.encode("utf-8"))
        if path is not None:
            typer.echo(f"wrote {path}; fill it in, then run `ordinance validate {path}`", err=True)


@app.command()
def schema(
    kind: Annotated[
        str, typer.Argument(help="jurisdiction (default) or options.")
    ] = "jurisdiction",
) -> None:
    """Print the JSON Schema of jurisdiction files (or of options files), for editors."""
    with _reporting_errors():
        from pydantic import BaseModel

        from .errors import InputError
        from .models import DraftOptions, Jurisdiction

        models: dict[str, type[BaseModel]] = {"jurisdiction": Jurisdiction, "options": DraftOptions}
        if kind not in models:
            raise InputError.single(kind, "expected 'jurisdiction' or 'options'", "kind", line=0)
        typer.echo(json.dumps(models[kind].model_json_schema(), indent=2))


@app.command()
def state(
    code: Annotated[
        str | None, typer.Argument(help="Two-letter state code (e.g. CA); omit to list all.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show a state's law profile (open meetings, records, preemption) with its sources."""
    with _reporting_errors():
        from .states.report import list_states, show_state

        typer.echo(show_state(code, as_json) if code else list_states(as_json))


@app.command()
def comments(
    source: Annotated[Path, typer.Argument(help="A Word document (.docx) a reviewer returned.")],
    changes: TrackedChanges = "accept",
    as_json: Annotated[bool, typer.Option("--json", help="Print the comments as JSON.")] = False,
) -> None:
    """List the margin comments in a Word document: where, who, about which words, and what."""
    with _reporting_errors():
        from .readers.docx import open_docx

        reading = open_docx(source, changes=_tracked_changes(changes))
        if as_json:
            typer.echo(json.dumps([c.as_dict() for c in reading.comments], indent=2))
            return
        for comment in reading.comments:
            where = comment.block or "(document)"
            about = f' on "{comment.anchor}"' if comment.anchor else ""
            when = f", {comment.date[:10]}" if comment.date else ""
            typer.echo(f"{where}: {comment.author or 'unknown'}{when}{about}: {comment.text}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
