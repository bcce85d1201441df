"""Throughput (notes per second, one core) and recall: this engine against scrubadub.

    PYTHONPATH=. python benchmarks/bench_deid.py [--notes 1000]

Bench notes are about 1.5 KB: five corpus notes joined, with all their
subjects known (roles CLIENT, CLIENT 2, ...). Recall is entity level over
every labelled span (any overlapping replacement counts). scrubadub is
optional (`pip install scrubadub==2.0.1`); without it the script says
"not installed" and times this engine alone.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_deid import load, subject

from notes_vault.deid import Deidentifier

GROUP = 6


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
    """Seconds taken and detections of this engine (one Deidentifier per note)."""
    Deidentifier([]).redact("warm up: load the gazetteers once")
    began = time.perf_counter()
    found = []
    for note in notes:
        result = Deidentifier(note["subjects"]).redact(note["text"])
        found.append([(r.start, r.end) for r in result.replacements])
    return time.perf_counter() - began, found


def run_scrubadub(notes: list[dict[str, Any]]) -> tuple[float, list[list[tuple[int, int]]]] | None:
    """Seconds and detections of scrubadub's default (offline) detectors, or None."""
    try:
        import scrubadub  # noqa: PLC0415 - optional comparison tool
    except ImportError:
        return None
    scrubber = scrubadub.Scrubber()
    began = time.perf_counter()
    found = [[(f.beg, f.end) for f in scrubber.iter_filth(note["text"])] for note in notes]
    return time.perf_counter() - began, found


def main() -> None:
    """Time both engines on the same notes and print throughput and recall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()
    notes = bench_notes(args.notes)
    size = sum(len(n["text"]) for n in notes) / len(notes)
    print(f"{len(notes)} notes, mean {size:.0f} characters")
    seconds, found = run_ours(notes)
    ours = len(notes) / seconds
    print(f"notes_vault.deid : {ours:8.1f} notes/s  recall {recall(notes, found):.3f}")
    other = run_scrubadub(notes)
    if other is None:
        print("scrubadub        : not installed (pip install scrubadub==2.0.1)")
        return
    theirs = len(notes) / other[0]
    print(f"scrubadub 2      : {theirs:8.1f} notes/s  recall {recall(notes, other[1]):.3f}")
    print(f"throughput ratio : {ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
