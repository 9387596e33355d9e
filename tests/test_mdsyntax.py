"""Escaped text must read back as exactly the characters that went in."""

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ordinance.mdsyntax import escape_inline, escape_value, protect_underscores

_md = MarkdownIt("commonmark", {"html": False})


def rendered_text(markdown: str) -> str:
    """The text markdown-it reads from one paragraph, markup and all flattened to characters."""
    tokens = _md.parse(markdown)
    inline = [t for t in tokens if t.type == "inline"]
    assert len(inline) == 1, markdown
    children = inline[0].children or []
    assert all(c.type in ("text", "softbreak") for c in children), (markdown, children)
    return "".join(c.content for c in children)


def test_specials_are_escaped() -> None:
    assert escape_inline("*Springfield* [x](y)") == r"\*Springfield\* \[x\](y)"
    assert escape_inline("a_b") == r"a\_b"
    assert escape_inline("&amp; & co") == r"\&amp; & co"
    assert escape_value("# Title") == r"\# Title"
    assert escape_value("1. first") == r"1\. first"
    assert escape_value("(a) label") == r"\(a) label"


def test_blanks_stay_readable() -> None:
    assert escape_inline("ORDINANCE NO. ______") == "ORDINANCE NO. ______"
    assert protect_underscores("on ______________, by vote") == "on ______________, by vote"
    # A run that could close emphasis makes every ambiguous run escaped.
    assert protect_underscores("a_b on ____,") == r"a\_b on \_\_\_\_,"


def test_underscores_beside_a_control_that_python_calls_space_are_escaped() -> None:
    # U+0085 is white space to Python's str.isspace but a control to CommonMark, so "_\x85_"
    # is emphasis to markdown-it and its underscores must be escaped.
    value = "Riverton _\x85_"
    assert rendered_text(escape_value(value)) == value
    assert rendered_text(protect_underscores("a _\x85_ b")) == "a _\x85_ b"


printable = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\t"
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=300, deadline=None)
@given(printable)
def test_escaped_values_read_back_verbatim(value: str) -> None:
    assert rendered_text("Before " + escape_value(value) + " after") == f"Before {value} after"
    assert rendered_text(escape_value(value)) == value
