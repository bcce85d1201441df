"""Notes per CPU-second, recall and token precision: this engine, Presidio and scrubadub.

    .venv/bin/python benchmarks/bench_deid.py [--corpus DIR]... [--split all|dev|test]
        [--repeat N]

Corpus: the hand-written notes (`--corpus` folders of genre files, default
this project's tests/deid_corpus/handwritten/; if there is none, the
generated tests/deid_corpus/notes.jsonl), each note with its known subjects.
Every engine sees the same notes, repeated `--repeat` times for timing
(default 5); quality is scored on one pass. Time is CPU time of the process
doing the work (`time.process_time`), so the figures are notes per
CPU-second; read the ratios, which are measured in the same run.

This engine is timed as the product runs it: a Deidentifier per note (its
index of known identifiers built), `redact`, then the fail-closed re-scan
(`leaks`). The others run in `.venv-compare` (which `make bench` creates):
benchmarks/compare_presidio.py and compare_scrubadub.py say what each of
their configurations does. No rule-based clinical de-identifier runs offline
from the registries (philter-lite installs, but needs NLTK tagger data that
downloads from outside them), so none is compared.

Recall: share of labelled spans overlapped by a detection (all labels, and
labels the vault does not know). Token precision: share of detected word
tokens that lie inside a label.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_corpora import Score, handwritten
from eval_deid import load, subject

from notes_vault.deid import Deidentifier, Replacement

ROOT = Path(__file__).resolve().parent.parent
COMPARE = ROOT / ".venv-compare" / "bin" / "python"
HANDWRITTEN = ROOT / "tests" / "deid_corpus" / "handwritten"
OTHERS = {
    "compare_presidio.py": {
        "patterns": "Presidio 2.2, patterns (no spaCy model)",
        "patterns+known": "Presidio, patterns + known ids",
    },
    "compare_scrubadub.py": {
        "default": "scrubadub 2.0.1, default detectors",
        "known": "scrubadub, offline detectors + known ids",
        "known+dates": "scrubadub, + known ids + dates",
    },
}


def corpus(folders: list[Path], split: str) -> list[dict[str, Any]]:
    """The labelled notes every engine is run on."""
    folders = folders or ([HANDWRITTEN] if HANDWRITTEN.exists() else [])
    if not folders:
        return [n for n in load("all") if split in ("all", n["split"])]
    splits = ("dev", "test") if split == "all" else (split,)
    return [n for f in folders for s in splits for n in handwritten(f, s, folders)]


def run_ours(
    notes: list[dict[str, Any]], repeat: int
) -> tuple[float, list[tuple[Replacement, ...]], int]:
    """CPU seconds for `repeat` passes, the replacements of one pass, and notes refused.

    A note whose output still holds a known identifier is refused by the
    final check, as an export would refuse it (exit 8): it is counted, and
    scored on its replacements.
    """
    Deidentifier([]).redact("warm up: load the gazetteers once")
    known = [[subject(s) for s in note["subjects"]] for note in notes]
    began = time.process_time()
    found: list[tuple[Replacement, ...]] = []
    refused = 0
    for _ in range(repeat):
        found, refused = [], 0
        for note, subjects in zip(notes, known, strict=True):
            engine = Deidentifier(subjects)
            result = engine.redact(note["text"])
            refused += bool(engine.leaks(result.text))
            found.append(result.replacements)
    return time.process_time() - began, found, refused


def run_other(script: str, notes: list[dict[str, Any]], repeat: int) -> dict[str, Any] | None:
    """Another engine's results from .venv-compare, or None if it is not set up."""
    if not COMPARE.exists():
        return None
    payload = [{"text": n["text"], "subjects": n["subjects"]} for n in notes] * repeat
    done = subprocess.run(
        [str(COMPARE), str(ROOT / "benchmarks" / script)],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        print(f"{script}: failed ({done.stderr.strip().splitlines()[-1:]})")
        return None
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@dataclasses.dataclass(frozen=True)
class _Found:
    start: int
    end: int
    category: str
    reason: str = "another engine"


def quality(notes: list[dict[str, Any]], found: list[Any]) -> tuple[float, float, float]:
    """(recall of all labels, recall of labels the vault does not know, token precision)."""
    score = Score()
    for note, spans in zip(notes, found, strict=True):
        reps = tuple(s if isinstance(s, Replacement) else _Found(s[0], s[1], s[2]) for s in spans)
        score.add(note, reps)  # type: ignore[arg-type]
    pred, wrong = sum(score.tok_pred.values()), sum(score.tok_wrong.values())
    precision = 1 - wrong / pred if pred else 1.0
    return (
        score.found["all"] / score.total["all"],
        score.found["unknown"] / score.total["unknown"],
        precision,
    )


def main() -> None:
    """Time every engine on the same notes; print throughput, recall, precision and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--split", choices=["all", "dev", "test"], default="all")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    notes = corpus(args.corpus, args.split)
    size = sum(len(n["text"]) for n in notes) / len(notes)
    print(f"{len(notes)} notes x {args.repeat}, mean {size:.0f} characters, one process each")
    head = f"{'engine':44} {'notes/CPU-s':>11} {'recall':>7} {'unknown':>7} {'tok.prec':>8}"
    print(head + "  ours/theirs")
    seconds, found, refused = run_ours(notes, args.repeat)
    ours = len(notes) * args.repeat / seconds
    cells = quality(notes, found)
    print(f"{'notes_vault.deid':44} {ours:11.1f} {cells[0]:7.3f} {cells[1]:7.3f} {cells[2]:8.3f}")
    if refused:
        print(f"  ({refused} notes refused by the final check: a known identifier survived)")
    for script, configs in OTHERS.items():
        other = run_other(script, notes, args.repeat)
        if other is None:
            print(f"{script}: not run (`make bench` creates .venv-compare)")
            continue
        for config, label in configs.items():
            theirs = len(notes) * args.repeat / other[config]["cpu_seconds"]
            cells = quality(notes, other[config]["found"][: len(notes)])
            print(
                f"{label:44} {theirs:11.1f} {cells[0]:7.3f} {cells[1]:7.3f} {cells[2]:8.3f}"
                f"  {ours / theirs:6.1f}x"
            )


if __name__ == "__main__":
    main()
