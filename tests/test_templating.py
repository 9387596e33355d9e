"""The template engine: strict, Markdown-escaping, and precise about where a template went wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordinance import InputError, Jurisdiction, TemplateError, draft
from ordinance.models import DraftOptions
from ordinance.templating import load_template, make_environment, ref


def make_template(folder: Path, provision: str, main: str | None = None, extra: str = "") -> str:
    (folder / "provisions").mkdir(parents=True, exist_ok=True)
    (folder / "template.yaml").write_text(
        "name: test-bill\ntitle: Test Ordinance\ndescription: a template made by a test\n"
        "provisions:\n"
        "  - {id: only, file: provisions/only.md.j2, part: chapter, fulfils: [definitions]"
        f"{extra}}}\n",
        encoding="utf-8",
    )
    (folder / "ordinance.md.j2").write_text(
        main
        or "## Adoption {#adoption}\n\n{% for p in provisions.chapter %}{% include p.file %}"
        "{% endfor %}\n",
        encoding="utf-8",
    )
    (folder / "provisions" / "only.md.j2").write_text(provision, encoding="utf-8")
    return str(folder)


def render(folder: Path, text: str) -> str:
    return (
        make_environment(folder)
        .from_string(text)
        .render(j={"name": "*Springfield* [x](y)", "none": None, "yes": True})
    )


def test_values_are_escaped_for_markdown(tmp_path: Path) -> None:
    assert render(tmp_path, "City of {{ j.name }}") == r"City of \*Springfield\* \[x\](y)"
    assert render(tmp_path, "{{ ref('council-approval') }}") == "[](#council-approval)"
    assert ref("a__b") == "[](#a__b)"


def test_missing_values_stop_the_draft(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="missing"):
        render(tmp_path, "{{ j.none }}")
    with pytest.raises(TemplateError, match="boolean"):
        render(tmp_path, "{{ j.yes }}")


def test_jinja_comments_use_double_hashes_so_anchors_print(tmp_path: Path) -> None:
    assert render(tmp_path, "{## a comment ##}### Heading {#heading}") == "### Heading {#heading}"


def test_filters(tmp_path: Path) -> None:
    text = "{{ 30 | days }}; {{ ['A', 'B', 'C'] | join_and }}; {{ '2027-01-05' | long_date }}"
    assert render(tmp_path, text) == "thirty (30) days; A, B, and C; January 5, 2027"


def test_undefined_name_names_the_template_file_and_line(
    tmp_path: Path, riverton: Jurisdiction
) -> None:
    folder = make_template(tmp_path / "t", "### Only {#only}\n\nText.\n\n{{ j.no_such_field }}\n")
    with pytest.raises(TemplateError, match=r"provisions/only\.md\.j2:5: .*no_such_field"):
        draft(riverton, template=folder)


def test_markdown_the_template_gets_wrong_is_quoted(tmp_path: Path, riverton: Jurisdiction) -> None:
    folder = make_template(tmp_path / "t", "### Only {#only}\n\nSee {{ ref('nowhere') }}.\n")
    with pytest.raises(
        TemplateError,
        match=r"line 5 of the rendered draft: cross-reference to "
        r"unknown id 'nowhere', which is not in the document "
        r"\(the line begins 'See \[\]\(#nowhere\)\.'\)",
    ):
        draft(riverton, template=folder)


def test_a_provision_must_render_its_section(tmp_path: Path, riverton: Jurisdiction) -> None:
    folder = make_template(tmp_path / "t", "### Elsewhere {#elsewhere}\n\nText.\n")
    with pytest.raises(TemplateError, match="provisions only rendered no section"):
        draft(riverton, template=folder)


def test_when_must_name_a_boolean_option(tmp_path: Path, riverton: Jurisdiction) -> None:
    folder = make_template(
        tmp_path / "t", "### Only {#only}\n\nText.\n", extra=", when: hearing_notice_days"
    )
    with pytest.raises(TemplateError, match="not a boolean drafting option"):
        draft(riverton, template=folder)


def test_a_user_template_folder_drafts(tmp_path: Path, riverton: Jurisdiction) -> None:
    folder = make_template(
        tmp_path / "t", "### Only {#only}\n\n(a) {{ j.official_name }} shall act.\n"
    )
    document = draft(riverton, template=folder)
    assert document.info.template == "test-bill"
    assert document.citation("only") == "Section 2.95.010"
    assert document.tags("only") == ["definitions"]


def test_unknown_template() -> None:
    with pytest.raises(InputError, match="no such template"):
        load_template("no-such-template")


def test_every_shipped_provision_file_is_listed(riverton: Jurisdiction) -> None:
    template = load_template("surveillance-oversight")
    listed = {p.file for p in template.spec.provisions}
    on_disk = {f"provisions/{p.name}" for p in (template.folder / "provisions").glob("*.md.j2")}
    assert listed == on_disk
    # Military equipment and sunset review are off by default; the face-recognition ban is on.
    assert len(template.enabled(DraftOptions())) == len(listed) - 2


def test_templates_run_in_the_sandbox(tmp_path: Path, riverton: Jurisdiction) -> None:
    folder = make_template(
        tmp_path / "t", "### Only {#only}\n\n{{ j.__class__.__mro__[1].__subclasses__() }}\n"
    )
    with pytest.raises(TemplateError, match=r"unsafe|not safely|access"):
        draft(riverton, template=folder)


def test_plural_references(tmp_path: Path) -> None:
    assert render(tmp_path, "{{ refs('a', 'b') }}") == "Sections [0](#a) and [0](#b)"
    assert render(tmp_path, "{{ refs('a', 'b', 'c') }}") == "Sections [0](#a), [0](#b), and [0](#c)"
    with pytest.raises(TemplateError, match="two or more"):
        render(tmp_path, "{{ refs('a') }}")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{{ 1 // 0 }}", "ZeroDivisionError: integer division or modulo by zero"),
        ("{{ 2.0 ** 5000 }}", "OverflowError: "),
        ("{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "RecursionError: maximum recursion"),
    ],
)
def test_a_user_template_that_fails_at_run_time_is_a_template_error(
    tmp_path: Path, riverton: Jurisdiction, line: str, message: str
) -> None:
    # A template is code its author wrote; whatever it raises is reported at its file and line.
    folder = make_template(tmp_path / "t", f"### Only {{#only}}\n\nText.\n\n{line}\n")
    with pytest.raises(TemplateError, match=rf"provisions/only\.md\.j2:\d+: .*{message}"):
        draft(riverton, template=folder)
