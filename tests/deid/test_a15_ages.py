"""Issue 13, round 15 (a15): an ordinal before "birthday", the next year's age before "on"
anything, the age before a bracket of the next, a heading line's score word kept off the next
line, "hoy", a couple's one age after "Both", the age beside "birthday" in a bracket or after
"#", an age set off after a word for a person, the age an age assessment gives, "since 14 -",
"he says 16 -", a school year after a course's sentence, a harm's noun before "at 11"; a minus
before "38F" makes degrees.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

CAUGHT = [
    # An ordinal right before "birthday" (age_forms.py).
    ("Clinic list, 4 May \u2014 15th birthday, she brought biscuits.", "15th"),
    ("Missed the 9th birthday party while on remand.", "9th"),
    ("They held a quiet vigil on what would have been the 40th birthday.", "40th"),
    ("| 02/03/26 | 11 | 8 | 60th birthday meal at the golf club |", "60th"),
    ("Planning a sixtieth birthday do at the club for him.", "sixtieth"),
    # The next year's age before "on" and anything (age_happened.py).
    ("Morag (58, 59 on Burns Night) came alone.", "59"),
    ("Pawel (33, 34 on the first day of Advent) was late.", "34"),
    # The age before the bracket of the next year's (age_happened.py).
    ("Intake.\n\n71 (72 next month, the 3rd). Widowed in spring.", "71"),
    # A heading's score word stays on its line (age_happened.py).
    ("Group - session 4 - notes\n\nDelyth (forty next month) talked about her job.", "forty"),
    ("session 2\nRhys (17, 18 on Monday) came with his mum.", "18"),
    # Spanish "hoy" is a birthday's time as "today" is (age_happened.py).
    ("Llamada: Sra. Ortega (Maribel), 64 hoy, con su hija.", "64"),
    # A couple's one age after "Both" (age_both.py).
    ("Couple session, first meeting.\n\nBoth 41. Together since school.", "41"),
    ("Dev and Harpreet came together. both 29. engaged last year.", "29"),
    ("Intake - a Somali couple, both 50s. Interpreter by phone.", "50s"),
    ("Both thirty-two, and both teachers.", "thirty-two"),
    # The age beside "birthday" in a bracket or after "#" (age_birthdays.py).
    ("Tuesday, 3 March \u2014 client's birthday (52)", "52"),
    ("2 de mayo \u2014 cumplea\u00f1os #33 de la paciente", "33"),
    ("Hoy es su cumplea\u00f1os (70); vino con su nieto.", "70"),
    # An age set off after a word for a person (age_appositives.py).
    ("At the crash site there was a boy, six, in the back seat.", "six"),
    ('She keeps thinking of the driver, a young man, 22 - "just a kid".', "22"),
    ("Liaison \u2014 Ward 7 \u2014 elderly woman, 88\n\nBrought in by her son.", "88"),
    ("Street triage: female approx 35, gave a first name only.", "35"),
    # A course's word in the sentence before is no course of this school year (age_forms.py).
    ("She wants to leave the course. A Year 9 girl has been texting her.", "9"),
    # "since" and a spaced dash before a capitalised name (age_since.py).
    ("In care on and off since 13 - Aycliffe, then Kyloe House.", "13"),
    # A spaced dash ends what a person says (age_happened.py).
    ("Asked his age: he says 16 - the papers say otherwise.", "16"),
    # A harm or a life event a noun names right before "at" (age_young.py).
    ("Past history: neglect, then sexual abuse at 8 (disclosed at school).", "8"),
    ("Tic onset at seven, worse in spring.", "seven"),
    # The age an age assessment gives (age_assessed.py).
    ("Yonatan (18 per Kent County Council age assessment) disputes it.", "18"),
    ("She is 17 according to the age assessment, 15 by her own account.", "17"),
]

LEFT = [
    # An ordinal that is a day of a month, or a count of birthdays.
    ("Her June 5th birthday is the worst day of the year.", "5th"),
    ("It will be his first birthday without her.", "first"),
    ("This is birthday #2 without him.", "2"),
    # Brackets after "birthday" that hold its date.
    ("Her birthday (4/12) fell on a Sunday.", "4/12"),
    # Two scores a measure's word names, before "on".
    ("PHQ-9 (14, 15 on retest) unchanged.", "15"),
    ("Scores (20, 22 on Friday) were higher.", "22"),
    # "Both" that is no sentence's first word, or a count or unit after the number.
    ("PHQ-9 and GAD-7 both 14. Reviewed.", "14"),
    ("Both 2 weeks late with rent.", "2"),
    ("Both 16 on the scale today.", "16"),
    # A height, a count or an address after a word for a person.
    ("Description: male, 5'9\", slim build.", "5"),
    ("A woman, 3 children, lives in a flat.", "3"),
    ("Saw the man, 19 Holly Road, about the hedge.", "19"),
    # A minus glued to a number and a sex's letter: degrees below zero.
    ("Outreach round \u2014 Temp -28F overnight, two refused the shelter.", "-28F"),
    ("FOUND OUTSIDE IN -6F WIND CHILL, NO COAT.", "-6F"),
    # A course's year in its own sentence; a clock after "since"; a count after "says".
    ("On the PgDip yr 2 since September.", "2"),
    ("Awake since 5 - Mum rang at six.", "5"),
    ("How many units a day? He says 14 - sometimes more.", "14"),
    # An hour after a harm's noun.
    ("Reported the assault at 9 pm to the police.", "9"),
    # A number per week, and an assessment that is no age's.
    ("Contact 3 per week; the age assessment is disputed.", "3"),
    ("Scored 12 per the risk assessment.", "12"),
]


def _ages(text: str) -> list[str]:
    return [word for word, category in replaced(text) if category == "age"]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_round_15_ages_are_replaced(text: str, age: str) -> None:
    """Birthdays' ordinals and counts, next years' ages, couples' and described people's ages."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_round_15_near_misses_are_kept(text: str, number: str) -> None:
    """Days of a month, counts, scores, heights, addresses and temperatures are no age."""
    assert not any(number.lstrip("-") in word for word in _ages(text)), replaced(text)


def test_a15_rules_are_linear() -> None:
    """10 KB of each rule's cues, never completing its shape, stays fast."""
    engine = Deidentifier([], rng=random.Random(0))
    cues = (
        "his 16th his 16th ",
        "(58, 59 on (58, ",
        "49 (50 49 (",
        "session 3\n",
        ". Both . Both 3",
        "birthday (birthday #",
        "a young woman, a young woman approx ",
        "woman, 26 woman, ",
        " -38 -",
        "17 per a b c d e 17 per ",
        "since 14 - since 14 ",
        "A Year . A Year ",
    )
    for cue in cues:
        text = (cue * (10_000 // len(cue) + 1))[:10_000]
        seconds = redact_and_check_seconds(engine, text, "Both 34. a man, 60 - birthday (48)")
        assert seconds < LINEAR_SECONDS, (cue, seconds)
