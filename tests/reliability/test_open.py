"""What the next command finds after a crash or damage: a database cut to less than a page,
temporary files of killed commands, a restore interrupted between its two renames."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import BadKey
from notes_vault.records import clients, notes
from notes_vault.store import backup, credentials, rekey, vault
from notes_vault.store.files import write_private
from tests.conftest import PASSPHRASE, Cli, open_made

OTHER = "another passphrase"


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# --- a database shorter than one page ------------------------------------------------------


@pytest.mark.parametrize("length", [0, 1, 4095])
def test_a_database_shorter_than_a_page_is_reported_as_truncated(
    vault_dir: Path, cli: Cli, length: int
) -> None:
    """An empty or sub-page vault.db is exit 6 naming the truncation and verify/restore, and
    is left as it was (SQLite would otherwise take it for a new database and write into it)."""
    os.truncate(vault_dir / "vault.db", length)
    for args in (("note", "list"), ("verify",), ("status",)):
        result = cli(*args)
        assert result.code == 6, result.err
        line = result.err.strip()
        assert len(line.splitlines()) == 1
        assert "empty" in line if length == 0 else "truncated" in line
        assert "verify" in line
        assert "restore" in line
    assert (vault_dir / "vault.db").stat().st_size == length


# --- temporary files left by killed commands -------------------------------------------------

KILLED_WRITER = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from notes_vault.store import files as fsutil

    def die(fd):  # killed after writing, before the rename
        os.kill(os.getpid(), signal.SIGKILL)

    fsutil.os.fsync = die
    fsutil.write_private(Path(sys.argv[1]), b"wrapped keys would be here")
    """
)


def test_a_header_temp_file_of_a_killed_write_is_removed_on_open(vault_dir: Path) -> None:
    """A process SIGKILLed inside write_private leaves `.vault.header.PID.tmp`; the next open
    removes it, and the header is untouched."""
    header = (vault_dir / "vault.header").read_bytes()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(vault_dir / "vault.header")], check=False
    )
    assert killed.returncode == -9
    left = [p.name for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1
    assert re.fullmatch(r"\.vault\.header\.[0-9]+\.tmp", left[0])
    open_made(vault_dir).close()
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    assert (vault_dir / "vault.header").read_bytes() == header


def test_only_stale_temp_files_of_our_own_patterns_are_removed(vault_dir: Path) -> None:
    """A shared open removes header temp files (their writers need the exclusive lock) and
    scratch copies of ended processes, keeps a live process's copy and every other name;
    an exclusive open also removes a live process's backup copy (backups hold a shared lock)."""
    gone, live = dead_pid(), os.getpid()
    stale = [
        ".vault.header.123.tmp",
        ".vault.header.pending.456.tmp",
        f".backup-{gone}-0123abcd.tmp",
        f".backup-{gone}-0123abcd.tmp-wal",
        f".verify-{gone}-89abcdef.tmp.lock",
    ]
    in_use = [f".backup-{live}-0123abcd.tmp", f".verify-{live}-0123abcd.tmp"]
    others = [
        ".vault.header.tmp",
        ".vault.header.12x.tmp",
        "vault.header.123.tmp",
        ".other.123.tmp",
        f".backup-{gone}-NOTHEX12.tmp",
        f".backup-{gone}-0123abcd.tmp.keep",
        "notes.txt",
    ]
    for name in stale + in_use + others:
        (vault_dir / name).write_bytes(b"x")
    open_made(vault_dir).close()
    assert sorted(p.name for p in vault_dir.iterdir() if p.name in stale + in_use + others) == (
        sorted(in_use + others)
    )
    vault.open_vault(vault_dir, credentials.Passphrase(PASSPHRASE.encode()), exclusive=True).close()
    left = {p.name for p in vault_dir.iterdir()}
    assert f".backup-{live}-0123abcd.tmp" not in left
    assert {f".verify-{live}-0123abcd.tmp", *others} <= left


def test_a_half_written_backup_is_removed_by_the_next_backup(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """Beside the backup file, a killed backup's `.FILE-PID-XXXXXXXX.tmp` goes at the next
    backup: for that FILE even if empty, for another only if it starts like a backup; a live
    process's file and unrelated files stay."""
    folder = tmp_path / "backups"
    folder.mkdir()
    gone, live = dead_pid(), os.getpid()
    same = folder / f".b.nvb-{gone}-0123abcd.tmp"
    same.write_bytes(b"")
    other = folder / f".old.nvb-{gone}-0123abcd.tmp"
    other.write_bytes(backup.MAGIC + b"half")
    kept = [
        folder / f".old.nvb-{live}-0123abcd.tmp",
        folder / f".photo.jpg-{gone}-0123abcd.tmp",
    ]
    kept[0].write_bytes(backup.MAGIC + b"still being written")
    kept[1].write_bytes(b"someone else's")
    assert cli("backup", str(folder / "b.nvb")).code == 0
    assert not same.exists()
    assert not other.exists()
    assert all(p.exists() for p in kept)


# --- a restore interrupted between its renames -------------------------------------------


def _backup_then_move_on(vault_dir: Path, target: Path) -> set[int]:
    """Back the vault up (1 note, the fixture's passphrase), then give it another note, another
    passphrase and a new data key. Returns the backup's note numbers."""
    with open_made(vault_dir) as v:
        client = clients.add(v, name="Ann Example", started=date(2024, 1, 1))
        kept = notes.add(v, clients=[client.id], body="in the backup")
        backup.backup(v, target)
        notes.add(v, clients=[client.id], body="after the backup")
        vault.change_passphrase(v, credentials.Passphrase(OTHER.encode()))
        rekey.rekey(v, credentials.Passphrase(OTHER.encode()))
        v.confirm_recovery_key_shown()
    return {int(kept.id[1:])}


def _restore_until(target_dir: Path, file: Path, *, stop_after_db_rename: bool) -> None:
    """Restore's file steps by hand, stopping as a kill would."""
    found = backup.read(file)
    pending_db = target_dir / "vault.db.pending"
    backup._settle_leftovers(target_dir)
    backup._extract(found, pending_db)
    write_private(target_dir / "vault.header.pending", found.header_bytes)
    if stop_after_db_rename:
        pending_db.replace(target_dir / "vault.db")


def _note_numbers(path: Path, passphrase: str) -> set[int]:
    with vault.open_vault(path, credentials.Passphrase(passphrase.encode())) as v:
        return {int(r[0]) for r in v.db.all("SELECT num FROM notes")}


def test_a_restore_killed_between_its_renames_opens_with_the_backups_passphrase(
    vault_dir: Path, tmp_path: Path
) -> None:
    """After the database rename, the backup's passphrase finishes the restore, although it
    does not open the old header; the old passphrase is told what happened."""
    file = tmp_path / "b.nvb"
    in_backup = _backup_then_move_on(vault_dir, file)
    _restore_until(vault_dir, file, stop_after_db_rename=True)
    with pytest.raises(BadKey, match="interrupted"):
        vault.open_vault(vault_dir, credentials.Passphrase(OTHER.encode()))
    assert _note_numbers(vault_dir, PASSPHRASE) == in_backup
    assert not list(vault_dir.glob("*.pending"))


def test_a_restore_over_an_interrupted_restore_never_leaves_neither(
    vault_dir: Path, tmp_path: Path
) -> None:
    """A second restore that starts on the first one's leftovers (database swapped, header
    pending) and is killed at once still leaves a vault that the backup's passphrase opens."""
    file = tmp_path / "b.nvb"
    in_backup = _backup_then_move_on(vault_dir, file)
    _restore_until(vault_dir, file, stop_after_db_rename=True)
    _restore_until(vault_dir, file, stop_after_db_rename=False)  # killed before its rename
    assert _note_numbers(vault_dir, PASSPHRASE) == in_backup
    assert not list(vault_dir.glob("*.pending"))


def test_a_restore_killed_before_its_database_rename_leaves_the_old_vault(
    vault_dir: Path, tmp_path: Path
) -> None:
    """Before the database rename, the old passphrase opens the old vault and the pending
    files are dropped."""
    file = tmp_path / "b.nvb"
    _backup_then_move_on(vault_dir, file)
    _restore_until(vault_dir, file, stop_after_db_rename=False)
    with pytest.raises(BadKey):
        vault.open_vault(vault_dir, credentials.Passphrase(PASSPHRASE.encode()))
    assert _note_numbers(vault_dir, OTHER) == {1, 2}
    assert not list(vault_dir.glob("*.pending"))
