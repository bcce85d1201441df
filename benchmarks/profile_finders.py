"""What a per-note pre-scan could save: the engine's finders' calls that find nothing.

    PYTHONPATH=. python benchmarks/profile_finders.py [--notes 300] [--top 15]

Runs what `compare_engine_versions.py` times (a Deidentifier per note, `redact`, then
the final check) over the first `--notes` dev notes of bench_deid.py's corpus, with
every function of `notes_vault/deid/` whose name starts with "find" wrapped (also
where another module imported it by name) in a CPU timer. Each call's own time is
counted, a nested finder's apart, with whether it returned an empty list. Prints the
share of the engine's time spent in finder calls that found nothing: the most a
gate telling, once per note, which finders can match at all could save (if the gate
itself were free). No note text is printed. The wrappers add a few per cent.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_deid import corpus
from eval_deid import subject

import notes_vault.deid as deid_package
from notes_vault.deid import engine

SPENT: Counter[str] = Counter()
EMPTY: Counter[str] = Counter()
SPENT_EMPTY: Counter[str] = Counter()
CALLS: Counter[str] = Counter()
_STACK: list[float] = []


def _wrapped(func: Callable[..., Any], label: str) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        _STACK.append(0.0)
        try:
            found = func(*args, **kwargs)
        finally:
            full = time.process_time() - began
            inner = _STACK.pop()
            if _STACK:
                _STACK[-1] += full
        own = full - inner
        SPENT[label] += own
        CALLS[label] += 1
        if isinstance(found, list) and not found:
            EMPTY[label] += 1
            SPENT_EMPTY[label] += own
        return found

    return wrapper


def instrument() -> int:
    """Wrap every finder, where it is defined and wherever it was imported by name."""
    modules = [
        importlib.import_module(f"notes_vault.deid.{info.name}")
        for info in pkgutil.iter_modules(deid_package.__path__)
    ]
    wrappers: dict[Any, Callable[..., Any]] = {}
    for module in modules:
        short = module.__name__.rsplit(".", 1)[1]
        for name, value in vars(module).items():
            is_finder = isinstance(value, types.FunctionType) and name.startswith("find")
            if is_finder and value.__module__ == module.__name__:
                wrappers[value] = _wrapped(value, f"{short}.{name}")
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value in wrappers:
                setattr(module, name, wrappers[value])
    return len(wrappers)


def main() -> None:
    """Time the engine with its finders wrapped and print what found nothing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=300)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    finders = instrument()
    notes = corpus([], "dev")[: args.notes]
    prepared = [(n["text"], [subject(s) for s in n["subjects"]]) for n in notes]
    began = time.process_time()
    for text, subjects in prepared:
        one = engine.Deidentifier(subjects)
        one.leaks(one.redact(text).text)
    total = time.process_time() - began
    calls, empty = sum(CALLS.values()), sum(EMPTY.values())
    print(f"{len(prepared)} dev notes, {total:.2f} s CPU, {finders} finders wrapped")
    print(f"  finder calls: {calls} ({calls / len(prepared):.0f} per note), {empty} found nothing")
    print(f"  own time in finders: {sum(SPENT.values()) / total:.1%} of the engine's")
    print(f"  own time in calls that found nothing: {sum(SPENT_EMPTY.values()) / total:.1%}")
    for label, spent in SPENT.most_common(args.top):
        print(f"  {label:48} {spent / total:6.1%}  empty {EMPTY[label]}/{CALLS[label]}")


if __name__ == "__main__":
    main()
