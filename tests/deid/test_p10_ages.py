"""Issue 13, round 9 (p10): ages a person is near or will be, "I am forty five", "Mother 58
yrs", "45 yoa"; and a daily journey's hour ("she gets to school at 8") kept as no age.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements

CAUGHT = [
    ("Talked about retiring. He's pushing 60 and tired.", "60"),
    ("Her nan's knocking on 90, still drives to bingo.", "90"),
    ("Worried because Dad's coming up to 80 and lives alone.", "80"),
    ("Ruled out the app: she's not yet 18.", "18"),
    ("Grandad is well over 80 now and forgetful.", "80"),
    ("Her youngest is rising 5, starts reception soon.", "5"),
    ("Says she's just gone 30 and feels old.", "30"),
    ('"I\'m 52 going on 80," he said.', "80"),
    ("Plan for the party: Mum will be 70 next month.", "70"),
    ("His sister'll be 40 in March, he's dreading it.", "40"),
    ("Moved in with Gran, who would be 100 this year.", "100"),
    ("Ben will be 12 in the summer, so a new school.", "12"),
    ("She said: I am forty five and I still ask permission.", "forty five"),
    ("Client: I'm thirty one, for the record.", "thirty one"),
    ("Family: Mother 63 yrs, father deceased, one brother.", "63"),
    ("Seen alone. Pt 41 yoa, lives with partner.", "41"),
    ("The bullying began aged about 7, she thinks.", "7"),
    ("Her father died aged around 50 of a stroke.", "50"),
    ("Genogram: Ray (m) 71, Val (f) 69; one son.", "69"),
    ("Family: Dan M 45; Lisa F 43; two kids.", "45"),
    ("Has two boys, sons Kai 12 and Jude 9.", "12"),
    ("Lives with her children Maya 15, Leo 11.", "15"),
    ("Described a girl of about 15 at the bus stop.", "15"),
    ("Her son would've been 30 this week.", "30"),
    ("Her new boss looks about 50, maybe older.", "50"),
    ("Her brother? He'd be about 30 now.", "30"),
    ("Sam, Year 12 (retaking after a bad year), came alone.", "12"),
    ("school counselling - yr 9 - wk 2", "9"),
    ("Present: Cara (14, S3 Inverurie), mum.", "S3"),
    ("Ewan, 13 (S2, Perth Academy), referred by guidance.", "S2"),
    ("Referral: pt 50 on 14th Jan, dreading it.", "50"),
    ("Saw Doreen again (seventy-one, still driving).", "seventy-one"),
]

LEFT = [
    ("He's pushing 60 kg on the bench now.", "60"),
    ("She's coming up to 10 sessions with us.", "10"),
    ("The waiting list is well over 40, sadly.", "40"),
    ("She's not yet 18 months sober.", "18"),
    ("They were married 40 yrs, then he died.", "40"),
    ("Her brother 3 yrs older, both at home.", "3"),
    ("The next session will be 50 minutes.", "50"),
    ("It will be 12 in the end, the group said.", "12"),
    ("I am five minutes away, she texted.", "five"),
    ("The bus is coming up to 9 stops late.", "9"),
    ("She was aged about 7 years into the marriage.", "7"),
    ("Meet in Room F 12, then the canteen.", "12"),
    ("Rx: Bill M 12 mg daily per the chart.", "12"),
    ("Screen time: kids Amy 2 hours a day.", "2"),
    ("It would've been 40 minutes on the bus.", "40"),
    ("A queue of about 15 at the door.", "15"),
    ("Serving a sentence under s.20, moved wings.", "20"),
    ("The bus stop looks about 50 metres away.", "50"),
    ("Said it'd be about 20 quid a week.", "20"),
    ("Murmur: heart sounds (S3, S4) absent.", "S3"),
    ("Now in year 2 (of 3) of the degree.", "2"),
    ("Year 2 - 3 of the programme is placements.", "2"),
    ("Booked: pt 3 on Monday, pt 4 on Weds.", "3"),
    ("The group was big (twenty, maybe thirty) tonight.", "twenty"),
    ("She attended (twelve sessions, all good).", "twelve"),
]


@pytest.mark.parametrize(("text", "value"), CAUGHT)
def test_near_and_coming_ages_are_replaced(text: str, value: str) -> None:
    """An age a person is near, will be or states in words is replaced as an age."""
    assert covers(text, value), [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert any(r.category == "age" for r in replacements(text))


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_counts_and_amounts_of_the_same_shape_are_kept(text: str, number: str) -> None:
    """A unit after the number, no person before the verb, or a gap stays unreplaced."""
    assert not covers(text, number), [(text[r.start : r.end], r.reason) for r in replacements(text)]


HOURS = [
    ("Mornings are hard. She gets to school at 8 and is exhausted.", "8"),
    ("Her mum takes her to nursery at nine, then goes to work.", "nine"),
    ("He usually goes to school at 8, walks with a friend.", "8"),
    ("I get to school at 8 most days, she said.", "8"),
]
STILL_AGES = [
    ("He was sent to boarding school at eight and hated it.", "eight"),
    ("She started school at four, in Lagos.", "four"),
    ("Sent to prep school at seven, he never settled.", "seven"),
]


@pytest.mark.parametrize(("text", "number"), HOURS)
def test_a_daily_journey_to_school_is_an_hour(text: str, number: str) -> None:
    """A present-tense journey or a habit before 'to school at 8' makes the number an hour."""
    assert not covers(text, number), [(text[r.start : r.end], r.reason) for r in replacements(text)]


@pytest.mark.parametrize(("text", "number"), STILL_AGES)
def test_a_life_story_schooling_is_still_an_age(text: str, number: str) -> None:
    """Being sent to, or starting, school at a young age stays an age."""
    assert covers(text, number)


PATHOLOGICAL = {
    "near": "she's pushing 60, " * 560,
    "will": "Mum will be 80 in June. " * 420,
    "yrs": "Mother 58 yrs, " * 680,
    "near no person": "coming up to coming up to 9 " * 360,
    "words": "I am forty five " * 630,
    "genogram": "Ray (m) 71, " * 930,
    "kin plural": "children Maya 15, " * 590,
    "aged hedge": "aged about 7 " * 780,
    "looks": "she looks about 50 " * 560,
    "dated": "pt 50 on 14th Jan, (seventy-one, " * 320,
    "school years": "yr 9 - wk 2 - yr 9 ( S3, Perth " * 330,
    "school": "she gets to school at 8 " * 420,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_p10_age_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
