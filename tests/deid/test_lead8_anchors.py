"""An ordinal after "her"/"his" that counts something is no personal event; a bare one
("her 40th") still is (lead, round 8; the slip a9 reported in shift.py).

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier


def _anchors(text: str) -> list[str]:
    """The text of each personal-event anchor the engine replaces in `text`."""
    result = Deidentifier([]).redact(text)
    return [text[r.start : r.end] for r in result.replacements if "personal event" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        "It was her 20th session with the team and she laughed twice.",
        "She is expecting her 3rd child in the spring.",
        "Since his 4th admission he has kept every appointment.",
        "Their 2nd attempt at mediation went better.",
        "It is my 5th time asking for a review, he wrote.",
        "Her 12th week of the course starts Monday.",
    ],
)
def test_an_ordinal_that_counts_is_kept(text: str) -> None:
    """ "her 20th session": a count, not an anchor to a date of her own."""
    assert _anchors(text) == []


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Her 40th is in June and she dreads it.", "40th"),
        ("They went to Rome for his 50th.", "50th"),
        ("My 30th\nwas the worst night of my life.", "30th"),
        ("Planning her 21st party with her aunt.", "21st party"),
    ],
)
def test_a_bare_ordinal_is_still_an_anchor(text: str, anchor: str) -> None:
    """ "her 40th" alone, or before a verb or an event word, still anchors a date (the
    pronoun stays outside it since round 21)."""
    assert any(anchor in found for found in _anchors(text))
