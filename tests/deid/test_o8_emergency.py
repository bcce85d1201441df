"""Issue 13, round 7 (o8): a hospital named by the word before its emergency department.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_emergency import find_emergency_sites
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Overdose on Saturday, four hours in Craigavon A&E before a bed.", "Craigavon"),
    ("Mum drove her to Wythenshawe A&E after the fall.", "Wythenshawe"),
    ("seen in RVI A&E overnight and sent home", "RVI"),
    ("ambulance took him to musgrove A and E at midnight", "musgrove"),
    ("He sat in Frimley Park A&E for nine hours.", "Frimley"),
    ("Three visits to Hennepin ED since October.", "Hennepin"),
    ("brought by EMS to Parkland ED, medically cleared", "Parkland"),
    ("Discharged from Sentara ED with a referral to us.", "Sentara"),
    ("Presented to UCSF ER with chest pain.", "UCSF"),
    ("she went to the Tameside A&E on Friday", "Tameside"),
]

KEPT = [
    ("Attended A&E twice last month.", "Attended"),
    ("She was seen in Paeds ED and then Adult ED.", "Paeds"),
    ("Started guanfacine ER 2 mg at night.", "guanfacine"),
    ("Methylphenidate ER 18 mg continues.", "Methylphenidate"),
    ("Went to the local A&E with her sister.", "local"),
    ("TOOK HIM TO QEUH A&E, DISCHARGED AT SIX.", "TOOK HIM"),
    ("She works in the psych ED on nights.", "psych"),
    ("Said the ED voice was loud today.", "the"),
    ("Spent the night in A and E with him.", "night"),
    ("Talked about her ED and the urge to restrict.", "her"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_hospital_before_its_emergency_department_is_replaced(text: str, part: str) -> None:
    """A hospital's name or initials before "A&E", "A and E", "ED" or "ER" goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_emergency_finder(text: str, part: str) -> None:
    """A verb, a unit of the department, a medicine before "ER", a generic word is not taken."""
    start = text.index(part)
    spans = find_emergency_sites(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_emergency_reason_names_the_department() -> None:
    """--explain names the department word that was the cue, not the hospital."""
    text = "Mum drove her to Wythenshawe A&E after the fall."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Wythenshawe"]
    assert reasons == ["context: a name before 'A&E' (an emergency department)"]


@pytest.mark.parametrize("shape", ["Ab A&E " * 1500, "ab A and E " * 1000, "AB Cd Ef ED " * 900])
def test_emergency_sites_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
