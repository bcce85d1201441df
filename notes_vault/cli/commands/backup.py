"""`backup`, `verify` and `restore`."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import render
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

if TYPE_CHECKING:
    from rich.console import Console

    from notes_vault.store import credentials
    from notes_vault.store.backup import BackupFile
    from notes_vault.store.backup_verify import VerifyReport
    from notes_vault.store.vault import Vault

FileArg = Annotated[Path, typer.Argument(help="The backup file.")]


def backup(
    ctx: typer.Context,
    target: FileArg,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
) -> None:
    """Write one encrypted file holding the database and its key header."""
    from notes_vault.store import backup as backups
    from notes_vault.store.files import check_output

    st = state(ctx)
    check_output(target.expanduser())  # backups.backup refuses the vault folder itself
    with open_vault(st) as opened:
        info = backups.backup(opened, target, overwrite=force)
    if st.json:
        render.print_json(info)
    else:
        typer.echo(info.path)
        render.message(
            f"Backup written ({info.bytes} bytes). It opens with the secrets the vault has now; "
            "keep key files elsewhere."
        )
        render.message(
            f"Audit head {info.audit_head}: note it in your backup log; `notes-vault verify "
            "BACKUP` and `audit verify --anchor` check the vault against it."
        )


def check_backup_file(target: Path) -> None:
    """A folder, or a name the file system rejects, given as the backup to read: exit 2."""
    from notes_vault.errors import UsageError

    try:
        is_folder = target.expanduser().is_dir()
    except OSError as exc:
        raise UsageError(f"cannot read {target}: {exc.strerror}") from None
    if is_folder:
        raise UsageError(f"{target} is a folder; give the backup file")


def check_restore_place(place: Path) -> None:
    """Restore only into a vault, a new folder or an empty one, as `init` does: the folder
    is made 0700 and its files 0600, never a folder of the user's named here by mistake."""
    from notes_vault.errors import UsageError
    from notes_vault.store.vault import is_vault

    try:
        if not os.path.lexists(place) or is_vault(place):
            return
        if not place.is_dir():
            raise UsageError(f"{place} is not a folder; restore into a new or empty folder")
        # A failed restore may leave the vault's own files (vault.lock, *.pending).
        foreign = [e for e in place.iterdir() if not e.name.startswith("vault.")]
    except OSError as exc:
        raise UsageError(f"cannot use {place} for a vault: {exc.strerror}") from None
    if foreign:
        raise UsageError(
            f"the folder {place} is not empty and holds no vault; "
            "restore into a new or empty folder"
        )


def secret_for(st: State, backup_file: BackupFile) -> credentials.Secret:
    """A secret that opens the backup's header, by the usual order of key sources
    (then NOTES_VAULT_RECOVERY_KEY, then a prompt with three tries)."""
    from notes_vault.cli.unlock import (
        TRIES,
        keyfile_path,
        passphrase_from_environment,
        prompt_secret,
        read_keyfile,
    )
    from notes_vault.errors import BadKey
    from notes_vault.store import backup as backups
    from notes_vault.store import credentials

    key_path = keyfile_path(st)
    if key_path is not None:
        return read_keyfile(key_path)
    secret: credentials.Secret | None = passphrase_from_environment()
    if secret is None and os.environ.get("NOTES_VAULT_RECOVERY_KEY"):
        secret = credentials.parse_recovery_key(os.environ["NOTES_VAULT_RECOVERY_KEY"])
    if secret is not None:
        return secret
    for attempt in range(1, TRIES + 1):
        typed = credentials.Passphrase(prompt_secret("Passphrase of the backup").encode("utf-8"))
        try:
            backups.unlock(backup_file, typed)
        except BadKey:
            if attempt == TRIES:
                raise
            render.message("Wrong passphrase, try again.")
            continue
        return typed
    raise BadKey("wrong passphrase")  # pragma: no cover - the loop returns or raises


def verify(
    ctx: typer.Context,
    target: Annotated[
        Path | None, typer.Argument(help="A backup file (default: the vault itself).")
    ] = None,
) -> None:
    """Check the vault or a backup: checksums, header MAC, page HMACs, audit chain."""
    from notes_vault.errors import Damaged
    from notes_vault.records import integrity
    from notes_vault.store import backup as backups
    from notes_vault.store import backup_verify
    from notes_vault.store.vault import is_vault

    st = state(ctx)
    if target is None:
        with open_vault(st) as opened:
            report = backup_verify.verify_vault(opened, record_checks=integrity.RECORD_CHECKS)
    else:
        check_backup_file(target)
        backup_file = backups.read(target)
        secret = secret_for(st, backup_file)
        place = st.location()
        here = is_vault(place)
        scratch = place if here else backup_file.path.absolute().parent
        with _vault_if_it_opens(place if here else None, secret) as current:
            report = backup_verify.verify_backup(
                backup_file,
                secret,
                scratch=scratch,
                record_checks=integrity.RECORD_CHECKS,
                vault=current,
            )
    render.emit(st, {**report.__dict__, "ok": report.ok}, lambda c: _show(c, report))
    if not report.ok:
        bad = next(c for c in report.checks if not c.ok)
        advice = (
            "restore a backup with `notes-vault restore BACKUP`"
            if target is None
            else "compare with the audit heads you noted"
            if bad.name == "history"
            else "this backup cannot be restored; use another one"
        )
        raise Damaged(f"{report.id}: {bad.name}: {bad.detail}; {advice}")


@contextlib.contextmanager
def _vault_if_it_opens(place: Path | None, secret: credentials.Secret) -> Iterator[Vault | None]:
    """The vault at `place`, if it opens with the backup's secret (to compare histories)."""
    from notes_vault.errors import BadKey, Damaged, NoVault
    from notes_vault.store import vault

    try:
        opened = None if place is None else vault.open_vault(place, secret)
    except (BadKey, Damaged, NoVault):
        opened = None
    try:
        yield opened
    finally:
        if opened is not None:
            opened.close()


def _show(console: Console, report: VerifyReport) -> None:
    rows = [[c.name, "ok" if c.ok else "FAILED", c.detail] for c in report.checks]
    console.print(render.table(report.id, ["check", "result", "detail"], rows))


def restore(
    ctx: typer.Context,
    target: FileArg,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the vault that is there.")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask before replacing.")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Check the backup and the secret; change nothing.")
    ] = False,
) -> None:
    """Replace the vault with a backup (refused over an existing vault without --force)."""
    from notes_vault.cli.unlock import has_terminal
    from notes_vault.errors import Refused
    from notes_vault.store import audit, vault
    from notes_vault.store import backup as backups

    st = state(ctx)
    place = st.location()
    check_restore_place(place)
    check_backup_file(target)
    backup_file = backups.read(target)
    secret = secret_for(st, backup_file)
    backups.unlock(backup_file, secret)
    exists = vault.is_vault(place)
    if exists and not force:
        raise Refused(f"a vault already exists at {place}; give --force to replace it")
    if dry_run:
        render.message(f"restore (dry run): the backup opens; it would replace {place}")
        return
    if exists and not yes:
        if not has_terminal():
            raise Refused("restore replaces the vault: without a terminal it needs --yes")
        if not typer.confirm(f"Replace the vault at {place} with this backup?", err=True):
            raise Refused("not confirmed; nothing was restored")
    done = backups.restore(backup_file, secret, place, force=force)
    from notes_vault.store.agent import client

    client.lock(place)  # an agent holding the replaced vault's key lets it go
    with vault.open_vault(place, secret) as opened:
        audit.log(opened, "vault.restore")
        warnings = restore_warnings(opened)
    kept = None if done.kept is None else str(done.kept)
    if st.json:
        render.print_json({"id": done.id, "vault": str(place), "kept": kept, "warnings": warnings})
        return
    typer.echo(str(place))
    render.message("Restored.")
    if kept is not None:
        render.message(
            f"The vault it replaced is kept, encrypted as it was, at {kept} "
            "(restore that file to undo this; remove it once sure)."
        )
    for warning in warnings:
        render.message(f"Warning: {warning}")


def restore_warnings(opened: Vault) -> list[str]:
    """What a user must know after a restore (the same list on the terminal and in --json)."""
    from datetime import date

    from notes_vault.retention import policy

    due = len(policy.due_clients(opened, as_of=date.today()))
    if not due:
        return []
    return [
        f"{due} client{'s are' if due != 1 else ' is'} past the end of retention in the "
        "restored vault (destroyed since the backup was made, or due): run "
        "`notes-vault expire` now"
    ]


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {
    "backup": backup,
    "verify": verify,
    "restore": restore,
}
