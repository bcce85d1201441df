"""The encrypted store and the vault folder (notes_vault.store.vault, db, rekey, migrations)."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from notes_vault.errors import BadKey, Damaged, NoVault, UnexpectedError, UsageError
from notes_vault.store import audit, credentials, db, keys, migrations, rekey, vault
from notes_vault.store.files import write_private
from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, MadeVault, open_made

PACKAGE = Path(__file__).resolve().parents[2] / "notes_vault"
CHEAP = keys.KdfParams(memory_kib=8 * 1024, iterations=1, parallelism=1)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _seed(v: vault.Vault) -> None:
    """Two clients and a joint note, written with plain SQL (no domain module needed)."""
    now = "2024-01-01T10:00:00+00:00"
    with v.db.transaction():
        for num, name in ((1, "Ada Example"), (2, "Bob Example")):
            v.db.execute(
                "INSERT INTO clients (num, code, name, created, updated) VALUES (?, ?, ?, ?, ?)",
                (num, f"P-{num}", name, now, now),
            )
        v.db.execute(
            "INSERT INTO notes (num, session_date, kind, template, body, created, updated) "
            "VALUES (1, '2024-01-01', 'session', 'free', 'talked about the allotment', ?, ?)",
            (now, now),
        )
        v.db.executemany(
            "INSERT INTO note_clients (client_num, note_num) VALUES (?, 1)", [(1,), (2,)]
        )


def _check_seeded(v: vault.Vault) -> None:
    assert [r[0] for r in v.db.all("SELECT name FROM clients ORDER BY num")] == [
        "Ada Example",
        "Bob Example",
    ]
    hits = v.db.all("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'allotment'")
    assert [r[0] for r in hits] == [1]
    assert v.db.scalar("SELECT count(*) FROM note_clients") == 2


# --- files on disk -----------------------------------------------------------------


def test_files_private_even_with_an_open_umask(tmp_path: Path) -> None:
    """Under umask 000 the folder is 0700 and every file, -wal and -shm included, is 0600."""
    old = os.umask(0)
    try:
        opened, _ = vault.create(tmp_path / "v", credentials.Passphrase(PASSPHRASE.encode()), CHEAP)
        with opened:
            audit.log(opened, "test.write")
            wal = tmp_path / "v" / "vault.db-wal"
            assert wal.exists(), "the WAL should exist while the vault is open"
            assert _mode(tmp_path / "v") == 0o700
            for entry in (tmp_path / "v").iterdir():
                assert _mode(entry) == 0o600, entry.name
    finally:
        os.umask(old)


def test_wal_file_private_while_open(vault_dir: Path) -> None:
    """An existing vault's -wal file, made on reopening, is 0600 while a command runs."""
    with open_made(vault_dir) as opened:
        audit.log(opened, "test.write")
        names = {p.name for p in vault_dir.iterdir()}
        assert "vault.db-wal" in names
        for entry in vault_dir.iterdir():
            assert _mode(entry) == 0o600, entry.name
    assert _mode(vault_dir) == 0o700


def test_stray_permissions_are_repaired_on_open(vault_dir: Path) -> None:
    """A file loosened by hand (e.g. a restore with a wide umask) is 0600 again after opening."""
    (vault_dir / "vault.header").chmod(0o644)
    vault_dir.chmod(0o755)
    open_made(vault_dir).close()
    assert _mode(vault_dir / "vault.header") == 0o600
    assert _mode(vault_dir) == 0o700


def test_database_is_encrypted_on_disk(vault_dir: Path) -> None:
    """vault.db is not a plain SQLite file: no magic header, and sqlite3 cannot read it."""
    raw = (vault_dir / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"vault.init" not in raw
    assert b"schema_migrations" not in raw
    plain = sqlite3.connect(vault_dir / "vault.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_connection_settings(vault_dir: Path) -> None:
    """Every open applies WAL, quiet SQLCipher logs, secure delete and in-memory temp."""
    with open_made(vault_dir) as opened:
        assert opened.db.scalar("PRAGMA journal_mode") == "wal"
        assert opened.db.scalar("PRAGMA cipher_log_level") == "NONE"
        assert opened.db.scalar("PRAGMA secure_delete") == 1
        assert opened.db.scalar("PRAGMA temp_store") == 2
        assert opened.db.scalar("PRAGMA foreign_keys") == 1
        assert str(opened.db.scalar("PRAGMA cipher_version")).startswith("4.")


def test_migrations_recorded_and_idempotent(vault_dir: Path) -> None:
    """Each shipped migration is recorded once in schema_migrations; reapplying does nothing."""
    shipped = migrations.available()
    with open_made(vault_dir) as opened:
        rows = opened.db.all("SELECT version, description FROM schema_migrations ORDER BY 1")
        assert [(r[0], r[1]) for r in rows] == [(m.version, m.description) for m in shipped]
        assert migrations.current_version(opened.db) == len(shipped)
        assert migrations.apply_pending(opened.db) == []


def test_migration_failure_rolls_back(vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that fails half-way leaves neither its tables nor its record behind."""
    bad = migrations.Migration(
        len(migrations.available()) + 1, "broken", "CREATE TABLE half (x);\nNOT SQL;"
    )
    shipped = migrations.available()
    with open_made(vault_dir) as opened:
        monkeypatch.setattr(migrations, "available", lambda: [*shipped, bad])
        with pytest.raises(UnexpectedError):
            migrations.apply_pending(opened.db)
        monkeypatch.undo()
    with open_made(vault_dir) as opened:
        assert opened.db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'half'") == 0
        assert migrations.current_version(opened.db) == len(shipped)


def test_only_db_module_imports_sqlcipher() -> None:
    """Only notes_vault/store/db.py imports the SQLCipher driver (one module owns it)."""
    pattern = re.compile(r"^\s*(import\s+sqlcipher3|from\s+sqlcipher3)", re.MULTILINE)
    importers = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    )
    assert importers == ["store/db.py"]


def test_core_dumps_off_after_open(vault_dir: Path) -> None:
    """In a fresh process, opening the vault makes it non-dumpable with RLIMIT_CORE 0."""
    script = textwrap.dedent(
        f"""
        import contextlib, ctypes, resource
        from pathlib import Path
        # This test process may itself have opened a vault (hard limit 0 since);
        # raise the limit again where allowed so that the check below can fail.
        soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
        with contextlib.suppress(ValueError, OSError):
            limit = resource.RLIM_INFINITY
            resource.setrlimit(resource.RLIMIT_CORE, (limit, limit))
        prctl = ctypes.CDLL(None).prctl
        before = (resource.getrlimit(resource.RLIMIT_CORE)[0], prctl(3, 0, 0, 0, 0))
        from notes_vault.store import credentials, vault
        secret = credentials.Passphrase({PASSPHRASE!r}.encode())
        v = vault.open_vault(Path({str(vault_dir)!r}), secret)
        after = (resource.getrlimit(resource.RLIMIT_CORE)[0], prctl(3, 0, 0, 0, 0))
        print(*before, *after)
        v.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    core_before, dumpable_before, core_after, dumpable_after = map(int, done.stdout.split())
    assert dumpable_before == 1
    assert (core_after, dumpable_after) == (0, 0)
    if core_before == 0:
        pytest.skip("RLIMIT_CORE could not be raised here; only the dumpable flag was tested")


# --- opening, creating, damage -------------------------------------------------------


def test_init_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    """`create` will not take over (and chmod) a folder that already holds other files."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "letter.txt").write_text("hello")
    (folder / "letter.txt").chmod(0o644)
    with pytest.raises(UsageError, match="not empty"):
        vault.create(folder, credentials.Passphrase(PASSPHRASE.encode()), CHEAP)
    assert _mode(folder / "letter.txt") == 0o644


def test_open_missing_vault_and_missing_parts(tmp_path: Path, vault_dir: Path) -> None:
    """No folder is NoVault; a database without header, or header without database, is Damaged."""
    with pytest.raises(NoVault):
        open_made(tmp_path / "absent")
    header = (vault_dir / "vault.header").read_bytes()
    (vault_dir / "vault.header").unlink()
    with pytest.raises(Damaged, match="header is missing"):
        open_made(vault_dir)
    (vault_dir / "vault.header").write_bytes(header)
    (vault_dir / "vault.db").rename(vault_dir / "elsewhere.db")
    with pytest.raises(Damaged, match="database file is missing"):
        open_made(vault_dir)


def _open_handles(target: Path) -> int:
    fds = Path("/proc/self/fd")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(target.resolve()))


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_wrong_key_for_database_is_damage(vault_dir: Path) -> None:
    """The database opened with any key but its own is Damaged, and no handle is left open."""
    with pytest.raises(Damaged) as info:
        db.connect(vault_dir / "vault.db", keys.new_data_key())
    # `info` keeps the failed frame (and its locals) alive: the file must be closed anyway.
    assert info.value.exit_code == 6
    assert _open_handles(vault_dir / "vault.db") == 0


def test_pending_rekey_is_finished_under_an_exclusive_lock(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain open that finds rekey leftovers takes the lock exclusively before touching them."""
    taken: list[bool] = []
    real = vault.VaultLock

    def spy(path: Path, *, exclusive: bool) -> object:
        taken.append(exclusive)
        return real(path, exclusive=exclusive)

    monkeypatch.setattr(vault, "VaultLock", spy)
    open_made(vault_dir).close()
    assert taken == [False]
    (vault_dir / "vault.db.pending").write_bytes(b"half an export")
    open_made(vault_dir).close()
    assert taken[-1] is True
    assert not (vault_dir / "vault.db.pending").exists()


def test_symlinked_file_outside_is_not_chmodded(vault_dir: Path, tmp_path: Path) -> None:
    """Repairing modes on open leaves the target of a symlink in the vault folder alone."""
    outside = tmp_path / "outside.txt"
    outside.write_text("not the vault's")
    outside.chmod(0o644)
    (vault_dir / "link").symlink_to(outside)
    open_made(vault_dir).close()
    assert _mode(outside) == 0o644


def test_change_passphrase_rejects_short(vault_dir: Path) -> None:
    """A new passphrase under 8 characters is a usage error and changes nothing."""
    before = (vault_dir / "vault.header").read_bytes()
    with open_made(vault_dir) as opened, pytest.raises(UsageError):
        vault.change_passphrase(opened, credentials.Passphrase(b"short"))
    assert (vault_dir / "vault.header").read_bytes() == before


# --- rekey ---------------------------------------------------------------------------


def test_rekey_keeps_every_row_and_changes_the_key(vault_dir: Path) -> None:
    """After rekey every row and the full-text index read back; the old key opens nothing."""
    with open_made(vault_dir) as opened:
        _seed(opened)
        old_key = opened.data_key
        recovery, dropped = rekey.rekey(opened, credentials.Passphrase(PASSPHRASE.encode()))
        assert dropped == []
        assert opened.data_key != old_key
        _check_seeded(opened)
        audit.log(opened, "key.rekey")
    with open_made(vault_dir) as opened:
        _check_seeded(opened)
        assert audit.verify(opened).ok
    with pytest.raises(Damaged):
        db.connect(vault_dir / "vault.db", old_key)
    assert credentials.parse_recovery_key(credentials.format_recovery_key(recovery)) == recovery
    assert not list(vault_dir.glob("*.pending"))


def _half_rekey(path: Path, *, db_renamed: bool) -> tuple[bytes, bytes, credentials.RecoveryKey]:
    """Do rekey's file steps by hand and stop at a crash point; returns old key, new key."""
    with open_made(path) as opened:
        _seed(opened)
        old_key, vault_id = opened.data_key, opened.header.vault_id
        new_key, recovery = keys.new_data_key(), credentials.new_recovery_key()
        slots = (
            keys.make_slot(vault_id, new_key, credentials.Passphrase(PASSPHRASE.encode()), CHEAP),
            keys.make_slot(vault_id, new_key, recovery),
        )
        opened.db.checkpoint()
        db.export_to(opened.db, path / "vault.db.pending", new_key)
        # As `rekey` does: the new header one generation up (notes_vault.store.generation).
        header = keys.Header(vault_id, slots, generation=opened.header.generation + 1)
        write_private(path / "vault.header.pending", keys.serialise(header, new_key))
    if db_renamed:
        (path / "vault.db.pending").replace(path / "vault.db")
    return old_key, new_key, recovery


def test_interrupted_rekey_before_db_rename(made_vault: MadeVault, cli: Cli) -> None:
    """With both .pending files left, the old passphrase and recovery key still open the vault."""
    path = made_vault.path
    old_key, _, _ = _half_rekey(path, db_renamed=False)
    assert cli("status").code == 0
    assert not list(path.glob("*.pending"))
    recovered = vault.open_vault(path, credentials.parse_recovery_key(made_vault.recovery_key))
    with recovered:
        assert recovered.data_key == old_key
        _check_seeded(recovered)


def test_interrupted_rekey_with_only_the_db_copy(vault_dir: Path) -> None:
    """A half-written vault.db.pending alone (no new header yet) is discarded on open."""
    (vault_dir / "vault.db.pending").write_bytes(b"half an export")
    with open_made(vault_dir) as opened:
        assert audit.verify(opened).ok
    assert not (vault_dir / "vault.db.pending").exists()


def test_interrupted_rekey_after_db_rename(made_vault: MadeVault, cli: Cli) -> None:
    """With the new database in place and the new header pending, the passphrase finishes it."""
    path = made_vault.path
    _, new_key, recovery = _half_rekey(path, db_renamed=True)
    old_recovery = credentials.parse_recovery_key(made_vault.recovery_key)
    with pytest.raises(BadKey, match="rekey was interrupted"):
        vault.open_vault(path, old_recovery)
    result = cli("audit", "verify")
    assert result.code == 0, result.err
    assert not list(path.glob("*.pending"))
    with vault.open_vault(path, recovery) as opened:
        assert opened.data_key == new_key
        _check_seeded(opened)
    with pytest.raises(BadKey):
        vault.open_vault(path, old_recovery)


@pytest.mark.slow
def test_real_default_parameters(tmp_path: Path, cli: Cli) -> None:
    """`init` without KDF flags uses 256 MiB, t=3, p=4, warns of nothing, and opens again."""
    path = tmp_path / "real"
    env = {"NOTES_VAULT_DIR": str(path), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    made = cli("--json", "init", env=env)
    assert made.code == 0, made.err
    assert "warning" not in made.err
    status = cli("--json", "status", env=env)
    assert status.code == 0, status.err
    slot = next(s for s in status.json()["slots"] if s["type"] == "passphrase")
    assert slot["kdf"]["memory_kib"] == 256 * 1024
    assert (slot["kdf"]["iterations"], slot["kdf"]["parallelism"]) == (3, 4)
    assert CHEAP_KDF[1] != "256"  # the fixtures really are cheaper than this


def test_init_makes_every_folder_0700_under_umask_000(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`init` into a path whose parents do not exist makes each of them 0700, even under
    umask 000; a folder that was already there keeps its mode."""
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", "correct horse battery")
    tmp_path.chmod(0o755)
    target = tmp_path / "a" / "b" / "vault"
    old = os.umask(0)
    try:
        assert cli("--vault", str(target), "init", *CHEAP_KDF).code == 0
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", target):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
