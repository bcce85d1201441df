"""Issue 13, round 7 (a8): ages after a relation in genogram shorthand, after a name opening
its line in brackets, and after a dashed name ending its line.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("Mum 71 / Dad 74 / Sis 44", "74"),
    ("brother 19, sister 16, both at home", "16"),
    ("Nan 88 | lives alone", "88"),
    ("Household: stepdad 52 - works nights", "52"),
    ("gran 90\nno other family", "90"),
    ("tiggy (20, 1st yr law) came in", "20"),
    ("- kez (15, y10) said little", "15"),
    ("maddi (22), nursing, first session", "22"),
    ("Genogram:\nSister - Clare 44\nBrother - Sam 40\nEnd", "44"),
    ("(his little brother, 20 months) slept through it", "20 months"),
    ("her niece, 7 weeks, is unsettled", "7 weeks"),
    ("Mum (nearly 80) is frail.", "80"),
    ("Her son (almost 9) started a new school.", "9"),
    ("Tobias, now 20, has moved to Hull.", "20"),
    ("the twins (both 7) share a room", "7"),
    ("Gran, still 88, drives", "88"),
    ("fostered at six months by her aunt", "six"),
    ("He was diagnosed at 14 months with a heart defect.", "14"),
]

LEFT = [
    ("mum 2 days a week", "2"),
    ("dad 3 times this month", "3"),
    ("Brother 1 and Brother 2 both came", "1"),
    ("son 2 of 3", "2"),
    ("mum 2/3 of the time", "2"),
    ("She saw her mum 5 times.", "5"),
    ("phq (14) today", "14"),
    ("sertraline (50)\nreview", "50"),
    ("- mood (6) better", "6"),
    ("son 4.5 on the scale", "4"),
    ("seeing Kai (bf, 8 mo) - not out to family", "8"),
    ("her sister (about 5 minutes away)", "5"),
    ("her son, 3 weeks away at camp", "3"),
    ("Sam (about 30 mins late)", "30"),
    ("Dad, now 3 hours away", "3"),
    ("Sessions, now 12, continue", "12"),
    ("started work at 8 months notice", "8"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_kin_or_line_name_age_is_replaced(text: str, value: str) -> None:
    """A number ending an item after a relation, or bracketed after a line's name, is an age."""
    assert (value, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_counts_scores_and_doses_are_kept(text: str, number: str) -> None:
    """A count, an order, a ratio, a score or a dose after the same words is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "relations": "Mum 71 / " * 1100,
    "line names": "tiggy (20,\n" * 900,
    "dashed": "Sister - Clare 44\n" * 560,
    "bare": "mum 7" * 2000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_kin_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
