"""SIGKILL during `note add` through $EDITOR: a scenario for `make stress` and tests/.

`note add` runs on a pseudo-terminal (so it opens the editor) with $EDITOR set
to a small script that writes the note into the file it is given, in two steps
a moment apart. Each run is SIGKILLed at a random moment: half the time
notes-vault alone (its editor runs on and exits by itself), half the time
together with its editor (the whole process group). Afterwards, once the
processes have ended:

* no file under $XDG_RUNTIME_DIR (a private folder, in /dev/shm where there is
  one), the temp folder ($TMPDIR) or /dev/shm holds any note's text, and no
  `notes-vault-*` folder is left (a leak is counted under "leaked");
* every acknowledged note is present and exact, integrity and the audit chain
  hold.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

from stress.harness import (
    KillClock,
    Outcome,
    body_text,
    check_vault,
    check_with_verify,
    leftovers,
    make_vault,
    note_size,
    record,
    run,
)

EDITOR = """#!/bin/sh
# Stands in for the user's editor: writes the note in two steps, a moment apart.
for f; do :; done
head -c 300 "$NV_STRESS_SOURCE" > "$f"
sleep 0.05
cat "$NV_STRESS_SOURCE" > "$f"
"""
SETTLE_SECONDS = 5.0  # how long the clean-up after a kill may take


def crash_editor(workdir: Path, *, operations: int, seed: int = 10) -> Outcome:
    """`note add` with $EDITOR, SIGKILLed at random moments: no plaintext left anywhere."""
    outcome = Outcome("crash: note add via $EDITOR (SIGKILL)", leaks_checked=True)
    start = time.monotonic()
    rng = random.Random(seed)
    vault = make_vault(workdir)
    marker = f"editormark{rng.getrandbits(64):016x}"
    runtime = _memory_folder(workdir)
    temp = workdir / "tmp"
    temp.mkdir(mode=0o700)
    script = workdir / "editor.sh"
    script.write_text(EDITOR)
    script.chmod(0o700)
    source = workdir / "source.txt"
    env = vault.env(
        EDITOR=str(script),
        XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(temp),
        NV_STRESS_SOURCE=str(source),
    )
    clock: KillClock | None = None
    try:
        for number in range(operations):
            text = body_text(rng, f"{marker} {number}", note_size(rng))
            source.write_bytes(text)
            vault.sent.add(text)
            group = rng.random() < 0.5
            result = run(
                ["--json", "note", "add", "C0001"],
                env,
                terminal=True,
                kill_after=clock.pick() if clock else None,
                kill_group=group,
            )
            if clock is None:
                clock = KillClock(rng, result.seconds)
            clock.learn(result)
            record(outcome, result)
            if result.code == 0:
                vault.acked[json.loads(result.out)["id"]] = text
            elif result.killed:
                outcome.remarks["killed with its editor" if group else "killed, editor ran on"] += 1
            _check_nothing_left(outcome, (runtime, temp), marker, number)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    shm = Path("/dev/shm")  # noqa: S108 - only read, to look for leaks
    if shm.is_dir() and (found := _holding(shm, marker)):
        outcome.fail("leaked", f"note text in /dev/shm: {found[:3]}")
    check_vault(vault, outcome)
    check_with_verify(vault, outcome)
    outcome.remarks["temporary files left"] = len(leftovers(vault))
    outcome.seconds = time.monotonic() - start
    return outcome


def _memory_folder(workdir: Path) -> Path:
    """A private folder for $XDG_RUNTIME_DIR: in /dev/shm (memory) where possible."""
    shm = Path("/dev/shm")  # noqa: S108 - a private folder is made inside it
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="nv-stress-runtime-", dir=shm))
    folder = workdir / "runtime"
    folder.mkdir(mode=0o700)
    return folder


def _check_nothing_left(
    outcome: Outcome, folders: tuple[Path, ...], marker: str, number: int
) -> None:
    """Wait (a few seconds at most) for the clean-up; then nothing may be left."""
    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        left = [p for f in folders for p in f.iterdir()] + [
            p for f in folders for p in _holding(f, marker)
        ]
        if not left:
            return
        if time.monotonic() > deadline:
            outcome.fail("leaked", f"after run {number}: {sorted(str(p) for p in left)[:3]}")
            for path in left:  # so that one leak is not counted again at every run
                shutil.rmtree(path, ignore_errors=True)
                path.unlink(missing_ok=True)
            return
        time.sleep(0.05)


def _holding(folder: Path, marker: str) -> list[Path]:
    """Files under `folder` (this user's, under 4 MiB) that contain `marker`."""
    needle = marker.encode()
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                info = path.lstat()
                if info.st_uid != os.getuid() or info.st_size > 4 << 20 or path.is_symlink():
                    continue
                if needle in path.read_bytes():
                    found.append(path)
            except OSError:
                continue
    return found
