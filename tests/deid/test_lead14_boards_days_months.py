"""Round 14 (lead): three classes the fourteenth batch's dev notes showed.

- A health board after "NHS", in any case a records system prints it ("NHS WESTERN ISLES -
  OLDER ADULTS CMHT") and with its whole name ("NHS Greater Glasgow and Clyde", "NHS Kent
  and Medway"); service words after "NHS" are left ("NHS Trust", "NHS Choices", "NHS CAMHS").
- A weekday's short form alone moves with the shift as its full name does ("r/v Thurs",
  "pharmacy Fri"); "Sat", "Sun", "Mon" and "Wed" only with a cue ("on Sat", "Sat night",
  "Mon/Wed/Fri"), never "Sat with her" or "the Sun".
- Welsh and Irish month names beside a day are dates, and a date of birth written with one
  is the client's ("DOB: 17 Ebrill 1958"), in the replacer and the final check.
- A Scottish school year after a pupil's initial is an age ("Callum F. (S4)", "Lewis B.,
  S5"); a heart sound in brackets after an English word is not ("gallop (S3)").
- A name whose surname reads as a plural after a clock time is a person ("10:00 Rebecca
  Lyons"), not a brand after a count ("8 Busch Lights").
- A range of month/years ("6/2025-7/2026") and a written month between slashes
  ("15/sep/2026") are dates.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.check import Checker
from tests.deid.helpers import (
    LINEAR_SECONDS,
    TODAY,
    client_born,
    engine_at,
    redact_and_check_seconds,
    replaced,
    replaced_words,
    replacements,
)


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("NHS WESTERN ISLES - OLDER ADULTS CMHT - MEMORY CLINIC", "NHS WESTERN ISLES"),
        ("NHS FIFE - VICTORIA HOSPITAL - WARD 5", "NHS FIFE"),
        ("Referred on to NHS Borders community team.", "NHS Borders"),
        ("Letter copied to NHS Greater Glasgow and Clyde.", "NHS Greater Glasgow and Clyde"),
        ("Funded by NHS Kent and Medway ICB from April.", "NHS Kent and Medway"),
        ("REFERRED TO NHS TAYSIDE CRISIS TEAM", "NHS TAYSIDE"),
    ],
)
def test_a_health_board_after_nhs_is_an_organisation(text: str, board: str) -> None:
    assert (board, "organisation") in replaced(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Discussed the NHS Trust policy on lone working.", "Trust"),
        ("Signposted to NHS Choices for sleep hygiene.", "Choices"),
        ("Waiting list for NHS CAMHS is long.", "CAMHS"),
        ("Downloaded the NHS App to order repeats.", "App"),
        ("Spoke to NHS Direct overnight.", "Direct"),
        ("Using NHS Talking Therapies self-referral.", "Talking"),
    ],
)
def test_service_words_after_nhs_are_no_board(text: str, kept: str) -> None:
    boards = [r for r in replacements(text) if "health board" in r.reason]
    assert not boards, (kept, boards)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Plan: liaison r/v Thurs.", "Thurs"),
        ("Level booked, phlebotomy Fri. No concerns.", "Fri"),
        ("Reduce to alternate days from Tues if stable.", "Tues"),
        ("next session weds, same time", "weds"),
        ("Home visit on Sat with her sister present.", "Sat"),
        ("Sun night was the worst since admission.", "Sun"),
        ("Groups Mon/Wed/Fri at the day centre.", "Wed"),
        ("ACCT REVIEW THURS, MH TO ATTEND.", "THURS"),
    ],
)
def test_a_weekdays_short_form_moves_with_the_shift(text: str, day: str) -> None:
    assert day in replaced_words(text, "date")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sat with her for an hour before the review.", "Sat"),
        ("He reads the Sun every morning.", "Sun"),
        ("Mon, he said, was what his nan called him.", "Mon"),
        ("She sat and waited for the bus.", "sat"),
        ("Wed in 1998, separated 2010.", "Wed"),
    ],
)
def test_words_that_look_like_short_weekdays_are_left(text: str, kept: str) -> None:
    assert kept not in replaced_words(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ganwyd: 5 Hydref 1971 yn Aberystwyth.", "5 Hydref 1971"),
        ("Apwyntiad nesaf 12 Rhagfyr.", "12 Rhagfyr"),
        ("Cruinniú ar 3 Meitheamh 2025.", "3 Meitheamh 2025"),
    ],
)
def test_welsh_and_irish_months_beside_a_day_are_dates(text: str, date: str) -> None:
    assert date in replaced_words(text, "date")


def test_a_welsh_date_of_birth_is_the_clients_in_replacer_and_check() -> None:
    client = client_born("Bronwen Haf Jenkins", "1958-04-17")
    text = "Name: Bronwen Jenkins     DOB: 17 Ebrill 1958\nSeen at home today."
    engine = engine_at(client)
    result = engine.redact(text)
    assert "Ebrill" not in result.text, result.text
    assert "1958" not in result.text, result.text
    assert engine.leaks(result.text) == []
    at = text.index("Ebrill")
    leaks = Checker([client], today=TODAY).leaks(text)
    assert any(leak.start <= at < leak.end and "birth" in leak.category for leak in leaks), leaks


def test_the_new_rules_stay_linear() -> None:
    text = "NHS WESTERN ISLES NHS Kent and Medway and r/v Thurs on Sat Mon/Wed 17 Ebrill " * 150
    engine = Deidentifier([])
    assert redact_and_check_seconds(engine, text[:10_000], "warm up r/v Thurs") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("School counselling - Callum F. (S4) - session 2", "S4"),
        ("Pupil: Lewis B., S5   Referred by: guidance teacher", "S5"),
    ],
)
def test_a_scottish_school_year_after_a_pupils_initial_is_an_age(text: str, year: str) -> None:
    assert year in replaced_words(text, "age")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Soft gallop (S3) heard at the apex.", "S3"),
        ("Split (S2) on inspiration, no murmur.", "S2"),
    ],
)
def test_a_heart_sound_in_brackets_is_no_school_year(text: str, kept: str) -> None:
    assert kept not in replaced_words(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("03/12/2026 10:00    Rebecca Lyons (perinatal CPN) visited.", "Rebecca Lyons"),
        ("14.30 Sarah Collins RMN reviewed obs.", "Sarah Collins"),
    ],
)
def test_a_name_after_a_clock_time_is_no_counted_brand(text: str, name: str) -> None:
    assert (name, "person") in replaced(text)


def test_a_count_before_a_plural_brand_is_still_left() -> None:
    assert "Lights" not in " ".join(replaced_words("Had 8 Busch Lights on Friday."))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Records reviewed: clinic notes (6/2025-7/2026); pharmacy printout.", "6/2025"),
        ("Fecha: 15/sep/2026 (entered as 09/15/2026)", "15/sep/2026"),
        ("Letter dated 3/Sept/2025 from the practice.", "3/Sept/2025"),
    ],
)
def test_a_month_year_range_and_a_slashed_written_month_are_dates(text: str, date: str) -> None:
    assert date in replaced_words(text, "date")


def test_a_month_year_before_a_short_year_is_still_left() -> None:
    assert "3/2025" not in " ".join(replaced_words("Budget line 3/2025-26 agreed."))
