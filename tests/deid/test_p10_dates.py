"""Issue 13, round 9 (p10): years said by their last two digits, "nineteen ninety-eight"
whole, a weekday's part before an ordinal day, "1st" kept a day beside a weekday, and
scores written like a month/day kept.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replacements


def _shown(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.reason) for r in replacements(text)]


SPOKEN = [
    ("He lost the shop back in ninety-eight, never recovered.", "ninety-eight"),
    ("Dry since eighty-five, when the pits shut.", "eighty-five"),
    ("She met him in seventy four at a dance.", "seventy four"),
    ("The summer of sixty-nine, she said, was the happiest.", "sixty-nine"),
    ("We had the house back in ninety, before the kids.", "ninety"),
    ("Moved here in fifty-nine from Kingston.", "fifty-nine"),
]
SPOKEN_KEPT = [
    ("She fell asleep in ninety minutes, a good night.", "ninety"),
    ("He was calmer in forty-five mins than last week.", "forty-five"),
    ("It works in eighty-five cases out of a hundred.", "eighty-five"),
    ("He scored forty out of ninety-eight.", "ninety-eight"),
    ("Pregnant since thirty-two weeks, she reports.", "thirty-two"),
    ("Back in twenty minutes, she texted.", "twenty"),
    ("We sat in forty degrees all day.", "forty"),
]


@pytest.mark.parametrize(("text", "year"), SPOKEN)
def test_a_year_said_by_its_last_two_digits_is_replaced(text: str, year: str) -> None:
    """'back in ninety-eight', 'since eighty-five,': a year of the last century, said."""
    assert covers(text, year), _shown(text)
    assert any(r.category == "date" for r in replacements(text))


@pytest.mark.parametrize(("text", "number"), SPOKEN_KEPT)
def test_a_count_or_measure_said_so_is_kept(text: str, number: str) -> None:
    """A unit or a counted noun after the number, 'out of', or 'twenty' keep it a number."""
    assert not covers(text, number), _shown(text)


def test_a_year_said_in_words_is_replaced_whole() -> None:
    """'nineteen ninety-eight' goes whole: no '-eight' is left behind."""
    text = "It was nineteen ninety-eight when they moved to Crewe."
    out = Deidentifier([]).redact(text).text
    assert "ninety" not in out
    assert "eight" not in out


DAYS = [
    ("Shifts this month: Mon 1st-Thurs 4th, then two off.", "1st"),
    ("INCIDENT: Sat night 21st, a fare from the station.", "21st"),
    ("Seen Fri morning 3rd at the clinic.", "3rd"),
    ("Last contact by phone: Dec-3.", "Dec-3"),
    ("DNA twice, the last on 14-Nov.", "14-Nov"),
    ("She is away in Spain aug 3-10.", "10"),
    ("On leave Aug. 3rd-10th, back after.", "10th"),
]
DAYS_KEPT = [
    ("It was the Sat night 3rd time in a row he drank.", "3rd"),
    ("Flat on the 1st-floor landing, by the lift.", "1st"),
    ("Batch code Dec-3B on the box.", "Dec-3B"),
    ("Intake Mar 11-13.5 units a week.", "13"),
]


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_an_ordinal_day_after_a_weekday_or_its_part_is_replaced(text: str, day: str) -> None:
    """'Mon 1st-Thurs 4th' (no OCR reading of '1st' as 'lst'), 'Sat night 21st', 'Dec-3.'."""
    assert covers(text, day), _shown(text)


@pytest.mark.parametrize(("text", "rank"), DAYS_KEPT)
def test_a_rank_after_a_weekday_part_is_kept(text: str, rank: str) -> None:
    """An ordinal before a lower-case noun is a rank; a floor is no day; a code stays."""
    assert not covers(text, rank), _shown(text)


SCORES = [
    ("Diary card: urges to self-harm 3/5 on two days, acted on none.", "3/5"),
    ("She rated urges to binge at 4/5 after the call.", "4/5"),
    ("Homework: did 3/5 of the planned walks.", "3/5"),
    ("Thought record done 5/7, good effort.", "5/7"),
    ("Screen: PC-PTSD-5: 4/5 positive.", "4/5"),
    ("No depression on the GDS-15 (3/15) today.", "3/15"),
    ("Lost points on delayed recall (2/5) and the clock.", "2/5"),
]
SCORES_KEPT_DATES = [
    ("Mood ok. Court 4/5, then review with the solicitor.", "4/5"),
    ("MARAC 10/12 - referral accepted.", "10/12"),
    ("urges to use 3/5 and she left on 10/12.", "10/12"),
    ("PHQ-9 review 14/12 at the surgery.", "14/12"),
]


@pytest.mark.parametrize(("text", "score"), SCORES)
def test_a_score_written_like_a_month_day_is_kept(text: str, score: str) -> None:
    """A diary card's urge, a task done, a questionnaire out of its items: no date."""
    assert not covers(text, score), _shown(text)


@pytest.mark.parametrize(("text", "date"), SCORES_KEPT_DATES)
def test_a_month_day_near_no_score_is_still_a_date(text: str, date: str) -> None:
    """A month/day with no score before it, or more than a score could be, stays a date."""
    assert covers(text, date), _shown(text)


RANKS = [
    ("Focus: his return after his 3rd deployment, and sleep.", "3rd"),
    ("He still talks about his 3rd-grade teacher.", "3rd"),
    ("She found her 2nd trimester the hardest.", "2nd"),
]
ANCHORS = [
    ("The row happened at her 40th, in the pub.", "40th"),
    ("His 18th is on Friday and he dreads it.", "18th"),
]


@pytest.mark.parametrize(("text", "rank"), RANKS)
def test_an_ordinal_that_counts_or_ranks_is_no_personal_event(text: str, rank: str) -> None:
    """'his 3rd deployment', 'his 3rd-grade teacher': a count or a rank, no birthday."""
    assert not covers(text, rank), _shown(text)


@pytest.mark.parametrize(("text", "ordinal"), ANCHORS)
def test_a_bare_ordinal_after_her_or_his_is_still_an_anchor(text: str, ordinal: str) -> None:
    """'at her 40th,', 'His 18th is': a birthday still anchors a date."""
    assert covers(text, ordinal), _shown(text)


PATHOLOGICAL = {
    "spoken": "back in ninety-eight " * 500,
    "spoken no unit": "in in in ninety ninety " * 440,
    "said hyphen": "nineteen ninety-eight " * 460,
    "sat night": "Sat night 21st " * 670,
    "urges": "urges to self-harm 3/5 " * 440,
    "items": "PC-PTSD-5: 4/5 " * 680,
    "first": "Mon 1st-Thurs 4th " * 560,
    "hyphen month": "seen Dec-3. " * 910,
    "ranks": "his 3rd-grade his 3rd deployment " * 320,
    "range": "Aug. 3rd-10th aug 3-10. " * 420,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_p10_date_rules_are_linear(name: str) -> None:
    """10 KB of each new rule's worst shape is redacted and checked in under half a second."""
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm up") < LINEAR_SECONDS
