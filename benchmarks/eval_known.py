"""Known-identifier recall on the hand-written corpora, per category and variant class.

    PYTHONPATH=. python benchmarks/eval_known.py --split dev [--show-misses] [DIR ...]

DIR: folders of hand-written genre files (default: tests/deid_corpus/handwritten).
The loader is tests/deid_corpus/handwritten.py, or the one named by --loader.

A known span (`[[category*:...]]`) counts as recalled when every non-blank
character of it is inside a replacement. For each note the final check runs
on the output: a note with leaks is refused (exit 8); a known span left in a
note that was not refused is a leak through an exit 0, the number that must
be 0. Refusals of notes whose known spans were all replaced are reported too
(the check saw a form the replacer missed, or a false alarm).
`--show-misses` prints the missed text, and only for the dev split: the test
split is frozen and never read for tuning.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import random
import re
import sys
import traceback
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson

ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime.date(2026, 12, 4)  # fixed: two-digit years resolve the same on every run


def loader(path: Path) -> ModuleType:
    """The corpus loader module, imported from its file."""
    spec = importlib.util.spec_from_file_location("handwritten_loader", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def subject(raw: dict[str, Any]) -> KnownSubject:
    """A corpus subject as the engine takes it."""
    return KnownSubject(
        role=raw["role"],
        name=raw["name"],
        aliases=tuple(raw.get("aliases") or ()),
        dob=datetime.date.fromisoformat(raw["dob"]) if raw.get("dob") else None,
        phone=raw.get("phone"),
        email=raw.get("email"),
        address=raw.get("address"),
        postcode=raw.get("postcode") or raw.get("zip"),  # a US writer's "zip" key (round 18)
        linked=tuple(LinkedPerson(p["name"], p["relation"]) for p in raw.get("linked") or ()),
    )


# Titles, articles, prepositions and a possessive "s" inside a label name no one.
_NOT_IDENTIFYING = frozenset(
    {"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "the", "rev", "on", "of", "and", "s"}
    | {"her", "his", "my", "their", "your", "our"}  # round 21: "her [PERSONAL EVENT]"
)
_WORD = re.compile(r"\w+")


def covered(text: str, span: dict[str, Any], reps: list[tuple[int, int]]) -> bool:
    """Every letter and digit of the span is inside some replacement.

    A title, article or possessive pronoun in the label ("Dr.", "the", "her") may stay: it
    names no one.
    """
    inside = bytearray(len(text))
    for start, end in reps:
        inside[start:end] = b"\x01" * (end - start)
    for word in _WORD.finditer(text, span["start"], span["end"]):
        if word.group().lower() in _NOT_IDENTIFYING:
            continue
        if not all(inside[i] for i in range(word.start(), word.end())):
            return False
    return True


def evaluate(notes: list[dict[str, Any]], show: bool, verbose: bool = False) -> dict[str, Any]:
    """Tallies over the notes (see the module docstring)."""
    total: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    out = {"notes": len(notes), "refused": 0, "false_refusals": 0, "exit0_leaks": 0, "crashes": 0}
    for note in notes:
        try:
            engine = Deidentifier(
                [subject(s) for s in note["subjects"]], rng=random.Random(7), today=TODAY
            )
            result = engine.redact(note["text"])
            leaks = engine.leaks(result.text)
        except Exception:  # noqa: BLE001 - a crash is a result to count, not to stop on
            out["crashes"] += 1
            if show:
                traceback.print_exc()
            continue
        reps = [(r.start, r.end) for r in result.replacements]
        missed = 0
        for span in (s for s in note["spans"] if s["known"]):
            keys = [f"category {span['category']}", f"variant {note.get('variant') or 'plain'}"]
            ok = covered(note["text"], span, reps)
            for key in [*keys, "all"]:
                total[key] += 1
                hit[key] += ok
            if not ok:
                missed += 1
                if show:
                    surface = note["text"][span["start"] : span["end"]]
                    print(f"MISS {note['id']} {span['category']}: {surface!r}")
                    if verbose:
                        print("   ", note["subjects"])
                        print("   ", result.text[max(0, span["start"] - 60) : span["end"] + 60])
        if leaks:
            out["refused"] += 1
            out["false_refusals"] += missed == 0
            if show and missed == 0:
                for leak in leaks:
                    print(
                        f"REFUSED {note['id']} {leak.category}: "
                        f"{result.text[leak.start : leak.end]!r}"
                    )
        else:
            out["exit0_leaks"] += missed
    out["recall"] = {key: (hit[key], total[key]) for key in sorted(total)}
    return out


def main() -> None:
    """Print recall per category and variant, refusals, exit-0 leaks and crashes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path)
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--loader", type=Path, default=ROOT / "tests/deid_corpus/handwritten.py")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="with --show-misses: context")
    args = parser.parse_args()
    if args.show_misses and args.split == "test":
        raise SystemExit("the test split is frozen: its text is never shown")
    module = loader(args.loader)
    notes: list[dict[str, Any]] = []
    for folder in args.dirs or [module.HERE]:
        module.HERE = folder
        notes += module.load(args.split)
    result = evaluate(notes, args.show_misses, args.verbose)
    print(f"split {args.split}: {result['notes']} notes from {len(args.dirs or [1])} folder(s)")
    for key, (hit, total) in result["recall"].items():
        print(f"  {key:32} {hit / total:6.3f}  ({hit}/{total})")
    for key in ("refused", "false_refusals", "exit0_leaks", "crashes"):
        print(f"  {key:32} {result[key]}")


if __name__ == "__main__":
    sys.exit(main())
