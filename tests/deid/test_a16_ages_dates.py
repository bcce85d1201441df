"""Issue 13, round 16 (a16): an age set off by a header's wide gaps after the person a line
opens with (also when the vault took a surname and a given name apart at a comma); the year
in a statute's name, "24/7" said of the clock and a 24-hour log's clock times are no dates.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses of the same shape it must leave alone.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, client_born, redact_and_check_seconds, replaced

HEADERS = [
    # A header laid out in columns: the person, a wide gap, the age, a wide gap, more fields.
    ("Okonkwo, Bernadette   58   10/14/2026   Office\nShe came early.", "58"),
    ("Mrs Haldane\t71\t3/2/2026\nPhone review.", "71"),
    ("Pritchard, Glenys   66   seen at home\nGood week.", "66"),
]
HEADERS_LEFT = [
    # A count or a unit after the gap, or no gap at all before a date.
    ("Okonkwo, Bernadette   3   sessions left on the contract.", "3"),
    ("Okonkwo, Bernadette   12   mins late today.", "12"),
    ("Ward list\nBed   14   10/14/2026   Okonkwo", "14"),
]


def _engine() -> Deidentifier:
    return Deidentifier([client_born("Tobias Lindqvist", "1961-05-02")], rng=random.Random(0))


@pytest.mark.parametrize(("text", "age"), HEADERS)
def test_round_16_header_ages_are_replaced(text: str, age: str) -> None:
    """An age between a header's wide gaps after the person the line opens with."""
    assert (age, "age") in replaced(text), replaced(text)


def test_round_16_header_age_after_a_known_surname_and_given_name() -> None:
    """The vault takes "Lindqvist" and "Tobias" apart at the comma; the age after still goes."""
    text = "Intake\nLindqvist, Tobias   64   11/03/2026   telehealth\nFarmer, widowed."
    redacted = _engine().redact(text)
    ages = [r for r in redacted.replacements if r.category == "age"]
    assert [text[r.start : r.end] for r in ages] == ["64"], redacted.text
    assert "a field between wide gaps" in ages[0].reason


@pytest.mark.parametrize(("text", "number"), HEADERS_LEFT)
def test_round_16_header_counts_are_kept(text: str, number: str) -> None:
    """A count or a unit after the gap, or no person opening the line, is no age."""
    assert (number, "age") not in replaced(text), replaced(text)


DATES_LEFT = [
    # The year in a statute's name.
    ("Discussed whether the Equality Act 2010 covers her condition.", "2010"),
    ("Held under the Mental Health (Scotland) Act 2003 since Friday.", "2003"),
    ("Disclosure under the Children (Northern Ireland) Order 1995 was refused.", "1995"),
    ("A review under the Mental Health (Wales) Measure 2010 is due.", "2010"),
    # A 24-hour log's clock times (date_clock.py).
    ("Obs log\n1730 Quiet in lounge.\n1900 Handed over to night staff.", "1900"),
    ("Phone review 14/11/2026 2015, mum answered.", "2015"),
    ("Night cover: 1900-0745, two admissions.", "1900"),
    ("COWS 6 at 2030, then 11 by 22:15 with sweats.", "2030"),
    # Round the clock.
    ("Her husband needs watching 24/7 now and she is exhausted.", "24/7"),
    ("Gave him the 24/7 crisis line and the text service.", "24/7"),
]
DATES_KEPT = [
    # A year with a time's cue, a statute word in lower case or a team's letters.
    ("She moved to Swansea in 2010 with her aunt.", "2010"),
    ("He says the act 2010 was when it started.", "2010"),
    # A year in a history that has an hour in it.
    ("Since 2009 she has worked 0800-1600 at the depot.", "2009"),
    ("Diagnosed in 2004 - 0730 appointments suit her.", "2004"),
    ("2018 was the worst year.\nAppointment moved to 1430.", "2018"),
    ("Timeline work (we are at 2011 now). Call 0161 555 0142 to rebook.", "2011"),
    ("Last fill 8/21\n2024 - started sertraline.", "2024"),
    # "24/7" after a word of time is the 24th of July.
    ("Seen on 24/7 by the duty doctor.", "24/7"),
    ("Off sick from 24/7 until the end of August.", "24/7"),
]


@pytest.mark.parametrize(("text", "kept"), DATES_LEFT)
def test_round_16_statute_years_and_round_the_clock_are_no_dates(text: str, kept: str) -> None:
    """A statute's year and "24/7" said of care or a line stay as written."""
    assert kept in Deidentifier([], rng=random.Random(0)).redact(text).text, replaced(text)


@pytest.mark.parametrize(("text", "date"), DATES_KEPT)
def test_round_16_years_and_days_with_a_cue_are_still_dates(text: str, date: str) -> None:
    """A year after "in", a lower-case "act", and "24/7" after "on" or "from" still go."""
    assert date not in Deidentifier([], rng=random.Random(0)).redact(text).text, replaced(text)


def test_a16_rules_are_linear() -> None:
    """10 KB of each rule's cues, never completing its shape, stays fast."""
    engine = Deidentifier([], rng=random.Random(0))
    cues = (
        "Smith, Ann   4   ",
        "Smith, Ann   ",
        "   58   ",
        "Equality Act 2010 Act ",
        "Act ) Act 2010 ",
        "24/7 24/7 on 24/7 ",
        "1900 0730\n2000 ",
        "12/3/2026 1910 ",
        "1900-",
    )
    for cue in cues:
        text = (cue * (10_000 // len(cue) + 1))[:10_000]
        seconds = redact_and_check_seconds(engine, text, "Smith, Ann   58   1/2/26 Act 2010 24/7")
        assert seconds < LINEAR_SECONDS, (cue, seconds)
