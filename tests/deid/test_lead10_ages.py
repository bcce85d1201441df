"""Ages the lead's round-10 rules read (lead, round 10): a number in brackets after any
person the engine found, an age after a date of birth in a record's header, "AGE: 82Y".

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import time

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.age_dob import find_dob_ages
from tests.deid.helpers import replaced_words


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Her aunt Bibi (63) flew in from Lahore.", "63"),
        ("Spoke to brother Tadhg (41) by phone.", "41"),
        ("Lodger Mr Quennell (58) has moved out.", "58"),
    ],
)
def test_a_number_in_brackets_after_a_found_person_is_an_age(text: str, age: str) -> None:
    assert age in replaced_words(text, "age")


@pytest.mark.parametrize(
    "text",
    [
        "Her aunt Bibi (2019) flew in.",  # a year
        "Seen by Dr Quennell (ext 4410) today.",
        "Spoke to brother Tadhg (x3) this week.",
    ],
)
def test_other_brackets_after_a_person_are_no_age(text: str) -> None:
    assert replaced_words(text, "age") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("MRN 7723019   DOB 4/11/1958   67 years   Female", "67"),
        ("W. Okonjo | DOB 11/02/1979 | 46", "46"),
        ("DOB: 9 July 1948, 77", "77"),
        ("D.O.B. 1990-05-17 - 35", "35"),
        ("Date of birth: 17 May 1990, 35 yrs", "35"),
        ("Date of birth 17.05.1990  35 yrs", "35"),  # was read as one phone number
        ("AGE: 71Y   SEX: M", "71"),
    ],
)
def test_an_age_after_a_date_of_birth_is_found(text: str, age: str) -> None:
    found = replaced_words(text, "age")
    assert any(age in f for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "DOB 4/11/1958 | 4410 Elm Avenue",  # a house number with more after it
        "DOB 4/11/1958 | 3 sessions left",
        "DOB 4/11/1958   212 years",  # no age
        "ROOM 82Y",  # a code, no age label
    ],
)
def test_numbers_after_a_date_of_birth_that_are_no_age(text: str) -> None:
    assert replaced_words(text, "age") == []


@pytest.mark.parametrize(
    "text",
    [
        "dob" + " " * 10_000,
        "DOB 4/11/1958" + " " * 10_000 + "x",
        "DOB 4/11/1958 | 46" + " " * 10_000 + "x",
        "DOB 9 July 1948, " + "7" * 10_000,
        "DOB 4/11/1958  46 " * 600,
    ],
)
def test_the_rule_is_linear(text: str) -> None:
    start = time.process_time()
    find_dob_ages(text)
    assert time.process_time() - start < 0.5


def test_a_phone_number_after_a_date_is_still_a_phone_number() -> None:
    text = "Rang on 17.05.2025  0161 496 0734 (mobile)."
    result = Deidentifier([]).redact(text)
    phones = [text[r.start : r.end] for r in result.replacements if r.category == "phone"]
    assert phones == ["0161 496 0734"]
