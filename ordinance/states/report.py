"""Plain-text and JSON views of state profiles, for the `ordinance state` command."""

from __future__ import annotations

import json

from .loader import load_state, state_codes
from .profile import TOPICS, StateFact, StateProfile, Statute


def show_state(code: str, as_json: bool = False) -> str:
    """One state's profile: every law and fact with its citation, source and verification."""
    profile = load_state(code)
    if as_json:
        return json.dumps(profile.model_dump(mode="json"), indent=2, ensure_ascii=False)
    hours = profile.open_meetings.notice_hours
    notice = f"notice: {f'{hours} hours' if hours is not None else 'no fixed minimum'}"
    lines = [f"{profile.name} ({profile.code}), checked {profile.checked_on.isoformat()}", ""]
    lines += _law("Open meetings", profile.open_meetings, notice)
    lines += _law("Public records", profile.public_records)
    if profile.privacy_clause is not None:
        lines += _law("Privacy clause", profile.privacy_clause)
    for topic in TOPICS:
        found = profile.fact(topic)
        if found is not None:
            lines += _fact(topic, found)
    unchecked = profile.unverified()
    lines += ["", f"Unverified: {', '.join(unchecked) if unchecked else 'none'}"]
    return "\n".join(lines)


def list_states(as_json: bool = False) -> str:
    """Every state on one line: open-meeting notice and the topics where state law applies."""
    profiles = [load_state(code) for code in state_codes()]
    if as_json:
        return json.dumps([_summary(p) for p in profiles], indent=2, ensure_ascii=False)
    lines = []
    for profile in profiles:
        hours = profile.open_meetings.notice_hours
        notice = f"{hours}h notice" if hours is not None else "no fixed notice"
        applies = ", ".join(t for t in TOPICS if profile.preempts(t)) or "-"
        lines.append(f"{profile.code}  {profile.name:<22} {notice:<16} state law on: {applies}")
    return "\n".join(lines)


def _summary(profile: StateProfile) -> dict[str, object]:
    return {
        "code": profile.code,
        "name": profile.name,
        "notice_hours": profile.open_meetings.notice_hours,
        "applies": [t for t in TOPICS if profile.preempts(t)],
        "unverified": profile.unverified(),
    }


def _law(label: str, law: Statute, *details: str) -> list[str]:
    lines = [f"{label}: {law.name}, {law.citation}{_checked(law.verified)}"]
    lines += [f"  {detail}" for detail in details]
    if law.note:
        lines.append(f"  {law.note}")
    lines.append(f"  source: {law.source or 'none'}")
    return lines


def _fact(topic: str, fact: StateFact) -> list[str]:
    state = {True: "applies", False: "does not apply", None: "unknown"}[fact.applies]
    lines = ["", f"{topic.replace('_', ' ')}: {state}{_checked(fact.verified)}"]
    if fact.citation:
        lines.append(f"  {fact.citation}")
    lines.append(f"  {fact.summary}")
    if fact.penalties:
        lines.append(f"  penalties: {fact.penalties}")
    lines.append(f"  source: {fact.source or 'none'}")
    return lines


def _checked(verified: bool) -> str:
    return "" if verified else " [unverified]"
