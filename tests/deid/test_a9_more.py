"""Issue 13, round 8 (a9): ages in other languages and scripts, "gonna be", glued sex
suffixes and an age glued to the sex by a slash.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("Dice que su abuela tiene noventa años.", "noventa"),
    ("Tiene treinta y cinco años y dos hijos.", "treinta y cinco"),
    ("a mãe tem quarenta e dois anos", "quarenta e dois"),
    ("Otac ima 66 godina.", "66"),
    ("matka jest w wieku 71 lat", "71"),
    ("Ông ấy 81 tuổi.", "81"),
    ("Babaannesi 84 ya\u015f\u0131nda.", "84"),
    ("\u5979\u598829\u5c81", "29"),
    ("\ub3d9\uc0dd 17\uc0b4", "17"),
    ("A nagymama 90 éves.", "90"),
    ('"she\'s gonna be 16 in May"', "16"),
    ("I'm gonna be forty next year", "forty"),
    ("52yof with chest pain", "52yof"),
    ("CC: 61yM fall at home", "61yM"),
    ("38/F referred by PCP for panic", "38"),
    ("Pt M/72, widower", "72"),
]

LEFT = [
    ("hace treinta años que vive aquí", "treinta"),
    ("prije 10 godina smo došli", "10"),
    ("5 tahun lalu dia pindah", "5"),
    ("il y a trente ans", "trente"),
    ("it's gonna be 5 sessions", "5"),
    ("he's gonna be 10 minutes late", "10"),
    ("on the 12/F of the tower", "12"),
    ("Room 4/M ward", "4"),
    ("seit 10 Jahren in Berlin", "10"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_age_is_replaced(text: str, value: str) -> None:
    """An age in another language or script, after 'gonna be', or glued to the sex is caught."""
    assert covers(text, value), replaced(text)
    assert any(cat == "age" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_spans_of_time_counts_and_floors_are_kept(text: str, number: str) -> None:
    """A span of time, a count, a lateness or a floor of the same shape is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "script": "\u5979\u598829\u5c81" * 1600,
    "digits before script": "9" * 9_990 + "\u5c81",
    "foreign words": "treinta y cinco años " * 480,
    "gonna": "she's gonna be 16 " * 560,
    "slashed": "38/F " * 2000,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_more_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
