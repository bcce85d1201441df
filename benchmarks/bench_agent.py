"""Benchmark: a command served by the unlock agent, against the same command with a key file,
and `note show` at 100k notes through the agent against a bare SQLCipher query.

    .venv/bin/python benchmarks/bench_agent.py [--notes 100000] [--runs 9]

Targets (issue 14): via the agent, a command costs at most 1.1x the same command
with a key file plus the socket round trip; `note show` at 100k notes is within
1.5x of the bare query (a Python process opening the database with the raw key)
plus the CLI's start-up. The vaults are those of bench_notes.py (cached under
bench-out/). Commands run as child processes, in pairs (A then B, so that drift
hits both), and each ratio is the median of the pairs' ratios; wall time and CPU
time (user + system, from getrusage) are both shown, since wall time on a
shared machine is mostly other people's load. The start-up slack is measured
as wall time, so the CPU line of the second target is the stricter one. The agent runs in
a private runtime folder under /dev/shm and is locked at the end.

Re-run one pair by hand with farm-bench (after `unlock`, with the same XDG_RUNTIME_DIR):
    farm-bench --vs 'notes-vault --keyfile K --vault V note show N0042' \
        -- notes-vault --vault V note show N0042
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_notes import BARE, CLI, OUT, cached_vault, data_key  # noqa: E402


def timed(argv: list[str], env: dict[str, str], ok: int = 0) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process, which must exit `ok`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, env=env, check=False)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != ok:
        raise SystemExit(f"bench: {argv[:5]}... failed: {done.stderr.decode()[:300]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


@dataclass(frozen=True)
class Pair:
    """Medians of A and B (wall and CPU seconds) and of the pairwise ratios A/B."""

    wall_a: float
    wall_b: float
    wall_ratio: float
    cpu_a: float
    cpu_b: float
    cpu_ratio: float


def paired(runs: int, a: list[str], b: list[str], env: dict[str, str]) -> Pair:
    """A and B in turn, `runs` times each after one warm-up each."""
    timed(a, env)
    timed(b, env)
    rows = []
    for _ in range(runs):
        (wa, ca), (wb, cb) = timed(a, env), timed(b, env)
        rows.append((wa, wb, wa / wb, ca, cb, ca / cb))
    return Pair(*(statistics.median(column) for column in zip(*rows, strict=True)))


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


def startup_time(runs: int, env: dict[str, str]) -> tuple[float, float]:
    """Median wall and CPU seconds of the CLI parsing and dispatching a command that stops
    before any vault work (no vault there: exit 5): Python, Typer and our imports."""
    argv = [str(CLI), "--vault", str(OUT / "none"), "note", "list"]
    samples = [timed(argv, env, ok=5) for _ in range(runs + 1)][1:]
    return statistics.median(w for w, _ in samples), statistics.median(c for _, c in samples)


def unlock(vault_dir: Path, keyfile: Path, env: dict[str, str]) -> None:
    """Hand the vault's key to an agent (with the key file: no passphrase needed)."""
    argv = [str(CLI), "--keyfile", str(keyfile), "--vault", str(vault_dir), "unlock"]
    timed([*argv, "--timeout", "30m"], env)


def report(label: str, pair: Pair, slack: tuple[float, float], factor: float) -> None:
    """Two lines of the table (wall, then CPU): is A/B <= factor + slack / B (A <= factor B +
    slack, judged on the median of the paired ratios)?"""
    for kind, a, b, ratio, extra in (
        ("wall", pair.wall_a, pair.wall_b, pair.wall_ratio, slack[0]),
        ("cpu", pair.cpu_a, pair.cpu_b, pair.cpu_ratio, slack[1]),
    ):
        met = "yes" if ratio <= factor + extra / b else "NO"  # paired: drift hits both
        print(f"{label:<40}{kind:>5}{a * 1000:>8.0f}{b * 1000:>8.0f}{ratio:>7.2f}  {met}")


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
        startup = startup_time(args.runs, env)
        print(f"\nunlock agent benchmark: median of {args.runs} pairs; socket round trip"
              f" {rtt * 1000:.2f} ms; CLI start-up {startup[0] * 1000:.0f} ms wall,"
              f" {startup[1] * 1000:.0f} ms CPU")  # fmt: skip
        print(f"{'A vs B':<40}{'':>5}{'A ms':>8}{'B ms':>8}{'A/B':>7}  target met")
        show = ["--json", "note", "show", "N0001"]
        print("target: A <= 1.1 B + the socket round trip")
        for name, vault_dir, keyfile in (("10", small, small_key), (str(args.notes), big, big_key)):
            via_agent = [str(CLI), "--vault", str(vault_dir), *show]
            with_key = [str(CLI), "--keyfile", str(keyfile), "--vault", str(vault_dir), *show]
            pair = paired(args.runs, via_agent, with_key, env)
            report(f"note show: agent vs key file, {name} notes", pair, (rtt, rtt), 1.1)
        key = data_key(big, big_key)
        bare = [sys.executable, "-c", BARE, key, str(big / "vault.db"), "show", "42"]
        via_agent = [str(CLI), "--vault", str(big), "--json", "note", "show", "N0042"]
        print("target: A <= 1.5 B + the CLI's start-up")
        pair = paired(args.runs, via_agent, bare, env)
        report(f"note show: agent vs bare query, {args.notes}", pair, startup, 1.5)
    finally:
        subprocess.run([str(CLI), "lock"], env=env, capture_output=True, check=False)
        shutil.rmtree(runtime, ignore_errors=True)
        shutil.rmtree(big.parent, ignore_errors=True)
        shutil.rmtree(small.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
