"""Issue 13, round 6 (a7): ages after a person's aside or a birthday, babies' ages in words,
children's ages with units, and an age a person is "soon" or "today".

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ('Her stepdad Keith ("KP" to his mates) - 52, scaffolder, drinks daily.', "52"),
    ("Aunt Joy (the one who took her in) \u2014 61, retired teacher.", "61"),
    ('The new partner ("a nice lad", she says), 23, apprentice electrician.', "23"),
    ("Her manager (who she calls the Colonel) (58), ex-army, strict.", "58"),
    ("Card from the care home (mum's birthday \u2014 88) on the table.", "88"),
    ("It was his bday: 30, and nobody came.", "30"),
    ("Her son was a week old when the police came.", "a week old"),
    ("three children (10 yrs, 7 yrs and 9 mo) at home", "9 mo"),
    ("You are 40 soon, her sister wrote.", "40"),
    ("Her cousin Precious today is 29, and still at home.", "29"),
]

LEFT = [
    ("Anxiety (GAD-7) - 15, moderate, down from 18.", "15"),
    ("Mood (PHQ) - 14, mild, improving.", "14"),
    ("(see page 4) - 12, 14 and 16 were the scores.", "12"),
    ("The party (her birthday) - 14 people came.", "14"),
    ("her birthday - 14.30 at the cafe", "14"),
    ("The boiler is a year old, the landlord says.", "a year old"),
    ("children (3 months of waiting) for a place", "3"),
    ("Session (the last one) - 50, minutes, not hours.", "50"),
    ("It is 5 soon, the bus will come.", "5"),
    ("Her scores today is 29, moderate.", "29"),
]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_age_after_an_aside_or_birthday_is_replaced(text: str, age: str) -> None:
    """An age after a person's aside or a birthday, or a baby's age in words, is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_scores_counts_and_times_are_kept(text: str, number: str) -> None:
    """A score after a scale in brackets, a count, a time or a thing's age is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "asides": '("Joe") - 45, driver ' * 480,
    "brackets": ") (47), officer " * 640,
    "birthdays": "birthday \u2014 67) " * 560,
    "babies": "at a month old " * 670,
    "children": "children (8 yrs to 4 mo " * 420,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an age_asides.py shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
