"""Round 16 (lead): what the sixteenth batch's shorthand notes showed.

Initials signing a line after a dash beside a job ("-- AK duty"), ages written straight
after a person ("Aisha Y 26 --", "Sow 35m,") or after a lone sex letter ("F 32 OD"), and
surnames in capitals with one initial opening a handover line ("- NICHOLSON, R 58 --").
Each sentence here is new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.person_caps_initial import find_caps_initials
from notes_vault.deid.person_dash_signers import find_dash_signers
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


def _signers(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_dash_signers(text, tokenize(text))]


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("rang twice, no answer.\n-- QW duty", "QW"),
        ("mood brighter, eating.\n-- tf cpn", "tf"),
        ("safety plan reviewed.\n-- VB, CRISIS PRACTITIONER, BLEEP 4410", "VB"),
        ("letter to GP.\n-- KL (care coord)", "KL"),
        ("seen on ward 3.\n-- NX liaison", "NX"),
        ("no si voiced. -- JQ", "JQ"),
        ("-- evening staff (BW)", "BW"),
        ("-- support worker ZD", "ZD"),
    ],
)
def test_initials_signing_a_line_after_a_dash_are_a_person(text: str, initials: str) -> None:
    assert _signers(text) == [initials]
    assert initials not in Deidentifier([]).redact(text).text


def test_a_given_name_signing_before_a_role_is_a_person() -> None:
    assert _signers("-- niamh perinatal MHP") == ["niamh"]
    assert _signers("-- Sara K, EIP care coord") == ["Sara K"]


@pytest.mark.parametrize(
    "text",
    [
        "- CBT, 6 sessions offered",
        "-- GP",
        "Involved:\n- GP aware\n- SW aware\n- OT to visit",
        "plan:\n- PT to call back",
        "-- to be reviewed friday",
        "-- no change",
        "- MH",
        "-- AOT team",
        "UCLH -- no.",
        "rang twice -- off.",
    ],
)
def test_a_dash_line_that_signs_no_one_is_left(text: str) -> None:
    assert _signers(text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Mr. Diallo 41m, Malian, warehouse nights.", "41m"),
        ("client BK / Bushra K 29 -- walk-in, tearful.", "29"),
        ("daughter Zuzia 11 at St Anne's, doing ok.", "11"),
        ("CYP Kayden R 13 Y8 at the academy.", "13"),
        ("YP Shannon T 17 (turned in May).", "17"),
        ("2140 bleep ED -- M 66 fall, ?confusion.", "66"),
        ("2 ROUGH SLEEPERS: 1x F ~40 KNOWN TO TEAM.", "40"),
    ],
)
def test_an_age_written_straight_after_a_person_is_an_age(text: str, age: str) -> None:
    assert age in replaced_words(text, "age"), Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Saw Tom 20 mins late, apologised.", "20"),
        ("Gave Priya 2 leaflets on sleep.", "2"),
        ("Dx F 32.1 recurrent depressive disorder.", "32"),
        ("M 25 southbound closed, came by train.", "25"),
        ("Asked Mira 3 times to slow down.", "3"),
    ],
)
def test_a_count_or_a_code_after_a_person_is_no_age(text: str, number: str) -> None:
    assert number not in replaced_words(text, "age")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("- ROBERTSON, K 44 -- Byker -- low mood", "ROBERTSON, K"),
        ("10:40  PATEL, D (REGISTRAR)", "PATEL, D"),
        ("| MORRISON J | 52 | stable |", "MORRISON J"),
        ("McALLISTER, P -- Bangor -- d/c to CMHT", "McALLISTER, P"),
    ],
)
def test_a_surname_in_capitals_and_an_initial_is_a_person(text: str, person: str) -> None:
    found = [text[s.start : s.end] for s in find_caps_initials(text, tokenize(text))]
    assert found == [person]
    surname = person.replace(",", " ").split(maxsplit=1)[0]
    assert surname not in Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "- CAMHS, A referral sent",
        "NHS, B grade",
        "Plan: REVIEW, A and E if worse",
        "ward round WEDNESDAY, then home",
        "the GREEN T shirt",
        "LOCATION: HALL D, CELL 14",
    ],
)
def test_capitals_that_are_no_surname_are_left(text: str) -> None:
    assert find_caps_initials(text, tokenize(text)) == []


def test_the_rules_stay_linear() -> None:
    engine = Deidentifier([])
    text = ("-- AK duty\n- SMITH, R 58 -- F 32 -- Aisha Y 26 -- Sow 35m, " * 180)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up -- AK duty") < LINEAR_SECONDS
    dashes = "- " * 5000
    assert redact_and_check_seconds(engine, dashes, "warm up -- AK duty") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("thoughts of the M5 bridge again, no plan tonight", "M5"),
        ('plan "motorway" (M62), intent low', "M62"),
        ("hates the drive over the moors (A628) in winter", "A628"),
        ("panicked at the A30 flyover", "A30"),
    ],
)
def test_a_road_number_beside_a_road_word_is_a_place(text: str, road: str) -> None:
    assert road in replaced_words(text, "place"), Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("worksheet printed on A4 paper for her", "A4"),
        ("her I-94 expired in March", "I-94"),
        ("per I-94 the date of entry differs", "I-94"),
        ("GCS 15 (E4 V5 M6) on arrival", "M6"),
    ],
)
def test_a_paper_size_or_a_form_is_no_road(text: str, code: str) -> None:
    out = Deidentifier([]).redact(text).text
    assert code in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her grandmother (林 美玲) still writes every month.", "林 美玲"),
        ("My uncle (Иван Петров) drives the lorry.", "Иван Петров"),
    ],
)
def test_a_name_in_another_script_in_brackets_after_a_relative_is_replaced_whole(
    text: str, name: str
) -> None:
    out = Deidentifier([]).redact(text).text
    assert all(part not in out for part in name.split()), out


def test_words_in_another_script_with_no_cue_are_left() -> None:
    text = "The menu listed 豆腐 and rice."
    assert "豆腐" in Deidentifier([]).redact(text).text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("flight home booked 19th.", "19th"),
        ("son home 23rd -- plan visit after", "23rd"),
        ("back at work from 4th, phased.", "4th"),
    ],
)
def test_an_ordinal_day_after_a_travel_or_scheduling_word_is_a_date(text: str, day: str) -> None:
    assert day in replaced_words(text, "date"), Deidentifier([]).redact(text).text


@pytest.mark.parametrize("text", ["came 3rd in the race.", "his 5th admission", "back 2nd row"])
def test_a_rank_is_no_date(text: str) -> None:
    assert replaced_words(text, "date") == []
