"""Round 21 (p21): a word of kin opening a sentence before a verb is no given name.

"Son", "Nana" and "Buddy" are in the census's given names, so "Son cried." was a person
by the rule for a given name that is also an English word opening a sentence before a
verb only a person does (`person_quotes._opening`). A word that introduces a person
(`lexicon.PERSON_CUES`) is the relative or role itself there.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The discharge went well. Son drove her home after lunch.", "Son"),
        ("Quiet week on the farm. Son says the lambing is nearly over.", "Son"),
        ("She slept badly. Nana cried when the letter came.", "Nana"),
    ],
)
def test_a_word_of_kin_opening_a_sentence_stays(text: str, word: str) -> None:
    assert word not in replaced_words(text, "person"), replaced_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The discharge went well. Grace drove her home after lunch.", "Grace"),
        ("Quiet week on the farm. Rose says the lambing is nearly over.", "Rose"),
    ],
)
def test_a_given_name_opening_a_sentence_is_still_a_person(text: str, name: str) -> None:
    assert name in replaced_words(text), replaced_words(text)


def test_linear_time() -> None:
    engine = Deidentifier([], rng=random.Random(0))
    text = ("Son cried. Nana says. Grace cried. " * 300)[:10_000]
    assert redact_and_check_seconds(engine, text, "Son cried.") < LINEAR_SECONDS
