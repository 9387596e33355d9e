"""What a rule's words cover when it names its technology the text's own way: by a term the text's
glossary defines, or, in a list item, through the lead-in it completes.

A statute defines its technology once ("'RPR' means a device that ... uses automated high-speed
camera and optical character recognition technology") and its rules then name it by the term
alone ("An RPR may only be used by a police officer"); a list item leaves the technology to its
lead-in ("Captured plate data obtained for the purposes described in Section 41-6a-2003: ... (b)
may not be used or shared for any purpose other than ..."). The learned second opinion asks
whether a rule is about a surveillance technology (`second_opinion`): it reads these words too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from .passages import Sentence, items_of

# The terms a glossary entry defines: the quoted names before its defining verb ("'Registration
# plate reading device' or 'RPR' means", "'Drone', any powered aerial vehicle that").
_QUOTED = re.compile(r"[\"“”]([^\"“”]{2,60}?)[\"“”]")
_DEFINING = re.compile(
    r"\b(?:means?|shall\s+mean|refers?\s+to|includes?|is\s+defined|shall\s+be)\b|[\"“”],", re.I
)
# An acronym is matched in its own case ("an RPR", not "rpr" inside another word's letters); a
# name of words in any case ("the Surveillance System", "surveillance system").
_ACRONYM = re.compile(r"^[A-Z0-9]{2,6}s?$")
# A name of words must name a thing that watches or what it gathers ("Registration plate reading
# device", "Captured plate data"): a "Governing board" or a "Special use permit" whose definition
# mentions a system is not one.
_A_THING_THAT_WATCHES = re.compile(
    r"\b(?:devices?|systems?|readers?|cameras?|aircraft|drones?|technolog(?:y|ies)|equipment|"
    r"data|recordings?|footage|images?|databases?|networks?|software|sensors?|trackers?|"
    r"monitor(?:s|ing)?)\b",
    re.I,
)


# What a definition says its term is, before a relative clause or a list of examples ("'RTCC'
# means the Real Time Crime Center, the police unit that monitors ...": a center) and before
# what it leaves out ("... not including body camera footage").
_LEAVES_OUT = r"not\s+including|does\s+not\s+include|excluding|except|other\s+than|but\s+not"
_GENUS_ENDS = re.compile(
    r"[,;:(]|\b(?:that|which|who|whose|where|including|" + _LEAVES_OUT + r")\b", re.I
)
# A body or a place is no technology, whatever it watches: "the Police Department", "the Real Time
# Crime Center".
_A_BODY = re.compile(
    r"\b(?:departments?|units?|offices?|cent(?:er|re)s?|divisions?|bureaus?|agenc(?:y|ies)|"
    r"boards?|commissions?|committees?|councils?|persons?|officers?|employees?)\b",
    re.I,
)


def _terms(definition: str) -> list[str]:
    """The names a glossary entry defines, in order."""
    defining = _DEFINING.search(definition)
    head = definition[: defining.end()] if defining else definition[:120]
    return [m.group(1).strip() for m in _QUOTED.finditer(head) if m.group(1).strip()]


# A genus that says only "a device" or "any system": what the thing does, in the rest of the
# entry and its list, says whether it watches ("... a device that satisfies all of the following:
# ... Uses automated high-speed camera ... technology"), up to what the entry leaves out.
_A_THING = re.compile(
    r"(?:an?\s+|any\s+)?(?:[\w-]+\s+)?(?:device|system|equipment|technology|software|tool|"
    r"apparatus|instrument)s?",
    re.I,
)
_EXCLUSIONS = re.compile(r"\b(?:" + _LEAVES_OUT + r")\b", re.I)


def _before_exclusions(text: str) -> str:
    end = _EXCLUSIONS.search(text)
    return text[: end.start()] if end else text


def _genus(definition: str) -> str:
    """What a glossary entry says its term is: its words after the defining verb, to the first
    relative clause, list or exclusion."""
    defining = _DEFINING.search(definition)
    meaning = definition[defining.end() :] if defining else definition
    end = _GENUS_ENDS.search(meaning)
    return meaning[: end.start()] if end else meaning


def defined_names(
    sentences: Sequence[Sentence],
    is_definition: Callable[[Sentence], bool],
    names_technology: Callable[[str], bool],
) -> re.Pattern[str] | None:
    """The terms the text defines as a surveillance technology or what one gathers, as one
    pattern; None if none. An entry counts when its genus (what it says the term is, the term
    itself left out) names one, or, for a bare "a device", when the rest of the entry does; never
    when the genus is a body, a unit or a person ("the Real Time Crime Center")."""
    found: set[str] = set()
    for s in sentences:
        if not is_definition(s):
            continue
        terms = [
            term
            for term in _terms(s.text)
            if _ACRONYM.match(term) or _A_THING_THAT_WATCHES.search(term)
        ]
        if not terms:
            continue
        genus = _genus(s.text)
        if _A_THING.fullmatch(genus.strip()):
            # (a bare "a device that ..." is said by what follows: its list of what it does)
            genus = _before_exclusions(s.scope)
        for term in terms:
            genus = genus.replace(term, " ")
        if names_technology(genus) and not _A_BODY.search(genus):
            found.update(terms)
    if not found:
        return None
    # (in the plural too: "RPRs may only be used", "reading devices")
    alternatives = [
        re.escape(term.rstrip("s")) + "s?"
        if _ACRONYM.match(term)
        else f"(?i:{re.escape(term)}(?:e?s)?)"
        for term in sorted(found, key=len, reverse=True)
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])")


@dataclass(frozen=True, slots=True)
class RuleWords:
    """For each sentence of a text, the words its rule names things with: the sentence and the
    list items it introduces (its scope), after the lead-in it completes, if any."""

    defined: re.Pattern[str] | None
    # each list item's lead-in, by the item's identity: valid while the sentences it was made
    # from are (one check's)
    lead_of: Mapping[int, Sentence] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(
        cls,
        sentences: Sequence[Sentence],
        is_definition: Callable[[Sentence], bool],
        names_technology: Callable[[str], bool],
    ) -> RuleWords:
        lead_of: dict[int, Sentence] = {}
        for s in sentences:
            if s.text.endswith(":"):
                for item in items_of(s, sentences):
                    lead_of.setdefault(id(item), s)
        return cls(
            defined_names(sentences, is_definition, names_technology), MappingProxyType(lead_of)
        )

    def words(self, s: Sentence) -> str:
        """The sentence's scope, after its lead-in's words when it is a list item."""
        lead = self.lead_of.get(id(s))
        return f"{lead.text} {s.scope}" if lead is not None else s.scope

    def names_a_defined_term(self, s: Sentence) -> bool:
        return self.defined is not None and self.defined.search(self.words(s)) is not None


NO_RULE_WORDS = RuleWords(None)
