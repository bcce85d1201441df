"""Issue 12, round 5 (k5): a date of birth named by a holiday from the `holidays` data.

Sentences are written fresh for the rule. Each form is tested on both sides:
the replacer covers it, and the final check alone, on the text as written,
finds it, so a miss of the replacer is refused. Near misses (a holiday on
another day, a lower-case phrase that only sounds like one) are neither.
"""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.check import Checker
from notes_vault.deid.forms_days import day_key, demonym, named_days
from tests.deid.helpers import wholly_replaced

TODAY = datetime.date(2026, 12, 4)


def _subject(dob: datetime.date) -> KnownSubject:
    return KnownSubject(role="CLIENT", name="Obiageli Fairweather", dob=dob)


def _engine(dob: datetime.date) -> Deidentifier:
    return Deidentifier([_subject(dob)], rng=random.Random(5), today=TODAY)


def _checked(text: str, form: str, dob: datetime.date) -> bool:
    """The final check alone, on the text as written, flags `form`."""
    start = text.index(form)
    leaks = Checker([_subject(dob)]).leaks(text)
    return any(leak.start < start + len(form) and leak.end > start for leak in leaks)


OCT_1 = datetime.date(1961, 10, 1)
DEC_26 = datetime.date(1990, 12, 26)
NOV_1 = datetime.date(1984, 11, 1)
THANKSGIVING_85 = datetime.date(1985, 11, 28)


def test_names_are_folded_one_way_for_both_layers() -> None:
    """Apostrophes, accents and "Saint" fold the same way for the replacer and the check."""
    assert day_key("Saint Stephen\u2019s Day") == "st stephens day"
    assert day_key("Día de la Independencia") == "dia de la independencia"


def test_the_holidays_data_names_fixed_and_movable_days() -> None:
    """1 October has other countries' national days; Thanksgiving 1985 only in 1985."""
    _, capital = named_days(OCT_1)
    assert {"independence day", "national day"} <= capital
    assert "thanksgiving" in named_days(THANKSGIVING_85)[1]
    assert "thanksgiving" not in named_days(datetime.date(1986, 11, 28))[1]


@pytest.mark.parametrize(
    ("text", "form", "dob"),
    [
        (
            "He likes to say he was born on Nigerian Independence Day.",
            "Nigerian Independence Day",
            OCT_1,
        ),
        (
            "Her birthday falls on China's National Day, so fireworks.",
            "China's National Day",
            OCT_1,
        ),
        ("A St Stephen\u2019s Day baby, as her gran put it.", "St Stephen\u2019s Day", DEC_26),
        ("Born on All Saints' Day, which her mother saw as a sign.", "All Saints' Day", NOV_1),
        ("He was born on Thanksgiving and hates the fuss.", "Thanksgiving", THANKSGIVING_85),
        ("Nació el Día de Todos los Santos, dice.", "Día de Todos los Santos", NOV_1),
    ],
)
def test_a_holiday_on_the_day_of_birth_is_replaced_and_checked(
    text: str, form: str, dob: datetime.date
) -> None:
    """The named day (with the people before it) is replaced, and the check finds it alone."""
    assert wholly_replaced(_engine(dob), text, form)
    assert _checked(text, form.split()[-2] if len(form.split()) > 2 else form, dob)


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("They went to a family day out at the farm.", DEC_26),  # lower case: no holiday
        ("Independence Day weekend was busy at the bar.", datetime.date(1961, 5, 2)),
        ("Thanksgiving with his in-laws went badly.", datetime.date(1986, 11, 28)),
    ],
)
def test_near_misses_are_neither_replaced_as_a_birth_date_nor_refused(
    text: str, dob: datetime.date
) -> None:
    """A holiday on another day, or a phrase in lower case, is no date of birth."""
    engine = _engine(dob)
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.layer == "vault"]
    assert not engine.leaks(result.text)


def test_a_people_or_a_country_goes_with_the_day() -> None:
    """ "Nigerian", "Mexico's" are taken with the day; "Happy", "Sunday" are not."""
    for word in ("Nigerian", "Mexico's", "Irish"):
        assert demonym(word)
    for word in ("Happy", "Sunday", "Ian"):
        assert not demonym(word)
