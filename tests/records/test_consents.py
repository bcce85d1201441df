"""Consents: the one rule for "is consent in force", refusals told apart from never asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import consents
from tests.conftest import Cli, open_made


@pytest.fixture
def client(vault_dir: Path, cli: Cli) -> Path:
    """A vault with one client, C0001."""
    assert cli("client", "add", "--name", "Ann Example", "--started", "2024-01-01").code == 0
    return vault_dir


def test_withdrawn_consent_stops_later_checks(client: Path) -> None:
    """A withdrawn consent counts before its withdrawal date and not from then on."""
    with open_made(client) as vault:
        made = consents.add(vault, "C0001", purpose="research", written=True, on=date(2025, 1, 1))
        consents.withdraw(vault, made.id, on=date(2025, 6, 1))
        assert consents.has_consent(vault, 1, "research", on=date(2025, 5, 31), written=True)
        assert not consents.has_consent(vault, 1, "research", on=date(2025, 6, 1))
        assert consents.declined(vault, 1, "research", on=date(2025, 6, 1))
        assert consents.state_on(vault, 1, "research", on=date(2025, 6, 2)) == "withdrawn"


def test_refused_is_told_apart_from_never_asked(client: Path) -> None:
    """A refusal makes `declined` true; a purpose never asked about does not."""
    with open_made(client) as vault:
        consents.add(vault, "C0001", purpose="supervision", refused=True, on=date(2025, 2, 1))
        assert consents.declined(vault, 1, "supervision", on=date(2025, 3, 1))
        assert not consents.declined(vault, 1, "training", on=date(2025, 3, 1))
        assert consents.state_on(vault, 1, "training", on=date(2025, 3, 1)) == "never asked"
        assert not consents.declined(vault, 1, "supervision", on=date(2025, 1, 1))


def test_latest_decision_wins(client: Path) -> None:
    """Consent given after a refusal is in force; a refusal after consent overrides it."""
    with open_made(client) as vault:
        consents.add(vault, "C0001", purpose="release", refused=True, on=date(2025, 1, 1))
        consents.add(vault, "C0001", purpose="release", on=date(2025, 2, 1))
        assert consents.has_consent(vault, 1, "release", on=date(2025, 2, 1))
        consents.add(vault, "C0001", purpose="release", refused=True, on=date(2025, 3, 1))
        assert not consents.has_consent(vault, 1, "release", on=date(2025, 3, 1))
        assert consents.has_consent(vault, 1, "release", on=date(2025, 2, 15))


def test_written_is_required_when_asked(client: Path) -> None:
    """A verbal consent satisfies an ordinary check but not one that needs it written."""
    with open_made(client) as vault:
        consents.add(vault, "C0001", purpose="publication", on=date(2025, 1, 1))
        assert consents.has_consent(vault, 1, "publication", on=date(2025, 1, 2))
        assert not consents.has_consent(vault, 1, "publication", on=date(2025, 1, 2), written=True)


def test_withdraw_rules(client: Path) -> None:
    """A refusal, a second withdrawal or a date before the consent is a usage error."""
    with open_made(client) as vault:
        refusal = consents.add(vault, "C0001", purpose="court", refused=True)
        with pytest.raises(UsageError):
            consents.withdraw(vault, refusal.id)
        given = consents.add(vault, "C0001", purpose="court", on=date(2025, 5, 1))
        with pytest.raises(UsageError):
            consents.withdraw(vault, given.id, on=date(2025, 4, 1))
        consents.withdraw(vault, given.id)
        with pytest.raises(UsageError):
            consents.withdraw(vault, given.id)
        with pytest.raises(NotFound):
            consents.withdraw(vault, "K0099")


def test_withdrawn_consent_is_kept(client: Path, cli: Cli) -> None:
    """`consent withdraw` keeps the row, marked withdrawn, and logs ids only."""
    made = cli("--json", "consent", "add", "C0001", "--purpose", "training", "--written")
    assert made.code == 0, made.err
    assert made.json()["id"] == "K0001"
    assert cli("consent", "withdraw", "K0001").code == 0
    listed = cli("--json", "consent", "list", "C0001").json()
    assert [(c["id"], c["state"]) for c in listed] == [("K0001", "withdrawn")]
    with open_made(client) as vault:
        events = vault.db.all("SELECT ids FROM audit WHERE action LIKE 'consent.%'")
    assert all("Ann" not in str(e[0]) for e in events)
