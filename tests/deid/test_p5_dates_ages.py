"""Issue 13, round 5 (p5): dates with no year in more shapes, and ages of a life's events.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    covers,
    redact_and_check_seconds,
    replaced,
    replacements,
)

DATES = [
    # A month and a year before a full stop.
    ("Switched to sertraline 11/2023.", "11/2023"),
    ("She moved in with her aunt 04/2019. Things settled.", "04/2019"),
    # An abbreviated month with its full stop, then a day.
    ("Court hearing is Feb. 26, lawyer says.", "Feb. 26"),
    ("The lease ends Sept. 3rd and she has nowhere lined up.", "Sept. 3rd"),
    # A month in lower case, then a day.
    ("her sister's wedding is aug 9 and she dreads it", "aug 9"),
    ("moving out dec 1st hopefully", "dec 1st"),
    # A range of month/days.
    ("Away at her mum's 7/28-8/3.", "7/28-8/3"),
    ("Inpatient 10/02 - 10/09 at the county unit.", "10/02 - 10/09"),
    # A month/day shortly after a verb that dates an event.
    ("Discharged home 4/10 with a safety plan.", "4/10"),
    ("Appointment postponed until after the move, to 6/2.", "6/2"),
    ("Was readmitted on the ward 9/4 after a fall.", "9/4"),
    # A session of a kind, dated.
    ("Invited her father to session 3/14 if she agrees.", "3/14"),
    ("Booked a follow-up session 11/19.", "11/19"),
    # A day after "the", then no noun.
    ("She can't make the 9th now, her shift changed.", "9th"),
    ("Her dad's anniversary is the 22nd \u2014 she wants the day off.", "22nd"),
    ("We agreed the 4th as a target date.", "4th"),
    # An abbreviated weekday after a cue; an ordinal opening a range.
    ("Next appt Weds at the same time.", "Weds"),
    ("review by Thurs latest", "Thurs"),
    ("She is away 28th to 3rd Feb with her sister.", "28th"),
    # A court date or a hearing, dated.
    ("Eviction hearing 6/4 at the county court.", "6/4"),
]

DATES_KEPT = [
    ("Took 1/2-3/4 of a tablet at night.", "1/2-3/4"),
    ("Mood 3/10-5/10 over the week.", "3/10-5/10"),
    ("This is session 3/12 of the course.", "3/12"),
    ("Anxiety 7/10 when she returned to work.", "7/10"),
    ("She came 3rd in the race and the 2nd time was worse.", "2nd"),
    ("The 4th floor lift is broken.", "4th"),
    ("She says she may 20 times a day check the lock.", "may 20"),
    ("Marching with a 3/4 time beat at practice.", "3/4"),
    ("Planned dose 0.5/2025 units is a typo.", "2025"),
    ("She sat on the bench.", "sat"),
    ("Family dinner in the sun as always.", "sun"),  # "on Sun" is a weekday (round 14)
    ("placed 1st to 3rd in the heats", "1st"),
    ("kept the 40th-day prayers", "40th"),
]

MORE_DATES = [
    ("Off work between March and July 2024 with stress.", "March"),
    ("Letter dated 14-Mar-2025 from the trust.", "14-Mar-2025"),
    ("Her father (d. 4/9, stroke) was 80.", "4/9"),
    ("Review - Weds 12/11\nPresent: her and me.", "12/11"),
    ("follow up 3 wks 2/19 by phone", "2/19"),
    ("Put off until the twenty third about her benefits.", "twenty third"),
    ('She said "maybe the 12th". Then left.', "12th"),
]

AGES = [
    ("She was diagnosed with epilepsy at 9 and still hides it.", "9"),
    ("He was adopted at 4 from an orphanage.", "4"),
    ("Went into care at 6, after her mum's arrest.", "6"),
    ("He enlisted at seventeen with his cousin.", "seventeen"),
    ("She was married at 16 in a religious ceremony.", "16"),
    ("He was first arrested at 14 in Leeds.", "14"),
    ("Left school at 15 and started labouring.", "15"),
    # A number set off after a person, in a list or a table row.
    ("Mr. Haddad, 52, attended with his wife.", "52"),
    ("- Okafor, Daniel \u2014 13 \u2014 Year 8", "13"),
    ("| Lindqvist, A. | 47 | mild |", "47"),
    # "now" and a number in brackets after a person.
    ("They fostered Kacper (now 11) from a baby.", "11"),
    # An age in quotes after its cue; "is" and years with no "old".
    ('Form says Age: "44" in her hand.', "44"),
    ('Says she turns "40" next month and hates it.', "40"),
    ("He is 71 years, a retired docker.", "71 years"),
    # A number after "at" before a year; "ish"; a school year ending a sentence or typed low.
    ("She left Lagos at nine in 1988 with an aunt.", "nine"),
    ("Her landlord (50ish, ex-army) shouts at her.", "50ish"),
    ("Bullied since Year 8. It got worse.", "8"),
    ("- kai (15, y10 at the academy)", "y10"),
    ("Iona (8, P4) drew her house.", "P4"),
    # A number in brackets with a comma or years after a name.
    ("Rhiannon (34, a nurse) came alone.", "34"),
    ("MARCUS (9 YRS) WAS SEEN", "9"),
    ("Seen with Rhiannon (40 today) and her mum.", "40"),
    # A relation and a number in brackets.
    ("Told me about Osian (her son, 9) again.", "9"),
    ("Dylan (his brother, 52 in May) rang.", "52"),
    # A decade beside a person's noun; a primary year after "since".
    ("Case B: 40s woman, recently bereaved.", "40s"),
    ("Referred: a man, 60s, living alone.", "60s"),
    ("Has lived in Fife since P2.", "P2"),
    # A number and years set off after a person; a school year before a dash; a baby's age
    # before brackets; a number in brackets after a year.
    ("Client: Amara Okoye, 15 yrs, in care.", "15 yrs"),
    ('2. "DT" Y9 - low mood.', "Y9"),
    ("her son Teodor 5 weeks (born early) is feeding", "5 weeks"),
    ("- 1979 (8) - moved to Hull", "8"),
    # A list in brackets of names and small numbers.
    ("Her grandchildren (Nkechi 10, Obinna 7) stay weekends.", "Nkechi"),
]

AGES_KEPT = [
    ("Started work at 8 and got home late.", "8"),
    ("Went to bed at eleven, woke at three.", "eleven"),
    ("Care plan review at 2 with the team.", "2"),
    ("Diagnosed by the GP at 10am on Monday.", "10am"),
    ("She was discharged at 9:30 yesterday.", "9"),
    ("He was charged at 6 pm and released.", "6"),
    ("Mr. Haddad, 12-14 Station Road, is the landlord.", "12"),
    ("I met Priya, 3 times in all.", "3"),
    ("Adopted at 3 months.", "months"),
    ('She took the "44" bus home.', "44"),
    ("GAD-7 improved (8 from 15) since June.", "15"),
    ("Mon 3/2  14:00  J.K.  intake", "00"),
    ("He is 3 years sober this week.", "3"),
    ("Let's meet at 10ish tomorrow.", "10ish"),
    ("The walk takes 20ish minutes.", "20ish"),
    ("Year 2.5 of the plan is next.", "2"),
    ("S1, S2 normal on auscultation.", "S2"),
    ("Year 9-10 maths set", "9"),
    ("(her GP, 3 years ago) said the same", "3"),
    ("(his sponsor, 2 years sober) came", "2"),
    ("student nurse yr 2 - week of placement", "2"),
    ("worked at the pit (Massey \u2014 31 yrs) then retired", "31"),
    ("(Table 2, Figure 3) show it", "Table"),
    ("took 1/2 tab, d. 1/2 of it", "1/2"),
]


@pytest.mark.parametrize(("text", "part"), DATES)
def test_dates_found(text: str, part: str) -> None:
    """Each round-5 date shape is replaced in a fresh sentence."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), DATES_KEPT)
def test_date_near_misses_kept(text: str, part: str) -> None:
    """Fractions, scores, counts and ranks in a date's shape are left alone."""
    assert not covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), MORE_DATES)
def test_more_dates_found(text: str, part: str) -> None:
    """A said day ("the twenty third about") or a day before a closing quote is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), AGES)
def test_ages_found(text: str, part: str) -> None:
    """An age of a life's event, set off after a person or with 'now' is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), AGES_KEPT)
def test_age_near_misses_kept(text: str, part: str) -> None:
    """Hours of the day, addresses and counts beside the same cues are left alone."""
    assert not covers(text, part), replaced(text)


def test_explain_says_the_event() -> None:
    """`deid --explain` for an event's age names the event word, in the pattern layer."""
    reasons = [r.reason for r in replacements("She was diagnosed with epilepsy at 9 and hid it.")]
    assert any(r.startswith("pattern:") and "'diagnosed ... at'" in r for r in reasons), reasons


SIZE = 10_000
PATHOLOGICAL = {
    "month/day ranges": "1/2-3/4-5/6-7/8/9-10/11 - " * (SIZE // 25),
    "event windows": "diagnosed at at at 9 at nine at " * (SIZE // 32),
    "lower months": "oct oct 1 nov. dec. 3 mid-mid-Oct " * (SIZE // 34),
    "the days": "the 1st the the 2nd now the 3rd \u2014 " * (SIZE // 34),
    "set-off ages": "Mr. Aab, 4, 5, 6 | Bbc, C. | 7 | " * (SIZE // 33),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a round-5 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
