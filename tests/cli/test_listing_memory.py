"""A listing of 200,000 rows streams: its peak memory stays under a fixed bound.

Slow (about a minute on a 2-core machine), so it runs in `make stress`, which sets
NOTES_VAULT_LARGE=1, and is skipped by the default `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BIN, PASSPHRASE, open_made

ROWS = 200_000
BOUND_MIB = 100


def _fill(path: Path) -> None:
    """200,000 one-line notes over 100 clients, by SQL (the FTS triggers fire as usual)."""
    with open_made(path) as opened, opened.db.transaction():
        opened.db.executemany(
            "INSERT INTO clients (num, code, name, started, created, updated)"
            " VALUES (?, ?, ?, '2000-01-01', 'x', 'x')",
            [(c, f"P-M{c:05d}", f"Memory Client {c}") for c in range(1, 101)],
        )
        opened.db.executemany(
            "INSERT INTO notes (num, session_date, kind, template, body, created, updated)"
            " VALUES (?, ?, 'session', 'free', 'x', 'x', 'x')",
            [(n, f"20{n % 25:02d}-01-01") for n in range(1, ROWS + 1)],
        )
        opened.db.executemany(
            "INSERT INTO note_clients (client_num, note_num) VALUES (?, ?)",
            [(n % 100 + 1, n) for n in range(1, ROWS + 1)],
        )


# The command is started by a small parent of its own: a child's peak resident size counts
# the pages it shares with its parent at fork, and pytest's (after _fill) is large.
_MEASURE = """
import os, subprocess, sys
read, write = os.pipe()
child = subprocess.Popen(sys.argv[1:], stdout=write, stderr=subprocess.DEVNULL)
os.close(write)
lines = 0
with os.fdopen(read, "rb") as out:
    for block in iter(lambda: out.read(1 << 16), b""):
        lines += block.count(b"\\n")
_pid, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, lines)
"""


def _peak(args: list[str], path: Path) -> tuple[float, int]:
    """Peak memory (MiB) of `notes-vault ARGS`, and how many lines it printed."""
    env = {**os.environ, "NOTES_VAULT_DIR": str(path), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(BIN), *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    code, kib, lines = (int(x) for x in done.stdout.split())
    assert code == 0
    return kib / 1024, lines


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("NOTES_VAULT_LARGE"), reason="make stress runs it")
def test_listing_200k_rows_stays_under_the_bound(vault_dir: Path) -> None:
    """`note list` (table, --json, --jsonl) of 200,000 notes peaks under 100 MiB."""
    _fill(vault_dir)
    for args, extra_lines in (([], 1), (["--json"], 2), (["--jsonl"], 0)):
        peak, lines = _peak([*args, "note", "list"], vault_dir)
        per_row = 11 if args == ["--json"] else 1  # --json writes each object over 11 lines
        assert lines == ROWS * per_row + extra_lines, args
        print(f"{args or ['table']}: {peak:.0f} MiB")  # shown with -s
        assert peak < BOUND_MIB, f"{args}: {peak:.0f} MiB"
