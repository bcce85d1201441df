"""Issue 13, round 6 (a7): ages in tables, in dictated text, after an aside and in capitals;
school years that are roles or courses; date ranges and diary days under a month.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

TABLE = (
    "| Who | Relation | Age |\n|---|---|---|\n| Dion | brother | 17 |\n| Tess | niece | 4 yrs |\n"
)
PLAIN_TABLE = "Member | Age | Lives\nRuby | 33 | Hove\nAlfie | 6m | Hove\n"

AGES = [
    (TABLE, "17"),
    (TABLE, "4 yrs"),
    (PLAIN_TABLE, "33"),
    (PLAIN_TABLE, "6m"),
    # Dictated: a number in words after a name or relation, before spoken punctuation.
    ("partner leanne thirty four comma works at the depot period", "thirty four"),
    ("her nephew kai open paren eleven close paren stays weekends", "eleven"),
    ("stepfather open paren sixty two close paren comma retired", "sixty two"),
    # After a person's aside, "is" and a number in words, then a description.
    ("Her uncle (Benny to the family) \u2014 is seventy, a retired docker.", "seventy"),
    # A capital line's glued age.
    ("REFERRAL: 52YO F, LOW MOOD SINCE BEREAVEMENT", "52YO"),
    ("HX: 38YRS, NO PRIOR CONTACT", "38YRS"),
]

AGES_LEFT = [
    ("| Session | Score |\n|---|---|\n| 1 | 14 |\n", "14"),
    ("| Week | Sessions |\n| 3 | 17 |\n", "17"),
    ("sessions six period next week comma", "six"),
    ("continue citalopram twenty comma review in a month period", "twenty"),
    ("scores colon BDI thirty one comma BAI twelve period", "thirty"),
    ("The dose (citalopram) is 20, a low dose.", "20"),
    ("(92Y, SSG) Army 2004-2012", "92Y"),
    ("Head of Year 8 rang about the detentions.", "8"),
    ("Trainee (MSc yr 2) observed the session.", "2"),
    ("Met in the Y7 corridor after lunch.", "Y7"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_age_in_a_table_dictation_aside_or_capitals_is_replaced(text: str, age: str) -> None:
    """An age in an 'Age' column, after a dictated name or aside, or in capitals is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), AGES_LEFT)
def test_scores_doses_codes_and_roles_are_kept(text: str, number: str) -> None:
    """A score column, a dose, a scale, a code, a role's year or a corridor is left alone."""
    assert not covers(text, number), replaced(text)


DIARY = "NOVEMBER\n4th - intake, tearful\n11th: DNA\n18th - review\n"
DATES = [
    ("Signed off 9-13 June with flu.", "9"),
    ("Away 2 to 6 Sept, back the Monday after.", "2"),
    (DIARY, "4th"),
    (DIARY, "11th"),
    (DIARY, "18th"),
]

DATES_LEFT = [
    ("Sertraline 50-100 mg over the month.", "50"),
    ("It took 3-4 may be more sessions.", "3"),
    ("Goals\n1st - sleep\n2nd - work\n", "1st"),
    ("Plan:\n3rd - keep the diary\n", "3rd"),
    ("Took 10-12 tablets in March, she thinks.", "10"),
]


@pytest.mark.parametrize(("text", "date"), DATES)
def test_range_start_or_diary_day_is_replaced(text: str, date: str) -> None:
    """The first day of a range before a month, or a diary's day under a month, is a date."""
    assert (date, "date") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), DATES_LEFT)
def test_dose_ranges_and_ranked_lists_are_kept(text: str, number: str) -> None:
    """A dose range, a count range or a ranked list with no month above it is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "table": "| Age |\n" + "| 14 |\n" * 1500,
    "table-wide": "|" * 10_000,
    "dictated": "son tj nine period " * 560,
    "parens": "open paren seventy one close paren " * 300,
    "diary": "MARCH\n" + "3rd - x\n" * 1300,
    "ranges": "12-14 Feb " * 1000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
