"""Round 19 (lead): what the nineteenth batch's UK therapy, US clinical and US therapy notes
showed.

Ages: glued "46YOM" in a triage line; the next birthday's age in a bracket after the age now
("Tayla 15 (16 in July)"); children's ages after their count ("Children: 3 (9, 6 and 2)") or
ending at ", both"; the age a birthday makes, set off a few words after it ("(his bday,
23)"). Dates: a day and month after an entry's heading even when it looks like a fraction
("Addendum 3/4:"). Signatures: initials alone on the line that closes an entry, before a
dated line ("... to review.\\nQD\\n14/3: seen"). Each sentence here is new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("ARRIVED 0210. 52YOM WALK-IN, C/O VOICES.", ["52YOM"]),
        ("Triage: 19YOF brought by friend after ingestion.", ["19YOF"]),
        ("Tayla 15 (16 in July), Year 11, lives with dad.", ["15", "16"]),
        ("Seen with Callum, 13 (14 on the 2nd of May), and his nan.", ["13", "14"]),
        ("Children: 3 (9, 6 and 2) - all at home with her.", ["9", "6", "2"]),
        ("his daughters (14 and 11, both at St Bede's) stay weekends.", ["14", "11"]),
        ("Seen 4/2 (his bday, 23) - flat, guarded.", ["23"]),
        ("Birthday yesterday, 61 -- no one rang him.", ["61"]),
        ("It was her birthday on Sunday \u2014 44. Spent it alone.", ["44"]),
    ],
)
def test_ages_the_batch_wrote_are_replaced(text: str, ages: list[str]) -> None:
    found = replaced_words(text, "age")
    for age in ages:
        assert age in found, (age, found)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("PHQ 14 (15 on 3/11) - little change.", "15"),
        ("MADRS 29 (36 on admission), now improving.", "36"),
        ("Room 12 (13 on the door) was locked.", "13"),
        ("Drank at his cousin's birthday, 4 pints, then drove.", "4"),
        ("Kids: 3 (ages not given).", "3"),
        ("A 3T MRI; 12YOK code on the form.", "12YOK"),
    ],
)
def test_numbers_near_these_cues_that_are_no_age_stay(text: str, number: str) -> None:
    assert number not in replaced_words(text, "age")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Plan unchanged.\nAddendum 3/4: mum rang, settled.", "3/4"),
        ("Next supervision 1/8 - bring the tape.", "1/8"),
        ("Update 2/4 - letter sent to GP.", "2/4"),
    ],
)
def test_a_day_after_an_entry_heading_is_a_date(text: str, day: str) -> None:
    assert day in replaced_words(text, "date")


def test_a_fraction_with_no_heading_stays() -> None:
    assert "3/4" not in replaced_words("She ate 3/4 of the meal.", "date")


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Letter from court re contact, wk of 3/2.\nQD\n14/2: hearing adjourned.", "QD"),
        ("CALLED HOME, NO ANSWER.\nRT\nTUES - RANG AGAIN", "RT"),
        ("Agreed to a joint session with mum.\nPE", "PE"),
    ],
)
def test_initials_alone_on_the_line_closing_an_entry_sign_it(text: str, initials: str) -> None:
    assert initials in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "Seen in clinic, calm.\nMSE\n\nAlert, oriented, euthymic.",
        "Obs stable.\nBP\n128/84 sitting",
        "Plan as above.\nDNA\n4/3 rebooked",
        "History taken.\n\nPE\n14/2 normal",
    ],
)
def test_headings_and_memo_words_alone_on_a_line_stay(text: str) -> None:
    assert replaced_words(text, "person") == []


def test_these_rules_are_linear() -> None:
    engine = Deidentifier([])
    brackets = ("Amy 15 (16 in " * 800)[:10_000]
    assert redact_and_check_seconds(engine, brackets, "warm up Amy 15 (16 in May)") < LINEAR_SECONDS
    birthdays = ("birthday, " * 1100)[:10_000]
    assert redact_and_check_seconds(engine, birthdays, "warm up bday, 3") < LINEAR_SECONDS
    lines = ("ab cd.\nQD\n" * 1000)[:10_000]
    assert redact_and_check_seconds(engine, lines, "warm up.\nQD\n3/4 x") < LINEAR_SECONDS
    kids = "children (" + "1, " * 3300
    assert redact_and_check_seconds(engine, kids, "warm up kids (3, 4)") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Her son started at Brookfield East HS in the fall.", "Brookfield East HS"),
        ("fiddle group at Norwick JHS on Tuesdays", "Norwick JHS"),
        ("second year Law, Derby Uni, struggling with deadlines", "Derby Uni"),
    ],
)
def test_schools_and_universities_by_their_short_kind_are_organisations(
    text: str, body: str
) -> None:
    assert body in replaced_words(text, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "LVAD since spring; RASS 0 on rounds.",
        "Chronic LBP, SCS trial next month, TDF at night.",
        "Spent his PFD on a new outboard.",
        "She went to uni in Hull.",
    ],
)
def test_clinical_letters_and_plain_words_are_no_organisation(text: str) -> None:
    assert replaced_words(text, "organisation") == []
