"""Issue 13, round 10 (u10): words that name no one although a given name is spelt the same
(person_faiths.py, read by person_words.never_a_name).

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


@pytest.mark.parametrize(
    "text",
    [
        "Sentenced in May (Bradford Crown Court) - 2 years 6 months, burglary.",
        "Sentenced 2024 at Snaresbrook Crown Court, 3 yrs 2 months, robbery.",
    ],
)
def test_a_prison_sentence_is_no_age(text: str) -> None:
    """Years and months after a sentencing word on the line are a sentence's length."""
    assert not [part for part, kind in replaced(text) if kind == "age"], replaced(text)


def test_a_childs_age_in_years_and_months_is_still_found() -> None:
    """A child's age set off in years and months is still an age."""
    assert ("3 yrs 5 mos", "age") in replaced("Seen with Kian, 3 yrs 5 mos. Mum present.")
