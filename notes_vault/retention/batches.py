"""Many clients to a transaction, each in a savepoint: how `expire` destroys a large run.

A transaction a client costs a commit, and so an fsync (``synchronous = FULL``),
per client: 1,000 due clients were 1,000 fsyncs. Here up to `BATCH_CLIENTS`
share one transaction, so a run commits a few times instead, while:

* a kill (or power loss) mid-run loses the open batch whole: each of its
  clients is left untouched, never half-destroyed, and the next run takes them
  (every client in a committed batch is wholly destroyed with its record);
* a client whose step raises the `undo_on` error is rolled back alone (its
  savepoint) and reported, and the rest of its batch goes ahead;
* the batch is bounded, so the WAL and the memory a batch needs stay small.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from typing import TypeVar

from notes_vault.store.vault import Vault

E = TypeVar("E")
R = TypeVar("R")
BATCH_CLIENTS = 100


def in_batches(
    vault: Vault,
    entries: Iterable[E],
    step: Callable[[E], R | None],
    *,
    write: bool,
    undo_on: type[Exception],
    size: int = BATCH_CLIENTS,
) -> tuple[list[R], list[tuple[E, Exception]]]:
    """`step` for every entry, `size` entries a transaction when `write` (else none).

    Returns the steps' results (None results left out) and the entries whose
    step raised `undo_on`, with the error; each of those was undone alone.
    """
    done: list[R] = []
    failed: list[tuple[E, Exception]] = []
    pending = list(entries)
    for start in range(0, len(pending), size):
        batch = pending[start : start + size]
        with vault.db.transaction() if write else contextlib.nullcontext(vault.db):
            if write:
                vault.db.execute("PRAGMA defer_foreign_keys = ON")  # rows go in any order
            for entry in batch:
                try:
                    with vault.db.savepoint("entry") if write else contextlib.nullcontext():
                        result = step(entry)
                except undo_on as exc:
                    failed.append((entry, exc))
                    continue
                if result is not None:
                    done.append(result)
    return done, failed
