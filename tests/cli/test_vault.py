"""The vault commands via the real entry point: init, status, passwd, recover, rekey, keyfile."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from notes_vault.store import credentials
from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, MadeVault, open_made
from tests.store.test_vault import _check_seeded, _seed

NEW = "a brand new passphrase"


def _slots(path: Path) -> dict[str, str]:
    """Each slot of the header file as canonical JSON text, by slot id."""
    body = json.loads((path / "vault.header").read_text())
    return {s["id"]: json.dumps(s, sort_keys=True) for s in body["slots"]}


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.iterdir() if p.is_file()}


def _keyfile(cli: Cli, target: Path) -> str:
    result = cli("--json", "keyfile", "add", str(target))
    assert result.code == 0, result.err
    return str(result.json()["id"])


# --- init and status -----------------------------------------------------------------


def test_init_json_prints_a_working_recovery_key(tmp_path: Path, cli: Cli) -> None:
    """`init --json` prints one object with id, vault and a recovery key that parses."""
    env = {"NOTES_VAULT_DIR": str(tmp_path / "v"), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    result = cli("init", "--json", *CHEAP_KDF, env=env)
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == {"id", "vault", "recovery_key"}
    assert data["vault"] == str(tmp_path / "v")
    assert credentials.parse_recovery_key(data["recovery_key"])
    assert data["recovery_key"] not in result.err
    assert "below RFC 9106" in result.err  # cheap parameters are warned about


def test_init_human_output_shows_recovery_key_once(tmp_path: Path, cli: Cli) -> None:
    """Without --json the recovery key is shown on stdout with what it is for."""
    env = {"NOTES_VAULT_DIR": str(tmp_path / "v"), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    result = cli("init", *CHEAP_KDF, env=env)
    assert result.code == 0, result.err
    shown = [w for w in result.out.split() if w.count("-") == 7]
    assert len(shown) == 1
    assert credentials.parse_recovery_key(shown[0])
    assert "notes-vault recover" in result.out


def test_init_over_a_vault_is_exit_5_and_changes_nothing(vault_dir: Path, cli: Cli) -> None:
    """A second `init` at the same place refuses with exit 5 and leaves the files alone."""
    before = _files(vault_dir)
    result = cli("init", *CHEAP_KDF)
    assert result.code == 5
    assert "already exists" in result.err
    assert _files(vault_dir) == before


def test_init_without_passphrase_or_terminal_is_exit_3(
    tmp_path: Path, cli: Cli, no_tty: None
) -> None:
    """`init` with no passphrase source and no terminal fails clearly and creates nothing."""
    result = cli("--vault", str(tmp_path / "v"), "init", *CHEAP_KDF)
    assert result.code == 3
    assert "no terminal" in result.err
    assert not (tmp_path / "v").exists()


def test_init_rejects_impossible_kdf_parameters(tmp_path: Path, cli: Cli) -> None:
    """KDF parameters Argon2 cannot run with are a usage error (exit 2)."""
    env = {"NOTES_VAULT_DIR": str(tmp_path / "v"), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    for bad in (["--kdf-memory", "9000"], ["--kdf-parallelism", "65"], ["--kdf-memory", "0"]):
        assert cli("init", *bad, env=env).code == 2, bad
    assert not (tmp_path / "v").exists()


def test_status_json(vault_dir: Path, cli: Cli) -> None:
    """`status --json` names the slots (no salts) and counts records."""
    result = cli("--json", "status")
    assert result.code == 0, result.err
    data = result.json()
    assert data["path"] == str(vault_dir)
    assert [s["id"] for s in data["slots"]] == ["passphrase", "recovery"]
    assert "salt" not in json.dumps(data["slots"])
    assert data["slots"][0]["kdf"]["memory_kib"] == 8 * 1024
    assert data["counts"]["audit"] >= 1
    assert {"vault.db", "vault.header"} <= set(data["files"])


# --- wrong secrets and damage --------------------------------------------------------


def test_wrong_passphrase_is_exit_3_and_changes_nothing(vault_dir: Path, cli: Cli) -> None:
    """A wrong passphrase exits 3 and leaves header and database byte for byte as they were."""
    before = _files(vault_dir)
    result = cli("status", env={"NOTES_VAULT_PASSPHRASE": "not the passphrase"})
    assert (result.code, result.err) == (3, "notes-vault: wrong passphrase\n")
    assert _files(vault_dir) == before


@pytest.mark.parametrize("offset", [40, 2000, 4095])
def test_flipped_byte_in_first_database_page(vault_dir: Path, cli: Cli, offset: int) -> None:
    """A changed byte in the database's first page is exit 6, one line, no traceback."""
    raw = bytearray((vault_dir / "vault.db").read_bytes())
    raw[offset] ^= 0xFF
    (vault_dir / "vault.db").write_bytes(bytes(raw))
    result = cli("status")
    assert result.code == 6
    assert result.err.count("\n") == 1
    assert "damaged" in result.err
    assert "Traceback" not in result.err


def test_flipped_byte_in_audit_pages(vault_dir: Path, cli: Cli) -> None:
    """A changed byte in the audit table's pages is exit 6 from `audit verify`."""
    with open_made(vault_dir) as opened:
        root = int(opened.db.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'audit'"))
    raw = bytearray((vault_dir / "vault.db").read_bytes())
    raw[(root - 1) * 4096 + 1000] ^= 0x01
    (vault_dir / "vault.db").write_bytes(bytes(raw))
    result = cli("audit", "verify")
    assert result.code == 6
    assert result.err.count("\n") == 1


def test_flipped_byte_in_header(vault_dir: Path, cli: Cli) -> None:
    """A changed byte in the header is exit 6 with a one-line message."""
    raw = bytearray((vault_dir / "vault.header").read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (vault_dir / "vault.header").write_bytes(bytes(raw))
    result = cli("status")
    assert result.code == 6
    assert result.err.startswith("notes-vault: the vault header is damaged")
    assert result.err.count("\n") == 1


def test_header_swapped_from_another_vault(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """The header of another vault (same passphrase) beside this database is exit 6."""
    other = tmp_path / "other"
    env = {"NOTES_VAULT_DIR": str(other)}
    assert cli("init", *CHEAP_KDF, env=env).code == 0
    (vault_dir / "vault.header").write_bytes((other / "vault.header").read_bytes())
    result = cli("status")
    assert result.code == 6
    assert "does not match its header" in result.err


def test_no_secret_in_stderr_of_failing_commands(made_vault: MadeVault, cli: Cli) -> None:
    """No passphrase, recovery key or data key appears in stderr, even with --debug."""
    path = made_vault.path
    with open_made(path) as opened:
        data_key = opened.data_key.hex()
    secrets = [PASSPHRASE, made_vault.recovery_key, data_key, data_key.upper(), "wrong-pass-42"]
    errs = [
        cli("status", env={"NOTES_VAULT_PASSPHRASE": "wrong-pass-42"}).err,
        cli("--debug", "status", env={"NOTES_VAULT_PASSPHRASE": "wrong-pass-42"}).err,
        cli("recover", env={"NOTES_VAULT_RECOVERY_KEY": made_vault.recovery_key[:-1] + "Z"}).err,
    ]
    raw = bytearray((path / "vault.db").read_bytes())
    raw[3000] ^= 0xFF
    (path / "vault.db").write_bytes(bytes(raw))
    errs += [cli("status").err, cli("--debug", "status").err]
    assert all(errs)
    for err in errs:
        for secret in secrets:
            assert secret not in err


# --- passwd and recover --------------------------------------------------------------


def test_passwd_rewrites_the_passphrase_slot_only(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """After passwd the old passphrase is refused, the new works, other slots are unchanged."""
    _keyfile(cli, tmp_path / "cron.key")
    before = _slots(vault_dir)
    result = cli("passwd", env={"NOTES_VAULT_NEW_PASSPHRASE": NEW})
    assert result.code == 0, result.err
    after = _slots(vault_dir)
    assert list(after) == list(before)
    assert after["passphrase"] != before["passphrase"]
    assert {k: v for k, v in after.items() if k != "passphrase"} == {
        k: v for k, v in before.items() if k != "passphrase"
    }
    assert cli("status").code == 3
    assert cli("status", env={"NOTES_VAULT_PASSPHRASE": NEW}).code == 0
    assert cli("--keyfile", str(tmp_path / "cron.key"), "status").code == 0


def test_passwd_without_terminal_needs_the_variable(
    vault_dir: Path, cli: Cli, no_tty: None
) -> None:
    """Without a terminal or NOTES_VAULT_NEW_PASSPHRASE, passwd exits 3 and changes nothing."""
    before = (vault_dir / "vault.header").read_bytes()
    result = cli("passwd")
    assert result.code == 3
    assert "NOTES_VAULT_NEW_PASSPHRASE" in result.err
    assert (vault_dir / "vault.header").read_bytes() == before


def test_passwd_keeps_kdf_parameters(vault_dir: Path, cli: Cli) -> None:
    """The new passphrase slot keeps the vault's Argon2 parameters but gets a fresh salt."""
    before = json.loads(_slots(vault_dir)["passphrase"])["kdf"]
    assert cli("passwd", env={"NOTES_VAULT_NEW_PASSPHRASE": NEW}).code == 0
    after = json.loads(_slots(vault_dir)["passphrase"])["kdf"]
    assert after["salt"] != before["salt"]
    assert {k: v for k, v in after.items() if k != "salt"} == {
        k: v for k, v in before.items() if k != "salt"
    }


def test_recover_after_a_forgotten_passphrase(made_vault: MadeVault, cli: Cli) -> None:
    """The recovery key (typed sloppily) sets a new passphrase; the old one is then refused."""
    sloppy = made_vault.recovery_key.lower().replace("-", " ")
    env = {
        "NOTES_VAULT_PASSPHRASE": "",
        "NOTES_VAULT_RECOVERY_KEY": sloppy,
        "NOTES_VAULT_NEW_PASSPHRASE": NEW,
    }
    result = cli("recover", env=env)
    assert result.code == 0, result.err
    assert cli("status").code == 3
    assert cli("status", env={"NOTES_VAULT_PASSPHRASE": NEW}).code == 0
    # The recovery slot is untouched: the same key works again.
    env["NOTES_VAULT_NEW_PASSPHRASE"] = PASSPHRASE
    assert cli("recover", env=env).code == 0
    assert cli("status").code == 0


def test_recover_with_a_typo_is_exit_3(made_vault: MadeVault, cli: Cli) -> None:
    """A mistyped recovery key is caught by its checksum: exit 3, nothing changed."""
    key = made_vault.recovery_key
    typo = ("Z" if key[0] != "Z" else "Y") + key[1:]
    before = _files(made_vault.path)
    result = cli(
        "recover", env={"NOTES_VAULT_RECOVERY_KEY": typo, "NOTES_VAULT_NEW_PASSPHRASE": NEW}
    )
    assert result.code == 3
    assert "typing mistake" in result.err
    assert _files(made_vault.path) == before


# --- rekey ----------------------------------------------------------------------------


def test_rekey_through_the_cli(made_vault: MadeVault, cli: Cli, tmp_path: Path) -> None:
    """rekey keeps rows readable, issues a new recovery key, refuses the old, drops key files."""
    path = made_vault.path
    with open_made(path) as opened:
        _seed(opened)
        old_key = opened.data_key
    slot = _keyfile(cli, tmp_path / "cron.key")
    result = cli("--json", "rekey")
    assert result.code == 0, result.err
    data = result.json()
    assert data["id"] == "data-key"
    assert data["dropped_keyfiles"] == [slot]
    new_recovery = data["recovery_key"]
    assert new_recovery != made_vault.recovery_key
    with open_made(path) as opened:
        assert opened.data_key != old_key
        _check_seeded(opened)
    env = {"NOTES_VAULT_NEW_PASSPHRASE": NEW}
    old = cli("recover", env={**env, "NOTES_VAULT_RECOVERY_KEY": made_vault.recovery_key})
    assert (old.code, old.err) == (3, "notes-vault: wrong recovery key\n")
    assert cli("--keyfile", str(tmp_path / "cron.key"), "status").code == 3
    assert cli("recover", env={**env, "NOTES_VAULT_RECOVERY_KEY": new_recovery}).code == 0
    assert cli("audit", "verify", env={"NOTES_VAULT_PASSPHRASE": NEW}).code == 0


def test_rekey_needs_the_passphrase_not_a_key_file(
    vault_dir: Path, cli: Cli, tmp_path: Path, no_tty: None
) -> None:
    """rekey with only a key file (no passphrase, no terminal) exits 3 and changes nothing."""
    _keyfile(cli, tmp_path / "cron.key")
    before = _files(vault_dir)
    result = cli(
        "--keyfile", str(tmp_path / "cron.key"), "rekey", env={"NOTES_VAULT_PASSPHRASE": ""}
    )
    assert result.code == 3
    assert _files(vault_dir) == before


# --- key files ------------------------------------------------------------------------


def test_keyfile_add_writes_a_private_file_that_unlocks(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """`keyfile add` writes a fresh 0600 file that opens the vault without a passphrase."""
    target = tmp_path / "cron.key"
    slot = _keyfile(cli, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert slot.startswith("keyfile-")
    no_pass = {"NOTES_VAULT_PASSPHRASE": ""}
    assert cli("--keyfile", str(target), "status", env=no_pass).code == 0
    assert cli("status", env={**no_pass, "NOTES_VAULT_KEYFILE": str(target)}).code == 0
    second = _keyfile(cli, tmp_path / "second.key")
    assert second != slot
    assert [s for s in _slots(vault_dir) if s.startswith("keyfile-")] == [slot, second]


def test_keyfile_readable_by_others_is_refused(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """A key file with group or other permission bits is refused with exit 3 and a fix."""
    target = tmp_path / "cron.key"
    _keyfile(cli, target)
    for mode in (0o640, 0o604, 0o660):
        target.chmod(mode)
        result = cli("--keyfile", str(target), "status")
        assert result.code == 3, oct(mode)
        assert f"chmod 600 {target}" in result.err


def test_keyfile_add_onto_an_existing_file_is_refused(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """`keyfile add` never overwrites a file: exit 2, the file and header unchanged."""
    target = tmp_path / "precious.txt"
    target.write_text("do not touch")
    header = (vault_dir / "vault.header").read_bytes()
    result = cli("keyfile", "add", str(target))
    assert result.code == 2
    assert target.read_text() == "do not touch"
    assert (vault_dir / "vault.header").read_bytes() == header


def test_keyfile_remove_by_path_and_by_slot(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """`keyfile remove PATH` deletes file and slot; by slot id the slot goes too."""
    first, second = tmp_path / "one.key", tmp_path / "two.key"
    _keyfile(cli, first)
    kept = second.with_name("kept.key")
    slot = _keyfile(cli, second)
    second.rename(kept)
    assert cli("keyfile", "remove", str(first)).code == 0
    assert not first.exists()
    assert cli("keyfile", "remove", slot).code == 0
    assert not any(s.startswith("keyfile-") for s in _slots(vault_dir))
    result = cli("--keyfile", str(kept), "status")
    assert (result.code, result.err) == (
        3,
        "notes-vault: that key file is not registered with this vault\n",
    )
