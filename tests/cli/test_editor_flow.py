"""Writing a note in the editor: one unlock before the editor, and a text that fails to save kept
as an encrypted draft that `note recover-draft` gives back."""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest

from notes_vault.store import lock
from tests.cli.agent_fixtures import (
    agent_runtime,  # noqa: F401 - a fixture
    program_env,
)
from tests.conftest import BIN, PASSPHRASE, Cli

pytestmark = pytest.mark.usefixtures("agent_runtime")
TEXT = "Written in the editor at the session's end."


def fake_editor(tmp_path: Path, then: str = "") -> Path:
    """An editor that appends TEXT to its file, then runs `then` (a shell line, $f the file)."""
    script = tmp_path / "fake-editor"
    script.write_text(f'#!/bin/sh\nfor f; do :; done\nprintf "{TEXT}\\n" >> "$f"\n{then}\n')
    script.chmod(0o700)
    return script


def on_pty(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the real program on a pseudo-terminal, typing the passphrase at each prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a new session whose /dev/tty is the pty
        os.execve(str(BIN), [str(BIN), *args], env)  # noqa: S606 - the real program, no shell
    transcript, answered, deadline = b"", 0, time.monotonic() + 60
    while time.monotonic() < deadline:
        if select.select([fd], [], [], 0.2)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            transcript += chunk
            if transcript.count(b"Passphrase:") > answered:
                answered += 1
                os.write(fd, PASSPHRASE.encode() + b"\n")
    else:
        os.kill(pid, signal.SIGKILL)
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript.decode("utf-8", "replace")


@pytest.fixture
def client_vault(vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault with client C0001; the passphrase is then taken out of the environment."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    return vault_dir


def drafts_folder() -> Path:
    """Where this test's drafts are kept."""
    return Path(os.environ["XDG_RUNTIME_DIR"]) / "notes-vault" / "drafts"


def test_note_add_on_a_terminal_asks_once(client_vault: Path, cli: Cli, tmp_path: Path) -> None:
    """`note add` with the editor, on a real terminal, asks for the passphrase exactly once,
    before the editor opens, and saves what was written."""
    env = program_env(client_vault, EDITOR=str(fake_editor(tmp_path)))
    code, transcript = on_pty(["note", "add", "C0001"], env)
    assert code == 0, transcript
    assert transcript.count("Passphrase:") == 1
    body = cli("--json", "note", "show", "N0001", env={"NOTES_VAULT_PASSPHRASE": PASSPHRASE})
    assert body.json()["body"].endswith(TEXT + "\n")


def test_failure_after_editing_keeps_the_text(client_vault: Path, cli: Cli, tmp_path: Path) -> None:
    """When saving fails after the editor (here the header vanished meanwhile), the text is kept
    as a draft, encrypted (not in the clear in any file); once the vault is whole again,
    `note recover-draft --as-is` saves it and removes the draft."""
    header = client_vault / "vault.header"
    then = f'mv "{header}" "{header}.away"'
    env = program_env(client_vault, EDITOR=str(fake_editor(tmp_path, then)))
    code, transcript = on_pty(["note", "add", "C0001"], env)
    assert code == 6, transcript
    assert transcript.count("Passphrase:") == 1
    assert "kept, encrypted, as draft" in transcript
    kept = list(drafts_folder().iterdir())
    assert len(kept) == 1
    assert kept[0].stat().st_mode & 0o777 == 0o600
    assert TEXT.encode() not in kept[0].read_bytes()
    (client_vault / "vault.header.away").rename(header)
    secret = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    listed = cli("--json", "note", "recover-draft", "--list")
    assert [d["action"] for d in listed.json()] == ["add"]
    recovered = cli("note", "recover-draft", "--as-is", env=secret)
    assert recovered.code == 0, recovered.err
    assert cli("--json", "note", "show", "N0001", env=secret).json()["body"].endswith(TEXT + "\n")
    assert list(drafts_folder().iterdir()) == []


HOLDER = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR)
fcntl.flock(fd, fcntl.LOCK_EX)
open(sys.argv[2], "w").write(str(os.getpid()))
time.sleep(30)
"""


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input counts as a terminal (the editor opens); the vault lock waits 0.3 s."""
    monkeypatch.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)
    monkeypatch.setattr(lock.VaultLock.__init__, "__kwdefaults__", {"wait": 0.3})


def test_busy_vault_after_editing_keeps_the_text(
    client_vault: Path, cli: Cli, tmp_path: Path, terminal: None
) -> None:
    """Another process holding the vault while the note is saved (exit 1) loses nothing: the
    draft is kept, the next `note add` mentions it, and it can be recovered afterwards."""
    holder, marker = tmp_path / "holder.py", tmp_path / "holder.pid"
    holder.write_text(HOLDER)
    then = (
        f'"{sys.executable}" "{holder}" "{client_vault / "vault.lock"}" "{marker}" &\n'
        f'while [ ! -s "{marker}" ]; do sleep 0.05; done'
    )
    secret = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    editor = {"EDITOR": str(fake_editor(tmp_path, then)), **secret}
    try:
        result = cli("note", "add", "C0001", env=editor)
    finally:
        if marker.exists():
            os.kill(int(marker.read_text()), signal.SIGKILL)
    assert result.code == 1, result.err
    assert "another notes-vault command is using this vault" in result.err
    assert "kept, encrypted, as draft" in result.err
    time.sleep(0.2)
    again = cli("note", "add", "C0001", env={"EDITOR": str(fake_editor(tmp_path)), **secret})
    assert again.code == 0, again.err
    assert "recover-draft" in again.err
    recovered = cli("--json", "note", "recover-draft", "--as-is", env=secret)
    assert recovered.code == 0, recovered.err
    assert recovered.json()["id"] == "N0002"


def test_with_the_agent_no_prompt_at_all(
    client_vault: Path, cli: Cli, tmp_path: Path, terminal: None, no_tty: None
) -> None:
    """With the vault unlocked through the agent, `note add`, `note edit` and `note amend` with
    the editor need no secret at all."""
    assert cli("unlock", env={"NOTES_VAULT_PASSPHRASE": PASSPHRASE}).code == 0
    env = {"EDITOR": str(fake_editor(tmp_path))}
    assert cli("note", "add", "C0001", env=env).code == 0
    assert cli("note", "edit", "N0001", env=env).code == 0
    assert cli("note", "sign", "N0001").code == 0
    amended = cli("note", "amend", "N0001", env=env)
    assert amended.code == 0, amended.err
    assert cli("--json", "note", "show", "N0001").json()["body"].count(TEXT) == 2


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["note", "add", "N0001"], 4),
        (["note", "add", "C0001", "--kind", "chat"], 2),
        (["note", "add", "C0001", "--template", "poem"], 2),
        (["note", "add", "C0001", "--date", "31/31/2026"], 2),
        (["note", "edit", "C0001"], 4),
        (["note", "amend", "x"], 4),
    ],
)
def test_arguments_checked_before_any_secret(  # noqa: PLR0917 - parametrised fixtures
    client_vault: Path, cli: Cli, tmp_path: Path, terminal: None, args: list[str], code: int
) -> None:
    """A malformed id, choice or date is reported before a secret is asked for or an editor
    opens (no secret is available, which would otherwise be exit 3)."""
    log = tmp_path / "ran"
    result = cli(*args, env={"EDITOR": str(fake_editor(tmp_path, f'touch "{log}"'))})
    assert result.code == code, result.err
    assert not log.exists()


def test_unknown_client_after_unlocking_is_exit_4(
    client_vault: Path, cli: Cli, tmp_path: Path, terminal: None
) -> None:
    """A well-formed client id that does not exist is found after unlocking: exit 4, and the
    editor never opened."""
    log = tmp_path / "ran"
    env = {
        "EDITOR": str(fake_editor(tmp_path, f'touch "{log}"')),
        "NOTES_VAULT_PASSPHRASE": PASSPHRASE,
    }
    assert cli("note", "add", "C0042", env=env).code == 4
    assert not log.exists()


def test_discard_a_draft(client_vault: Path, cli: Cli, tmp_path: Path, terminal: None) -> None:
    """`rekey` refuses while a draft is kept; `recover-draft --discard` deletes the newest draft,
    and then none is left to recover (exit 4)."""
    header = client_vault / "vault.header"
    secret = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    then = f'mv "{header}" "{header}.away"'
    assert (
        cli("note", "add", "C0001", env={"EDITOR": str(fake_editor(tmp_path, then)), **secret}).code
        == 6
    )
    (client_vault / "vault.header.away").rename(header)
    assert cli("rekey", env=secret).code == 7  # it would leave the draft unreadable
    assert cli("note", "recover-draft", "--discard").code == 0
    assert list(drafts_folder().iterdir()) == []
    assert cli("note", "recover-draft", "--as-is", env=secret).code == 4


@pytest.mark.parametrize(("args", "shown"), [(["status"], True), (["--json", "status"], False)])
def test_unlocking_spinner_only_on_a_terminal_without_json(
    client_vault: Path, args: list[str], shown: bool
) -> None:
    """While the key is derived after the prompt, "Unlocking…" shows on the terminal; under
    --json it does not."""
    code, transcript = on_pty(args, program_env(client_vault))
    assert code == 0, transcript
    assert ("Unlocking…" in transcript) is shown


def test_draft_goes_to_the_vault_folder_without_a_memory_runtime(
    client_vault: Path, cli: Cli, tmp_path: Path, terminal: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the runtime folder is on a disk (refused for the agent), a draft is still kept,
    encrypted, in the vault folder's drafts/, and recovered from there."""
    disk = tmp_path / "disk-runtime"
    disk.mkdir(mode=0o700)
    from notes_vault.store.agent import place  # noqa: PLC0415

    if place.mount_type(disk) in place.MEMORY_FILESYSTEMS:
        pytest.skip("tmp_path is in memory here")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(disk))
    header = client_vault / "vault.header"
    secret = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    editor = {"EDITOR": str(fake_editor(tmp_path, f'mv "{header}" "{header}.away"')), **secret}
    assert cli("note", "add", "C0001", env=editor).code == 6
    (client_vault / "vault.header.away").rename(header)
    kept = list((client_vault / "drafts").iterdir())
    assert len(kept) == 1
    assert TEXT.encode() not in kept[0].read_bytes()
    assert cli("note", "recover-draft", "--as-is", env=secret).code == 0
    assert cli("--json", "note", "show", "N0001", env=secret).json()["body"].endswith(TEXT + "\n")
