"""Issue 13, round 10 (u10): words that name no one although a given name is spelt the same
(person_words._faith_or_my).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

KEPT = [
    ("Her parents ask if he is even a Christian.", "Christian"),
    ("He is not Christian but goes to the carols.", "Christian"),
    ("Maybe Christian at Easter, she laughed.", "Christian"),
    ("C: Dunno. My sister said I should come.", "My"),
    ("My notes from the first session follow.", "My"),
]

NAMED = [
    ("Christian said he would bring the letter.", "Christian"),
    ("Her brother Christian rang the ward.", "Christian"),
]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_faith_and_possessive_are_no_names(text: str, word: str) -> None:
    """A faith after a word that predicates it, and "My" opening a sentence, stay."""
    assert (word, "person") not in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_the_given_name_is_still_found(text: str, name: str) -> None:
    """The same word as a person's name is still replaced."""
    assert (name, "person") in replaced(text), replaced(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of faith words and sentence-opening possessives is redacted in under 0.5 s."""
    unit = "is a Christian. My mate Christian said. "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
