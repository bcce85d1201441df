"""Issue 13, round 7 (p8): words that are English by their shape though the word list lacks
them, and English words used as a label before a number, are not people.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must leave alone and names of the same shape it must still replace
(person_shapes.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

NO_PERSON = [
    # Chat, speech and dialect forms after a verb of speech or "with".
    ("Her daughter said bday plans were off this year.", "bday"),
    ("He said tbh the group was the only good bit.", "tbh"),
    ("Pt said theyd be back after the holidays.", "theyd"),
    ("Grandad said nowt about it, then went out to the shed.", "nowt"),
    ("She said didnt matter, she would go anyway.", "didnt"),
    # A listed word and an English suffix.
    ("Please refer to prescriber for the dose change.", "prescriber"),
    ("Sleep is worse with stressors at home and at work.", "stressors"),
    ("His uncle runs a small haulage firm near the docks.", "haulage"),
    # A medicine's generic name by its stem.
    ("Stable on lithium, and she is also treated with olanzapine at night.", "olanzapine"),
    ("Both overdoses were reversed with naloxone by the crew.", "naloxone"),
    ("Settled after the team started him with lorazepam.", "lorazepam"),
    ("Tremor is better with propranolol, per the GP.", "propranolol"),
    # An English word as a label before a number or code.
    ("Seen on Ward 12 after the handover.", "Ward"),
    ("She helps out at the Ward C6 reception two mornings a week.", "Ward"),
    ("He has Art 3 on a Tuesday and likes it.", "Art"),
    ("The family waited in Bay 4 until the doctor came.", "Bay"),
]

STILL_PEOPLE = [
    ("The carer said oluwaseun had gone to bed early.", "oluwaseun"),
    ("Her cousin yaw wants to come to the next session.", "yaw"),
    ("In the text she wrote that paddy wants the kids at Christmas.", "paddy"),
    ("Kids at home: Hope 9, Will 12, both at the village school.", "Will"),
    ("Dr Ward rang back about the referral.", "Ward"),
    ("Her friend Summer came to the appointment.", "Summer"),
    ("Her brother Jasper helped with the move.", "Jasper"),
    ("She lives with her partner Dean and his son.", "Dean"),
]


@pytest.mark.parametrize(("text", "word"), NO_PERSON)
def test_english_shapes_are_no_person(text: str, word: str) -> None:
    """A chat form, a suffixed or medicine word, or a numbered label is not a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


@pytest.mark.parametrize(("text", "name"), STILL_PEOPLE)
def test_names_of_the_same_shape_stay_people(text: str, name: str) -> None:
    """A name beside the same cues, or with a number in a list of children, is replaced."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)


PATHOLOGICAL = {
    "said shapes": "said bday with stressors to prescriber, " * 260,
    "numbered": "on Ward 12 Bay 4 Math 2, " * 400,
    "medicines": "with olanzapinepropranolol " * 370,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a shape rule's own pathological input is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
