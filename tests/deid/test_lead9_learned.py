"""Classes the learned layer never takes, added when the round-9 retrain took two near
misses other rounds' tests pin (o4: "the Freedom Programme", "a member of Staff"): a run
of English words ending in a course's or group's noun, and a workplace's people as one
body. Names beside such words are still found.

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, learned_veto
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import learned_layer_seconds


def _vetoed(text: str, word: str) -> bool:
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    return learned_veto.Vetoes(text, toks).vetoed(i, word.lower())


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She finished the Freedom Programme in May.", "Freedom"),
        ("He joined the Hope Group on Thursdays.", "Hope"),
        ("She is now a member of Staff.", "Staff"),
        ("The Crew were told on Friday.", "Crew"),
    ],
)
def test_course_names_and_collectives_are_vetoed(text: str, word: str) -> None:
    assert _vetoed(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She finished the Okonjo Programme in May.", "Okonjo"),
        ("He works at Riverside with Tamsin.", "Tamsin"),
    ],
)
def test_names_beside_them_are_not_vetoed(text: str, word: str) -> None:
    assert not _vetoed(text, word)


def test_the_layer_leaves_the_programme_and_the_staff() -> None:
    for text in ("She attended the Freedom Programme last year.", "She is a member of Staff."):
        assert Deidentifier([]).redact(text).replacements == ()


@pytest.mark.parametrize(
    ("text", "word", "vetoed"),
    [
        ("Groups: Willow, Rowan (both closed).", "Willow", True),
        ("Rooms: Hazel, Ash\nSaw her today.", "Hazel", True),
        ("Staff: Hazel, Amber on shift.", "Hazel", False),
        ("Team: Rose, Grace and me.", "Grace", False),
        ("Saw Willow at the group.", "Willow", False),
    ],
)
def test_a_list_of_group_or_room_names_is_vetoed_a_list_of_people_not(
    text: str, word: str, vetoed: bool
) -> None:
    assert _vetoed(text, word) is vetoed


@pytest.mark.parametrize(
    "text",
    [
        ("Groups: " + "Willow, " * 1300)[:10_000],
        ('"' + "Blue " * 2000)[:10_000],
    ],
)
def test_the_list_veto_stays_linear(text: str) -> None:
    """The look back to a list's label is bounded: a 10 KB line of capitals is scored in
    time (an unbounded walk took 0.5 s on m8's "long quote")."""
    assert learned_layer_seconds(text) < 0.5
