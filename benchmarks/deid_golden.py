"""Golden check for speed work: the engine's output on every note, as digests only.

    .venv/bin/python benchmarks/deid_golden.py write [--out FILE] [--corpus DIR]...
    .venv/bin/python benchmarks/deid_golden.py check [--out FILE] [--corpus DIR]...

Runs the engine on every note of every corpus (tests/deid_corpus/notes.jsonl,
the hand-written genre files of each `--corpus` folder, default this project's
tests/deid_corpus/handwritten/, both splits, and the Presidio synthetic set),
with a seeded Deidentifier and a fixed `today`, in full and known-only modes,
and records for each note the sha256 of its output text, of its replacements
(positions, category, layer, tag and `--explain` reason) and of the final
check's leaks. `write` stores the digests in FILE (default outside the repo,
/tmp/deid_golden.json); `check` recomputes them and says how many notes
differ, by note id only. No note text is ever printed: the test split is run
but never read.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_corpora import PRESIDIO, handwritten, presidio
from eval_deid import load, subject

from notes_vault.deid import Deidentifier

ROOT = Path(__file__).resolve().parent.parent
HANDWRITTEN = ROOT / "tests" / "deid_corpus" / "handwritten"
TODAY = datetime.date(2026, 6, 1)


def notes(folders: list[Path]) -> list[dict[str, Any]]:
    """Every note of every corpus, both splits, each with a unique id."""
    found = load("all")
    for folder in folders or [HANDWRITTEN]:
        for split in ("dev", "test"):
            found += handwritten(folder, split, folders)
    if PRESIDIO.exists():
        found += presidio(PRESIDIO, "dev") + presidio(PRESIDIO, "test")
    return found


def _sha(value: Any) -> str:
    raw = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()


def digest(note: dict[str, Any], *, known_only: bool) -> str:
    """One note's output (text, replacements with reasons, leaks) as one digest."""
    subjects = [subject(s) for s in note["subjects"]]
    engine = Deidentifier(subjects, rng=random.Random(13), known_only=known_only, today=TODAY)
    result = engine.redact(note["text"])
    again = engine.redact(note["text"])  # tags kept across calls on one instance
    reps = [
        [r.start, r.end, r.category, r.layer, r.replacement, r.reason] for r in result.replacements
    ]
    leaks = [[leak.start, leak.end, leak.category] for leak in engine.leaks(result.text)]
    raw_leaks = [[leak.start, leak.end, leak.category] for leak in engine.leaks(note["text"])]
    return _sha([result.text, reps, leaks, raw_leaks, again.text, engine.shift_days])


def digests(folders: list[Path]) -> dict[str, str]:
    """Note id (with mode and position) to digest, for every note."""
    out: dict[str, str] = {}
    for k, note in enumerate(notes(folders)):
        key = f"{k}:{note.get('id', '?')}"
        out[key] = digest(note, known_only=False)
        if note["subjects"]:
            out[key + ":known_only"] = digest(note, known_only=True)
    return out


def main() -> None:
    """Write or check the golden digests."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["write", "check"])
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "deid_golden.json"
    )
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    args = parser.parse_args()
    now = digests(args.corpus)
    if args.action == "write":
        args.out.write_text(json.dumps(now, indent=0), encoding="utf-8")
        print(f"{len(now)} digests written to {args.out}")
        return
    then: dict[str, str] = json.loads(args.out.read_text(encoding="utf-8"))
    differ = sorted(k for k in then.keys() | now.keys() if then.get(k) != now.get(k))
    print(f"{len(now)} digests, {len(differ)} differ from {args.out}")
    for key in differ[:20]:
        print("  differs:", key)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
