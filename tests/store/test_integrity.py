"""`integrity_problems` folds the WAL in before SQLCipher's page check, tolerates storage it
cannot write, and lets a full disk say so (the torn-page case itself is in
tests/reliability/test_disk.py)."""

from __future__ import annotations

from typing import Any

import pytest

from notes_vault.errors import UnexpectedError
from notes_vault.store import db


class _Fake:
    """A database whose checkpoint does what a test says and whose checks report ok."""

    def __init__(self, checkpoint: Any) -> None:
        self._checkpoint = checkpoint
        self.calls = 0

    def checkpoint(self) -> bool:
        self.calls += 1
        return bool(self._checkpoint(self.calls))

    def all(self, sql: str) -> list[tuple[str]]:
        return [] if "cipher" in sql else [("ok",)]


def test_waits_for_a_busy_checkpoint_then_checks() -> None:
    fake = _Fake(lambda n: n >= 3)
    assert db.integrity_problems(fake, wait=5.0) == []  # type: ignore[arg-type]
    assert fake.calls == 3


def test_a_read_only_vault_is_still_checked() -> None:
    def readonly(_: int) -> bool:
        raise UnexpectedError("could not write the vault: attempt to write a readonly database")

    assert db.integrity_problems(_Fake(readonly)) == []  # type: ignore[arg-type]


def test_a_full_disk_is_reported_as_such() -> None:
    def full(_: int) -> bool:
        raise UnexpectedError("the disk is full; nothing was written")

    with pytest.raises(UnexpectedError, match="disk is full"):
        db.integrity_problems(_Fake(full))  # type: ignore[arg-type]


def test_gives_up_waiting_after_the_limit() -> None:
    fake = _Fake(lambda _: False)
    assert db.integrity_problems(fake, wait=0.25) == []  # type: ignore[arg-type]
    assert 2 <= fake.calls <= 5
