"""The facts about one jurisdiction that a draft depends on.

These models describe the place, not the drafter's choices (those are in `options.py`). Every
field carries a description and an example so that the generated JSON Schema can drive an
editor's autocompletion, and unknown keys are rejected so that a typo is never silently ignored.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    HttpUrl,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class StrictModel(BaseModel):
    """Base for every input model: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )


class JurisdictionKind(StrEnum):
    """What sort of local government enacts the ordinance."""

    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    COUNTY = "county"
    CITY_COUNTY = "consolidated city-county"


class State(StrictModel):
    """State-law facts that shape a local surveillance ordinance."""

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] = Field(
        description="Two-letter USPS code of the state.", examples=["CA"]
    )
    name: NonEmpty = Field(description="Full name of the state.", examples=["California"])
    privacy_clause: NonEmpty | None = Field(
        default=None,
        description="Where the state constitution protects privacy expressly, its citation; "
        "omit when it has no such clause.",
        examples=["Article I, Section 1 of the California Constitution"],
    )
    open_meeting_law: NonEmpty = Field(
        description="Name of the state's open-meeting law that governs notice of hearings.",
        examples=["Ralph M. Brown Act"],
    )
    open_meeting_notice_days: int = Field(
        ge=0,
        le=60,
        description="Minimum days of public notice the open-meeting law requires before a "
        "regular meeting (a 72-hour rule is 3 days). Hearing notice under the ordinance may not "
        "be shorter.",
        examples=[3],
    )
    local_evidence_exclusion: bool = Field(
        default=False,
        description="Whether state law lets a local ordinance bar unlawfully obtained data from "
        "use as evidence. When false, the exclusion clause is drafted as applying only to the "
        "extent state law permits.",
    )


class GoverningBody(StrictModel):
    """The legislative body that would enact the ordinance and approve surveillance uses."""

    name: NonEmpty = Field(
        description="The body's name as its own legislation prints it.",
        examples=["City Council", "Board of Supervisors", "Metropolitan Council"],
    )
    short_name: NonEmpty = Field(
        description="How the ordinance refers to the body after first mention.",
        examples=["Council", "Board"],
    )
    member_title: NonEmpty = Field(
        description="Title of one member, singular.", examples=["Councilmember", "Supervisor"]
    )
    presiding_officer: NonEmpty = Field(
        description="Title of the member who signs adopted ordinances.",
        examples=["President of the City Council", "Mayor", "Chair of the Board of Supervisors"],
    )
    enacting_clause: NonEmpty = Field(
        description="The enacting clause exactly as this body writes it.",
        examples=["The Council of the City of Oakland does ordain as follows:"],
    )
    districts: int | None = Field(
        default=None,
        ge=1,
        le=100,
        description="Number of council districts or wards, if members are elected by district; "
        "community meetings are then held in each district.",
        examples=[7],
    )
    committee: NonEmpty | None = Field(
        default=None,
        description="Standing committee of the body that reviews surveillance items when no "
        "separate oversight commission exists.",
        examples=["Public Safety Committee"],
    )


class Officer(StrictModel):
    """An office whose title the ordinance uses (executive, clerk, attorney)."""

    title: NonEmpty = Field(description="Title of the office.", examples=["Mayor", "City Clerk"])


class Executive(StrictModel):
    """The jurisdiction's chief executive."""

    title: NonEmpty = Field(
        description="Title of the office.", examples=["Mayor", "County Executive Officer"]
    )
    approves_ordinances: bool = Field(
        default=True,
        description="Whether the executive signs (approves or vetoes) ordinances the body "
        "adopts; false where the executive is appointed by the body, as a city manager or a "
        "California county executive officer is, and the draft then has no APPROVED line.",
    )


ChapterNumber = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9]+([.\-][A-Za-z0-9]+)*$")]


class CodeNumbering(StrictModel):
    """How a code numbers the sections of a chapter: 9.64.030, 19-401, Sec. 26-5-1, § 14.18.020.

    A number is the chapter, the separator, the article (only for codes that put it in section
    numbers), the separator again, and the serial. Serials run `start`, `start + step`, ...:
    Oakland's 9.64.010, 9.64.020 is separator ".", width 3, step 10; Chapter 19, Article XII,
    Sections 19-401, 19-402 is separator "-", width 0, start 401, step 1; Detroit's 26-5-1 is
    separator "-", article "5", width 0, step 1.
    """

    separator: Literal[".", "-", ""] = Field(
        default=".",
        description="Text between the chapter (and article) and the serial number; empty for "
        "none (chapter 19, serial 401 gives 19401).",
        examples=[".", "-", ""],
    )
    width: int = Field(
        default=3,
        ge=0,
        le=4,
        description="Digits the serial number is zero-padded to (3 gives 9.64.010; 0 pads none).",
        examples=[3, 0],
    )
    start: int | None = Field(
        default=None,
        ge=0,
        description="Serial of the first new section; by default the step (010 for step 10).",
        examples=[401, 10],
    )
    step: int = Field(
        default=10,
        ge=1,
        le=100,
        description="Gap between serial numbers, so later amendments can insert sections "
        "(10 gives 010, 020, 030).",
        examples=[10, 1],
    )
    prefix: Annotated[str, StringConstraints(max_length=12)] = Field(
        default="",
        description="Word or sign printed before a code section's number in its heading.",
        examples=["Sec.", "§"],
    )
    article: ChapterNumber | None = Field(
        default=None,
        description="Number of the article (or other unit inside the chapter) for codes that "
        "put it in section numbers, as Detroit's 26-5-1 does; leave it out where the article "
        "is only a heading (Chapter 19, Article XII, Sections 19-401 ...).",
        examples=["5"],
    )


class ChapterNumbering(CodeNumbering):
    """One chapter's numbering scheme: the code's scheme and the chapter's number."""

    chapter: ChapterNumber | None = Field(
        default=None,
        description="Number of the chapter the sections belong to; without one, sections are "
        "numbered by their serial alone.",
        examples=["9.64", "19", "19B"],
    )

    def stem(self) -> str:
        """What every number in this chapter starts with: '9.64.' or '26-5-'."""
        parts = [p for p in (self.chapter, self.article) if p]
        return "".join(f"{part}{self.separator}" for part in parts)

    def first_serial(self) -> int:
        return self.step if self.start is None else self.start

    def number(self, serial: int) -> str:
        """The section number for a serial: 9.64.030 for 30."""
        digits = f"{serial:0{self.width}d}" if self.width else str(serial)
        return f"{self.stem()}{digits}"

    def serial(self, number: str) -> int | None:
        """The serial of a number written in this scheme (30 for 9.64.030), else None."""
        stem = self.stem()
        rest = number[len(stem) :] if number.startswith(stem) else ""
        return int(rest) if rest.isdigit() else None


class MunicipalCode(StrictModel):
    """The code the ordinance adds a chapter to."""

    name: NonEmpty = Field(
        description="Full name of the code.", examples=["Oakland Municipal Code"]
    )
    abbreviation: NonEmpty = Field(description="Customary abbreviation.", examples=["OMC"])
    unit: NonEmpty = Field(
        default="Chapter",
        description="What the code calls the unit the ordinance adds.",
        examples=["Chapter", "Division"],
    )
    chapter: ChapterNumber = Field(
        description="Number of the new chapter. Check that it is unused before introduction.",
        examples=["9.64", "19B", "A40"],
    )
    numbering: CodeNumbering = Field(
        default_factory=CodeNumbering,
        description="How the code numbers sections, described once for the whole code.",
        examples=[
            {"separator": ".", "width": 3, "step": 10},
            {"separator": "-", "width": 0, "start": 401, "step": 1, "prefix": "Sec."},
        ],
    )
    chapters: dict[Slug, ChapterNumbering] = Field(
        default_factory=dict,
        description="Existing chapters an ordinance may amend, by a key that a template's "
        "section heading names (`chapter=KEY`). Fields left out follow `numbering`.",
        examples=[{"omc-9-64": {"chapter": "9.64"}}],
    )
    ordinance_series: NonEmpty | None = Field(
        default=None,
        description="Series text the clerk prints after the ordinance number, if any.",
        examples=["C.M.S."],
    )


class AgencyKind(StrEnum):
    POLICE = "police department"
    SHERIFF = "sheriff's office"
    OTHER = "other"


class Agency(StrictModel):
    """A law-enforcement agency the ordinance covers by name."""

    name: NonEmpty = Field(description="The agency's name.", examples=["Oakland Police Department"])
    kind: AgencyKind = Field(description="What sort of agency it is.")
    head_title: NonEmpty = Field(
        description="Title of the agency's head.", examples=["Chief of Police", "Sheriff"]
    )


class OversightBody(StrictModel):
    """An existing commission that reviews surveillance proposals."""

    name: NonEmpty = Field(
        description="The commission's name.", examples=["Privacy Advisory Commission"]
    )
    established_by: NonEmpty | None = Field(
        default=None,
        description="Citation of the law that created it, if known.",
        examples=["Ordinance No. 13349 C.M.S."],
    )


# A partnership's start may be known only to the year or month, as news reports often give it.
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"),
]


class Partnership(StrictModel):
    """An agreement that gives police access to privately owned surveillance devices or data."""

    vendor: NonEmpty = Field(description="The company.", examples=["Ring LLC"])
    program: NonEmpty = Field(
        description="The program, portal or product through which police get access.",
        examples=["Neighbors Public Safety Service"],
    )
    agency: NonEmpty = Field(
        description="The covered agency that is party to it; must be one of `agencies`.",
        examples=["Oakland Police Department"],
    )
    access: NonEmpty = Field(
        description="What police can obtain through it, as a phrase that completes "
        "'which lets the agency ...'.",
        examples=["request video recorded by residents' doorbell cameras"],
    )
    since: PartialDate = Field(
        description="When it began: YYYY, YYYY-MM or YYYY-MM-DD.", examples=["2019-08"]
    )

    @property
    def since_text(self) -> str:
        """The start date in prose: '2019', 'August 2019' or 'August 5, 2019'."""
        parts = [int(p) for p in self.since.split("-")]
        if len(parts) == 1:
            return str(parts[0])
        month = dt.date(parts[0], parts[1], 1).strftime("%B")
        return f"{month} {parts[0]}" if len(parts) == 2 else f"{month} {parts[2]}, {parts[0]}"


class Source(StrictModel):
    """Where a reviewer can verify the facts in this file."""

    url: HttpUrl = Field(description="Address of the source.")
    supports: NonEmpty = Field(
        description="Which facts in this file the source supports.",
        examples=["governing body name; code chapter numbering"],
    )


class Jurisdiction(StrictModel):
    """A US local government for which an ordinance is drafted."""

    id: Slug = Field(
        description="Stable identifier: lower-case name and state, hyphenated.",
        examples=["oakland-ca"],
    )
    name: NonEmpty = Field(description="Short name.", examples=["Oakland"])
    official_name: NonEmpty = Field(
        description="Full corporate name.", examples=["City of Oakland"]
    )
    kind: JurisdictionKind = Field(description="What sort of local government it is.")
    state: State = Field(description="The state, and the state-law facts the draft depends on.")
    governing_body: GoverningBody = Field(
        description="The legislative body that enacts the ordinance and approves surveillance."
    )
    executive: Executive = Field(description="The chief executive.")
    clerk: Officer = Field(description="The officer who attests ordinances.")
    attorney: Officer = Field(description="The lawyer who approves ordinances as to form.")
    code: MunicipalCode = Field(description="The code the ordinance adds a chapter to.")
    agencies: list[Agency] = Field(
        min_length=1, description="Law-enforcement agencies the ordinance names."
    )
    oversight_body: OversightBody | None = Field(
        default=None,
        description="Existing privacy or surveillance commission; omit when there is none, and "
        "the governing body's committee reviews proposals instead.",
    )
    partnerships: list[Partnership] = Field(
        default_factory=list,
        description="Known agreements giving police access to private surveillance networks.",
    )
    languages: list[NonEmpty] = Field(
        min_length=1,
        description="Languages in which notices must be published, English first.",
        examples=[["English", "Spanish", "Chinese"]],
    )
    sources: list[Source] = Field(
        min_length=1, description="Sources that support the facts in this file."
    )

    @field_validator("partnerships")
    @classmethod
    def _partnerships_name_covered_agencies(
        cls, partnerships: list[Partnership], info: ValidationInfo
    ) -> list[Partnership]:
        # `agencies` is declared first, so it is already validated (absent if it failed).
        agencies: list[Agency] = info.data.get("agencies", [])
        names = {agency.name for agency in agencies}
        for index, partnership in enumerate(partnerships):
            if agencies and partnership.agency not in names:
                raise ValueError(
                    f"item {index}: agency {partnership.agency!r} is not one of the agencies "
                    f"listed ({', '.join(sorted(names))})"
                )
        return partnerships

    @property
    def the_official_name(self) -> str:
        """The official name as it reads mid-sentence: 'the City of Oakland', 'Oakland County'.

        Corporate names of the form "X of Y" (and those that begin with City, County, Town or
        Village, or end in Government) take the definite article.
        """
        name = self.official_name
        takes_article = (
            " of " in name
            or name.startswith(("City ", "County ", "Town ", "Village "))
            or name.endswith(" Government")
        )
        return f"the {name}" if takes_article else name
