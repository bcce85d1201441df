"""Third-party requests: declined by default without consent, granted only accountably."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli, open_made

ACCOUNTABLE = (
    "--consent", "not-sought", "--consent-reason", "court order", "--rationale", "ordered",
    "--decided-by", "the therapist",
)  # fmt: skip


@pytest.fixture
def client(vault_dir: Path, cli: Cli) -> Path:
    """A vault with one client, C0001, and a disclosure D0001 about them."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    made = cli(
        "disclose", "C0001", "--to", "County Court", "--kind", "court", "--basis", "court-order",
        "--summary", "attendance dates", *ACCOUNTABLE,
    )  # fmt: skip
    assert made.code == 0, made.err
    return vault_dir


def test_request_without_consent_defaults_to_declined_and_is_logged(client: Path, cli: Cli) -> None:
    """A request with no --decision and no release consent is declined, and audited by id."""
    made = cli(
        "--json", "request", "add", "--from", "A Journalist", "--asked", "is she a client",
        "--client", "C0001", "--reason", "no consent",
    )  # fmt: skip
    assert made.code == 0, made.err
    assert made.json() == {"id": "R0001", "decision": "declined", "client": "C0001"}
    with open_made(client) as vault:
        ids = vault.db.scalar("SELECT ids FROM audit WHERE action = 'request.add'")
    assert "R0001" in ids
    assert "Journalist" not in ids


def test_request_naming_no_client_defaults_to_declined(client: Path, cli: Cli) -> None:
    """An enquiry about no client on record is declined by default too."""
    made = cli("request", "add", "--from", "Press", "--asked", "anything", "--reason", "policy")
    assert made.out.strip() == "R0001 declined"


def test_grant_without_release_consent_is_refused(client: Path, cli: Cli) -> None:
    """Granting without a release consent needs --without-consent (exit 7 otherwise)."""
    args = (
        "request", "add", "--from", "Solicitor", "--asked", "records", "--client", "C0001",
        "--decision", "granted", "--reason", "court order", "--disclosure", "D0001",
    )  # fmt: skip
    refused = cli(*args)
    assert refused.code == 7
    assert len(refused.err.strip().splitlines()) == 1
    granted = cli("--json", *args, "--without-consent")
    assert granted.code == 0, granted.err
    listed = cli("--json", "request", "list").json()
    assert listed[0]["disclosure"] == "D0001"
    assert listed[0]["without_consent"] is True


def test_grant_with_release_consent_needs_no_flag(client: Path, cli: Cli) -> None:
    """With a release consent in force a grant is accepted; the default becomes pending."""
    assert cli("consent", "add", "C0001", "--purpose", "release", "--written").code == 0
    pending = cli("request", "add", "--from", "GP", "--asked", "letter", "--client", "C0001",
                  "--reason", "checking scope")  # fmt: skip
    assert pending.out.strip() == "R0001 pending"
    granted = cli("request", "add", "--from", "GP", "--asked", "letter", "--client", "C0001",
                  "--decision", "granted", "--reason", "ok", "--disclosure", "D0001")  # fmt: skip
    assert granted.code == 0, granted.err


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        (("--decision", "granted", "--without-consent"), 2),  # no --disclosure
        (("--decision", "granted", "--without-consent", "--disclosure", "D0009"), 4),
        (("--decision", "maybe"), 2),
        (("--decision", "declined", "--without-consent"), 2),
        (("--date", "31/02/2025"), 2),
    ],
)
def test_bad_requests(client: Path, cli: Cli, extra: tuple[str, ...], code: int) -> None:
    """Each malformed request is one line on stderr and its documented exit code."""
    result = cli("request", "add", "--from", "X", "--asked", "Y", "--client", "C0001",
                 "--reason", "Z", *extra)  # fmt: skip
    assert result.code == code, result.err
    assert len(result.err.strip().splitlines()) == 1


def test_granted_request_needs_a_client(client: Path, cli: Cli) -> None:
    """A grant must say which client's information went out (exit 2)."""
    result = cli("request", "add", "--from", "X", "--asked", "Y", "--decision", "granted",
                 "--reason", "Z", "--without-consent", "--disclosure", "D0001")  # fmt: skip
    assert result.code == 2
