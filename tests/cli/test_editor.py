"""The private-editor path: temp file in memory, 0600 in a 0700 folder, always removed."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from notes_vault.cli import editor
from tests.conftest import Cli

LOCK_PROBE = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR)\n"
    "try:\n"
    "    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
    "    print('free')\n"
    "except BlockingIOError:\n"
    "    print('held')\n"
)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input counts as a terminal, so `note add` opens the editor."""
    monkeypatch.setattr("notes_vault.cli.commands.note.stdin_is_terminal", lambda: True)


@pytest.fixture
def client(vault_dir: Path, cli: Cli, terminal: None) -> Path:
    """A vault with client C0001, and a terminal."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    return vault_dir


def make_editor(tmp_path: Path, body: str, name: str = "fake-editor") -> Path:
    """An editor script: logs its file's path and modes to tmp_path/editor.log, then runs body
    with $f set to the file."""
    script = tmp_path / name
    log = tmp_path / "editor.log"
    script.write_text(
        "#!/bin/sh\n"
        "for f; do :; done\n"
        f'stat -c "%a %n" "$f" "$(dirname "$f")" > "{log}"\n'
        f'cp "$f" "{tmp_path}/seen.txt"\n'
        f"{body}\n"
    )
    script.chmod(0o700)
    return script


def logged(tmp_path: Path) -> tuple[Path, int, int]:
    """The file the editor was given, its mode, and its folder's mode."""
    file_line, dir_line = (tmp_path / "editor.log").read_text().splitlines()
    file_mode, file_name = file_line.split(" ", 1)
    dir_mode, _ = dir_line.split(" ", 1)
    return Path(file_name), int(file_mode, 8), int(dir_mode, 8)


def runtime() -> Path:
    """The test's XDG_RUNTIME_DIR."""
    return Path(os.environ["XDG_RUNTIME_DIR"])


def test_append_adds_the_note(client: Path, cli: Cli, tmp_path: Path) -> None:
    """The editor gets a 0600 file in a 0700 folder in XDG_RUNTIME_DIR, pre-filled with the
    template's headings; what it saves is the note; the file and folder are gone after."""
    script = make_editor(tmp_path, 'printf "Client slept well.\\n" >> "$f"')
    result = cli("note", "add", "C0001", "--template", "soap", env={"EDITOR": str(script)})
    assert result.code == 0, result.err
    path, file_mode, dir_mode = logged(tmp_path)
    assert path.parent.parent == runtime()
    assert (file_mode, dir_mode) == (0o600, 0o700)
    assert not path.exists()
    assert not path.parent.exists()
    assert list(runtime().iterdir()) == []
    assert (tmp_path / "seen.txt").read_text().startswith("Subjective:\n\nObjective:")
    body = cli("--json", "note", "show", "N0001").json()["body"]
    assert body.endswith("Plan:\n\nClient slept well.\n")


@pytest.mark.parametrize(
    ("body", "message"),
    [(":", "not changed"), (': > "$f"', "empty"), ('printf "  \\n" > "$f"', "empty")],
)
def test_unchanged_or_empty_adds_nothing(
    client: Path, cli: Cli, tmp_path: Path, body: str, message: str
) -> None:
    """Saving the file unchanged or empty adds nothing, says so, and removes the file."""
    script = make_editor(tmp_path, body)
    result = cli("note", "add", "C0001", "--template", "dap", env={"EDITOR": str(script)})
    assert result.code == 0
    assert message in result.err
    assert result.out == ""
    assert not logged(tmp_path)[0].exists()
    assert cli("--json", "note", "list").json() == []


@pytest.mark.parametrize(
    ("body", "code", "message"),
    [
        ('printf "lost" >> "$f"; exit 3', 1, "status 3"),
        ('printf "lost" >> "$f"; kill -9 $$', 1, "killed"),
        ('printf "lost" >> "$f"; kill -INT $$', 130, "interrupted"),
    ],
)
def test_failed_editor_adds_nothing(  # noqa: PLR0917 - parametrised fixtures
    client: Path, cli: Cli, tmp_path: Path, body: str, code: int, message: str
) -> None:
    """An editor that fails, is killed or is interrupted adds nothing; the file is removed."""
    script = make_editor(tmp_path, body)
    result = cli("note", "add", "C0001", env={"EDITOR": str(script)})
    assert (result.code, result.out) == (code, "")
    assert message in result.err
    assert not logged(tmp_path)[0].exists()
    assert list(runtime().iterdir()) == []
    assert cli("--json", "note", "list").json() == []


def test_vault_is_not_held_while_editing(client: Path, cli: Cli, tmp_path: Path) -> None:
    """While the editor runs, the vault's lock is free (another command could run)."""
    probe = tmp_path / "probe.py"
    probe.write_text(LOCK_PROBE)
    lock = client / "vault.lock"
    script = make_editor(tmp_path, f'"{sys.executable}" "{probe}" "{lock}" >> "$f"')
    assert cli("note", "add", "C0001", env={"EDITOR": str(script)}).code == 0
    assert cli("--json", "note", "show", "N0001").json()["body"] == "free\n"


def test_edit_and_amend_use_the_editor(client: Path, cli: Cli, tmp_path: Path) -> None:
    """`note edit` opens the current text; `note amend` opens an empty file; a signed note
    is refused before any editor runs."""
    assert cli("note", "add", "C0001", "--file", "-", stdin="Original.\n").code == 0
    script = make_editor(tmp_path, 'printf "More.\\n" >> "$f"')
    env = {"EDITOR": str(script)}
    assert cli("note", "edit", "N0001", env=env).code == 0
    assert (tmp_path / "seen.txt").read_text() == "Original.\n"
    assert cli("--json", "note", "show", "N0001").json()["body"] == "Original.\nMore.\n"
    assert cli("note", "sign", "N0001").code == 0
    (tmp_path / "editor.log").unlink()
    assert cli("note", "edit", "N0001", env=env).code == 7
    assert not (tmp_path / "editor.log").exists()
    amended = cli("note", "amend", "N0001", env=env)
    assert amended.code == 0, amended.err
    assert (tmp_path / "seen.txt").read_text() == ""
    assert cli("--json", "note", "show", amended.out.strip()).json()["body"] == "More.\n"


def test_unknown_client_is_checked_before_editing(client: Path, cli: Cli, tmp_path: Path) -> None:
    """An unknown client is exit 4 before the editor opens (no writing lost)."""
    script = make_editor(tmp_path, 'printf "x" >> "$f"')
    assert cli("note", "add", "C0009", env={"EDITOR": str(script)}).code == 4
    assert not (tmp_path / "editor.log").exists()


def test_visual_is_used_when_editor_is_unset(client: Path, cli: Cli, tmp_path: Path) -> None:
    """Without $EDITOR, $VISUAL is the editor; a missing editor program is exit 2."""
    script = make_editor(tmp_path, 'printf "via visual" >> "$f"')
    assert cli("note", "add", "C0001", env={"VISUAL": str(script)}).code == 0
    missing = cli("note", "add", "C0001", env={"EDITOR": str(tmp_path / "no-such-editor")})
    assert missing.code == 2
    assert list(runtime().iterdir()) == []


def test_disk_only_storage_is_refused_without_terminal(
    client: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_tty: None
) -> None:
    """Where only disk-backed storage exists and there is no terminal to ask, exit 7."""
    disk = tmp_path / "disk"
    disk.mkdir()
    monkeypatch.setattr(editor, "storage", lambda: editor.Storage(disk, in_memory=False))
    script = make_editor(tmp_path, 'printf "x" >> "$f"')
    result = cli("note", "add", "C0001", env={"EDITOR": str(script)})
    assert result.code == 7
    assert "memory" in result.err
    assert list(disk.iterdir()) == []


def test_storage_prefers_runtime_dir_then_dev_shm(monkeypatch: pytest.MonkeyPatch) -> None:
    """XDG_RUNTIME_DIR is used when set; otherwise /dev/shm when it is a tmpfs."""
    assert editor.storage() == editor.Storage(runtime(), in_memory=True)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    chosen = editor.storage()
    shm = Path("/dev/shm")  # noqa: S108 - the path under test
    if shm.is_dir() and editor._mount_type(shm) == "tmpfs":
        assert chosen == editor.Storage(shm, in_memory=True)


def test_private_flags_for_known_editors() -> None:
    """vim gets no-swap/no-backup/no-viminfo flags, nano ignores rc files, others nothing."""
    assert editor.private_flags(["vim"])[:3] == ["-n", "-i", "NONE"]
    assert "noswapfile" in editor.private_flags(["/usr/bin/nvim"])[-1]
    assert editor.private_flags(["nano"]) == ["--ignorercfiles"]
    assert editor.private_flags(["emacs", "-nw"])[0] == "--eval"
    assert editor.private_flags(["/opt/some-editor"]) == []


def test_shred_tree_removes_everything(tmp_path: Path) -> None:
    """shred_tree zeroes and removes a folder with nested files (e.g. an editor's swap)."""
    folder = tmp_path / "f"
    (folder / "sub").mkdir(parents=True)
    (folder / "note.txt").write_text("secret")
    (folder / "sub" / ".note.swp").write_text("secret")
    editor.shred_tree(folder)
    assert not folder.exists()


def test_file_mode_is_0600_even_with_a_loose_umask(client: Path, cli: Cli, tmp_path: Path) -> None:
    """A permissive umask does not widen the temp file's mode."""
    old = os.umask(0)
    try:
        script = make_editor(tmp_path, 'printf "x" >> "$f"')
        assert cli("note", "add", "C0001", env={"EDITOR": str(script)}).code == 0
    finally:
        os.umask(old)
    _, file_mode, dir_mode = logged(tmp_path)
    assert stat.S_IMODE(file_mode) == 0o600
    assert dir_mode == 0o700
