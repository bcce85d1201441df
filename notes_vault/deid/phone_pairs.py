"""Phone numbers written in pairs of digits (layer "pattern", a9).

France, Denmark, Norway, Morocco and others write a number as four or five pairs joined
by one mark: "71-33-52-22", "06.12.34.56.78", "01-45-67-89-10". No date, time or score is
written so (a date has at most three parts, an address of a computer four parts of up to
three digits, and a pair-only address is rare enough to be replaced too). A score word
before the pairs keeps them scores ("PHQ 12-14-16-18", "scores: 20-18-15-11").

One bounded regex: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.day_cues import _SCORES
from notes_vault.deid.model import Span

_PAIRS = re.compile(r"(?<![\w.\-/])\d\d([\-.])\d\d(?:\1\d\d){2,3}(?![\w\-/]|\.\d)")
_SCORED = _SCORES | frozenset(["scores", "phq-9", "gad-7", "weights", "weight", "bp"])
_REASON = "pattern: a phone number in pairs of digits ('71-33-52-22', '06.12.34.56.78')"


def find_paired_phones(text: str) -> list[Span]:
    """Four or five pairs of digits joined by one mark (see the module)."""
    if "-" not in text and "." not in text:
        return []
    spans: list[Span] = []
    for m in _PAIRS.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()].split()
        if before and before[-1].strip(":(").lower() in _SCORED:
            continue  # "PHQ 12-14-16-18": scores over sessions
        spans.append(Span(m.start(), m.end(), "phone", "pattern", _REASON, "phone"))
    return spans
