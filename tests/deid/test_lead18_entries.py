"""Round 18 (lead): what the eighteenth batch's shorthand, UK therapy and US clinical notes
showed.

Initials signing each entry of a log, not only the note's end ("... next wk. - ls" before a
blank line, "... Dr H. -tc" before a dated line, "... mood better. N.A."); a day the note
names as the birthday ("Portugal Day is her birthday"), and "= his bday"; an age straight
after a person before a word ("Mr Oduro 61 refusing dialysis"); an interstate typed in lower
case ("on i-15"). Each sentence here is new, not the corpus's.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, birthday_named
from notes_vault.deid.person_entry_signers import find_entry_signers
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_day_is_dob,
    assert_gone_and_checked,
    assert_vault_leaves,
    client_born,
    engine_at,
    known_engine,
    redact_and_check_seconds,
    replaced_words,
    replacements,
)


def _signers(text: str) -> list[str]:
    toks = tokenize(text)
    spans = find_entry_signers(text, toks, bytearray(len(text)))
    return [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("rang mum, school aware. next wk same time. - qv\n\nthurs 9th - seen again", "qv"),
        ("Booked Weds w/ Dr Ferris. -zt\nWeds 4/2 - came in late.", "zt"),
        ("low but safe. review 2/52. OY\n\n12/3 - tel, no answer.", "OY"),
        ("spoke to her son by video. mood lifted. R.F.", "R.F"),
        ("agreed to step down to fortnightly. -w.d.", "w.d"),
        ("slept at the shelter again. ok. -u", "u"),
        ("flat still damp, chased landlord. /qb\ntmrw update - heating fixed", "qb"),
        ("Anxious re scan. Will see 2x/wk. QZ (clin psych)", "QZ"),
        ("Safety plan copied to GP. ok.\n-v.k.\nTue 3/2 asked to see me again", "v.k"),
        ("plan reviewed. Marisol\n\nFri 6th - seen again", "Marisol"),
    ],
)
def test_initials_ending_an_entry_sign_it(text: str, signer: str) -> None:
    assert _signers(text) == [signer]
    assert signer in replaced_words(text, "person")


@pytest.mark.parametrize(
    "text",
    [
        "No change. See GP\n\nTue 4th - seen",  # a sentence of two words
        "Plan:\n- GP\n- OT\n\nnext week",  # a list's items
        "Discussed meds. TBC\n\nWeds - rang",  # a memo word
        "Given at 8 a.m.\n\nFri - no show",  # a dotted abbreviation
        "Dose changed to BD. PRN\n\nMon - seen",  # shorthand
        "Mood low. ok.\nThen we talked about work.",  # the entry goes on
        "HANDOVER. SEEN AT HOME. MOOD LOW. KB\n\nTUES - NO CHANGE",  # a text of capitals
        "Letter sent to her school. is\n\nnext",  # an English word
        "Review in clinic. MON\n\nMON 9th - seen",  # a weekday
    ],
)
def test_words_ending_an_entry_that_sign_nothing_are_left(text: str) -> None:
    assert _signers(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Quiet session. Founders Day is her birthday and the family fly home.", "Founders Day"),
        ("Liberation Day (Guernsey) is her birthday - the island celebrates.", "Liberation Day"),
        ("Stated that St Swithin's Day = her birthday, always rains.", "St Swithin's Day"),
        ("Jeollanamdo festival aside, Chuseok was her birthday last year.", "Chuseok"),
    ],
)
def test_a_day_named_as_the_birthday_is_the_date_of_birth(text: str, day: str) -> None:
    assert_day_is_dob(client_born("Oriane Delacroix", "1981-05-09"), text, day, checked=False)


@pytest.mark.parametrize(
    "text",
    [
        "It was her birthday on Sunday and nobody rang.",
        "Today is his birthday, he says.",  # the relative times are birthday_anchors'
        "National Day in Oman is her birthday too.",  # a run after "in": a place
        "Christmas is my mum's birthday.",  # someone else's
        "Friday is her birthday party at the club.",  # no birthday cue ending it
    ],
)
def test_no_named_day_before_the_birthday_is_left_by_the_named_rule(text: str) -> None:
    assert list(birthday_named.find(text)) == []


def test_a_relative_day_equal_to_the_birthday_is_the_date_of_birth() -> None:
    subject = client_born("Teodor Wilk", "1990-01-31")
    engine = engine_at(subject)
    result = engine.redact("Tearful on the unit. Today = his bday (1/31), no visitors.")
    assert "Today" not in result.text
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Renal consult - Mr Abernethy 72 declining dialysis again.", "72"),
        ("telehealth - Gloria Paz 58 from the village clinic", "58"),
        ("Resp Kowalczyk, Dorota 33 admitted overnight", "33"),
    ],
)
def test_an_age_straight_after_a_person_before_a_word_is_an_age(text: str, age: str) -> None:
    assert age in replaced_words(text, "age")
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == age]
    assert any("before a word" in reason for reason in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Mr Abernethy 30 minutes late",  # a unit
        "Dr Ferris 25 mg nocte",  # a dose
        "Mrs Ottley 3 sessions left",  # one digit and a count
        "Mr Abernethy 12 out of 20",  # a score
    ],
)
def test_a_count_or_a_dose_after_a_person_is_no_age(text: str) -> None:
    assert replaced_words(text, "age") == []


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("panic while merging on i-405 at rush hour", "i-405"),
        ("drove the i-80 to see her sister", "i-80"),
    ],
)
def test_an_interstate_in_lower_case_is_a_place(text: str, road: str) -> None:
    assert road in replaced_words(text, "place")


def test_an_immigration_form_in_lower_case_is_no_road() -> None:
    assert replaced_words("her i-94 expired last month", "place") == []


def test_the_rules_stay_linear() -> None:
    engine = Deidentifier([])
    entries = ("ok. -b.h.\n\nfri 2/3 - seen. KM\n" * 400)[:10_000]
    assert redact_and_check_seconds(engine, entries, "warm up ok. -b.h.") < LINEAR_SECONDS
    dots = "a." * 5000
    assert redact_and_check_seconds(engine, dots, "warm up. -k.w.") < LINEAR_SECONDS
    known = engine_at(client_born("Oriane Delacroix", "1981-05-09"))
    capitals = ("Aa Bb Cc Dd Ee Ff Gg " * 700)[:10_000] + " is her birthday"
    assert redact_and_check_seconds(known, capitals, "warm up is her birthday") < LINEAR_SECONDS
    ages = ("Mr Abernethy 72 declining " * 400)[:10_000]
    assert redact_and_check_seconds(engine, ages, "warm up Mr A 72 x") < LINEAR_SECONDS


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Her father worked the docks in the 80s and drank.", "80s"),
        ("Has lived on Elm Row since the '70s with her sister.", "70s"),
        ("He was first admitted during the 90s, he thinks.", "90s"),
        ("off sertraline since winter 22. Sleep poor.", "winter 22"),
        ("last depressive episode autumn '24 (inpatient)", "autumn '24"),
    ],
)
def test_a_short_decade_or_a_season_and_its_year_is_a_date(text: str, when: str) -> None:
    assert when in replaced_words(text, "date")


@pytest.mark.parametrize(
    "text",
    [
        "Sats in the 90s on room air overnight.",  # a reading
        "temps in the 40s all week, heating broken",  # the weather
        "She loves 80s music.",  # no "in", "since" or "during" before
        "after a fall 12 days ago",  # an injury and a count
        "after his fall 12 weeks ago",  # an injury
        "spring 20 mg",  # a dose
    ],
)
def test_a_reading_a_taste_or_a_fall_is_no_date(text: str) -> None:
    assert replaced_words(text, "date") == []


def _client(name: str) -> Deidentifier:
    return known_engine(KnownSubject(role="CLIENT", name=name))


@pytest.mark.parametrize(
    ("name", "text", "form"),
    [
        ("Dominic Jarvis", "10/2 -- pt DJ no show to group, phone off.", "DJ"),
        ("Megan Holt", "Duty call: client MH rang twice, wants a call back.", "MH"),
        ("Joanne Lyle", "jl 44. panic at work again. ref on.", "jl"),
        ("Jorge Ruiz", "jr - visited at the shelter, his bday today", "jr"),
        ("Lily Hart", "lh came to the office crying at break", "lh"),
        ("Tobias Quell", "tq: no answer x2, left vm", "tq"),
    ],
)
def test_a_known_persons_initials_where_a_name_stands_are_replaced_and_checked(
    name: str, text: str, form: str
) -> None:
    assert_gone_and_checked(_client(name), text, form)


@pytest.mark.parametrize(
    ("name", "text", "form"),
    [
        ("Ian Smith", "is 44 and says work is fine", "is"),  # an English word
        ("Dominic Jarvis", "the DJ at the party played loud", "DJ"),  # no word for the client
        ("Dominic Jarvis", "pt KM no show", "KM"),  # someone else's letters
        ("Joanne Lyle", "seen at home, jl ok", "jl"),  # not where a name stands
    ],
)
def test_letters_that_are_a_word_or_someone_elses_or_not_standing_are_left(
    name: str, text: str, form: str
) -> None:
    assert_vault_leaves(_client(name), text, text.index(form))


def test_the_night_before_the_birthday_is_the_date_of_birth() -> None:
    subject = client_born("Marcus Hale", "1988-03-20")
    engine = engine_at(subject)
    result = engine.redact("Bet it all the night before his birthday; lost it.")
    assert "night before" not in result.text
    assert engine.leaks(result.text) == []
