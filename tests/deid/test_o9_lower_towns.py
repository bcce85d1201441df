"""Issue 13, round 8 (o9): a town written in lower case with no cue, when no word list but
the gazetteer has it.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o9 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_lower import find_lower_towns
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("she does nights at the warrington depot", "warrington"),
    ("his nan rang from inverness, upset", "inverness"),
    ("the huddersfield lot are coming down", "huddersfield"),
    ("moved back to the sheffield flat last week", "sheffield"),
    ("dad drives the kettering route now", "kettering"),
]

KEPT = [
    ("she is on the rota for saturdays", "rota"),
    ("he said como se dice and laughed", "como"),
    ("her friend kevin came along", "kevin"),
    ("she was reading the paper", "reading"),
    ("Warrington depot rang", "Warrington"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_lower_case_town_is_replaced(text: str, part: str) -> None:
    """A lower-case town of six letters or more in no other word list goes with no cue."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_town_finder(text: str, part: str) -> None:
    """A short foreign word, a given name, an English word or a capitalised town (other
    rules' business) is not taken here."""
    start = text.index(part)
    spans = find_lower_towns(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_lower_town_reason_names_the_cue() -> None:
    """--explain says which lists were looked in, never the town."""
    text = "the huddersfield lot are coming down"
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "huddersfield"]
    assert reasons == ["context: a lower-case town in no word list but the gazetteer"]


def test_lower_towns_are_linear() -> None:
    """10 KB of lower-case towns is de-identified and checked in under 0.5 s."""
    text = ("warrington " * 1000)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
