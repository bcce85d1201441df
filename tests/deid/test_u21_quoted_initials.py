"""Round 21 (u21): initials in quotes standing for a person, in a list item or after a word
for a person."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Supervision today:\n2. "TR" Y9 - friendship fallout, improving.', "TR"),
        ('Case 3 - "K" (second session) brought a dream.', "K"),
        ('Her new client "D" has cancelled twice.', "D"),
        ("They foster a 12-year-old boy (\u201cS.\u201d) since March.", "S."),
        ('- "L" - asked us to use initials only.', "L"),
    ],
)
def test_quoted_initials_in_a_person_place(text: str, who: str) -> None:
    """Quoted capitals opening a list item or after "client", "case" or "boy" are a person."""
    assert (who, "person") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('We practised "I" statements again.', "I"),
        ('He called it "OK" and moved on.', "OK"),
        ('She signs her name with a "Q" handshape at school.', "Q"),
        ('The staff are "MI5" to him, he says.', "MI5"),
        ('Her sister is known as "TJ" at home.', "TJ"),
    ],
)
def test_words_and_other_quoted_capitals_stay(text: str, word: str) -> None:
    """ "I", an abbreviation, a letter's shape, or initials after no word for a person."""
    assert (word, "person") not in replaced(text)


@pytest.mark.parametrize("unit", ['client "AB" ', '1. "J"\n', '"I" "Q" ', '"'])
def test_quoted_initials_are_linear(unit: str) -> None:
    """10 KB of quoted capitals and quotes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
