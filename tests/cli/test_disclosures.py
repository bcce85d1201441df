"""Consent, disclose, disclosure and request commands through the real entry point:
JSON contract, hidden restricted entries, one-line errors with documented exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

ACCOUNTABLE = (
    "--consent", "not-sought", "--consent-reason", "urgent", "--rationale", "risk to a child",
    "--decided-by", "the therapist",
)  # fmt: skip


@pytest.fixture
def client(vault_dir: Path, cli: Cli) -> Path:
    """A vault with client C0001."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    return vault_dir


def test_json_contract(client: Path, cli: Cli) -> None:
    """Creating commands print one object with `id`; listings print arrays of objects with `id`."""
    consent = cli("--json", "consent", "add", "C0001", "--purpose", "release", "--written")
    assert consent.json() == {"id": "K0001", "client": "C0001", "state": "given"}
    made = cli("--json", "disclose", "C0001", "--to", "Dr A", "--kind", "gp", "--basis",
               "consent", "--summary", "letter")  # fmt: skip
    assert made.json() == {"id": "D0001", "clients": ["C0001"], "restricted": False}
    listed = cli("--json", "disclosure", "list").json()
    assert set(listed[0]) == {"id", "date", "clients", "kind", "basis", "restricted", "corrects"}
    shown = cli("--json", "disclosure", "show", "D0001").json()
    assert shown["id"] == "D0001"
    assert shown["recipient"] == "Dr A"
    assert [c["id"] for c in cli("--json", "consent", "list").json()] == ["K0001"]
    report = cli("--json", "disclosure", "report", "C0001").json()
    assert report["client"] == "C0001"
    assert len(report["entries"]) == 1


def test_list_hides_restricted_unless_asked(client: Path, cli: Cli) -> None:
    """`disclosure list` leaves restricted entries out unless --include-restricted."""
    made = cli("disclose", "C0001", "--to", "Social Services", "--kind", "social-services",
               "--basis", "safeguarding-child", "--summary", "concern", *ACCOUNTABLE,
               "--restricted-until", "2030-01-01", "--authority", "LADO",
               "--restriction-reason", "strategy meeting", "--date", "2025-06-01")  # fmt: skip
    assert made.code == 0, made.err
    assert cli("--json", "disclosure", "list").json() == []
    every = cli("--json", "disclosure", "list", "C0001", "--include-restricted").json()
    assert [(d["id"], d["restricted"]) for d in every] == [("D0001", True)]
    assert cli("disclosure", "lift", "D0001").code == 0
    assert cli("disclosure", "lift", "D0001").code == 2


def test_report_to_file_is_private(client: Path, cli: Cli, tmp_path: Path) -> None:
    """`disclosure report --out` writes 0600 and refuses to overwrite without --force."""
    out = tmp_path / "report.md"
    assert cli("disclosure", "report", "C0001", "--out", str(out)).code == 0
    assert out.stat().st_mode & 0o777 == 0o600
    assert "no disclosure" in out.read_text()
    assert cli("disclosure", "report", "C0001", "--out", str(out)).code == 2


BAD = [
    (("consent", "add", "C0001", "--purpose", "marketing"), 2),
    (("consent", "add", "C0009", "--purpose", "court"), 4),
    (("consent", "add", "C0001", "--purpose", "court", "--date", "2999-01-01"), 2),
    (("consent", "withdraw", "K0042"), 4),
    (("consent", "withdraw", "D0001"), 4),
    (("disclose", "C0001", "--to", "X", "--basis", "gossip", "--summary", "s"), 2),
    (("disclose", "C0001", "--to", "X", "--basis", "other", "--summary", "s", *ACCOUNTABLE), 2),
    (("disclose", "C0001", "--to", "X", "--basis", "court-order", "--summary", "s"), 7),
    (("disclose", "C0001", "--to", "X", "--basis", "consent", "--summary", "s"), 7),
    (("disclose", "C0001", "--to", "X", "--basis", "court-order", "--summary", "s",
      *ACCOUNTABLE, "--authority", "Police"), 2),
    (("disclose", "C0001", "--to", "X", "--basis", "court-order", "--summary", "s",
      *ACCOUNTABLE, "--kind", "neighbour"), 2),
    (("disclose", "C0002", "--to", "X", "--basis", "court-order", "--summary", "s",
      *ACCOUNTABLE), 4),
    (("disclose", "C0001", "--to", "X", "--basis", "court-order", "--summary", "s",
      *ACCOUNTABLE, "--corrects", "D0077"), 4),
    (("disclosure", "show", "D0077"), 4),
    (("disclosure", "lift", "D0077"), 4),
    (("disclosure", "report", "C0077"), 4),
    (("request", "add", "--from", "X", "--asked", "Y", "--reason", "Z", "--client", "C0077"), 4),
]  # fmt: skip


@pytest.mark.parametrize(
    ("args", "code"), BAD, ids=lambda v: " ".join(v) if isinstance(v, tuple) else str(v)
)
def test_bad_input_is_one_line_and_a_documented_code(
    client: Path, cli: Cli, args: tuple[str, ...], code: int
) -> None:
    """Every bad input gives one line on stderr, no traceback, and its documented exit code."""
    result = cli(*args)
    assert result.code == code, result.err
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
