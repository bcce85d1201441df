"""Issue 13, round 10 (u10): ages after the person a line opens with, ages a birthday is
about to make (age_heads.py), a second age told after one (age_second.py), and a life story
counted from an age after "since" (age_since.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

AGES = [
    # A person opening the line, unfound name parts, then the age before the story.
    ("Outreach - tel\n\nyusuf haddad 37 from aleppo, came via lebanon.", "37"),
    ("Pain clinic - dictated\n\nEilidh Baird sixty one retired postie from Elgin", "sixty one"),
    ("home visit\n\nmr tomasz wrobel 58 seen with daughter in the kitchen", "58"),
    ("Step 2 - sess 1\n\nMei-ling (林美玲) 24. Nursing student at Keele.", "24"),
    ("Intake. Priya Venkatesh 45, teacher, two kids.", "45"),
    # A birthday on a day to come, today, or "happy" and an ordinal.
    ("Her dad's 70 on Friday the 12th and she dreads the party.", "70"),
    ("Agnes 81 (82 on Tuesday) still walks to the shop.", "82"),
    ("Quiet on the ward. 47 today - nobody has rung him.", "47"),
    ("Texted to say happy 30th, she cried.", "30th"),
    # A second age right after one: a correction or the client's own guess.
    ("pt Bogdan (41?? no - 43) warehouse nights", "43"),
    ("Client Mr Osei, aged 70... or 71, he was unsure.", "71"),
    # Two digits alone as a sentence inside a terse header, before what it says of a person.
    ("Fire service - TRiM. sess 3. 44. lives Peel with partner.", "44"),
    # A life story counted from an age after "since".
    ("Boxing since eight, Repton ABC, then the county squad.", "eight"),
    ("Asthma since 6, now well controlled.", "6"),
    ("A Spurs fan since 9 with his dad, every home game.", "9"),
    ("She has danced since 5 at Elmhurst, boarding from 11.", "5"),
    # A school year typed without a space.
    ("Daisy is in yr10 at the academy now.", "yr10"),
    ("Josh (Yr9) was excluded on Friday.", "Yr9"),
    # The people of an incident, before "was": "the rider was 24".
    ("FIRST ON SCENE. THE CYCLIST WAS 19.", "19"),
    ("He still sees it: the pedestrian was only 8.", "8"),
]

KEPT = [
    ("Tom 3 sessions left before the break.", "3"),
    ("Jo 2 cans a night, sometimes more.", "2"),
    ("Sarah 10 minutes late again.", "10"),
    ("Mark 4 out of 10 for mood.", "4"),
    ("Shauna Kerr sess 4 - video.", "4"),
    ("It was their happy 10th anniversary.", "10th"),
    ("Session 4 on Monday, then a break.", "4"),
    ("Room 12 on the 3rd floor is free.", "12"),
    ("Tom 3 - 4 hours a night of gaming.", "3"),
    ("Scores: 14 today, 11 last week.", "14"),
    ("Aged 40, no 2 days alike at work.", "2"),
    ("She is 35, maybe 2 times a week at the gym.", "2"),
    ("Paul, bus driver 18 years at the depot.", "18"),
    ("She is in yr2 of her PhD.", "yr2"),
    ("He has been awake since 5, then slept a little.", "5"),
    ("On the ward since 8, then moved to a side room.", "8"),
    ("Waiting at the desk since 3, Monday.", "3"),
    ("Plan agreed.\n2. Lives alone, so check in weekly.", "2"),
    ("He is Head of Yr9 at the school.", "Yr9"),
    ("The driver was 3 times over the limit.", "3"),
]


@pytest.mark.parametrize(("text", "age"), AGES)
def test_ages_after_a_line_opening_person_or_before_a_birthday(text: str, age: str) -> None:
    """The age after a person opening a line, or before a birthday's day, is replaced."""
    assert any(age in part and kind == "age" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_counts_and_measures_stay(text: str, word: str) -> None:
    """A count, a measure, a range or an anniversary after a name is no age."""
    assert not any(word in part and kind == "age" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(
    "unit",
    [
        "mr ahmed nour (\u0623\u062d\u0645\u062f) 42 from ",
        "Kerry's 60 on the 16th. 54 today. happy 81st ",
        "Hye-jin Hye-jin Hye-jin gan gan 7 ",
        "aged 40?? no - 41, maybe 42 or 43 ",
        "since nine, Wigan since 7 at Leeds since seven with his dad ",
    ],
)
def test_pathological_input_is_fast(unit: str) -> None:
    """10 KB of the rules' own shapes is redacted in under half a second."""
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
