"""A baby's age in weeks or months a few words after "baby", past the baby's name
(layer "pattern", round 20, u20).

Perinatal notes put the baby's name, a pet name or "now" between "baby" and its age, where
the infant finder (age_infants.py) sees no join it knows: "baby Ivy 5 weeks.", "baby
(rafe) 4mo settling", 'baby Kofi "KoKo" now 9 weeks', 'baby Tamsin ("Tam", 6 wks)', "baby
Noah (now 3 months)". Walking back from the weeks or months (spaced, "5 weeks", or glued,
"4mo"), at most eight tokens of one or two names (capitalised, or a lower-case given name),
brackets, quotes, commas and "now"/"is" lead to "baby" or "newborn".

Not read: anything else between ("baby at 22 weeks", "baby due in 6 weeks", "baby and
Tom 3 weeks"), a time after the number ("3 weeks ago", "5 weeks early", "6 weeks
pregnant", "8 wks postpartum", "12 weeks scan"), more than 36 weeks or months.

One pass over the tokens, a few read back at each number: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_infants import _glued
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_UNITS = frozenset("weeks week wks wk months month mos mo mths mth".split())
_CUES = frozenset(["baby", "newborn"])
_MARKS = frozenset(["(", ")", ",", '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "now", "is"])
_NOT_AFTER = frozenset(
    "ago early late premature prem overdue pregnant along gone postpartum pp post gestation "
    "gestational scan later after before off sober".split()
)
_REACH, _NAMES, _MAX = 8, 2, 36
_REASON = "pattern: an age (weeks or months after 'baby' and the baby's name)"


def find_named_baby_ages(toks: list[Tok]) -> list[Span]:
    """A baby's weeks or months after "baby" and its name (see the module)."""
    lows = lowered(toks)
    if _CUES.isdisjoint(lows):
        return []
    spans: list[Span] = []
    for i in [k for k in range(2, len(toks)) if lows[k][:1].isdecimal()]:
        glued = _glued(lows[i])
        if glued is not None:
            value, end = glued, i + 1
        elif lows[i].isdecimal() and len(lows[i]) <= 2 and i + 1 < len(toks):
            if lows[i + 1] not in _UNITS:
                continue
            value, end = int(lows[i]), i + 2
        else:
            continue
        after = lows[end] if end < len(lows) else "."
        if not 0 < value <= _MAX or after in _NOT_AFTER or not _after_baby(toks, lows, i):
            continue
        spans.append(Span(toks[i].start, toks[end - 1].end, "age", "pattern", _REASON, "age:0"))
    return spans


def _after_baby(toks: list[Tok], lows: list[str], i: int) -> bool:
    """True when "baby" lies back from token i past names and marks only, a name among them."""
    names = 0
    for k in range(i - 1, max(i - 1 - _REACH, -1), -1):
        if lows[k] in _CUES:
            return names > 0
        if lows[k] in _MARKS:
            continue
        if not _name(toks[k].text) or names == _NAMES:
            return False
        names += 1
    return False


def _name(word: str) -> bool:
    """A capitalised word ("Ivy", "KoKo"; not in capitals: "NICU"), or a lower-case given name."""
    if not word.isalpha():
        return False
    if word[:1].isupper():
        return len(word) == 1 or not word.isupper()
    return word.title() in lexicon.first_names()
