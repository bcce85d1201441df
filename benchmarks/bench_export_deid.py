"""Throughput of the engine in a supervision export's shape: one engine, many notes.

    PYTHONPATH=. python benchmarks/bench_export_deid.py [--base DIR] [--clients 2]
        [--notes 300] [--rounds 2] [--profile N]

A supervision export (and `deid --client`) builds one Deidentifier for a
client's known subjects and runs every note of that client through it
(notes_vault/exports/supervision.py `_section`, redaction.py `redact`:
`redact`, the review of quasi-identifiers, then the final check `leaks`).
Per-note benchmarks (bench_deid.py, compare_engine_versions.py) build an
engine per note, so they do not show work that is redone per note but
depends only on the subjects. This one times that shape.

Notes: the dev split of the hand-written corpus (its test split is never
used), each with its own subject. The corpus has one note per client, so a
client's notes are made: `--clients` subjects (the first notes' own) each
get `--notes` notes, the dev notes in turn, with each note's own subject's
name words swapped for the client's (first for first, last for last), so the
known layer finds the client in them as it would in the client's own notes.
Nothing is printed but timings and counts. A note the final check refuses
is counted (as an export would refuse it), not an error.

Time is CPU time of the loop only (imports and one warm-up note excluded),
in a fresh process per engine: this worktree's, and with `--base DIR` the
package unpacked in DIR (e.g. `git archive REV notes_vault | tar -x -C DIR`),
taking turns `--rounds` times; the best round of each is reported, and the
ratio (base over this; above 1 is faster). `--profile N` profiles this
worktree's engine in-process instead and prints the top N functions by own
time and by cumulative time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _swap(text: str, own: str, client: str) -> str:
    """`text` with its own subject's first and last name words made the client's."""
    pairs = []
    own_words, client_words = own.split(), client.split()
    if own_words and client_words:
        pairs.append((own_words[0], client_words[0]))
    if len(own_words) > 1 and len(client_words) > 1:
        pairs.append((own_words[-1], client_words[-1]))
    for old, new in pairs:
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def payload(clients: int, count: int) -> list[dict[str, Any]]:
    """Per client: its subjects (as the corpus gives them) and its notes' texts."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_deid import corpus  # noqa: PLC0415 - only the parent process reads the corpus

    notes = [n for n in corpus([], "dev") if n["subjects"]]
    out = []
    for k in range(clients):
        subjects = notes[k]["subjects"]
        name = subjects[0]["name"]
        texts = []
        for i in range(count):
            note = notes[(k * count + i) % len(notes)]
            texts.append(_swap(note["text"], note["subjects"][0]["name"], name))
        out.append({"subjects": subjects, "texts": texts})
    return out


def run(clients: list[dict[str, Any]]) -> tuple[float, int, int]:
    """CPU seconds of the export loop over every client, notes done and notes refused."""
    import datetime  # noqa: PLC0415 - imported here so the worker's notes_vault is the one timed
    import random  # noqa: PLC0415

    from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson  # noqa: PLC0415
    from notes_vault.errors import IdentifierLeft  # noqa: PLC0415
    from notes_vault.exports.redaction import redact  # noqa: PLC0415

    def subject(raw: dict[str, Any]) -> KnownSubject:
        dob = raw.get("dob")
        return KnownSubject(
            role=raw["role"],
            name=raw["name"],
            aliases=tuple(raw.get("aliases", ())),
            dob=datetime.date.fromisoformat(dob) if dob else None,
            phone=raw.get("phone"),
            email=raw.get("email"),
            address=raw.get("address"),
            postcode=raw.get("postcode") or raw.get("zip"),
            linked=tuple(LinkedPerson(p["name"], p["relation"]) for p in raw.get("linked", ())),
        )

    known = [[subject(s) for s in c["subjects"]] for c in clients]
    warm = Deidentifier(known[0], rng=random.Random(1))
    warm.leaks(warm.redact(clients[0]["texts"][0]).text)
    done = refused = 0
    began = time.process_time()
    for subjects, client in zip(known, clients, strict=True):
        engine = Deidentifier(subjects, rng=random.Random(7))
        for number, text in enumerate(client["texts"], start=1):
            try:
                redact(engine, f"session {number}", text)
            except IdentifierLeft:
                refused += 1
            done += 1
    return time.process_time() - began, done, refused


def _worker() -> None:
    import notes_vault  # noqa: PLC0415

    where = os.environ.get("PYTHONPATH", "")
    assert notes_vault.__file__.startswith(str(Path(where).resolve())), notes_vault.__file__
    print(json.dumps(run(json.load(sys.stdin))))


def timed(source: Path, data: str) -> tuple[float, int, int]:
    """The loop's figures in a fresh process with `source` first on the import path."""
    env = dict(os.environ, PYTHONPATH=str(source))
    done = subprocess.run(
        [sys.executable, __file__, "--worker"],
        input=data,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:  # the traceback's last line: an exception's name and message
        sys.exit(f"{source}: {done.stderr.strip().splitlines()[-1:]}")
    seconds, notes, refused = json.loads(done.stdout)
    return seconds, notes, refused


def profile(clients: list[dict[str, Any]], top: int) -> None:
    """This worktree's engine under cProfile: the top functions, own and cumulative."""
    import cProfile  # noqa: PLC0415
    import pstats  # noqa: PLC0415

    sys.path.insert(0, str(ROOT))
    profiler = cProfile.Profile()
    profiler.runcall(run, clients)
    for key in ("tottime", "cumulative"):
        pstats.Stats(profiler).sort_stats(key).print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="a folder holding an earlier notes_vault")
    parser.add_argument("--clients", type=int, default=2)
    parser.add_argument("--notes", type=int, default=300, help="notes per client")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", type=int, default=0, help="profile; print top N")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker()
        return
    clients = payload(args.clients, args.notes)
    if args.profile:
        profile(clients, args.profile)
        return
    data = json.dumps(clients)
    engines = {"this": ROOT} | ({"base": args.base.resolve()} if args.base else {})
    best: dict[str, float] = {}
    for turn in range(args.rounds):
        for name, source in engines.items():
            seconds, notes, refused = timed(source, data)
            best[name] = min(best.get(name, seconds), seconds)
            print(f"round {turn + 1} {name}: {seconds:.2f} s CPU, {notes} notes, {refused} refused")
    for name, seconds in best.items():
        print(f"{name}: best {seconds:.2f} s, {args.clients * args.notes / seconds:.1f} notes/s")
    if "base" in best:
        print(f"ratio base/this: {best['base'] / best['this']:.2f}x")


if __name__ == "__main__":
    main()
