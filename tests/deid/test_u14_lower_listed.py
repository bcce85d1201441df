"""Issue 13, round 14 (u14): animal charities, the Women's Institute and the Young Farmers join
the national list, and a listed name ending in "army" or "institute" is taken in lower case
too ("the salvation army", "dogs trust hope project") (data/organisations.txt,
org_lower_listed.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

FOUND = [
    ("he sleeps at the salvation army hostel when it rains", "salvation army"),
    ("asked dogs trust about fostering the dog while he is inside", "dogs trust"),
    ("The RSPCA took the cats in the end.", "RSPCA"),
    ("She still does the flowers for the Women's Institute show.", "Women's Institute"),
    ("Goes to Young Farmers on a Thursday with his cousin.", "Young Farmers"),
]

LEFT = [
    "he joined the army at 17 and left at 22",
    "the trust paid for the taxi",
    "She was a dog person, she said, not a cat person.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_listed_body_is_an_organisation(text: str, name: str) -> None:
    """The body is replaced as an organisation."""
    at = text.index(name)
    hits = [r for r in replacements(text) if r.start <= at < r.end]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"


@pytest.mark.parametrize("text", LEFT)
def test_the_heads_alone_are_left(text: str) -> None:
    """ "army" and "trust" alone, and ordinary English, are no organisation."""
    assert not [r for r in replacements(text) if r.category == "organisation"]


def test_pathological_input_is_fast() -> None:
    """10 KB of listed heads in lower case is redacted in under 0.5 s."""
    unit = "the salvation army dogs trust women's institute army trust institute "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
