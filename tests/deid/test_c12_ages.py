"""Issue 13, round 12 (c12): the age someone would have reached (age_would.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced_words

AGES = [
    ("Her brother would have been 19 on Friday; she lit a candle.", "19"),
    ("Teo would have been thirty-one this week.", "thirty-one"),
    ("He said his son would have turned 40 in May.", "40"),
    ("The baby would be 2 now, she keeps counting.", "2"),
]

KEPT = [
    ("It would have been 3 weeks without a drink.", "3"),
    ("The bus would have been 10 minutes late anyway.", "10"),
    ("The dose would be 5 mg at night.", "5"),
    ("That would have been 2 times this week.", "2"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_ages_someone_would_have_reached(text: str, age: str) -> None:
    """The number after "would have been" and its kin is replaced as an age."""
    assert age in replaced_words(text, "age")


@pytest.mark.parametrize(("text", "number"), KEPT)
def test_counts_times_and_doses_stay(text: str, number: str) -> None:
    """A count, a time or a dose after "would have been" is no age."""
    assert number not in replaced_words(text, "age")


def test_pathological_input_is_fast() -> None:
    """10 KB of "would have been" shapes is redacted in under half a second."""
    unit = "would have been 17 on would be twenty-two now would've turned 3 weeks "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
