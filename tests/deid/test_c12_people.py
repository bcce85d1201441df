"""Issue 13, round 12 (c12): drinks, tested substances, games and languages named by a
capitalised word are no person (person_things.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words

THINGS = [
    ("Drinks 3 Yuengling most nights, more on paydays.", "Yuengling"),
    ('Drinking Kirin "a couple" after work.', "Kirin"),
    ("Oxycodone NEG, Methamphetamine POS on today's screen.", "Methamphetamine"),
    ("He was playing Brawlhalla until 3 am.", "Brawlhalla"),
    ("Grandmother spoke Toisanese the whole visit.", "Toisanese"),
]

PEOPLE = [
    ("He drinks with Dario on Fridays.", "Dario"),
    ("She spoke to Keisha after group.", "Keisha"),
    ("Drinks: Rosalind brings wine to every visit.", "Rosalind"),
]


@pytest.mark.parametrize(("text", "word"), THINGS)
def test_things_by_their_cue_are_no_person(text: str, word: str) -> None:
    """A capitalised word after a verb of drinking, playing or speaking, or before a
    screen's result or "-speaking", is not replaced as a person."""
    assert word not in replaced_words(text, "person")


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_people_beside_the_same_verbs_are_replaced(text: str, name: str) -> None:
    """A person after "with", "to" or a colon is still replaced."""
    assert name in replaced_words(text, "person")


def test_pathological_input_is_fast() -> None:
    """10 KB of drink, screen and game shapes is redacted in under half a second."""
    unit = 'drinks 4 - 5 "like" Tecate NEG playing Zed speaks Mixtec-speaking of of '
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


def test_an_interpreter_by_name_is_a_person() -> None:
    """A surname before "interpreter" is the interpreter, still replaced."""
    text = "Mum spoke Cantonese; Mr Okonkwo interpreter booked for next week."
    assert "Okonkwo" in replaced_words(text, "person")
