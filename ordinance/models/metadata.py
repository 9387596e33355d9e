"""The draft's own metadata: which version of which bill this is, and where it stands."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field

from .jurisdiction import NonEmpty, StrictModel


class DraftStatus(StrEnum):
    """Where the bill stands in the legislative process."""

    DISCUSSION_DRAFT = "discussion draft"
    INTRODUCED = "introduced"
    AMENDED_IN_COMMITTEE = "amended in committee"
    ADOPTED = "adopted"


class DraftMetadata(StrictModel):
    """Printed in the running header and the Markdown front matter; read by the diff."""

    version: NonEmpty = Field(
        default="1", description="Version label of this draft.", examples=["1", "2-committee"]
    )
    date: dt.date | None = Field(
        default=None,
        description="Date of this version (YYYY-MM-DD). Never filled in implicitly, so that the "
        "same inputs always give the same document.",
        examples=["2027-01-05"],
    )
    status: DraftStatus = Field(
        default=DraftStatus.DISCUSSION_DRAFT, description="Where the bill stands."
    )
    sponsors: list[NonEmpty] = Field(
        default_factory=list,
        description="Members who introduce the bill, printed on the 'Introduced by' line.",
        examples=[["Councilmember Kaplan"]],
    )

    @property
    def label(self) -> str:
        """Running-header text such as 'DISCUSSION DRAFT, version 2, January 5, 2027'."""
        parts = [self.status.value.upper(), f"version {self.version}"]
        if self.date is not None:
            parts.append(f"{self.date:%B} {self.date.day}, {self.date.year}")
        return ", ".join(parts)
