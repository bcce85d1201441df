"""Benchmark: a command served by the unlock agent, against the same command with a key file,
and `note show` at 100k notes through the agent against a bare SQLCipher query.

    .venv/bin/python benchmarks/bench_agent.py [--notes 100000] [--runs 9]

Targets (issue 14): via the agent, a command costs at most 1.1x the same command
with a key file plus the socket round trip; `note show` at 100k notes is within
1.5x of the bare query (a Python process opening the database with the raw key)
plus the CLI's start-up. The vaults are those of bench_notes.py (cached under
bench-out/). Commands run as child processes, in pairs (A then B, so that drift
hits both), and each ratio is the median of the pairs' ratios. The agent runs in
a private runtime folder under /dev/shm and is locked at the end.

Re-run one pair by hand with farm-bench (after `unlock`, with the same XDG_RUNTIME_DIR):
    farm-bench --vs 'notes-vault --keyfile K --vault V note show N0042' \
        -- notes-vault --vault V note show N0042
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_notes import BARE, CLI, OUT, cached_vault, data_key, median  # noqa: E402


def timed(argv: list[str], env: dict[str, str], ok: int = 0) -> float:
    """Wall time of one child process, which must exit `ok`."""
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != ok:
        raise SystemExit(f"bench: {argv[:5]}... failed: {done.stderr.decode()[:300]}")
    return seconds


def paired(
    runs: int, a: list[str], b: list[str], env: dict[str, str]
) -> tuple[float, float, float]:
    """Median times of A and B and the median of their pairwise ratios A/B (one warm-up each)."""
    timed(a, env)
    timed(b, env)
    times_a, times_b, ratios = [], [], []
    for _ in range(runs):
        ta, tb = timed(a, env), timed(b, env)
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    return statistics.median(times_a), statistics.median(times_b), statistics.median(ratios)


def round_trip(vault_dir: Path, runs: int = 200) -> float:
    """Median seconds of one `get` to the agent, in-process (connect, ask, answer)."""
    from notes_vault.store.agent import client  # noqa: PLC0415

    client.fetch_key(vault_dir)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        if client.fetch_key(vault_dir) is None:
            raise SystemExit("bench: the agent does not answer")
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def unlock(vault_dir: Path, keyfile: Path, env: dict[str, str]) -> None:
    """Hand the vault's key to an agent (with the key file: no passphrase needed)."""
    argv = [str(CLI), "--keyfile", str(keyfile), "--vault", str(vault_dir), "unlock"]
    timed([*argv, "--timeout", "30m"], env)


def report(label: str, a_ms: float, b_ms: float, ratio: float, target: str, *, ok: bool) -> None:
    """One line of the table."""
    print(f"{label:<44}{a_ms:>8.0f}{b_ms:>8.0f}{ratio:>7.2f}  {target:<34}{'yes' if ok else 'NO'}")


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    runtime = Path(tempfile.mkdtemp(prefix="nv-bench-", dir="/dev/shm"))
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}
    env = {k: v for k, v in env.items() if not k.startswith("NOTES_VAULT_")}
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    small, small_key = cached_vault(10, 10)
    big, big_key = cached_vault(args.notes, max(10, args.notes // 50))
    try:
        unlock(small, small_key, env)
        unlock(big, big_key, env)
        rtt = round_trip(small)
        startup = median(args.runs, [str(CLI), "--vault", str(OUT / "none"), "note", "list"], ok=5)
        print(f"\nunlock agent benchmark: median of {args.runs} pairs; socket round trip"
              f" {rtt * 1000:.2f} ms; CLI start-up {startup * 1000:.0f} ms")  # fmt: skip
        print(f"{'command (A vs B)':<44}{'A ms':>8}{'B ms':>8}{'A/B':>7}  {'target':<34}met")
        show = ["--json", "note", "show", "N0001"]
        for name, vault_dir, keyfile in (("10 notes", small, small_key), ("big", big, big_key)):
            via_agent = [str(CLI), "--vault", str(vault_dir), *show]
            with_key = [str(CLI), "--keyfile", str(keyfile), "--vault", str(vault_dir), *show]
            a, b, ratio = paired(args.runs, via_agent, with_key, env)
            label = f"note show, agent vs key file ({name if name != 'big' else args.notes})"
            report(
                label, a * 1000, b * 1000, ratio, "A <= 1.1 B + round trip", ok=a <= 1.1 * b + rtt
            )
        key = data_key(big, big_key)
        bare = [sys.executable, "-c", BARE, key, str(big / "vault.db"), "show", "42"]
        via_agent = [str(CLI), "--vault", str(big), "--json", "note", "show", "N0042"]
        a, b, ratio = paired(args.runs, via_agent, bare, env)
        label = f"note show N0042 at {args.notes}, agent vs bare"
        report(label, a * 1000, b * 1000, ratio, "A <= 1.5 B + start-up", ok=a <= 1.5 * b + startup)
    finally:
        subprocess.run([str(CLI), "lock"], env=env, capture_output=True, check=False)
        shutil.rmtree(runtime, ignore_errors=True)
        shutil.rmtree(big.parent, ignore_errors=True)
        shutil.rmtree(small.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
