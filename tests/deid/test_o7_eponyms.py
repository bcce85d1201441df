"""Issue 13, round 6 (o7): diseases named after a person or a place are no town and no
person, while the same word as a town or a surname is still replaced.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import covers

KEPT = [
    ("Her dad's Parkinson's is worse since the summer.", "Parkinson"),
    ("He was diagnosed with Huntington's disease in his forties.", "Huntington"),
    ("Her son has Down syndrome and loves swimming.", "Down"),
    ("She was treated for Lyme disease after the camping trip.", "Lyme"),
    ("We talked about Stockholm syndrome and her loyalty to him.", "Stockholm"),
    ("His nan's Alzheimer's means she no longer knows him.", "Alzheimer"),
    ("Bell's palsy last year left her self-conscious.", "Bell"),
    ("Her brother's Tourette's got worse under stress.", "Tourette"),
]

FOUND = [
    ("She moved to Huntington last year with her aunt.", "Huntington"),
    ("He lives in Parkinson near the river.", "Parkinson"),
    ("Mrs Turner is worried about the bills.", "Turner"),
]


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_disease_name_is_kept(text: str, part: str) -> None:
    """A disease named after a person or place is left as written."""
    assert not covers(text, part)


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_same_word_as_town_or_surname_is_replaced(text: str, part: str) -> None:
    """The same word naming a town or a person is still replaced."""
    assert covers(text, part)
