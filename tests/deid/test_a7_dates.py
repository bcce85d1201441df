"""Issue 13, round 6 (a7): dates that no cue word names but their place in a line marks.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
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

CAUGHT = [
    # A day.month set off by a comma, dash or bracket (date_bare.py).
    ("Supervision log, 14.03 (in person): brought the Halloran case.", "14.03"),
    ("Phone review \u2014 3.11\nNo change in risk.", "3.11"),
    ("Letter from the school (copied to dad, 28.02) about attendance.", "28.02"),
    ("Seen for group session 6 (09.10), quiet throughout.", "09.10"),
    ("Progress note - PMHNP \u2014 5.27\nSleeping better.", "5.27"),
    # An ordinal day after a colon or opening a bracket, or "the Nth and".
    ("Clinic closed over the break (23rd is the last day open).", "23rd"),
    ("Rebooked, date agreed: 14th) and reminder texted.", "14th"),
    ("Her mum's memorial is the 9th and she dreads it.", "9th"),
    # A day in words after "is the".
    ("The hearing is the twelfth, so we moved the session.", "twelfth"),
    # A decade of years in four digits.
    ("Grew up in 1980s Belfast, the youngest of six.", "1980s"),
]

LEFT = [
    ("Bloods: Cr 1.12, K 4.1, Na 139.", "1.12"),
    ("Weight (64.30) stable on the clinic scales.", "64.30"),
    ("Took 2.5 mg, then 7.50 mg at night.", "7.50"),
    ("Scores: 12.10, 11.05 and 9.80 across three weeks.", "12.10"),
    ("1.12 Plan\nContinue weekly.", "1.12"),
    ("Family session (3rd) - present: both parents.", "3rd"),
    ("the 3rd and 4th sessions were missed", "3rd"),
    ("For the third time, she said, the bus was late.", "third"),
    ("She came third, and she is proud of it.", "third"),
    ("sats in the 90s on room air", "90s"),
]


@pytest.mark.parametrize(("text", "date"), CAUGHT)
def test_date_set_off_in_a_line_is_replaced(text: str, date: str) -> None:
    """A day and month, an ordinal day or a decade in a date's place is replaced as a date."""
    assert (date, "date") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), LEFT)
def test_results_ranks_and_doses_are_kept(text: str, number: str) -> None:
    """A blood result, a weight, a dose, a score, a heading number or a rank is left alone."""
    assert not covers(text, number), replaced(text)


PATHOLOGICAL = {
    "dots": "note, 07.12 (" * 800,
    "dots-series": "x, 1.12, " * 1100,
    "ordinals": "(16th is the 3rd and " * 500,
    "worded": "is the seventh, " * 650,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of an a7 date rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


MORE = [
    # A day and a short month joined by a hyphen; the end of a range after a month.
    ("Booked in for 14-Oct, the first free slot.", "14-Oct"),
    ("Leave from Sep-22, back in a fortnight.", "Sep-22"),
    ("Away Jun 9-16 at her sister's.", "16"),
    # An ordinal in brackets after a weekday; a day and month after "week of".
    ("Rang on Thurs (5th) to cancel.", "5th"),
    ("Rota: wk of 9/3, nights.", "9/3"),
]

MORE_LEFT = [
    ("Read pages 11-13 before next time.", "11"),
    ("Covered in week of 2/3 of the course.", "2/3"),
    ("Sessions 11-13 went over the same ground.", "13"),
    ("may-11 was her username on the forum", "may-11"),
    ("Came third (3rd) in the race.", "3rd"),
]


@pytest.mark.parametrize(("text", "date"), MORE)
def test_hyphened_or_ranged_date_is_replaced(text: str, date: str) -> None:
    """A day-month with a hyphen, a range's last day, or a day after a weekday is a date."""
    assert (date, "date") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "number"), MORE_LEFT)
def test_pages_parts_and_ranks_are_kept(text: str, number: str) -> None:
    """Pages, session ranges, a fraction of a course, a user name or a rank are left alone."""
    assert not covers(text, number), replaced(text)


MORE_PATHOLOGICAL = {
    "hyphens": "11-Mar-" * 1430,
    "ranges": "Mar 11-13-" * 1000,
    "weeks": "wk of 3/6 of " * 770,
}


@pytest.mark.parametrize("name", sorted(MORE_PATHOLOGICAL))
def test_more_pathological_input_is_fast(name: str) -> None:
    """10 KB of a date_bare.py shape is redacted in under half a second."""
    text = MORE_PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


FOREIGN = [
    ("Su hermana nació el 14 de febrero de 1988 en Cali.", "14 de febrero de 1988"),
    ("Rendez-vous le 2 juillet à la préfecture.", "2 juillet"),
    ("Termin am 9. Oktober beim Jugendamt.", "9. Oktober"),
    ("Audiência marcada para 21 de setembro.", "21 de setembro"),
    ("Urodziny: 4 sierpnia 2019.", "4 sierpnia 2019"),
]

FOREIGN_LEFT = [
    ("She ate 3 Mars bars on the bus.", "Mars"),
    ("We talked about marzo, her favourite word.", "marzo"),
    ("He played 5 Mayo matches for the club.", "Mayo"),
]


@pytest.mark.parametrize(("text", "date"), FOREIGN)
def test_date_with_a_foreign_month_is_replaced(text: str, date: str) -> None:
    """A day and a month named in another language (and its year) is replaced as a date."""
    assert (date, "date") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), FOREIGN_LEFT)
def test_foreign_month_word_alone_is_no_date(text: str, word: str) -> None:
    """A month's name with no day, or an English word or name after a number, is no date."""
    start = text.index(word)
    dated = [r for r in replacements(text) if r.category == "date" and r.start < start + len(word)]
    assert not [r for r in dated if start < r.end], replaced(text)
