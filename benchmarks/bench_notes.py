"""Benchmark: `note add`, `note show`, `note list CLIENT` and `search` at scale, each against
the same operation done by a bare script, and `note add` at 10 notes against N.

    .venv/bin/python benchmarks/bench_notes.py [--notes 100000] [--runs 7]

The vault (built by gen_notes.build_vault, cached under bench-out/ so re-runs
are quick) is copied to a scratch folder, then every operation runs as a child
process: the CLI (``.venv/bin/notes-vault --keyfile KEY``, as cron would) and
a bare Python script that opens the same database with sqlcipher3 and the raw
key and runs the same SQL. Each figure is the median wall time of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gen_notes import build_vault  # noqa: E402 - needs the path above

CLI = ROOT / ".venv" / "bin" / "notes-vault"
OUT = ROOT / "bench-out"
QUERY = "panic partner"
BODY = "Synthetic benchmark note: client discussed sleep, work and panic.\n" * 20

BARE = r"""
import json, sys, sqlcipher3
key, db, op, arg = sys.argv[1:5]
conn = sqlcipher3.connect(db, isolation_level=None)
conn.execute(f"PRAGMA key = \"x'{key}'\"")
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA synchronous = FULL")
conn.execute("PRAGMA secure_delete = ON")
if op == "add":
    body = sys.stdin.buffer.read().decode()
    conn.execute("BEGIN IMMEDIATE")
    cur = conn.execute("INSERT INTO notes (session_date, kind, template, body, created, updated)"
                       " VALUES ('2024-01-01', 'session', 'free', ?, 'x', 'x')", (body,))
    conn.execute("INSERT INTO note_clients VALUES (?, ?)", (int(arg), cur.lastrowid))
    conn.execute("COMMIT")
    print(cur.lastrowid)
elif op == "show":
    rows = conn.execute("SELECT * FROM notes WHERE num = ? OR amends = ? ORDER BY num",
                        (int(arg), int(arg))).fetchall()
    print(json.dumps([list(r) for r in rows]))
elif op == "list":
    rows = conn.execute("SELECT n.num, n.session_date, n.kind, n.template, n.signed, n.amends"
                        " FROM note_clients nc JOIN notes n ON n.num = nc.note_num"
                        " WHERE nc.client_num = ? ORDER BY n.session_date, n.num",
                        (int(arg),)).fetchall()
    print(json.dumps([list(r) for r in rows]))
else:
    sql, params = json.loads(arg)
    print(json.dumps([list(r) for r in conn.execute(sql, params).fetchall()]))
"""


def timed(argv: list[str], stdin: bytes = b"", ok: int = 0) -> float:
    """Wall time of one child process, which must succeed."""
    start = time.perf_counter()
    done = subprocess.run(argv, input=stdin, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != ok:
        raise SystemExit(f"bench: {argv[:4]}... failed: {done.stderr.decode()[:300]}")
    return seconds


def median(runs: int, argv: list[str], stdin: bytes = b"", ok: int = 0) -> float:
    """Median wall time over `runs` runs (after one warm-up run) of a command exiting `ok`."""
    timed(argv, stdin, ok)
    return statistics.median(timed(argv, stdin, ok) for _ in range(runs))


def cached_vault(notes: int, clients: int) -> tuple[Path, Path]:
    """A scratch copy of the cached vault with `notes` notes, and its key file."""
    cache = OUT / f"notes-{notes}"
    if not (cache / "complete").exists():
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        start = time.perf_counter()
        build_vault(cache / "vault", notes=notes, clients=clients)
        print(f"generated {notes} notes in {time.perf_counter() - start:.1f} s")
        (cache / "complete").write_text("ok\n")
    work = OUT / f"work-{notes}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copytree(cache / "vault", work / "vault")
    keyfile = work / "vault.key"
    shutil.copy2(cache / "vault.key", keyfile)
    keyfile.chmod(0o600)
    return work / "vault", keyfile


def data_key(vault_dir: Path, keyfile: Path) -> str:
    """The raw data key, for the bare script."""
    from notes_vault.store import (  # noqa: PLC0415
        credentials,
        vault,
    )

    secret = credentials.parse_keyfile(keyfile.read_bytes())
    with vault.open_vault(vault_dir, secret) as opened:
        return opened.data_key.hex()


def operations(vault_dir: Path, key: str) -> dict[str, tuple[list[str], list[str], bytes]]:
    """For each operation: the CLI arguments, the bare script's arguments, and stdin."""
    from notes_vault.records.search import compile_query, search_sql  # noqa: PLC0415

    sql, params = search_sql(compile_query(QUERY), limit=20)
    bare = [sys.executable, "-c", BARE, key, str(vault_dir / "vault.db")]
    return {
        "note add": (["note", "add", "C0007"], [*bare, "add", "7"], BODY.encode()),
        "note show": (["--json", "note", "show", "N0042"], [*bare, "show", "42"], b""),
        "note list CLIENT": (["--json", "note", "list", "C0007"], [*bare, "list", "7"], b""),
        "search": (
            ["--json", "search", QUERY],
            [*bare, "search", json.dumps([sql, params])],
            b"",
        ),
    }


def trigram_size(notes: int = 5000) -> dict[str, float]:
    """Index size (MB, plain SQLite, synthetic text) per tokenizer for `notes` notes."""
    import random  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    import sqlcipher3  # noqa: PLC0415 - unkeyed: a plain SQLite file of synthetic text

    from benchmarks.gen_notes import _word_pool, note_text  # noqa: PLC0415

    rng = random.Random(1)
    pool = _word_pool(rng)
    texts = [(note_text(rng, pool),) for _ in range(notes)]
    sizes: dict[str, float] = {}
    for name, tokenizer in (
        ("porter unicode61", "porter unicode61 remove_diacritics 2"),
        ("trigram", "trigram"),
    ):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "t.db"
            conn = sqlcipher3.connect(str(path))
            conn.execute(
                f"CREATE VIRTUAL TABLE f USING fts5(b, content='', tokenize='{tokenizer}')"
            )
            conn.executemany("INSERT INTO f(b) VALUES (?)", texts)
            conn.execute("INSERT INTO f(f) VALUES ('optimize')")
            conn.commit()
            conn.execute("VACUUM")
            conn.close()
            sizes[name] = path.stat().st_size / 1e6
    sizes["text"] = sum(len(t[0].encode()) for t in texts) / 1e6
    return sizes


def main() -> None:
    """Run the benchmark and print a report (and --json figures)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=0, help="default: notes / 50")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    clients = args.clients or max(10, args.notes // 50)
    big, big_key = cached_vault(args.notes, clients)
    small, small_key = cached_vault(10, 10)
    key = data_key(big, big_key)
    # Start-up: the CLI parsing and dispatching a command that stops before any vault
    # work (no vault at that path: exit 5), i.e. Python, Typer, rich and our imports.
    startup = median(args.runs, [str(CLI), "--vault", str(OUT / "none"), "note", "list"], ok=5)
    results = {}
    for name, (cli_args, bare_args, stdin) in operations(big, key).items():
        cli = median(
            args.runs, [str(CLI), "--keyfile", str(big_key), "--vault", str(big), *cli_args], stdin
        )
        bare = median(args.runs, bare_args, stdin)
        results[name] = {
            "cli": cli,
            "bare": bare,
            "ratio": cli / bare,
            "target": 1.5 * bare + startup,
        }
    add_small = median(
        args.runs,
        [str(CLI), "--keyfile", str(small_key), "--vault", str(small), "note", "add", "C0001"],
        BODY.encode(),
    )
    size_mb = (big / "vault.db").stat().st_size / 1e6
    print(
        f"\nnotes-vault benchmark: {args.notes} notes over {clients} clients, median of {args.runs}"
    )
    print(f"database size: {size_mb:.1f} MB; CLI start-up (no vault work): {startup * 1000:.0f} ms")
    print(f"{'operation':<18}{'CLI ms':>9}{'bare ms':>9}{'ratio':>7}  <= 1.5x bare + start-up")
    for name, r in results.items():
        verdict = "yes" if r["cli"] <= r["target"] else "NO"
        cli_ms, bare_ms = r["cli"] * 1000, r["bare"] * 1000
        print(f"{name:<18}{cli_ms:>9.0f}{bare_ms:>9.0f}{r['ratio']:>7.2f}  {verdict}")
    big_add = results["note add"]["cli"]
    print(
        f"note add at 10 notes: {add_small * 1000:.0f} ms;"
        f" at {args.notes}: {big_add * 1000:.0f} ms (ratio {big_add / add_small:.2f})"
    )
    sizes = trigram_size()
    print(
        f"FTS index for 5,000 notes ({sizes['text']:.1f} MB of text): porter unicode61"
        f" {sizes['porter unicode61']:.1f} MB, trigram {sizes['trigram']:.1f} MB"
    )
    shutil.rmtree(big.parent, ignore_errors=True)
    shutil.rmtree(small.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
