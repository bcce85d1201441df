"""Issue 13, round 7 (o8): a service or venue named after its field label ("Service:",
"Venue:", "Clinic:", "Site:").

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import covers, replacements

FOUND = [
    ("Session 3\nService: Harbourside Family Support - video", "Harbourside Family Support"),
    ("Venue: Kingfisher psychology, room 2", "Kingfisher"),
    ("Clinic: Rowan Tree wellbeing - Tues", "Rowan Tree"),
    ("Site: Beacon Works, loading bay office", "Beacon Works"),
]

KEPT = [
    "Service: None at present.",
    "Venue: Home visit.",
    "Clinic: Year 9 review.",
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_name_after_a_service_label_is_replaced(text: str, part: str) -> None:
    """The capitalised name opening a "Service:", "Venue:", "Clinic:" or "Site:" field goes."""
    assert covers(text, part)


@pytest.mark.parametrize("text", KEPT)
def test_empty_answer_after_a_label_is_left(text: str) -> None:
    """An answer that names nothing ("None", "Home", "Year 9") is not replaced as a body."""
    assert not [r for r in replacements(text) if r.category == "organisation"]
