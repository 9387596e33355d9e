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
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    HttpUrl,
    PlainSerializer,
    StringConstraints,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from ..states import StateProfile, load_state, state_codes
from .checks import printable_one_line, real_partial_date

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]


class StrictModel(BaseModel):
    """Base for every input model: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, coerce_numbers_to_str=True
    )

    # Every text value ends up inside a sentence, a heading or a Word document: one line, and
    # no character XML cannot hold, however the model is built (the loader says where in a file).
    _printable_one_line = field_validator("*")(printable_one_line)


class JurisdictionKind(StrEnum):
    """What sort of local government enacts the ordinance."""

    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    COUNTY = "county"
    CITY_COUNTY = "consolidated city-county"


def _profile_of(value: object) -> object:
    # The file names its state by code ("CA"); the draft consults the shipped profile.
    if isinstance(value, str):
        if value.strip().upper() not in state_codes():
            raise PydanticCustomError(
                "state_code",
                "expected a two-letter state code, such as CA (`ordinance state` lists them); "
                "found {found}",
                {"found": repr(value)},
            )
        return load_state(value)
    return value


StateField = Annotated[
    StateProfile,
    BeforeValidator(_profile_of),
    PlainSerializer(lambda profile: profile.code, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": "^[A-Z]{2}$",
            "description": "Two-letter USPS code of the state (or DC); the draft consults the "
            "shipped state-law profile (`ordinance state CODE` shows it).",
            "examples": ["CA"],
        }
    ),
]


class ApprovalForm(StrEnum):
    """How the governing body approves a surveillance technology."""

    ORDINANCE = "ordinance"
    RESOLUTION = "resolution"
    # A council that acts by orders adopted on a vote (Cambridge's City Council) rather than
    # by resolutions, which there are ceremonial.
    ORDER = "order"


# A partial date: news reports often give only the year or the month.
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"),
    AfterValidator(real_partial_date),
]


def partial_date_text(value: str) -> str:
    """'2019', 'August 2019' or 'August 5, 2019'."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    month = dt.date(parts[0], parts[1], 1).strftime("%B")
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{month} {parts[2]}, {parts[0]}"


def partial_date_phrase(value: str) -> str:
    """The date as an adverbial: 'on August 5, 2019', but 'in August 2019' and 'in 2019'."""
    return ("on " if value.count("-") == 2 else "in ") + partial_date_text(value)


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
    agenda_notice_days: int | None = Field(
        default=None,
        ge=1,
        le=60,
        description="Days ahead that the body's own rules (charter, sunshine ordinance, rules "
        "of procedure) publish a regular meeting's agenda, where longer than the state's "
        "open-meetings minimum; omit when only the state law applies.",
        examples=[10],
    )
    agenda_notice_rule: NonEmpty | None = Field(
        default=None,
        description="Citation of that local rule.",
        examples=["Section 2.20.080(A) of the Oakland Municipal Code"],
    )


class Officer(StrictModel):
    """An office whose title the ordinance uses (the clerk, the attorney)."""

    title: NonEmpty = Field(
        description="Title of the office.",
        examples=["City Clerk", "City Attorney", "County Counsel"],
    )


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
    """A department or agency the ordinance covers by name (police, sheriff, or other)."""

    name: NonEmpty = Field(description="The agency's name.", examples=["Oakland Police Department"])
    kind: AgencyKind = Field(description="What sort of agency it is.")
    head_title: NonEmpty = Field(
        description="Title of the agency's head.", examples=["Chief of Police", "Sheriff"]
    )
    runs: list[NonEmpty] = Field(
        default_factory=list,
        description="Surveillance technology the agency is known to run, each as a short noun "
        "phrase; the draft names them in the existing-technology review.",
        examples=[["traffic cameras", "automated license plate readers"]],
    )
    appointed: bool = Field(
        default=False,
        description="For a sheriff's office only: true when the sheriff is appointed by and "
        "answers to the place's executive (Denver's, under its charter), so the ordinance covers "
        "it like any department; an elected sheriff is covered only through funds and contracts.",
    )

    @model_validator(mode="after")
    def _only_a_sheriff_is_appointed(self) -> Agency:
        if self.appointed and self.kind is not AgencyKind.SHERIFF:
            raise ValueError("appointed: only a sheriff's office records how its head is chosen")
        return self


class OversightBody(StrictModel):
    """An existing commission that reviews surveillance proposals."""

    name: NonEmpty = Field(
        description="The commission's name.", examples=["Privacy Advisory Commission"]
    )
    established_by: NonEmpty | None = Field(
        default=None,
        description="The year it was created, or the citation of the law that created it.",
        examples=["Ordinance No. 13349 C.M.S.", "2015"],
    )

    @property
    def established_text(self) -> str | None:
        """'established in 2015' or 'established by Ordinance No. 13349 C.M.S.'."""
        if self.established_by is None:
            return None
        if self.established_by.isdigit() and len(self.established_by) == 4:
            return f"established in {self.established_by}"
        return f"established by {self.established_by}"


class Approval(StrictModel):
    """The governing body's approval of a program or contract, as its record gives it."""

    date: PartialDate = Field(description="Date of the vote: YYYY, YYYY-MM or YYYY-MM-DD.")
    vote: Annotated[str, StringConstraints(pattern=r"^\d+-\d+$")] | None = Field(
        default=None, description="Ayes and noes, as '7-1'.", examples=["7-1"]
    )
    by: NonEmpty | None = Field(
        default=None,
        description="The measure that approved it.",
        examples=["Resolution No. 90123 C.M.S.", "RS2023-2342"],
    )

    @property
    def text(self) -> str:
        """'on December 16, 2025, by a vote of 7-1' (the measure appended when known)."""
        words = partial_date_phrase(self.date)
        if self.by:
            words += f", by {self.by}"
        if self.vote:
            ayes, noes = self.vote.split("-")
            words += f", by a vote of {ayes} to {noes}"
        return words


class Technology(StrictModel):
    """A surveillance technology or contract in use that is not a private-camera partnership."""

    name: NonEmpty = Field(
        description="What it is called, as a noun phrase.",
        examples=["ShotSpotter gunshot detection system", "Palantir Gotham platform"],
    )
    vendor: NonEmpty | None = Field(default=None, description="The company, if any.")
    agency: NonEmpty = Field(description="The covered agency that runs it; one of `agencies`.")
    purpose: NonEmpty = Field(
        description="What it does, as a phrase completing 'which the agency uses to ...'.",
        examples=["detect and locate gunfire in parts of the city"],
    )
    since: PartialDate = Field(description="When use began: YYYY, YYYY-MM or YYYY-MM-DD.")
    approved: Approval | None = Field(
        default=None, description="The governing body's approval of it, if any."
    )
    ended: PartialDate | None = Field(
        default=None,
        description="When its use ended, if it has; the findings recite it as history and the "
        "review of existing technology does not name it.",
    )

    @property
    def since_text(self) -> str:
        return partial_date_text(self.since)

    @property
    def ended_text(self) -> str | None:
        return partial_date_text(self.ended) if self.ended else None


class LawTreatment(StrEnum):
    """What the ordinance does with existing surveillance law."""

    RESTATE = "restate"
    COORDINATE = "coordinate"


class ExistingSection(StrictModel):
    """A section of the existing law, and the restated section that keeps its number."""

    number: NonEmpty = Field(description="Its number as the code prints it.", examples=["9.64.045"])
    heading: NonEmpty | None = Field(default=None, description="Its heading, if known.")
    becomes: Slug | None = Field(
        default=None,
        description="Id of the provision (template section) that restates it and keeps its "
        "number; omit when its text is folded into other sections.",
        examples=["face-recognition-ban"],
    )


class HistoryEvent(StrictModel):
    """An event in the history of the existing law that the findings recite."""

    date: PartialDate = Field(description="When: YYYY, YYYY-MM or YYYY-MM-DD.")
    event: NonEmpty = Field(
        description="What happened, as a clause that follows the date ('in October 2025, ...').",
        examples=["the Michigan Court of Appeals held that two contracts violated the ordinance"],
    )

    @property
    def date_text(self) -> str:
        return partial_date_text(self.date)

    @property
    def date_phrase(self) -> str:
        """'on October 2, 2025' or 'in October 2025'."""
        return partial_date_phrase(self.date)


class ExistingLaw(StrictModel):
    """Surveillance law the place already has. The ordinance amends it; it never stacks a
    second approval regime beside it."""

    title: NonEmpty = Field(
        description="Its title or short title.", examples=["Surveillance and Community Safety"]
    )
    unit: NonEmpty = Field(
        description="What the code calls its unit.", examples=["Chapter", "Division", "Section"]
    )
    number: NonEmpty = Field(description="Its number in the code.", examples=["9.64", "13.08.080"])
    enacted: PartialDate = Field(description="When it was first enacted.")
    enacted_by: NonEmpty | None = Field(
        default=None, description="The enacting ordinance.", examples=["Ord. No. 2021-18"]
    )
    amended_by: list[NonEmpty] = Field(
        default_factory=list, description="Later amending ordinances, oldest first."
    )
    requires: NonEmpty = Field(
        description="What it already requires, as a phrase completing 'which requires ...'.",
        examples=["Council approval after a public hearing before ..."],
    )
    treatment: LawTreatment = Field(
        description="restate: the ordinance amends and restates it in full (a chapter, article "
        "or division); coordinate: it stays in force and the new chapter governs together with "
        "it (a single section elsewhere in the code).",
    )
    approval_form: ApprovalForm | None = Field(
        default=None,
        description="How it has the body approve technology; the draft keeps that form unless "
        "the options say otherwise.",
    )
    bans_face_recognition: bool = Field(
        default=False, description="Whether it already bans face recognition."
    )
    damages_per_violation: int | None = Field(
        default=None,
        ge=1,
        description="Minimum damages in dollars it already lets a person recover per violation; "
        "the draft keeps that remedy unless the options set another amount.",
        examples=[1000],
    )
    damages_per_day: int | None = Field(
        default=None,
        ge=1,
        description="Daily damages in dollars it allows for a continuing violation, if any; the "
        "draft keeps them beside the minimum per violation.",
        examples=[100],
    )
    fee_awards: bool = Field(
        default=False,
        description="Whether it already awards fees to a prevailing plaintiff, so the draft keeps "
        "the award without qualification.",
    )
    sections: list[ExistingSection] = Field(
        default_factory=list,
        description="Its sections, in order; those with `becomes` keep their numbers.",
    )
    history: list[HistoryEvent] = Field(
        default_factory=list, description="Events the findings recite (rulings, approvals)."
    )

    @property
    def enacted_text(self) -> str:
        return partial_date_text(self.enacted)

    @property
    def enacted_phrase(self) -> str:
        """'on May 15, 2018' or 'in 2018'."""
        return partial_date_phrase(self.enacted)

    @property
    def citation(self) -> str:
        """'Chapter 9.64'."""
        return f"{self.unit} {self.number}"


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

    approved: Approval | None = Field(
        default=None,
        description="The governing body's approval of it, if it was approved; an approved "
        "partnership goes to review under the new standard instead of ending.",
    )

    @property
    def since_text(self) -> str:
        """The start date in prose: '2019', 'August 2019' or 'August 5, 2019'."""
        return partial_date_text(self.since)


class LocalRule(StrictModel):
    """A local rule outside the surveillance law that the new chapter collides with."""

    citation: NonEmpty = Field(
        description="How the rule is cited.",
        examples=["Ordinance 2023-07 (Appendix A, Article XXXII)"],
    )
    effect: NonEmpty = Field(
        description="What it does, as a phrase completing 'which ...'.",
        examples=["requires new apartment complexes to connect their cameras to the police"],
    )


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
    state: StateField = Field(
        description="The state's code; the draft consults its shipped state-law profile."
    )
    population: int | None = Field(
        default=None,
        ge=1,
        description="Residents, from the latest census; it sizes the community meetings and "
        "the advisory board. Omit if unknown (the draft then assumes a mid-sized place).",
        examples=[440646],
    )
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
    technologies: list[Technology] = Field(
        default_factory=list,
        description="Surveillance technologies and contracts in use that are not private-camera "
        "partnerships (analytics platforms, gunshot detection, the agency's own plate readers); "
        "the draft sends each through the existing-technology review by name.",
    )
    existing_law: ExistingLaw | None = Field(
        default=None,
        description="The place's existing surveillance ordinance, if it has one; the draft "
        "then amends it instead of adding a second chapter.",
    )
    conflicting_rules: list[LocalRule] = Field(
        default_factory=list,
        description="Other local rules the new chapter collides with (a rule that requires "
        "private cameras to join a police network, a camera subsidy); the draft names each in a "
        "drafter's note so the attorney amends or repeals it in the same ordinance.",
    )
    languages: list[NonEmpty] = Field(
        min_length=1,
        description="Languages in which notices must be published, English first.",
        examples=[["English", "Spanish", "Chinese"]],
    )
    sources: list[Source] = Field(
        min_length=1, description="Sources that support the facts in this file."
    )

    @field_validator("partnerships", "technologies")
    @classmethod
    def _name_covered_agencies(
        cls, items: list[Partnership] | list[Technology], info: ValidationInfo
    ) -> list[Partnership] | list[Technology]:
        # `agencies` is declared first, so it is already validated (absent if it failed).
        agencies: list[Agency] = info.data.get("agencies", [])
        names = {agency.name for agency in agencies}
        for index, agency_name in enumerate(item.agency for item in items):
            if agencies and agency_name not in names:
                raise ValueError(
                    f"item {index}: agency {agency_name!r} is not one of the agencies "
                    f"listed ({', '.join(sorted(names))})"
                )
        return items

    @property
    def size(self) -> str:
        """'small' (under 50,000 residents), 'medium' (under 500,000) or 'large'."""
        if self.population is None:
            return "medium"
        if self.population < 50_000:
            return "small"
        return "medium" if self.population < 500_000 else "large"

    @property
    def body_of_place(self) -> str:
        """The body with its government, without saying the government twice: 'City Council of
        the City of Oakland', but 'Board of Commissioners of the Unified Government of Wyandotte
        County' when the body's name already ends with 'of the Unified Government'."""
        body = self.governing_body.name
        official = self.official_name
        words = official.split()
        for count in range(len(words), 0, -1):
            head = " ".join(words[:count])
            if body.lower().endswith((f" of the {head}".lower(), f" of {head}".lower())):
                return body + official[len(head) :]
        return f"{body} of {self.the_official_name}"

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
