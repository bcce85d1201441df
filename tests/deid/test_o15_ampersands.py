"""Issue 13, round 15 (o15): capitals joined by "&" before a word of a unit's staff or rooms
("L&D nurse", "L&D practitioner", "L&D tour") are no organisation (org_ampersands.py, read
by context_cues._ampersands); before a record number they stay replaced.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_ampersands import labels_other
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

LEFT = [
    ("Assessed in custody by the L&D practitioner on shift.", "L&D"),
    ("She is an L&D nurse and came straight from a night shift.", "L&D"),
    ("Plan: L&D tour next week with her partner.", "L&D"),
]

FOUND = [
    ("He was taken to the L&D overnight after the overdose.", "L&D"),
    ("Discharged from the N&N 09:30, collected by her son.", "N&N"),
    ("Gave her the L&D crisis line and the GP's number.", "L&D"),
    ("She has a Saturday job at B&Q.", "B&Q"),
    ("Patient: Orla Devlin    H&C 612 448 9031    GP: Dr Reid", "H&C"),
]


@pytest.mark.parametrize(("text", "letters"), LEFT)
def test_letters_before_staff_are_no_organisation(text: str, letters: str) -> None:
    """The letters are not replaced as an organisation."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == letters]
    assert not [r for r in hits if r.category == "organisation"], hits


@pytest.mark.parametrize(("text", "letters"), FOUND)
def test_a_hospital_or_shop_stays_an_organisation(text: str, letters: str) -> None:
    """A clock time, a service after, a number or nothing after: still an organisation."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == letters]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"


def test_the_function_reads_what_follows() -> None:
    """A staff word must follow straight, or after an ordinal; a number alone is no cue."""
    text = "L&D 08:00 and H&C 123 and L&D then nurse and L&D 4th floor"
    toks = tokenize(text)
    assert not labels_other(text, toks, 3)
    assert not labels_other(text, toks, 10)
    assert not labels_other(text, toks, 15)
    assert labels_other(text, toks, 21)


def test_pathological_input_is_fast() -> None:
    """10 KB of joined capitals, ordinals and staff words is redacted in under 0.5 s."""
    unit = "H&C No # : 123 L&D 4th nurse N&N 08:00 B&C # "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
