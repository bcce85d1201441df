"""Issue 13, round 7 (o8): a body's capitals before a word of belonging ("UL student").

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o8 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_initials import find_initials_before
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("She is a UWE student in her second year.", "UWE"),
    ("Panic on the MARTA train last Tuesday.", "MARTA"),
    ("He was a TfL bus driver for years.", "TfL"),
    ("Revising in the SOAS library most days.", "SOAS"),
    ("Her dad is HOPE staff at the shelter.", "HOPE"),
    ("Both are UCSD students and share a flat.", "UCSD"),
    ("Joined the GOSH parents group online.", "GOSH"),
    ("Former CTA employee, laid off in March.", "CTA"),
]

KEPT = [
    ("She is a PhD student in chemistry.", "PhD"),
    ("An ESL student in my group.", "ESL"),
    ("The IT staff fixed the laptop.", "IT"),
    ("ICU staff were kind to her.", "ICU"),
    ("NHS staff wellbeing hub.", "NHS"),
    ("UK students pay less.", "UK"),
    ("THE BUS DRIVER SAW THE FIGHT; ASKED STAFF.", "ASKED"),
    ("He is a SEN student at the academy.", "SEN"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_initials_before_a_word_of_belonging_are_replaced(text: str, part: str) -> None:
    """Capitals right before "student", "staff", "bus", "train", "library" name a body."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_initials_finder(text: str, part: str) -> None:
    """A degree, a subject, a department or unit, a country, a shouted line is not taken."""
    start = text.index(part)
    spans = find_initials_before(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_initials_reason_names_the_noun() -> None:
    """--explain names the noun of belonging, not the capitals."""
    text = "Panic on the MARTA train last Tuesday."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "MARTA"]
    assert reasons == ["context: capitals before 'train'"]


@pytest.mark.parametrize("shape", ["AB student " * 1000, "ABCDEF train " * 800])
def test_initials_are_linear(shape: str) -> None:
    """10 KB of the rule's own cue shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
