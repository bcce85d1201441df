"""Shared fixtures: a cheap-KDF vault on tmp_path and a runner for the real entry point.

Cheap Argon2 parameters (8 MiB, t=1, p=1) are set only here; the one test with
the real defaults is marked slow.
"""

from __future__ import annotations

import io
import json
import os
import pty
import select
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer

from notes_vault.cli.main import run

PASSPHRASE = "correct horse battery"
CHEAP_KDF = ["--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"]
ENV_NAMES = (
    "NOTES_VAULT_DIR",
    "NOTES_VAULT_KEYFILE",
    "NOTES_VAULT_PASSCOMMAND",
    "NOTES_VAULT_PASSPHRASE_FILE",
    "NOTES_VAULT_PASSPHRASE",
    "NOTES_VAULT_NEW_PASSPHRASE",
    "NOTES_VAULT_RECOVERY_KEY",
    "EDITOR",
    "VISUAL",
    "PAGER",
    "NOTES_VAULT_PAGER",
    "NOTES_VAULT_EDITOR",
)


@dataclass
class Result:
    """What one CLI run produced."""

    code: int
    out: str
    err: str

    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.out)


class Cli:
    """Runs `notes-vault` in-process through its real entry point (error mapping included)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> None:
        self._mp = monkeypatch
        self._capfd = capfd

    def __call__(
        self, *args: str, stdin: bytes | str | None = None, env: dict[str, str] | None = None
    ) -> Result:
        data = stdin.encode() if isinstance(stdin, str) else (stdin or b"")
        with self._mp.context() as mp:
            for name, value in (env or {}).items():
                mp.setenv(name, value)
            mp.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
            self._capfd.readouterr()
            try:
                run(list(args))
                code = 0
            except SystemExit as exc:
                code = int(exc.code or 0)
            captured = self._capfd.readouterr()
        return Result(code, captured.out, captured.err)


@pytest.fixture
def today() -> date:
    """The test's clock: today's date, read when the test runs (never at import time)."""
    return date.today()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test sees the developer's own vault settings, editor or temp folders. The test's
    XDG_RUNTIME_DIR is in memory (/dev/shm) where it can be, as the editor checks."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    shm = Path("/dev/shm")  # noqa: S108 - a private folder is made in it
    if shm.is_dir() and os.access(shm, os.W_OK):
        runtime = Path(tempfile.mkdtemp(prefix="nv-test-runtime-", dir=shm))
    else:
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    # Never the developer's own config file: one that is not there, unless a test writes it.
    monkeypatch.setenv("NOTES_VAULT_CONFIG", str(tmp_path / "config.toml"))
    yield
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]) -> Cli:
    """A runner for the real entry point."""
    return Cli(monkeypatch, capfd)


@dataclass(frozen=True)
class MadeVault:
    """A vault made for a test, and the recovery key `init` showed."""

    path: Path
    recovery_key: str


@pytest.fixture
def made_vault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Cli) -> MadeVault:
    """A fresh vault with cheap KDF parameters, unlocked by NOTES_VAULT_PASSPHRASE."""
    path = tmp_path / "vault"
    monkeypatch.setenv("NOTES_VAULT_DIR", str(path))
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", PASSPHRASE)
    result = cli("--json", "init", *CHEAP_KDF)
    assert result.code == 0, result.err
    return MadeVault(path, result.json()["recovery_key"])


@pytest.fixture
def vault_dir(made_vault: MadeVault) -> Path:
    """The folder of a fresh cheap-KDF vault (see `made_vault`)."""
    return made_vault.path


@pytest.fixture
def no_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs behave as if there were no terminal, even under a developer's shell."""
    monkeypatch.setattr("notes_vault.cli.unlock.has_terminal", lambda: False)


def open_made(path: Path, passphrase: str = PASSPHRASE) -> Any:
    """Open a test vault in-process with its passphrase (for tampering and inspection)."""
    from notes_vault.store import (  # noqa: PLC0415 - keeps collection light
        credentials,
        vault,
    )

    return vault.open_vault(path, credentials.Passphrase(passphrase.encode()))


BIN = Path(sys.executable).parent / "notes-vault"


def command_tree() -> Any:
    """The whole command tree, every lazily loaded command module loaded (for walking it)."""
    from notes_vault.cli.app import COMMANDS, app, load_command  # noqa: PLC0415

    root: Any = typer.main.get_command(app)
    root.commands = {name: load_command(name) for name in COMMANDS}
    return root


def on_pty(args: list[str], env: dict[str, str], answers: list[str]) -> tuple[int, str]:
    """Run the real program on a pseudo-terminal (its controlling terminal), answering each
    prompt (output ending in ':') with the next of `answers`; its exit code and transcript."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: a new session whose terminal is the pty
        os.execve(str(BIN), [str(BIN), *args], env)  # noqa: S606 - the real program, no shell
    transcript, pending, deadline = b"", list(answers), time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                transcript += chunk
            if pending and transcript.rstrip().endswith(b":"):
                os.write(fd, pending.pop(0).encode() + b"\n")
                transcript += b"<typed>\n"
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), transcript.decode(errors="replace")
