"""Issue 13, round 15 (r15): a number after "log", "Datix", "PID" or "refs" is a record's
identifier (numbers.ID_CUES): "West Mids Police log 2118", "Datix 133042", "Officer Reyes,
PID 5520", "refs 51-2231-0098"; a count after a log is left ("food log 1200 kcal").

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

FOUND = [
    ("Reported to the police, log 4410 of last night.", "4410"),
    ("Fall on the ward, Datix 220918 raised by nights.", "220918"),
    ("Seen with Officer Reyes (PID 5520) at the house.", "5520"),
    ("Two reports made, refs 51-2231-0098 and another.", "51-2231-0098"),
]

LEFT = [
    "Her food log 1400 kcal most days this week.",
    "Anger log 5/7 days, better than last week.",
    "Step log 9000 steps, walking more.",
]


@pytest.mark.parametrize(("text", "number"), FOUND)
def test_a_number_after_the_cue_is_an_identifier(text: str, number: str) -> None:
    """The number is replaced as an identifier."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == number]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "id_number"


@pytest.mark.parametrize("text", LEFT)
def test_a_count_in_a_log_is_left(text: str) -> None:
    """A count before a unit, a score: no identifier."""
    assert not [r for r in replacements(text) if r.category == "id_number"]


def test_pathological_input_is_fast() -> None:
    """10 KB of cues, numbers and units is redacted in under 0.5 s."""
    unit = "log 4410 Datix 22 PID refs 51-2231 and log 1200 kcal log log "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
