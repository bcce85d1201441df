"""A date of birth dictated with its year's two digits in words after it ("first of december
sixty six"): the replacer takes the year with the date, and the final check, on its own,
finds the year left after a [DOB] tag (lead, round 10).

Every sentence is written here, fresh, in no corpus.
"""

from __future__ import annotations

import datetime

from notes_vault.deid import Deidentifier
from notes_vault.deid.check import Checker
from notes_vault.deid.model import KnownSubject


def _client() -> KnownSubject:
    return KnownSubject(
        role="CLIENT", name="Orla Fennimore", dob=datetime.date(1971, 3, 9), address="", phone=""
    )


def test_the_replacer_takes_the_year_said_after_the_date() -> None:
    text = "re orla fennimore date of birth ninth of march seventy one address to follow"
    out = Deidentifier([_client()]).redact(text).text
    assert "seventy" not in out, out
    assert "one address" not in out, out


def test_the_check_finds_the_year_left_after_the_tag() -> None:
    leaks = Checker([_client()]).leaks("date of birth [DOB] seventy-one, seen", {"[DOB]"})
    assert [leak.category for leak in leaks] == ["client date of birth"]


def test_another_number_after_the_date_is_left() -> None:
    leaks = Checker([_client()]).leaks("date of birth [DOB] sixty-one sessions", {"[DOB]"})
    assert leaks == []
    text = "date of birth ninth of march, seventy one is her weight"
    out = Deidentifier([_client()]).redact(text).text
    assert "seventy one" in out, out  # not straight after the date: a comma between


def test_a_lone_initial_before_letters_and_digits_is_no_leak() -> None:
    """Hypothesis found "W 0a" (a partner William): the check read "0a" as a verb after the
    initial, while the replacer left it, so the export was refused."""
    partner = KnownSubject(role="PARTNER", name="Wendell Ashby", address="", phone="")
    checker = Checker([_client(), partner])
    assert checker.leaks("W 0a", set()) == []
    assert [leak.category for leak in checker.leaks("W asked for a letter.", set())]
