"""Issue 13, round 12 (u12): given names of Britain's and Ireland's communities that the name
lists lacked (person_uk_given.py, read by `lexicon.first_names`).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, lexicon
from notes_vault.deid.person_uk_given import UK_GIVEN_NAMES
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

NAMES = [
    ("- Rhodri: asked about the rota again", "Rhodri"),
    ("- Femi: said the new flat is damp", "Femi"),
    ("- Maame: brought the letter from the council", "Maame"),
    ("later, ravinder said the shop was shut.", "ravinder"),
    ("we laughed about it. then tolu said he'd had enough.", "tolu"),
]

NOT_NAMES = [
    "He dug for ore behind the math block.",
    "The whale swam past the non-league ground.",
    "A tope and a bola turned up in the crossword.",
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_a_listed_given_name_is_a_person(text: str, name: str) -> None:
    """A listed name heading an item, or lower case before a person's verb, is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize("text", NOT_NAMES)
def test_english_words_stay(text: str) -> None:
    """English words that are names elsewhere were left off the list and stay."""
    assert not [part for part, kind in replaced(text) if kind == "person"], replaced(text)


def test_the_list_holds_no_english_word_or_short_name() -> None:
    """No listed name is an English word, a place or three letters or fewer."""
    bad = [
        name
        for name in UK_GIVEN_NAMES
        if len(name) <= 3 or lexicon.english(name.lower()) or name in lexicon.places()
    ]
    assert not bad, bad


def test_pathological_input_is_fast() -> None:
    """10 KB of listed names in lower case and capitals is redacted in under 0.5 s."""
    unit = "kasia said Rhodri, ravinder tolu - Femi: Maame (12) gurpreet wojtek\n"
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
