"""A known town joined by a linking word ("Barrow-in-Furness") written by its first word alone.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import datetime

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.forms_extra import joined_town_heads


def _engine(address: str) -> Deidentifier:
    """An engine whose one client lives at `address`."""
    client = KnownSubject(
        role="CLIENT", name="Tomasz Nowak", dob=datetime.date(1990, 5, 12), address=address
    )
    return Deidentifier([client])


@pytest.mark.parametrize(
    ("address", "text", "head"),
    [
        (
            "9 Abbey Road, Barrow-in-Furness",
            "Since he moved to Barrow the nights are worse.",
            "Barrow",
        ),
        (
            "2 Mill Lane, Stratford-upon-Avon",
            "She grew up in Stratford, near the river.",
            "Stratford",
        ),
        ("14 Hope St, Newcastle-under-Lyme", "Back to Newcastle for the weekend.", "Newcastle"),
        ("3 Marsh Row, Weston-super-Mare", "The flat in Weston is damp.", "Weston"),
    ],
)
def test_the_first_word_of_a_joined_town_is_replaced_and_checked(
    address: str, text: str, head: str
) -> None:
    """The replacer takes the town's first word alone, and the final check refuses it left in."""
    engine = _engine(address)
    assert head not in engine.redact(text).text
    assert engine.leaks(text)


def test_an_english_word_of_the_same_spelling_in_lower_case_is_left() -> None:
    """'a wheel barrow' is no town: a head that is an English word counts only capitalised."""
    engine = _engine("9 Abbey Road, Barrow-in-Furness")
    text = "She was pushing a wheel barrow up the allotment."
    assert engine.redact(text).text == text
    assert engine.leaks(text) == []


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("Barrow-in-Furness", {"Barrow"}),
        ("Newton-le-Willows", {"Newton"}),
        ("Southend-on-Sea", {"Southend"}),
        ("follow-up", set()),
        ("Hartley-Brown", set()),
        ("Ashby-de-la-Zouch", {"Ashby"}),
    ],
)
def test_joined_town_heads(line: str, heads: set[str]) -> None:
    """Only a capitalised word before a linking word and a hyphen is a joined town's head."""
    assert joined_town_heads(line) == heads


def test_the_reason_says_town() -> None:
    """`deid --explain` names the replacement the client's town, not their street."""
    engine = _engine("9 Abbey Road, Barrow-in-Furness")
    text = "Since he moved to Barrow the nights are worse."
    reasons = [r.reason for r in engine.redact(text).replacements]
    assert reasons == ["client's town"]
