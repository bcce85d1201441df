"""`expire` in batches: many clients to a transaction, each undone alone when it must be,
a failing batch undone whole, and one commit a batch rather than one a client."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import IdentifierLeft
from notes_vault.retention import batches
from notes_vault.retention import expire as destroy
from notes_vault.store.vault import Vault
from tests.retention.test_expire import _many_due, count, open_v


def _mark(v: Vault, entry: int) -> None:
    v.db.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (f"mark{entry}",))


def _marks(path: Path) -> list[int]:
    with open_v(path) as v:
        rows = v.db.all("SELECT key FROM meta WHERE key LIKE 'mark%'")
    return sorted(int(str(r[0])[4:]) for r in rows)


def test_a_refused_entry_is_undone_alone(vault_dir: Path) -> None:
    """An entry whose step raises the `undo_on` error is rolled back alone; the rest of its
    batch is written, and the entry comes back with its error."""

    def step(entry: int) -> int:
        _mark(v, entry)
        if entry == 2:
            raise IdentifierLeft("left")
        return entry

    with open_v(vault_dir) as v:
        done, failed = batches.in_batches(v, [1, 2, 3], step, write=True, undo_on=IdentifierLeft)
    assert done == [1, 3]
    assert [(entry, str(exc)) for entry, exc in failed] == [(2, "left")]
    assert _marks(vault_dir) == [1, 3]


def test_a_batch_that_fails_is_undone_whole(vault_dir: Path) -> None:
    """An unexpected error (as a kill would be) undoes its whole batch; earlier batches stay."""

    def step(entry: int) -> int:
        _mark(v, entry)
        if entry == 4:
            raise RuntimeError("stop")
        return entry

    with open_v(vault_dir) as v, pytest.raises(RuntimeError):
        batches.in_batches(v, range(1, 7), step, write=True, undo_on=IdentifierLeft, size=2)
    assert _marks(vault_dir) == [1, 2]


def test_a_dry_run_opens_no_transaction(vault_dir: Path) -> None:
    """With write=False the steps run outside any transaction (a preview writes nothing)."""
    with open_v(vault_dir) as v:
        seen = batches.in_batches(
            v, [1, 2], lambda _e: v.db.in_transaction(), write=False, undo_on=IdentifierLeft
        )
    assert seen == ([False, False], [])


def test_expire_commits_once_a_batch(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """250 due clients are destroyed in 3 transactions (batches of 100), not 250, and all go."""
    _many_due(vault_dir, 250)
    opened: list[int] = []

    with open_v(vault_dir) as v:
        original = type(v.db).transaction

        @contextlib.contextmanager
        def counting(self: object) -> Iterator[object]:
            opened.append(1)
            with original(self) as db:  # type: ignore[arg-type]
                yield db

        monkeypatch.setattr(type(v.db), "transaction", counting)
        report = destroy.expire(v, as_of=date.today())
        monkeypatch.undo()
        assert len(report.clients) == 250
        assert count(v, "SELECT count(*) FROM clients") == 0
        assert count(v, "SELECT count(*) FROM destructions") == 250
    # 3 batches; then the scrub's pending mark (so a busy checkpoint is finished by the
    # next run), its FTS optimize, and the run's own audit event.
    assert len(opened) == 3 + 3
