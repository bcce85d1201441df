"""Leave-one-batch-out evaluation of the learned layer on the dev split (never test).

    PYTHONPATH=. .venv/bin/python benchmarks/eval_learned.py [--epochs N]
        [--thresholds 0.5,0.7,0.9]

For each batch of hand-written genre files (the `_b`, `_c`, `_d`, `_e`, `_f` files), trains
the layer (benchmarks/train_learned.py) on the dev notes of every OTHER genre file, then
scores that batch's dev notes with the engine alone and with the engine plus the layer
(compare_corpora.py's scoring: unknown recall per span, token precision over replaced
word tokens). Prints one row per batch and threshold, and the pooled held-out totals,
from which the shipped threshold is chosen (most recall for at most 0.005 precision lost).
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_corpora import Score
from train_learned import Example, Seen, dev_notes, examples, run_engine, train

from notes_vault.deid import Replacement, learned, learned_features

_BATCH = re.compile(r"_([b-z])\Z")


def batch(genre: str) -> str:
    """The batch letter of a genre file ("uk_therapy_e" -> "e"), or "" for the first files."""
    found = _BATCH.search(genre)
    return found.group(1) if found else ""


def layer_reps(found: learned.Model, one: Seen) -> list[Replacement]:
    """What the layer adds to one note, as replacements in the note's own offsets."""
    out = []
    for span in learned.score_note(found, one.clean, one.toks, one.covered):
        start, end = one.normal.span(span.start, span.end)
        out.append(Replacement(start, end, span.category, span.layer, "", span.reason))
    return out


def scores(found: learned.Model, held: list[Seen], thresholds: list[float]) -> list[Score]:
    """The engine alone, then with the layer at each threshold, on the held-out notes."""
    out = [Score() for _ in range(len(thresholds) + 1)]
    for one in held:
        out[0].add(one.note, one.base)
        for k, t in enumerate(thresholds, 1):
            extra = layer_reps(replace(found, threshold=t), one)
            out[k].add(one.note, tuple(sorted((*one.base, *extra), key=lambda r: r.start)))
    return out


def figures(score: Score) -> tuple[float, float, int]:
    """Unknown recall, token precision and replaced tokens."""
    pred, wrong = sum(score.tok_pred.values()), sum(score.tok_wrong.values())
    recall = score.found["unknown"] / score.total["unknown"] if score.total["unknown"] else 1.0
    return recall, (1 - wrong / pred if pred else 1.0), pred


def row(name: str, notes: int, base: Score, score: Score, t: float | None) -> str:
    """One table line: recall and precision before -> after."""
    r0, p0, _ = figures(base)
    r1, p1, n1 = figures(score)
    where = "-" if t is None else f"{t:.2f}"
    return (
        f"{name:8} {notes:>5} {where:>5}  recall {r0:.3f} -> {r1:.3f} ({r1 - r0:+.3f})"
        f"  precision {p0:.3f} -> {p1:.3f} ({p1 - p0:+.3f})  tokens {n1}"
    )


def merge(into: Score, other: Score) -> None:
    """Add one Score's counts to another's."""
    for mine, theirs in (
        (into.total, other.total), (into.found, other.found),
        (into.tok_pred, other.tok_pred), (into.tok_wrong, other.tok_wrong),
    ):  # fmt: skip
        mine.update(theirs)


def main() -> None:
    """Train per held-out batch, score it, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--thresholds", default="0.5,0.6,0.7,0.8,0.85,0.9,0.95")
    args = parser.parse_args()
    thresholds = [float(t) for t in args.thresholds.split(",")]
    seen = run_engine(dev_notes())
    per_note = [examples([one]) for one in seen]
    pooled = [Score() for _ in range(len(thresholds) + 1)]
    for letter in sorted({batch(one.note["genre"]) for one in seen} - {""}):
        data: list[Example] = [
            ex for one, exs in zip(seen, per_note, strict=True)
            if batch(one.note["genre"]) != letter for ex in exs
        ]  # fmt: skip
        held = [one for one in seen if batch(one.note["genre"]) == letter]
        found = train(data, args.epochs, 0.5)
        got = scores(found, held, thresholds)
        for k, t in enumerate(thresholds, 1):
            print(row(f"batch {letter}", len(held), got[0], got[k], t))
        for total, score in zip(pooled, got, strict=True):
            merge(total, score)
    print(f"(features version {learned_features.VERSION}, {args.epochs} epochs)")
    for k, t in enumerate(thresholds, 1):
        print(row("pooled", 0, pooled[0], pooled[k], t))


if __name__ == "__main__":
    main()
