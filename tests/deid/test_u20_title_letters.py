"""Round 20 (u20): a lone letter after a lower-case honorific, before a bracket or a word;
a lower-case O'-surname after one."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("pastoral log - mr j (head of year)\nweds - spoke to class.", "j"),
        ("nan worried about mrs w (80s) next door, lives alone.", "w"),
        ("plan: ring dr g surgery tmrw re the letter.", "g"),
        ('she said "the dinner lady mrs. p from the canteen" and cried.', "p"),
    ],
)
def test_a_letter_after_a_lower_case_honorific_is_a_person(text: str, letter: str) -> None:
    """The letter after "mr", "mrs", "dr" or "mrs." is a person's initial."""
    assert (letter, "person") in replaced(text)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("i miss a lot of things about home.", "a"),
        ("saw dr s and the team today.", "s"),
        ("ms i think is worse this week.", "i"),
        ("mr t to be confirmed at the meeting.", "t"),
        ("dr a and mr b came; it was a lot.", "b"),
    ],
)
def test_words_and_joined_letters_stay(text: str, letter: str) -> None:
    """A word ("a", "i"), a letter joined to the next word or before a verb: no initial."""
    assert (letter, "person") not in replaced(text)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("the lollipop lady mrs o'malley saw him cross.", "o'malley"),
        ("letter from dr d\u2019souza re the scan, filed.", "d\u2019souza"),
    ],
)
def test_an_o_surname_after_a_lower_case_honorific_is_a_person(text: str, surname: str) -> None:
    """ "o'" or "d'" and a lower-case word after "mrs" or "dr" is a surname."""
    assert (surname, "person") in replaced(text)


def test_o_clock_after_miss_stays() -> None:
    """ "i miss o'clock news": no surname."""
    assert ("o'clock", "person") not in replaced("i miss o'clock news on the radio.")


@pytest.mark.parametrize("unit", ["mrs t (", "dr v office ", "ms. b about ", "mrs o'x "])
def test_title_letters_are_linear(unit: str) -> None:
    """10 KB of honorific-and-letter shapes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
