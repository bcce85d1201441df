"""Throughput of this engine against an earlier commit's, on the same notes, in one run.

    PYTHONPATH=. python benchmarks/compare_engine_versions.py [--base REV] [--notes 1000]
        [--loader tests/deid_corpus/handwritten.py DIR ...]

The earlier engine is `git archive REV notes_vault` unpacked into a temporary
folder (default REV: the merge base with main). Each engine runs in its own
process on the notes benchmarks/bench_deid.py runs (the hand-written corpora,
both splits, each with its known subjects; repeated to `--notes`), timed as
the product runs it: a
Deidentifier per note, `redact`, then the final check (`leaks`). Time is CPU
time of that loop only (imports and a warm-up note excluded); the two engines
take turns, `--rounds` times, and the best round of each is reported, since
this machine is shared and noisy. The figure to read is the ratio.
With `--loader` and folders, the notes are the dev split of the hand-written
corpora instead (each note once, repeated to `--notes`), which hold the
non-ASCII text the generated corpus lacks.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_deid import corpus

ROOT = Path(__file__).resolve().parent.parent
# Runs inside each engine's process: reads notes on stdin, prints CPU seconds. It runs
# in the engine's folder (`python -c` puts the working folder first on the path, so run
# from this worktree it would import this engine, whatever PYTHONPATH says), and checks.
WORKER = """
import datetime, json, os, sys, time
import notes_vault
assert notes_vault.__file__.startswith(os.environ["PYTHONPATH"]), notes_vault.__file__
from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
notes = json.load(sys.stdin)
def subject(raw):
    raw = dict(raw)
    zip_code = raw.pop("zip", None)  # a US writer's "zip" key is the postcode field
    raw["postcode"] = raw.get("postcode") or zip_code
    raw["dob"] = datetime.date.fromisoformat(raw["dob"]) if raw.get("dob") else None
    raw["aliases"] = tuple(raw.get("aliases") or ())
    raw["linked"] = tuple(LinkedPerson(**p) for p in raw.get("linked") or ())
    return KnownSubject(**raw)
prepared = [(n["text"], [subject(s) for s in n["subjects"]]) for n in notes]
engine = Deidentifier(prepared[0][1])
engine.leaks(engine.redact(prepared[0][0]).text)
began = time.process_time()
for text, subjects in prepared:
    engine = Deidentifier(subjects)
    engine.leaks(engine.redact(text).text)
print(time.process_time() - began)
"""


def merge_base() -> str:
    """The commit this branch left main at."""
    done = subprocess.run(
        ["git", "merge-base", "HEAD", "main"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def unpack(rev: str, into: Path) -> None:
    """The package as it was at `rev`, in `into`."""
    archive = subprocess.run(
        ["git", "archive", rev, "notes_vault"], cwd=ROOT, capture_output=True, check=True
    )
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive.stdout, check=True)


def cpu_seconds(source: Path, payload: str) -> float:
    """CPU seconds of the timed loop, with `source` first on the import path."""
    done = subprocess.run(
        [sys.executable, "-c", WORKER],
        input=payload,
        capture_output=True,
        text=True,
        check=False,
        cwd=source,
        env={"PYTHONPATH": str(source), "PATH": "/usr/bin:/bin"},
    )
    if done.returncode != 0:
        raise SystemExit(f"engine at {source}: {done.stderr.strip().splitlines()[-1:]}")
    return float(done.stdout.strip())


def handwritten_dev(loader_path: Path, dirs: list[Path]) -> list[dict[str, Any]]:
    """The dev notes of the hand-written corpora, as text and plain subjects."""
    from eval_known import loader  # noqa: PLC0415 - only for this option

    module = loader(loader_path)
    notes = []
    for folder in dirs:
        module.HERE = folder
        notes += [{"text": n["text"], "subjects": n["subjects"]} for n in module.load("dev")]
    return notes


def main() -> None:
    """Time both engines in turns and print notes per CPU-second and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default=None, help="earlier commit (default: merge base)")
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--loader", type=Path, default=None)
    parser.add_argument("dirs", nargs="*", type=Path)
    args = parser.parse_args()
    base = args.base or merge_base()
    if args.loader is None:
        notes = [{"text": n["text"], "subjects": n["subjects"]} for n in corpus([], "all")]
    else:
        notes = handwritten_dev(args.loader, args.dirs)
    payload = json.dumps([notes[i % len(notes)] for i in range(args.notes)])
    with tempfile.TemporaryDirectory() as folder:
        unpack(base, Path(folder))
        best = {"base": float("inf"), "this": float("inf")}
        for _ in range(args.rounds):
            best["base"] = min(best["base"], cpu_seconds(Path(folder), payload))
            best["this"] = min(best["this"], cpu_seconds(ROOT, payload))
    kind = "hand-written dev notes" if args.loader else "notes of bench_deid.py's corpus"
    print(f"{args.notes} {kind}, best of {args.rounds} rounds, one core")
    for name, label in (("base", f"engine at {base[:10]}"), ("this", "this engine")):
        print(f"  {label:24} {args.notes / best[name]:8.1f} notes per CPU-second")
    print(f"  this / base throughput: {best['base'] / best['this']:.2f}")


if __name__ == "__main__":
    main()
