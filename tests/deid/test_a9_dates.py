"""Issue 13, round 8 (a9): a month/day after leave, an opening, a discharge, labs and
results, or "in session"; a month named with a part of it ("mid-October", "end of Jan").

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape (scores, parts, counts) it must leave.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("She took leave 3/10 after the incident.", "3/10"),
    ("We have an opening 2/6 if that helps.", "2/6"),
    ("Mom says he discharges 1/4, so we plan for that.", "1/4"),
    ("CMP ordered at Quest for 11/8, results pending.", "11/8"),
    ("UDS positive 3/2 for THC.", "3/2"),
    ("Raised in session 1/20; she asked to keep it private.", "1/20"),
    ("Discussed during session 10/14 with her consent.", "10/14"),
    ("She has not slept well since mid-November.", "November"),
    ("He was suspended mid-Jan over the texts.", "Jan"),
    ("The flat should be ready by the end of Feb.", "Feb"),
    ("Back at work late-Sept, she hopes.", "Sept"),
    ("family mtg, 4/12, at the day centre", "4/12"),
    ("Next: session 4/9 11 am, in person.", "4/9"),
    ("Group, Thu 4/9   Present: four members", "4/9"),
]

LEFT = [
    ("He rated the opening exercise 9/10 on the day.", "9/10"),
    ("leave 1/2 of it for tomorrow", "1/2"),
    ("negative 3/4 of the time", "3/4"),
    ("Urges scored 4/10 before leave was granted.", "4/10"),
    ("in session 3/6 of the programme we did the timeline", "3/6"),
    ("mid-may be the best word", "may"),
    ("at the end of term", "term"),
    ("a mid-range score", "range"),
    ("Homework done (4/4 present)", "4/4"),
    ("session 3/6 10 mins late", "3/6"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_date_is_replaced(text: str, value: str) -> None:
    """A month/day after an event word, or a month with a part of it, is replaced as a date."""
    assert covers(text, value), replaced(text)
    assert any(cat == "date" for _, cat in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_scores_parts_and_counts_are_kept(text: str, number: str) -> None:
    """A score, a part of something, a numbered session or a word of the same shape is kept."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "mid": "mid-October " * 830,
    "end of": "end of Jan " * 910,
    "opening": "an opening 2/6 " * 670,
    "scores": "opening rated 9/10 " * 530,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_date_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
