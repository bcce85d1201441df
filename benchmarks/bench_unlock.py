"""Unlock and start-up time of the real CLI, against what they cannot beat.

Run with `make bench` (or `.venv/bin/python benchmarks/bench_unlock.py [RUNS]`).

1. `notes-vault status` on a vault made with the *default* Argon2id parameters
   (256 MiB, t=3, p=4), passphrase from NOTES_VAULT_PASSPHRASE, against a bare
   process that only calls `argon2.low_level.hash_secret_raw` with the same
   parameters: the ratio is the CLI's overhead over the unavoidable
   start-up + key derivation. The in-process Argon2 time is shown as well.
2. `notes-vault --version` against `python -c "import typer"`: the floor for a
   Typer CLI's start-up.

Medians of RUNS runs (default 5).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VENV_BIN = Path(sys.executable).parent
CLI = VENV_BIN / "notes-vault"
PASSPHRASE = "benchmark passphrase, not a secret"
MEMORY_KIB, ITERATIONS, PARALLELISM = 256 * 1024, 3, 4

BARE_ARGON2 = f"""
from argon2.low_level import Type, hash_secret_raw
hash_secret_raw(secret=b"x" * 24, salt=b"s" * 16, time_cost={ITERATIONS},
                memory_cost={MEMORY_KIB}, parallelism={PARALLELISM}, hash_len=32,
                type=Type.ID, version=19)
"""


def _time(command: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of `command` in seconds; it must exit 0."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _argon2_in_process(runs: int) -> float:
    from argon2.low_level import Type, hash_secret_raw  # noqa: PLC0415

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        hash_secret_raw(
            secret=b"x" * 24,
            salt=b"s" * 16,
            time_cost=ITERATIONS,
            memory_cost=MEMORY_KIB,
            parallelism=PARALLELISM,
            hash_len=32,
            type=Type.ID,
            version=19,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    """Measure and print; exit non-zero if anything failed to run."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOTES_VAULT_")}
    with tempfile.TemporaryDirectory(prefix="nv-bench-") as tmp:
        env["NOTES_VAULT_DIR"] = str(Path(tmp) / "vault")
        env["NOTES_VAULT_PASSPHRASE"] = PASSPHRASE
        subprocess.run([str(CLI), "init"], env=env, check=True, capture_output=True)
        unlock = _time([str(CLI), "status"], env, runs)
        bare = _time([sys.executable, "-c", BARE_ARGON2], env, runs)
        argon2_only = _argon2_in_process(runs)
        version = _time([str(CLI), "--version"], env, runs)
        typer_floor = _time([sys.executable, "-c", "import typer"], env, runs)

    mib = MEMORY_KIB // 1024
    print(f"Argon2id {mib} MiB, t={ITERATIONS}, p={PARALLELISM}; median of {runs} runs")
    print(f"  argon2 hash_secret_raw, in process         {argon2_only * 1000:8.0f} ms")
    print(f"  python start-up + bare argon2 (process)    {bare * 1000:8.0f} ms")
    print(f"  notes-vault status (unlock, CLI process)   {unlock * 1000:8.0f} ms")
    print(f"  ratio CLI unlock / (start-up + argon2)     {unlock / bare:8.2f}x")
    print(f"  python -c 'import typer'                   {typer_floor * 1000:8.0f} ms")
    print(f"  notes-vault --version                      {version * 1000:8.0f} ms")
    print(f"  ratio --version / import typer             {version / typer_floor:8.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
