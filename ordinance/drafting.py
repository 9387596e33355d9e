"""The drafting pipeline: jurisdiction + options -> template -> Markdown -> resolved tree."""

from __future__ import annotations

from pathlib import Path

from .document import PSEUDO_IDS, Document, DocumentInfo, Numbering, Section
from .errors import InputError, TemplateError
from .loading import load_jurisdiction
from .models import ChapterNumbering, DraftOptions, Jurisdiction
from .readers.markdown import read_body_markdown
from .templating import load_template

DEFAULT_TEMPLATE = "surveillance-oversight"


def draft(
    jurisdiction: Jurisdiction | str | Path,
    template: str = DEFAULT_TEMPLATE,
    options: DraftOptions | None = None,
) -> Document:
    """Draft an ordinance for a jurisdiction (a model, a YAML path, or a shipped id)."""
    if not isinstance(jurisdiction, Jurisdiction):
        jurisdiction = load_jurisdiction(jurisdiction)
    options = options or DraftOptions()
    _check_against_state_law(jurisdiction, options)
    loaded = load_template(template)
    markdown = loaded.render(jurisdiction, options)
    provisions = loaded.enabled(options)
    info = DocumentInfo(
        **options.metadata.model_dump(),
        template=loaded.spec.name,
        jurisdiction=jurisdiction.id,
        title=loaded.spec.title,
        numbering=numbering_for(jurisdiction),
        provisions={p.id: list(p.fulfils) for p in provisions},
    )
    try:
        document = read_body_markdown(markdown, info)
    except InputError as error:
        # The template, not the user's input, made this Markdown: name it, and quote the line,
        # since the line number counts lines of the rendered text, not of any .j2 file.
        problem = error.problems[0]
        lines = markdown.splitlines()
        text = lines[problem.line - 1].strip() if 0 < problem.line <= len(lines) else ""
        raise TemplateError(
            f"{loaded.folder}: line {problem.line} of the rendered draft: {problem.message} "
            f"(the line begins {text[:60]!r})"
        ) from None
    section_ids = {block.id for block in document.walk() if isinstance(block, Section)}
    missing = [p.id for p in provisions if p.id not in PSEUDO_IDS and p.id not in section_ids]
    if missing:
        raise TemplateError(
            f"{loaded.folder / 'template.yaml'}: provisions {', '.join(missing)} rendered no "
            "section with that id; each provision file must start with a heading {#id}"
        )
    return document


def numbering_for(jurisdiction: Jurisdiction) -> Numbering:
    """The draft's numbering from the jurisdiction's code: the code's scheme for the new chapter,
    and for each existing chapter it lists (`code.chapters`), the code's scheme with that
    chapter's own settings on top."""
    code = jurisdiction.code
    scheme = code.numbering.model_dump()
    chapters = {
        key: ChapterNumbering(**{**scheme, **chapter.model_dump(exclude_unset=True)})
        for key, chapter in code.chapters.items()
    }
    return Numbering(**scheme, chapter=code.chapter, chapters=chapters)


def _check_against_state_law(jurisdiction: Jurisdiction, options: DraftOptions) -> None:
    """Hearing notice may not be shorter than the open-meetings act or the body's own rules."""
    act = jurisdiction.state.open_meetings
    body = jurisdiction.governing_body
    minimums = []
    if act.notice_hours is not None:
        minimums.append((-(-act.notice_hours // 24), f"the {act.name}"))
    if body.agenda_notice_days is not None:
        minimums.append((body.agenda_notice_days, body.agenda_notice_rule or "the body's rules"))
    for minimum, law in minimums:
        if options.hearing_notice_days < minimum:
            raise InputError.single(
                "options",
                f"{options.hearing_notice_days} days is shorter than the {minimum}-day notice "
                f"{law} requires",
                "hearing_notice_days",
                line=0,
            )
