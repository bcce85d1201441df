"""Input found wanting by fuzzing: hold reasons follow the free-text rules, and dates of
withdrawals, lifts and restriction reviews stay within their bounds (exit 2, one line
naming the bound, nothing stored)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import Cli, Result, open_made

TABLES = ("consents", "disclosures", "disclosure_clients", "disclosure_lifts", "requests", "holds")
WITHOUT_CONSENT = (
    "--consent", "not-sought", "--consent-reason", "tipping off", "--rationale", "an order",
    "--decided-by", "the therapist",
)  # fmt: skip
RESTRICTED = ("--restricted-until", "2030-01-01", "--authority", "NCA", "--restriction-reason", "r")


def rows(vault: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables these commands write (the audit log aside)."""
    with open_made(vault) as opened:
        return {t: [tuple(r) for r in opened.db.all(f"SELECT * FROM {t}")] for t in TABLES}  # noqa: S608 - fixed names


def refused(result: Result, *words: str) -> None:
    """Exit 2, one stderr line naming each of `words`, no traceback."""
    assert result.code == 2, result
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in result.err, result.err


@pytest.fixture
def records(vault_dir: Path, cli: Cli) -> Path:
    """C0001 with a consent K0001 given on 2025-01-01 and a restricted disclosure D0001
    dated 2025-03-01."""
    assert cli("client", "add", "--name", "Ann Example", "--started", "2024-01-01").code == 0
    made = cli("consent", "add", "C0001", "--purpose", "release", "--date", "2025-01-01")
    assert made.code == 0, made.err
    made = cli("disclose", "C0001", "--to", "DC Marsh", "--kind", "police", "--basis",
               "serious-crime", "--summary", "dates", "--date", "2025-03-01",
               *WITHOUT_CONSENT, *RESTRICTED)  # fmt: skip
    assert made.code == 0, made.err
    return vault_dir


BAD_REASONS = [
    ("a complaint\x1b[2J", "control characters"),
    ("court\x00case", "control characters"),
    ("a\x07b", "control characters"),
    ("x" * 10_001, "10000"),
    ("  ", "empty"),
]


def test_hold_reason_follows_the_free_text_rules(records: Path, cli: Cli) -> None:
    """A hold reason with control characters (NUL, escape, bell), over the length limit
    or blank is exit 2 in one line naming --reason and the rule; no hold is placed."""
    before = rows(records)
    for reason, rule in BAD_REASONS:
        refused(cli("hold", "add", "C0001", "--reason", reason), "--reason", rule)
    assert rows(records) == before


def test_hold_reason_within_the_rules_is_kept(records: Path, cli: Cli) -> None:
    """Tabs, newlines and a reason at the limit are accepted, stored stripped."""
    prefix = "complaint\tto the BACP\n"
    reason = prefix + "x" * (10_000 - len(prefix))
    assert cli("hold", "add", "C0001", "--reason", f"  {reason} ").code == 0
    with open_made(records) as opened:
        assert opened.db.scalar("SELECT reason FROM holds") == reason


def test_withdrawal_dated_after_today_is_refused(records: Path, cli: Cli, today: date) -> None:
    """`consent withdraw --date` in the future is exit 2 naming today; nothing changes."""
    before = rows(records)
    tomorrow = (today + timedelta(days=1)).isoformat()
    refused(cli("consent", "withdraw", "K0001", "--date", tomorrow), today.isoformat())
    assert rows(records) == before


def test_withdrawal_before_the_consent_names_its_date(records: Path, cli: Cli) -> None:
    """A withdrawal dated before the consent was given is exit 2 naming that date; the
    consent's own date is accepted."""
    before = rows(records)
    refused(cli("consent", "withdraw", "K0001", "--date", "2024-12-31"), "K0001", "2025-01-01")
    assert rows(records) == before
    assert cli("consent", "withdraw", "K0001", "--date", "2025-01-01").code == 0


def test_lift_dated_after_today_is_refused(records: Path, cli: Cli, today: date) -> None:
    """`disclosure lift --date` in the future is exit 2 naming today; no lift is stored."""
    before = rows(records)
    tomorrow = (today + timedelta(days=1)).isoformat()
    refused(cli("disclosure", "lift", "D0001", "--date", tomorrow), today.isoformat())
    assert rows(records) == before


def test_lift_before_the_disclosure_is_refused(records: Path, cli: Cli) -> None:
    """A lift dated before the disclosure's own date is exit 2 naming that date; the
    disclosure's date itself is accepted."""
    before = rows(records)
    refused(cli("disclosure", "lift", "D0001", "--date", "2025-02-28"), "D0001", "2025-03-01")
    assert rows(records) == before
    assert cli("disclosure", "lift", "D0001", "--date", "2025-03-01").code == 0


def test_review_date_before_the_disclosure_is_refused(records: Path, cli: Cli) -> None:
    """A restriction whose review date is before the disclosure's date is exit 2 naming
    that date; nothing is recorded. A review date in the past but after it is accepted."""
    before = rows(records)
    late = ("disclose", "C0001", "--to", "DC Marsh", "--basis", "serious-crime", "--summary",
            "dates", "--date", "2025-03-01", *WITHOUT_CONSENT, "--authority", "NCA",
            "--restriction-reason", "r", "--restricted-until")  # fmt: skip
    refused(cli(*late, "2025-02-01"), "--restricted-until", "2025-03-01")
    assert rows(records) == before
    assert cli(*late, "2025-03-02").code == 0


def dated(day: str) -> list[tuple[str, ...]]:
    """A consent, a disclosure and a request, each dated `day`."""
    return [
        ("consent", "add", "C0001", "--purpose", "court", "--date", day),
        ("disclose", "C0001", "--to", "X", "--basis", "court-order", "--summary", "s",
         *WITHOUT_CONSENT, "--date", day),
        ("request", "add", "--from", "X", "--asked", "Y", "--reason", "Z", "--date", day),
    ]  # fmt: skip


def test_record_dated_after_today_names_today(records: Path, cli: Cli, today: date) -> None:
    """A consent, disclosure or request dated tomorrow is exit 2 naming today; nothing stored."""
    before = rows(records)
    for args in dated((today + timedelta(days=1)).isoformat()):
        refused(cli(*args), today.isoformat())
    assert rows(records) == before
