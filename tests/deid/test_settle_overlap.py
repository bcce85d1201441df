"""A context find that runs on past a known identifier is kept whole, not half-replaced."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

SUBJECT = KnownSubject(
    role="CLIENT",
    name="Dana Whitlock",
    address="12 Oak Lane, Fayetteville",
    linked=(LinkedPerson("Marcus Whitlock", "partner"),),
)


def _redact(text: str) -> str:
    return Deidentifier([SUBJECT], rng=random.Random(3)).redact(text).text


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Brought in by Fayetteville PD after a 911 call.", "PD"),
        ("Referred on to the Fayetteville VAMC for a med review.", "VAMC"),
        ("GP: DR OKAFOR, FAYETTEVILLE HEALTH CENTRE", "HEALTH CENTRE"),
    ],
)
def test_an_organisation_named_after_the_known_town_is_one_replacement(
    text: str, left: str
) -> None:
    """The organisation's own words go with the known town inside it ("[ADDRESS] PD" named it)."""
    out = _redact(text)
    assert "fayetteville" not in out.lower()
    assert left not in out, out
    assert "[ORGANISATION" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She moved to Fayetteville. Attends church twice a week.", "Attends church"),
        ("Lives in Fayetteville. Marcus drives her in.", "drives her in"),
        ("Seen with Marcus. Wife Dana was quiet.", "Wife"),
    ],
)
def test_the_next_sentence_and_its_first_word_stay(text: str, kept: str) -> None:
    """A later find is not let run into the next sentence or over a sentence's first word."""
    out = _redact(text)
    assert kept in out, out
    for name in ("Fayetteville", "Marcus", "Dana"):
        assert name not in out, out
