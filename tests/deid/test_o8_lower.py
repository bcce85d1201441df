"""Issue 13, round 7 (o8): a lower-case organisation that fills a bracket after the kind
of body it is ("police (humberside police)", "housing (east riding council)").

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid.org_lower import find_lower_orgs
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import covers

FOUND = [
    ("rang the police (cleveland police) about the car", "cleveland police"),
    ("housing (north tyneside council) say no", "north tyneside council"),
    ("officer from the force (dyfed powys police) came out", "dyfed powys police"),
    ("she sees a nurse (fernlea clinic) weekly", "fernlea clinic"),
    ("benefits sorted by the council (wyre forest council)", "wyre forest council"),
]

KEPT = [
    ("brought in by campus police after the fight", "campus police"),
    ("she wrote to the council and the police", "council"),
    ("reported it (local police) the next day", "local police"),
    ("(borough council) letter came", "borough council"),
    ("after the op (eating disorders clinic) she ate", "eating disorders clinic"),
    ("(town council) meeting on monday", "town council"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_lower_case_body_in_brackets_is_replaced(text: str, part: str) -> None:
    """A lower-case force, council or clinic named in a bracket of its own goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_generic_body_is_left_by_the_lower_case_finder(text: str, part: str) -> None:
    """A force or council out of brackets, or one named only by generic or English words
    of a service, is not taken."""
    start = text.index(part)
    spans = find_lower_orgs(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)
