"""Issue 13, round 7 (a8): every new finder's cue at the very start or end of a note.

A finder that looks a few tokens either side of its cue must stop at the note's ends; a
kids list at the end of a note once indexed past it. Each text here ends (or starts) on a
cue or half a shape, and redacting it must not raise and must give spans inside the text.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier

ENDS = [
    "kids",
    "Kids:",
    "kids 7,",
    "kids 7 and",
    "sister (",
    "sister (32f",
    "Mum 71",
    "Mother:",
    "pt (",
    "maddi (22",
    "her sister,",
    "her sister, 18",
    "Mum (nearly",
    'He said "',
    'He said "sixty-one',
    "herself at",
    "of me at",
    "at nine she",
    "at four",
    "reg",
    "reg was",
    "the trawler",
    'the trawler "',
    'the trawler "Fair',
    "Relation    Age",
    "Name\tAge",
    "CA 9;",
    "9y",
    "2024-12-03T14",
    "adopted at five",
]


@pytest.mark.parametrize("text", ENDS)
def test_a_cue_at_either_end_of_a_note_is_safe(text: str) -> None:
    """A cue or half a shape at the start or end of a note is redacted without an error."""
    engine = Deidentifier([], rng=random.Random(0))
    for note in (text, text + " ", "x " + text, text + "\n", "\n" + text):
        result = engine.redact(note)
        assert all(0 <= r.start < r.end <= len(note) for r in result.replacements)
