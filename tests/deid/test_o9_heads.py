"""Issue 13, round 8 (o9): an unknown name opening a clause before a word of service.

Every sentence here was written for these tests, not copied from a corpus; near misses
are checked against the o9 finder itself, so another layer cannot hide a wrong hit.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_heads import find_clause_heads
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

FOUND = [
    ("Sleep poor; Brakewood signposted for carers.", "Brakewood"),
    ("Quellbury clinic have not written back.", "Quellbury"),
    ("Plan: (Trevanna log shows she cancelled twice).", "Trevanna"),
    ("- Dunmarrow referral made, waiting list six weeks", "Dunmarrow"),
    ("Talked about money. Cashwyse account is overdrawn.", "Cashwyse"),
    ("Orvanta neurodevelopmental clinic will see him in May.", "Orvanta"),
    ("Risk reviewed. Pellithorne informed by phone.", "Pellithorne"),
    ("Stayed calm, Hallowmere contacted the family.", "Hallowmere"),
    ("Work stress again; Kestrix helpdesk shifts are long.", "Kestrix"),
    ("Zentura staff have been kind to her.", "Zentura"),
]

KEPT = [
    ("Paeds clinic moved her appointment.", "Paeds"),
    ("Zoom session dropped twice.", "Zoom"),
    ("Interoceptive exposure practice set as homework.", "Interoceptive"),
    ("Dramatherapy group was cancelled.", "Dramatherapy"),
    ("Wellbeing team meeting on Friday.", "Wellbeing"),
    ("Sertraline clinic review booked.", "Sertraline"),
    ("Sarah informed the school.", "Sarah"),
    ("Leeds clinic called.", "Leeds"),
    ("Family group went well.", "Family"),
    ("SAW QUELLBURY CLINIC TODAY.", "QUELLBURY"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_unknown_head_before_a_service_word_is_replaced(text: str, part: str) -> None:
    """An unknown capitalised word opening a clause before a service noun or verb goes."""
    assert covers(text, part)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_near_miss_is_left_by_the_head_finder(text: str, part: str) -> None:
    """A clinical short form, app, derived or run-together English word, medicine, given
    name, town, English word or a line of capitals is not taken here."""
    start = text.index(part)
    spans = find_clause_heads(text, tokenize(text))
    assert not any(s.start < start + len(part) and start < s.end for s in spans)


def test_head_reason_names_the_cue() -> None:
    """--explain names the service word, never the name replaced."""
    text = "Sleep poor; Brakewood signposted for carers."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Brakewood"]
    assert reasons == ["context: an unknown name opening a clause before 'signposted'"]


@pytest.mark.parametrize(
    "shape", ["; Qwxl clinic " * 700, ". Qwxl ab team " * 650, "Qwxlmnopqrstuvwxyzab group " * 400]
)
def test_clause_heads_are_linear(shape: str) -> None:
    """10 KB of the rule's own shapes is de-identified and checked in under 0.5 s."""
    text = shape[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up") < LINEAR_SECONDS
