"""The disclosure register: accountability, append-only rows, the audit chain's check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import Refused, UsageError
from notes_vault.records import disclosures
from notes_vault.records.disclosures import NewDisclosure
from tests.conftest import Cli, open_made

WITHOUT_CONSENT = (
    "--consent", "not-sought", "--consent-reason", "would prejudice the inquiry",
    "--rationale", "production order", "--decided-by", "the therapist",
)  # fmt: skip


@pytest.fixture
def two(vault_dir: Path, cli: Cli) -> Path:
    """A vault with clients C0001 and C0002, and one disclosure D0001 about C0001."""
    for name in ("Ann Example", "Bea Sample"):
        assert cli("client", "add", "--name", name, "--started", "2005-01-01").code == 0
    made = cli(
        "disclose", "C0001", "--to", "Dr Who", "--kind", "gp", "--basis", "risk-of-harm",
        "--summary", "risk assessment", "--date", "2025-03-03", *WITHOUT_CONSENT,
    )  # fmt: skip
    assert made.code == 0, made.err
    return vault_dir


def test_without_consent_needs_rationale_and_decider(two: Path) -> None:
    """Refused or not-sought consent without rationale, decider or reason is refused (exit 7)."""
    base = NewDisclosure(("C0001",), "Police", "serious-crime", "dates", consent="refused")
    with open_made(two) as vault:
        with pytest.raises(Refused, match="--rationale, --decided-by"):
            disclosures.record(vault, base)
        not_sought = NewDisclosure(
            ("C0001",), "P", "terrorism", "x", consent="not-sought", rationale="r", decided_by="d"
        )
        with pytest.raises(Refused, match="--consent-reason"):
            disclosures.record(vault, not_sought)


def test_consent_given_must_be_on_record(two: Path) -> None:
    """`--consent given` without a release or court consent in force is refused (exit 7)."""
    with open_made(two) as vault, pytest.raises(Refused, match="no release or court consent"):
        disclosures.record(vault, NewDisclosure(("C0001",), "GP", "consent", "letter"))


@pytest.mark.parametrize(
    "changes",
    [
        {"basis": "other"},
        {"basis_other": "statute", "basis": "court-order"},
        {"restricted_until": date(2026, 1, 1)},
        {"restricted_until": date(2026, 1, 1), "authority": "Police"},
        {"basis": "consent", "consent": "refused"},
        {"kind": "journalist"},
        {"summary": "  "},
        {"clients": ()},
    ],
)
def test_malformed_entries_are_usage_errors(two: Path, changes: dict[str, object]) -> None:
    """Mismatched or missing field combinations are usage errors (exit 2), nothing written."""
    fields: dict[str, object] = {
        "clients": ("C0001",), "recipient": "P", "basis": "court-order", "summary": "s",
        "consent": "not-sought", "consent_reason": "c", "rationale": "r", "decided_by": "d",
    }  # fmt: skip
    fields.update(changes)
    with open_made(two) as vault:
        with pytest.raises(UsageError):
            disclosures.record(vault, NewDisclosure(**fields))  # type: ignore[arg-type]
        assert vault.db.scalar("SELECT count(*) FROM disclosures") == 1


def test_rows_refuse_updates(two: Path) -> None:
    """An UPDATE of a disclosure row is refused by the schema's triggers."""
    with open_made(two) as vault:
        with pytest.raises(Exception, match="database error"):
            vault.db.execute("UPDATE disclosures SET summary = 'x' WHERE num = 1")
        with pytest.raises(Exception, match="database error"):
            vault.db.execute("UPDATE disclosure_clients SET client_num = 2")


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE disclosures SET recipient = 'Someone else' WHERE num = 1",
        "DELETE FROM disclosures WHERE num = 1",
        "UPDATE disclosure_clients SET client_num = 2 WHERE disclosure_num = 1",
        "INSERT INTO disclosure_clients (client_num, disclosure_num) VALUES (2, 1)",
        "INSERT INTO disclosures (disclosed_on, recipient, kind, summary, basis, consent,"
        " client_informed, created) VALUES ('2025-01-01', 'x', 'gp', 's', 'consent', 'given', 0,"
        " '2025-01-01')",
    ],
)
def test_audit_verify_catches_a_changed_row(two: Path, cli: Cli, tamper: str) -> None:
    """A disclosure row edited, deleted or slipped in behind the app's back: exit 6."""
    assert cli("audit", "verify").code == 0
    with open_made(two) as vault:
        for name in ("disclosures", "disclosure_clients"):
            vault.db.execute(f"DROP TRIGGER {name}_append_only")
        vault.db.execute(tamper)
    result = cli("audit", "verify")
    assert result.code == 6
    assert len(result.err.strip().splitlines()) == 1
    assert "Dr Who" not in result.err


def test_audit_verify_catches_a_removed_lift(two: Path, cli: Cli) -> None:
    """Deleting a lift record (re-hiding an entry) is caught by `audit verify` (exit 6)."""
    made = cli(
        "--json", "disclose", "C0001", "--to", "Police", "--basis", "serious-crime", "--summary",
        "dates", "--restricted-until", "2025-09-01", "--authority", "NCA", "--restriction-reason",
        "inquiry", "--date", "2025-03-04", *WITHOUT_CONSENT,
    )  # fmt: skip
    assert made.code == 0, made.err
    assert cli("disclosure", "lift", made.json()["id"]).code == 0
    assert cli("audit", "verify").code == 0
    with open_made(two) as vault:
        vault.db.execute("DELETE FROM disclosure_lifts")
    assert cli("audit", "verify").code == 6


def test_retention_destruction_passes_verify(two: Path, cli: Cli) -> None:
    """Rows that retention destroyed with their client are not reported as tampering."""
    assert cli("client", "close", "C0001", "--ended", "2010-01-01").code == 0
    assert cli("expire", "--yes").code == 0, "expire must pass the register's guards"
    with open_made(two) as vault:
        assert vault.db.scalar("SELECT count(*) FROM disclosures") == 0
    assert cli("audit", "verify").code == 0


def test_correction_is_a_new_entry(two: Path, cli: Cli) -> None:
    """A correction is a new entry naming the old one, which is kept (and corrected once)."""
    fixed = cli(
        "--json", "disclose", "C0001", "--to", "Dr Who", "--kind", "gp", "--basis",
        "risk-of-harm", "--summary", "risk assessment (corrected)", "--corrects", "D0001",
        *WITHOUT_CONSENT,
    )  # fmt: skip
    assert fixed.code == 0, fixed.err
    again = cli(
        "disclose", "C0001", "--to", "X", "--basis", "risk-of-harm", "--summary", "s",
        "--corrects", "D0001", *WITHOUT_CONSENT,
    )  # fmt: skip
    assert again.code == 2
    listed = cli("--json", "disclosure", "list").json()
    assert [(d["id"], d["corrects"]) for d in listed][-2:] == [("D0001", None), ("D0002", "D0001")]
    report = cli("disclosure", "report", "C0001").out
    assert "(corrected)" in report
    assert report.count("your therapist disclosed") == 1


def test_status_shows_reviews_due(two: Path, cli: Cli) -> None:
    """`status` lists restrictions whose review date has come, by id and date only."""
    for review in ("2025-01-01", "2999-01-01"):
        made = cli(
            "disclose", "C0002", "--to", "Police", "--basis", "serious-crime", "--summary", "s",
            "--restricted-until", review, "--authority", "NCA", "--restriction-reason", "r",
            "--date", "2024-12-01", *WITHOUT_CONSENT,
        )  # fmt: skip
        assert made.code == 0, made.err
    status = cli("--json", "status").json()
    assert status["attention"]["restriction_reviews"] == [{"id": "D0002", "review": "2025-01-01"}]
    assert cli("disclosure", "lift", "D0002").code == 0
    assert cli("--json", "status").json()["attention"]["restriction_reviews"] == []
