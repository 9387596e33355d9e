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
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from .document import Document
    from .writers.docx import DocxSettings

app = typer.Typer(
    name="ordinance",
    help="Draft local surveillance-oversight ordinances as Markdown or Word documents.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

EXIT_BAD_INPUT = 2


class Format(StrEnum):
    MD = "md"
    DOCX = "docx"
    TXT = "txt"


@contextmanager
def _reporting_errors() -> Iterator[None]:
    """Turn the library's input errors into one line each on stderr and exit code 2."""
    from .errors import DocumentError, InputError, TemplateError

    try:
        yield
    except (InputError, DocumentError, TemplateError) as error:
        for line in str(error).splitlines():
            typer.echo(f"error: {line}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        typer.echo(f"error: {where}{error.strerror or error}", err=True)
        raise typer.Exit(EXIT_BAD_INPUT) from None


# ---------------------------------------------------------------------------- shared options

OutputOption = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Output file, or - for standard output."),
]
FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format", "-f", help="Output format (default: from the output file's suffix, else md)."
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
Created = Annotated[
    dt.datetime | None,
    typer.Option(
        "--created",
        formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"],
        help="DOCX: creation date in the document properties (default: the draft's date).",
    ),
]


@dataclass(frozen=True)
class DocxOptions:
    """The DOCX flags shared by `draft` and `render`, gathered for one call."""

    line_numbers: bool
    reference_docx: Path | None
    toc: bool
    draft_mark: bool
    author: str | None
    title: str | None
    created: dt.datetime | None


def _docx_settings(flags: DocxOptions) -> DocxSettings:
    from .writers.docx import DocxSettings

    if flags.reference_docx is not None and not flags.reference_docx.is_file():
        from .errors import InputError

        raise InputError.single(str(flags.reference_docx), "no such file", "--reference-docx")
    created = flags.created
    if created is not None and created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    return DocxSettings(
        line_numbers=flags.line_numbers,
        reference_docx=flags.reference_docx,
        table_of_contents=flags.toc,
        draft_mark=flags.draft_mark,
        author=flags.author,
        title=flags.title,
        created=created,
    )


def _resolve_format(fmt: Format | None, output: str | None) -> Format:
    if fmt is not None:
        return fmt
    if output and output != "-":
        suffix = Path(output).suffix.lower().lstrip(".")
        if suffix in {f.value for f in Format}:
            return Format(suffix)
    return Format.MD


def _emit(
    document: Document,
    fmt: Format,
    output: str | None,
    default_docx: Path,
    flags: DocxOptions,
) -> None:
    """Write the document in a format: text to stdout by default, Word to a file by default."""
    from .output import write_output

    if fmt is Format.DOCX:
        if output == "-" and sys.stdout.isatty():
            from .errors import InputError

            raise InputError.single("-", "will not write a Word file to a terminal", "--output")
        data = document.to_docx(_docx_settings(flags))
        target = output or str(default_docx)
    else:
        text = document.to_markdown() if fmt is Format.MD else document.to_text()
        data = text.encode("utf-8")
        target = output or "-"
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
        chosen = _resolve_format(fmt, output)
        flags = DocxOptions(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        _emit(document, chosen, output, Path(f"{place.id}.docx"), flags)


@app.command()
def render(
    source: Annotated[Path, typer.Argument(help="A Markdown draft (for example, hand-edited).")],
    fmt: FormatOption = None,
    output: OutputOption = None,
    line_numbers: LineNumbers = False,
    reference_docx: ReferenceDocx = None,
    toc: TableOfContents = False,
    draft_mark: DraftMark = True,
    author: Author = None,
    doc_title: DocTitle = None,
    created: Created = None,
) -> None:
    """Render a Markdown draft to DOCX (or Markdown / plain text)."""
    with _reporting_errors():
        from .loading import read_text
        from .readers.markdown import read_markdown

        document = read_markdown(read_text(source), str(source))
        chosen = _resolve_format(fmt, output) if (fmt or output) else Format.DOCX
        flags = DocxOptions(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        # A rendered draft lands beside its source: drafts/bill.md -> drafts/bill.docx.
        _emit(document, chosen, output, source.with_suffix(".docx"), flags)


@app.command()
def fmt(
    drafts: Annotated[list[Path], typer.Argument(help="Markdown drafts to renumber in place.")],
    check: Annotated[
        bool, typer.Option("--check", help="Only report drafts that are not in canonical form.")
    ] = False,
) -> None:
    """Renumber hand-edited drafts, fix cross-references, and rewrite them in canonical form."""
    from .loading import read_text
    from .output import write_atomic
    from .readers.markdown import read_markdown

    unformatted = 0
    with _reporting_errors():
        # Read and format everything first, so that one bad draft leaves every file untouched.
        results = []
        for path in drafts:
            text = read_text(path)
            results.append((path, text, read_markdown(text, str(path)).to_markdown()))
        for path, before, after in results:
            if before == after:
                continue
            unformatted += 1
            if check:
                typer.echo(f"would reformat {path}", err=True)
            else:
                write_atomic(path, after.encode("utf-8"))
                typer.echo(f"reformatted {path}", err=True)
    if check and unformatted:
        raise typer.Exit(1)


@app.command()
def validate(
    files: Annotated[
        list[Path], typer.Argument(help="Jurisdiction files (.yaml) or Markdown drafts (.md).")
    ],
) -> None:
    """Check files without drafting; prints one line per problem."""
    from .errors import InputError
    from .loading import load_jurisdiction, read_text
    from .readers.markdown import read_markdown

    failed = False
    for path in files:
        try:
            if path.suffix.lower() == ".md":
                read_markdown(read_text(path), str(path))
            else:
                load_jurisdiction(path)
        except InputError as error:
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
def comments(
    source: Annotated[Path, typer.Argument(help="A Word document (.docx) a reviewer returned.")],
    changes: Annotated[
        str,
        typer.Option(
            "--changes", help="Read tracked changes as accepted (default) or rejected."
        ),
    ] = "accept",
    as_json: Annotated[bool, typer.Option("--json", help="Print the comments as JSON.")] = False,
) -> None:
    """List the margin comments in a Word document: where, who, about which words, and what."""
    with _reporting_errors():
        from .errors import InputError
        from .readers.docx import open_docx
        from .readers.revisions import Changes

        if changes not in {c.value for c in Changes}:
            raise InputError.single(changes, "expected 'accept' or 'reject'", "--changes", 0)
        reading = open_docx(source, changes=Changes(changes))
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
