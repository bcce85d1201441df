"""Issue 13, round 6 (a7): ages glued to a sex, and a child's age at an event of a life.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

SEXED = [
    # A number glued to a lower-case sex in a person's line (age_sex.py).
    ("okonkwo, ada \u00b7 41f \u00b7 intake \u00b7 telehealth", "41f"),
    ("New referral - 27m - low mood since redundancy", "27m"),
    ("pt rasmussen 63m, hx of AF, here for review", "63m"),
    ("K.L. 16f, brought in by her aunt", "16f"),
    ("Seen today: Priya 38f with her partner", "38f"),
    ("Dmitri 52m presenting with chest pain and panic", "52m"),
    # A capital sex apart from the number, before a bracket or a dash (age_names.py).
    ("Client: Halloran, Bridget   71 F (DOB on file)", "71"),
    ("walk-in - 34 M - asking for a sick note", "34"),
    ("Ward 3 | Obi, Chidi | 45 M | bay 2", "45"),
    ("Referral: 19 F \u2014 self-harm, first contact", "19"),
]

SEXED_LEFT = [
    ("walked 40m to the corner shop and back", "40m"),
    ("Session 50m. Agreed homework.", "50m"),
    ("ran 5k in 28m, a personal best", "28m"),
    ("| Mon | 23:30 | 15m | 40m |", "15m"),
    ("the house is 30m from the river", "30m"),
    ("temp 98 F (oral), afebrile", "98"),
    ("took about 45m, then slept", "45m"),
    ("a 20m swim every morning", "20m"),
    ("Leeds to York is 25m, so he drives", "25m"),
    ("at 32F the pipes freeze", "32F"),
]


@pytest.mark.parametrize(("text", "age"), SEXED)
def test_age_beside_a_sex_is_replaced(text: str, age: str) -> None:
    """An age written beside or glued to a patient's sex in a header line is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), SEXED_LEFT)
def test_minutes_metres_and_degrees_are_kept(text: str, number: str) -> None:
    """Minutes, metres, miles and degrees of the same shape are left alone."""
    assert not covers(text, number), replaced(text)


YOUNG = [
    # A child's age after "at" when the event's object makes it a life's (age_young.py).
    ("She lost her dad at nine and nobody talked about it.", "nine"),
    ("He lost his grandmother at 7, the one who raised him.", "7"),
    ("Started school at four in Lagos, then moved.", "four"),
    ("began nursery at three and cried every day", "three"),
    ("He started riding horses at six and still rides.", "six"),
    ("She began swimming competitively at 8.", "8"),
    ("The family moved to Cardiff at five.", "five"),
    ("He was sent to Gordonstoun at eight and hated it.", "eight"),
    ("came to the UK at 6 with her mother", "6"),
    ("was sent away to boarding school at seven", "seven"),
]

YOUNG_LEFT = [
    ("went to bed at eleven and slept badly", "eleven"),
    ("Started work at 8 and finished at 4.", "8"),
    ("started cooking at six and the kids ate at seven", "six"),
    ("lost my keys at nine on the bus", "nine"),
    ("went to Tesco at six and bought wine", "six"),
    ("She left her mum's at 9 tonight.", "9"),
    ("began the group at ten on Monday", "ten"),
    ("moved the car at five so the bins could go", "five"),
    ("came to the session at 4 sharp", "4"),
    ("lost the plot at six in the morning, she laughed", "six"),
]


@pytest.mark.parametrize(("text", "age"), YOUNG)
def test_child_age_at_a_life_event_is_replaced(text: str, age: str) -> None:
    """A number under 13 after 'at' is an age when the event is a loss, a schooling or a move."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), YOUNG_LEFT)
def test_hour_of_a_day_after_at_is_kept(text: str, number: str) -> None:
    """An hour after a day's event (bed, work, an errand, a chore) is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "sexed": "pt 41f, " * 1300,
    "sexed-m": "| 15m | " * 1300,
    "young": "lost her dad mum gran at " * 420,
    "moves": "moved to Leeds at five, " * 420,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 age rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


MORE = [
    # The end of a childhood's stretch (age_spans.py).
    ("Growing up in Motherwell till 11, then the family moved south.", "11"),
    ("She lived with her nan until 7.", "7"),
    ("boarded at a convent school until 16, hated every term", "16"),
    # Children's ages in a bracket of numbers only.
    ("Two children (13 and 8) live with their father.", "13"),
    ("the girls (10 & 4) stayed with a neighbour", "4"),
    ("grandchildren (6, 3 and 1) visit on Sundays", "6"),
    # A number before a birth date; a decade beside a capital sex.
    ("Stated age 52, DOB 03/08/1973 on the GP letter.", "52"),
    ("3. Client 7 (M, 50s, redundancy) - stable.", "50s"),
    # A grown age in digits before "at" or "in".
    ("She was 31 at the time of the assault.", "31"),
    ("He tried heroin first at 19 with a cousin.", "19"),
]

MORE_LEFT = [
    ("stayed until 12:30 and then left", "12"),
    ("lived there until 12 weeks ago", "12"),
    ("grew up in Hull and stays until 5 pm on Fridays", "5"),
    ("Both sessions (3 and 4) were missed.", "3"),
    ("Room 4, born here, never moved.", "4"),
    ("Seen in room 8, DOB 14/03/2013 checked at the desk.", "8"),
    ("PCL-5 38 (from 56). Sleeping better.", "56"),
    ("PHQ-9 11 (from 17), GAD-7 8.", "17"),
    ("He was 5 in the back garden with the dog.", "5"),
    ("She was 20 in 2 weeks, she said, if the surgery held.", "20"),
    ("His partner Mel is 6 months pregnant and anxious.", "6"),
    ("BDI 18 (\u2193 from 27). Sleeping more.", "27"),
    ("She spoke first at 14 min, then cried.", "14"),
]


@pytest.mark.parametrize(("text", "age"), MORE)
def test_age_of_a_stretch_bracket_or_birth_date_is_replaced(text: str, age: str) -> None:
    """An age ending a stretch, in a bracket of children, before a DOB or 'at' is replaced."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), MORE_LEFT)
def test_times_counts_grades_and_scores_are_kept(text: str, number: str) -> None:
    """A time, a count, a room, a grade, a score fallen from or a small number is left alone."""
    assert not covers(text, number), replaced(text)


MORE_PATHOLOGICAL = {
    "stretches": "grew up until 12, " * 560,
    "children": "children (1, 2 and " * 540,
    "births": "48, DOB 48, DOB " * 640,
}


@pytest.mark.parametrize("name", sorted(MORE_PATHOLOGICAL))
def test_more_pathological_input_is_fast(name: str) -> None:
    """10 KB of an age_spans.py rule's own pathological shape is redacted in under half a second."""
    text = MORE_PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
