"""Benchmark: `export` of a client with 5,000 notes and `disclosure report` with 10,000
disclosures in the vault, each against a bare query of the same rows in the same run.

    .venv/bin/python benchmarks/bench_disclosures.py [--notes 5000] [--disclosures 10000] [--runs 5]

The vault is made with cheap KDF parameters and a key file (`init`, `keyfile add`);
the bench data goes in by bulk SQL through notes_vault.store.vault.open_vault. Every
operation then runs as a child process: the CLI (``notes-vault --keyfile KEY``, as
cron would) and a bare Python script that opens the database with sqlcipher3 and
the raw data key and selects the same rows. Each figure is the median wall time
of --runs runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CLI = ROOT / ".venv" / "bin" / "notes-vault"
OUT = ROOT / "bench-out" / "disclosures"
CHEAP = ["--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"]
BODY = "Synthetic benchmark note: the client talked about sleep, work and worry.\n" * 12

BARE = r"""
import json, sys, sqlcipher3
key, db, op, client = sys.argv[1:5]
conn = sqlcipher3.connect(db, isolation_level=None)
conn.execute(f"PRAGMA key = \"x'{key}'\"")
if op == "export":
    rows = conn.execute("SELECT n.* FROM notes n JOIN note_clients nc ON nc.note_num = n.num"
                        " WHERE nc.client_num = ? ORDER BY n.session_date, n.num",
                        (int(client),)).fetchall()
else:
    rows = conn.execute("SELECT d.* FROM disclosures d JOIN disclosure_clients dc"
                        " ON dc.disclosure_num = d.num WHERE dc.client_num = ?"
                        " AND NOT EXISTS (SELECT 1 FROM disclosure_lifts l"
                        " WHERE l.disclosure_num = d.num) ORDER BY d.disclosed_on, d.num",
                        (int(client),)).fetchall()
print(json.dumps([list(r) for r in rows]))
"""


def run(argv: list[str], env: dict[str, str]) -> None:
    """Run a setup command; stop the bench if it fails."""
    done = subprocess.run(argv, capture_output=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench setup failed: {argv[1:4]}: {done.stderr.decode()[:300]}")


def make_vault(notes: int, disclosures: int) -> tuple[Path, Path, str]:
    """A fresh vault with the bench data; returns its folder, key file and hex data key."""
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    vault_dir, keyfile = OUT / "vault", OUT / "vault.key"
    env = {**os.environ, "NOTES_VAULT_DIR": str(vault_dir), "NOTES_VAULT_PASSPHRASE": "bench pass"}
    run([str(CLI), "init", *CHEAP], env)
    for name in ("Export Client", "Report Client"):
        run([str(CLI), "client", "add", "--name", name, "--started", "2000-01-01"], env)
    run([str(CLI), "keyfile", "add", str(keyfile)], env)
    from notes_vault.store import (  # noqa: PLC0415 - after the path is set up
        credentials,
        vault,
    )

    with vault.open_vault(vault_dir, credentials.parse_keyfile(keyfile.read_bytes())) as opened:
        _fill(opened, notes, disclosures)
        key = opened.data_key.hex()
    return vault_dir, keyfile, key


def _fill(opened: object, notes: int, disclosures: int) -> None:
    db = opened.db  # type: ignore[attr-defined]
    with db.transaction():
        db.executemany(
            "INSERT INTO notes (num, session_date, kind, template, body, created, updated)"
            " VALUES (?, ?, 'session', 'free', ?, 'x', 'x')",
            [(n, f"{2000 + n // 400:04d}-01-01", BODY) for n in range(1, notes + 1)],
        )
        db.executemany(
            "INSERT INTO note_clients (client_num, note_num) VALUES (1, ?)",
            [(n,) for n in range(1, notes + 1)],
        )
        db.executemany(
            "INSERT INTO disclosures (num, disclosed_on, recipient, org, kind, summary, purpose,"
            " basis, consent, consent_reason, client_informed, restricted_until, authority,"
            " restriction_reason, decided_by, rationale, created) VALUES (?, ?, 'Dr Bench',"
            " 'Bench Surgery', 'gp', 'a care summary', 'continuity of care', 'risk-of-harm',"
            " 'not-sought', 'urgent', 0, ?, ?, ?, 'the therapist', 'serious risk', 'x')",
            [
                (
                    n,
                    f"{2000 + n // 800:04d}-02-03",
                    *((("2030-01-01", "Police", "inquiry")) if n % 20 == 0 else (None, None, None)),
                )
                for n in range(1, disclosures + 1)
            ],
        )
        db.executemany(
            "INSERT INTO disclosure_clients (client_num, disclosure_num) VALUES (2, ?)",
            [(n,) for n in range(1, disclosures + 1)],
        )


def timed(argv: list[str]) -> float:
    """Wall time of one child process, which must succeed."""
    start = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: {argv[1:5]} failed: {done.stderr.decode()[:300]}")
    return seconds


def median(runs: int, argv: list[str]) -> float:
    """Median wall time of `runs` runs after one warm-up."""
    timed(argv)
    return statistics.median(timed(argv) for _ in range(runs))


def main() -> None:
    """Build the vault, time each operation against its bare query, print the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000)
    parser.add_argument("--disclosures", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    start = time.perf_counter()
    vault_dir, keyfile, key = make_vault(args.notes, args.disclosures)
    print(f"built {args.notes} notes, {args.disclosures} disclosures in "
          f"{time.perf_counter() - start:.1f} s")  # fmt: skip
    cli = [str(CLI), "--vault", str(vault_dir), "--keyfile", str(keyfile)]
    bare = [sys.executable, "-c", BARE, key, str(vault_dir / "vault.db")]
    cases = {
        f"export ({args.notes} notes)": (
            [*cli, "export", "C0001", "--out", str(OUT / "export.md"), "--force"],
            [*bare, "export", "1"],
        ),
        f"disclosure report ({args.disclosures} disclosures)": (
            [*cli, "disclosure", "report", "C0002"],
            [*bare, "report", "2"],
        ),
    }
    print(f"{'operation':<40} {'CLI s':>8} {'bare s':>8} {'ratio':>6}")
    for name, (cli_argv, bare_argv) in cases.items():
        cli_s, bare_s = median(args.runs, cli_argv), median(args.runs, bare_argv)
        print(f"{name:<40} {cli_s:8.3f} {bare_s:8.3f} {cli_s / bare_s:6.1f}")
    shutil.rmtree(OUT, ignore_errors=True)


if __name__ == "__main__":
    main()
