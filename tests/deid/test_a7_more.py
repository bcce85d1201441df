"""Issue 13, round 6 (a7): ages of a schooling's stretch, of children in a range, in years and
months, after "would be", after a hedge, in a decade beside a name, and a wide table gap.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("(St Anne's Convent, boarding from 10) she hated the food.", "10"),
    ("He was head boy; his housemistress from 12 to 17 wrote to him.", "17"),
    ("(Lagos Grammar School) until 11, then a comprehensive in Luton.", "11"),
    ("four children (2\u20139) share two rooms", "9"),
    ("Assessed age: 5 yrs 2 mos on the day.", "5 yrs 2 mos"),
    ('Her twin "would be forty now", she said.', "forty"),
    ("She underwent FGM at around 7 in her village.", "7"),
    ("Referral: JANE DOE (~60s), found by the canal.", "60s"),
    ("His nan (Mrs Oyelaran, 80s) still cooks for ten.", "80s"),
    ("Patient: Rosa Quintero, 77   Seen with her son", "77"),
    ("We saw Brenda (seventy-one, retired) at home.", "seventy-one"),
    ("She's 56 (told me twice).", "56"),
]

LEFT = [
    ("She is at school from 9 to 3 each day.", "9"),
    ("At college from 9, then a shift at the bakery.", "9"),
    ("Kids are at school until 3.", "3"),
    ("Sober 2 yrs 4 mos, goes to meetings.", "2 yrs"),
    ("it would be 5 by the time we finished", "5"),
    ("The reading was 7 at around 9 pm.", "9"),
    ("Sats 97%, 88   HR 72", "88"),
    ("Pages (12\u201319) of the workbook.", "12"),
    ("It would be thirty minutes each way.", "thirty"),
    ("her playlist (Pop, 80s) on repeat", "80s"),
]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_age_is_replaced(text: str, age: str) -> None:
    """An age of a schooling, of children, in years and months, or by a name is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_hours_durations_and_readings_are_kept(text: str, number: str) -> None:
    """School hours, a time sober, a reading, pages and a group's decade are left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "boarding": "(school, boarding from 11) " * 370,
    "years-months": ", 3 yrs 3 mos " * 720,
    "would": "would be thirty now, " * 480,
    "wide": "Rosa, 77   " * 900,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
