"""Pydantic models: the jurisdiction (facts), drafting options (choices), draft metadata."""

from .jurisdiction import (
    Agency,
    AgencyKind,
    ChapterNumbering,
    CodeNumbering,
    Executive,
    GoverningBody,
    Jurisdiction,
    JurisdictionKind,
    MunicipalCode,
    Officer,
    OversightBody,
    Partnership,
    Source,
    State,
)
from .metadata import DraftMetadata, DraftStatus
from .options import ApprovalForm, DraftOptions, VoteThreshold

__all__ = [
    "Agency",
    "AgencyKind",
    "ApprovalForm",
    "ChapterNumbering",
    "CodeNumbering",
    "DraftMetadata",
    "DraftOptions",
    "DraftStatus",
    "Executive",
    "GoverningBody",
    "Jurisdiction",
    "JurisdictionKind",
    "MunicipalCode",
    "Officer",
    "OversightBody",
    "Partnership",
    "Source",
    "State",
    "VoteThreshold",
]
