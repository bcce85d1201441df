"""Issue 13, round 8 (p9): a name by what someone is called, and lower-case initials or a
short name after a relation, as dictated and hurried notes write them (person_called.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

PEOPLE = [
    ("his mother margaret comma who he calls peggy comma is unwell", "peggy"),
    ("her grandad, who she calls grandy, died in may.", "grandy"),
    ("the lads call him Tanko.", "Tanko"),
    ("everyone calls her dot, even the nurses", "dot"),
    ("known as Blu on the estate.", "Blu"),
    ("they call her jo at work", "jo"),
    ("son rj is seven period", "rj"),
    ("husband dj on nights again", "dj"),
    ("her daughter jt started college", "jt"),
    ("his nephew tb came with him", "tb"),
    ("Their daughter April (6) starts school.", "April"),
    ("Her son August, 11, is at the academy.", "August"),
    ("his sister Autumn (15) was there", "Autumn"),
    ("the note ends with son kj", "kj"),
    ("Note to self, not for the file: Oighrig, you handled that well.", "Oighrig"),
    ("Thanks for covering. Tadhgin, can you send the rota?", "Tadhgin"),
]

LEFT = [
    ("Please call him back tomorrow.", "back"),
    ("They called her names at school.", "names"),
    ("He said call me crazy, but it helped.", "crazy"),
    ("The match was called off.", "off"),
    ("She works at the call centre.", "centre"),
    ("He asked us not to call her ward.", "ward"),
    ("son hx of ADHD, on meds", "hx"),
    ("son dx autism 2019", "dx"),
    ("son is ok, daughter at uni", "is"),
    ("husband to collect at 5", "to"),
    ("mum bp 140/90 today", "bp"),
    ("asked why her baby isn't sleeping", "isn"),
    ("Seen with son May 12 at the clinic.", "May"),
    ("Overall, you did well this term.", "Overall"),
    ("Mum, you said you would come.", "Mum"),
    ("Honestly, thanks for waiting.", "Honestly"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_called_names_and_short_names_after_a_relation(text: str, name: str) -> None:
    """A name after "calls"/"called"/"known as", and two or three lower-case letters after a
    family relation, are replaced as a person."""
    assert (name, "person") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_words_and_abbreviations_are_kept(text: str, word: str) -> None:
    """An English word after "call", a clinical abbreviation or an English word after a
    relation is not replaced as a person."""
    assert not any(part == word and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


PATHOLOGICAL = {
    "calls": "who he calls terry, calls him calls her " * 260,
    "relations": "son tj husband ty son son " * 400,
    "addressed": "Oighrig, you Tadhgin, can , you " * 320,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of the rules' own pathological input is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
