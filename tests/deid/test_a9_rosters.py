"""Issue 13, round 8 (a9): ages in roster and table forms new to the corpus, after a label
naming an age, after words for the young, in months, and a year of birth after "b.".

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    # a relation, a separator, the age
    ("| Sibling | 19 | at uni |", "19"),
    ("| Mother | 62 | supportive |", "62"),
    ("Father \u2014 70 \u2014 lives nearby", "70"),
    ("Son - 14, Daughter - 11", "11"),
    ("Family: Tom (partner) - 41; Ella (daughter) - 9", "41"),
    ("Siblings: brother 19 (uni), sister 15 (school)", "15"),
    ("granddaughter Mia 6 lives with them most weeks", "6"),
    ("Jodie (Jo on the rota), 41, 19 yrs at the depot", "41"),
    ("Kev (prop, 29, 6 seasons at the club)", "29"),
    # a label naming an age
    ("Name / Age / Relationship: Tom / 41 / partner", "41"),
    ("Age at referral: 15.", "15"),
    ("Age at onset: 12", "12"),
    ("Age/sex: 27/F", "27"),
    ("Sex / Age / Ethnicity: M / 33 / White British", "33"),
    ("Age (years): 44", "44"),
    # words for the young, months
    ("A toddler (2) was present.", "2"),
    ("a teenager of 16, excluded twice", "16"),
    ("the baby (4 months) was asleep", "4 months"),
    ("Rose (11 mths) was teething.", "11 mths"),
    # a year of birth after "b." or a death's "d."
    ("Dad (b.1961) has dementia.", "1961"),
    ("PGM d.2010, stroke", "2010"),
]

LEFT = [
    ("sister 2 (of 3)", "2"),
    ("Mum - 2 sessions left", "2"),
    ("Brother - 3x a week", "3"),
    ("Age range: 18-65", "18"),
    ("Discussed age gap: 5 years", "5"),
    ("Age group: 2", "2"),
    ("the girl (see above) and 4 others", "4"),
    ("v.2019 of the form", "2019"),
    ("fig.2019 shows it", "2019"),
    ("Sessions / Cancelled: 6 / 2", "6"),
    ("son Ahmet 3 times a week", "3"),
    ("PHQ 14, 12 weeks later", "14"),
    ("Sessions: 6, 12 weeks apart", "6"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_roster_age_is_replaced(text: str, value: str) -> None:
    """An age in a roster, after an age label, after a word for the young, or b./d. is caught."""
    assert covers(text, value), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_counts_ranges_and_versions_are_kept(text: str, number: str) -> None:
    """A count, a range, an age gap or a version number of the same shape is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "pipes": "| Mother | 62 " * 720,
    "dashes": "Son - 14, " * 1000,
    "label": "Name / Age / Relationship / " * 360 + ": 4",
    "slashes": "Age / " * 1600 + ": 4",
    "colons": "Age: 4 / " * 1100,
    "toddler": "a toddler (2) " * 720,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_roster_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS


INFANTS = [
    ("We talked about the move (the baby is 5 months).", "5 months"),
    ("four children, the youngest 3 months, all at home", "3 months"),
    ("Baby Noor (6wks) slept through the session.", "6wks"),
    ("Child: Oscar, 11 months. On a plan since birth.", "11 months"),
    ("she brought zara (9mo) along", "9mo"),
    ("Lena came with Mateo (5 wks, born early) today.", "5 wks"),
]
INFANT_NEAR_MISSES = [
    ("They have been together (gf, 8 mo) a while.", "8 mo"),
    ("Sam, 3 weeks off work, is bored.", "3 weeks"),
    ("She is 7 months pregnant.", "7 months"),
    ("Mum (10m) waited outside.", "10m"),
    ("Chair at the barber's on Essex, 6 days a week.", "6 days"),
]


@pytest.mark.parametrize(("text", "value"), INFANTS)
def test_infant_age_is_replaced(text: str, value: str) -> None:
    """Weeks or months beside a baby, its name or 'youngest' are replaced as an age."""
    assert covers(text, value), replaced(text)


@pytest.mark.parametrize(("text", "value"), INFANT_NEAR_MISSES)
def test_times_together_away_and_pregnancies_are_kept(text: str, value: str) -> None:
    """A time together, off work, a pregnancy or a distance of the same shape is kept."""
    assert not covers(text, value), replaced(text)


def test_infant_rule_is_linear() -> None:
    """10 KB of babies and glued weeks is redacted and checked in under half a second."""
    engine = Deidentifier([])
    text = "Baby Noor (6wks) " * 600
    assert redact_and_check_seconds(engine, text, "warm up") < LINEAR_SECONDS
