"""The models: strict, documented, with the usual legal values as defaults."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from ordinance.models import DraftMetadata, DraftOptions, DraftStatus, Jurisdiction, Partnership


def all_models(
    model: type[BaseModel], seen: set[type[BaseModel]] | None = None
) -> set[type[BaseModel]]:
    seen = seen if seen is not None else set()
    seen.add(model)
    for field in model.model_fields.values():
        for candidate in (field.annotation, *getattr(field.annotation, "__args__", ())):
            for inner in (candidate, *getattr(candidate, "__args__", ())):
                # A state profile is shipped data, not part of a jurisdiction file (which names
                # the state by code); the states package documents its own models.
                shipped = getattr(inner, "__module__", "").startswith("ordinance.states")
                if (
                    isinstance(inner, type)
                    and issubclass(inner, BaseModel)
                    and inner not in seen
                    and not shipped
                ):
                    all_models(inner, seen)
    return seen


@pytest.mark.parametrize("root", [Jurisdiction, DraftOptions])
def test_every_field_is_documented(root: type[BaseModel]) -> None:
    for model in all_models(root):
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name} has no description"


def test_unknown_keys_are_rejected(riverton_data: dict[str, Any]) -> None:
    riverton_data["governing_body"]["nmae"] = "typo"
    with pytest.raises(ValidationError, match=r"governing_body\.nmae"):
        Jurisdiction.model_validate(riverton_data)
    with pytest.raises(ValidationError, match="hearing_notice_dayz"):
        DraftOptions.model_validate({"hearing_notice_dayz": 30})


def test_partnerships_must_name_a_covered_agency(riverton_data: dict[str, Any]) -> None:
    riverton_data["partnerships"][0]["agency"] = "Springfield Police Department"
    with pytest.raises(ValidationError, match="not one of the agencies listed"):
        Jurisdiction.model_validate(riverton_data)


@pytest.mark.parametrize(
    ("since", "text"),
    [("2019", "2019"), ("2019-08", "August 2019"), ("2019-08-05", "August 5, 2019")],
)
def test_partnership_dates_read_as_prose(since: str, text: str) -> None:
    partnership = Partnership(vendor="V", program="P", agency="A", access="see video", since=since)
    assert partnership.since_text == text


@pytest.mark.parametrize("since", ["19", "2019-13", "2019-02-32", "August 2019", "2019/08"])
def test_partnership_dates_are_checked(since: str) -> None:
    with pytest.raises(ValidationError):
        Partnership(vendor="V", program="P", agency="A", access="see video", since=since)


@pytest.mark.parametrize(
    ("since", "message"),
    [
        ("2021-02-30", "not a real date: February 2021 has 28 days; found '2021-02-30'"),
        ("2023-02-29", "not a real date: February 2023 has 28 days; found '2023-02-29'"),
        ("2019-04-31", "not a real date: April 2019 has 30 days; found '2019-04-31'"),
    ],
)
def test_impossible_dates_are_refused_in_one_line(since: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Partnership(vendor="V", program="P", agency="A", access="see video", since=since)
    (error,) = raised.value.errors()
    assert error["msg"] == f"Value error, {message}"


def test_a_leap_day_is_a_date() -> None:
    partnership = Partnership(
        vendor="V", program="P", agency="A", access="see video", since="2024-02-29"
    )
    assert partnership.since_text == "February 29, 2024"


def test_option_defaults_are_the_usual_values() -> None:
    options = DraftOptions()
    assert options.hearing_notice_days == 30
    assert options.comment_period_days == 45  # NYC POST Act
    assert options.publication_days == 10  # San Francisco
    assert options.effective_days == 30
    assert options.facial_recognition_ban  # on by default where state law allows
    assert options.cure_period_days is None  # no cure period a violator can reuse


@pytest.mark.parametrize(
    "change",
    [
        {"hearing_notice_days": 0},
        {"comment_period_days": -1},
        {"annual_report_due": "Smarch 1"},
        {"annual_report_due": "March 41"},
        {"approval_form": "decree"},
        {"sunset_years": 0},
    ],
)
def test_option_bounds(change: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        DraftOptions(**change)


def test_metadata_label() -> None:
    assert DraftMetadata().label == "DISCUSSION DRAFT, version 1"
    dated = DraftMetadata(version="2", date=dt.date(2027, 1, 5), status=DraftStatus.INTRODUCED)
    assert dated.label == "INTRODUCED, version 2, January 5, 2027"


def test_models_are_immutable(riverton: Jurisdiction) -> None:
    with pytest.raises(ValidationError):
        riverton.name = "Elsewhere"  # type: ignore[misc]


# Every text value is printed inside a sentence, a heading or a Word document, so the models
# themselves refuse line breaks and characters XML cannot hold, not only the YAML loader.
@pytest.mark.parametrize(
    ("where", "value", "message"),
    [
        (("official_name",), "City of\nRiverton", "contains a line break"),
        (("governing_body", "name"), "City\r\nCouncil", "contains a line break"),
        (("agencies", 0, "name"), "Riverton\x01Police", "control character U+0001"),
        (("languages", 1), "Span\x0bish", "control character U+000B"),
        (("partnerships", 0, "vendor"), "Ring\ufffe", "control character U+FFFE"),
    ],
)
def test_models_refuse_line_breaks_and_control_characters(
    riverton_data: dict[str, Any], where: tuple[str | int, ...], value: str, message: str
) -> None:
    target: Any = riverton_data
    for part in where[:-1]:
        target = target[part]
    target[where[-1]] = value
    with pytest.raises(ValidationError) as raised:
        Jurisdiction.model_validate(riverton_data)
    (error,) = raised.value.errors()
    assert message in error["msg"]
    assert error["loc"][: len(where) - 1] == where[: len(where) - 1]


def test_a_trailing_line_break_is_only_white_space(riverton_data: dict[str, Any]) -> None:
    riverton_data["official_name"] = "City of Riverton\n"
    assert Jurisdiction.model_validate(riverton_data).official_name == "City of Riverton"


def test_options_refuse_a_line_break_in_metadata() -> None:
    with pytest.raises(ValidationError, match="contains a line break"):
        DraftOptions(metadata=DraftMetadata(sponsors=["Councilmember\nDoe"]))
