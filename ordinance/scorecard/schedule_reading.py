"""How a records-retention schedule is read: its retention period for recordings is a rule of use.

A state archives', a county's or a university's retention schedule lists record series, each
with a description and how long it is kept ("Retention: 180 days", "Retain 30 days after
recording, then reuse or destroy", "Total Retention: 0 Years 3 Months"). Approved under a
state's records law, it binds the offices that keep the records, and where its series are camera,
body-camera or other surveillance recordings its retention period is a rule on keeping what the
technology gathers (the corpus labels such entries as use policies, batches 62 and 64). It has
none of an ordinance's form, so `is_retention_schedule` admits it, and `schedule_rules` read its
retention field as the use policy's retention rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from .passages import Part, Passage
from .rules import BY_ID, ElementRules, Need, rule

# What marks a schedule's entry: its series ("Record Series Title:", "Series #: POL-001-WSO",
# "SERIES: 28092", "Item# 192", "RDA: SW34") or what becomes of the records ("Disposition
# Method: Shred or Delete", "Retention End Action: Destroy"; "This series documents ...").
_SERIES = re.compile(
    r"\brecords?\s+series\b|\bthis\s+series\s+(?:documents|consists|includes|contains)\b|"
    r"^series\s*(?:#|no\.?|number|title|description)?\s*:|\bitem\s*#\s*\d+\s*$|^RDA\s*:|"
    # (a schedule's own name heading the page, not a page that cites one)
    r"^[\w ,.'’-]{0,40}?\b(?:general|local\s+government)\s+records?\s+(?:retention\s+)?"
    r"schedules?\b[^.\n]{0,40}$|"
    r"^disposition(?:\s+(?:method|action))?\s*:|^retention\s+end\s+action\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words one of which every _SERIES match holds.
# (kept in step with _SERIES by hand: each alternative there holds one of these)
_SERIES_WORDS = ("series", "item", "rda", "schedule", "disposition", "end")
# How long the series is kept, as a field ("Retention: 30 days", "Retention Period: When
# Superseded", "Minimum Retention: 30 days", "Retention Time Period:" over its periods) or in the
# imperative ("Retain for 6 month(s)", "a) Record copy. Retain until obsolete", a field run into
# its label "RETENTION. Retain for 6 month(s)").
_RETENTION = (
    r"^(?:[a-z]\)\s*)?(?:record\s+copy\.\s*|retention\.\s*)?(?:(?:total\s+|minimum\s+)?retention"
    r"(?:\s+(?:time|requirement))?(?:\s+period)?\s*:|retain\s+(?:for\s+)?(?:a\s+minimum\s+of\s+)?"
    r"(?:\d+|[a-z]+)\s+(?:\(\d+\)\s+)?(?:days?|weeks?|months?|years?|month\(s\)|year\(s\)|day\(s\))|"
    r"retain\s+until\b)"
)
_RETENTION_LINE = re.compile(_RETENTION, re.IGNORECASE | re.MULTILINE)
# ... of records a surveillance technology makes: the entry names the technology and the
# recordings ("Surveillance Video", "Body-Worn Camera Recordings", "audio/visual recordings" of
# "security monitoring"), not a council meeting's audio, a training video, patrol vehicles' repair
# logs or contracts for installing cameras.
_SURVEILLANCE = re.compile(
    r"\b(?:surveillance|cameras?|body[- ]?(?:worn|cam\w*)|bodycams?|dash\s*cam\w*|in-?car|"
    r"license\s+plate|ALPR|drones?|unmanned\s+aircraft|closed[- ]circuit|CCTV|"
    r"security\s+monitoring|security\s+recordings?|mobile\s+audio|monitoring|"
    r"patrol\s+(?:car|unit|vehicle)s?\s+(?:video|audio|recordings?|cameras?))\b",
    re.IGNORECASE,
)
_RECORDINGS = re.compile(
    r"\b(?:recordings?|recorded|video\w*|audio|footage|images?|tapes?)\b", re.IGNORECASE
)
# Where a schedule's next entry begins: "Series #: PD-002", "Record Series Title: ...", "Item#
# 192", "RDA: SW34", "SERIES: 28092".
_ENTRY_START = re.compile(
    r"^(?:record\s+)?series\s*(?:#|no\.?|number|title)?\s*:|\bitem\s*#\s*\d+\s*$|^RDA\s*:",
    re.IGNORECASE,
)


def _entries(passages: Sequence[Passage]) -> list[list[Passage]]:
    """The schedule's entries: a new one begins where the field that began the last one comes
    again ("Series #: PD-001 / Series Title: ... / Series #: PD-002")."""
    entries: list[list[Passage]] = [[]]
    first_field = ""
    for passage in passages:
        start = _ENTRY_START.search(passage.text)
        if start:
            field = " ".join(start.group(0).lower().split())
            if not first_field:
                first_field = field
            elif field == first_field:
                entries.append([])
        entries[-1].append(passage)
    return entries


def _of_surveillance(entry: Sequence[Passage]) -> bool:
    text = " ".join(p.text for p in entry)
    return bool(_SURVEILLANCE.search(text)) and bool(_RECORDINGS.search(text))


def is_retention_schedule(passages: Sequence[Passage]) -> bool:
    """Whether the text is a retention schedule with an entry for surveillance recordings: it
    names its series or their disposition and sets how long they are kept."""
    text = "\n".join(p.text for p in passages)
    lowered = text.lower()
    # (word tests first: an ordinance of forty pages is spared the patterns)
    if "retain" not in lowered and "retention" not in lowered:
        return False
    if not any(word in lowered for word in _SERIES_WORDS):
        return False
    return (
        _RETENTION_LINE.search(text) is not None
        and _SERIES.search(text) is not None
        and any(_of_surveillance(entry) for entry in _entries(passages))
    )


def other_series(passages: Sequence[Passage]) -> set[int]:
    """The passages (by id) of a schedule's entries for other records (a payroll series beside
    the body cameras'), whose retention is no rule of use."""
    return {
        id(p) for entry in _entries(passages) if not _of_surveillance(entry) for p in entry
    }


@functools.cache
def schedule_rules() -> dict[str, ElementRules]:
    """Every element's rules as a retention schedule is read: its retention field is a rule
    of use."""
    element = BY_ID["use_policy"]
    kept = rule(
        _RETENTION,
        need=Need.NONE,
        parts=(Part.BODY, Part.HEADING),
        triggers=("retain", "retention"),
    )
    return {**BY_ID, "use_policy": replace(element, rules=(*element.rules, kept))}
