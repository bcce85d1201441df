"""A recovery key that an interrupted `init` or `rekey` never showed is flagged, never lost
silently: the header carries a mark from the moment the key takes effect until it has been
printed, and `status` lists it with the remedy."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from notes_vault.errors import Damaged
from notes_vault.store import credentials, keys, rekey, vault
from tests.conftest import PASSPHRASE, Cli, MadeVault, open_made


def header_of(path: Path) -> keys.Header:
    """The vault's header as it is on disk."""
    return keys.parse((path / "vault.header").read_bytes())[0]


def flagged(cli: Cli, env: dict[str, str] | None = None) -> dict[str, str]:
    """What `status --json` says about the recovery key ({} when all is well)."""
    result = cli("--json", "status", env=env)
    assert result.code == 0, result.err
    return dict(result.json()["attention"]["recovery_key"])


def test_init_and_rekey_clear_the_mark_once_the_key_is_printed(
    made_vault: MadeVault, cli: Cli
) -> None:
    """After a completed `init` or `rekey` no mark is left and `status` raises nothing."""
    assert header_of(made_vault.path).recovery_key_shown
    assert flagged(cli) == {}
    done = cli("--json", "rekey")
    assert done.code == 0, done.err
    assert header_of(made_vault.path).recovery_key_shown
    assert flagged(cli) == {}


def test_a_rekey_that_never_printed_its_key_is_flagged_until_a_new_key_is_shown(
    made_vault: MadeVault, cli: Cli
) -> None:
    """A rekey stopped after it took effect and before printing (here: the domain function
    alone, which prints nothing) leaves the mark; `status` shows it with `notes-vault rekey`
    as the remedy, also through `passwd`; a completed `rekey` clears it."""
    with open_made(made_vault.path) as v:
        rekey.rekey(v, credentials.Passphrase(PASSPHRASE.encode()))
    assert not header_of(made_vault.path).recovery_key_shown
    flag = flagged(cli)
    assert "never have been shown" in flag["problem"]
    assert "notes-vault rekey" in flag["remedy"]
    human = cli("status")
    assert "ATTENTION" in human.out
    assert "notes-vault rekey" in human.out
    changed = cli("passwd", env={"NOTES_VAULT_NEW_PASSPHRASE": "a new passphrase"})
    assert changed.code == 0, changed.err
    assert flagged(cli, env={"NOTES_VAULT_PASSPHRASE": "a new passphrase"})  # kept
    again = cli("--json", "rekey", env={"NOTES_VAULT_PASSPHRASE": "a new passphrase"})
    assert again.code == 0, again.err
    assert header_of(made_vault.path).recovery_key_shown
    printed = credentials.parse_recovery_key(again.json()["recovery_key"])
    vault.open_vault(made_vault.path, printed).close()


def test_a_kill_between_printing_and_clearing_is_a_harmless_false_alarm(
    made_vault: MadeVault, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the mark outlives the printed key, the printed key works, `status` asks for a new
    one, and typing the printed key back (`recover`) clears the mark."""
    with monkeypatch.context() as mp:
        mp.setattr(vault.Vault, "confirm_recovery_key_shown", lambda _self: None)
        done = cli("--json", "rekey")
    assert done.code == 0, done.err
    printed = done.json()["recovery_key"]
    vault.open_vault(made_vault.path, credentials.parse_recovery_key(printed)).close()
    assert flagged(cli)
    recovered = cli(
        "recover",
        env={"NOTES_VAULT_RECOVERY_KEY": printed, "NOTES_VAULT_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert recovered.code == 0, recovered.err
    assert flagged(cli) == {}


def test_the_mark_cannot_be_removed_without_the_data_key(made_vault: MadeVault) -> None:
    """The mark is inside the header's MAC: deleting it (checksum recomputed) is damage."""
    with open_made(made_vault.path) as v:
        rekey.rekey(v, credentials.Passphrase(PASSPHRASE.encode()))
    body = json.loads((made_vault.path / "vault.header").read_text())
    assert body.pop("recovery_key_shown") is False
    body.pop("checksum")
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    (made_vault.path / "vault.header").write_text(json.dumps(body))
    with pytest.raises(Damaged):
        open_made(made_vault.path)


def test_a_header_without_the_mark_reads_as_shown() -> None:
    """Headers written before the mark existed (no field) parse as "shown"; any value but
    false is damage."""
    key = keys.new_data_key()
    plain = keys.serialise(keys.Header("ab" * 16), key)
    assert b"recovery_key_shown" not in plain
    assert keys.parse(plain)[0].recovery_key_shown
    marked = keys.serialise(keys.Header("ab" * 16, recovery_key_shown=False), key)
    assert keys.parse(marked)[0].recovery_key_shown is False
    body = json.loads(marked)
    body["recovery_key_shown"] = True
    body.pop("checksum")
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    with pytest.raises(Damaged):
        keys.parse(json.dumps(body).encode())
