"""Process hygiene (issue 16, findings 9 to 12): core dumps off for every command, no secret
in a child's environment, a bounded passcommand, non-UTF-8 passphrases, --debug without
secrets, and a checked $XDG_RUNTIME_DIR."""

from __future__ import annotations

import os
import shlex
import time
from pathlib import Path
from typing import Any

import pytest
import typer

from notes_vault.cli import editor, unlock
from notes_vault.errors import BadKey
from tests.conftest import CHEAP_KDF, PASSPHRASE, Cli, command_tree

SECRETS = {
    "NOTES_VAULT_PASSPHRASE": PASSPHRASE,
    "NOTES_VAULT_NEW_PASSPHRASE": "a new secret phrase",
    "NOTES_VAULT_RECOVERY_KEY": "AAAA-BBBB",
}


def _leaves(command: Any, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = getattr(command, "commands", None)
    if subs:
        return [leaf for name, sub in sorted(subs.items()) for leaf in _leaves(sub, (*path, name))]
    return [path]


def test_every_command_disables_core_dumps_at_start_up(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every command in the tree (verify BACKUP and restore --dry-run included) disables
    core dumps before it runs, whatever it goes on to do."""
    calls: list[int] = []
    monkeypatch.setattr("notes_vault.store.hardening.disable_core_dumps", lambda: calls.append(1))
    leaves = _leaves(command_tree())
    assert {("verify",), ("restore",), ("audit", "verify")} <= set(leaves)
    for leaf in leaves:
        calls.clear()
        cli(*leaf, env={"NOTES_VAULT_DIR": "/nonexistent/nv"})
        assert calls == [1], leaf


def _env_dump(tmp_path: Path, name: str) -> tuple[str, Path]:
    """A shell snippet that writes its environment's NOTES_VAULT_ names to a file."""
    out = tmp_path / f"{name}.env"
    return f"env | grep -o '^NOTES_VAULT_[A-Z_]*' > {shlex.quote(str(out))}", out


def test_passcommand_gets_no_secret_variables(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """NOTES_VAULT_PASSCOMMAND runs without the passphrase (or other secret variables) in its
    environment, and still unlocks."""
    dump, out = _env_dump(tmp_path, "passcommand")
    command = f"sh -c {shlex.quote(f'{dump}; echo {shlex.quote(PASSPHRASE)}')}"
    result = cli("status", env={**SECRETS, "NOTES_VAULT_PASSCOMMAND": command})
    assert result.code == 0, result.err
    assert out.exists()
    assert set(out.read_text().split()).isdisjoint({*SECRETS, "NOTES_VAULT_PASSCOMMAND"})


def test_editor_gets_no_secret_variables(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The editor runs without NOTES_VAULT_PASSPHRASE and the other secret variables."""
    monkeypatch.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)
    assert cli("client", "add", "--name", "Ann Example").code == 0
    dump, out = _env_dump(tmp_path, "editor")
    script = tmp_path / "editor.sh"
    script.write_text(f'#!/bin/sh\n{dump}\nfor f; do :; done\necho "a note" > "$f"\n')
    script.chmod(0o700)
    result = cli("note", "add", "C0001", env={**SECRETS, "EDITOR": str(script)})
    assert result.code == 0, result.err
    assert set(out.read_text().split()).isdisjoint(SECRETS)


def test_hanging_passcommand_is_killed_with_its_children(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passcommand still running after NOTES_VAULT_PASSCOMMAND_TIMEOUT is exit 3, and the
    processes it started are killed too."""
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    pid_file = tmp_path / "child.pid"
    script = f"sleep 300 & echo $! > {shlex.quote(str(pid_file))}; wait"
    env = {"NOTES_VAULT_PASSCOMMAND": f"sh -c {shlex.quote(script)}"}
    started = time.monotonic()
    result = cli("status", env={**env, "NOTES_VAULT_PASSCOMMAND_TIMEOUT": "1"})
    assert result.code == 3
    assert "did not finish within 1 s" in result.err
    assert time.monotonic() - started < 15
    child = Path(f"/proc/{pid_file.read_text().strip()}/stat")
    deadline = time.monotonic() + 5
    while child.exists() and child.read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline, "the passcommand's child was left running"
        time.sleep(0.05)


def test_passcommand_timeout_default_and_bad_value(monkeypatch: pytest.MonkeyPatch) -> None:
    """The timeout is 60 s unless NOTES_VAULT_PASSCOMMAND_TIMEOUT says otherwise; nonsense
    there is a usage error."""
    assert unlock.passcommand_timeout() == 60
    monkeypatch.setenv("NOTES_VAULT_PASSCOMMAND_TIMEOUT", "2.5")
    assert unlock.passcommand_timeout() == 2.5
    for bad in ("0", "-1", "soon", "99999"):
        monkeypatch.setenv("NOTES_VAULT_PASSCOMMAND_TIMEOUT", bad)
        with pytest.raises(Exception, match="NOTES_VAULT_PASSCOMMAND_TIMEOUT"):
            unlock.passcommand_timeout()


def test_non_utf8_passphrase_is_taken_as_bytes(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A passphrase variable that is not valid UTF-8 makes and opens a vault (the same bytes
    in a passphrase file open it too), rather than failing with exit 1."""
    raw = b"caf\xe9 horse battery"
    monkeypatch.setenv("NOTES_VAULT_DIR", str(tmp_path / "v"))
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", os.fsdecode(raw))
    made = cli("init", *CHEAP_KDF)
    assert made.code == 0, made.err
    assert cli("status").code == 0
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    as_file = tmp_path / "pass"
    as_file.write_bytes(raw + b"\n")
    as_file.chmod(0o600)
    assert cli("status", env={"NOTES_VAULT_PASSPHRASE_FILE": str(as_file)}).code == 0


def test_non_utf8_typed_passphrase_is_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bytes typed at the prompt that are not UTF-8 are BadKey (exit 3) with a message that
    quotes none of them."""
    monkeypatch.setattr(unlock, "has_terminal", lambda: True)

    def typed(_prompt: str) -> str:
        return b"secr\xffet".decode()

    monkeypatch.setattr(unlock.getpass, "getpass", typed)
    with pytest.raises(BadKey) as info:
        unlock.prompt_secret("Passphrase")
    assert "UTF-8" in str(info.value)
    assert "secr" not in str(info.value)
    assert "0xff" not in str(info.value)


@pytest.fixture
def crashing_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tiny app whose command fails with secrets in a local and in the error message."""
    app = typer.Typer()

    @app.callback()
    def main(debug: bool = False) -> None:
        """Accept the global --debug like the real app does."""

    @app.command("crash")
    def crash() -> None:
        """Fail the way a bad passphrase once did."""
        passphrase = "hunter2-in-a-local"
        try:
            (passphrase.encode() + b"\xff").decode()
        except UnicodeDecodeError as exc:
            raise RuntimeError(f"while using {passphrase}") from exc

    @app.command("other")
    def other() -> None:
        """Unused: makes `crash` a subcommand."""

    monkeypatch.setattr("notes_vault.cli.app.app", app)


def test_debug_traceback_shows_frames_but_no_secret(crashing_app: None, cli: Cli) -> None:
    """--debug shows where it failed (frames, exception types), never a local's value or a
    non-notes-vault exception's message."""
    result = cli("crash", "--debug")
    assert result.code == 1
    for shown in ("Traceback", "in crash", "UnicodeDecodeError", "RuntimeError"):
        assert shown in result.err
    assert "hunter2" not in result.err
    assert "0xff" not in result.err


def _private(path: Path, mode: int = 0o700) -> Path:
    path.mkdir(mode=mode)
    path.chmod(mode)
    return path


def test_runtime_dir_must_be_private_and_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$XDG_RUNTIME_DIR is used only when it is ours, 0700 and memory-backed; otherwise the
    editor's file goes to /dev/shm (or, with no memory-backed place, the user is asked)."""
    good = Path(os.environ["XDG_RUNTIME_DIR"])
    if not editor.private_memory_folder(good):
        pytest.skip("no memory-backed folder for the test's runtime directory")
    assert editor.storage() == editor.Storage(good, in_memory=True)
    on_disk = _private(tmp_path / "disk-runtime")
    open_to_all = _private(good / "open", 0o755)
    for claimed in (on_disk, open_to_all, tmp_path / "missing"):
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(claimed))
        chosen = editor.storage()
        assert chosen.path != claimed, claimed
    monkeypatch.setattr(editor, "_mount_type", lambda _path: "ext4")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(good))
    assert editor.storage().in_memory is False
