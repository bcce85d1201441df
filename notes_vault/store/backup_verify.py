"""Checking a vault or a backup: checksum, header MAC, page HMACs, integrity, audit chain."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from notes_vault.errors import Damaged
from notes_vault.store import audit, credentials
from notes_vault.store.backup import BackupFile, opened_copy, unlock
from notes_vault.store.db import integrity_problems
from notes_vault.store.vault import Vault


@dataclass(frozen=True)
class Check:
    """One verification step."""

    name: str
    ok: bool
    detail: str = ""


@dataclass(frozen=True)
class VerifyReport:
    """What `verify` found."""

    id: str
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        """True when every check passed."""
        return all(c.ok for c in self.checks)


def _database_checks(
    opened: Vault, vault_id: str, record_checks: Sequence[audit.RecordCheck]
) -> list[Check]:
    problems = integrity_problems(opened.db)
    checks = [Check("database", ok=not problems, detail="; ".join(problems[:3]) or "b-trees ok")]
    stored = opened.meta("vault_id")
    checks.append(
        Check(
            "vault id",
            ok=stored == vault_id,
            detail="header and database belong together"
            if stored == vault_id
            else "the header belongs to another vault",
        )
    )
    chain = audit.verify(opened, checks=record_checks)
    detail = f"{chain.events} events" if chain.ok else f"event {chain.broken_at}: {chain.problem}"
    checks.append(Check("audit chain", ok=chain.ok, detail=detail))
    return checks


def history_check(backup_head: audit.Head, vault_id: str, vault: Vault | None) -> Check:
    """Where the backup stands in the vault's history: its audit head must be an event of
    the vault's chain. A head the vault has not reached means the backup is newer than the
    vault (the vault was rolled back, or the backup is of another copy); a different event
    at that place means the two histories diverged (the chain was rewritten)."""
    if vault is None:
        return Check("history", ok=True, detail="no vault here that opens with this secret")
    if vault.meta("vault_id") != vault_id:
        return Check("history", ok=True, detail="a backup of another vault than this one")
    if audit.find(vault, backup_head.hash, backup_head.seq) is not None:
        later = audit.head(vault).seq - backup_head.seq
        detail = f"in the vault's chain ({later} events since)"
        destroyed = int(
            vault.db.scalar(
                "SELECT count(*) FROM audit WHERE seq > ? AND action = 'retention.destroy'",
                (backup_head.seq,),
            )
        )
        if destroyed:
            detail += (
                f"; WARNING: {destroyed} clients destroyed since are still in this backup:"
                " delete it once a newer backup exists"
            )
        return Check("history", ok=True, detail=detail)
    if audit.head(vault).seq < backup_head.seq:
        return Check(
            "history",
            ok=False,
            detail=f"the backup is NEWER than the vault (event {backup_head.seq}): "
            "the vault may have been rolled back",
        )
    return Check(
        "history",
        ok=False,
        detail=f"the backup and the vault DIVERGED at or before event {backup_head.seq}: "
        "one of their audit chains was rewritten",
    )


def verify_backup(
    backup_file: BackupFile,
    secret: credentials.Secret,
    *,
    scratch: Path,
    record_checks: Sequence[audit.RecordCheck] = (),
    vault: Vault | None = None,
) -> VerifyReport:
    """Check a backup: checksum, header MAC, page HMACs, integrity, audit chain (and records),
    and, given the `vault`, that the backup's audit head is in the vault's chain."""
    checks = [
        Check(
            "file checksum",
            ok=backup_file.checksum_ok,
            detail="SHA-256 matches"
            if backup_file.checksum_ok
            else "SHA-256 mismatch: bytes changed",
        )
    ]
    data_key = unlock(backup_file, secret)
    checks.append(Check("header", ok=True, detail="checksum and MAC ok"))
    header, _ = backup_file.header()
    try:
        with opened_copy(backup_file, data_key, scratch) as opened:
            checks.extend(_database_checks(opened, header.vault_id, record_checks))
            backup_head = audit.head(opened)
        checks.append(Check("audit head", ok=True, detail=str(backup_head)))
        checks.append(history_check(backup_head, header.vault_id, vault))
    except Damaged as exc:
        checks.append(Check("database", ok=False, detail=str(exc).split(";")[0]))
    return VerifyReport(str(backup_file.path), tuple(checks))


def verify_vault(vault: Vault, *, record_checks: Sequence[audit.RecordCheck] = ()) -> VerifyReport:
    """Check the open vault (its header MAC was checked when it opened)."""
    checks = [Check("header", ok=True, detail="checksum and MAC ok")]
    try:
        checks.extend(_database_checks(vault, vault.header.vault_id, record_checks))
    except Damaged as exc:
        checks.append(Check("database", ok=False, detail=str(exc).split(";")[0]))
    return VerifyReport(str(vault.path), tuple(checks))
