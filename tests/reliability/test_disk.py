"""Full disk and I/O errors: a write that cannot complete fails in one clear line and harms nothing.

A tmpfs cannot be mounted here, so a full disk is a file-size limit
(RLIMIT_FSIZE, with SIGXFSZ ignored) set in the child before it runs: writes
past the limit fail with EFBIG, which SQLite reports as an I/O error.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from stress import harness


def test_note_add_on_a_full_disk_fails_in_one_line(tmp_path: Path) -> None:
    """A note that does not fit gives exit 1 with the reason, no traceback, and leaves the
    notes stored before byte-exact and the vault usable."""
    vault = harness.make_vault(tmp_path)
    harness._seed_notes(vault, random.Random(2), 3)
    big = harness.body_text(random.Random(3), "big", 300_000)
    result = harness.run(
        ["note", "add", "C0001"], vault.env(), stdin=big, preexec=harness.limit_file_size(40_000)
    )
    assert result.code == 1
    assert harness.clear_failure(result) is None, result.err
    assert any(word in result.err for word in ("disk", "write"))
    assert result.out == ""
    outcome = harness.Outcome("full disk")
    stored = harness.check_vault(vault, outcome)
    assert outcome.clean, outcome.problems
    assert big not in stored.values()
    after = harness.run(["note", "add", "C0001"], vault.env(), stdin=b"fits now")
    assert after.code == 0, after.err


def test_random_limits_never_lose_or_damage(tmp_path: Path) -> None:
    """Under random file-size limits, `note add` succeeds or fails cleanly; nothing stored is
    lost and the next command works."""
    outcome = harness.disk_full(tmp_path, operations=5, seed=31)
    assert outcome.problems == []
    assert outcome.clean
    assert outcome.faults > 0
    assert set(outcome.exit_codes) <= {0, 1}


SHORT_WRITE = """
import resource, signal, sys
from pathlib import Path
from notes_vault.errors import VaultError
from notes_vault.store.files import write_private
target = Path(sys.argv[1])
target.write_bytes(b"old header")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (500, 500))
try:
    write_private(target, b"n" * 942)
except VaultError:
    pass
print(target.read_bytes().decode()[:20], target.stat().st_size)
"""


def test_a_header_write_that_does_not_fit_keeps_the_old_header(tmp_path: Path) -> None:
    """When only part of a new header fits on the disk, the old header stays as it was."""
    target = tmp_path / "vault.header"
    done = subprocess.run(
        [sys.executable, "-c", SHORT_WRITE, str(target)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["old", "header", "10"]


def test_a_checkpoint_cut_by_a_full_disk_is_not_called_damage(tmp_path: Path) -> None:
    """A note whose commit fits in the WAL but whose closing checkpoint does not fit in
    vault.db exits 0 and leaves a torn last page that the WAL still covers: `verify` folds
    the WAL in, finds the vault sound, and the file is whole pages again (stress seed
    48556 found this)."""
    vault = harness.make_vault(tmp_path)
    first = harness.body_text(random.Random(5), "first", 300_000)
    vault.sent.add(first)
    added = harness.run(["--json", "note", "add", "C0001"], vault.env(), stdin=first)
    assert added.code == 0, added.err
    vault.acked[json.loads(added.out)["id"]] = first
    database = vault.path / "vault.db"
    size = database.stat().st_size
    # The WAL (about 160 KB) fits under the limit; the file's growth (150 KB) does not.
    body = harness.body_text(random.Random(6), "torn", 150_000)
    vault.sent.add(body)
    result = harness.run(
        ["--json", "note", "add", "C0001"],
        vault.env(),
        stdin=body,
        preexec=harness.limit_file_size(size + 70_100),
    )
    assert result.code == 0, result.err
    vault.acked[json.loads(result.out)["id"]] = body
    assert database.stat().st_size % 4096, "the limit no longer tears the last page"
    checked = harness.run(["verify"], vault.env())
    assert checked.code == 0, checked.err
    assert database.stat().st_size % 4096 == 0
    outcome = harness.Outcome("torn page")
    stored = harness.check_vault(vault, outcome)
    assert outcome.clean, outcome.problems
    assert body in stored.values()
