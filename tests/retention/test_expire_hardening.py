"""Expiry under review (issue 16): joint disclosures lose the destroyed client's identity
(finding 3), and a run never reports success while another reader keeps old pages in
the WAL (finding 5)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import UnexpectedError
from notes_vault.records import integrity
from notes_vault.retention import expire as destroy
from notes_vault.retention import scrub as scrubbing
from notes_vault.store import db
from notes_vault.store.db import connect
from tests.conftest import Cli
from tests.retention.test_expire import add_client, count, open_v

TODAY = date(2026, 1, 15)
NOT_SOUGHT = (
    "--consent", "not-sought", "--consent-reason", "urgent", "--rationale", "risk to both",
    "--decided-by", "the therapist",
)  # fmt: skip


def _joint_disclosure(cli: Cli, vault_dir: Path) -> tuple[str, str]:
    """Client C0001 (due) and C0002 (open) on one disclosure whose text names C0001."""
    with open_v(vault_dir) as v:
        due = add_client(v, "Ann Nightingale", ended=date(2012, 1, 1))
        add_client(v, "Bea Example")
        code = str(v.db.scalar("SELECT code FROM clients WHERE num = ?", (due,)))
    summary = f"that Ann Nightingale ({code}, ann@example.org) and Bea were at risk"
    made = cli("disclose", "C0001", "C0002", "--to", "Social Services", "--basis",
               "safeguarding-adult", "--summary", summary, "--date", "2011-06-01",
               *NOT_SOUGHT)  # fmt: skip
    assert made.code == 0, made.err
    return summary, code


def test_joint_disclosure_keeps_survivor_history_without_the_destroyed_identity(
    vault_dir: Path, cli: Cli
) -> None:
    """After expiry destroys one client of a joint disclosure, the entry stays for the other,
    with the destroyed client's name, code and contact details replaced by a placeholder;
    the destruction register counts it and `audit verify` still passes."""
    _, code = _joint_disclosure(cli, vault_dir)
    done = cli("--json", "expire", "--yes")
    assert done.code == 0, done.err
    shown = cli("--json", "disclosure", "show", "D0001").json()
    assert shown["clients"] == ["C0002"]
    assert shown["summary"].startswith("that [FORMER CLIENT] ([FORMER CLIENT], [")
    assert shown["summary"].endswith("]) and Bea were at risk")
    with open_v(vault_dir) as v:
        text = json.dumps([list(r) for r in v.db.all("SELECT * FROM disclosures")])
        assert "Nightingale" not in text
        assert code not in text
        counts = json.loads(str(v.db.scalar("SELECT counts FROM destructions")))
        assert counts["joint_disclosures_kept"] == 1
        assert count(v, "SELECT count(*) FROM audit WHERE action = 'disclosure.redact'") == 1
    assert done.json()["totals"]["joint_disclosures_kept"] == 1
    verified = cli("audit", "verify")
    assert verified.code == 0, verified.err


def test_redacted_disclosure_is_still_tamper_evident(vault_dir: Path, cli: Cli) -> None:
    """A joint disclosure that expiry redacted is checked against its redaction event: an
    edit made afterwards by other means is found (exit 6)."""
    _joint_disclosure(cli, vault_dir)
    assert cli("expire", "--yes").code == 0
    with open_v(vault_dir) as v, v.db.transaction():
        v.db.execute("DROP TRIGGER disclosures_append_only")
        v.db.execute("UPDATE disclosures SET summary = 'nothing much' WHERE num = 1")
    broken = cli("audit", "verify")
    assert broken.code == 6
    assert "D0001 was altered" in broken.err


def test_expire_waits_for_other_commands_then_fails_destroying_nothing(vault_dir: Path) -> None:
    """While another notes-vault command holds the vault open, expire waits a bounded time,
    then fails (exit 1) with nothing destroyed."""
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2012, 1, 1))
    with open_v(vault_dir) as reader, open_v(vault_dir) as v:
        assert reader.db.scalar("SELECT count(*) FROM clients") == 1
        with pytest.raises(UnexpectedError, match="destroyed nothing") as info:
            destroy.expire(v, as_of=TODAY, lock_wait=0.3)
        assert info.value.exit_code == 1
        assert count(v, "SELECT count(*) FROM clients") == 1
    with open_v(vault_dir) as v:
        assert len(destroy.expire(v, as_of=TODAY, lock_wait=0.3).clients) == 1


def test_busy_checkpoint_is_a_failure_and_the_next_run_finishes(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reader outside notes-vault keeps the truncating checkpoint from completing: expire
    fails (exit 1) instead of reporting success, the WAL is not emptied, and the next run,
    with nothing due, finishes the scrub."""
    monkeypatch.setattr(scrubbing, "CHECKPOINT_WAIT", 0.3)
    # SQLite's busy handler waits this long inside each blocked checkpoint before reporting
    # it busy (30 s by default, which was this test's whole cost); the outcome is the same.
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2012, 1, 1))
        foreign = connect(vault_dir / "vault.db", v.data_key)
    foreign.execute("BEGIN")
    assert foreign.scalar("SELECT count(*) FROM clients") == 1  # a read snapshot, held
    try:
        with open_v(vault_dir) as v, pytest.raises(UnexpectedError, match="write-ahead log"):
            destroy.expire(v, as_of=TODAY)
        assert (vault_dir / "vault.db-wal").stat().st_size > 0
    finally:
        foreign.execute("ROLLBACK")
        foreign.close()
    with open_v(vault_dir) as v:
        assert v.meta(scrubbing.SCRUB_PENDING) == "1"
        again = destroy.expire(v, as_of=TODAY)
        assert again.clients == ()
        assert v.meta(scrubbing.SCRUB_PENDING) is None
        assert (vault_dir / "vault.db-wal").stat().st_size == 0
        assert integrity.verify(v).ok


def test_joint_records_keep_what_the_survivor_shares(vault_dir: Path, cli: Cli) -> None:
    """A couple sharing a surname: expiry takes the destroyed partner's name out of a joint
    disclosure and a joint note, but leaves the survivor's business named after the surname."""
    from tests.retention.test_expire import add_note  # noqa: PLC0415

    with open_v(vault_dir) as v:
        lee = add_client(v, "Lee Hardwick", ended=date(2012, 1, 1))
        kim = add_client(v, "Kim Hardwick")
        add_note(v, "Lee Hardwick came; Kim runs Hardwick Joinery.", lee, kim)
    made = cli("disclose", "C0001", "C0002", "--to", "Adult Social Care", "--basis",
               "safeguarding-adult", "--summary", "that Lee Hardwick was at risk at Hardwick"
               " Joinery", "--date", "2011-06-01", *NOT_SOUGHT)  # fmt: skip
    assert made.code == 0, made.err
    assert cli("expire", "--yes").code == 0
    summary = cli("--json", "disclosure", "show", "D0001").json()["summary"]
    assert summary == "that [FORMER CLIENT] was at risk at Hardwick Joinery"
    with open_v(vault_dir) as v:
        body = str(v.db.scalar("SELECT body FROM notes"))
    assert body == "[FORMER CLIENT] came; Kim runs Hardwick Joinery."
