"""Issue 13, round 5 (p6): ages with no cue word, and ages after a person's brackets or aside.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    # A pronoun, "be" and a number with a clause end (age_self.py).
    ("I'm thirty and my dad still checks my bank statements.", "thirty"),
    ("She reckons he's fifty-odd, maybe more.", "fifty-odd"),
    ("He was nineteen. The army took him the same week.", "nineteen"),
    ("You were seven and nobody explained the funeral to you.", "seven"),
    ("she joked she is technically twelve, being a leap-year baby", "twelve"),
    ("I'm ten and a half in my head most days.", "ten and a half"),
    ("They're only twenty-two, both of them, and already married.", "twenty-two"),
    ("He wis sixteen when he left the farm.", "sixteen"),
    ("I am forty-four again, she says, whenever her mother phones.", "forty-four"),
    ("Says she was almost fifteen, then corrected herself.", "fifteen"),
    # A bare number opening a line or sentence about a person (age_openers.py).
    ("Referral from the GP.\n\n52. Bus driver, off sick since the summer.", "52"),
    ("She named her brother (calls him Kit). 38. Joiner, lives in Hull.", "38"),
    ("Seventy-two, the father. Hard of hearing.", "Seventy-two"),
    ('Her words: "44. Two kids. No job. That is me."', "44"),
    ("Background\n29, trainee solicitor, first in family at university.", "29"),
    ("Seen with partner.\nSixty, retired postie, keeps pigeons.", "Sixty"),
    # A person, then in brackets a number and a birthday's time (person_set_ages.py).
    ("Kasia (41 on Sunday) wants a quiet weekend.", "41"),
    ("Ines (17 as of last Tuesday) has started driving lessons.", "17"),
    ("Tobias (9 tomorrow) is having a party at the pool.", "9"),
    ("Grandad Ted (88 yesterday) came to the session.", "88"),
    ("Noor (26 next week) feels behind her friends.", "26"),
    # After a person's aside, a dash or comma, a number and a word.
    ('Her partner Dominic ("Dom" to everyone) - 39, electrician.', "39"),
    ("Uncle Farid (her mother's brother) \u2014 58, runs the shop.", "58"),
    ("Mr Ahern (the neighbour), 71 yesterday, still mows his lawn.", "71"),
]

LEFT = [
    ("He was 5 minutes late and apologised twice.", "5"),
    ("she's 2 weeks clean and proud of it", "2"),
    ("It's five already and the bus has not come.", "five"),
    ("There were three of them at the door.", "three"),
    ("He was one of the lads on the building site.", "one"),
    ("1. Sleep poor.\n12. Weapon in the house? No\n13. Pregnant? No", "12"),
    ("How many cans a night? 20. Every night this week.", "20"),
    ("Arrived 14.30. Left at 15.20.", "14"),
    ("Kept in Room 35. Next to the nurses' station.", "35"),
    ("Ella (12 sessions agreed) is keen to start.", "12"),
    ("Sam Jones (GAD-7) - 14/21 today, down from 17.", "14"),
    ("Dev Patel (rent arrears) - 3,500 owed to the council.", "3"),
    ("The Group (12 on the list) met in the hall.", "12"),
    ("Ward (4 beds) was closed for cleaning.", "4"),
]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_age_is_replaced(text: str, age: str) -> None:
    """An age with no age word, said as people say it, is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_near_miss_number_is_kept(text: str, number: str) -> None:
    """A count, time, score, list number or measure of the same shape is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "pronouns": "I'm thirty and " * 700,
    "openers": "35. Working. " * 800,
    "brackets": "Kasia (41 on (" * 700,
    "asides": 'Dom ("D" - 39, ' * 650,
    "numbered": "1. a\n" * 2000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a p6 age rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


OTHER_SYSTEMS = [
    # Scottish and Irish school years, and babies' ages in months (age_school.py, person_ages.py).
    ("Her youngest, Callum (P4), wets the bed again.", "P4"),
    ("Group: Isla M. S2 - Weds - session 5", "S2"),
    ("Finn, 17, S6, wants to do joinery.", "S6"),
    ("Aoife - Bliain 10 - Gaelscoil", "Bliain 10"),
    ("Her daughter Kamila, 4 months, slept through.", "4 months"),
    ("Any new baby? Baby Zofia 14 months.", "14 months"),
]

WORDED = [
    # 13 or more in words after "at", then a clause end; a number in words a person feels.
    ("She first self-harmed at fourteen, in the school toilets.", "fourteen"),
    ("Married at twenty-one and divorced by thirty.", "twenty-one"),
    ("The song makes her feel sixteen.", "sixteen"),
    ("Some days I feel about ninety, honestly.", "ninety"),
]

WORDED_LEFT = [
    ("Doing about seventy on the bypass when it happened.", "seventy"),
    ("Felt ten times better after the walk.", "ten"),
    ("We meet at twenty past four on Tuesdays.", "twenty"),
]


@pytest.mark.parametrize(("text", "age"), WORDED)
def test_worded_age_after_at_or_feel_is_replaced(text: str, age: str) -> None:
    """A number in words after 'at' (13 or more) or 'feel', then a clause end, is an age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), WORDED_LEFT)
def test_speed_or_time_in_words_is_kept(text: str, word: str) -> None:
    """A speed, a comparison or a clock time in words is left alone."""
    assert not covers(text, word), replaced(text)


OTHER_LEFT = [
    ("HS: S1, S2, no murmur.", "S2"),
    ("Spine: L5 (S1) nerve root irritation.", "S1"),
    ("DATE: THURS 6TH (P3)  SESSION: 4 of 6", "P3"),
    ("Her son Mateusz, 12 minutes late again.", "12"),
]


@pytest.mark.parametrize(("text", "age"), OTHER_SYSTEMS)
def test_school_year_or_baby_age_is_replaced(text: str, age: str) -> None:
    """A school year of another system, or a baby's age in months, is replaced as an age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), OTHER_LEFT)
def test_heart_sound_or_period_is_kept(text: str, word: str) -> None:
    """A heart sound, a nerve root, a lesson period or minutes late is left alone."""
    assert not covers(text, word), replaced(text)
