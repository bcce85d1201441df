"""The hash-chained audit log (notes_vault.store.audit) and `audit list|verify`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from notes_vault.store import audit
from notes_vault.store.vault import Vault
from tests.conftest import Cli, open_made


@pytest.fixture
def five_events(vault_dir: Path) -> Path:
    """A vault whose audit log holds exactly five events (init plus four)."""
    with open_made(vault_dir) as opened:
        for n in range(2, 6):
            audit.log(opened, f"test.event{n}", client=f"C000{n}", count=n)
        assert audit.verify(opened) == audit.ChainReport(5, None, None)
    return vault_dir


def _tamper(path: Path, *statements: str) -> None:
    with open_made(path) as opened, opened.db.transaction():
        for sql in statements:
            opened.db.execute(sql)


def _report(path: Path) -> audit.ChainReport:
    with open_made(path) as opened:
        return audit.verify(opened)


SWAP_2_3 = (
    "UPDATE audit SET seq = -2 WHERE seq = 2",
    "UPDATE audit SET seq = 2 WHERE seq = 3",
    "UPDATE audit SET seq = 3 WHERE seq = -2",
)


@pytest.mark.parametrize(
    ("statements", "broken_at", "problem"),
    [
        (["UPDATE audit SET action = 'test.other' WHERE seq = 3"], 3, "altered"),
        (["UPDATE audit SET ids = '{}' WHERE seq = 2"], 2, "altered"),
        (["UPDATE audit SET at = '2000-01-01T00:00:00+00:00' WHERE seq = 4"], 4, "altered"),
        (["DELETE FROM audit WHERE seq = 3"], 3, "missing"),
        (list(SWAP_2_3), 2, "link"),
        (["DELETE FROM audit WHERE seq = 5"], 5, "removed"),
        (["DELETE FROM audit"], 1, "every event"),
    ],
    ids=["edit-action", "edit-ids", "edit-time", "remove", "reorder", "remove-last", "remove-all"],
)
def test_tampering_is_found_at_the_first_broken_event(
    five_events: Path, statements: list[str], broken_at: int, problem: str
) -> None:
    """An edited, removed or reordered event (or a removed last one) is named by its number."""
    _tamper(five_events, *statements)
    report = _report(five_events)
    assert not report.ok
    assert report.broken_at == broken_at
    assert problem in str(report.problem)
    assert report.events == broken_at - 1


def test_removed_last_event_stays_detected_after_more_logging(five_events: Path) -> None:
    """Deleting the newest event is still found after later commands append events."""
    _tamper(five_events, "DELETE FROM audit WHERE seq = 5")
    with open_made(five_events) as opened:
        audit.log(opened, "test.later")
        audit.log(opened, "test.later")
    report = _report(five_events)
    assert report.broken_at == 5


def test_events_hold_ids_and_filter_by_date(five_events: Path) -> None:
    """events() returns ids and counts as logged, None values dropped, filtered by --since."""
    with open_made(five_events) as opened:
        event = audit.log(opened, "test.ids", client="C0001", note=None, notes=["N0001"])
        assert event.ids == {"client": "C0001", "notes": ["N0001"]}
        found = audit.events(opened)
        assert [e.seq for e in found] == [1, 2, 3, 4, 5, 6]
        assert found[-1].ids == event.ids
        assert found[1].ids == {"client": "C0002", "count": 2}
        assert audit.events(opened, since="2999-01-01") == []
        assert len(audit.events(opened, since="2000-01-01")) == 6


def _log_then_fail(opened: Vault) -> None:
    with opened.db.transaction():
        audit.log(opened, "test.rolled-back")
        raise RuntimeError


def test_log_joins_the_callers_transaction(vault_dir: Path) -> None:
    """An event logged inside a transaction that rolls back disappears with it."""
    with open_made(vault_dir) as opened:
        before = len(audit.events(opened))
        with pytest.raises(RuntimeError):
            _log_then_fail(opened)
        assert len(audit.events(opened)) == before
        assert audit.verify(opened).ok


def _actions(cli: Cli) -> list[str]:
    result = cli("--json", "audit", "list")
    assert result.code == 0, result.err
    return [event["action"] for event in result.json()]


def test_every_vault_command_is_audited(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """init, status, keyfile add/remove, passwd and audit verify/list each append an event."""
    steps: list[tuple[list[str], str, dict[str, str]]] = [
        (["status"], "vault.status", {}),
        (["keyfile", "add", str(tmp_path / "k")], "key.keyfile_add", {}),
        (["keyfile", "remove", str(tmp_path / "k")], "key.keyfile_remove", {}),
        (["passwd"], "key.passwd", {"NOTES_VAULT_NEW_PASSPHRASE": "correct horse battery"}),
        (["audit", "verify"], "audit.verify", {}),
    ]
    for args, action, env in steps:
        assert cli(*args, env=env).code == 0, args
        # `audit list` logs itself after listing, so the newest listed event is the step's.
        assert _actions(cli)[-1] == action, args
    assert _actions(cli)[:3] == ["vault.init", "vault.status", "audit.list"]


def test_audit_list_json_shape(vault_dir: Path, cli: Cli) -> None:
    """`audit list --json` is an array of objects with id, at, action and ids."""
    result = cli("audit", "list", "--json")
    assert result.code == 0
    (first,) = result.json()
    assert set(first) == {"id", "at", "action", "ids"}
    assert (first["id"], first["action"], first["ids"]) == (1, "vault.init", {})


def test_audit_list_since(vault_dir: Path, cli: Cli) -> None:
    """--since keeps later events only; a bad date is exit 2."""
    assert cli("--json", "audit", "list", "--since", "2999-01-01").json() == []
    assert len(cli("--json", "audit", "list", "--since", "01/01/2000").json()) >= 1
    assert cli("audit", "list", "--since", "someday").code == 2


@pytest.mark.parametrize(
    ("tamper", "number"),
    [
        (lambda v: v.db.execute("UPDATE audit SET action = 'x' WHERE seq = 2"), 2),
        (lambda v: v.db.execute("DELETE FROM audit WHERE seq = 5"), 5),
    ],
    ids=["edited", "last-removed"],
)
def test_audit_verify_cli_exit_6_names_the_event(
    five_events: Path, cli: Cli, tamper: Callable[[Vault], object], number: int
) -> None:
    """`audit verify` exits 6 with one line naming the first broken event."""
    assert cli("audit", "verify").code == 0
    with open_made(five_events) as opened:
        # Remove the event `audit verify` just added, so the numbers stay 1..5.
        opened.db.execute("DELETE FROM audit WHERE seq = 6")
        fifth = opened.db.scalar("SELECT hash FROM audit WHERE seq = 5")
        opened.set_meta("audit_head", f"5:{fifth}")
        tamper(opened)
    result = cli("audit", "verify")
    assert result.code == 6
    assert result.err.startswith(f"notes-vault: audit chain broken at event {number}:")
    assert result.err.count("\n") == 1
