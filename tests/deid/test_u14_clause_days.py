"""Issue 13, round 14 (u14): an ordinal day after "on the" (or "by", "until", "since"...) is
a date when a clause goes on after it ("on the 11th came back", "on the 11th a neighbour"),
not only before punctuation or "at" (date_festivals.find_days).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.date_festivals import find_days
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "an ordinal day after"

FOUND = [
    ("The blood results on the 4th came back normal.", "4th"),
    ("He was fine, and on the 22nd a letter arrived from the council.", "22nd"),
    ("Can we move it to later on the 9th early evening instead?", "9th"),
    ("She rang the ward on the 30th she said, crying.", "30th"),
    ("Nothing was paid until the 1st it finally landed.", "1st"),
]

LEFT = [
    "On the 3rd session she was able to stay with the feeling.",
    "They live on the 14th floor and the lift is broken.",
    "He came in on the 2nd attempt after two missed calls.",
    "Read about it in the 19th century novel she likes.",
    "By the 45th a change was clear in the diary.",
]


@pytest.mark.parametrize(("text", "day"), FOUND)
def test_an_ordinal_day_opening_a_clause_is_a_date(text: str, day: str) -> None:
    """The ordinal is replaced as a date, and this rule finds it."""
    at = text.index(day)
    hits = [r for r in replacements(text) if r.start <= at < r.end]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "date"
    assert any(_RULE in s.reason and text[s.start : s.end] == day for s in find_days(text))


@pytest.mark.parametrize("text", LEFT)
def test_a_rank_is_left(text: str) -> None:
    """An ordinal that ranks a noun, or is no day of a month, is not taken by the rule."""
    assert not [s for s in find_days(text) if _RULE in s.reason]
    assert not [r for r in replacements(text) if _RULE in r.reason]


def test_explain_names_the_cue() -> None:
    """The reason names the word before "the"."""
    text = "The scan on the 6th came back clear."
    reasons = [r.reason for r in replacements(text) if "6th" in text[r.start : r.end]]
    assert reasons == ["pattern: an ordinal day after 'on the' opening a clause"]


def test_pathological_input_is_fast() -> None:
    """10 KB of cues, ordinals and clause words is redacted in under 0.5 s."""
    unit = "on the 11th a by the 3rd she on the the 45th came until the 1st "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
