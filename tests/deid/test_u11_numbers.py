"""Issue 13, round 11 (u11): police collar numbers (id_collars.py) and ages set off after a
person where the item ends with its line, "and" or a header's gap (person_age_ends.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

COLLARS = [
    ("Brought in by PC Lofthouse 5182, West Yorkshire Police.", "5182"),
    ("Spoke to the officer (PC Greaves 3306) at the front desk.", "3306"),
    ("Statement taken by DC M. Okafor 4127 on the ward.", "4127"),
    ("PC 2290 Templeton attended with the dog unit.", "2290"),
    ("Escorted by Sgt Brannigan 1994\nHanded over at 02:10.", "1994"),
]

NO_COLLARS = [
    "PC Lofthouse (38) said he was fine.",
    "He was moved to PS 212 in the Bronx.",
    "DS Tran 25 years in the job, nearly retired.",
    "DC Kaur 2021 inquiry was closed without charge.",
    "PC 1203.097 applies to the programme.",
]


@pytest.mark.parametrize(("text", "number"), COLLARS)
def test_a_collar_number_beside_rank_and_name_is_an_id(text: str, number: str) -> None:
    """Three to five digits after (or before) an officer's rank and name are an ID number."""
    assert (number, "id_number") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NO_COLLARS)
def test_ages_schools_years_and_codes_are_no_collar(text: str) -> None:
    """An age in brackets, a school, a count of years, a year and a code are no collar."""
    assert not [part for part, kind in replaced(text) if kind == "id_number"], replaced(text)


AGES = [
    ("Pt: Gemma Whitworth - 37\nDx: recurrent depression.", "37"),
    ("Her daughters (Chloe, 14 and Ava, 11) came with their dad.", "14"),
    ("Detainee: Callum Rees (Cal), 19   Detained under s136.", "19"),
    ("seen Imran Qureshi comma 41 comma at the library full stop", "41"),
    ("Anwar bhai (61) came with his son.", "61"),
    ("Jana (legal name Wai Kit), 19 - just - moved in September.", "19"),
    ("Her neighbour Shabana apa (58) runs the lunch club.", "58"),
]

NO_AGES = [
    "Saw Jo Briggs - 3 sessions left before the break.",
    "Mr Hale, 2 and 3 were missed on the list.",
    "Call with Sarah Lund, 10 and then the team meeting.",
    "Seen by Dr Ahmed - 2-3 times a week.",
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_an_age_set_off_after_a_person_ending_its_item(text: str, age: str) -> None:
    """A number after a person's name and a mark, ending its line, header gap or item, is an age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NO_AGES)
def test_counts_after_a_person_are_no_age(text: str) -> None:
    """A count, a list of numbers or a range after a person is no age."""
    assert not [part for part, kind in replaced(text) if kind == "age"], replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of ranks, names, marks and numbers is redacted in under 0.5 s."""
    unit = "PC Hale Hale Hale 4471, Sgt 2290 Rees - Ann Lee - 37\nAnwar bhai (61) comma 4 "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
