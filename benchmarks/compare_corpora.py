"""Recall and token precision of this engine on hand-written corpora and presidio-synth.

    .venv/bin/python benchmarks/compare_corpora.py [--split dev|test] [--corpus DIR]...
        [--presidio PATH] [--misses N]

Corpora: each `--corpus DIR` is a folder of hand-written genre files in the shape
read by `tests/deid_corpus/handwritten.py` (the loader is taken from the first
folder's parent that has it, else from this project's tests/deid_corpus/). The
Presidio synthetic set has no split of its own: items at even positions are
"dev", odd ones "test".

Recall is entity level (a labelled span counts as found when any replacement
overlaps it), per category and for "unknown" (every label the vault does not
know). Token precision is over word tokens: a replaced token is right when it
lies inside a labelled span. The false-positive table counts wrongly replaced
tokens by the category of the replacement; last, one line of exact counts over every
hand-written file pooled. `--misses N` prints up to N missed
spans and false positives with their text: allowed on the dev split only, so
the test split's text is never read by a person tuning the rules.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_deid import subject

from notes_vault.deid import Deidentifier, Replacement
from notes_vault.deid.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
PRESIDIO = ROOT.parent / "shared" / "corpora" / "presidio-synth" / "synth_dataset_v2.json"
PRESIDIO_TYPES = {
    "PERSON": "person", "STREET_ADDRESS": "address", "GPE": "place", "ORGANIZATION": "organisation",
    "PHONE_NUMBER": "phone", "EMAIL_ADDRESS": "email", "DATE_TIME": "date", "CREDIT_CARD":
    "id_number", "US_SSN": "id_number", "IBAN_CODE": "id_number", "US_DRIVER_LICENSE": "id_number",
    "IP_ADDRESS": "ip", "URL": "url", "AGE": "age", "ZIP_CODE": "zip", "NRP": "nrp",
    "TITLE": "title", "DOMAIN_NAME": "url", "US_BANK_NUMBER": "id_number", "US_PASSPORT":
    "id_number", "US_ITIN": "id_number", "CITY": "place", "LOCATION": "place",
}  # fmt: skip


def _loader(corpus: Path, others: list[Path]) -> ModuleType:
    """The hand-written corpus loader (beside `corpus`, ours, or another's), reading `corpus`."""
    places = [corpus, ROOT / "tests/deid_corpus/handwritten", *others]
    for candidate in (folder.parent / "handwritten.py" for folder in places):
        if candidate.exists():
            spec = importlib.util.spec_from_file_location(f"hw_{abs(hash(corpus))}", candidate)
            assert spec is not None
            assert spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[spec.name] = module  # dataclasses look their module up there
            spec.loader.exec_module(module)
            module.HERE = corpus
            return module
    raise SystemExit(f"no handwritten.py loader for {corpus}")


def handwritten(corpus: Path, split: str, others: list[Path]) -> list[dict[str, Any]]:
    """Every well-formed note of one split in a folder of hand-written genre files.

    A note the loader rejects (a corpus being written) is skipped and counted on stderr.
    """
    loader = _loader(corpus, others)
    notes, bad = [], 0
    for path in loader.files():
        for block in loader.blocks_of(path):
            if block.split != split:
                continue
            try:
                notes.append(loader.note(block))
            except loader.CorpusError:
                bad += 1
    if bad:
        print(f"({corpus}: {bad} malformed {split} notes skipped)", file=sys.stderr)
    return notes


def presidio(path: Path, split: str) -> list[dict[str, Any]]:
    """The Presidio synthetic set as corpus notes (even items dev, odd test)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    notes = []
    for k, item in enumerate(data):
        if (k % 2 == 0) != (split == "dev"):
            continue
        spans = [
            {"start": s["start_position"], "end": s["end_position"], "known": False,
             "category": PRESIDIO_TYPES.get(s["entity_type"], s["entity_type"].lower())}
            for s in item["spans"]
        ]  # fmt: skip
        notes.append(
            {"id": f"presidio-{k}", "genre": "presidio", "text": item["full_text"],
             "subjects": [], "spans": spans}
        )  # fmt: skip
    return notes


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Score:
    """Counts for one corpus split."""

    def __init__(self) -> None:
        self.total: Counter[str] = Counter()
        self.found: Counter[str] = Counter()
        self.tok_pred: Counter[str] = Counter()
        self.tok_wrong: Counter[str] = Counter()
        self.misses: list[str] = []
        self.wrong: list[str] = []

    def add(self, note: dict[str, Any], reps: tuple[Replacement, ...]) -> None:
        """Score one note's replacements against its labels."""
        text = note["text"]
        pred = [(r.start, r.end) for r in reps]
        for span in note["spans"]:
            where = (span["start"], span["end"])
            hit = any(_overlaps(where, p) for p in pred)
            rows = [span["category"] + ("*" if span["known"] else "")]
            rows += ["all"] + ([] if span["known"] else ["unknown"])
            for row in rows:
                self.total[row] += 1
                self.found[row] += hit
            if not hit:
                around = text[max(0, where[0] - 30) : where[1] + 30]
                self.misses.append(f"{span['category']}: {around!r} -> {text[slice(*where)]!r}")
        gold = [(s["start"], s["end"]) for s in note["spans"]]
        for rep in reps:
            for tok in tokenize(text[rep.start : rep.end]):
                if not tok.text[0].isalnum():
                    continue
                where = (rep.start + tok.start, rep.start + tok.end)
                self.tok_pred[rep.category] += 1
                if not any(_overlaps(where, g) for g in gold):
                    self.tok_wrong[rep.category] += 1
                    self.wrong.append(
                        f"{rep.category} ({rep.reason}): {tok.text!r} in "
                        f"{text[max(0, rep.start - 30) : rep.end + 30]!r}"
                    )

    def merge(self, other: Score) -> None:
        """Add another split's counts (no miss or false-positive lines)."""
        self.total.update(other.total)
        self.found.update(other.found)
        self.tok_pred.update(other.tok_pred)
        self.tok_wrong.update(other.tok_wrong)

    def summary(self, title: str) -> None:
        """One line of exact pooled counts: unknown and all recall, token precision."""
        pred, wrong = sum(self.tok_pred.values()), sum(self.tok_wrong.values())
        print(f"\n== {title}")
        for row in ("unknown", "all"):
            found, total = self.found[row], self.total[row]
            print(f"{row} {found}/{total} = {found / max(total, 1):.4f}", end="  ")
        print(f"token precision {pred - wrong}/{pred} = {(pred - wrong) / max(pred, 1):.4f}")
        cats = ("person", "place", "organisation", "age", "date")
        print("  " + "  ".join(f"{c} {self.found[c]}/{self.total[c]}" for c in cats))

    def report(self, title: str, misses: int) -> None:
        """Print recall per category, token precision and false positives per category."""
        print(f"\n== {title}")
        print(f"{'label':16} {'n':>5} {'recall':>7}")
        for row in sorted(self.total, key=lambda r: (r in ("all", "unknown"), r)):
            print(f"{row:16} {self.total[row]:>5} {self.found[row] / self.total[row]:>7.3f}")
        pred, wrong = sum(self.tok_pred.values()), sum(self.tok_wrong.values())
        precision = 1 - wrong / pred if pred else 1.0
        print(
            f"token precision {precision:.3f} ({pred - wrong} of {pred} replaced tokens labelled)"
        )
        print("false positives (replaced tokens not labelled) by replacement category:")
        for cat, n in self.tok_wrong.most_common():
            print(f"  {cat:16} {n:>5} of {self.tok_pred[cat]:>5}")
        for line in self.misses[:misses]:
            print("  MISS", line)
        for line in self.wrong[:misses]:
            print("  FP  ", line)


def evaluate(notes: list[dict[str, Any]]) -> Score:
    """Run the engine (a Deidentifier per note, knowing its subjects) and score it."""
    score = Score()
    for note in notes:
        engine = Deidentifier([subject(s) for s in note["subjects"]], rng=random.Random(0))
        score.add(note, engine.redact(note["text"]).replacements)
    return score


def main() -> None:
    """Parse options and print a table per corpus."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="dev")
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--presidio", type=Path, default=PRESIDIO)
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    if args.misses and args.split != "dev":
        raise SystemExit("--misses shows note text: dev split only")
    sets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for corpus in args.corpus:
        for note in handwritten(corpus, args.split, args.corpus):
            sets[note["genre"]].append(note)
    if args.presidio.exists():
        sets["presidio-synth"] = presidio(args.presidio, args.split)
    pooled = Score()  # every hand-written file together: exact totals, not a mean of rounded rows
    for name, notes in sets.items():
        score = evaluate(notes)
        score.report(f"{name}, split {args.split}, {len(notes)} notes", args.misses)
        if name != "presidio-synth":
            pooled.merge(score)
    hand = sum(len(notes) for name, notes in sets.items() if name != "presidio-synth")
    pooled.summary(f"all hand-written files pooled, split {args.split}, {hand} notes")


if __name__ == "__main__":
    main()
