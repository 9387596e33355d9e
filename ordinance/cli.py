"""The `ordinance` command: argument parsing and printing only; the work is the library's.

Heavy modules (Pydantic, Jinja, markdown-it, python-docx) are imported inside the commands so that
`ordinance --help` and `--version` stay quick (benchmarks/bench_startup.py measures them).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from . import __version__
from .clihelp import App, examples
from .formats import format_names

if TYPE_CHECKING:
    from .comparison import ChangeSet
    from .document import Document
    from .formats import OutputFormat
    from .redline.docx_body import RedlineSettings
    from .writers.docx import DocxSettings

app = App(
    name="ordinance",
    help="Draft local surveillance-oversight ordinances as Markdown or Word documents.",
    epilog=examples(
        ("ordinance list", "shipped jurisdictions and templates"),
        ('ordinance init "Springfield IL"', "start a jurisdiction file: springfield-il.yaml"),
        ("ordinance validate springfield-il.yaml", "check it; one line per problem"),
        ("ordinance draft springfield-il.yaml -o bill.docx", "draft the ordinance as Word"),
    )
    + "\n\nRun `ordinance COMMAND --help` for a command's options and examples.\n"
    "Exit status: 0 success; 2 bad input or usage; 1 when `fmt --check` finds a draft\n"
    "to reformat, `diff` finds differences, or `check --min-score` finds a score short.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help as click prints it: conventional, and without importing rich (about 70 ms).
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"ordinance {__version__}")
        raise typer.Exit()


@app.callback()
def _main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            is_eager=True,
            callback=_print_version,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Draft local surveillance-oversight ordinances as Markdown or Word documents."""


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
    typer.Option("--output", "-o", metavar="FILE", help="Write to FILE; - for standard output."),
]
FORMAT_CHOICES = ", ".join(format_names())
FormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"One of {FORMAT_CHOICES}. Default: from the output file's suffix, else md.",
    ),
]
RenderFormatOption = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        help=f"One of {FORMAT_CHOICES}. Default: from the output file's suffix; docx when "
        "there is no --output.",
    ),
]
LineNumbers = Annotated[
    bool, typer.Option("--line-numbers", help="DOCX: number lines, restarting on each page.")
]
ReferenceDocx = Annotated[
    Path | None,
    typer.Option(
        "--reference-docx",
        metavar="FILE",
        help="DOCX: take styles and page setup from this Word file.",
    ),
]
TableOfContents = Annotated[bool, typer.Option("--toc", help="DOCX: add a table of contents.")]
DraftMark = Annotated[
    bool,
    typer.Option(
        "--draft-mark/--no-draft-mark",
        help="DOCX: mark each page DRAFT (the default), or not.",
        show_default=False,
    ),
]
Author = Annotated[
    str | None,
    typer.Option("--author", metavar="NAME", help="DOCX: author in the document properties."),
]
DocTitle = Annotated[
    str | None,
    typer.Option(
        "--doc-title",
        metavar="TITLE",
        help="DOCX: title in the document properties. Default: the short title.",
    ),
]
TrackedChanges = Annotated[
    str,
    typer.Option(
        "--changes",
        metavar="accept|reject",
        help="A Word file's tracked changes: accept (the reviewer's version) or reject (the "
        "version before them).",
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
        metavar="DATE",
        help="DOCX: creation date in the document properties, as 2027-01-05 or "
        "2027-01-05T09:30:00. Default: the draft's date.",
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


@app.command(
    epilog=examples(
        ("ordinance draft oakland-ca", "Markdown on standard output"),
        ("ordinance draft oakland-ca -o oakland.docx", "a Word document"),
        ("ordinance draft my-city.yaml -o bill.md --set hearing_notice_days=45", "one option"),
        ("ordinance draft denver-co --set 'metadata.sponsors=[Councilmember Doe]'", "a list"),
        ("ordinance draft denver-co --options options.yaml -o bill.docx --toc", "options file"),
    )
)
def draft(
    jurisdiction: Annotated[
        str,
        typer.Argument(
            metavar="JURISDICTION",
            help="A jurisdiction file, or the id of a shipped one (see `ordinance list`).",
        ),
    ],
    template: Annotated[
        str,
        typer.Option(
            "--template", "-t", metavar="NAME", help="Template name or folder of a template."
        ),
    ] = "surveillance-oversight",
    fmt: FormatOption = None,
    output: OutputOption = None,
    set_: Annotated[
        list[str] | None,
        typer.Option(
            "--set",
            metavar="KEY=VALUE",
            help="Set one drafting option; repeatable. A list goes in brackets: "
            "--set 'metadata.sponsors=[A, B]'. Names: `ordinance schema options`.",
        ),
    ] = None,
    options: Annotated[
        Path | None,
        typer.Option(
            "--options",
            metavar="FILE",
            help="YAML file of drafting options; --set values override it.",
        ),
    ] = None,
    line_numbers: LineNumbers = False,
    reference_docx: ReferenceDocx = None,
    toc: TableOfContents = False,
    draft_mark: DraftMark = True,
    author: Author = None,
    doc_title: DocTitle = None,
    created: Created = None,
) -> None:
    """Draft an ordinance for a jurisdiction.

    Writes Markdown to standard output, unless --output or --format asks for another format. A
    Word document with no --output is named after the jurisdiction's id: oakland-ca.docx.
    """
    with _reporting_errors():
        from .loading import load_jurisdiction, load_options

        place = load_jurisdiction(jurisdiction)
        choices = load_options(options, set_ or [])
        # Jinja, markdown-it and the tree load only once the inputs are known to be good, so a
        # bad file is answered sooner.
        from .drafting import draft as make_draft

        document = make_draft(place, template=template, options=choices)
        chosen = _choose_format(fmt, output, default="md")
        settings = _docx_settings(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        _emit(document, chosen, output, Path(place.id), settings)


@app.command(
    epilog=examples(
        ("ordinance render bill.md", "writes bill.docx beside it"),
        ("ordinance render bill.md -o out/bill.docx --line-numbers", "numbered lines"),
        ("ordinance render bill.md -f txt -o -", "plain text on standard output"),
        ("ordinance render reviewed.docx -o bill.md", "a reviewer's Word file back as Markdown"),
    )
)
def render(
    source: Annotated[
        Path,
        typer.Argument(
            metavar="DRAFT", help="A Markdown draft, or a Word file (.docx) a reviewer returned."
        ),
    ],
    fmt: RenderFormatOption = None,
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
    """Render a draft as Word; a Word file back as Markdown.

    With no --output, DRAFT.md becomes DRAFT.docx in the same folder. Otherwise the format is
    --format's, or the output file's suffix's; `--output -` alone prints Markdown. A Word file's
    tracked changes are accepted unless --changes reject.
    """
    with _reporting_errors():
        from .drafts import read_draft

        document = read_draft(source, changes=_tracked_changes(changes))
        # Rendering is for Word files; `-o -` without -f keeps printing Markdown, as it always has.
        # A Word file read back prints as Markdown unless told otherwise.
        from_word = source.suffix.lower() == ".docx"
        default = "docx" if output is None and not from_word else "md"
        chosen = _choose_format(fmt, output, default=default)
        settings = _docx_settings(
            line_numbers, reference_docx, toc, draft_mark, author, doc_title, created
        )
        if chosen.binary and output is None and from_word:
            from .errors import InputError

            raise InputError.single(
                str(source),
                "would overwrite the Word file it reads; name one with -o",
                "--output",
                line=0,
            )
        # A rendered draft lands beside its source: drafts/bill.md -> drafts/bill.docx.
        _emit(document, chosen, output, source, settings)


@app.command(
    epilog=examples(
        ("ordinance fmt bill.md", "renumber after an edit"),
        ("ordinance fmt --check drafts/*.md", "in CI: exit 1 if any would change"),
    )
)
def fmt(
    drafts: Annotated[
        list[Path],
        typer.Argument(metavar="DRAFT", help="Drafts (.md, .docx) to renumber in place."),
    ],
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Change nothing; list the drafts that would change and exit 1."
        ),
    ] = False,
) -> None:
    """Renumber hand-edited drafts and fix their cross-references.

    Each draft is rewritten in canonical form. If any draft has an error, no file is changed.
    """
    from .drafts import format_drafts

    with _reporting_errors():
        changed = format_drafts(drafts, check=check)
    for path in changed:
        typer.echo(f"would reformat {path}" if check else f"reformatted {path}", err=True)
    if check and changed:
        raise typer.Exit(1)


@app.command(
    epilog=examples(
        ("ordinance validate my-city.yaml", "a jurisdiction file"),
        ("ordinance validate oakland-ca bill.md", "a shipped jurisdiction and a draft"),
    )
)
def validate(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Jurisdiction files (.yaml) or their shipped ids, and drafts (.md, .docx).",
        ),
    ],
    changes: TrackedChanges = "accept",
) -> None:
    """Check files without drafting anything.

    Prints "ok: FILE" for a good file and one line per problem for a bad one; exits 2 if any
    file has a problem.
    """
    from .drafts import validate_file
    from .errors import OrdinanceError

    failed = False
    with _reporting_errors():
        mode = _tracked_changes(changes)
    for path in files:
        try:
            # a draft, a jurisdiction file or a shipped jurisdiction's id
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


@app.command(name="list", epilog=examples(("ordinance list", "")))
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


@app.command(
    epilog=examples(
        ("ordinance init springfield-il", "writes springfield-il.yaml"),
        ('ordinance init "St. Marys, WI"', "writes st-marys-wi.yaml"),
        ("ordinance init springfield-il -o -", "standard output"),
    )
)
def init(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help='The place and its state, e.g. springfield-il or "Springfield IL"; the file\'s '
            "id is made from it.",
        ),
    ],
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to FILE; - for standard output. Default: ID.yaml.",
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter jurisdiction file to fill in."""
    with _reporting_errors():
        import shlex

        from .errors import InputError
        from .output import write_output
        from .starter import jurisdiction_id_from_name, starter_jurisdiction

        jurisdiction_id = jurisdiction_id_from_name(name)
        target = output or f"{jurisdiction_id}.yaml"
        text = starter_jurisdiction(jurisdiction_id, target if target != "-" else None)
        if target != "-" and Path(target).exists() and not force:
            raise InputError.single(target, "already exists; use --force to overwrite", "--output")
        path = write_output(target, text.encode("utf-8"))
        if path is not None:
            command = f"ordinance validate {shlex.quote(str(path))}"
            typer.echo(f"wrote {path}; fill it in, then run: {command}", err=True)


@app.command(
    epilog=examples(
        ("ordinance schema > jurisdiction.schema.json", ""),
        ("ordinance schema options > options.schema.json", ""),
    )
)
def schema(
    kind: Annotated[
        str,
        typer.Argument(metavar="KIND", help="jurisdiction or options."),
    ] = "jurisdiction",
) -> None:
    """Print the JSON Schema of jurisdiction files or options files.

    Editors that read JSON Schema (VS Code's YAML extension, for one) then complete and check
    the files as you type.
    """
    with _reporting_errors():
        from pydantic import BaseModel

        from .errors import InputError
        from .models import DraftOptions, Jurisdiction

        models: dict[str, type[BaseModel]] = {"jurisdiction": Jurisdiction, "options": DraftOptions}
        if kind not in models:
            raise InputError.single(kind, "expected 'jurisdiction' or 'options'", "kind", line=0)
        typer.echo(json.dumps(models[kind].model_json_schema(), indent=2))


@app.command(
    epilog=examples(
        ("ordinance state", "every state and DC, one line each"),
        ("ordinance state WI", "Wisconsin's profile with its sources"),
        ("ordinance state CA --json", "as JSON"),
    )
)
def state(
    code: Annotated[
        str | None, typer.Argument(help="Two-letter state code (e.g. CA); omit to list all.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show a state's law on open meetings, records and preemption.

    Each fact of the profile is shown with its sources.
    """
    with _reporting_errors():
        from .states.report import list_states, show_state

        typer.echo(show_state(code, as_json) if code else list_states(as_json))


# ---------------------------------------------------------------------------- check


_Choice = TypeVar("_Choice", bound=StrEnum)


def _format_for_output(
    output: str | None, suffixes: dict[str, _Choice], default: _Choice, what: str
) -> _Choice:
    """The format an output file asks for by its suffix (standard output: `default`); an unknown
    suffix is an error, never a text report written into a file named .pdf."""
    if not output or output == "-":
        return default
    suffix = Path(output).suffix.lower()
    if suffix in suffixes:
        return suffixes[suffix]
    from .formats import UnknownFormatError

    by_format: dict[str, list[str]] = {}
    for known_suffix, choice in suffixes.items():
        by_format.setdefault(choice.value, []).append(known_suffix)
    known = ", ".join(f"{name} ({' '.join(names)})" for name, names in by_format.items())
    raise UnknownFormatError(
        f"{output}: suffix {suffix or '(none)'!r} names no {what}; known formats: {known}"
    )


class ReportFormat(StrEnum):
    TERMINAL = "txt"
    MD = "md"
    HTML = "html"
    JSON = "json"


# Output suffixes the scorecard reports answer to, when neither -f nor --json says.
_REPORT_SUFFIXES = {
    ".txt": ReportFormat.TERMINAL,
    ".md": ReportFormat.MD,
    ".markdown": ReportFormat.MD,
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".json": ReportFormat.JSON,
}


@app.command(
    epilog=examples(
        ("ordinance check law.txt", "scorecard, with quoted evidence"),
        ("ordinance check ours.md theirs.txt", "comparison table"),
        ("ordinance check law.txt --json", "as JSON"),
        ("ordinance check law.txt -f html -o out.html", "a report to share"),
        ("ordinance check draft.md --min-score 90", "exit 1 below 90"),
    )
)
def check(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE",
            help="Ordinances: Markdown drafts, Word files (.docx) or plain text.",
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scorecard as JSON.")] = False,
    report: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="txt|md|html|json",
            help="A report to share (default: from the output's suffix, else the table).",
        ),
    ] = None,
    output: OutputOption = None,
    min_score: Annotated[
        int | None,
        typer.Option(
            "--min-score", metavar="N", min=0, max=100, help="Exit 1 if any score is below N."
        ),
    ] = None,
) -> None:
    """Score ordinances against the provisions checklist.

    Each finding quotes its evidence.
    """
    with _reporting_errors():
        from .output import write_output
        from .scorecard import check as score_file
        from .scorecard import report as reports

        # Read every file first: one bad file is exit 2 and no half-written report.
        chosen = (
            ReportFormat.JSON
            if as_json
            else report
            or _format_for_output(output, _REPORT_SUFFIXES, ReportFormat.TERMINAL, "report format")
        )
        cards = [score_file(path) for path in files]
        if chosen is ReportFormat.JSON:
            text = reports.to_json(cards)
        elif chosen is ReportFormat.MD:
            text = reports.markdown(cards)
        elif chosen is ReportFormat.HTML:
            text = reports.html_report(cards)
        else:
            text = reports.terminal(cards) + "\n"
        written = write_output(output or "-", text.encode("utf-8"))
        if written is not None:
            typer.echo(f"wrote {written}", err=True)
    if min_score is not None and any(card.score < min_score for card in cards):
        below = ", ".join(
            f"{card.source} ({card.score})" for card in cards if card.score < min_score
        )
        typer.echo(f"below --min-score {min_score}: {below}", err=True)
        raise typer.Exit(1)


# ---------------------------------------------------------------------------- diff


class DiffFormat(StrEnum):
    SUMMARY = "summary"
    DOCX = "docx"
    HTML = "html"
    MD = "md"
    JSON = "json"


class RedlineStyle(StrEnum):
    TRACKED = "tracked"
    LEGISLATIVE = "legislative"


EXIT_DIFFERENT = 1


@app.command(
    name="diff",
    epilog=examples(
        ("ordinance diff introduced.md amended.md", "a summary of the changes"),
        ("ordinance diff introduced.md amended.md -o changes.docx", "Word tracked changes"),
        ("ordinance diff a.md b.md --style legislative --elide -o print.docx", "struck/underlined"),
        ("ordinance diff a.md b.md -o changes.html", "a page: inline, side by side"),
        ("ordinance diff oakland-ca my-oakland.yaml -f json", "jurisdiction files, as JSON"),
    ),
)
def diff_command(
    old: Annotated[Path, typer.Argument(help="The old version: .md draft, .yaml, or .docx.")],
    new: Annotated[Path, typer.Argument(help="The new version, of any of the same kinds.")],
    fmt: Annotated[
        DiffFormat | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="summary (default), docx, html, md or json; default from the output's suffix.",
        ),
    ] = None,
    output: OutputOption = None,
    style: Annotated[
        RedlineStyle,
        typer.Option(
            "--style",
            metavar="STYLE",
            help="DOCX: tracked (Word tracked changes) or legislative (struck/underlined).",
        ),
    ] = RedlineStyle.TRACKED,
    elide: Annotated[
        bool, typer.Option("--elide", help="Legislative DOCX: print * * * for unchanged runs.")
    ] = False,
    author: Annotated[
        str,
        typer.Option(
            "--author", metavar="NAME", help="DOCX: who the tracked changes are attributed to."
        ),
    ] = "ordinance",
    date: Annotated[
        dt.datetime | None,
        typer.Option(
            "--date",
            metavar="DATE",
            formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"],
            help="DOCX: date of the tracked changes, UTC (default: the new version's date).",
        ),
    ] = None,
    jurisdiction: Annotated[
        str | None,
        typer.Option(
            "--jurisdiction",
            metavar="JURISDICTION",
            help="Read .yaml versions as options files for this jurisdiction.",
        ),
    ] = None,
    options: Annotated[
        Path | None,
        typer.Option(
            "--options", metavar="FILE", help="Drafting options for .yaml jurisdiction versions."
        ),
    ] = None,
    tracked: TrackedChanges = "accept",
) -> None:
    """Compare two versions of an ordinance, section by section.

    Exits 0 if they are the same, 1 if they differ, 2 on trouble.
    """
    with _reporting_errors():
        from .comparison import diff as compare
        from .comparison.inputs import load_version, with_comments
        from .output import write_output

        chosen = fmt or _diff_format(output)
        mode = _tracked_changes(tracked)
        changes = compare(
            load_version(old, jurisdiction, options, mode),
            load_version(new, jurisdiction, options, mode),
            str(old),
            str(new),
        )
        if chosen in (DiffFormat.JSON, DiffFormat.HTML):
            changes = with_comments(changes, old, new, mode)
        from .redline.docx_body import RedlineSettings

        settings = RedlineSettings(author=author, date=date, elide=elide)
        data = _redline(changes, chosen, style, settings, output)
        default_target = str(new.with_suffix(".redline.docx")) if chosen is DiffFormat.DOCX else "-"
        target = output or default_target
        path = write_output(target, data)
        if path is not None:
            typer.echo(f"wrote {path}", err=True)
    if not changes.identical:
        raise typer.Exit(EXIT_DIFFERENT)


def _no_color() -> bool:
    import os

    return bool(os.environ.get("NO_COLOR"))


# Output suffixes the redline formats answer to; the summary is plain text.
_DIFF_SUFFIXES = {
    ".docx": DiffFormat.DOCX,
    ".html": DiffFormat.HTML,
    ".htm": DiffFormat.HTML,
    ".md": DiffFormat.MD,
    ".markdown": DiffFormat.MD,
    ".json": DiffFormat.JSON,
    ".txt": DiffFormat.SUMMARY,
}


def _diff_format(output: str | None) -> DiffFormat:
    return _format_for_output(output, _DIFF_SUFFIXES, DiffFormat.SUMMARY, "redline format")


def _redline(
    changes: ChangeSet,
    fmt: DiffFormat,
    style: RedlineStyle,
    settings: RedlineSettings,
    output: str | None,
) -> bytes:
    """The redline in the chosen format; Word files never to a terminal."""
    from .errors import InputError
    from .redline import render_redline

    if fmt is not DiffFormat.DOCX:
        # Colour only for a person at a terminal who has not asked for none (NO_COLOR).
        color = output in (None, "-") and sys.stdout.isatty() and not _no_color()
        return render_redline(changes, fmt.value, color=color)
    if output == "-" and sys.stdout.isatty():
        raise InputError.single("-", "will not write a Word file to a terminal", "--output")
    name = "docx-legislative" if style is RedlineStyle.LEGISLATIVE else "docx"
    return render_redline(changes, name, settings)


@app.command(
    epilog=examples(
        ("ordinance comments reviewed.docx", "one line a comment: block, author, words, text"),
        ("ordinance comments reviewed.docx --json", "as JSON"),
    )
)
def comments(
    source: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="A Word document (.docx) a reviewer returned."),
    ],
    changes: TrackedChanges = "accept",
    as_json: Annotated[bool, typer.Option("--json", help="Print the comments as JSON.")] = False,
) -> None:
    """List the margin comments in a Word document.

    Each comment prints as one line: the id of the block it sits in, its author and date, the
    words it is about, and what it says.
    """
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
    app(prog_name="ordinance")


if __name__ == "__main__":
    main()
