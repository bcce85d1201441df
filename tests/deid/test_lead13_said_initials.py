"""Initials that say, think and feel at two places or more are a person (round 13, lead).

Supervision logs name the supervisee by initials from start to end; the thirteenth batch's
dev notes left "GR" and "R" in place at every mention but one.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    redact_and_check_seconds,
    replaced_words,
    replacements,
)

_LOG = (
    "Peer supervision, Tues. Presenting: TK (trainee). TK's question: whether to end with "
    "the client after the rupture. TK feels she has let him down. We looked at the recording "
    "and TK noticed her voice speeding up. Plan: TK to bring the next tape."
)


def test_initials_that_speak_twice_are_replaced_at_every_place() -> None:
    """Every "TK", whichever rule takes each (the acronym rule takes some first)."""
    assert replaced_words(_LOG).count("TK") == _LOG.count("TK")


def test_initials_that_are_a_word_too_are_taken_through_the_note() -> None:
    """ "GR" is a word of the lexicon ("gr", grams): only the note-wide view takes it."""
    text = (
        "Supervisee: GR. GR's dilemma is whether to go on. GR unsure about the ending. "
        "Supervisor asked how GR is; GR said fine."
    )
    assert replaced_words(text, "person").count("GR") == text.count("GR")


def test_a_lone_letter_that_speaks_twice_is_a_person() -> None:
    text = "J said the week was long. J feels the move is close now. Next: J and me on Friday."
    assert replaced_words(text, "person").count("J") == 3


def test_each_person_keeps_one_tag() -> None:
    text = "MB said yes. MB's worry is money. DW thinks no. DW feels left out. Then MB left."
    tags: dict[str, set[str]] = {}
    for rep in replacements(text):
        tags.setdefault(text[rep.start : rep.end], set()).add(rep.replacement)
    assert len(tags["MB"]) == 1
    assert len(tags["DW"]) == 1
    assert tags["MB"] != tags["DW"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("PT said he slept badly. PT reports low mood and PT's wife agrees.", "PT"),
        ("GP thinks it is viral. GP said to review in a week.", "GP"),
        ("The ED says she is fat; the ED's voice is loud at night. ED said eat less.", "ED"),
        ("IT said the laptop is fixed. IT's ticket is closed.", "IT"),
        ("MUM said no. MUM's car was outside. MUM feels tired.", "MUM"),
        ("DAD SAID NO. DAD SAID LATER. DAD'S CAR.", "DAD"),
        ("D to check BABCP accreditation. D said ok.", "D"),
        ("The DSL said she would call. DSL's view: refer. DSL thinks so.", "DSL"),
    ],
)
def test_roles_abbreviations_words_capitals_and_single_places_are_left(
    text: str, kept: str
) -> None:
    assert kept not in replaced_words(text)


def test_said_initials_stay_linear() -> None:
    text = ("GR said yes. GR's week. R feels ok. PT said no. " * 250)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm up GR said") < LINEAR_SECONDS
