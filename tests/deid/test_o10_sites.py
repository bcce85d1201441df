"""Issue 13, round 9 (o10): a site or other name in brackets right after an organisation or
a place already found.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o10 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.model import Span
from notes_vault.deid.org_sites import find_sites
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("He drives a forklift at Quorvex (Northgate Depot) on lates.", "Northgate Depot"),
    ("She waits tables at Brambleton Hall (Garden Room), weekends only.", "Garden Room"),
    ("Admitted to Quellbury General (Willow Ward) last week.", "Willow Ward"),
    ("Works for Ostrava Freight (Brindley 2 building) and is tired.", "Brindley 2"),
    ("Cleaner at Tavistock Mills (MKX site), nights.", "MKX"),
]

# (text, where the organisation before the bracket is, the bracket's words)
KEPT = [
    ("Stacks shelves at Quorvex (nights) since May.", "Quorvex", "nights"),
    ("Seen at Quellbury General (Outpatients) today.", "Quellbury General", "Outpatients"),
    ("Placement at Quorvex (Manager Sarah Dunn) ended.", "Quorvex", "Manager"),
    ("Goes to Quorvex (Mondays) with her aunt.", "Quorvex", "Mondays"),
    ("Referred by Quorvex (CBT, 8 sessions) to us.", "Quorvex", "CBT"),
    ("Moved to Quorvex (Poland) for a year.", "Quorvex", "Poland"),
    ("Works at Quorvex (Mental Health team).", "Quorvex", "Mental Health"),
    ("Quorvex (Sertraline 50 mg) prescribed.", "Quorvex", "Sertraline"),
    ("Stays with Quorvex (Mum's friend) now.", "Quorvex", "Mum"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_name_in_brackets_after_an_organisation_is_replaced(text: str, part: str) -> None:
    """Capitalised words or an acronym opening a bracket right after a found name go."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "org", "part"), KEPT)
def test_near_miss_is_left_by_the_site_finder(text: str, org: str, part: str) -> None:
    """A shift, department, role, weekday, clinical abbreviation, country, service, medicine
    or relation in the bracket is not taken, even right after an organisation."""
    toks = tokenize(text)
    begin = text.index(org)
    found = Span(begin, begin + len(org), "organisation", "context", "test", org.lower())
    start = text.index(part)
    spans = find_sites(text, toks, [found], bytearray(len(text)))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_site_reason_names_the_cue() -> None:
    """--explain says what the bracket follows, never the name replaced."""
    text = "Cleaner at Tavistock Mills (Magpie Corner), nights."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Magpie Corner"]
    assert reasons == ["context: a name in brackets right after an organisation"]


@pytest.mark.parametrize(
    "shape", ["at Quorvex (Northgate Depot) " * 350, "Quorvex ( Quorvex (" * 600, "( A " * 2500]
)
def test_sites_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
