"""Issue 13, round 8 (o9): lower-case venues before their street or after a word of work.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o9 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_lower_venues import find_lower_venues
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("she meets him at the wetherbys on kelvin most fridays", "wetherbys"),
    ("she meets him at the wetherbys on kelvin most fridays", "kelvin"),
    ("he has a tab at the fox on cragwell, which worries her", "cragwell"),
    ("he has a tab at the fox on cragwell, which worries her", "fox"),
    ("got her scripts from the medipoint on harrowgate.", "medipoint"),
    ("he got a job at the bargainz so he is out most days", "bargainz"),
    ("picked up two shifts at the quikstop.", "quikstop"),
    ("she volunteers at the co-op now and likes it", "co-op"),
    ("he works at the spudshack\nnext session friday", "spudshack"),
    ("they queue at zippys on dunmore every payday", "zippys"),
]

KEPT = [
    ("she works at the weekend and at the hospital", "weekend"),
    ("he works at the front desk now", "front"),
    ("met him at the park on Elm after school", "park"),
    ("she spoke to him on Viber last night", "him"),
    ("we ate at dinner on Division together", "dinner"),
    ("she sold jam at the stand on Highway 9 for years", "stand"),
    ("he works at the deep end of things now", "deep"),
    ("can't work at the cash-and-carry on Audley Range now", "cash"),
    ("she got a job at the shipyard in town", "shipyard"),
    ("he reads at the moment on his phone", "moment"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_lower_case_venue_is_replaced(text: str, part: str) -> None:
    """A lower-case venue after "the" before its street, or after a word of work, goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_venue_finder(text: str, part: str) -> None:
    """A time, a position, a kind of place, a pronoun, an English word alone after work
    or before a street of English words is not taken here."""
    start = text.index(part)
    spans = find_lower_venues(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_venue_reasons_name_the_cue() -> None:
    """--explain names the cue words for both the venue and its street."""
    text = "she meets him at the wetherbys on kelvin most fridays"
    reasons = {text[r.start : r.end]: r.reason for r in replacements(text)}
    assert reasons["wetherbys"] == "context: a lower-case venue after 'at' before its street"
    assert reasons["kelvin"] == "context: a street's name alone after a venue and 'on'"


@pytest.mark.parametrize(
    "shape", ["at the ab on cd " * 700, "works at the abx " * 650, "at the co-op-op " * 650]
)
def test_lower_venues_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
