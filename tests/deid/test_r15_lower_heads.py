"""Issue 13, round 15 (r15): a lower-case word that no word list holds before "park",
"valley", "woods", "tunnel" and the like names a place ("round holmebrook valley", "at
brockwell park"; place_lower_heads.py, read by place_runs.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.place_lower_heads import find_lower_heads
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

FOUND = [
    ("she runs most mornings round thornlea park before work", "thornlea park"),
    ("they scattered his ashes over glendarrow valley in june", "glendarrow valley"),
    ("he walks the dog in brackenridge woods when he can't sleep", "brackenridge woods"),
    ("panic again in the kelvinhaugh tunnel on the way home", "kelvinhaugh tunnel"),
]

LEFT = [
    "the car park was full so she was late",
    "flashbacks of the resus bay and the noise",
    "stopped the risperidone bridge last week",
    "he liked the theme park as a boy",
    "her client's wood carving is going well",
    "she went to the park with her mum",
]


def _found(text: str) -> list[str]:
    toks = tokenize(text)
    return [text[s.start : s.end] for s in find_lower_heads(text, toks, bytearray(len(text)))]


@pytest.mark.parametrize(("text", "place"), FOUND)
def test_an_unknown_word_before_a_head_is_a_place(text: str, place: str) -> None:
    """The two words are found as a place, and the name is replaced as one (an earlier rule
    may have taken the word alone after "in")."""
    assert _found(text) == [place]
    name = place.split(maxsplit=1)[0]
    hits = [r for r in replacements(text) if name in text[r.start : r.end]]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "place"


@pytest.mark.parametrize("text", LEFT)
def test_english_words_and_clinical_words_are_left(text: str) -> None:
    """An English word, an abbreviation, a medicine or a possessive before the head: no place."""
    assert _found(text) == []


def test_pathological_input_is_fast() -> None:
    """10 KB of heads after unknown and English words is redacted in under 0.5 s."""
    unit = "thornlea park the car park glen valley client's wood x woods park park "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
