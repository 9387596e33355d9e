"""The Jinja environment: template discovery, strict rendering, Markdown escaping, legal filters.

A template is a folder `templates/<name>/` with `template.yaml` (its metadata and provision list),
a main `ordinance.md.j2` and one `provisions/*.md.j2` per provision. Rendering is strict: an
undefined name or a `None` value stops the draft with the template file and line, so no clause can
print with a value missing. Every value a template prints is escaped for Markdown unless it is a
`MarkdownText` (cross-references made by `ref()`), so a jurisdiction named `*Springfield*` prints
exactly that.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from pydantic import Field

from . import legal_text
from .document import PSEUDO_IDS
from .errors import InputError, TemplateError
from .loading import load_model
from .mdsyntax import escape_value
from .models import DraftOptions, Jurisdiction
from .models.jurisdiction import NonEmpty, Slug, StrictModel
from .resources import shipped_templates, templates_dir
from .tailoring import plan_for

Part = Literal["preamble", "chapter", "uncodified", "closing"]


class ProvisionSpec(StrictModel):
    """One provision file of a template and the checklist elements it fulfils."""

    id: Slug = Field(
        description="Anchor of the section the file renders ({#id}), or a pseudo-id for the "
        "preamble and closing: " + ", ".join(PSEUDO_IDS) + "."
    )
    file: NonEmpty = Field(description="Path of the Jinja file, relative to the template folder.")
    part: Part = Field(
        description="Where it goes: preamble, chapter (codified), uncodified, closing."
    )
    fulfils: list[NonEmpty] = Field(
        min_length=1, description="Checklist element ids (provisions.md) this provision fulfils."
    )
    when: NonEmpty | None = Field(
        default=None, description="Name of a boolean drafting option that switches it on."
    )


class TemplateSpec(StrictModel):
    """Contents of template.yaml."""

    name: Slug
    title: NonEmpty = Field(description="Default short title of ordinances made from it.")
    description: NonEmpty
    main: NonEmpty = Field(default="ordinance.md.j2", description="The main template file.")
    provisions: list[ProvisionSpec] = Field(min_length=1)


class MarkdownText(str):
    """Markdown a template helper made on purpose; printed without escaping."""

    __slots__ = ()


def _finalize(value: Any) -> str:
    if value is None:
        raise TemplateError("a value printed by the template is missing (None)")
    if isinstance(value, MarkdownText):
        return value
    if isinstance(value, bool):
        raise TemplateError(f"printed a boolean ({value}); use it in an {{% if %}} instead")
    return escape_value(str(value))


def ref(node_id: str, bare: bool = False) -> MarkdownText:
    """A cross-reference; the tree fills in its text: 'Section 9.64.030(b)', or bare '9.64.030(b)'.

    A bare reference is written with a placeholder number, which the tree replaces.
    """
    return MarkdownText(f"[0](#{node_id})" if bare else f"[](#{node_id})")


def refs(*node_ids: str, conjunction: str = "and") -> MarkdownText:
    """Several references under one plural word: 'Sections 9.64.030, 9.64.040, and 9.64.050'."""
    if len(node_ids) < 2:
        raise TemplateError("refs() takes two or more ids; use ref() for one")
    numbers = [ref(node_id, bare=True) for node_id in node_ids]
    return MarkdownText("Sections " + legal_text.join_list(numbers, conjunction))


@dataclass(frozen=True)
class Template:
    """A loaded template: its spec and its Jinja environment."""

    spec: TemplateSpec
    folder: Path
    environment: jinja2.Environment

    def enabled(self, options: DraftOptions) -> list[ProvisionSpec]:
        """The provisions a draft with these options contains, in template order."""
        enabled = []
        for provision in self.spec.provisions:
            if provision.when is not None:
                switch = getattr(options, provision.when, None)
                if not isinstance(switch, bool):
                    raise TemplateError(
                        f"{self.folder / 'template.yaml'}: provision {provision.id}: 'when' names "
                        f"{provision.when!r}, which is not a boolean drafting option"
                    )
                if not switch:
                    continue
            enabled.append(provision)
        return enabled

    def render(self, jurisdiction: Jurisdiction, options: DraftOptions) -> str:
        """Render the ordinance body as Markdown (without front matter)."""
        provisions = self.enabled(options)
        try:
            chapter_ids = [p.id for p in provisions if p.part == "chapter"]
            plan = plan_for(jurisdiction, options, chapter_ids)
        except TemplateError as error:
            raise TemplateError(f"{jurisdiction.id}: {error}") from None

        def number(provision_id: str) -> MarkdownText:
            written = plan.number(provision_id)
            return MarkdownText(f"{written} " if written else "")

        def fixed(provision_id: str) -> MarkdownText:
            return MarkdownText(" .fixed" if plan.number(provision_id) else "")

        parts = {
            part: [p for p in provisions if p.part == part]
            for part in ("preamble", "chapter", "uncodified", "closing")
        }
        if plan.fixed_numbers:
            # A restated chapter prints its sections in the order of their numbers.
            order = list(plan.fixed_numbers)
            parts["chapter"].sort(key=lambda p: order.index(p.id))
        context = {
            "j": jurisdiction,
            "state": jurisdiction.state,
            "plan": plan,
            "number": number,
            "fixed": fixed,
            "o": options,
            "meta": options.metadata,
            "title": self.spec.title,
            "provisions": parts,
        }
        try:
            return self.environment.get_template(self.spec.main).render(context)
        # A template is code its author wrote: what it raises at run time (1/0, endless macro
        # recursion, a float overflow) is reported at its file and line, never as a traceback.
        except (
            jinja2.TemplateError,
            TemplateError,
            ArithmeticError,
            LookupError,
            RecursionError,
            TypeError,
            ValueError,
        ) as error:
            what = str(error)
            if not isinstance(error, jinja2.TemplateError | TemplateError):
                what = f"{type(error).__name__}: {what}"  # "ZeroDivisionError: ..."
            raise TemplateError(f"{_template_location(error, self.folder)}: {what}") from None


def _template_location(error: BaseException, folder: Path) -> str:
    """file:line of the innermost template frame of an error's traceback."""
    if isinstance(error, jinja2.TemplateSyntaxError) and error.filename:
        return f"{error.filename}:{error.lineno}"
    location = str(folder)
    tb = error.__traceback__ or sys.exc_info()[2]
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            location = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return location


def make_environment(folder: Path) -> jinja2.Environment:
    # Sandboxed because a template may be the user's own (`-t FOLDER`): it can read the values
    # it is given, but not reach Python internals through them.
    environment = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(folder)),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,  # escaping is Markdown's, done in _finalize
        # `{#id}` is the draft format's anchor syntax, so Jinja comments are written {## ... ##}.
        comment_start_string="{##",
        comment_end_string="##}",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        days=legal_text.days,
        words=legal_text.words_and_figures,
        number_words=legal_text.number_words,
        quantity=legal_text.quantity,
        join_and=legal_text.join_and,
        join_or=legal_text.join_or,
        long_date=legal_text.long_date,
        possessive=legal_text.possessive,
        money=legal_text.money,
        ordinal=legal_text.ordinal,
        article=legal_text.indefinite_article,
    )
    environment.globals.update(ref=ref, refs=refs)
    return environment


@cache
def load_template(name_or_path: str) -> Template:
    """A shipped template by name, or a template folder by path."""
    folder = Path(name_or_path)
    if not (folder / "template.yaml").is_file():
        folder = templates_dir() / name_or_path
        if not (folder / "template.yaml").is_file():
            known = ", ".join(shipped_templates()) or "none"
            raise InputError.single(
                name_or_path, f"no such template (shipped templates: {known})", "template"
            )
    spec = load_model(TemplateSpec, folder / "template.yaml")
    return Template(spec=spec, folder=folder, environment=make_environment(folder))
