"""Round 17 (lead): what the seventeenth batch's letters and therapy notes showed.

The age a coming birthday makes, beside the age now ("47, 48 on 3rd March") or after a
pronoun ("she's 30 on 9 June"); an age at a past moment ("was 12 at the time", "Omar, then
9,"); an age restated ("Priya, 44 now,"); and a writer's initials in brackets after "note"
heading their entry ("File note (QD): ..."); a lower-case signature opened by an initial
("d. brooks, lcsw"); a body's name in capitals over its address heading a pasted letter.
Each sentence here is new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.age_turning import find_turning_ages
from notes_vault.deid.org_letterheads import find_letterheads
from notes_vault.deid.person_note_initials import find_note_initials
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


def _ages(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_turning_ages(text)]


def _initials(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_note_initials(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Marguerite is 47, 48 on 3rd March and dreading it.", "48"),
        ("Tobias (62; 63 on 14 Nov) farms near the coast.", "63"),
        ('Ines (29, "30 on New Year\'s Eve, typical") laughed.', "30"),
        ("Pupil: Ola B, Year 8 (12, 13 in April)", "13"),
        ("she's 30 on 9 June and wants no fuss", "30"),
        ("He'll be 70 on Boxing Day.", "70"),
        ("they said he is 41 in October, not before", "41"),
        ("Her brother Rahim was 12 at the time of the fire.", "12"),
        ("Summary: Ms Okafor, then 34, was injured at work.", "34"),
        ("Priya, 44 now, says the panic has gone.", "44"),
    ],
)
def test_an_age_beside_a_birthday_or_a_past_moment_is_an_age(text: str, age: str) -> None:
    assert _ages(text) == [age]
    assert age in replaced_words(text, "age")


@pytest.mark.parametrize(
    "text",
    [
        "PHQ-9 15, 12 on 3 Nov; GAD-7 9, 10 on 17 Nov",  # a score that goes up by one
        "she's 5 on the waiting list",
        "Her brother was 12 at the start of the course.",
        "Phase 2, then 3, then 4.",
        "scored 14, 15 on the second form",
        "he's 6 on the pain scale on Monday",
    ],
)
def test_a_score_a_place_in_a_queue_or_a_count_is_no_age(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Pasted letter above.\n\nNote (QW): seen at home, calmer.", "QW"),
        ("---\nAdmin note (ZK): rang to rebook.", "ZK"),
        ("Counsellor note (HV2X): none\nFile note (TJ): phoned 2/12.", "TJ"),
        ("Note (YB, counsellor, Riverside Talking Therapies): first session.", "YB"),
        ("Note (RW, Amaani Women's Project): reviewed the letter.", "RW"),
        ("Clinician note (W.Q., LMHC): will call Friday.", "W.Q."),
        ("Nodyn (EH): sesiwn gyntaf.", "EH"),
    ],
)
def test_initials_after_note_heading_an_entry_are_a_person(text: str, initials: str) -> None:
    assert _initials(text) == [initials]
    assert initials in replaced_words(text)  # the acronym rule may claim "ZK" first


@pytest.mark.parametrize(
    "text",
    [
        "Note (CBT): homework set.",  # a therapy
        "Note (DNA): did not attend.",  # shorthand
        "Note (GP): letter sent.",  # a role
        "As the note (QW) says, she was seen.",  # inside a sentence
        "Note (QW) attached below",  # no colon, no job
        "Note (Q): single letter",
    ],
)
def test_a_note_heading_with_no_initials_is_left(text: str) -> None:
    assert _initials(text) == []


def test_the_rules_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("Note (QW): Ada, 40, 41 on 3rd May; she's 9 on 2 June, was 7 at the time. " * 150)[
        :10_000
    ]
    assert redact_and_check_seconds(engine, text, "warm up Note (QW):") < LINEAR_SECONDS
    digits = "1, 2, " * 1700
    assert redact_and_check_seconds(engine, digits, "warm up 40, 41 on 3rd May") < LINEAR_SECONDS
    notes = "Note (" * 1700
    assert redact_and_check_seconds(engine, notes, "warm up Note (QW):") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("next 1/14. mom's ph 505-555-0188.\n\nd. brooks, lcsw", "d. brooks"),
        ("f/u 2 wks.\n\nw. little crow, lpc", "w. little crow"),
        ("safety plan on file.\nm. rivers, lmft", "m. rivers"),
    ],
)
def test_an_initial_and_english_words_signing_before_a_credential_are_a_person(
    text: str, signer: str
) -> None:
    assert signer in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "i spoke to the lcsw about it",
        "plan: d. brooks, lcsw",  # the initial does not open the line
        "fields, lcsw",  # no initial
    ],
)
def test_english_words_before_a_credential_with_no_initial_opening_the_line_are_left(
    text: str,
) -> None:
    assert replaced_words(text, "person") == []


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Pasted.\n\nTENANCY RELATIONS UNIT\n2nd Floor, Quarry House, Leeds LS2 7UE\n",
            ["TENANCY RELATIONS UNIT"],
        ),
        (
            "OMBUDSMAN FOR PRIVATE RENTERS\nPO Box 4412, Swindon SN1 9ZZ\n\nDear Ms Lowe,",
            ["OMBUDSMAN FOR PRIVATE RENTERS"],
        ),
        ("VALUATION OFFICE AGENCY\nBX3 7UP\n28 October 2026", ["VALUATION OFFICE AGENCY"]),
        (
            "COMMISSION FOR HOUSING REDRESS (CHR)\nPO Box 66, Belfast BT2 1AA",
            ["COMMISSION FOR HOUSING REDRESS", "CHR"],
        ),
    ],
)
def test_a_name_in_capitals_over_an_address_is_an_organisation(
    text: str, bodies: list[str]
) -> None:
    assert [text[s.start : s.end] for s in find_letterheads(text)] == bodies
    replaced = " ".join(replaced_words(text))
    assert all(word in replaced for word in bodies[0].split())


@pytest.mark.parametrize(
    "text",
    [
        "INPATIENT DISCHARGE SUMMARY\n12 Ward Road, Leeds LS1 1AA",  # the note's kind
        "STRICTLY PRIVATE\nMr D. F. Moore",  # no address under it
        "SAFETY PLAN: REVIEWED\n3 Oak Road",  # a colon
        "CALLED BACK TWICE\nno answer",
    ],
)
def test_capitals_over_no_address_or_naming_the_notes_kind_are_left(text: str) -> None:
    assert find_letterheads(text) == []


def test_the_letterhead_rule_stays_linear() -> None:
    engine = Deidentifier([])
    text = ("WORDS IN CAPITALS HERE\nPO Box 1, Leeds\n" * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up A B\nPO Box 1") < LINEAR_SECONDS
    caps = ("A " * 4000 + "\n") * 2
    assert redact_and_check_seconds(engine, caps, "warm up A B\nPO Box 1") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("next session twenty ninth of october at three pm full stop", "twenty ninth of october"),
        ("she rang on the thirty-first of january", "thirty-first of january"),
        ("twenty-second of march she moved out", "twenty-second of march"),
        ("booked for twenty third of may.", "twenty third of may"),
    ],
)
def test_a_compound_day_in_words_of_a_month_is_a_date(text: str, date: str) -> None:
    assert replaced_words(text, "date") == [date]


@pytest.mark.parametrize(
    "text", ["thirty seconds of march music", "twenty of may go", "twenty first of the month"]
)
def test_a_count_in_words_before_of_is_no_date(text: str) -> None:
    assert replaced_words(text, "date") == []
