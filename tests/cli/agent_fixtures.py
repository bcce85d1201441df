"""Fixtures for tests that start unlock agents: a private runtime folder per test, in memory,
and no agent outliving its test."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import BIN

SHM = Path("/dev/shm")  # noqa: S108 - the agent refuses disk-backed runtime folders


def agent_pids(runtime: Path) -> list[int]:
    """Processes running an agent whose socket lies under `runtime`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            if b"notes_vault.store.agent" in argv and any(
                arg.startswith(os.fsencode(runtime)) for arg in argv
            ):
                found.append(int(entry.name))
    return found


@pytest.fixture
def agent_runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh 0700 XDG_RUNTIME_DIR on tmpfs for this test; its agents are killed afterwards."""
    if not SHM.is_dir():
        pytest.skip("no /dev/shm here: the agent needs memory-backed storage")
    runtime = Path(tempfile.mkdtemp(prefix="nv-", dir=SHM))
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    try:
        yield runtime
    finally:
        for pid in agent_pids(runtime):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(runtime, ignore_errors=True)


def program_env(vault_dir: Path, **extra: str) -> dict[str, str]:
    """The environment for running the real program: no secret in it unless given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOTES_VAULT_")}
    env["NOTES_VAULT_DIR"] = str(vault_dir)
    env.update(extra)
    return env


def run_program(
    args: list[str], env: dict[str, str], stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """The real program in a new session (no terminal), standard input closed unless given."""
    return subprocess.run(
        [str(BIN), *args],
        env=env,
        input=None if stdin is None else stdin.decode(),
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        start_new_session=True,
        timeout=60,
        check=False,
    )


def wait_until(condition: object, seconds: float = 10.0) -> bool:
    """Poll `condition()` until it is true or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False
