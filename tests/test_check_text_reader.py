"""The plain-text reader: headings, labels, wrapped lines and notes of text from a code website."""

from __future__ import annotations

from pathlib import Path

import pytest

from ordinance import draft, load_jurisdiction, shipped_jurisdictions
from ordinance.document import Role
from ordinance.errors import InputError
from ordinance.readers.text import BlockKind, TextBlock, read_plain_text, segment


def _shape(text: str) -> list[tuple[str, str, str, str]]:
    return [(b.kind.value, b.number, b.label, b.text) for b in segment(text)]


def test_section_heading_styles_keep_their_numbers() -> None:
    text = "\n\n".join(
        [
            "Sec. 2-99. Surveillance technology.",
            "SEC. 19B.5. COMPLIANCE FOR EXISTING SURVEILLANCE TECHNOLOGY.",
            "Section 3. Severability",
            "§ 9.64.030. City Council approval.",
            "9.64.040 Oversight following City Council approval.",
            "16-63.5 Annual Surveillance Report.",
            "Chapter 2.99 ACQUISITION AND USE OF SURVEILLANCE TECHNOLOGY",
        ]
    )
    headings = [(b.number, b.text, b.depth) for b in segment(text)]
    assert headings == [
        ("Sec. 2-99", "Surveillance technology.", 1),
        ("Sec. 19B.5", "COMPLIANCE FOR EXISTING SURVEILLANCE TECHNOLOGY.", 1),
        ("Section 3", "Severability", 1),
        ("§ 9.64.030", "City Council approval.", 1),
        ("9.64.040", "Oversight following City Council approval.", 1),
        ("16-63.5", "Annual Surveillance Report.", 1),
        ("Chapter 2.99", "ACQUISITION AND USE OF SURVEILLANCE TECHNOLOGY", 0),
    ]
    assert all(b.kind is BlockKind.HEADING for b in segment(text))


def test_labels_are_split_from_their_text() -> None:
    text = "(a) The Chief shall report.\n(A) (1) This Section applies.\n1. Provide notice.\nB. Go."
    assert [(b.label, b.text) for b in segment(text)] == [
        ("(a)", "The Chief shall report."),
        ("(A)(1)", "This Section applies."),
        ("1.", "Provide notice."),
        ("B.", "Go."),
    ]


def test_bullets_are_labels_of_list_items() -> None:
    text = (
        "Police may see recordings only with one of the following:\n- A search warrant.\n"
        "• A court order."
    )
    assert [(b.label, b.text) for b in segment(text)] == [
        ("", "Police may see recordings only with one of the following:"),
        ("-", "A search warrant."),
        ("•", "A court order."),
    ]


def test_a_sentence_citing_a_section_is_not_a_heading() -> None:
    blocks = segment("Section 13.08.080 of the Metropolitan Code is hereby amended as follows.")
    assert _shape("Section 13.08.080 of the Metropolitan Code is hereby amended as follows.") == [
        (
            "paragraph",
            "",
            "",
            "Section 13.08.080 of the Metropolitan Code is hereby amended as follows.",
        )
    ]
    assert len(blocks) == 1


def test_a_numbered_section_without_a_title_keeps_its_text() -> None:
    text = "Section 2. This ordinance shall take effect from and after its passage."
    assert _shape(text) == [
        ("heading", "Section 2", "", ""),
        ("paragraph", "", "", "This ordinance shall take effect from and after its passage."),
    ]


def test_wrapped_lines_are_joined_and_short_lines_end_paragraphs() -> None:
    text = (
        "Any violation of this Article constitutes an injury and any person may institute\n"
        "proceedings for injunctive relief, declaratory relief, or writ of mandate in the\n"
        "Superior Court to enforce this Article.\n"
        "ATTEST:\n"
        "City Clerk\n"
    )
    blocks = segment(text)
    assert blocks[0].text.startswith("Any violation") and blocks[0].text.endswith("this Article.")
    assert "proceedings for injunctive relief" in blocks[0].text
    assert [b.text for b in blocks[1:]] == ["ATTEST:", "City Clerk"]


def test_one_paragraph_a_line_stays_one_paragraph_a_line() -> None:
    text = (
        "2.30.630 Council approval required.\n"
        "The Council shall approve each of the following:\n"
        "(a) Applications for grants;\n"
        "(b) Agreements with a non-city entity."
    )
    assert [(b.kind.value, b.label) for b in segment(text)] == [
        ("heading", ""),
        ("paragraph", ""),
        ("paragraph", "(a)"),
        ("paragraph", "(b)"),
    ]


def test_drafters_notes_and_line_numbers() -> None:
    blocks = segment(
        "\ufeffWHEREAS, the Council finds;\r\n\r\nDrafter's note: confirm the date.\r\n"
    )
    assert blocks == [
        TextBlock(BlockKind.PARAGRAPH, "WHEREAS, the Council finds;", 1),
        TextBlock(BlockKind.NOTE, "Drafter's note: confirm the date.", 3),
    ]


def test_empty_text_has_no_blocks() -> None:
    assert segment("") == []
    assert segment("\n \n\t\n") == []


# ------------------------------------------------------------------ into the tree, via the builder


@pytest.mark.parametrize("jurisdiction", shipped_jurisdictions())
def test_a_draft_written_as_plain_text_reads_back_to_the_same_tree(jurisdiction: str) -> None:
    document = draft(load_jurisdiction(jurisdiction))
    read_back = read_plain_text(document.to_text(), f"{jurisdiction}.txt")
    assert read_back.to_text() == document.to_text()
    assert [s.heading for s in read_back.sections] == [s.heading for s in document.sections]
    assert read_back.info.numbering.chapter == document.info.numbering.chapter


def _enacted(*numbers: str) -> str:
    sections = "".join(f"{n} Heading {n}\n\nThe Council shall approve it.\n\n" for n in numbers)
    return (
        "AN ORDINANCE relating to surveillance technology\n\n"
        "BE IT ORDAINED BY THE CITY OF SEATTLE AS FOLLOWS:\n\n"
        f"Section 1. Chapter 14.18 is amended\n\n{sections}"
    )


@pytest.mark.parametrize(
    "numbers",
    [
        ("14.18.010", "14.18.030", "14.18.050"),  # one scheme (step 20): renumbered the same
        ("14.18.010", "14.18.025", "14.18.030"),  # no one scheme: each keeps its written number
    ],
)
def test_an_enacted_ordinance_keeps_its_own_numbers(numbers: tuple[str, ...]) -> None:
    document = read_plain_text(_enacted(*numbers), "seattle.txt")
    assert [s.number for s in document.sections[0].sections] == list(numbers)
    assert document.preamble[0].role is Role.TITLE


def test_text_without_the_shape_of_an_ordinance_is_a_one_line_error() -> None:
    with pytest.raises(InputError) as caught:
        read_plain_text("9.64.030 Approval\n\nCity staff must obtain approval.", "oakland.txt")
    assert str(caught.value) == (
        "oakland.txt:1:1: (text): a ### code section must follow a ## section"
    )


def test_colon_code_headings_and_record_titles() -> None:
    blocks = segment("5-11-1: USE OF CAMERAS:\nA. The camera may be used only as follows.\n")
    assert blocks[0].kind is BlockKind.HEADING and blocks[0].number == "5-11-1"


def test_a_bill_printed_with_line_numbers_reads_without_them() -> None:
    text = "\n".join(f"{n} {line}" for n, line in enumerate(
        ["A BILL", "TO BE ENTITLED", "AN ACT", "Relating to cameras.", "BE IT ENACTED:"], 14))
    assert [b.text for b in segment(text)][:1] == ["A BILL"]


def test_line_numbers_counting_on_under_an_unnumbered_header_are_dropped() -> None:
    # (a legislature's page: sponsors and committee history unnumbered, the bill's lines numbered)
    header = ["STATE OF ELM", "SENATE BILL 12", "Introduced by Senator Roe", "read twice and",
              "ordered printed", "and committed", "AN ACT to amend the public safety law"]
    body = ["Section 1. The council of each county of this state shall:",
            "(a) adopt and publish on its website a written policy",
            "governing the use of license plate readers by its",
            "sheriff and by every police department within it; and",
            "(b) review that policy every year after a public hearing."]
    text = "\n".join([*header, *(f"   {n}  {line}" for n, line in enumerate(body, 4))])
    texts = [b.text for b in segment(text)]
    assert ("adopt and publish on its website a written policy governing the use of license plate "
            "readers by its sheriff and by every police department within it; and") in texts
    # a list whose items count on with their dots keeps its numbers
    listed = "\n".join(["The board shall:", "1. meet;", "2. report;", "3. advise;", "4. audit."])
    assert [b.label for b in segment(listed)][1:] == ["1.", "2.", "3.", "4."]


def test_line_numbers_that_skip_a_dropped_blank_line_still_count_on() -> None:
    # (Florida's page drops the numbers of the bill's blank lines: 8 then 11, 11 then 13)
    lines = ["A bill to be entitled", "2An act relating to enforcement of traffic laws;",
             "3creating s. 316.0082, F.S.; prohibiting the use of", "4traffic infraction "
             "detectors and cameras by a county", "5or municipality to enforce traffic laws",
             "6unless expressly authorized by general law; preempts", "7to the state the "
             "authority to use traffic infraction", "8detectors; providing an effective date.",
             "11Be It Enacted by the Legislature of the State of Florida:",
             "13     Section 1.  Section 316.0082, Florida Statutes, is created",
             "14to read: a county shall not use any traffic camera to issue citations."]
    texts = [b.text for b in segment("\n".join(lines))]
    assert any(text.startswith("Be It Enacted by the Legislature") for text in texts)
    # ... and two numbers run into their words, a blank line skipped between them
    caption = ["Senate Bill 222", "Referred to Judiciary",
               "4A BILL FOR AN ACT relating to surveillance cameras on public property.",
               "7Be it enacted by the Legislature of the State:",
               " 1 Section 1. A public agency that installs a surveillance camera on public",
               " 2 property shall post a notice of the camera in a conspicuous place near the",
               " 3 camera and shall delete recordings from the camera within 30 days unless",
               " 4 the recording is evidence in a pending criminal case or civil action."]
    texts = [b.text for b in segment("\n".join(caption))]
    assert any(text.startswith("A BILL FOR AN ACT") for text in texts)


@pytest.mark.parametrize(
    "lines",
    [
        # short rows that count on: wards, a table, addresses
        ["1st Ward: Jane Roe", "2nd Ward: John Doe", "3rd Ward: Ann Poe", "4th Ward: Al Moe"],
        ["1 30", "2 60", "3 90", "4 180"],
        ["12 Main Street", "13 Main Street", "14 Main Street", "15 Main Street"],
        # long rows that skip as often as they count by one: odd-side addresses, a schedule
        ["11 Main Street, at the northbound entrance to the parking garage",
         "13 Main Street, at the southbound exit of the parking garage",
         "15 Main Street, facing the intersection with Elm Avenue and Oak",
         "17 Main Street, facing the public library rear parking lot entrance"],
        ["10 days, for ALPR data captured by readers mounted on patrol vehicles",
         "12 days, for ALPR data captured by fixed readers at the city limits",
         "14 days, for ALPR data captured by trailer-mounted portable readers",
         "15 days, for ALPR data that has been queried for a stolen vehicle alert"],
    ],
)
def test_rows_that_are_no_bill_s_lines_keep_their_numbers(lines: list[str]) -> None:
    blocks = segment("\n\n".join(lines))
    # (each number stays, in the text or as the line's label)
    assert all((b.label or b.text)[0].isdigit() for b in blocks)


def test_page_marks_glued_line_numbers_drop_capitals_and_a_broken_enacting_clause() -> None:
    # (Wisconsin's page mark with the line's number run into its first word; line numbers run
    # into their lines; a PDF's drop capital; "BE IT" broken from "ENACTED")
    wisconsin = "AB12,1,2 1An Act to create 165.87 of the statutes; relating to: body cameras."
    assert segment(wisconsin)[0].text.startswith("An Act to create 165.87")
    assert segment("AB12,2,1 1enforcement agencies may not use drones.")[0].text.startswith(
        "enforcement agencies")
    glued = "\n".join(["SENATE BILL 4", "By Senator Roe", "Referred to Judiciary.", "",
                       "1The agency shall adopt a written policy governing the",
                       "2use of unmanned aircraft by its officers and employees,",
                       "3including the retention of the images they gather,",
                       "4and shall publish the policy on its website."])
    assert ("The agency shall adopt a written policy governing the use of unmanned aircraft by its "
            "officers and employees, including the retention of the images they gather, and shall "
            "publish the policy on its website.") in [b.text for b in segment(glued)]
    capital = "C\nONCERNING THE USE OF DRONES.\n\nBe it enacted by the General Assembly:"
    assert segment(capital)[0].text == "CONCERNING THE USE OF DRONES."
    broken = "A BILL FOR AN ACT\nRELATING TO CAMERAS.\nBE IT\nENACTED BY THE LEGISLATURE:"
    assert "BE IT ENACTED BY THE LEGISLATURE:" in [b.text for b in segment(broken)]
    numbered = "\n".join(f"{n} {line}" for n, line in enumerate(
        ["A BILL FOR AN ACT", "RELATING TO CAMERAS.", "BE IT", "ENACTED BY THE LEGISLATURE:",
         "SECTION 1. No agency shall use a drone."], 1))
    assert "BE IT ENACTED BY THE LEGISLATURE:" in [b.text for b in segment(numbered)]
    # (a letter alone that makes no opening word stays apart: an attachment's, an article's)
    assert "CSURVEILLANCE USE POLICY" not in [b.text for b in segment(
        "Attachment\nC\nSURVEILLANCE USE POLICY")]
    assert all("VENFORCEMENT" not in b.text for b in segment("ARTICLE\nV\nENFORCEMENT"))
    assert segment("A\nBILL FOR AN ACT")[0].text != "ABILL FOR AN ACT"


def test_colorado_page_and_line_marks_go_and_leave_the_numbers_of_the_text() -> None:
    text = ("Page 2, Line 3The department shall destroy plate data within\n"
            "Page 2, Line 430 days after the date of its collection.")
    assert segment(text)[0].text == (
        "The department shall destroy plate data within 30 days after the date of its collection.")


def test_a_state_bill_run_into_its_page_header_is_split_at_its_caption() -> None:
    header = "STATE OF ELM " + "Introduced by Sens. ROE, DOE -- read twice and ordered printed " * 9
    text = (header + "AN ACT to amend the state technology law, in relation to drones. BE IT "
            "ENACTED BY THE LEGISLATURE: Section 1. No agency shall fly a drone over a school.")
    texts = [b.text for b in segment(text)]
    assert any(t.startswith("AN ACT to amend the state technology law") for t in texts)
    assert any(t.startswith("BE IT ENACTED BY THE LEGISLATURE") for t in texts)


def test_a_date_line_is_no_section_number() -> None:
    assert segment("03.29.2016")[0].kind is BlockKind.PARAGRAPH


def test_a_line_number_alone_is_a_blank_line_of_the_bill() -> None:
    lines = ["A BILL", "", "IN THE COUNCIL OF THE DISTRICT OF ELM", "", "To require approval.",
             "", "Sec. 2. No camera shall be bought without approval."]
    text = "\n".join(f"{n:>2} {line}" for n, line in enumerate(lines, 1))
    assert not any(b.text.strip().isdigit() for b in segment(text))


@pytest.mark.parametrize(
    ("line", "heading", "paragraph"),
    [
        ("Section 1. General Findings. (a) Decisions belong in public view.", "General Findings",
         "Decisions belong in public view."),
        ("Sec. 2-350. Exigent circumstances. The Chief shall report each use.",
         "Exigent circumstances", "The Chief shall report each use."),
        # (a catchline over a sentence of its own, however short)
        ("Section 5. Severability. If any part of this ordinance is held invalid, the rest "
         "remains.", "Severability", "If any part of this ordinance is held invalid, the rest "
         "remains."),
        # (an abbreviation's, an initial's or a Roman numeral's period ends no catchline)
        ("Section 3. Ord. No. 2018-12, Section 4, is hereby amended to read as follows:", "",
         "Ord. No. 2018-12, Section 4, is hereby amended to read as follows:"),
        ("Section 4. John F. Kennedy Plaza shall be monitored by cameras.", "",
         "John F. Kennedy Plaza shall be monitored by cameras."),
        ("Section 6. III. The Board shall meet monthly.", "", "III. The Board shall meet monthly."),
    ],
)
def test_a_catchline_run_on_into_its_section_is_the_sections_title(
    line: str, heading: str, paragraph: str
) -> None:
    blocks = segment(line)
    assert [b.text for b in blocks] == [heading, paragraph]


def test_a_bill_printed_with_page_and_line_numbers_reads_without_them() -> None:
    lines = ["A bill for an act", "relating to cameras;", "BE IT ENACTED BY THE LEGISLATURE:",
             "Section 1. Cameras.", '(a) "Camera" means a device.', "(b) Data must be destroyed."]
    text = "\n".join(f"1.{n}{line}" for n, line in enumerate(lines, 1))
    texts = [b.text for b in segment(text)]
    assert texts[0].startswith("A bill for an act") and not any("1." in t[:3] for t in texts)


def test_a_term_on_its_own_line_joins_the_meaning_under_it() -> None:
    text = (
        "4.10.020 Definitions.\n"
        '"Drone"\n'
        "means an aircraft flown without a pilot on board.\n"
        '"Camera"\n'
        "Cameras on poles are listed in the inventory.\n"
    )
    assert [b.text for b in segment(text)[1:]] == [
        '"Drone" means an aircraft flown without a pilot on board.',
        '"Camera"',
        "Cameras on poles are listed in the inventory.",
    ]


def _parts(text: str) -> list[tuple[str, str]]:
    from ordinance.scorecard.passages import passages_from_blocks

    return [(p.part.value, p.text) for p in passages_from_blocks(segment(text))]


def test_a_record_title_field_on_its_own_line_captions_the_next_paragraph() -> None:
    # A legislative record's full text in fields: "title" / a sponsor line / the caption / "body".
    record = ("ORDINANCE NO. 24-0301\ntitle\nSponsor: Councilmember Ash\nAuthorizing the Chief of "
              "Police to apply for a grant for license plate readers.\nbody\nWHEREAS, the City "
              "values safety; and")  # fmt: skip
    parts = _parts(record)
    assert ("title", "Authorizing the Chief of Police to apply for a grant for license plate "
            "readers.") in parts  # fmt: skip
    assert ("body", "Sponsor: Councilmember Ash") in parts
    # an agenda's field opens with a noun: no caption, and the label line is no title either
    agenda = "Title\n\nDiscussion of the proposed drone policy\n\nBody\n\nStaff will present it."
    assert [part for part, _ in _parts(agenda)] == ["body"] * 4
    hearing = "TITLE\n\nHearing on the license plate reader contract\n"
    assert [part for part, _ in _parts(hearing)] == ["body"] * 2


def test_a_kind_line_may_name_the_stage_of_the_instrument() -> None:
    text = "PROPOSED RESOLUTION\nAUTHORIZING PERMITS FOR LICENSE PLATE READERS\n"
    assert _parts(text)[1] == ("title", "AUTHORIZING PERMITS FOR LICENSE PLATE READERS")
    text = "SUBSTITUTE ORDINANCE NO. 12\n\nREGULATING DRONES\n"
    assert _parts(text)[1] == ("title", "REGULATING DRONES")
    # a heading in capitals under a line that is not the instrument's kind stays text
    text = "PROPOSED BUDGET\n\nPUBLIC SAFETY CAMERAS\n"
    assert [part for part, _ in _parts(text)] == ["body", "body"]


def test_a_label_on_its_own_line_joins_the_text_under_it() -> None:
    text = ("A.\nThe Borough shall install cameras.\nB.\nThe Engineer shall inspect them.\n"
            "(1)\nYearly.")  # fmt: skip
    assert [(b.label, b.text) for b in segment(text)] == [
        ("A.", "The Borough shall install cameras."),
        ("B.", "The Engineer shall inspect them."),
        ("(1)", "Yearly."),
    ]


def test_a_glossary_in_capitals_reads_as_definitions() -> None:
    text = ("REGISTRANT\nA person who registers a camera.\nCAMERA or DEVICE\nA device that "
            "records images.\n")  # fmt: skip
    blocks = segment(text)
    assert [b.text for b in blocks] == [
        "REGISTRANT. A person who registers a camera.",
        "CAMERA or DEVICE. A device that records images.",
    ]
    assert all(b.glossary for b in blocks)
    # one heading in capitals over a paragraph is no glossary
    text = "INTRODUCTION\nBiometrics is the measurement of the body.\nIt is used widely.\n"
    assert segment(text)[0].text == "INTRODUCTION"


def test_captions_of_motions_bills_and_warrant_articles() -> None:
    assert _parts("A MOTION OF THE PORT COMMISSION adopting principles for biometrics.")[0][0] \
        == "title"
    assert _parts("MOTION 2019-13:\n\nThe Commission hereby adopts the principles.")[0][0] \
        == "title"
    assert _parts("A N A C T\n\nRELATING TO DRONES")[0][0] == "title"
    article = _parts("Warrant Article Title:\n\nBYLAW AMENDMENT/PROHIBIT FACE SURVEILLANCE\n")
    assert article[1] == ("title", "BYLAW AMENDMENT/PROHIBIT FACE SURVEILLANCE")
    agenda = _parts("Title:\n\nDISCUSSION OF THE DRONE POLICY\n")
    assert agenda[1][0] == "body"


def test_a_verb_caption_above_the_enacting_clause_is_the_title() -> None:
    text = ("Police Department\n\nAuthorizing the purchase of cameras; and declaring an "
            "emergency.\n\nBE IT ORDAINED by the Council of the City of Elm:")  # fmt: skip
    assert _parts(text)[1][0] == "title"
    # with no enacting clause, or commanding something, it is text
    assert _parts("Authorizing the purchase of cameras.")[0][0] == "body"
    text = ("Authorizing officers shall file a report.\n\nBE IT ORDAINED by the Council of the "
            "City of Elm:")  # fmt: skip
    assert _parts(text)[0][0] == "body"


def test_other_states_code_names_before_a_section_number() -> None:
    for line, number in (
        ("NRS 493.118 Registry of drones.", "493.118"),
        ("O.C.G.A. § 35-1-22. Plate data.", "§ 35-1-22"),
        ("N.J.S.A. 40A:5-30.2 Approval of application.", "40A:5-30.2"),
        ("Cal. Gov. Code § 7071. Approval.", "§ 7071"),
        ("AS 18.65.901 Operational requirements.", "18.65.901"),
    ):
        block = segment(f"{line}\n\n(a) The department shall post a report.")[0]
        assert (block.kind, block.number) == (BlockKind.HEADING, number), line
    # a time of day and a figure in capitals are no section numbers
    for line in ("10:30 A.M. Call to order", "THE 2.5 MILLION"):
        assert segment(line)[0].kind is BlockKind.PARAGRAPH, line


def test_a_caption_in_capitals_wrapped_over_lines_is_one_paragraph() -> None:
    """Batch 13: a caption's lines in capitals, short ones and ones that open like a heading
    ("CHAPTER 2.90 TO ...", "2024-11 ...", after a number's "NO."), are one paragraph until text
    in ordinary case (the first recital) begins."""
    text = ("ORDINANCE OF THE BOARD OF SUPERVISORS OF THE COUNTY OF ELM ADDING\n"
            "CHAPTER 2.90 ENTITLED “SURVEILLANCE TECHNOLOGY” AND REPEALING RESOLUTION NO.\n"
            "2024-11 IN THE COUNTY CODE\n"
            "WHEREAS, the Board has held hearings on surveillance technology; and")  # fmt: skip
    blocks = segment(text)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert blocks[0].text.endswith("REPEALING RESOLUTION NO. 2024-11 IN THE COUNTY CODE")
    # a heading in capitals under a line that is no caption stays a heading
    text = "GENERAL PROVISIONS\nCHAPTER 2.90 SURVEILLANCE\n\nSec. 1. Scope."
    assert segment(text)[1].kind is BlockKind.HEADING


def test_a_cover_pages_date_field_over_lines_is_one_paragraph() -> None:
    """Batch 13: "EFFECTIVE DATE" / "OF ORDINANCE" / "October 15, 2025" printed in a box."""
    text = ("EFFECTIVE DATE\nOF ORDINANCE\nOctober 15, 2025\nORDINANCE NO. 12\nWHEREAS, the "
            "City Council has considered the use of surveillance technology by its departments;")
    assert segment(text)[0].text == "EFFECTIVE DATE OF ORDINANCE October 15, 2025"
    # an ordinary short line is not joined to the next
    assert len(segment("EFFECTIVE\nOctober 15, 2025")) == 2


def test_a_short_section_that_approves_or_adopts_is_text_not_a_heading() -> None:
    """Batch 13: "Section 2. The ... Policy, attached as Exhibit A, is approved." states the
    section's rule; "Section 1. Chapter 14.18 is amended" over the amended text is a heading."""
    blocks = segment("Section 2. The Drone Policy, attached as Exhibit A, is approved.")
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, ""),
        (BlockKind.PARAGRAPH, "The Drone Policy, attached as Exhibit A, is approved."),
    ]
    assert segment("Section 1. Chapter 14.18 is amended")[0].text == "Chapter 14.18 is amended"


def test_labels_closed_by_a_parenthesis_alone_are_labels() -> None:
    text = "The Town shall not:\na) Install cameras on public property\nb) Share camera feeds\n" \
        "2) Delete stored footage"
    assert [(b.label, b.text) for b in segment(text)] == [
        ("", "The Town shall not:"),
        ("a)", "Install cameras on public property"),
        ("b)", "Share camera feeds"),
        ("2)", "Delete stored footage"),
    ]


def test_a_parenthesis_inside_a_sentence_is_no_label() -> None:
    text = "The Chief shall report on the cameras (see section 2) each year."
    assert [(b.label, b.text) for b in segment(text)] == [("", text)]


def test_a_register_rule_number_alone_takes_the_title_below_it() -> None:
    """A state register prints "2.5.1" on its own line and "Purpose" on the next."""
    blocks = segment("2.5.1\nPurpose\nA. This Policy establishes guidelines.\n")
    assert (blocks[0].kind, blocks[0].number, blocks[0].text) == (
        BlockKind.HEADING, "2.5.1", "Purpose"
    )
    assert [b.text for b in blocks[1:]] == ["This Policy establishes guidelines."]
    # a number alone over a sentence keeps the sentence as its text
    blocks = segment("2.5.2\nThe Department shall keep recordings for thirty days.\n")
    assert (blocks[0].number, blocks[0].text) == ("2.5.2", "")
    assert blocks[1].text == "The Department shall keep recordings for thirty days."


def test_a_run_on_resolution_is_broken_before_its_recitals_and_clauses() -> None:
    """A resolution copied from a PDF as one line: caption, recitals and clauses run together."""
    caption = "RESOLUTION NO. 19-04 A RESOLUTION OF THE CITY COMMISSION OF THE CITY OF ELM " * 5
    text = (
        f"{caption}SUPPORTING LEGISLATION. WHEREAS, crashes at intersections injure many; and "
        "WHEREAS, cameras deter red-light running; NOW, THEREFORE, BE IT RESOLVED BY THE CITY "
        "COMMISSION OF THE CITY OF ELM, FLORIDA, THAT: Section 1. The City supports the bill. "
        "PASSED AND ADOPTED this 5th day of May, 2019."
    )
    texts = [b.text for b in segment(text)]
    assert any(t.startswith("WHEREAS, crashes") for t in texts)
    assert any(t.startswith("WHEREAS, cameras") for t in texts)
    assert any(t.startswith("PASSED AND ADOPTED") for t in texts)
    assert texts[0].startswith("RESOLUTION NO. 19-04") and "WHEREAS" not in texts[0]


def test_a_page_copied_as_markdown_loses_its_marks_not_its_words() -> None:
    text = "# Privacy Policy\n\n**Sharing**\n\n* **Personal information:** identifies a person.\n"
    assert [b.text for b in segment(text)] == [
        "Privacy Policy",
        "Sharing",
        "* Personal information: identifies a person.",
    ]
    # a lone asterisk pair inside a sentence is left alone
    assert segment("Fines * apply ** twice.")[0].text == "Fines * apply ** twice."


def test_a_resolving_therefore_in_capitals_opens_its_own_paragraph() -> None:
    """A recital that ends in a comma does not swallow the clause on the next line."""
    text = (
        "WHEREAS, agencies share records with foreign governments,\n"
        "THEREFORE, the Town of Elm resolves to oppose the Act.\n"
    )
    assert [b.text for b in segment(text)] == [
        "WHEREAS, agencies share records with foreign governments,",
        "THEREFORE, the Town of Elm resolves to oppose the Act.",
    ]
    # "therefore" in lower case continues a wrapped sentence
    wrapped = segment("WHEREAS, the Act harms us, and\ntherefore must be opposed.\n")
    assert len(wrapped) == 1


def test_state_agencies_rules_and_administrative_codes_are_headings() -> None:
    blocks = segment("Rule 1501:3-2-16 | Aviation.\n\nNo person shall fly a drone in a park.\n")
    assert (blocks[0].kind, blocks[0].number, blocks[0].text) == (
        BlockKind.HEADING, "Rule 1501:3-2-16", "Aviation."
    )
    # the rule's number alone takes the title line below it
    blocks = segment("Rule R651-601\n\nDefinitions as Used in These Rules\n\n(1) Drone means ...\n")
    assert (blocks[0].number, blocks[0].text) == (
        "Rule R651-601", "Definitions as Used in These Rules"
    )
    # a sentence that cites a rule is no heading
    assert segment("Rule 5.2 of the Board applies to drones.\n")[0].kind is BlockKind.PARAGRAPH
    # an administrative code named by its title number before the section
    blocks = segment("12 CAR § 60-307. Use of audio-visual equipment.\n\n(a) Cameras record.\n")
    assert (blocks[0].kind, blocks[0].number) == (BlockKind.HEADING, "§ 60-307")


def test_a_sentence_cut_short_goes_on_in_lower_case() -> None:
    """A PDF wraps a list item well short of the text's longest lines: a line that has not ended
    its sentence, followed by one in lower case, is one paragraph with it."""
    long_line = "(a) No agency shall use face recognition on any person, " * 3 + "except:"
    text = (
        f"{long_line}\n(1) To execute a warrant; or\n(2) Upon\nreasonable belief that an "
        "emergency involving danger of death or\nserious physical injury requires it.\n"
    )
    texts = [block.text for block in segment(text)]
    assert texts[-1].endswith(
        "Upon reasonable belief that an emergency involving danger of death or serious physical "
        "injury requires it."
    )
    # a table of contents' bullets ("o Title", "o Purpose") stay apart, and so does a line
    # after a sentence's end
    assert len(segment("Contents\no Title\no Purpose\no Definitions\n")) > 1
    assert [b.text for b in segment("The Board met.\nthe next line is its own.\n")] != [
        "The Board met. the next line is its own."
    ]


def test_a_subsection_number_run_into_its_first_word_is_put_apart() -> None:
    """A code site prints "2502.3The public shall have ...": the number and the words are two."""
    blocks = segment("2502.3The public shall have thirty (30) days to submit comments.\n")
    assert all("3The" not in block.text for block in blocks)
    assert any(block.text.startswith("The public shall have") for block in blocks)
    # a decimal number inside a sentence is left as it is
    assert segment("The fee is 12.50 dollars.\n")[0].text == "The fee is 12.50 dollars."


def test_a_california_caption_run_into_its_header_and_digest_is_split_out() -> None:
    """California's pages may run the header, the caption and the digest into one line, with no
    space between them: the caption comes apart as the text's title."""
    line = (
        "Amended IN Senate March 3, 2025 STATE OF ELM LEGISLATURE 2025-2026 REGULAR SESSION "
        "Senate Bill No. 77Introduced by Senator RoeFebruary 04, 2025An act to amend Section "
        "1798.90.51 of the Civil Code, relating to personal information.LEGISLATIVE COUNSEL'S "
        "DIGESTSB 77, as amended, Roe. Automated license plate recognition systems. Existing law "
        "requires an operator of such a system to maintain reasonable security procedures and a "
        "usage and privacy policy, and this bill would add to that policy a rule on the sharing "
        "of the information the system gathers with any agency outside the state, and would "
        "require the operator to report each such sharing to the Attorney General each year."
    )
    texts = [b.text for b in segment(line)]
    assert any(t.startswith("An act to amend Section 1798.90.51") for t in texts)
    assert any(t.startswith("LEGISLATIVE COUNSEL'S DIGEST") for t in texts)


def test_a_new_york_caption_and_enacting_clause_come_apart_from_the_header() -> None:
    """New York prints "Introduced by ... committed to the Committee on ..." over "AN ACT to
    amend ..." and "THE PEOPLE OF THE STATE OF NEW YORK ... DO ENACT AS FOLLOWS:", each wrapped
    without a blank line: each starts a paragraph of its own."""
    lines = [
        "Introduced by Sen. ROE -- read twice and ordered printed, and when",
        "printed to be committed to the Committee on Transportation",
        "AN ACT to amend the vehicle and traffic law, in relation to the use of",
        "speed cameras",
        "THE PEOPLE OF THE STATE OF ELM, REPRESENTED IN SENATE AND ASSEM-",
        "BLY, DO ENACT AS FOLLOWS:",
    ]
    texts = [b.text for b in segment("\n".join(lines))]
    assert any(t.startswith("AN ACT to amend the vehicle and traffic law") for t in texts)
    assert any(t.startswith("THE PEOPLE OF THE STATE OF ELM") for t in texts)


def test_a_massachusetts_caption_run_into_its_petition_is_split_out() -> None:
    line = (
        "HOUSE DOCKET, NO. 425 FILED ON: 1/12/2023 HOUSE . . . . . . . No. 3431 The Commonwealth "
        "of Elm PRESENTED BY: Jane Roe To the Honorable Senate and House of Representatives of "
        "the Commonwealth of Elm in General Court assembled: The undersigned legislators and/or "
        "citizens respectfully petition for the adoption of the accompanying bill: An Act "
        "relative to license plate readers. The Commonwealth of Elm In the One Hundred and "
        "Ninety-Third General Court (2023-2024) An Act relative to license plate readers. Be it "
        "enacted by the Senate and House of Representatives in General Court assembled, and by "
        "the authority of the same, as follows: SECTION 1. The General Laws are hereby amended "
        "by inserting after chapter 90I the following chapter:- Chapter 90J."
    )
    assert any(b.text.startswith("An Act relative to license plate readers") for b in segment(line))


def test_a_california_digest_run_into_the_bill_s_number_still_comes_apart() -> None:
    line = (
        "Amended IN Assembly April 10, 2025 STATE OF ELM LEGISLATURE 2025-2026 REGULAR SESSION "
        "Assembly Bill No. 58Introduced by Assembly Member RoeJanuary 30, 2025An act to amend "
        "Section 1546.1 of the Penal Code, relating to criminal procedure. LEGISLATIVE COUNSEL'S "
        "DIGESTAB 58, as amended, Roe. Criminal procedure: privacy. Existing law prohibits a "
        "government entity from compelling the production of electronic device information "
        "without a search warrant, and this bill would add to the list of exceptions the consent "
        "of the device's owner given in writing and would require the government entity to keep "
        "a record of each such consent for three years after the investigation closes."
    )
    texts = [b.text for b in segment(line)]
    assert any(t.startswith("An act to amend Section 1546.1") for t in texts)


def test_a_caption_run_into_its_page_header_alone_is_split_out() -> None:
    """A short line with only the caption's opening after the header (no second clause to break
    at) still gives the caption its own paragraph; a writer's sentence citing an Act does not."""
    header = (
        "ELM LEGISLATURE 2025 Regular Session To: Judiciary B By: Representative Roe House Bill "
        "52 AN ACT TO AMEND SECTION 17-25-19, ELM CODE OF 1972, TO PROHIBIT THE USE OF AUTOMATED "
        "LICENSE PLATE RECOGNITION SYSTEMS TO ENFORCE TRAFFIC LAWS; AND FOR RELATED PURPOSES."
    )
    assert any(b.text.startswith("AN ACT TO AMEND SECTION 17-25-19") for b in segment(header))
    cited = (
        "The department adopted these rules in 2019. They carry out An Act relating to plate "
        "readers, which the legislature passed that spring."
    )
    assert not any(b.text.startswith("An Act relating") for b in segment(cited))


def test_a_line_going_on_with_a_word_and_a_comma_joins_the_line_above() -> None:
    """A wrapped sentence whose next line opens with a word and a comma goes on ("... after the
    oral" / "approval, a written application ..."), in a page whose lines are its paragraphs
    (California Penal Code 629.56 as the corpus holds it)."""
    page = Path(__file__).parent / "check_corpus" / "passages" / (
        "california-penal-code-629-56-emergency-oral-approval-interception-written-application.txt"
    )
    texts = [b.text for b in segment(page.read_text(encoding="utf-8"))]
    assert any("after the oral approval, a written application" in t for t in texts)


def test_a_revisor_s_insertion_marks_go_and_struck_words_with_theirs() -> None:
    """Minnesota's bills mark inserted words "new text begin ... new text end" and struck ones
    "deleted text begin ... deleted text end": the law reads as the bill would make it."""
    page = (
        "Subd. 2. Destruction.\n\nnew text begin (a) Data collected by a plate reader must be "
        "destroyed deleted text begin 180 days deleted text end new text begin 60 days new text "
        "end after collection.\nnew text end"
    )
    last = [b.text for b in segment(page)][-1]
    assert last == "Data collected by a plate reader must be destroyed 60 days after collection."


def test_an_iowa_bill_s_caption_and_glued_line_numbers_come_apart() -> None:
    """Iowa's bills, copied, run their header into the caption ("House File 43 -
    IntroducedA Bill ForAn Act 1requiring ...") and their line numbers into the words
    ("3providing remedies.", "4BE IT ENACTED ..."); the page's numbering starts again at 1 under
    the enacting clause, so the caption's own numbered lines are too few to count alone."""
    bill = (
        "House File 43 - IntroducedA Bill ForAn Act 1requiring certain peace officers, including "
        "tribal law\n2enforcement officers, to wear and use a body camera and\n3providing "
        "remedies.\n4BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA:\n"
        "1   Section 1.  NEW SECTION.  80H.1  Body cameras required.\n"
        "2Each peace officer shall wear a body camera while on duty and shall\n"
        "3activate the camera during every encounter with a member of the public.\n"
        "4The agency shall retain each recording for at least ninety days after\n"
        "5the encounter, unless a longer period is required by law.\n"
    )
    texts = [b.text for b in segment(bill)]
    assert any(t.startswith("A Bill For An Act requiring certain peace officers") for t in texts)
    clause = "BE IT ENACTED BY THE GENERAL ASSEMBLY OF THE STATE OF IOWA"
    assert any(t.startswith(clause) for t in texts)
    assert not any(t[:1].isdigit() and "ENACTED" in t for t in texts)


def test_a_bill_s_line_numbers_run_into_its_text_are_dropped() -> None:
    """A page that ran a numbered bill's lines together leaves the numbers between its words
    ("shall 8 not share"); four or more counting up one by one are the bill's numbering, and a
    lone number is the text's own."""
    run_in = (
        "The department shall 8 not share or provide information used to impose a 9 civil "
        "penalty that results from a violation captured by an 10 automated system through 11 "
        "any interstate compact."
    )
    (block,) = segment(run_in)
    assert block.text == (
        "The department shall not share or provide information used to impose a civil penalty "
        "that results from a violation captured by an automated system through any interstate "
        "compact."
    )
    own = "The department shall report within 30 days on the 5 cameras and the 6 drones it holds."
    (block,) = segment(own)
    assert block.text == own
