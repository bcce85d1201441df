"""Backups: round trip with every kind of secret, refusal over a vault, damage detection."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from notes_vault.store import credentials
from notes_vault.store.vault import open_vault
from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, MadeVault
from tests.retention.test_expire import add_client, make_keyfile, open_v


def test_round_trip_opens_with_every_secret(
    made_vault: MadeVault, cli: Cli, tmp_path: Path
) -> None:
    """A restored backup opens with its passphrase, recovery key and key file."""
    vault_dir = made_vault.path
    key = make_keyfile(vault_dir)
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2019, 1, 1))
    target = tmp_path / "b.nvb"
    made = cli("--json", "backup", str(target))
    assert made.code == 0, made.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert b"Ann Example" not in target.read_bytes()
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    elsewhere = tmp_path / "restored"
    done = cli("--vault", str(elsewhere), "restore", str(target))
    assert done.code == 0, done.err
    with open_vault(elsewhere, credentials.Passphrase(PASSPHRASE.encode())) as v:
        assert v.db.scalar("SELECT name FROM clients") == "Ann Example"
    with open_vault(elsewhere, credentials.parse_recovery_key(made_vault.recovery_key)):
        pass
    assert (
        cli("--vault", str(elsewhere), "--keyfile", str(key), "client", "list", "--all").code == 0
    )


def test_restore_refused_over_a_vault(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """Restore over a vault needs --force (else exit 7), and --yes without a terminal."""
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    with open_v(vault_dir) as v:
        add_client(v, "Added Later")
    assert cli("restore", str(target)).code == 7
    assert cli("restore", str(target), "--force").code == 7  # no terminal, no --yes
    assert cli("restore", str(target), "--force", "--yes").code == 0
    with open_v(vault_dir) as v:
        assert int(v.db.scalar("SELECT count(*) FROM clients")) == 0


def test_verify_finds_a_flipped_byte(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """verify passes a sound backup and fails (exit 6) one with a single byte changed."""
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    good = cli("verify", str(target))
    assert good.code == 0, good.err
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    target.write_bytes(bytes(raw))
    bad = cli("--json", "verify", str(target))
    assert bad.code == 6
    assert bad.json()["ok"] is False
    assert cli("restore", str(target), "--force", "--yes").code == 6


def test_verify_vault_and_wrong_secret(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """verify checks the vault itself; a backup needs a secret that opens it (exit 3)."""
    assert cli("verify").code == 0
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    assert cli("verify", str(target), env={"NOTES_VAULT_PASSPHRASE": "wrong one"}).code == 3
    assert cli("backup", str(target)).code == 2  # exists: needs --force


def test_backup_of_another_init(cli: Cli, tmp_path: Path, monkeypatch: object) -> None:
    """A file that is not a backup is reported as damaged (exit 6)."""
    bogus = tmp_path / "bogus"
    bogus.write_bytes(b"x" * 100)
    env = {"NOTES_VAULT_DIR": str(tmp_path / "v"), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    assert cli("init", *CHEAP_KDF, env=env).code == 0
    assert cli("verify", str(bogus), env=env).code == 6


def test_restore_force_keeps_the_replaced_vault(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """`restore --force` first keeps the vault it replaces, encrypted, in a dated backup file
    beside the vault folder, says where, and restoring that file brings it back."""
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    with open_v(vault_dir) as v:
        add_client(v, "Added Later")
    done = cli("--json", "restore", str(target), "--force", "--yes")
    assert done.code == 0, done.err
    kept = Path(done.json()["kept"])
    assert kept.parent == vault_dir.parent
    assert kept.name.startswith(f"{vault_dir.name}-replaced-")
    assert kept.suffix == ".backup"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert b"Added Later" not in kept.read_bytes()
    text = cli("restore", str(target), "--force", "--yes")
    assert "kept, encrypted as it was, at" in text.err
    back = cli("--json", "restore", str(kept), "--force", "--yes")
    assert back.code == 0, back.err
    with open_v(vault_dir) as v:
        assert v.db.scalar("SELECT name FROM clients") == "Added Later"


def test_restore_json_carries_the_warnings(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """A backup holding a client destroyed since it was made: `restore --json` has the same
    warning the terminal shows, in a `warnings` array (empty when there is nothing to say)."""
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2010, 1, 1))
    target = tmp_path / "b.nvb"
    assert cli("backup", str(target)).code == 0
    assert cli("expire", "--yes").code == 0
    done = cli("--json", "restore", str(target), "--force", "--yes")
    assert done.code == 0, done.err
    (warning,) = done.json()["warnings"]
    assert "1 client is past the end of retention" in warning
    shown = cli("restore", str(target), "--force", "--yes")
    assert f"Warning: {warning}" in shown.err.replace("\n", " ").replace("  ", " ")
    assert cli("expire", "--yes").code == 0
    empty = tmp_path / "empty.nvb"
    assert cli("backup", str(empty)).code == 0
    assert cli("--json", "restore", str(empty), "--force", "--yes").json()["warnings"] == []
