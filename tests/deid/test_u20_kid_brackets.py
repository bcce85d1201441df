"""Round 20 (u20): children's ages in a bracket after their noun, or in words after "aged"."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.age_kid_brackets import find_bracketed_kid_ages
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("wants to know what to tell the kids (7 + 4) about dad.", ["7", "4"]),
        ("mum of 2, kids (5, 14mo), partner away on rigs.", ["14mo"]),
        ("the twins aged seven and four stay with nan on fridays.", ["four"]),
        ("three children (11, 8 & 2) at the refuge with her.", ["11", "8", "2"]),
    ],
)
def test_bracketed_and_worded_kid_lists_are_ages(text: str, ages: list[str]) -> None:
    """Every number of the list is a child's age."""
    found = replaced(text)
    for age in ages:
        assert (age, "age") in found


@pytest.mark.parametrize(
    "text",
    [
        "kids (2 + 1 on the way) and a dog.",
        "has the kids (3, 4 days a week) since the split.",
        "kids (2) at school all day.",
        "kids (3, 5 and then we",
        "groups aged 4 and 5 times a week.",
        "she is aged 34 and 2 kids at home.",
    ],
)
def test_other_brackets_and_counts_stay(text: str) -> None:
    """A bracket holding more than numbers, one count, an open bracket, a unit: no list."""
    assert find_bracketed_kid_ages(tokenize(text)) == []


@pytest.mark.parametrize("unit", ["kids (1 + ", "aged 2 and ", "kids (3, 4mo, "])
def test_kid_brackets_are_linear(unit: str) -> None:
    """10 KB of open kid lists stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
