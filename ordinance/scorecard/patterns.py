"""Vocabulary shared by the rules: what makes a sentence a duty, a prohibition or a report.

Written from the wording of enacted ordinances (Oakland, Berkeley, Sebastopol, San Francisco,
Seattle, Nashville and the others in tests/check_corpus), not from this project's templates.
"""

from __future__ import annotations

import re

# "[^.;]" keeps a match inside one clause; a section number ("RCW 43.386.080", "§ 9.64.030") is
# not the end of a clause, so the dot between two digits is let through; nor is a number's
# "No." ("as attached as Exhibit No. 1, is approved"), nor a place's "St." ("the City Council of
# the City of St. Louis Park that ...").
_WITHIN_CLAUSE = (
    "(?:[^.;]|(?<=\\d)\\.(?=\\d)|(?<=\\bNo)\\.(?=\\s?\\d)|(?<=\\b(?-i:St|Mt|Ft))\\.(?=\\s(?-i:[A-Z])))"
)


# A dot that does not end a clause, as _WITHIN_CLAUSE lets it through (case-insensitive, as every
# rx pattern is: a case-sensitive window inside one lets through fewer, never more).
_CLAUSE_DOT = re.compile(
    r"\.(?:(?<=\d\.)(?=\d)|(?<=\bno\.)(?=\s?\d)|(?<=\b(?-i:St|Mt|Ft)\.)(?=\s(?-i:[A-Z])))",
    re.IGNORECASE,
)

# Each rx pattern with a window, written with the plain "[^.;]" instead. In a text with no dot
# that _WITHIN_CLAUSE lets through, the window's other branches never match, so the plain
# pattern finds exactly what the full one finds, and sre runs it as one character class.
_PLAIN: dict[re.Pattern[str], re.Pattern[str]] = {}


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern, whose "[^.;]" windows reach across section numbers."""
    compiled = re.compile(pattern.replace("[^.;]", _WITHIN_CLAUSE), re.IGNORECASE)
    if "[^.;]" in pattern:
        _PLAIN[compiled] = re.compile(pattern, re.IGNORECASE)
    return compiled


def plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for texts without a clause dot (see has_clause_dot)."""
    return _PLAIN.get(pattern, pattern)


# Each plain pattern with its letters in lower case, compiled case-sensitively, to search a
# lower-cased text in its place: sre matches a case-insensitive letter by folding it, and runs
# such a pattern about a third slower than the same pattern on a text folded once beforehand.
# Where the pattern names a dot ("\\.", a class holding one), the folded pattern takes the mask
# too (see folded_text), so that a masked clause dot is read as the dot it stands for; its
# windows ("[^.;]") pass the mask as the full pattern's windows pass a clause dot. None for a
# pattern with a case-sensitive part ("(?-i:St)") or a cased letter beyond ASCII.
_FOLDED: dict[re.Pattern[str], re.Pattern[str] | None] = {}
# Whether a folded pattern may read a masked text: not where it gives a character by its code
# ("\\x2e", "\\u2024", "\\N{...}", "\\056"), or in a range this module cannot read, or names the
# mask itself.
_READS_MASKED: dict[re.Pattern[str], bool] = {}
_CODE_ESCAPES = frozenset("xuUN01234567")
# The only characters whose lower case sre's case-insensitive matching does not follow for the
# ASCII letters of the patterns: "İ" (two characters in lower case), "ı" and "ſ" (which match
# "i" and "s" though they lower to themselves). A text holding one is searched as written.
_UNFOLDABLE = ("\u0130", "\u0131", "\u017f")
# A text's clause dots, masked with a character no text or pattern uses, become characters a
# plain window passes like any other, and that the folded patterns read as dots elsewhere.
_MASK = "\u2024"
_WINDOW = "[^.;]"
# A text ending in one of these is not folded: joined to what follows ("No." + " 5", "St." +
# " Louis"), its last dot could become a clause dot that masking it alone would not show.
_JOINING_ENDS = ("no.", "st.", "mt.", "ft.")


def folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`plain(pattern)` for folded texts (see folded_text), or None where it has none."""
    try:
        return _FOLDED[pattern]
    except KeyError:
        pass
    source = plain(pattern).pattern
    result = None
    readable = _MASK not in source
    if "(?-i" not in source and all(c.isascii() or not c.isalpha() for c in source):
        out: list[str] = []
        position = 0
        while position < len(source):
            char = source[position]
            if char == "\\":
                escape = source[position : position + 2]
                # (an escape keeps its letter: "\\S" is not "\\s"; an escaped dot takes the mask)
                out.append(f"[.{_MASK}]" if escape == "\\." else escape)
                readable = readable and escape[1:] not in _CODE_ESCAPES
                position += 2
            elif char == "[" and not source.startswith(_WINDOW, position):
                end = _class_end(source, position)
                members, _, class_readable = _folded_class(source[position + 1 : end])
                out.append(f"[{members}]")
                readable = readable and class_readable
                position = end + 1
            elif char == "[":
                out.append(_WINDOW)
                position += len(_WINDOW)
            else:
                out.append(char.lower())
                position += 1
        result = re.compile("".join(out), pattern.flags & ~re.IGNORECASE)
    _FOLDED[pattern] = result
    _READS_MASKED[pattern] = readable
    return result


def _class_end(source: str, start: int) -> int:
    """The position of the "]" closing the class opened at `start`."""
    position = start + 1
    if source[position : position + 1] == "^":
        position += 1
    if source[position : position + 1] == "]":  # a "]" first is a member
        position += 1
    while position < len(source) and source[position] != "]":
        position += 2 if source[position] == "\\" else 1
    return position


def _folded_class(members: str) -> tuple[str, bool, bool]:
    """A class's members lower-cased, with the mask added where they hold the dot (alone,
    escaped or in a range), and whether this module can tell (no character given by its code,
    no range with an escaped or a non-ASCII end, no range run on from another)."""
    negated = members.startswith("^")
    body = members[1:] if negated else members
    tokens: list[tuple[str, bool]] = []  # (character, escaped)
    position = 0
    while position < len(body):
        if body[position] == "\\" and position + 1 < len(body):
            tokens.append((body[position + 1], True))
            position += 2
        else:
            tokens.append((body[position], False))
            position += 1
    dotted = any(char == "." for char, _ in tokens)
    readable = not any(escaped and char in _CODE_ESCAPES for char, escaped in tokens)
    range_end = -1
    for index, (char, escaped) in enumerate(tokens):
        if char != "-" or escaped or index in (0, len(tokens) - 1):
            continue
        (low, low_escaped), (high, high_escaped) = tokens[index - 1], tokens[index + 1]
        plain_ends = not (low_escaped or high_escaped) and low.isascii() and high.isascii()
        if index - 1 == range_end or not plain_ends:
            readable = False
        elif low <= "." <= high:
            dotted = True
        range_end = index + 1
    lowered: list[str] = []
    escaped = False
    for char in body:
        lowered.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    folded_body = "".join(lowered)
    if dotted:
        # (first, where it cannot end a range; after a leading "]" or "-", which are members
        # there and nowhere else)
        lead = 1 if folded_body[:1] in ("]", "-") else 0
        folded_body = folded_body[:lead] + _MASK + folded_body[lead:]
    return ("^" if negated else "") + folded_body, dotted, readable


def folded_text(text: str, dotted: bool = True) -> str | None:
    """`text` lower-cased with its clause dots masked, for the folded patterns, or None where
    they may not read it (a character of _UNFOLDABLE or the mask in it, a joining last dot).
    `dotted` False says `text` has no clause dot (the caller has tested it: see
    has_clause_dot)."""
    if any(char in text for char in _UNFOLDABLE) or _MASK in text:
        return None
    if text[-3:].lower() in _JOINING_ENDS:
        return None
    return _CLAUSE_DOT.sub(_MASK, text).lower() if dotted and "." in text else text.lower()


def misreads_masked(pattern: re.Pattern[str]) -> bool:
    """Whether `folded(pattern)` may not read a masked text (a text with clause dots) in the
    full pattern's place: it gives a character by its code or has a range this module cannot
    read (see _folded_class)."""
    if pattern not in _READS_MASKED:
        folded(pattern)
    return not _READS_MASKED[pattern]


def has_clause_dot(text: str) -> bool:
    """Whether `text` holds a dot that an rx window reaches across ("§ 9.64", "No. 5"); where
    it does not, `plain(pattern)` may search it in the pattern's place."""
    return _CLAUSE_DOT.search(text) is not None


def joins_a_clause_dot(text: str) -> bool:
    """Whether `text`, followed by a space and a digit, would end in a clause dot ("... No.")."""
    return text[-3:].lower() == "no."


# The law forbidding in its own present tense: "This ordinance also prohibits: a) Facial
# recognition systems ..." (a duty and a prohibition; read only in sentences with "prohibits").
SELF_PROHIBITS = rx(
    # opening its clause: "Nothing in this section prohibits ..." permits
    r"(?:^|;\s+)this\s+(?:ordinance|chapter|article|section|act|local\s+law)\s+(?:also\s+|hereby\s+)?"
    r"prohibits\b"
)
# The names an overseeing body goes by when a text speaks of it as the actor ("the Board shall",
# "the Commission reviews", "IPR may"): shared by the overseer reading and the gate's test for a
# page that describes a board.
OVERSEER_NOUNS = (
    r"board|commission|committee|office|panel|agency|auditor|monitor|ombuds\w*|(?-i:[A-Z]{2,6})"
)
# The names of a place's governing body, as its law names it when the body acts: shared by BODY
# and the rules' "approved by the body" (rules._BY_THE_BODY), which add their own looser names.
GOVERNING_BODY_NAMES = (
    r"(?:city|town|village|county|metropolitan|common|borough|township)\s+council|council|"
    # ("Board of County Commissioners" in Florida, Kansas or Ohio; Virginia's "Board of County
    # Supervisors")
    # (and Iowa's "county board of supervisors", a city's "board of aldermen")
    r"(?:(?:city|town|village|county)\s+)?board\s+of\s+(?:county\s+)?(?:supervisors|aldermen|alders|"
    r"commissioners|trustees|selectmen)|"
    r"governing\s+body|select\s+board|commissioners\s+court|"
    r"(?:city|town|village|county)\s+commission\b|"
    # (Ohio's statutes call a city's council its "legislative authority")
    r"legislative\s+(?:body|authorit(?:y|ies))|"
    # New England's Town Meeting, New York's county legislatures, Kentucky's fiscal courts and
    # Louisiana's police juries are the governing bodies of their places; Alaska's boroughs and
    # municipalities govern by an Assembly (not a state's General Assembly).
    r"town\s+meeting|county\s+legislature|fiscal\s+court|police\s+jury|(?<!general\s)assembly"
)
# The governing body in the words places use for it.
BODY = (
    # (the first letters of every name below: a quick test that spares the alternatives at most
    # places in a sentence; the same matches, and on the forty-page benchmark text a search for
    # the body took 7 ms instead of 15)
    r"(?=[abcfglmpstvABCFGLMPSTV])(?:"
    + GOVERNING_BODY_NAMES
    + r"|(?:the\s+)?board|"
    # A state statute's name for the city or county acting through its governing body ("A
    # local authority shall not operate ... without approving the use of the system").
    r"local\s+authorit(?:y|ies))"
)
# A duty or a prohibition: "shall", "must", "may not", "no department may", "it shall be
# unlawful", "is prohibited"; or a condition on a permission ("may ... provided that it reports").
# Plain "may" grants a permission and is not a duty.
DUTY = rx(
    r"\b(?:shall|must|may\s+not|may\s+only|can\s+only|(?:is|are)\s+(?:authorized|permitted|allowed)\s+only\b|may\s+(?:[^\s;]+\s+){1,8}only\s+(?:if|after|upon|when|with|at|in|to|pursuant|as|under)|(?:is|are)\s+required\b|provided,?\s+(?:however,?\s+)?that|"
    # law's present tense of a condition: "The installation of a camera requires the prior
    # approval of the Council", "Council approval is a prerequisite to any acquisition"
    r"requires?\s+(?:the\s+)?(?:(?:prior|advance|express|written)\s+)*(?:approval|authori[sz]ation|consent)\b|"
    r"(?:is|are)\s+a\s+(?:prerequisite|condition\s+precedent)\b|"
    # "The acquisition ... is subject to approval by the governing body" (by the body: not "is
    # subject to approval by the City Manager")
    r"(?:is|are)\s+subject\s+to\s+(?:the\s+)?(?:prior\s+|advance\s+)?approval\s+(?:of|by)\s+"
    r"(?:the\s+)?" + BODY + r"|"
    # "is strictly prohibited", "are hereby prohibited"
    r"(?:is|are)\s+(?:(?:strictly|expressly|specifically|hereby)\s+)?prohibited|prohibited\s+from|"
    r"it\s+is\s+unlawful|(?:is|are)\s+not\s+(?:authorized|permitted|allowed)\s+to|"
    r"under\s+no\s+circumstances?\s+(?:shall|may)|in\s+no\s+event\s+(?:shall|may)|"
    # "No data collected by an automated license plate reader may be disclosed": the subject
    # may run to ten words with no verb of its own ("If no court order is obtained ... the
    # department may share" is a condition), and "no later than ..." is a deadline
    r"no\s+(?!later\b|sooner\b|more\b|less\b|fewer\b|longer\b|earlier\b)"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been)\b)[\w-]+\s+){0,10}(?:may|shall)|"
    r"neither\s+(?:[\w-]+\s+){0,12}(?:may|shall)|"
    r"(?:takes|take)\s+effect|"
    # A code's "will" where the governing body is the subject ("The City Council will hold at
    # least one public hearing"): in enacted text the body binds itself. News and notices, whose
    # "will" only describes, never reach the rules (see `gate.is_legislation`). The body
    # opens its clause, so "if the Council will hold a hearing" (a condition) is no duty.
    r"(?:^|;\s+)(?:the\s+)?" + BODY + r"\s+will\s+(?!not\b|likely\b|be\s+asked\b)|"
    # a condition precedent: "may use ... if the agency first provides a written policy"
    r"(?:if|after|unless)\b[^.;]{0,80}\bfirst\s+(?:provides?|obtains?|adopts?|submits?|receives?|files?)|"
    # a resolving clause's mandate, in the subjunctive: "BE IT RESOLVED, that a public hearing
    # ... be held ...", "RESOLVED, That the Clerk be directed to publish notice"
    # (or in the indicative: "be it resolved ... that ... the city manager ... is directed to
    # provide a report ... annually")
    r"\bresolved,?\s+(?:by\s+[^.;]{0,120}?)?that\b[^.;]{0,240}?\s(?:be\s+(?:held|directed|"
    r"required|conducted|scheduled|published|given|submitted|adopted|approved|established|"
    r"prohibited|limited|restricted|posted|made|provided|instructed)|(?:is|are)\s+(?:hereby\s+)?"
    r"(?:directed|instructed|required)\s+to))\b"
)
# Words one of which every DUTY or PROHIBITION match contains.
DUTY_WORDS = ("shall", "must", "may", "can only", "required", "prohibited", "unlawful", "effect",
              "void", "unenforceable", "null", "provided that", "first", " will ",
              "authorized only", "permitted only", "allowed only", "require", "prerequisite",
              "condition precedent", "resolved", "not authorized", "not permitted",
              "not allowed", "subject to")  # fmt: skip
# A prohibition (a negative duty) or a condition that forbids unless something is done first.
PROHIBITION = rx(
    r"\b(?:shall\s+not|must\s+not|may\s+not|shall\s+only|may\s+only|"
    # a permission granted "only upon" a condition forbids everything else
    r"(?:is|are|shall\s+be)\s+(?:authorized|permitted|allowed)\s+only\b|may\s+(?:[^\s;]+\s+){1,8}only\s+(?:if|after|upon|when|with|at|in|to|pursuant|as|under)|"
    r"(?:is|are)\s+(?:(?:strictly|expressly|specifically|hereby)\s+)?prohibited|"
    r"prohibited\s+from|(?:shall\s+be|is)\s+unlawful|"
    # law's present tense of a bar: "Vendors are not authorized to access data"
    r"(?:is|are)\s+not\s+(?:authorized|permitted|allowed)\s+to|"
    r"under\s+no\s+circumstances?\s+(?:shall|may)|in\s+no\s+event\s+(?:shall|may)|"
    # "No data collected by an automated license plate reader may be disclosed": the subject
    # may run to ten words with no verb of its own ("If no court order is obtained ... the
    # department may share" is a condition), and "no later than ..." is a deadline
    r"no\s+(?!later\b|sooner\b|more\b|less\b|fewer\b|longer\b|earlier\b)"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been)\b)[\w-]+\s+){0,10}(?:may|shall)|"
    # or a list of subjects ("no officer, employee, department, board, commission, or other
    # entity of the City shall provide", "No city agency, department, officer or employee shall
    # request"), its "or" marking the list
    r"no\s+(?:[\w-]+(?:\s+[\w-]+)?,\s+){1,8}(?:[\w-]+\s+){0,2}(?:or|nor)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|be|been)\b)[\w-]+\s+){0,6}(?:may|shall)|"
    r"neither\s+(?:[\w-]+\s+){0,12}(?:may|shall)|"
    r"(?:is|are|shall\s+be)\s+(?:void|unenforceable|null))\b"
)
# Words one of which every PROHIBITION match contains: most sentences with a modal ("shall
# submit") have none, and are spared the pattern.
PROHIBITION_WORDS = ("not", "only", "prohibit", "unlawful", "no ", "no\n", "neither", "void",
                     "unenforceable", "null")  # fmt: skip
# A permission bounded in its own clause, which forbids what lies beyond the bound (both a duty
# and a prohibition): "is authorized to deploy cameras without notice, but only for so long as
# the emergency lasts", "may retain the recording only while the investigation is open". Read
# only in sentences with one of BOUNDS_WORDS: the window is long, and few sentences need it.
BOUNDED_PERMISSION = rx(
    r"(?:\bmay|\b(?:is|are|shall\s+be)\s+(?:authorized|permitted|allowed)\s+to)\b[^.;]{0,200}"
    # "but only for official purposes", "but only if": not "but only the Chief may approve"
    r"(?:\bbut\s+only\s+(?:if|when|while|for|to|after|upon|with|in|as|until|where|during|within)|"
    r"\bonly\s+(?:for\s+)?(?:so|as)\s+long\s+as|\bonly\s+(?:while|until|to\s+the\s+extent))\b"
)
BOUNDS_WORDS = ("but only", "so long as", "as long as", "only while", "only until",
                "only to the extent")  # fmt: skip
# Words of someone reporting on a law rather than enacting one ("the chief reported that ...").
# Legal "said" is an adjective ("said request", "said buildings"): only the verb reports, so a
# "said" followed by a lower-case word other than a function word is not counted.
REPORTED = rx(
    r"\b(?:would\s+(?:require|need|have\s+to|be\s+required)|"
    # (in lower case: "Said Board shall ..." opens a sentence of law with the adjective)
    r"(?-i:said)(?!\s+(?!(?:that|the|in|on|at|during|it|he|she|they|this|last|there|we|about|"
    r"after|before|when|of|to|his|her|their|its|a|an|was|is)\b)(?-i:[a-z]))|says|asked|urged|"
    r"staff\s+recommends?|recommendations?\s+(?:call|include)|proposed\s+ordinance|"
    r"(?:reported|stated|noted|explained|announced|testified|told\s+\w+)\s+that|"
    # a writer quoting a law without "that": "The ordinance states all data collected must be
    # deleted within 30 days" (a law says what it "provides", not what it "states")
    r"(?:the|this|that|new)\s+(?:ordinance|law|bill|measure|policy|resolution)\s+(?:also\s+)?"
    r"(?:states|notes)\b)\b|^according\s+to\b|"
    # a bill's digest: "Provides that ALPR system data ... may not be shared" (capitalised: a
    # contract clause's list item may read "(b) provides that the vendor shall not sell data")
    r"^(?-i:Provides)\s+that\b|"
    # a drafting office's analysis: "Under this bill, ... no local governmental unit ... may
    # intercept an oral communication" (a bill speaks of itself as "this act")
    r"^under\s+(?:this|the)\s+bill\b"
)
# A recital or finding that states what another law requires ("Assembly Bill 481, codified at
# California Government Code sections 7070 through 7075, requires law enforcement agencies to
# ...", "AB 481 also requires that ... an agency shall submit ...", "State law requires ..."): the
# duty is that law's, not this text's. The other law opens the sentence (after a list label).
OTHER_LAW_REQUIRES = rx(
    r"^(?:\(?[A-Za-z0-9]{1,3}[.)]\s+)?(?:(?:in\s+addition|further(?:more)?),?\s+)?(?:the\s+)?"
    r"(?:(?:assembly|senate|house)\s+bill\b|(?:AB|SB|HB)\s*\d|(?:state|federal)\s+(?:law|statute)s?\b|"
    # (a writer's "This law requires that law enforcement agencies ... must get approval")
    r"(?-i:This\s+law)\b|"
    r"(?:[A-Z][a-z]+\s+)?(?:government|penal|civil|vehicle|education|revised)\s+code\b)"
    r"[^;]{0,120}?\b(?:also\s+)?(?:requires|mandates|obligates)\b|"
    # a contract's duties recited: "Under Article 3 Privacy, of the OTA, appended in its entirety
    # below, the State of Nevada and NIAS must:"
    r"^under\s+(?:article|section|part|paragraph)\b[^;:]{0,60}?\bof\s+the\s+(?:(?-i:[A-Z]{2,6})\b|"
    r"(?:[\w-]+\s+){0,3}(?:agreement|contract|memorandum|grant))"
)
OTHER_LAW_WORDS = ("requires", "mandates", "obligates", "under ")
# Words one of which every REPORTED match contains: most sentences have none, and skip the regex.
REPORTED_WORDS = ("would", "said", "says", "asked", "urged", "staff", "recommendation",
                  "proposed", "according", "reported", "stated", "noted", "explained",
                  "announced", "testified", "told", "states", "notes",
                  "provides", "under this bill", "under the bill")  # fmt: skip
# Wording that says what a term means or where a chapter applies: a "shall" that states no duty,
# so list items under "the following words shall have these meanings:" inherit none.
NOT_A_DUTY = rx(
    r"\b(?:shall|must)\s+(?:not\s+)?(?:have\s+(?:the\s+|these\s+)?(?:following\s+)?(?:meanings?|definitions?)|"
    # ("shall apply for a grant" is a duty: only "apply to" says where a chapter applies)
    r"mean|be\s+known|be\s+cited|be\s+construed|be\s+interpreted|apply(?!\s+for\b))\b"
)
# A paragraph that defines a term: '"Drone" means ...', '"Drone" includes ...', or, in a section
# titled for definitions (DEFINITIONS_HEADING), a term in capitals closed by a period ("ANNUAL
# REPORT. A written document that shall contain ..."). Its "shall" says what the word means.
QUOTED_TERM = rx(
    r"^[\"“][^\"“”]{1,80}[\"”]\s*(?:means|shall\s+mean|includes|refers?\s+to|"
    r"(?:has|shall\s+have)\s+the\s+(?:same\s+)?meaning)\b"
)
CAPITAL_TERM = re.compile(r"(?-i:^[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,5}\.(?:\s|$))")
DEFINITIONS_HEADING = rx(
    r"\bdefinitions?\b|\bglossary\b|\bterminology\b|\b(?:key|defined)\s+terms\b"
)
# The words a resolving or enacting clause may open with ("NOW, THEREFORE, BE IT RESOLVED"),
# shared by the patterns that find such clauses for different jobs: the gate's test that a
# paragraph resolves ("... resolved that"), a board policy's test that the text is the instrument
# itself, the text reader's anchors for captions and closing blocks, and the rule for the clause.
THEREFORE = r"(?:now,?\s+therefore,?\s+)?"
# The names of a policy's section that states why it is made ("Reason for Policy", "Preamble",
# "Rationale", "Policy Overview"), shared by the text reader's tracking of a purpose section under
# a plain line and the findings rule for a section so titled.
PURPOSE_SECTIONS = (
    r"policy\s+purpose|preamble|(?:policy\s+)?rationale|policy\s+overview|"
    r"reasons?\s+for\s+(?:the\s+|this\s+)?policy|"
    # an institution's policy may state why it is made under "Purpose/Scope", "Objectives" or
    # "Introduction" (not "Background": a staff report's account of events)
    r"purpose\s*(?:/|&|and)\s*scope|"
    r"scope\s*(?:/|&|and)\s*purpose|objectives?|goals?|introduction"
)
# A question, as news and web pages ask them ("What are the cameras for? The city says ..."),
# not a scan's ligature read as a question mark ("con?dentiality", "o?cers, sta? or students").
QUESTION = r"\?(?=\s+(?-i:[A-Z])|\s*$|\s*[\"“”)])"
# A quotation of at least a few words: text quoted in minutes, news or an amendment.
# (a proposal quoted in guillemets too: «Notwithstanding the foregoing, ...»)
QUOTED = re.compile(r"[\"“«][^\"“”«»]{20,}[\"”»]")
# The self-references of an enactment ("this chapter", "this Section").
SELF_REFERENCE = rx(
    # (a Georgia statute's "this Code section")
    r"\bthis\s+(?:chapter|article|(?:code\s+)?section|subsection|ordinance|act|division|subchapter|"
    r"local\s+law|part|title)\b"
    # a writer's "this ordinance would / will / was passed" describes a law from outside it
    # (but "A violation of this section is a misdemeanor" is the law's own voice)
    # (nor does "this ordinance is currently in effect", news of its state)
    r"(?!\s+(?:would|will|could|might|was|were|passed|aims|seeks|has\s+been|"
    r"is\s+(?:currently|now|already|still|set\s+to)\b|"
    r"is\s+(?:a|an|the)\b(?!\s+(?:(?:class\s+\w+\s+|petty\s+|civil\s+)?(?:misdemeanor|infraction|"
    r"offense|violation)))))"
)
# A number of days, written "30 days", "thirty (30) days" or "thirty days".
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty-five": 45, "forty": 40, "sixty": 60, "ninety": 90, "twelve": 12, "eighteen": 18,
}  # fmt: skip
DAYS = rx(
    r"\b(?:(?P<word>[a-z]+(?:-[a-z]+)?)\s+\((?P<both>\d{1,4})\)|(?P<digits>\d{1,4})|"
    r"(?P<alone>one|two|three|five|seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety))"
    r"\s+(?:calendar\s+|business\s+|working\s+)?(?P<unit>days?|months?|years?)\b"
)


def quantity(match: re.Match[str]) -> str:
    """'30 days' from a DAYS match, whichever way the number was written."""
    number = match.group("both") or match.group("digits")
    if number is None:
        number = str(_NUMBER_WORDS.get((match.group("alone") or "").lower(), 0))
    unit = match.group("unit").lower()
    if not unit.endswith("s") and number != "1":
        unit += "s"
    return f"{int(number)} {unit}"


# A Missouri caption's closing words, "...; and fixing the time when this ordinance shall become
# effective": they announce the section on the effective date, they do not set one.
CAPTION_ANNOUNCES_EFFECT = r"\bfixing\s+the\s+time\s+when\b"


# A resolving clause with a colon and no "that": Oakland's "FURTHER RESOLVED: The City Council
# requests ..." (a capital opens what it resolves, a body or an officer its subject).
# A place's or its body's own ordaining clause: "THE CITY OF EAST LANSING ORDAINS:", "THE COMMON
# COUNCIL OF THE CITY OF ROCHESTER ORDAINS:". The text reader marks a paragraph that opens with one
# as the enacting clause; the rules find the first also run on from a caption's last line.
PLACE_ORDAINS = (
    r"(?:the\s+)?(?:city|town|village|county|borough|township)\s+of\s+[^.;:]{2,60}?\s+ordains\s*:"
)
BODY_ORDAINS = (
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:council|board|commission|legislature|assembly)\s+of\s+"
    r"[^.;:]{2,80}?\s+(?:ordains|enacts)\s*:"
)
RESOLVED_COLON = (
    r"^(?:be\s+it\s+)?(?:further\s+)?resolved\s*:\s+(?:that\s+)?(?-i:[A-Z])[\w.'’ -]{0,60}?"
    # (a body or an officer as its subject: not minutes' "Resolved: Motion carried 5-0.")
    r"\b(?:council|board|commission|city|county|town|village|mayor|manager|clerk|auditor|"
    r"attorney|department|chief)\b"
)


# A legislative record's type field naming an instrument ("Type: Resolution Status: Passed",
# "Type: City Council Resolution", "Type: Bill", "Type: Motion"): the record of the instrument
# itself, whose title field is the instrument's caption and whose "Fiscal Note" is one of its
# fields, not a bill's analysis.
RECORD_TYPE = rx(
    r"\bType:\s*(?:(?:city\s+)?council\s+)?(?:Resolution|Ordinance|Local\s+Law|Bill|Motion|"
    # (a council's order: Chicago's "Type: Order Status: Failed to Pass")
    r"Order)\b"
)
# Any legislative record's type and status fields ("Type: New Business Status: Agenda Ready",
# "Type: Consent Agenda Status: Passed"): the record's "Title:" field is its item's caption.
# ("Type: Consent - Staff Report Status: Agenda Ready")
RECORD_FIELDS = rx(r"\bType:\s*[\w -]{2,40}?\s+Status:")
