"""Start-up stays lazy: --version and --help import no crypto, database or table code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from notes_vault import __version__
from tests.conftest import BIN

HEAVY = ("sqlcipher3", "argon2", "cryptography", "platformdirs")


def _imported(*args: str) -> tuple[set[str], str]:
    """Top-level packages imported by `python -m notes_vault ARGS`, and its stdout."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "notes_vault", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "notes_vault" in names, "importtime output was not parsed"
    return names, done.stdout


def test_version_imports_nothing_heavy() -> None:
    """`--version` prints the version without importing SQLCipher, Argon2, cryptography or rich."""
    names, out = _imported("--version")
    assert out == f"notes-vault {__version__}\n"
    assert names.isdisjoint({*HEAVY, "rich"}), sorted(names & {*HEAVY, "rich"})


@pytest.mark.parametrize("args", [["--help"], ["status", "--help"], ["audit", "--help"]])
def test_help_imports_no_crypto_or_database(args: list[str]) -> None:
    """`--help` (Typer renders it with rich) imports no SQLCipher, Argon2 or cryptography."""
    names, out = _imported(*args)
    assert "Usage" in out
    assert names.isdisjoint(HEAVY), sorted(names & set(HEAVY))


def test_console_script_runs() -> None:
    """The installed `notes-vault` script is the entry point and exits 0 for --version."""
    done = subprocess.run([str(BIN), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"notes-vault {__version__}\n")
