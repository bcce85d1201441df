"""Issue 13, round 8 (a9): a child's age after "at" or "from" in a life story, and an age in
words after "at" that ends its clause.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape (hours, habits, scores) it must leave.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("He was sent to a prep school in Surrey at seven, and hated it.", "seven"),
    ("the School for the Deaf in Leeds at 6, boarded until 16", "6"),
    ('boarding from 10 - "I cried every Sunday"', "10"),
    ("a weekly boarder from 6; home at weekends", "6"),
    ("She came into care at 9, after the second referral.", "9"),
    ("Born in Accra, came at 6, grew up in Peckham.", "6"),
    ("Came over in '89 as a refugee at 10.", "10"),
    ("He learned to drive his dad's van at eleven.", "eleven"),
    ("Married at nineteen, divorced at twenty-two.", "nineteen"),
    ("Married at nineteen, divorced at twenty-two.", "twenty-two"),
    ("He left at fifteen.", "fifteen"),
    ("She was adopted from Romania at 3.", "3"),
]

LEFT = [
    ("Mum calls every night at 9.", "9"),
    ("She wakes at 5, can't get back to sleep.", "5"),
    ("PHQ-9 9 (down from 12).", "12"),
    ("Back at school tomorrow at 8.", "8"),
    ("Maggie rang at 9, then came at 11.", "11"),
    ("The group meets at 7, same room.", "7"),
    ("School starts at 9.", "9"),
    ("call me at seven.", "seven"),
    ("at 7.30 she left the boarding house", "7"),
    ("the care home at six o'clock", "six"),
    ("He drove to the clinic and arrived at 10.", "10"),
    ("Binges 2x/wk (down from 5).", "5"),
    ("sertraline 50, PHQ-9 14 (from 9), married 22 years, 3 kids", "9"),
    ("the care plan review at 4, in the office", "4"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_life_story_age_is_replaced(text: str, value: str) -> None:
    """A child's age after 'at'/'from' in a life story, or 'at nineteen,', is replaced as an age."""
    assert covers(text, value), replaced(text)
    assert any(cat == "age" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_hours_habits_and_scores_are_kept(text: str, number: str) -> None:
    """An hour, a habit, a score falling or a count of the same shape is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "boarding": "sent to boarding school at 7, " * 340,
    "words": "married at nineteen, " * 480,
    "from": "a boarder from 5 - " * 530,
    "no stop": "born came boarding " * 530 + "at 8.",
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_life_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS


RANGES_AND_LABELS = [
    ("Social care history: in care from 10 to 17, then supported lodgings.", "10"),
    ("Social care history: in care from 10 to 17, then supported lodgings.", "17"),
    ("- hx: in care 13-18 (Oldham), 6 placements", "13"),
    ("Grew up in Govan, in care from 7 (Glasgow City)", "7"),
    ("residential school (38 weeks) since 10. Dad in Perth.", "10"),
    ("She was put on a child protection plan at 8; she remembers it.", "8"),
    ("Background: 79. Widowed, lives alone.", "79"),
    ("What we know: 52. Grew up in Hull.", "52"),
    ("Started at the bank in June 2024. 31. Lives with a friend.", "31"),
    ('Mr Aziz is 88 - "eighty-eight and counting" - and sharp.', "88"),
]
RANGE_NEAR_MISSES = [
    ("care 3-4 times a week from the agency", "3"),
    ("since 9 this morning", "9"),
    ("awake since 4, couldn't sleep", "4"),
    ("Sessions: 12. Next review in March.", "12"),
    ("Score: 14. GAD-7 9.", "14"),
    ("Mr Aziz is 3 - 4 hours away by train.", "3"),
]


@pytest.mark.parametrize(("text", "value"), RANGES_AND_LABELS)
def test_care_ranges_and_labelled_ages_are_replaced(text: str, value: str) -> None:
    """Ages of a care history range, after a label about the person, or after 'is' are caught."""
    assert covers(text, value), replaced(text)


@pytest.mark.parametrize(("text", "value"), RANGE_NEAR_MISSES)
def test_counts_hours_and_scores_stay(text: str, value: str) -> None:
    """A frequency, an hour, a count of sessions, a score or a distance of the shape is kept."""
    assert not covers(text, value), replaced(text)
