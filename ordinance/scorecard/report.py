"""Scorecards -> a terminal table, JSON, a Markdown or a self-contained HTML report.

One scorecard reads element by element; several make a comparison table (ordinance x element),
followed by each scorecard.
"""

from __future__ import annotations

import html
import json
import textwrap
from collections.abc import Sequence
from pathlib import Path

from .model import TITLES, Scorecard, Status, Verdict

# What each element adds to an ordinance that lacks it, for the "a strong ordinance adds" list.
ADDS: dict[str, str] = {
    "title": "a caption and a long title that says what the ordinance does",
    "findings": "recitals on the rights at stake and the community's experience of surveillance",
    "enacting_clause": "the legislative body's enacting formula",
    "signature_block": "adoption dates, the vote and the attested signatures",
    "severability": "a clause that keeps the rest in force if one part is held invalid",
    "effective_date": "a date on which it takes effect and the deadlines start",
    "definitions": "a broad functional definition of surveillance technology with narrow "
    "exclusions",
    "council_approval": "the governing body's approval before funds are sought, technology is "
    "acquired, a new use begins or an agreement is signed",
    "approval_standard": "approval only on findings that benefits outweigh costs, rights are "
    "protected and there is no disparate impact",
    "public_hearing_notice": "a noticed public hearing, with the report and policy published "
    "in advance",
    "community_engagement": "community meetings, a written comment period and notices in the "
    "community's languages",
    "impact_report": "a surveillance impact report on capabilities, costs, civil-rights effects "
    "and data",
    "use_policy": "a binding use policy with permitted uses, access, sharing and a maximum "
    "retention period",
    "existing_technology": "an inventory of technology already in use and a deadline after "
    "which unapproved use stops",
    "partnership_termination": "an end to police access to private camera networks the body "
    "has not approved",
    "footage_requests": "private footage only with a warrant or the owner's informed, written "
    "consent",
    "no_subsidy_or_promotion": "no public subsidy or police promotion of private surveillance "
    "devices",
    "nda_prohibition": "no vendor non-disclosure terms that defeat oversight or public records",
    "data_sharing_limits": "limits on sharing surveillance data with other agencies, each "
    "sharing recorded",
    "annual_report": "an annual public report on use, sharing, complaints and costs, which the "
    "body reviews",
    "oversight_body": "an independent body that reviews reports and policies before the vote",
    "exigent_circumstances": "emergency use limited in time and reported to the body",
    "public_records": "publication online of reports, policies, agreements and the inventory",
    "enforcement": "a private right of action, remedies and discipline for violations",
    "whistleblower": "protection for employees who report violations",
    "facial_recognition_ban": "a ban on government use of face recognition",
    "military_equipment": "the same approval process for military equipment",
    "sunset_review": "approvals that lapse unless renewed",
}
_MARK = {Status.PRESENT: "yes", Status.PARTIAL: "partial", Status.MISSING: "no"}


def _name(card: Scorecard) -> str:
    return Path(card.source).name or card.source


def _detail(verdict: Verdict) -> str:
    parts = []
    if verdict.parameters:
        parts.append(", ".join(f"{k}: {v}" for k, v in verdict.parameters.items()))
    if verdict.note and verdict.status is not Status.MISSING:
        parts.append(verdict.note)
    if verdict.quote:
        parts.append(f"“{verdict.quote}”")
    return " — ".join(parts)


def _adds(card: Scorecard) -> list[str]:
    return [
        f"{TITLES[v.id]}: {ADDS[v.id]}" for v in card.verdicts if v.status is not Status.PRESENT
    ]


# ----------------------------------------------------------------------------------- terminal


def _shorten(text: str, width: int) -> str:
    return textwrap.shorten(text, width=width, placeholder=" …") if len(text) > width else text


def terminal(cards: Sequence[Scorecard], width: int = 100) -> str:
    """A readable plain-text table: one scorecard, or a comparison of several."""
    if len(cards) > 1:
        return (
            _terminal_comparison(cards)
            + "\n\n"
            + "\n\n".join(_terminal_one(c, width) for c in cards)
        )
    return _terminal_one(cards[0], width)


def _terminal_one(card: Scorecard, width: int) -> str:
    method = "provision tags" if card.method == "tags" else "text rules"
    lines = [f"{card.source}: score {card.score}/100 (from {method})", ""]
    lines.append(f"{'element':<44} {'status':<8} where")
    lines.append("-" * min(width, 100))
    for verdict in card.verdicts:
        where = ", ".join(verdict.sections)
        lines.append(
            f"{TITLES[verdict.id]:<44} {_MARK[verdict.status]:<8} {_shorten(where, width - 54)}"
        )
        detail = _detail(verdict)
        if detail:
            lines += textwrap.wrap(
                detail, width=width, initial_indent="    ", subsequent_indent="    ",
                max_lines=4, placeholder=" …",
            )  # fmt: skip
    adds = _adds(card)
    if adds:
        lines += ["", "A strong ordinance adds:"] + [f"  - {_shorten(a, width - 4)}" for a in adds]
    return "\n".join(lines)


def _terminal_comparison(cards: Sequence[Scorecard]) -> str:
    names = [_shorten(_name(c), 14) for c in cards]
    cell = max(9, *(len(n) for n in names))
    header = f"{'element':<44}" + "".join(f" {n:<{cell}}" for n in names)
    lines = [header, "-" * len(header)]
    for index, verdict in enumerate(cards[0].verdicts):
        row = f"{TITLES[verdict.id]:<44}"
        row += "".join(f" {_MARK[c.verdicts[index].status]:<{cell}}" for c in cards)
        lines.append(row)
    lines.append(f"{'Score':<44}" + "".join(f" {c.score:<{cell}}" for c in cards))
    return "\n".join(lines)


# --------------------------------------------------------------------------------------- JSON


def to_json(cards: Sequence[Scorecard]) -> str:
    """One scorecard's JSON object; several files give {"ordinances": [...]}."""
    data = cards[0].to_json() if len(cards) == 1 else {"ordinances": [c.to_json() for c in cards]}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# ----------------------------------------------------------------------------------- Markdown


def _md_cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def markdown(cards: Sequence[Scorecard]) -> str:
    parts = ["# Surveillance ordinance scorecard", ""]
    if len(cards) > 1:
        parts += [
            "## Comparison",
            "",
            "| Element | " + " | ".join(_md_cell(_name(c)) for c in cards) + " |",
        ]
        parts.append("|---|" + "---|" * len(cards))
        for index, verdict in enumerate(cards[0].verdicts):
            marks = " | ".join(_MARK[c.verdicts[index].status] for c in cards)
            parts.append(f"| {TITLES[verdict.id]} | {marks} |")
        parts.append("| **Score** | " + " | ".join(str(c.score) for c in cards) + " |")
        parts.append("")
    for card in cards:
        method = "provision tags" if card.method == "tags" else "text rules"
        parts += [
            f"## {_md_cell(card.source)}",
            "",
            f"Score: **{card.score}/100** (from {method}).",
            "",
        ]
        parts += ["| Element | Status | Where | Evidence |", "|---|---|---|---|"]
        for verdict in card.verdicts:
            parts.append(
                f"| {TITLES[verdict.id]} | {_MARK[verdict.status]} | "
                f"{_md_cell(', '.join(verdict.sections))} | {_md_cell(_detail(verdict))} |"
            )
        adds = _adds(card)
        if adds:
            parts += ["", "A strong ordinance adds:", ""] + [f"- {a}" for a in adds]
        parts.append("")
    return "\n".join(parts)


# --------------------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}.present{background:#e3f4e1}.partial{background:#fff4d6}
.missing{background:#fbe3e3}.score{font-size:1.4rem;font-weight:600}q{font-style:italic}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def html_report(cards: Sequence[Scorecard]) -> str:
    """A self-contained HTML page: inline style, no scripts, no external resources."""
    body = ["<h1>Surveillance ordinance scorecard</h1>"]
    if len(cards) > 1:
        body.append("<h2>Comparison</h2><table><tr><th>Element</th>")
        body.append("".join(f"<th>{_e(_name(c))}</th>" for c in cards) + "</tr>")
        for index, verdict in enumerate(cards[0].verdicts):
            statuses = [c.verdicts[index].status for c in cards]
            cells = "".join(f'<td class="{st.value}">{_MARK[st]}</td>' for st in statuses)
            body.append(f"<tr><td>{_e(TITLES[verdict.id])}</td>{cells}</tr>")
        body.append(
            "<tr><th>Score</th>" + "".join(f"<th>{c.score}</th>" for c in cards) + "</tr></table>"
        )
    for card in cards:
        method = "provision tags" if card.method == "tags" else "text rules"
        body.append(f"<h2>{_e(card.source)}</h2>")
        body.append(f'<p class="score">Score: {card.score}/100</p><p>Verdicts from {method}.</p>')
        body.append(
            "<table><tr><th>Element</th><th>Status</th><th>Where</th><th>Evidence</th></tr>"
        )
        for verdict in card.verdicts:
            evidence = []
            if verdict.parameters:
                evidence.append(_e(", ".join(f"{k}: {v}" for k, v in verdict.parameters.items())))
            if verdict.note and verdict.status is not Status.MISSING:
                evidence.append(_e(verdict.note))
            if verdict.quote:
                evidence.append(f"<q>{_e(verdict.quote)}</q>")
            body.append(
                f'<tr class="{verdict.status.value}"><td>{_e(TITLES[verdict.id])}</td>'
                f"<td>{_MARK[verdict.status]}</td><td>{_e(', '.join(verdict.sections))}</td>"
                f"<td>{'<br>'.join(evidence)}</td></tr>"
            )
        body.append("</table>")
        adds = _adds(card)
        if adds:
            body.append("<h3>A strong ordinance adds</h3><ul>")
            body.append("".join(f"<li>{_e(a)}</li>" for a in adds) + "</ul>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>Surveillance ordinance scorecard</title>"
        f"<style>{_CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
