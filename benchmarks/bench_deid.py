"""Throughput (notes per second, one core) and recall: this engine against scrubadub.

    PYTHONPATH=. python benchmarks/bench_deid.py [--notes 1000]

Bench notes are about 1.4 KB: six corpus notes joined, with all their
subjects known (roles CLIENT, CLIENT 2, ...). Recall is entity level over
every labelled span (any overlapping replacement counts). This engine is
timed as the product runs it: a Deidentifier per note (its index built from
the note's subjects), `redact`, then the fail-closed re-scan (`leaks`).

scrubadub 2.0.1 runs in its own virtual environment, `.venv-compare`, which
`make bench` creates (it pulls in scikit-learn and more, which the product
does not need); benchmarks/compare_scrubadub.py says what each of its three
configurations does. Without that environment the script says so and times
this engine alone.
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
from eval_deid import load, subject

from notes_vault.deid import Deidentifier

GROUP = 6
ROOT = Path(__file__).resolve().parent.parent
COMPARE = ROOT / ".venv-compare" / "bin" / "python"
CONFIGS = {
    "default": "scrubadub, default detectors",
    "known": "scrubadub + known identifiers",
    "known+dates": "scrubadub + known ids + dates",
}


def bench_notes(count: int) -> list[dict[str, Any]]:
    """`count` notes of about 1.5 KB built from the labelled corpus."""
    corpus = load("all")
    notes = []
    for n in range(count):
        parts = [corpus[(n * GROUP + k) % len(corpus)] for k in range(GROUP)]
        text, spans, subjects = "", [], []
        for k, part in enumerate(parts):
            spans += [
                {**s, "start": s["start"] + len(text), "end": s["end"] + len(text)}
                for s in part["spans"]
            ]
            role = "CLIENT" if k == 0 else f"CLIENT {k + 1}"
            subjects += [dataclasses.replace(subject(s), role=role) for s in part["subjects"]]
            text += part["text"] + "\n"
        notes.append({"text": text, "spans": spans, "subjects": subjects})
    return notes


def recall(notes: list[dict[str, Any]], found: list[list[tuple[int, int]]]) -> float:
    """Share of labelled spans overlapped by some detection."""
    total = hit = 0
    for note, spans in zip(notes, found, strict=True):
        for gold in note["spans"]:
            total += 1
            hit += any(s < gold["end"] and gold["start"] < e for s, e in spans)
    return hit / total


def run_ours(notes: list[dict[str, Any]]) -> tuple[float, list[list[tuple[int, int]]]]:
    """Seconds taken and detections of this engine: index, redact, re-scan, per note."""
    Deidentifier([]).redact("warm up: load the gazetteers once")
    began = time.perf_counter()
    found = []
    for note in notes:
        engine = Deidentifier(note["subjects"])
        result = engine.redact(note["text"])
        if engine.leaks(result.text):
            raise SystemExit("a known identifier survived redaction")
        found.append([(r.start, r.end) for r in result.replacements])
    return time.perf_counter() - began, found


def run_scrubadub(notes: list[dict[str, Any]]) -> dict[str, Any] | None:
    """scrubadub's results from its own environment, or None if it is not there."""
    if not COMPARE.exists():
        return None
    payload = [{"text": n["text"], "subjects": [_plain(s) for s in n["subjects"]]} for n in notes]
    done = subprocess.run(
        [str(COMPARE), str(ROOT / "benchmarks" / "compare_scrubadub.py")],
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _plain(subject: Any) -> dict[str, Any]:
    raw = dataclasses.asdict(subject)
    raw["dob"] = subject.dob.isoformat() if subject.dob else None
    return raw


def main() -> None:
    """Time both engines on the same notes and print throughput, recall and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    notes = bench_notes(args.notes)
    size = sum(len(n["text"]) for n in notes) / len(notes)
    print(f"{len(notes)} notes, mean {size:.0f} characters, one core")
    seconds, found = run_ours(notes)
    ours = len(notes) / seconds
    print(f"{'notes_vault.deid':32} {ours:8.1f} notes/s  recall {recall(notes, found):.3f}")
    other = run_scrubadub(notes)
    if other is None:
        print("scrubadub: not set up (`make bench` creates .venv-compare with scrubadub 2.0.1)")
        return
    for config, label in CONFIGS.items():
        theirs = len(notes) / other[config]["seconds"]
        found = [[(s, e) for s, e in spans] for spans in other[config]["found"]]
        print(
            f"{label:32} {theirs:8.1f} notes/s  recall {recall(notes, found):.3f}"
            f"  -> ours is {ours / theirs:.1f}x its throughput"
        )


if __name__ == "__main__":
    main()
