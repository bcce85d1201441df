"""Synthetic vaults for benchmarks: N notes of about 1.5 KB over M clients, inserted in bulk.

    from benchmarks.gen_notes import build_vault
    keyfile = build_vault(Path("bench-out/v"), notes=100_000, clients=2_000)

The vault is made with cheap Argon2id parameters (the benchmark measures the
database, not the KDF) and unlocked by a key file, as cron would. Text is
drawn from a Zipf-distributed vocabulary of made-up words plus common clinical
words, so the full-text index has a realistic shape (a few very common terms,
a long tail of rare ones). Nothing here is real client data.

Run directly to make one: ``python benchmarks/gen_notes.py PATH --notes N --clients M``.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "benchmark passphrase"
CLINICAL = (  # noqa: SIM905 - a word list reads better as prose
    "anxious sleep work mother father partner argued session homework breathing panic avoided"
    " goal progress relapse shame anger grief loss school friend exposure thought record"
    " evidence schema trigger calm improved worse week tearful appetite motivation boundaries"
    " supervision transference rupture repair attachment trauma memory dream conflict"
).split()
SYLLABLES = "ka lo mi ne ru ta si vo pe da fi gu ho ja ke li mo nu pa re so tu ve wa ze".split()  # noqa: SIM905
WORDS_PER_NOTE = 230  # about 1.5 KB of text
POOL = 400_000


def _vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    words = set(CLINICAL)
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = list(CLINICAL) + sorted(words - set(CLINICAL))
    rng.shuffle(ordered)
    return ordered


def _word_pool(rng: random.Random) -> list[str]:
    vocabulary = _vocabulary(rng)
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocabulary))))
    return rng.choices(vocabulary, cum_weights=weights, k=POOL)


def note_text(rng: random.Random, pool: list[str]) -> str:
    """One synthetic note of about 1.5 KB: sentences cut from the word pool."""
    start = rng.randrange(0, len(pool) - WORDS_PER_NOTE)
    words = pool[start : start + WORDS_PER_NOTE]
    sentences = [" ".join(words[i : i + 12]).capitalize() + "." for i in range(0, len(words), 12)]
    return "\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))


def _fill(db: object, notes: int, clients: int, seed: int) -> None:
    rng = random.Random(seed)
    pool = _word_pool(rng)
    first = date(2000, 1, 1)
    run = db.executemany  # type: ignore[attr-defined]
    run(
        "INSERT INTO clients (num, code, name, started, created, updated)"
        " VALUES (?, ?, ?, '2000-01-01', 'x', 'x')",
        [(c, f"P-B{c:05d}", f"Bench Client {c}") for c in range(1, clients + 1)],
    )
    batch = 5000
    for start in range(1, notes + 1, batch):
        nums = range(start, min(start + batch, notes + 1))
        run(
            "INSERT INTO notes (num, session_date, kind, template, body, created, updated)"
            " VALUES (?, ?, 'session', 'free', ?, 'x', 'x')",
            [
                (n, (first + timedelta(days=n * 9000 // notes)).isoformat(), note_text(rng, pool))
                for n in nums
            ],
        )
        run(
            "INSERT INTO note_clients (client_num, note_num) VALUES (?, ?)",
            [((n - 1) % clients + 1, n) for n in nums],
        )


def build_vault(path: Path, *, notes: int = 100_000, clients: int = 2_000, seed: int = 3) -> Path:
    """Make a vault at `path` holding `notes` synthetic notes over `clients` clients.

    Returns the path of a key file (0600, beside the vault folder) that unlocks it.
    """
    from notes_vault.store import (  # noqa: PLC0415 - keeps `--help` of scripts fast
        credentials,
        keys,
        vault,
    )

    secret = credentials.Passphrase(PASSPHRASE.encode())
    opened, _recovery = vault.create(path, secret, keys.KdfParams(8 * 1024, 1, 1))
    keyfile = path.parent / f"{path.name}.key"
    if keyfile.exists():
        keyfile.unlink()
    with opened:
        vault.add_keyfile(opened, keyfile)
        with opened.db.transaction():
            _fill(opened.db, notes, max(1, clients), seed)
        opened.db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
        opened.db.checkpoint()
    return keyfile


def main() -> None:
    """Command line: build one vault and say how long it took."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=2_000)
    args = parser.parse_args()
    start = time.perf_counter()
    keyfile = build_vault(args.path, notes=args.notes, clients=args.clients)
    print(f"built {args.notes} notes in {time.perf_counter() - start:.1f} s; key file {keyfile}")


if __name__ == "__main__":
    main()
