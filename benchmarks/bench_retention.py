"""Benchmark: `expire` of 1,000 due clients and `backup`, each against a bare equivalent.

    .venv/bin/python benchmarks/bench_retention.py [--notes 100000] [--due 1000]

The vault holds --notes notes over clients with 20 notes each; --due of them
ended long ago. Each operation runs in a child process on its own copy of the
vault, and reports its wall time and peak memory (getrusage of the child):

* expire (notes_vault.retention.expire.expire: per-client transactions, secure delete,
  de-identification of joint notes, FTS5 optimize, WAL checkpoint) against a
  bare DELETE of the same rows through sqlcipher3 with the raw key;
* backup (notes_vault.store.backup.backup: export + container + SHA-256 + fsync)
  against a bare ``sqlcipher_export`` to an attached database.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PASSPHRASE = "benchmark passphrase"
VOCABULARY = (
    "anxious sleep work mother father partner argued session homework breathing panic avoided"
    " goal progress relapse shame anger grief loss school friend exposure thought record"
    " evidence schema trigger calm improved worse week"
)
WORDS = VOCABULARY.split()


def _secret() -> object:
    from notes_vault.store import credentials  # noqa: PLC0415

    return credentials.Passphrase(PASSPHRASE.encode())


def build(path: Path, notes: int, due: int) -> None:
    """A vault with `notes` notes, 20 per client, `due` clients long closed."""
    from notes_vault.store import (  # noqa: PLC0415
        keys,
        vault,
    )

    rng = random.Random(6)
    opened, _ = vault.create(path, _secret(), keys.KdfParams(8 * 1024, 1, 1))  # type: ignore[arg-type]
    clients = max(notes // 20, due + 1)
    with opened, opened.db.transaction():
        opened.db.executemany(
            "INSERT INTO clients (num, code, name, started, ended, created, updated)"
            " VALUES (?, ?, ?, '2005-01-01', ?, 'x', 'x')",
            [
                (c, f"P-{c:06d}", f"Client {c}", "2010-01-01" if c <= due else None)
                for c in range(1, clients + 1)
            ],
        )
        rows = []
        for n in range(1, notes + 1):
            body = " ".join(rng.choice(WORDS) for _ in range(120))
            rows.append((n, body))
        opened.db.executemany(
            "INSERT INTO notes (num, session_date, kind, template, body, created, updated)"
            " VALUES (?, '2009-01-01', 'session', 'free', ?, 'x', 'x')",
            rows,
        )
        opened.db.executemany(
            "INSERT INTO note_clients (client_num, note_num) VALUES (?, ?)",
            [((n - 1) % clients + 1, n) for n in range(1, notes + 1)],
        )


def child(kind: str, path: Path, extra: str) -> None:
    """Run one operation and print its time and peak memory as JSON."""
    start = time.perf_counter()
    if kind == "expire":
        from notes_vault.retention import expire as destroy  # noqa: PLC0415
        from notes_vault.store import vault  # noqa: PLC0415

        with vault.open_vault(path, _secret()) as opened:  # type: ignore[arg-type]
            start = time.perf_counter()
            destroy.expire(opened, as_of=date.today())
    elif kind == "backup":
        from notes_vault.store import backup, vault  # noqa: PLC0415

        with vault.open_vault(path, _secret()) as opened:  # type: ignore[arg-type]
            start = time.perf_counter()
            backup.backup(opened, Path(extra))
    else:
        import sqlcipher3  # noqa: PLC0415 - the bare baseline uses the driver directly

        conn = sqlcipher3.connect(str(path / "vault.db"), isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{os.environ['BENCH_KEY']}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        start = time.perf_counter()
        if kind == "bare-delete":
            _bare_delete(conn, int(extra))
        else:
            conn.execute(f"ATTACH DATABASE ? AS x KEY \"x'{os.environ['BENCH_KEY']}'\"", (extra,))
            conn.execute("SELECT sqlcipher_export('x')")
            conn.execute("DETACH DATABASE x")
        conn.close()
    seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_kib": _peak_kib()}))


def _peak_kib() -> int:
    """Peak memory of this process. Linux keeps ru_maxrss across exec (a child of a big
    parent inherits its figure), so VmHWM, reset by exec, is preferred where it exists."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _bare_delete(conn: object, due: int) -> None:
    run = conn.execute  # type: ignore[attr-defined]
    run("BEGIN")
    run(
        "DELETE FROM notes WHERE num IN (SELECT note_num FROM note_clients WHERE client_num <= ?)",
        (due,),
    )
    run("DELETE FROM note_clients WHERE client_num <= ?", (due,))
    run("DELETE FROM client_aliases WHERE client_num <= ?", (due,))
    run("DELETE FROM linked_people WHERE client_num <= ?", (due,))
    run("DELETE FROM clients WHERE num <= ?", (due,))
    run("COMMIT")


def measure(kind: str, path: Path, extra: str, key: str) -> dict[str, float]:
    """One child run."""
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path), extra],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "BENCH_KEY": key},
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    """Build, copy, measure, print ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=1000)
    parser.add_argument(
        "--child", nargs=3, metavar=("KIND", "PATH", "EXTRA"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.child[2])
        return
    due = min(args.due, max(args.notes // 20 - 1, 1))
    from notes_vault.store import vault  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="bench-retention-") as tmp:
        base = Path(tmp) / "base"
        started = time.perf_counter()
        build(base, args.notes, due)
        with vault.open_vault(base, _secret()) as opened:  # type: ignore[arg-type]
            key = opened.data_key.hex()
        print(
            f"built {args.notes} notes, {due} due clients in {time.perf_counter() - started:.1f} s"
        )
        copies = {name: Path(tmp) / name for name in ("a", "b", "c")}
        for copy in copies.values():
            shutil.copytree(base, copy)
        results = {
            "expire": measure("expire", copies["a"], "", key),
            "bare delete": measure("bare-delete", copies["b"], str(due), key),
            "backup": measure("backup", copies["c"], str(Path(tmp) / "b.nvb"), key),
            "bare export": measure("bare-export", copies["c"], str(Path(tmp) / "bare.db"), key),
        }
    for name, result in results.items():
        print(f"{name:12} {result['seconds']:8.2f} s   peak {result['peak_kib'] / 1024:7.1f} MiB")
    for ours, bare in (("expire", "bare delete"), ("backup", "bare export")):
        time_ratio = results[ours]["seconds"] / max(results[bare]["seconds"], 1e-9)
        mem_ratio = results[ours]["peak_kib"] / max(results[bare]["peak_kib"], 1)
        print(f"{ours} / {bare}: time x{time_ratio:.2f}, peak memory x{mem_ratio:.2f}")


if __name__ == "__main__":
    main()
