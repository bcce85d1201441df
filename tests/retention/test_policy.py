"""Retention policy: due dates, the child rule, settings, holds and open clients."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import UsageError
from notes_vault.retention import policy as retention
from notes_vault.retention.policy import Settings, add_years, age_on, due_date
from tests.retention.test_expire import add_client, open_v


def test_add_years_moves_leap_day_to_first_of_march() -> None:
    """29 February plus a number of years lands on 1 March in a common year."""
    assert add_years(date(2000, 2, 29), 25) == date(2025, 3, 1)
    assert add_years(date(2000, 2, 29), 24) == date(2024, 2, 29)
    assert add_years(date(2019, 6, 30), 6) == date(2025, 6, 30)


def test_age_on_counts_leap_birthday_on_first_of_march() -> None:
    """Someone born on 29 February turns a year older on 1 March in a common year."""
    assert age_on(date(2000, 2, 29), date(2017, 2, 28)) == 16
    assert age_on(date(2000, 2, 29), date(2017, 3, 1)) == 17
    assert age_on(date(2000, 6, 1), date(2018, 5, 31)) == 17
    assert age_on(date(2000, 6, 1), date(2018, 6, 1)) == 18


def test_default_is_six_years_after_the_end() -> None:
    """An adult client is due six years to the day after therapy ended."""
    due, rule, _ = due_date(
        Settings(), ended=date(2019, 6, 30), dob=date(1980, 1, 1), client_years=None
    )
    assert due == date(2025, 6, 30)
    assert rule == "years-vault"


def test_child_is_kept_until_25th_birthday() -> None:
    """A client under 18 at the end is kept until their 25th birthday when that is later."""
    due, rule, why = due_date(
        Settings(), ended=date(2015, 6, 1), dob=date(2001, 9, 10), client_years=None
    )
    assert due == date(2026, 9, 10)
    assert rule == "child"
    assert "25th birthday" in why


def test_child_rule_yields_to_a_later_six_years() -> None:
    """When the client's own period ends after the 25th birthday, that period wins."""
    due, rule, _ = due_date(
        Settings(), ended=date(2020, 1, 1), dob=date(2003, 1, 1), client_years=10
    )
    assert due == date(2030, 1, 1)
    assert rule == "years-client"


def test_eighteen_at_the_end_is_not_a_child() -> None:
    """A client who turned 18 on the last day is an adult for the rule."""
    due, rule, _ = due_date(
        Settings(), ended=date(2018, 6, 1), dob=date(2000, 6, 1), client_years=None
    )
    assert rule == "years-vault"
    assert due == date(2024, 6, 1)


def test_leap_day_child_due_on_first_of_march() -> None:
    """A child born on 29 February is due on 1 March of their 25th year (2025 has no 29th)."""
    due, rule, _ = due_date(
        Settings(), ended=date(2015, 6, 1), dob=date(2000, 2, 29), client_years=None
    )
    assert (due, rule) == (date(2025, 3, 1), "child")


def test_child_rule_is_configurable() -> None:
    """The age of majority and the kept-until birthday come from the settings."""
    policy = Settings(years=6, adult_age=16, child_until_age=21)
    due, rule, _ = due_date(
        policy, ended=date(2015, 6, 1), dob=date(1998, 9, 10), client_years=None
    )
    assert (due, rule) == (date(2021, 6, 1), "years-vault")  # 16 at the end: an adult here
    due, rule, _ = due_date(
        policy, ended=date(2010, 6, 1), dob=date(1995, 9, 10), client_years=None
    )
    assert (due, rule) == (date(2016, 9, 10), "child")


def test_open_client_never_expires() -> None:
    """A client with no end date has no due date."""
    due, rule, _ = due_date(Settings(), ended=None, dob=None, client_years=None)
    assert due is None
    assert rule == "open"


def test_schedule_due_on_the_day_not_before(vault_dir: Path) -> None:
    """A client is due on the due date itself and waiting the day before."""
    with open_v(vault_dir) as v:
        num = add_client(v, "Ann Example", ended=date(2019, 6, 30))
        before = retention.client_entry(v, num, as_of=date(2025, 6, 29))
        on_day = retention.client_entry(v, num, as_of=date(2025, 6, 30))
    assert before.state == "waiting"
    assert on_day.state == "due"


def test_vault_and_client_settings(vault_dir: Path) -> None:
    """The vault-wide period applies unless the client has its own."""
    with open_v(vault_dir) as v:
        a = add_client(v, "Ann Example", ended=date(2019, 6, 30))
        b = add_client(v, "Bea Example", ended=date(2019, 6, 30))
        retention.set_vault_policy(v, years=8)
        retention.set_client_years(v, "C0002", years=3)
        assert retention.client_entry(v, a, as_of=date(2020, 1, 1)).due == date(2027, 6, 30)
        assert retention.client_entry(v, b, as_of=date(2020, 1, 1)).due == date(2022, 6, 30)
        retention.set_client_years(v, "C0002", years=None)
        assert retention.client_entry(v, b, as_of=date(2020, 1, 1)).due == date(2027, 6, 30)
        with pytest.raises(UsageError):
            retention.set_vault_policy(v, years=0)


def test_hold_blocks_until_released(vault_dir: Path) -> None:
    """A held client is never due; releasing the hold makes it due again."""
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2010, 1, 1))
        hold = retention.place_hold(v, "C0001", reason="complaint to the professional body")
        assert hold.id == "H0001"
        assert retention.due_clients(v, as_of=date(2030, 1, 1)) == []
        with pytest.raises(UsageError):
            retention.place_hold(v, "C0001", reason="again")
        retention.release_hold(v, "C0001")
        assert [e.id for e in retention.due_clients(v, as_of=date(2030, 1, 1))] == ["C0001"]
        logged = v.db.all("SELECT ids FROM audit WHERE action LIKE 'hold.%'")
    assert logged
    assert all("complaint" not in str(row[0]) for row in logged)


def test_schedule_sorted_soonest_first_open_last(vault_dir: Path) -> None:
    """`retention status` order: soonest due first, open clients last."""
    with open_v(vault_dir) as v:
        add_client(v, "Open Client")
        add_client(v, "Late Client", ended=date(2020, 1, 1))
        add_client(v, "Early Client", ended=date(2012, 1, 1))
        entries = retention.schedule(v, as_of=date(2021, 1, 1))
        attention = retention.attention(v)
    assert [e.id for e in entries] == ["C0003", "C0002", "C0001"]
    assert entries[-1].state == "open"
    assert [e["code"] for e in attention["next_expiries"]] == [entries[0].code, entries[1].code]  # type: ignore[index]
