"""Issue 13, round 14 (a14): header ages a date of birth makes, header ages before a sex or an
obstetric history, a second age a day away, a foreign age label, a child's age in words;
a measure's "(from N)" and a number of units are no age.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced

CAUGHT = [
    # The age a date of birth makes, with the birthday's time (age_dob.py).
    ("Okonkwo, Rita M 4/9/61 \u2014 65 yesterday \u2014 MRN QX-118820", "65"),
    ("Patient LOWRY, DEAN   DOB 02/17/1978 \u2014 48 yesterday   MRN TR-2231", "48"),
    ("Resident: Fenwick, Ada  DOB 09/02/2001 (25 yesterday)  Unit 4B", "25"),
    ("Pharm note \u2014 Haddad, S. (1/30/47, 79 as of Tuesday) \u2014 ward round", "79"),
    ("PARK, MINHO 5/5/1994 32 today. Seen in the ED.", "32"),
    ("Client VEGA, ROSA   DOB 7/12/1966 \u2014 60 Sunday   Case # 4471", "60"),
    ("Inmate LOCKE, T.  DOB 11/21/1980 (today \u2014 46)  Housing C-2", "46"),
    ("Gomez, Pilar \u2014 3/8/1939 \u2014 87 y \u2014 referred by her GP", "87"),
    ("DOB 6/18/09 (17 \u2014 a birthday on the unit)  MRN 55-201", "17"),
    ("DOB 12/25/1958 \u2014 68 on Christmas Day   MRN 7740", "68"),
    ("Amir (17?) DOB 3/14/2009 \u2192 17, so the adolescent unit.", "17"),
    ("Lena 12... dob 8/1/2014 so 12 is right. Mum here.", "12"),
    # A capital sex ending a header's line, an age before an obstetric history (age_sex.py).
    ("Pt Begay, Lorena | DOB 8/3/84 | Chart # AB-2218 | 42 F\nSeen with her sister.", "42"),
    ("Mr Tran   MRN QA-00911   66 M\nInterpreter by phone.", "66"),
    ("Lopes, Daniela   MRN CC-44120   31 G2P1 @ 24w", "31"),
    # An age before "yesterday" or "tomorrow", as before "today" (age_happened.py).
    ("Mr Amos — 77 yesterday, balloons on the bed.", "77"),
    ('His gran ("88 tomorrow") wants a quiet tea.', "88"),
    # An age and the next a day away, in brackets after a name (age_happened.py).
    ("Bev (71, 72 on Friday - cake planned) came with her son.", "72"),
    ("Kai (15, 16 on Saturday) was quiet today.", "16"),
    # A Spanish or Portuguese age label in a header (ages.py).
    ("SANTOS, LUIS   DOB 4/4/70   Edad 56\nInt\u00e9rprete: Sra. Ruiz", "56"),
    # A child's age in words after "at" and a past event (age_happened.py).
    ('Her father, who "sent me away" at eight.', "eight"),
    ("He said he first drove the tractor at eleven.", "eleven"),
    ("She was sent to her aunt's at seven, then back home.", "seven"),
]

LEFT = [
    # A session date and a count, score or dose after it: the sum is no year of writing.
    ("Session 12/3/26 \u2014 14 today, all attended.", "14"),
    ("Seen 3/4/2019, 5 relapses since then.", "5"),
    ("Reviewed 10/1/2025 (12 sessions so far).", "12"),
    ("PHQ-9 on 11/2/26 \u2014 19 today, down from 22.", "19"),
    ("Labs 2/2/2026   40 mg daily", "40"),
    ("Started 3/3/2010 -> 14 sessions in all.", "14"),
    ("Seen 12/1/2025 so 2 left.", "2"),
    # A temperature, a bed or a count at a line's end; a number with no sex after it.
    ("Temp   99 F\nOn the ward.", "99"),
    ("Bay  4 F\nClean.", "4"),
    ("Total | 14 |\nDone.", "14"),
    # Two numbers in brackets that are no age and its next year.
    ("Scores (16, 19 on Thursday) were lower.", "19"),
    ("PHQ-9 (11, 12 on Monday) after the change.", "12"),
    # A measure and the number it moved from; a number of units.
    ("GAD-7 now 9 (from 14). Next in two weeks.", "14"),
    ("gad 8 (from 13), sleep better.", "13"),
    ("HbA1c went up to 69 (from 55) - GP aware.", "55"),
    ("MoCA 23 (stable from 24). Mood fine.", "24"),
    ("belief re-rated 30% (from 85).", "85"),
    ("Cut down from 35 units to 20 units a week.", "35"),
    ("PHQ-9 - 17 yesterday, 12 today.", "17"),
    ("Sessions: 6 done, 14 yesterday.", "14"),
    # The hour in words.
    ("Her mum rang every night at nine; she was fine.", "nine"),
    ("He will phone back Wednesday the tenth at eleven, then decide.", "eleven"),
    ("We met at seven.", "seven"),
    ("They arrived at ten.", "ten"),
    ("She woke at four, then again at six.", "four"),
    ("The group finished at 9.", "9"),
]


@pytest.mark.parametrize(("text", "age"), CAUGHT)
def test_header_and_life_story_ages_are_replaced(text: str, age: str) -> None:
    """An age a date of birth makes, a header's age, the next year's age, a child's age go."""
    assert (age, "age") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_counts_scores_measures_and_hours_are_kept(text: str, number: str) -> None:
    """Counts, scores, doses, temperatures and hours of the same shapes are left alone."""
    assert (number, "age") not in replaced(text), replaced(text)


def test_a14_rules_are_linear() -> None:
    """10 KB of each rule's cues, never completing its shape, stays fast."""
    engine = Deidentifier([], rng=random.Random(0))
    cues = (
        "DOB 1/2/60 (1/2/60 (",
        "1/2/60 \u2014 66 ",
        "| 50 M | ",
        "   29 G3 ",
        "(16, 17 (16, ",
        "DOB 1/2/60 \u2192 DOB 1/2/60 so ",
        "was at nine at ",
    )
    for cue in cues:
        text = (cue * (10_000 // len(cue) + 1))[:10_000]
        seconds = redact_and_check_seconds(engine, text, "DOB 1/2/60 \u2014 66 yesterday.")
        assert seconds < LINEAR_SECONDS, (cue, seconds)
