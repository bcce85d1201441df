"""The audit log: what was done, when, to which ids; never any content.

Each event is a row of the ``audit`` table: ``seq`` (1, 2, 3… with no gaps),
``at`` (UTC, ISO 8601), ``action`` (e.g. ``note.add``), ``ids`` (a JSON
object of record ids and counts, never names or text), ``prev`` (the previous
event's hash) and ``hash`` = HMAC-SHA256 over the canonical JSON of
``[seq, at, action, ids, prev]``, keyed with a random audit key kept in the
vault's metadata (so the chain survives `rekey`). The newest ``seq:hash`` is
also kept in metadata, so a removed last event is noticed too. An edited,
removed, inserted or reordered event breaks the chain at that event.

Anyone with the data key can rewrite the chain (truncate it and rehash), and an
old copy of the whole vault carries a valid older chain: neither shows from
inside. `head` gives the newest ``seq:hash`` for the user to keep elsewhere
(`audit head`; `backup` prints it too); `find` says whether such an anchor is
still in the chain (`audit verify --anchor`, `verify BACKUP`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from notes_vault.errors import Damaged
from notes_vault.store.db import Database, translate_errors

if TYPE_CHECKING:
    from notes_vault.store.vault import Vault

GENESIS = "0" * 64
IdValue = str | int | list[str] | None


@dataclass(frozen=True)
class Event:
    """One audit event."""

    seq: int
    at: str
    action: str
    ids: dict[str, Any]


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain: events checked, and the first broken one."""

    events: int
    broken_at: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        """True when every event verifies."""
        return self.broken_at is None


def _key(vault: Vault) -> bytes:
    key = vault.meta("audit_key")
    if key is None:
        raise Damaged("the audit key is missing from the vault; run `notes-vault verify`")
    return bytes.fromhex(key)


def _digest(key: bytes, fields: tuple[int, str, str, str, str]) -> str:
    """HMAC of an event's (seq, at, action, ids, prev)."""
    payload = json.dumps(list(fields), separators=(",", ":")).encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def log(vault: Vault, action: str, **ids: IdValue) -> Event:
    """Append an event; joins the caller's transaction if one is open."""
    if vault.db.in_transaction():
        return _append(vault, action, ids)
    with vault.db.transaction():
        return _append(vault, action, ids)


def _append(vault: Vault, action: str, ids: dict[str, IdValue]) -> Event:
    clean = {k: v for k, v in ids.items() if v is not None}
    ids_json = json.dumps(clean, sort_keys=True, separators=(",", ":"))
    seq, prev = _next_link(vault)
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    digest = _digest(_key(vault), (seq, at, action, ids_json, prev))
    vault.db.execute(
        "INSERT INTO audit (seq, at, action, ids, prev, hash) VALUES (?, ?, ?, ?, ?, ?)",
        (seq, at, action, ids_json, prev, digest),
    )
    vault.set_meta("audit_head", f"{seq}:{digest}")
    return Event(seq, at, action, clean)


def _next_link(vault: Vault) -> tuple[int, str]:
    """The next event's seq and the hash it links to.

    The link is the head recorded in metadata, not the table's last row: had
    the last event been deleted, chaining from the table would hide the gap
    as soon as the next command logged something.
    """
    last_seq = int(vault.db.scalar("SELECT coalesce(max(seq), 0) FROM audit"))
    head = vault.meta("audit_head")
    if head is None:
        last = vault.db.one("SELECT hash FROM audit WHERE seq = ?", (last_seq,))
        return last_seq + 1, GENESIS if last is None else str(last[0])
    head_seq, _, head_hash = head.partition(":")
    if not head_seq.isdigit() or len(head_hash) != len(GENESIS):
        raise Damaged("the audit log's head record is damaged; run `notes-vault audit verify`")
    return max(int(head_seq), last_seq) + 1, head_hash


@dataclass(frozen=True)
class Head:
    """The newest event of a chain: a value to keep outside the vault (an anchor)."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"


def head(vault: Vault) -> Head:
    """The chain's newest event (seq 0 and the genesis hash for an empty chain)."""
    return head_of(vault.db)


def head_of(db: Database) -> Head:
    """`head` of a database not opened as a vault (a backup's copy)."""
    row = db.one("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
    return Head(0, GENESIS) if row is None else Head(int(row[0]), str(row[1]))


def parse_anchor(text: str) -> tuple[int | None, str]:
    """An anchor as `audit head` prints it, ``SEQ:HASH`` or the hash alone (ValueError)."""
    seq_text, _, hash_text = text.strip().lower().rpartition(":")
    if len(hash_text) != len(GENESIS) or any(c not in "0123456789abcdef" for c in hash_text):
        raise ValueError("an anchor is the 64-character hash that `audit head` printed")
    if seq_text and not seq_text.isdigit():
        raise ValueError("an anchor is SEQ:HASH as `audit head` printed it, or the hash")
    return (int(seq_text) if seq_text else None), hash_text


def find(vault: Vault, digest: str, seq: int | None = None) -> int | None:
    """The seq of the event whose hash is `digest` (at `seq`, if given), or None."""
    if seq is not None:
        row = vault.db.one("SELECT seq FROM audit WHERE seq = ? AND hash = ?", (seq, digest))
    else:
        row = vault.db.one("SELECT seq FROM audit WHERE hash = ?", (digest,))
    return None if row is None else int(row[0])


def events(vault: Vault, *, since: str | None = None) -> list[Event]:
    """Events in order, optionally from an ISO date or time onwards."""
    return list(stream_events(vault, since=since))


def stream_events(
    vault: Vault, *, since: str | None = None, last: int | None = None
) -> Generator[Event, None, None]:
    """`events` as the cursor reads them; with `last`, only the last `last` of them."""
    select = "SELECT seq, at, action, ids FROM audit WHERE at >= ?"
    if last is None:
        rows = vault.db.stream(f"{select} ORDER BY seq", (since or "",))
    else:
        sql = f"SELECT * FROM ({select} ORDER BY seq DESC LIMIT ?) ORDER BY seq"  # noqa: S608 - fixed
        rows = vault.db.stream(sql, (since or "", last))
    try:
        for r in rows:
            yield Event(int(r[0]), str(r[1]), str(r[2]), json.loads(r[3]))
    finally:
        rows.close()


def _rows(vault: Vault) -> Iterator[Any]:
    cursor = vault.db.execute("SELECT seq, at, action, ids, prev, hash FROM audit ORDER BY rowid")
    while True:
        with translate_errors():  # a damaged page surfaces while fetching, not executing
            batch = cursor.fetchmany(1000)
        if not batch:
            return
        yield from batch


def verify(vault: Vault, *, checks: Sequence[RecordCheck] = ()) -> ChainReport:
    """Walk the whole chain; report the first event that does not verify."""
    key = _key(vault)
    expected_seq, prev, count = 1, GENESIS, 0
    for seq, at, action, ids, row_prev, digest in _rows(vault):
        if seq != expected_seq:
            return ChainReport(count, expected_seq, "an event is missing or out of order")
        if row_prev != prev:
            return ChainReport(count, seq, "the link to the previous event is broken")
        if not hmac.compare_digest(_digest(key, (seq, at, action, ids, row_prev)), digest):
            return ChainReport(count, seq, "the event was altered")
        expected_seq, prev, count = seq + 1, digest, count + 1
    head = vault.meta("audit_head")
    if count and head != f"{count}:{prev}":
        return ChainReport(count, count + 1, "events after the last one shown were removed")
    if not count and head:
        return ChainReport(0, 1, "every event was removed")
    return _check_records(vault, count, checks)


# --- record checks -------------------------------------------------------------
# Some records are covered by the chain too: their audit event carries a keyed
# digest of the row (`record_digest`, a digest and never the content), and a
# check passed to `verify` compares the rows with those digests after the chain
# itself verifies. A check returns None, or the seq of the event whose record
# was edited or removed and what is wrong. The records layer owns the checks
# (notes_vault.records.integrity) and hands them down, so the store knows no record.
RecordCheck = Callable[["Vault"], "tuple[int, str] | None"]


def record_digest(vault: Vault, payload: Any) -> str:
    """HMAC-SHA256 (audit key) of a record's canonical JSON, for its audit event."""
    data = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hmac.new(_key(vault), b"record:" + data.encode(), hashlib.sha256).hexdigest()


def _check_records(vault: Vault, count: int, checks: Sequence[RecordCheck]) -> ChainReport:
    for check in checks:
        found = check(vault)
        if found is not None:
            seq, problem = found
            return ChainReport(count, seq, problem)
    return ChainReport(count, None, None)
