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
    r"\brecords?\s+series\b|\bthis\s+series\s+(?:documents|consists|includes|contains)\b|^series\s*(?:#|no\.?|number|title|description)?\s*:|\bitem\s*#\s*\d|"
    r"^RDA\s*:|\b(?:general|local\s+government)\s+records?\s+(?:retention\s+)?schedules?\b|"
    r"^disposition(?:\s+(?:method|action))?\s*:|^retention\s+end\s+action\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words one of which every _SERIES match holds.
_SERIES_WORDS = ("series", "item", "rda", "schedule", "disposition", "retention end")
# How long the series is kept, as a field ("Retention: 30 days", "Retention Period: When
# Superseded", "Retention Time Period:" over its periods) or in the imperative ("Retain for 6
# month(s)", "a) Record copy. Retain until obsolete", a field run into its label "RETENTION.
# Retain for 6 month(s)").
_RETENTION = (
    r"^(?:[a-z]\)\s*)?(?:record\s+copy\.\s*|retention\.\s*)?(?:(?:total\s+)?retention(?:\s+time)?(?:\s+period)?"
    r"\s*:|retain\s+(?:for\s+)?(?:a\s+minimum\s+of\s+)?(?:\d+|[a-z]+)\s+(?:\(\d+\)\s+)?"
    r"(?:days?|weeks?|months?|years?|month\(s\)|year\(s\)|day\(s\))|retain\s+until\b)"
)
_RETENTION_LINE = re.compile(_RETENTION, re.IGNORECASE | re.MULTILINE)
# ... of records a technology makes: the schedule's series are recordings or surveillance.
_SURVEILLANCE_RECORDS = re.compile(
    r"\b(?:surveillance|cameras?|video|audio|recordings?|body[- ]?(?:worn|cam\w*)|"
    r"dash\s*cam\w*|footage|license\s+plate|drones?)\b",
    re.IGNORECASE,
)


def is_retention_schedule(passages: Sequence[Passage]) -> bool:
    """Whether the text is a retention schedule's entry for surveillance recordings: it names
    its series or their disposition, sets how long they are kept, and they are recordings."""
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
        and _SURVEILLANCE_RECORDS.search(text) is not None
    )


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
