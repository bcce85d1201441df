"""Issue 13, round 8 (o9): a national name written in lower case, when its words are no
English word, given name, surname or place.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the list finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid.org_names import find_named_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import covers

FOUND = [
    ("picked up her script from walgreens yesterday", "walgreens"),
    ("she got a saturday job at primark", "primark"),
    ("spends too much in lidl, says its cheaper", "lidl"),
    ("dad did 20 years at raytheon before the layoffs", "raytheon"),
    ("she banks with natwest and has an overdraft", "natwest"),
]

KEPT = [
    ("we talked about the rite aid he used to manage", "rite"),
    ("she bought new boots for the walk", "boots"),
    ("next week she will try again", "next"),
    ("she got home in an uber at 2am", "uber"),
    ("he said ford was his old boss", "ford"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_listed_name_in_lower_case_is_replaced(text: str, part: str) -> None:
    """A listed name whose words are in no English or name list goes in lower case too."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_listed_name_that_is_a_word_is_left_in_lower_case(text: str, part: str) -> None:
    """A listed name made of English words, a given name or surname, or one written as a
    common noun, is not matched in lower case."""
    start = text.index(part)
    spans = find_named_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)
