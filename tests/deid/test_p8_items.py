"""Issue 13, round 7 (p8): one initial with its full stop for a person, opening a list's item
before its details or after a title with no surname.

Every sentence here was written for these tests, not copied from a corpus (person_items.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ("Clients discussed:\n- H., 47, panic, first session went well.", "H."),
    ("Supervision list:\n1. W. (early 50s, bus driver) - anger after the crash.", "W."),
    ("2. D. (teacher, off sick since May) - sleep is worse.", "D."),
    ("S. (student, 19) - exam stress, wants weekly.", "S."),
    ('The widower in the group ("Mr. P.") spoke first tonight.', "P."),
    ("Mrs T. rang back to move the visit.", "T."),
    ("We agreed Dr L. should see him before the review.", "L."),
    ("Board:\nKOWALCZYK J - 52 - Hexham - day 4 - awaiting bed", "KOWALCZYK J"),
    ("Clinic list\nOYELARAN-SMITH D - DNA, letter sent", "OYELARAN-SMITH D"),
    ("Ward list\nNAKASHIMA P, 77, falls review", "NAKASHIMA P"),
    ('Group tonight:\n"Gazza" - 31, roofer, first time here', "Gazza"),
    ('Young people seen:\n- "Bex", 15, Year 10', "Bex"),
]

LEFT = [
    ("Report outline:\nA. Background\nB. (see above) Plan", "B."),
    ("Sections:\nC. (optional) extra reading", "C."),
    ("We tried Plan B. Then it rained.", "B."),
    ("I. (the writer) will add the rest.", "I."),
    ("Rooms today\nWARD B - closed for cleaning", "WARD"),
    ("Options\nPLAN A - agreed with family", "PLAN"),
    ("Bloods\nHEP C - negative", "HEP"),
    ('Targets:\n"Sleep" - 7 hours a night', "Sleep"),
]


@pytest.mark.parametrize(("text", "initial"), PEOPLE)
def test_item_and_titled_initials_are_people(text: str, initial: str) -> None:
    """An initial opening a case's item before its details, or after a title, is a person."""
    assert any(initial in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


@pytest.mark.parametrize(("text", "initial"), LEFT)
def test_outline_letters_are_kept(text: str, initial: str) -> None:
    """An outline's letter, a plan's letter or "I." is not replaced as a person."""
    assert not any(initial in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


def test_pathological_initials_are_fast() -> None:
    """10 KB of list items opened by initials is redacted in under half a second."""
    text = ("- G., 63, x\n1. R. (mid-30s, a)\nMr. B. " * 300)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
