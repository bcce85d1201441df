"""A subject record the engine cannot read must never crash an export.

Round 13's US hospital batch held a record whose name ended in particles only
(the shape of "Nguyen Van Le" or "Ana de la O"): building the engine for it
raised IndexError in `stored._joined`, so `supervision export` for that client
would have stopped with a traceback. The property below builds an engine for
names made of particles and short words in any order, and redacts and checks
a sentence that names the client.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.stored import variants

_WORDS = ["van", "Van", "der", "de", "la", "O", "Le", "bin", "Al", "st.", "Mac", "Ní", "Anh"]


def _engine(name: str) -> Deidentifier:
    client = KnownSubject(role="CLIENT", name=name, linked=(LinkedPerson(name, "partner"),))
    return Deidentifier([client], rng=random.Random(0))


def test_a_name_whose_last_words_are_all_particles_is_read_and_replaced() -> None:
    """ "Nguyen Van Le": "Van" and "Le" are both particles; the client is still replaced."""
    engine = _engine("Nguyen Van Le")
    out = engine.redact("Mr Nguyen Van Le attended with his daughter.").text
    assert "Nguyen" not in out
    assert " Le " not in out
    assert engine.leaks(out) == []


def test_a_surname_of_particles_gets_its_joined_forms() -> None:
    """ "de la O" is written "Delao" and "de la O"; both are among the stored forms."""
    forms = variants("Ana de la O")
    assert "Ana Delao" in forms
    assert "de la O" in forms


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5))
def test_no_name_of_particles_and_short_words_crashes_the_engine(words: list[str]) -> None:
    """Building the engine, redacting and checking never raise, whatever the words."""
    name = " ".join(words)
    engine = _engine(name)
    out = engine.redact(f"Seen today: {name} was calm. Plan: review.").text
    assert isinstance(engine.leaks(out), list)
