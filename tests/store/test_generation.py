"""An old header copied back (finding 7): it would bring back a changed passphrase or a
revoked key file, so it is refused (exit 6) with the way forward."""

from __future__ import annotations

import shutil
from pathlib import Path

from notes_vault.store import credentials, keys, vault
from tests.conftest import PASSPHRASE, Cli, MadeVault, open_made

NEW = "a brand new passphrase"


def _saved_header(path: Path) -> bytes:
    return (path / "vault.header").read_bytes()


def test_old_header_after_passwd_is_refused(made_vault: MadeVault, cli: Cli) -> None:
    """After `passwd`, the old header put back does not open with the old passphrase (exit 6,
    saying what to do), and the current header still opens with the new one."""
    path = made_vault.path
    old = _saved_header(path)
    assert cli("passwd", env={"NOTES_VAULT_NEW_PASSPHRASE": NEW}).code == 0
    current = _saved_header(path)
    (path / "vault.header").write_bytes(old)
    refused = cli("status")
    assert refused.code == 6
    assert "older than the database" in refused.err
    assert "recover" in refused.err
    (path / "vault.header").write_bytes(current)
    assert cli("status", env={"NOTES_VAULT_PASSPHRASE": NEW}).code == 0


def test_old_header_after_keyfile_remove_is_refused(
    made_vault: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """A key file removed from the vault does not open it again through a header saved
    before its removal (exit 6)."""
    path, key, kept = made_vault.path, tmp_path / "k.key", tmp_path / "copy.key"
    assert cli("keyfile", "add", str(key)).code == 0
    shutil.copy2(key, kept)  # someone kept a copy of the key file, and of the header
    old = _saved_header(path)
    assert cli("keyfile", "remove", str(key)).code == 0
    key = kept
    assert cli("--keyfile", str(key), "status").code == 3
    (path / "vault.header").write_bytes(old)
    assert cli("--keyfile", str(key), "status").code == 6


def test_recovery_key_opens_an_old_header_without_its_key_files(
    made_vault: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """The way forward when only an old header is left: `recover` with the recovery key
    writes a current header, with a new passphrase and without the revoked key file."""
    path, key, kept = made_vault.path, tmp_path / "k.key", tmp_path / "copy.key"
    assert cli("keyfile", "add", str(key)).code == 0
    shutil.copy2(key, kept)
    old = _saved_header(path)
    assert cli("keyfile", "remove", str(key)).code == 0
    key = kept
    (path / "vault.header").write_bytes(old)
    env = {"NOTES_VAULT_RECOVERY_KEY": made_vault.recovery_key, "NOTES_VAULT_NEW_PASSPHRASE": NEW}
    done = cli("recover", env=env)
    assert done.code == 0, done.err
    assert cli("status", env={"NOTES_VAULT_PASSPHRASE": NEW}).code == 0
    assert cli("--keyfile", str(key), "status").code == 3
    header, _ = keys.parse(_saved_header(path))
    assert [s.type for s in header.slots] == ["passphrase", "recovery"]


def test_header_ahead_of_the_database_is_accepted(vault_dir: Path) -> None:
    """A header written just before a crash (its generation ahead of the database's) opens,
    and the database catches up."""
    with open_made(vault_dir) as opened:
        ahead = keys.Header(
            opened.header.vault_id, opened.header.slots, generation=opened.header.generation + 5
        )
        (vault_dir / "vault.header").write_bytes(keys.serialise(ahead, opened.data_key))
    with open_made(vault_dir) as opened:
        assert opened.header.generation == ahead.generation
        assert opened.meta("header_generation") == str(ahead.generation)


def test_whole_folder_rolled_back_is_not_detected_here(
    made_vault: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """The stated limit: header and database copied back together (an old copy of the whole
    folder) open with the old passphrase; only the audit anchor can tell (see audit head)."""
    path = made_vault.path
    copy = tmp_path / "copy"
    shutil.copytree(path, copy)
    assert cli("passwd", env={"NOTES_VAULT_NEW_PASSPHRASE": NEW}).code == 0
    shutil.rmtree(path)
    shutil.copytree(copy, path)
    with vault.open_vault(path, credentials.Passphrase(PASSPHRASE.encode())):
        pass
