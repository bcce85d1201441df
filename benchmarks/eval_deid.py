"""Recall, precision and F1 of the de-identification engine, per category.

    PYTHONPATH=. python benchmarks/eval_deid.py [--split dev|test|all]
        [--corpus generated|handwritten|all] [--presidio PATH]

Two labelled corpora: the generated one (tests/deid_corpus/notes.jsonl, made from
templates) and the hand-written one (tests/deid_corpus/handwritten/*.txt, one table per
genre file and one for all of them). On the generated corpus a known identifier left in
an output fails an assert, as before; on the hand-written one it is counted and printed
("known identifiers left"), with how many of those notes the engine's own leak check
would have stopped (export exit 8) and how many would have gone out (exit 0).

Entity level: a labelled span counts as found when any replacement overlaps
it (whatever tag it got: for privacy, removed is what matters); a replacement
counts as correct when it overlaps any labelled span. Token level: the same
over word tokens. "known" rows are identifiers the vault holds (target recall
1.00); "unknown people/places" are person, place, organisation and street
spans only the context layer can find.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "deid_corpus"))
import handwritten

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson, Replacement
from notes_vault.deid.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "deid_corpus" / "notes.jsonl"
PRESIDIO = ROOT.parent / "shared" / "corpora" / "presidio-synth" / "synth_dataset_v2.json"
UNKNOWN = {"person", "place", "organisation", "address"}
CONTEXT = {"person", "place", "organisation", "address"}


def subject(raw: dict[str, Any]) -> KnownSubject:
    """A corpus subject as the engine takes it."""
    return KnownSubject(
        role=raw["role"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases", ())),
        dob=datetime.date.fromisoformat(raw["dob"]) if raw.get("dob") else None,
        phone=raw.get("phone"),
        email=raw.get("email"),
        address=raw.get("address"),
        postcode=raw.get("postcode") or raw.get("zip"),  # a US writer's "zip" key (round 18)
        linked=tuple(LinkedPerson(p["name"], p["relation"]) for p in raw.get("linked", ())),
    )


def load(split: str) -> list[dict[str, Any]]:
    """The corpus notes of one split (or all)."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    notes = [json.loads(line) for line in lines if line.strip()]
    return [n for n in notes if split in ("all", n["split"])]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _group(span: dict[str, Any]) -> str:
    if span["known"]:
        return f"known {span['category']}"
    return span["category"]


class Tally:
    """Found/missed and right/wrong counts per row."""

    def __init__(self) -> None:
        self.found: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        self.right: dict[str, int] = defaultdict(int)
        self.predicted: dict[str, int] = defaultdict(int)

    def gold(self, rows: list[str], hit: bool) -> None:
        for row in rows:
            self.total[row] += 1
            self.found[row] += hit

    def guess(self, rows: list[str], hit: bool) -> None:
        for row in rows:
            self.predicted[row] += 1
            self.right[row] += hit


def score(note: dict[str, Any], reps: tuple[Replacement, ...], ent: Tally, tok: Tally) -> None:
    """Add one note's entity- and token-level counts."""
    gold = [((s["start"], s["end"]), s) for s in note["spans"]]
    pred = [((r.start, r.end), r) for r in reps]
    for where, span in gold:
        rows = [_group(span), "overall"] + (["known (all)"] if span["known"] else [])
        rows += (
            ["unknown people/places"] if not span["known"] and span["category"] in UNKNOWN else []
        )
        ent.gold(rows, any(_overlaps(where, p) for p, _ in pred))
    for where, rep in pred:
        rows = [f"predicted {rep.category}", "overall"]
        rows += (
            ["unknown people/places"] if rep.layer == "context" and rep.category in CONTEXT else []
        )
        ent.guess(rows, any(_overlaps(where, g) for g, _ in gold))
    for t in tokenize(note["text"]):
        if not t.text[0].isalnum():
            continue
        where = (t.start, t.end)
        inside = [s for g, s in gold if _overlaps(where, g)]
        predicted = any(_overlaps(where, p) for p, _ in pred)
        if inside:
            tok.gold([_group(inside[0]), "overall"], predicted)
        tok.guess(["overall"], bool(inside) if predicted else False) if predicted else None


def report(title: str, tally: Tally) -> None:
    """Print recall, precision and F1 per row."""
    print(f"\n{title}\n{'row':32} {'recall':>7} {'precision':>9} {'F1':>6} {'n':>6}")
    rows = sorted(set(tally.total) | set(tally.predicted), key=lambda r: (r == "overall", r))
    for row in rows:
        recall = tally.found[row] / tally.total[row] if tally.total[row] else None
        precision = tally.right[row] / tally.predicted[row] if tally.predicted[row] else None
        f1 = 2 * recall * precision / (recall + precision) if recall and precision else None
        cells = [f"{v:.3f}" if v is not None else "-" for v in (recall, precision, f1)]
        n = tally.total[row] or tally.predicted[row]
        print(f"{row:32} {cells[0]:>7} {cells[1]:>9} {cells[2]:>6} {n:>6}")


def run_corpus(split: str) -> None:
    """Evaluate on the labelled corpus."""
    ent, tok = Tally(), Tally()
    for note in load(split):
        engine = Deidentifier([subject(s) for s in note["subjects"]], rng=random.Random(0))
        result = engine.redact(note["text"])
        assert not engine.leaks(result.text), note["id"]
        score(note, result.replacements, ent, tok)
    report(f"Generated corpus split '{split}': entity level", ent)
    report(f"Generated corpus split '{split}': token level", tok)


PRESIDIO_CLASSES = {
    "PERSON": "person",
    "STREET_ADDRESS": "location",
    "GPE": "location",
    "LOCATION": "location",
    "ORGANIZATION": "organisation",
}
OURS = {
    "person": "person",
    "name": "person",
    "place": "location",
    "address": "location",
    "organisation": "organisation",
}


def run_presidio(path: Path) -> None:
    """Recall on the Presidio synthetic set's people, locations and organisations (no tuning)."""
    if not path.exists():
        print(f"\n(presidio-synth not found at {path}: skipped)")
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for item in data:
        reps = Deidentifier([], rng=random.Random(0)).redact(item["full_text"]).replacements
        for span in item["spans"]:
            kind = PRESIDIO_CLASSES.get(span["entity_type"])
            if kind is None:
                continue
            where = (span["start_position"], span["end_position"])
            hits = [r for r in reps if _overlaps(where, (r.start, r.end))]
            counts = found[span["entity_type"]]
            counts[0] += 1
            counts[1] += bool(hits)
            counts[2] += any(OURS.get(r.category) == kind for r in hits)
    print(f"\nPresidio synthetic set ({path.name}), no subjects, recall:")
    print(f"{'entity type':16} {'n':>5} {'removed':>8} {'same class':>10}")
    for name, (n, any_hit, same) in sorted(found.items()):
        print(f"{name:16} {n:>5} {any_hit / n:>8.3f} {same / n:>10.3f}")


def _missed_known(note: dict[str, Any], reps: tuple[Replacement, ...]) -> int:
    """How many of the note's known spans no replacement overlaps."""
    return sum(
        1
        for s in note["spans"]
        if s["known"] and not any(_overlaps((s["start"], s["end"]), (r.start, r.end)) for r in reps)
    )


Run = tuple[dict[str, Any], tuple[Replacement, ...], bool]


def redact_all(notes: list[dict[str, Any]]) -> list[Run]:
    """Each note with its replacements and whether the engine's leak check flags the output."""
    runs: list[Run] = []
    for note in notes:
        engine = Deidentifier([subject(s) for s in note["subjects"]], rng=random.Random(0))
        result = engine.redact(note["text"])
        runs.append((note, result.replacements, bool(engine.leaks(result.text))))
    return runs


def tallies(runs: list[Run]) -> tuple[Tally, Tally]:
    """Entity- and token-level counts over some notes, with a known-recall row per variant."""
    ent, tok = Tally(), Tally()
    for note, reps, _ in runs:
        score(note, reps, ent, tok)
        if note.get("variant"):
            for s in note["spans"]:
                if s["known"]:
                    hit = any(_overlaps((s["start"], s["end"]), (r.start, r.end)) for r in reps)
                    ent.gold([f"known recall [{note['variant']}]"], hit)
    return ent, tok


def known_left(title: str, runs: list[Run]) -> None:
    """Print the known identifiers an export would leave, and whether exit 0 would let them out."""
    left = [(_missed_known(note, reps), flagged) for note, reps, flagged in runs]
    notes = [(n, flagged) for n, flagged in left if n]
    caught = sum(flagged for _, flagged in notes)
    print(
        f"{title}: known identifiers left: {sum(n for n, _ in notes)} in {len(notes)} of "
        f"{len(runs)} notes; leak check stops {caught} of those notes (exit 8), "
        f"{len(notes) - caught} would export with exit 0"
    )


def summary(rows: list[tuple[str, Tally, list[Run]]]) -> None:
    """One line per genre: known recall, overall recall and precision, known left."""
    print(f"\n{'hand-written corpus':28} {'notes':>5} {'known rec':>9} {'recall':>7} {'prec':>6}")
    for title, ent, runs in rows:
        cells = [
            ent.found[row] / ent.total[row] if ent.total[row] else None
            for row in ("known (all)", "overall")
        ]
        prec = ent.right["overall"] / ent.predicted["overall"] if ent.predicted["overall"] else None
        shown = [f"{v:.3f}" if v is not None else "-" for v in (*cells, prec)]
        print(f"{title:28} {len(runs):>5} {shown[0]:>9} {shown[1]:>7} {shown[2]:>6}")


def run_handwritten(split: str) -> None:
    """Evaluate on the hand-written corpus: per genre file, then all of it."""
    runs = redact_all(handwritten.load(split))
    rows: list[tuple[str, Tally, list[Run]]] = []
    for genre in sorted({note["genre"] for note, _, _ in runs}):
        some = [run for run in runs if run[0]["genre"] == genre]
        ent, _ = tallies(some)
        report(f"Hand-written '{genre}', split '{split}': entity level", ent)
        rows.append((f"{genre} ({split})", ent, some))
    ent, tok = tallies(runs)
    report(f"Hand-written, all genres, split '{split}': entity level", ent)
    report(f"Hand-written, all genres, split '{split}': token level", tok)
    summary([*rows, (f"all ({split})", ent, runs)])
    print()
    for title, _, some in [*rows, (f"all ({split})", ent, runs)]:
        known_left(title, some)


def main() -> None:
    """Parse options and print every table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "all"], default=None)
    parser.add_argument("--corpus", choices=["generated", "handwritten", "all"], default="all")
    parser.add_argument("--presidio", type=Path, default=PRESIDIO)
    args = parser.parse_args()
    for split in [args.split] if args.split else ["dev", "test"]:
        if args.corpus in ("generated", "all"):
            run_corpus(split)
        if args.corpus in ("handwritten", "all"):
            run_handwritten(split)
    run_presidio(args.presidio)


if __name__ == "__main__":
    sys.exit(main())
