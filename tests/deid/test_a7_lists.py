"""Issue 13, round 6 (a7): ages in ward and caseload lines, after "now", across an abuse's
stretch, after a lower-case name's bracket; dates listed after a label; partial plates.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

WARD = "Board round\nOKONJO F - 38 - Ward 4 - day 3\nHALLIDAY M - 62 - Cedar - day 11\n"

CAUGHT = [
    (WARD, "38", "age"),
    (WARD, "62", "age"),
    ("DAUGHTER PRIYA NOW 31, IN LEEDS", "31", "age"),
    ("Her brother Tomasz now 17, still at home.", "17", "age"),
    ("a neighbour molested him from 9 to 13, he told no one", "9", "age"),
    ("a neighbour molested him from 9 to 13, he told no one", "13", "age"),
    ("group: marcus (40s) spoke first", "40s", "age"),
    ("Appts: 2/17 & 2/24, both by video", "2/17", "date"),
    ("Visits: 6/14, 6/28", "6/28", "date"),
    ('plate partial "LV6" seen by the neighbour', "LV6", "vehicle"),
]

LEFT = [
    ("PLAN A - 3 - review in a week", "3"),
    ("GAD - 14 - mild, PHQ - 9 - mild", "14"),
    ("PHQ now 12, down from 17.", "12"),
    ("mood now 6, better than last week", "6"),
    ("Open from 8 to 12 on Saturdays at the drop-in.", "8"),
    ("the charts (70s) played all night", "70s"),
    ("Sessions: 4/6 attended so far", "4/6"),
    ("Sessions: 6 of 12 used", "6"),
    ("Score - 21 - severe", "21"),
    ("He is now 15 minutes late", "15"),
]


@pytest.mark.parametrize(("text", "value", "category"), CAUGHT)
def test_age_date_or_plate_is_replaced(text: str, value: str, category: str) -> None:
    """An age in a list line or after 'now', a labelled date list or a partial plate is replaced."""
    assert (value, category) in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_scores_hours_and_counts_are_kept(text: str, number: str) -> None:
    """A plan, a score, opening hours, a decade of music or a count is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "ward": "OKONJO F - 38 - " * 650,
    "now": "Ali now 19, " * 830,
    "labels": "Sessions: " + "1/16, " * 1600,
    "abuse": "abused from 8 to 12 " * 500,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


TYPED = [
    ("honestly im 17 in june and nobody listens", "17"),
    ("she said shes 15 and it is her choice", "15"),
    ('Tunde ("call me T") 38, bus driver, two kids', "38"),
    ("Marisol (nearly 40) came with her sister.", "40"),
    ("her son (almost 9, autistic) was with her", "9"),
]

TYPED_LEFT = [
    ("im 5 mins away, she texted", "5"),
    ("hes 2 weeks clean now", "2"),
    ("Session (about 50 minutes) ran over.", "50"),
    ("PHQ (now 12) is lower.", "12"),
    ("(see page 4) 12, 14 and 16 were the scores", "12"),
]


@pytest.mark.parametrize(("text", "age"), TYPED)
def test_typed_and_hedged_age_is_replaced(text: str, age: str) -> None:
    """'im 17', 'shes 15', an age after an aside with no join, or '(nearly 40)' is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), TYPED_LEFT)
def test_typed_times_and_scores_are_kept(text: str, number: str) -> None:
    """A typed time or duration, a session's length or a score in brackets is left alone."""
    assert not covers(text, number), replaced(text)


LINE_ITEMS = [
    ("Caseload\nPriya 34 (yr 2 of nursing) - stress", "34"),
    ("Calls\nDev 52 \u2014 rang about housing", "52"),
    ("Group\nAnya 16 - quiet, drew", "16"),
]

LINE_ITEMS_LEFT = [
    ("Group\nSam 3 (sessions) so far", "3"),
    ("Ward\nBay 4 - quiet night", "4"),
    ("Rota\nRoom 12 (side room) cleaned", "12"),
]


@pytest.mark.parametrize(("text", "age"), LINE_ITEMS)
def test_age_after_a_name_opening_a_line_is_replaced(text: str, age: str) -> None:
    """A given name opening a line, a number and a bracket or dash: the person's age."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LINE_ITEMS_LEFT)
def test_count_or_room_opening_a_line_is_kept(text: str, number: str) -> None:
    """A count of sessions, a bay or a room opening a line is left alone."""
    assert not covers(text, number), replaced(text)
