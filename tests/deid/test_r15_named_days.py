"""Issue 13, round 15 (r15): an ordinal day after a weekday or a month and "the" ("on Friday
the 14th wanting a word"), or in brackets after a month ("in Oct (7th, 19th)"), is a date
(date_named_days.py): the weekday moves with the shift, and a day left beside it would pin
the calendar.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.date_named_days import find_named_days
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

FOUND = [
    ("Her sister rang on Tuesday the 9th asking for the leaflet.", "9th"),
    ("We agreed Wednesday the 23rd suits her shifts.", "23rd"),
    ("Court listing is November the 4th next year.", "4th"),
    ("He relapsed on Sat the 30th after the party.", "30th"),
    ("NEXT CONTACT THURSDAY THE 2ND PM.", "2ND"),
    ("She missed school twice in Feb (3rd, 11th) and once since.", "3rd"),
    ("She missed school twice in Feb (3rd, 11th) and once since.", "11th"),
    ("Panic attacks in September (1st and 28th), none since.", "28th"),
]

LEFT = [
    "She sat the 3rd paper and felt it went well.",
    "He said may the 4th be with you, grinning.",
    "Friday the 3rd-floor meeting room was booked.",
    "He came 2nd in the race and was pleased.",
    "March (the 5th cohort) starts the programme.",
    "Monday the weather was bad and he stayed in.",
]


@pytest.mark.parametrize(("text", "day"), FOUND)
def test_the_day_is_a_date(text: str, day: str) -> None:
    """The ordinal day is replaced as a date, by this rule."""
    hits = [r for r in replacements(text) if day in text[r.start : r.end]]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "date"
    assert any(text[start:end] == day for start, end, _ in find_named_days(text))


@pytest.mark.parametrize("text", LEFT)
def test_a_rank_or_a_verb_is_left(text: str) -> None:
    """A verb "sat", lower-case "may", a hyphened rank, words in brackets: no day."""
    assert find_named_days(text) == []


def test_explain_names_the_cue() -> None:
    """The reason quotes the weekday before "the"."""
    text = "She phoned on Tuesday the 9th wanting a word."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "9th"]
    assert reasons == ["pattern: an ordinal day after 'Tuesday the'"]


def test_pathological_input_is_fast() -> None:
    """10 KB of weekdays, months, brackets and ordinals is redacted in under 0.5 s."""
    unit = "Friday the 14th Oct (7th, 19th, 3rd Sat the the 9th-May (1st and "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


MONTH_YEARS = [
    ("GP stopped the lithium Sept '25 after the bloods.", "Sept '25"),
    ("Crisis team review Mar '24, then discharged.", "Mar '24"),
]


@pytest.mark.parametrize(("text", "written"), MONTH_YEARS)
def test_a_month_and_a_short_year_go_whole(text: str, written: str) -> None:
    """The month goes with its two-digit year: no "Sept [DATE]" is left."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == written]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "date"


def test_a_decade_after_a_month_is_left() -> None:
    """ "Jan '90s" is no month and year."""
    assert find_named_days("Jan '90s music") == []


WEEKDAY_MONTHS = [
    ("Next visit Thurs 9 Oct, ring the landline first.", "Oct"),
    ("Moved to Friday 14 November at her request.", "November"),
    ("Termin am Montag 3 März, sagte sie.", "März"),
]


@pytest.mark.parametrize(("text", "month"), WEEKDAY_MONTHS)
def test_the_month_after_a_weekday_and_a_day_is_replaced(text: str, month: str) -> None:
    """After a weekday and a day, the month is replaced too (not "[DATE] Oct")."""
    at = text.index(month)
    assert [r for r in replacements(text) if r.start <= at and at + len(month) <= r.end]


LOWER_DAYS = [
    ("ok see you sat 13th x", "sat"),
    ("moved to wed 4/2 at her request", "wed"),
    ("appt moved to mon 9 feb, same time", "mon"),
]


@pytest.mark.parametrize(("text", "day"), LOWER_DAYS)
def test_a_lower_case_weekday_before_a_date_moves_with_it(text: str, day: str) -> None:
    """A short weekday in lower case before a date is a weekday (shift.py), not left as written
    beside the moved date."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == day]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "date"


def test_a_verb_before_a_rank_is_no_weekday() -> None:
    """ "she sat 3rd" keeps the verb."""
    text = "she sat 3rd in the county final"
    assert not [r for r in replacements(text) if text[r.start : r.end] == "sat"]
