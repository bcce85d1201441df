"""Shared helpers for the de-identification tests: what was replaced, and as what."""

from __future__ import annotations

import random

from notes_vault.deid import Deidentifier, Replacement


def replaced(text: str) -> list[tuple[str, str]]:
    """(replaced text, category) for each replacement, with no known subjects."""
    reps = Deidentifier([], rng=random.Random(0)).redact(text).replacements
    return [(text[r.start : r.end], r.category) for r in reps]


def replacements(text: str) -> tuple[Replacement, ...]:
    """Every replacement of `text`, with no known subjects."""
    return Deidentifier([], rng=random.Random(0)).redact(text).replacements


def covers(text: str, part: str) -> bool:
    """True when some replacement overlaps the first occurrence of `part` in `text`."""
    start = text.index(part)
    end = start + len(part)
    return any(r.start < end and start < r.end for r in replacements(text))
