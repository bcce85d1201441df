"""Destroyed text is in no page of the decrypted database, free pages, WAL and index included.

Every page is decrypted here with the data key (SQLCipher 4 layout: 4096-byte
pages, the last 80 bytes a reserve holding a 16-byte IV then a 64-byte HMAC;
AES-256-CBC over the rest, the raw data key as the cipher key; page 1's first
16 bytes are the plaintext salt). The same scan first proves it finds the
words before destruction, so it cannot pass by decrypting nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from notes_vault.retention import expire as destroy
from notes_vault.store import keys
from notes_vault.store.vault import Vault
from tests.retention.test_expire import add_client, add_note, open_v

PAGE = 4096
RESERVE = 80
MARKERS = [b"xylophonicquasar", b"Zanzibarquokka", b"vermilionophidian"]


def _pages(raw: bytes, data_key: bytes, *, wal: bool) -> list[bytes]:
    """Decrypt every page of a database file (or every frame of a WAL)."""
    pages = []
    if wal:
        step, offsets = 24 + PAGE, range(32 + 24, len(raw) - PAGE + 1, 24 + PAGE)
    else:
        step, offsets = PAGE, range(0, len(raw) - PAGE + 1, PAGE)
    del step
    for index, offset in enumerate(offsets):
        page = raw[offset : offset + PAGE]
        first = not wal and index == 0
        body = page[16 : PAGE - RESERVE] if first else page[: PAGE - RESERVE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(data_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def _found(vault_dir: Path, data_key: bytes) -> set[bytes]:
    hits: set[bytes] = set()
    for name, wal in (("vault.db", False), ("vault.db-wal", True)):
        path = vault_dir / name
        if not path.exists():
            continue
        for page in _pages(path.read_bytes(), data_key, wal=wal):
            lowered = page.lower()
            hits.update(m for m in MARKERS if m.lower() in lowered)
    return hits


def _fill(v: Vault) -> None:
    ann = add_client(v, "Ann Example", ended=date(2015, 1, 1))
    bob = add_client(v, "Bob Example")
    filler = " ".join(f"ordinary{i}" for i in range(300))
    for i in range(60):
        add_note(v, f"{filler} {MARKERS[i % 3].decode()} session {i}", ann)
        add_note(v, f"{filler} kept session {i}", bob)
    v.db.execute("INSERT INTO notes_fts(notes_fts, rank) VALUES ('automerge', 2)")


def test_scan_finds_words_before_destruction(vault_dir: Path) -> None:
    """The page scan sees the marker words while their notes exist (the check can fail)."""
    with open_v(vault_dir) as v:
        _fill(v)
        data_key = v.data_key
        v.db.checkpoint()
    assert _found(vault_dir, data_key) == set(MARKERS)


def test_destroyed_words_in_no_page(vault_dir: Path) -> None:
    """After expire, no decrypted page of the database or WAL holds a destroyed word."""
    with open_v(vault_dir) as v:
        _fill(v)
        data_key = v.data_key
        report = destroy.expire(v, as_of=date.today())
        assert report.clients[0].counts["notes"] == 60
        assert v.db.all("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'kept'")
    assert _found(vault_dir, data_key) == set()
    # The scan really decrypted: the surviving notes' words are there.
    pages = _pages((vault_dir / "vault.db").read_bytes(), data_key, wal=False)
    assert any(b"ordinary17" in page for page in pages)
    assert len(data_key) == keys.DATA_KEY_BYTES
