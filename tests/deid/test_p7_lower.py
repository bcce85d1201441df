"""Issue 13, round 6 (p7): lower-case names in texts and dictation (person_lower_more.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ("[21:04] them: fine. skeeter gave me a lift home", "skeeter"),
    ("and bazza told him to get out", "bazza"),
    ("a lad named rowan started at her school", "rowan"),
    ("her new friend called summer sits with her", "summer"),
    ("the kids (will is 12, hope 9) are with her mum", "will"),
    ("so grace was 15 when it started", "grace"),
]

LEFT = [
    ("ppl told me not to bother", "ppl"),
    ("a place called home, she said", "home"),
    ("they called my name to go in", "my"),
    ("the bill is 20 quid a week", "bill"),
    ("my will was 3 pages long", "will"),
    ("honestly told me nothing new", "honestly"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_lower_case_names_are_people(text: str, name: str) -> None:
    """A lower-case name before a person's verb, after 'named' or before an age is a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_words_in_the_same_places_are_no_person(text: str, word: str) -> None:
    """An abbreviation, a place word, a determiner or an English noun is no person."""
    assert (word, "person") not in replaced(text), replaced(text)


def test_pathological_lower_names_are_fast() -> None:
    """10 KB of lower-case subjects, namings and ages is redacted in under half a second."""
    text = ("and kozzy gave me, named will, hope is 9, " * 240)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
