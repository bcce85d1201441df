"""Issue 13, round 6 (o7): clinical, social-care and service abbreviations in capitals are
no organisation's name, while an unknown acronym still is.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import covers

KEPT = [
    ("Spoke to the DSL at school about the bruise.", "DSL"),
    ("Referred to the IDVA and discussed at MARAC next week.", "IDVA"),
    ("Note written in GIRP format as agreed.", "GIRP"),
    ("Scored PDSS 14 last time; CAARS pending.", "CAARS"),
    ("He has been using THC most nights since June.", "THC"),
    ("Started FBT with both parents present.", "FBT"),
    ("Practised TIPP with the cold water today.", "TIPP"),
    ("Husband is SSG, deployed until spring.", "SSG"),
    ("Her OB wants a repeat scan.", "OB"),
    ("Logged on CPOMS before the end of the day.", "CPOMS"),
    ("Mother says DCFS closed the case in May.", "DCFS"),
    ("He sees the PWP on Thursdays for guided self-help.", "PWP"),
]

FOUND = [
    ("She now works for KBRW as a planner.", "KBRW"),
    ("Placed with ZYLO for the summer.", "ZYLO"),
]


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_clinical_abbreviation_is_kept(text: str, part: str) -> None:
    """A clinical, safeguarding or service abbreviation is not replaced as an organisation."""
    assert not covers(text, part)


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_unknown_acronym_is_still_replaced(text: str, part: str) -> None:
    """An acronym that is no known abbreviation is still taken for an organisation."""
    assert covers(text, part)
