"""Round 11 (k11): a known phone number by its last three or four digits after a word that
says so ("the number ending 517", "last four 3517", dictated "ending 5 one 7"); sentences
of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(role="CLIENT", name="Perpetua Axelby", phone="07712 483 517")


def _engine() -> Deidentifier:
    return Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)


FOUND = [
    ("Texted her on the safe mobile ending 517 as agreed.", "517"),
    ("Only call the number that ends in 3517, not the landline.", "3517"),
    ("Last four digits are 3-5-1-7 per the referral.", "3-5-1-7"),
    ("rang the work phone ending five one seven full stop", "five one seven"),
    ("spoke via the number ending 5 one 7 comma she sounded calmer", "5 one 7"),
]


@pytest.mark.parametrize(("text", "tail"), FOUND)
def test_a_known_phone_numbers_last_digits_after_a_cue_are_replaced(text: str, tail: str) -> None:
    """The digits are replaced as the phone number, and the check finds them on its own."""
    engine = _engine()
    result = engine.redact(text)
    assert tail not in result.text, result.text
    assert engine.leaks(result.text) == []
    at = text.index(tail)
    leaks = Checker([SUBJECT], today=TODAY).leaks(text)
    assert any(leak.start <= at < leak.end for leak in leaks), leaks


LEFT = [
    ("Her mobile ending 518 is new; the old one is lost.", "518"),  # other digits
    ("Shifts ending 5 to 7 hours after she starts.", "5 to 7"),  # a range before a unit
    ("The number 517 bus takes her to college.", "517"),  # no cue
]


@pytest.mark.parametrize(("text", "tail"), LEFT)
def test_other_digits_or_no_cue_are_left(text: str, tail: str) -> None:
    """Digits that do not end the known number, a range before a unit, or digits with no
    cue stay, and the check does not refuse the output."""
    engine = _engine()
    result = engine.redact(text)
    at = text.index(tail)
    assert not [r for r in result.replacements if r.start <= at < r.end and r.category == "phone"]
    assert engine.leaks(result.text) == []


SIZE = 10_000
PATHOLOGICAL = {
    "cues without digits": "ending ends in last four " * (SIZE // 25),
    "cues and long runs": "ending 5 1 7 5 1 7 5 1 7 to to " * (SIZE // 31),
    "said digits": "ending five one seven too to five " * (SIZE // 34),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_11_tails_are_linear(name: str) -> None:
    """10 KB of a pathological input for the tails is redacted and checked in under half a
    second."""
    seconds = redact_and_check_seconds(Deidentifier([SUBJECT]), PATHOLOGICAL[name], "warm-up")
    assert seconds < LINEAR_SECONDS
