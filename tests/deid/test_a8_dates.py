"""Issue 13, round 7 (a8): two days written before one month, two ordinals for one night,
and an ISO timestamp's date.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

CAUGHT = [
    ("on 9 & 10 Oct she is in Cork", "9"),
    ("on 9 & 10 Oct she is in Cork", "10 Oct"),
    ("Tue 4 - Thu 6 Feb at her sister's", "Tue 4"),
    ("away 12th-15th Aug with the kids", "12th"),
    ("the 2nd and 3rd of June were the worst", "2nd"),
    ("the night of the 13th/14th she did not sleep", "13th/14th"),
    ("over the 24th-25th, then back", "24th-25th"),
]

LEFT = [
    ("session 3 - Thurs 26 Nov", "3"),
    ("group 2 & 3 Dec cancelled", "2"),
    ("the 3rd/4th time she said it", "3rd"),
    ("5th-6th sessions were the hardest", "5th"),
    ("page 12 & 13 Nov issue", "12"),
]


@pytest.mark.parametrize(("text", "part"), CAUGHT)
def test_listed_day_is_replaced(text: str, part: str) -> None:
    """Each of two days written before one month, or two ordinals of one night, is replaced."""
    start = text.index(part)
    reps = Deidentifier([]).redact(text).replacements
    assert any(r.start <= start and start + len(part) <= r.end for r in reps), replaced(text)


@pytest.mark.parametrize(("text", "part"), LEFT)
def test_counts_and_ranks_are_kept(text: str, part: str) -> None:
    """A session's number, a group's, a rank or a page before a date is left alone."""
    assert not covers(text, part), replaced(text)


PATHOLOGICAL = {
    "days": "on 9 & 10 Oct " * 720,
    "weekdays": "Tue 4 - Thu 6 Feb " * 560,
    "nights": "the 13th/14th " * 720,
    "ordinals": "1st-" * 2500,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_listed_day_rules_are_linear(name: str) -> None:
    """10 KB of each rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
