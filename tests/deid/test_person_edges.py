"""A person's name found in context is replaced to its edges: no "O'" or trailing initial left."""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds


def _redact(text: str) -> str:
    return Deidentifier([], rng=random.Random(5)).redact(text).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Seen by Dr O'Neill today.", "O'"),
        ("Present: Dr O\u2019Hara, Kwame (OT), Beata (CPN).", "O\u2019"),
        ("Spoke to Dr D'Souza re the lithium level.", "D'"),
        ("Priya S and Jo T came to group.", " S "),
        ("Handover from Marguerite K. at eight.", " K."),
    ],
)
def test_the_edges_of_a_name_go_with_it(text: str, gone: str) -> None:
    """A prefix before an apostrophe and a lone initial after a name are replaced with it."""
    out = _redact(text)
    assert gone not in out, out
    assert "[PERSON" in out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Told Sarah I would call her back.", " I would"),
        ("Gave Joanna A leaflet on sleep.", " A leaflet"),
        ("Dr Okafor's plan stands.", "'s plan"),
        ("Her son Reuben B-negative, per the GP.", "B-negative"),
    ],
)
def test_words_beside_a_name_stay(text: str, kept: str) -> None:
    """ "I", "A", a possessive and a hyphenated word after a name are not taken into it."""
    assert kept in _redact(text)


def test_pathological_input_is_fast() -> None:
    """10 KB of names, apostrophes and initials is redacted in under half a second."""
    text = "Dr O'Aa B O'Bb C Mc Dd E " * (10_000 // 25)
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


def test_a_surname_prefix_is_no_known_initial() -> None:
    """The "O" of "Dr O'Neill" is no initial of the known O'Donoghue: a person, not [INITIAL]."""

    engine = Deidentifier([KnownSubject(role="CLIENT", name="Siobhan O'Donoghue")])
    assert engine.redact("Met Dr O'Neill today.").text.startswith("Met Dr [PERSON ")
    assert engine.redact("Met Mrs O. today.").text == "Met Mrs [INITIAL] today."  # round 20


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("s3 - A-R Pickett - tel", "s3 - [CLIENT] - tel"),
        ("A.R Pickett came in.", "[CLIENT] came in."),
        ("Letter to her GP Pickett.", "Letter to her GP [CLIENT]."),
    ],
)
def test_initials_joined_before_a_known_surname(text: str, out: str) -> None:
    """Initials joined by a hyphen or dot go with the known surname; a bare role ("GP") stays."""
    engine = Deidentifier([KnownSubject(role="CLIENT", name="Amber-Rose Pickett")])
    assert engine.redact(text).text == out
