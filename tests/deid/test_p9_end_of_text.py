"""Issue 13, round 8 (p9): every cue word of this round's rules at a note's very end, with
short tails, is redacted without an error (the rules read tokens after their cue).

Sentences written for this test; no corpus text.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier

CUES = [
    "calls", "called", "known as", "call him", "son", "husband", "daughter", "cellie",
    "Tobin (", "Tobin (her", "Tobin, his", "Gill (practice", "DJ (ATR", "Holly, Ivy and",
    "Kids Hunter (", "Moose, Wren (trail", "Femi (he/", "Ash, she/", "w/ j.", "dr. m.",
    "Oighrig,", "Oighrig, you", "Al-", "the Ven.", "BlazeKid44 on", '"k1ra"', "Morwen",
]  # fmt: skip
TAILS = ["", " ", ".", ",", "\n", " x", " (", " )", " 1", " and", " -"]


@pytest.mark.parametrize("cue", CUES)
def test_cue_at_the_end_of_a_note(cue: str) -> None:
    """A cue word at a note's end, with each short tail, is redacted with no error."""
    engine = Deidentifier([], rng=random.Random(0))
    for tail in TAILS:
        for text in (cue + tail, "Seen today. " + cue + tail, "x\n" + cue + tail):
            assert isinstance(engine.redact(text).text, str)
