"""Issue 13, round 13 (a13): grown ages beside a past event, a birthday's time or "said".

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

CAUGHT = [
    # "at" and a number after a verb in the past, in the same sentence (age_happened.py).
    ("She told me what happened to her at 16 - the flat, the boyfriend.", "16"),
    ("His brother suffered a heart attack at 47 in Leicester.", "47"),
    ('He was jumped by a "crew" at 19 outside the chip shop.', "19"),
    ("Her mother had a breakdown at 38, and she was the one who coped.", "38"),
    ("was married off (a cousin, much older) at fifteen and left school.", "fifteen"),
    # The number before the time of a birthday.
    ("Dennis - 75 today, cards on the windowsill.", "75"),
    ('Her nan ("91 next month") still does the crossword.', "91"),
    ("Says he's sixty this year, actually 60 this October.", "60"),
    ("Third-year student, 22 last week, celebrated quietly.", "22"),
    ("Brenda, 70 come the spring, still drives the minibus.", "70"),
    # "said" and the number ending its clause.
    ("Man walked in from the rain, gave his name as Col, said 58.", "58"),
    ("Asked her age; she said 17, then laughed.", "17"),
    ("Walk-in. Age given: 47. Would not give a surname.", "47"),
    ("He gave his age as 71 and his address as no fixed abode.", "71"),
    ("Her uncle was 17 in 1984 when the pit closed.", "17"),
    ("Mr Pryce (the one with the dog) \u2014 82 now. Lives alone.", "82"),
    # "since N and" is no range ("from 13 to 15" is); "a girl of N" before where she is.
    ("He has been gambling since 16 and hiding it since.", "16"),
    ("She was a girl of 14 in a children's home in Rochdale.", "14"),
    ("a lad of 17 at the youth club", "17"),
    # A person's own age ending a quoted sentence: the closing quote glued to the point.
    ('She said: "Inside I\'m still fifteen."', "fifteen"),
    ('he says he\'s "14 and a half."', "14 and a half"),
]

LEFT = [
    ("PHQ-9 scored 15 today, down from 19.", "15"),
    ("Her GAD-7 was repeated at 16, unchanged.", "16"),
    ("Sertraline was increased at 18 and reviewed.", "18"),
    ("The session was booked at 14 - room 3.", "14"),
    ("Weight remained at 52, so no change.", "52"),
    ("She said 20 drinks a week, maybe more.", "20"),
    ("Asked how many units; she said 30.", "30"),
    ("rated the anxiety, she said 70.", "70"),
    ("We met at 15:30 and walked.", "15"),
    ("He stayed at 40 Mill Lane with a friend.", "40"),
    ("Sessions: 6 done, 14 today in total.", "14"),
    ("Caseload went to 25 next week after the merger.", "25"),
    ('She said: "It\'s 12."', "12"),
    ("Sessions remaining (14 now) after the review.", "14"),
    ("Her PHQ-9 was 21 in 2024 and is lower now.", "21"),
    ("PHQ-9 \u2014 17 now, from 22.", "17"),
    ("PHQ-9 down from 18 and GAD-7 from 15 to 9.", "18"),
    ("She was a girl of 14 in 2 weeks of placement.", "2"),
]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_grown_age_beside_an_event_a_birthday_or_said_is_replaced(text: str, age: str) -> None:
    """A grown age after a past event, before a birthday's time or after "said" goes."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_scores_doses_counts_and_times_are_kept(text: str, number: str) -> None:
    """Scores, doses, counts, times and house numbers of the same shapes are left alone."""
    assert (number, "age") not in replaced(text), replaced(text)


def test_happened_ages_are_linear() -> None:
    """10 KB of the rules' cues with no clause's end stays fast."""
    engine = Deidentifier([], rng=random.Random(0))
    cues = ("he was beaten at 17 ", "Ron - 80 today ", "Tez, said 64 ", "had at at 15 next ")
    for cue in cues:
        text = (cue * (10_000 // len(cue) + 1))[:10_000]
        seconds = redact_and_check_seconds(engine, text, "warm up at 15 today.")
        assert seconds < LINEAR_SECONDS, (cue, seconds)
