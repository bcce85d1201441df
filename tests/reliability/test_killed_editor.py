"""`note add` SIGKILLed while its editor runs leaves no plaintext behind.

The editor's private folder is shredded by a watcher process once notes-vault
and the editor have both ended, however they ended (notes_vault.cli.editor). The
random-moment version of this runs in `make stress` (stress/crash_editor.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import BIN, Cli

EDITOR = """#!/bin/sh
for f; do :; done
printf '%s\\n' "$MARK" > "$f"
: > "$READY"
sleep 0.3
printf '%s\\n' "$MARK, more" >> "$f"
"""


def wait_for(condition: Callable[[], object], seconds: float = 10.0) -> bool:
    """Poll `condition` (a callable) until it is true or `seconds` have passed."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def holding(folder: Path, mark: bytes) -> list[Path]:
    """Files under `folder` that contain `mark`."""
    return [p for p in folder.rglob("*") if p.is_file() and mark in p.read_bytes()]


@pytest.mark.parametrize("with_editor", [False, True], ids=["alone", "with-its-editor"])
def test_a_killed_note_add_leaves_no_editor_file(
    vault_dir: Path, cli: Cli, tmp_path: Path, with_editor: bool
) -> None:
    """SIGKILL of `note add` while the editor has the note (notes-vault alone, or its whole
    process group): the folder goes once both have ended; no note was added."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    runtime, temp = Path(os.environ["XDG_RUNTIME_DIR"]), tmp_path / "tmp"
    temp.mkdir()
    script = tmp_path / "editor.sh"
    script.write_text(EDITOR)
    script.chmod(0o700)
    mark, ready = f"killed-editor-{with_editor}-mark", tmp_path / "ready"
    env = dict(os.environ, EDITOR=str(script), TMPDIR=str(temp), MARK=mark, READY=str(ready))
    master, slave = os.openpty()
    try:
        proc = subprocess.Popen(
            [str(BIN), "note", "add", "C0001"],
            stdin=slave,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            process_group=0,
        )
        assert wait_for(ready.exists), "the editor never started"
        assert holding(runtime, mark.encode())  # the note is there while the editor runs
        if with_editor:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        assert proc.wait() == -signal.SIGKILL
    finally:
        os.close(master)
        os.close(slave)
    assert wait_for(lambda: not any(runtime.iterdir())), list(runtime.rglob("*"))
    assert not holding(temp, mark.encode())
    assert cli("--json", "note", "list").json() == []
