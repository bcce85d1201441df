"""Where the engine's time goes: CPU share of each layer on the path bench_deid.py times.

    .venv/bin/python benchmarks/profile_deid.py [--corpus DIR]... [--repeat N]

Runs what `bench_deid.py` times (a Deidentifier per note, `redact`, the final
check) over the same notes, `--repeat` times (default 3), with each layer's
entry point wrapped in a CPU timer (`time.process_time`), and prints each
layer's share of the total. No profiler hooks every call, so the shares are
near those of an unwrapped run (the wrappers add about 1%). Layers nest:
"redact" holds the vault matcher, the pattern finders, the date mentions and
the context layer. No note text is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_deid import corpus
from eval_deid import subject

from notes_vault.deid import check, context, engine, known, known_search, patterns, shift

SPENT: Counter[str] = Counter()
_PATTERN_FINDERS = [
    "find_codes",
    "find_ids",
    "find_numbers",
    "_emails",
    "_urls",
    "_ips",
    "_bare_urls",
    "_postcodes",
    "_ni_numbers",
    "_plates",
    "find_ages",
    "find_decades",
    "_years",
    "find_handles",
    "find_dates",
    "find_loose_dates",
]


def _timed(owner: Any, name: str, label: str) -> None:
    """Replace owner.name by a wrapper that adds its CPU time to SPENT[label]."""
    inner: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[label] += time.process_time() - began

    setattr(owner, name, wrapper)


def instrument() -> None:
    """Wrap each layer's entry point (module attributes, as the engine looks them up)."""
    _timed(engine.Deidentifier, "redact", "redact (all of it)")
    _timed(engine, "view", "redact: normalised view")
    _timed(engine, "tokenize", "redact: tokenise")
    _timed(known_search, "find", "redact: vault matcher (known_search.find)")
    _timed(shift, "find_mentions", "redact: date mentions (shift.find_mentions)")
    _timed(context, "find_entities", "redact: context layer (context.find_entities)")
    for name in _PATTERN_FINDERS:
        _timed(patterns, name, f"redact: pattern {name}")
    _timed(known, "build_index", "Deidentifier(): vault index (known.build_index)")
    _timed(check.Checker, "__init__", "Deidentifier(): final check's forms")
    _timed(check.Checker, "leaks", "final check (Checker.leaks)")


def main() -> None:
    """Run the bench's path with timers and print the shares."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    notes = corpus(args.corpus, "all")
    known_subjects = [[subject(s) for s in note["subjects"]] for note in notes]
    engine.Deidentifier([]).redact("warm up: load the gazetteers once")
    instrument()
    began = time.process_time()
    for _ in range(args.repeat):
        for note, subjects in zip(notes, known_subjects, strict=True):
            one = engine.Deidentifier(subjects)
            one.leaks(one.redact(note["text"]).text)
    total = time.process_time() - began
    rate = len(notes) * args.repeat / total
    print(f"{len(notes)} notes x {args.repeat}: {rate:.0f} notes/CPU-s with the timers")
    patterns_total = sum(v for k, v in SPENT.items() if k.startswith("redact: pattern "))
    SPENT["redact: all 16 pattern finders"] = patterns_total
    for label, spent in SPENT.most_common():
        if not label.startswith("redact: pattern ") or spent >= 0.02 * total:
            print(f"{100 * spent / total:5.1f}%  {label}")


if __name__ == "__main__":
    main()
