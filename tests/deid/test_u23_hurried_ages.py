"""Round 23 (u23): an age straight after a person, closed the way hurried notes close it.

`person_age_shorthand` read a number after a person when a comma, a semicolon, two dashes
or a bracket closed it; it now also reads one closed by a question mark, a spaced "+" and
the next person, a sentence's full stop, a spaced long dash, or a birthday's day.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("tel review. son Tariq 14? or 15, mum unsure. school refusing.", "14"),
        ("HV visit. Mrs Okonkwo 29 + baby Tobi 3/52, flat cold, heating off.", "29"),
        ("Spoke with Mrs Adeyemi 77. Son visits weekly.", "77"),
        ("Visit to Mr Pryce 81 \u2014 lives alone, neighbour shops for him.", "81"),
        ("rang gran Doreen 90 on tuesday, cards from the whole street.", "90"),
    ],
)
def test_an_age_closed_the_hurried_way(text: str, age: str) -> None:
    """A number after a person, then "?", "+", ".", a long dash or a birthday, is an age."""
    assert (age, "age") in replaced(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("son Tariq 3 + 4 sums done in class, proud.", "3"),
        ("Mrs Okonkwo's Na 3.5 on the latest bloods.", "3"),
        ("Listened to Mahler 5 on 3 October with her father.", "5"),
        ("Vit D 14 \u2014 started supplements last week.", "14"),
        ("Sister Ruth 2 hours late again.", "2"),
        ("Saw Ravi 4. Then the group met.", "4"),
    ],
)
def test_counts_decimals_and_dates_stay(text: str, number: str) -> None:
    """A sum, a decimal, a number before a date, a lab value or a count is no age."""
    assert (number, "age") not in replaced(text)


@pytest.mark.parametrize("unit", ["son Tariq 14? ", "Mr Pryce 81 \u2014 ", "Mrs Adeyemi 77. + "])
def test_hurried_ages_are_linear(unit: str) -> None:
    """10 KB of names and numbers with hurried closes stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
