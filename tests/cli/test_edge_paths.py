"""Paths at the edges: an empty or over-long vault location, something other than a regular
file where a file is to be written, a missing backup file, and temporary files left beside
exports and backups by killed commands. Each fails in one line with its documented code."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from notes_vault.errors import UsageError
from notes_vault.store import backup
from notes_vault.store import files as fsutil
from tests.conftest import BIN, PASSPHRASE, Cli, Result, open_made

LONG = "a" * 300  # longer than any file system's 255-byte limit for one name


def one_line(result: Result, code: int, *words: str) -> None:
    """`result` failed with `code` and one stderr line holding each of `words`, no traceback."""
    assert result.code == code, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("notes-vault: "), result.err
    assert "unexpected error" not in lines[0]
    for word in words:
        assert word in lines[0], result.err


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The id of another process that runs for the length of the test."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


# --- the vault location -----------------------------------------------------------------


def test_an_empty_vault_location_is_a_usage_error(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`--vault ''` and NOTES_VAULT_DIR='' are exit 2, not the current folder: `init` run
    from an empty folder makes no vault in it."""
    here = tmp_path / "cwd"
    here.mkdir()
    monkeypatch.chdir(here)
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", PASSPHRASE)
    one_line(cli("--vault", "", "init"), 2, "--vault", "empty")
    one_line(cli("--vault", "", "status"), 2, "--vault", "empty")
    one_line(cli("init", env={"NOTES_VAULT_DIR": ""}), 2, "NOTES_VAULT_DIR", "empty")
    one_line(cli("note", "list", env={"NOTES_VAULT_DIR": ""}), 2, "NOTES_VAULT_DIR", "empty")
    assert list(here.iterdir()) == []


@pytest.mark.parametrize("where", [LONG, f"{LONG}/sub", f"sub/{LONG}"])
@pytest.mark.parametrize(
    "command",
    [["status"], ["init"], ["note", "list"], ["verify"], ["backup", "b.nvb"], ["passwd"]],
)
def test_a_vault_path_too_long_is_a_usage_error(
    cli: Cli, tmp_path: Path, where: str, command: list[str]
) -> None:
    """A --vault with a name longer than the file system allows is exit 2 giving the reason
    (not "unexpected error (OSError)"), and nothing is created."""
    before = sorted(tmp_path.iterdir())
    result = cli("--vault", str(tmp_path / where), *command)
    one_line(result, 2, "File name too long")
    assert sorted(tmp_path.iterdir()) == before


def test_init_into_a_file_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    """`init` where a file (not a folder) is named is exit 2, and the file is untouched."""
    file = tmp_path / "notes.txt"
    file.write_text("mine\n")
    env = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE}  # refused before any key is derived
    one_line(cli("--vault", str(file), "init", env=env), 2, "not a folder")
    assert file.read_text() == "mine\n"


def test_init_checks_the_place_before_asking_for_a_passphrase(cli: Cli, tmp_path: Path) -> None:
    """With no passphrase source at all, `init` into a file or a non-empty folder is still
    the place's exit 2, not the missing passphrase's exit 3: the place is checked first."""
    file = tmp_path / "notes.txt"
    file.write_text("mine\n")
    one_line(cli("--vault", str(file), "init"), 2, "not a folder")
    one_line(cli("--vault", str(tmp_path), "init"), 2, "not empty")
    assert file.read_text() == "mine\n"


# --- write_private and backup.backup never replace anything but a regular file -----------


def _things(folder: Path) -> dict[str, Path]:
    """One of each thing that is not a regular file, made in `folder`."""
    (folder / "target.txt").write_text("keep me\n")
    made = {
        "a symbolic link": folder / "link",
        "a broken symbolic link": folder / "broken",
        "a folder": folder / "folder",
        "a FIFO": folder / "fifo",
    }
    made["a symbolic link"].symlink_to("target.txt")
    made["a broken symbolic link"].symlink_to("nowhere")
    made["a folder"].mkdir()
    os.mkfifo(made["a FIFO"])
    if os.getuid() == 0:  # only root may make a device node (a private /dev/null twin)
        made["a device"] = folder / "device"
        os.mknod(made["a device"], 0o600 | stat.S_IFCHR, os.makedev(1, 3))
    return made


def _unchanged(folder: Path, made: dict[str, Path], before: dict[str, int]) -> None:
    assert (folder / "target.txt").read_text() == "keep me\n"
    assert {name: path.lstat().st_mode for name, path in made.items()} == before
    assert list(made["a folder"].iterdir()) == []
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("exclusive", [False, True])
def test_write_private_replaces_only_a_regular_file(tmp_path: Path, exclusive: bool) -> None:
    """A link, a folder, a FIFO or a device in the way is a UsageError (exit 2), even when
    overwriting is allowed; nothing is replaced and no temporary file is left."""
    folder = tmp_path / "out"
    folder.mkdir()
    made = _things(folder)
    before = {name: path.lstat().st_mode for name, path in made.items()}
    for name, path in made.items():
        with pytest.raises(UsageError, match="regular file") as caught:
            fsutil.write_private(path, b"secret", exclusive=exclusive)
        assert caught.value.exit_code == 2
        assert f"is {name.replace('broken ', '')}" in str(caught.value)
    _unchanged(folder, made, before)
    fsutil.write_private(folder / "target.txt", b"new\n", exclusive=False)
    assert (folder / "target.txt").read_bytes() == b"new\n"


@pytest.mark.parametrize("name", [LONG, f"{LONG}/x", "b" * 250])
def test_write_private_reports_a_name_too_long(tmp_path: Path, name: str) -> None:
    """An over-long name (or one whose temporary name beside it would be) is a UsageError,
    not an OSError escaping from `exists()`."""
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UsageError, match="too long"):
        fsutil.write_private(folder / name, b"secret")
    assert list(folder.iterdir()) == []


def test_backup_replaces_only_a_regular_file(vault_dir: Path, tmp_path: Path) -> None:
    """backup.backup, called as a library, refuses (exit 2) a link, a folder, a FIFO or a
    device as its target even with overwrite, a name too long, and an existing file
    without overwrite."""
    folder = tmp_path / "out"
    folder.mkdir()
    made = _things(folder)
    before = {name: path.lstat().st_mode for name, path in made.items()}
    with open_made(vault_dir) as v:
        for path in [*made.values(), folder / LONG, folder / ("b" * 250)]:
            with pytest.raises(UsageError):
                backup.backup(v, path, overwrite=True)
        with pytest.raises(UsageError, match="already exists"):
            backup.backup(v, folder / "target.txt")
    _unchanged(folder, made, before)
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]


# --- a missing backup file -----------------------------------------------------------------


@pytest.mark.parametrize("command", [["verify"], ["restore"], ["restore", "--force", "--yes"]])
def test_a_missing_backup_file_is_a_usage_error(
    vault_dir: Path, cli: Cli, tmp_path: Path, command: list[str]
) -> None:
    """`verify` or `restore` of a backup file that is not there is exit 2 (the path given is
    wrong), like any other missing input file, and the vault is untouched."""
    before = sorted(p.name for p in vault_dir.iterdir())
    one_line(cli(*command, str(tmp_path / "nothere.nvb")), 2, "no backup file", "nothere.nvb")
    one_line(cli(*command, str(tmp_path / LONG)), 2, "too long")
    assert sorted(p.name for p in vault_dir.iterdir()) == before


def test_a_fifo_given_as_the_backup_file_is_a_usage_error(vault_dir: Path, tmp_path: Path) -> None:
    """`verify` of a FIFO is exit 2 at once, instead of waiting forever for a writer."""
    fifo = tmp_path / "b.nvb"
    os.mkfifo(fifo)
    env = {**os.environ, "NOTES_VAULT_DIR": str(vault_dir)}
    done = subprocess.run(
        [BIN, "verify", str(fifo)], check=False, env=env, capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"notes-vault: {fifo} is not a regular file; give the backup file"


# --- temporary files of killed exports and verifies ----------------------------------------

KILLED_EXPORT = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from notes_vault.store import files as fsutil

    def die(fd):  # killed after writing, before the rename, as an export can be
        os.kill(os.getpid(), signal.SIGKILL)

    fsutil.os.fsync = die
    fsutil.write_private(Path(sys.argv[1]), b"plaintext of an export", exclusive=True)
    """
)

EXPORTS = {
    "supervision": ["supervision", "export", "C0001", "--out"],
    "subject-access": ["export", "C0001", "--out"],
    "disclosure-report": ["disclosure", "report", "C0001", "--out"],
}


@pytest.fixture
def one_client(vault_dir: Path, cli: Cli) -> Path:
    """The vault, with client C0001 and one note."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    assert cli("note", "add", "C0001", stdin="a first note about the garden\n").code == 0
    return vault_dir


def test_a_killed_exports_temp_file_is_removed_by_the_next_export(
    one_client: Path, cli: Cli, tmp_path: Path
) -> None:
    """An export SIGKILLed before its rename leaves `.FILE.PID.tmp` with plaintext; the next
    export to that FILE removes it."""
    out = tmp_path / "out"
    out.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, str(out / "summary.md")], check=False
    )
    assert killed.returncode == -9
    left = [p.name for p in out.iterdir()]
    assert len(left) == 1
    assert left[0].startswith(".summary.md.")
    assert cli(*EXPORTS["subject-access"], str(out / "summary.md")).code == 0
    assert sorted(p.name for p in out.iterdir()) == ["summary.md"]


@pytest.mark.parametrize("export", list(EXPORTS))
def test_exports_remove_only_stale_temp_files_of_their_own_file(
    one_client: Path, cli: Cli, tmp_path: Path, live_pid: int, export: str
) -> None:
    """Before writing FILE, each export removes `.FILE.PID.tmp` whose process has ended;
    a running process's file, other files' temp files and every other name stay."""
    out = tmp_path / "out"
    out.mkdir()
    gone = dead_pid()
    stale = out / f".doc.md.{gone}.tmp"
    kept = [
        f".doc.md.{live_pid}.tmp",
        f".other.md.{gone}.tmp",
        f".doc.md.{gone}.tmp.keep",
        f"doc.md.{gone}.tmp",
        ".doc.md.12x.tmp",
        f".doc.md-{gone}-0123abcd.tmp",
        "notes.txt",
    ]
    for path in [stale, *(out / name for name in kept)]:
        path.write_text("plaintext\n")
    (out / f".doc.md.{gone + 1}.tmp").mkdir()  # not a regular file: never touched
    kept.append(f".doc.md.{gone + 1}.tmp")
    result = cli(*EXPORTS[export], str(out / "doc.md"))
    assert result.code == 0, result.err
    assert sorted(p.name for p in out.iterdir()) == sorted([*kept, "doc.md"])


def test_a_killed_verifys_copy_beside_the_backup_is_removed(
    vault_dir: Path, cli: Cli, tmp_path: Path, live_pid: int
) -> None:
    """`verify BACKUP` with no vault at hand works beside the backup; a copy a killed verify
    left there (and its -wal and .lock) goes at the next verify or restore of a backup in
    that folder, once its process has ended; a running one's copy and other files stay."""
    folder = tmp_path / "backups"
    folder.mkdir()
    assert cli("backup", str(folder / "b.nvb")).code == 0
    elsewhere = {"NOTES_VAULT_DIR": str(tmp_path / "no-vault-here")}
    for command in (["verify"], ["restore", "--dry-run"]):
        gone = dead_pid()
        stale = [f".verify-{gone}-0123abcd.tmp", f".verify-{gone}-0123abcd.tmp-wal"]
        stale.append(f".verify-{gone}-0123abcd.tmp.lock")
        kept = [f".verify-{live_pid}-89abcdef.tmp", f".verify-{gone}-NOTHEX12.tmp", "x.txt"]
        for name in stale + kept:
            (folder / name).write_bytes(b"encrypted copy")
        result = cli(*command, str(folder / "b.nvb"), env=elsewhere)
        assert result.code == 0, result.err
        assert sorted(p.name for p in folder.iterdir()) == sorted([*kept, "b.nvb"])
        for name in kept:
            (folder / name).unlink()
    assert not (tmp_path / "no-vault-here").exists()
