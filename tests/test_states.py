"""State-law profiles: every shipped file is valid and sourced, and the API and CLI keep their
contract (the templates consult `load_state(...).preempts(topic)`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ordinance.cli import app
from ordinance.errors import InputError, UnknownStateError
from ordinance.states import (
    TOPICS,
    StateFact,
    StateProfile,
    load_state,
    load_state_file,
    state_codes,
)
from ordinance.states.loader import DATA_DIR

runner = CliRunner()
ALL = state_codes()


def test_fifty_states_and_dc() -> None:
    assert len(ALL) == 51
    assert sorted(ALL) == ALL
    assert {"CA", "DC", "GA", "TN", "TX", "FL", "WY"} <= set(ALL)


@pytest.mark.parametrize("code", ALL)
def test_every_profile_is_valid_and_sourced(code: str) -> None:
    profile = load_state(code)
    assert profile.code == code
    laws = [profile.open_meetings, profile.public_records, profile.privacy_clause]
    for law in laws:
        if law is not None and law.verified:
            assert law.source and law.source.startswith("http")
    for topic in TOPICS:
        found = profile.fact(topic)
        if found is None:
            continue
        # A fact is either checked at a cited source, or says plainly that it was not.
        assert found.verified is False or (found.source and found.citation)
        if found.applies is None:
            assert not found.verified
        assert found.summary.endswith(".")


def test_lookup_is_case_insensitive_and_cached() -> None:
    assert load_state("ca") is load_state(" CA ")
    assert load_state("dc").name == "District of Columbia"


@pytest.mark.parametrize("code", ["ZZ", "", "California", "c1"])
def test_unknown_code_is_one_line_input_error(code: str) -> None:
    with pytest.raises(UnknownStateError) as caught:
        load_state(code)
    assert isinstance(caught.value, InputError)
    assert len(str(caught.value).splitlines()) == 1
    assert "no state profile" in str(caught.value)


@pytest.mark.parametrize("code", ["GA", "TN", "TX", "FL"])
def test_immigration_preemption_is_recorded_with_its_statute(code: str) -> None:
    profile = load_state(code)
    fact = profile.fact("immigration_sharing")
    assert fact is not None and fact.verified
    assert profile.preempts("immigration_sharing")
    assert "immigration_sharing" not in profile.unverified()


def test_california_sheriff_and_evidence_facts() -> None:
    california = load_state("CA")
    assert california.preempts("sheriff_independence")
    assert "25303" in (california.sheriff_independence.citation or "")
    assert california.preempts("evidence_suppression")
    assert "28(f)(2)" in (california.evidence_suppression.citation or "")


def test_tennessee_records_the_felony_provision_struck_down() -> None:
    penalties = load_state("TN").immigration_sharing.penalties or ""
    assert "unconstitutional" in penalties and "2026" in penalties


def test_preempts_only_when_applies_is_true() -> None:
    profile = load_state("GA")
    unknown = StateFact(applies=None, summary="Not known.", verified=False)
    absent = StateFact(
        applies=False, citation="x", summary="No law.", source="https://a.b", verified=True
    )
    changed = profile.model_copy(
        update={"face_recognition": unknown, "license_plate_readers": absent}
    )
    assert not changed.preempts("face_recognition")
    assert not changed.preempts("license_plate_readers")
    assert "face_recognition" in changed.unverified()
    assert "license_plate_readers" not in changed.unverified()


def test_optional_topic_absent_and_unknown_topic_rejected() -> None:
    profile = load_state("CA").model_copy(update={"local_preemption_general": None})
    assert profile.fact("local_preemption_general") is None
    assert not profile.preempts("local_preemption_general")
    with pytest.raises(ValueError, match="unknown state-law topic"):
        profile.fact("weather")  # type: ignore[arg-type]


def test_verified_fact_without_source_is_rejected() -> None:
    with pytest.raises(ValueError, match="needs a citation and a source"):
        StateFact(applies=True, citation="x", summary="y.", verified=True)
    with pytest.raises(ValueError, match="says whether it applies"):
        StateFact(applies=None, citation="x", summary="y.", source="https://a.b", verified=True)


def test_bad_file_names_line_and_field(tmp_path: Path) -> None:
    text = (DATA_DIR / "ga.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "ga.yaml"
    bad.write_text(text.replace("notice_hours: 24", "notice_hours: soon"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_state_file(bad)
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "notice_hours" in t)
    assert str(caught.value).startswith(f"{bad}:{line}:")
    assert "open_meetings.notice_hours" in str(caught.value)
    renamed = tmp_path / "tn.yaml"
    renamed.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="does not match the file name"):
        load_state_file(renamed)


def test_profile_schema_forbids_unknown_keys() -> None:
    data = load_state("GA").model_dump()
    data["immigration_sharing"]["penalty"] = "typo"
    with pytest.raises(ValueError, match="penalty"):
        StateProfile.model_validate(data)


def test_cli_lists_every_state() -> None:
    result = runner.invoke(app, ["state"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 51
    assert any(line.startswith("GA") and "immigration_sharing" in line for line in lines)


def test_cli_shows_a_profile_with_sources() -> None:
    result = runner.invoke(app, ["state", "ga"])
    assert result.exit_code == 0, result.output
    assert "Georgia (GA)" in result.stdout
    assert "O.C.G.A. § 36-80-23" in result.stdout
    assert load_state("GA").immigration_sharing.source in result.stdout


def test_cli_json_round_trips_to_the_model() -> None:
    result = runner.invoke(app, ["state", "TX", "--json"])
    assert result.exit_code == 0, result.output
    assert StateProfile.model_validate(json.loads(result.stdout)) == load_state("TX")
    listing = json.loads(runner.invoke(app, ["state", "--json"]).stdout)
    assert [entry["code"] for entry in listing] == ALL


def test_cli_unknown_state_exits_2_with_one_line() -> None:
    result = runner.invoke(app, ["state", "zz"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: zz: state: no state profile has that code (see `ordinance state`)"
    ]


@pytest.mark.parametrize("code", ALL)
def test_open_meetings_and_records_acts_are_checked_everywhere(code: str) -> None:
    # Issue 15 asks for both acts in every state; each now names where it was checked.
    profile = load_state(code)
    for law in (profile.open_meetings, profile.public_records):
        assert law.verified, f"{code}: {law.name} is not checked at a source"
        assert law.source is not None and law.source.startswith("http")


def test_kansas_forbids_local_limits_on_immigration_sharing() -> None:
    # The Kansas unified-government draft must drop an absolute ban on sharing with ICE.
    kansas = load_state("KS")
    assert kansas.preempts("immigration_sharing")
    assert "12-16,140" in (kansas.immigration_sharing.citation or "")
    assert kansas.preempts("sheriff_independence")
    assert kansas.open_meetings.notice_hours is None  # notice goes to those who ask for it


def test_colorado_limits_cooperation_itself_and_treats_denver_sheriff_apart() -> None:
    colorado = load_state("CO")
    assert not colorado.preempts("immigration_sharing")
    assert colorado.immigration_sharing.verified
    assert colorado.open_meetings.notice_hours == 24
    assert "Denver" in colorado.sheriff_independence.summary
    assert colorado.preempts("fee_awards")


def test_massachusetts_lets_cities_limit_immigration_cooperation_but_doubts_civil_actions() -> None:
    mass = load_state("MA")
    assert not mass.preempts("immigration_sharing") and mass.immigration_sharing.verified
    assert "477 Mass. 517" in (mass.immigration_sharing.citation or "")
    # Home Rule Amendment: local civil law only as an incident to an independent municipal power.
    assert mass.preempts("private_action")
    assert "art. 89, § 7(5)" in (mass.fact("private_action").citation or "")  # type: ignore[union-attr]
    assert "private_action" not in mass.unverified()
    assert load_state("CA").fact("private_action") is None
