"""Round 22 (a22): ages after "now" set off in a description, registrations in brackets."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I first met Mrs Okafor in 2019; now 67, she still runs the stall.", "67"),
        ("Grew up in care. Now 41, works nights at the depot.", "41"),
        ("her cousin Aisling, now 16, rang twice", "16"),
        ("His grandfather is now 93 -- still drives to the allotment.", "93"),
        ("Aunt Dot is now 88 (birthday was Sunday) and frail.", "88"),
    ],
)
def test_an_age_now_set_off_as_a_description_is_replaced(text: str, age: str) -> None:
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Baby Ola now 11 weeks, feeding well.", "11"),
        ("Sertraline was 50 mg, now 100. Review in May.", "100"),
        ("Waiting list was long; now 14,200 on it.", "14"),
        ("PHQ-9 21 in Oct, now 12, sleeping better.", "12"),
        ("Cravings now 6 (out of ten) most days.", "6"),
        ("Days sober: now 45. Still at meetings.", "45"),
        ("Groups, now 8, run on Tuesdays.", "8"),
        ("the referrals from the school, now 23, are on hold", "23"),
    ],
)
def test_counts_and_scores_now_are_left(text: str, number: str) -> None:
    assert (number, "age") not in replaced(text)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("He parked his van (KLP 3306) behind the chapel and walked.", "KLP 3306"),
        ("Dad's car (RJ 77) was seen at the services.", "RJ 77"),
        ("They found the pickup truck (WXT 5-118) by the levee.", "WXT 5-118"),
        ("Her husband skippers a trawler. The Morning Star (BF 204) is laid up.", "BF 204"),
        ('His father fished out of Brixham on "Silver Dawn" (BM 61) for years.', "BM 61"),
    ],
)
def test_a_registration_in_brackets_after_a_vehicle_or_boat_is_replaced(
    text: str, plate: str
) -> None:
    assert (plate, "vehicle") in replaced(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mood low, not suicidal (PHQ 9) today.", "PHQ 9"),
        ("Met Mr Dunmore (RM 214) on the ward.", "RM 214"),
        ("Charged under Operating While Impaired (OWI 3) last year.", "OWI 3"),
        ("Referred to Harbour Lights Counselling (ORC 5122) for grief.", "ORC 5122"),
        ("Bought a car. Sleep poor (ISI 19).", "ISI 19"),
    ],
)
def test_codes_and_scores_in_brackets_are_left(text: str, code: str) -> None:
    assert (code, "vehicle") not in replaced(text)


@pytest.mark.parametrize("unit", ["Now 7, (", "is now 50 (", "van (AB 1) car (C 2)"])
def test_now_ages_and_bracketed_plates_are_linear(unit: str) -> None:
    text = (unit + " ") * (10_000 // (len(unit) + 1))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
