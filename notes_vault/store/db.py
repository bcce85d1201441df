"""The encrypted database: the only module that imports the SQLCipher driver.

On-disk format
--------------
``vault.db`` is a SQLCipher 4 database (package ``sqlcipher3``, SQLCipher 4.x
defaults: 4096-byte pages, AES-256-CBC per page, HMAC-SHA512 per page, a
16-byte random salt in the first page). It is keyed with a random 256-bit data
key passed as a raw key (``PRAGMA key = "x'<64 hex>'"``), so SQLCipher's own
PBKDF2 passphrase derivation is skipped; the data key itself lives only wrapped
in the header file (see ``keys``).

Connection settings, applied on every open:

* ``cipher_log_level = NONE``: SQLCipher logs nothing (logs could carry paths
  or page data);
* ``journal_mode = WAL`` with ``synchronous = FULL``: a command that exited 0
  has its write on disk, and the WAL is encrypted like the database;
* ``secure_delete = ON``: deleted content is overwritten, free pages included;
* ``temp_store = MEMORY``: sorts and temporary tables never touch disk;
* ``foreign_keys = ON``, ``busy_timeout`` so that concurrent commands wait
  for each other instead of failing.

The schema is built by numbered migrations (``notes_vault.store.migrations``),
each applied in its own transaction and recorded in ``schema_migrations``.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from notes_vault.errors import Damaged, UnexpectedError, VaultError

BUSY_TIMEOUT_MS = 30_000
PAGE_SIZE = 4096  # SQLCipher 4's default; the first page alone is this long
Row = Any  # sqlcipher3.Row: indexable by position and column name


def _is_damage(message: str) -> bool:
    markers = (
        "not a database",
        "malformed",
        "file is encrypted",
        "hmac check failed",
        "vtable constructor failed",  # FTS5 reporting a corrupt shadow table
        "corrupt",
    )
    return any(marker in message for marker in markers)


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn driver exceptions into `VaultError`s whose text holds no data."""
    try:
        yield
    except VaultError:
        raise
    except sqlcipher3.DatabaseError as exc:
        message = str(exc).lower()
        if _is_damage(message):
            raise Damaged(
                "the vault database is damaged or does not match its header; "
                "run `notes-vault verify`, then `notes-vault restore BACKUP`"
            ) from None
        if "locked" in message or "busy" in message:
            raise UnexpectedError(
                "the vault is busy in another command for too long; try again"
            ) from None
        if "full" in message:
            raise UnexpectedError("the disk is full; nothing was written") from None
        if "disk i/o" in message or "readonly" in message or "unable to open" in message:
            raise UnexpectedError(f"could not write the vault: {message}") from None
        raise UnexpectedError(f"database error: {type(exc).__name__}") from None


class Database:
    """An open, keyed SQLCipher connection with transaction helpers."""

    def __init__(self, conn: Any, path: Path) -> None:
        self._conn = conn
        self.path = path

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """Run one statement and return its cursor."""
        with translate_errors():
            return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run one statement for each row of parameters."""
        with translate_errors():
            self._conn.executemany(sql, rows)

    def executescript(self, sql: str) -> None:
        """Run several statements (used by migrations only)."""
        with translate_errors():
            self._conn.executescript(sql)

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Row | None:
        """The first row of a query, or None."""
        with translate_errors():
            return self._conn.execute(sql, params).fetchone()

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        """Every row of a query."""
        with translate_errors():
            return list(self._conn.execute(sql, params).fetchall())

    def stream(
        self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *, batch: int = 500
    ) -> Generator[Row, None, None]:
        """The rows of a query as the cursor reads them, `batch` at a time (memory stays flat).

        The cursor is closed when the rows run out or the iterator is closed.
        """
        cursor = self.execute(sql, params)
        try:
            while True:
                with translate_errors():  # a damaged page surfaces while fetching
                    rows = cursor.fetchmany(batch)
                if not rows:
                    return
                yield from rows
        finally:
            with contextlib.suppress(sqlcipher3.Error):
                cursor.close()

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.one(sql, params)
        return None if row is None else row[0]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """A write transaction taken up front (BEGIN IMMEDIATE), so writers queue.

        Inside one already open, it joins it: the outer one commits or rolls back
        everything (the importer adds many clients and notes as one transaction).
        """
        if self._conn.in_transaction:
            yield self
            return
        try:
            with translate_errors():
                self._conn.execute("BEGIN IMMEDIATE")
        except UnexpectedError as exc:
            # SQLCipher turns a connection read-only after a page fails its
            # HMAC check inside FTS5 (which swallows the error itself): on a
            # writable file, "readonly" here means a damaged page was read.
            if "readonly" in str(exc) and os.access(self.path, os.W_OK):
                raise Damaged(
                    "the vault database is damaged; run `notes-vault verify`, "
                    "then `notes-vault restore BACKUP`"
                ) from None
            raise
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("ROLLBACK")
            raise
        with translate_errors():
            self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def savepoint(self, name: str = "step") -> Iterator[Database]:
        """A step inside the open transaction, undone alone (and the error raised) if it fails."""
        if not name.isidentifier():
            raise ValueError("a savepoint name is one identifier")
        self.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
            raise
        self.execute(f"RELEASE {name}")

    def in_transaction(self) -> bool:
        """Whether a transaction is open on this connection."""
        return bool(self._conn.in_transaction)

    def checkpoint(self) -> bool:
        """Fold the WAL into the database and truncate it to zero bytes; False when another
        connection kept it from completing (SQLite's busy flag: frames may remain)."""
        row = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return row is None or int(row[0]) == 0

    def set_progress(self, callback: Callable[[], int] | None, every: int = 10_000) -> None:
        """Call `callback` every `every` VM steps (for progress bars); None removes it."""
        self._conn.set_progress_handler(callback, every)

    def close(self) -> None:
        """Close the connection; the last close of a WAL database removes the WAL."""
        with translate_errors():
            self._conn.close()


def _key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or with `create`, make) the database at `path` with the raw data key.

    Raises `Damaged` if the key does not decrypt the file or the file is not a
    SQLCipher database; the caller has already checked the key against the
    authenticated header, so a mismatch means damage or a swapped file.
    """
    if not create:
        _check_size(path)
    old_umask = os.umask(0o077)  # WAL and SHM files are created 0600 too
    try:
        with translate_errors():
            conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
        try:
            _configure(conn, key)
        except BaseException:
            # A wrong key or a damaged file: do not leave the handle open.
            with contextlib.suppress(sqlcipher3.Error):
                conn.close()
            raise
    finally:
        os.umask(old_umask)
    conn.row_factory = sqlcipher3.Row
    return Database(conn, path)


def _check_size(path: Path) -> None:
    """Damaged if the file is missing or shorter than one page.

    SQLite would take an empty file for a new, empty database (and the schema
    migrations would then write into it), and a file cut inside its first page
    for one it cannot read: both are a truncated vault, never a fresh one.
    Every vault.db holds at least page 1 from the moment it is made, since
    switching to WAL writes it.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Damaged(
            "the vault database file is missing; run `notes-vault restore BACKUP`"
        ) from None
    except OSError as exc:
        raise UnexpectedError(f"cannot read the vault database: {exc.strerror}") from None
    if size < PAGE_SIZE:
        state = "empty" if size == 0 else f"truncated ({size} bytes, less than one page)"
        raise Damaged(
            f"the vault database file is {state}; "
            "run `notes-vault verify`, then `notes-vault restore BACKUP`"
        )


def _configure(conn: Any, key: bytes) -> None:
    """Key the connection and apply the settings listed at the top of this module."""
    with translate_errors():
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(_key_pragma(key))
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema is the first access that decrypts a page: it
        # fails with "not a database" on a wrong key or a damaged page 1.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA foreign_keys = ON")


def export_to(db: Database, dest: Path, key: bytes) -> None:
    """Copy the whole database, encrypted under `key`, into a new file `dest`.

    Uses ``sqlcipher_export`` on an attached database: an encrypted-to-encrypted
    copy that never holds plaintext on disk. `dest` must not exist.
    """
    if dest.exists():
        raise UnexpectedError("the export target already exists")
    old_umask = os.umask(0o077)
    try:
        db.execute(f"ATTACH DATABASE ? AS export KEY \"x'{key.hex()}'\"", (str(dest),))
        try:
            db.execute("SELECT sqlcipher_export('export')")
            version = db.scalar("PRAGMA main.user_version")
            db.execute(f"PRAGMA export.user_version = {int(version)}")
        finally:
            db.execute("DETACH DATABASE export")
    finally:
        os.umask(old_umask)


def integrity_problems(db: Database, *, wait: float = 5.0) -> list[str]:
    """What SQLCipher's page HMAC check and SQLite's integrity check report; [] if sound.

    The WAL is folded into the file first (waiting up to `wait` seconds for other
    readers): ``cipher_integrity_check`` reads the database file page by page and never
    the WAL. A checkpoint cut off by a full disk leaves a torn page at the end of the
    file whose whole content is still in the WAL; the next checkpoint writes it again,
    and only then does the file say what the database holds.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            folded = db.checkpoint()
        except UnexpectedError as exc:
            if "readonly" not in str(exc):
                raise  # a full disk says so, rather than a torn page read as damage
            break  # a vault on read-only storage: check the file as it stands
        if folded or time.monotonic() >= deadline:
            break
        time.sleep(0.1)
    problems: list[str] = []
    for row in db.all("PRAGMA cipher_integrity_check"):
        problems.append(f"cipher: {row[0]}")
    for row in db.all("PRAGMA integrity_check"):
        if row[0] != "ok":
            problems.append(f"sqlite: {row[0]}")
    return problems


def driver_versions(db: Database) -> dict[str, str]:
    """SQLCipher and SQLite versions, for `status`."""
    return {
        "sqlcipher": str(db.scalar("PRAGMA cipher_version")),
        "sqlite": str(db.scalar("SELECT sqlite_version()")),
    }
