"""The provisions checklist: the elements a strong surveillance-oversight ordinance contains.

Ids are the provision tags templates declare and drafts carry (see shared/reference/provisions.md);
`check` will score any ordinance against this list.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    required: bool
    title: str


CHECKLIST: tuple[Element, ...] = (
    Element("title", True, "Caption and title"),
    Element("findings", True, "Findings (WHEREAS recitals)"),
    Element("enacting_clause", True, "Enacting clause"),
    Element("signature_block", True, "Signature and attestation block"),
    Element("severability", True, "Severability"),
    Element("effective_date", True, "Effective date"),
    Element("definitions", True, "Definitions"),
    Element("council_approval", True, "Approval by the governing body"),
    Element("approval_standard", True, "Standard for approval"),
    Element("public_hearing_notice", True, "Public hearing and notice"),
    Element("community_engagement", True, "Community engagement"),
    Element("impact_report", True, "Surveillance impact report"),
    Element("use_policy", True, "Surveillance use policy"),
    Element("existing_technology", True, "Existing technology"),
    Element("partnership_termination", True, "Termination of camera-network partnerships"),
    Element("footage_requests", True, "Requests for private footage"),
    Element("no_subsidy_or_promotion", True, "No subsidy or promotion of private cameras"),
    Element("nda_prohibition", True, "No non-disclosure agreements"),
    Element("data_sharing_limits", True, "Limits on data sharing"),
    Element("annual_report", True, "Annual surveillance report"),
    Element("oversight_body", True, "Oversight body"),
    Element("exigent_circumstances", True, "Exigent circumstances"),
    Element("public_records", True, "Public records"),
    Element("enforcement", True, "Enforcement and remedies"),
    Element("whistleblower", True, "Whistleblower protection"),
    Element("facial_recognition_ban", False, "Face recognition ban"),
    Element("military_equipment", False, "Military equipment"),
    Element("sunset_review", False, "Sunset review"),
)

REQUIRED: frozenset[str] = frozenset(e.id for e in CHECKLIST if e.required)
# The elements of an instrument's form, as the corpus's figures count them (a glossary with
# them, though provisions.md lists it among the substance); the others are its substance.
FORM: frozenset[str] = frozenset(
    {"title", "findings", "enacting_clause", "signature_block", "severability", "effective_date",
     "definitions"}
)
ALL_IDS: frozenset[str] = frozenset(e.id for e in CHECKLIST)
