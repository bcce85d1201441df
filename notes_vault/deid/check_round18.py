"""Round 18 (k18), the final check's own reading of `forms_round18.py`'s two forms (the
replacer's search is `known_round18.py`; only the word lists are shared):

- a known person's first initial (of a name or an alias) as the last word of a message's
  line that ends a sentence before it, the line followed by a blank line, a quoted line, a
  rule or the note's end ("... sorry for moaning. j"); read line by line from the end of
  each line, not by the replacer's pattern;
- "el" and the day of a recorded date of birth, in digits or Spanish words, within
  `forms_round18.BIRTH_WINDOW` characters after a word of birth or a [DOB] tag ('her bday is
  [DOB], "el doce"'), with no "de" or month after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round18 as r18
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_WORD = re.compile(r"\S+")
_KISSES = frozenset({"x", "xx", "xxx"})
_DASHES = "-\u2013\u2014~"
_CUE = re.compile(r"(?i)\b(?:born|birth|b-?day|cumple|naci|dob\b|f/n)|\[DOB\]")
_EL = re.compile(r"(?i)(?<!\w)el[ \t]+([^\W_]+)")
_AFTER = re.compile(r"[ \t]*(?:de|del)\b|[/:.\-]\w", re.IGNORECASE)


@dataclass(frozen=True)
class Round18:
    """What the two forms need of the subjects."""

    initials: dict[str, str]  # a known person's first initial in capitals -> the leak
    days: dict[int, str]  # the day of each recorded date of birth -> the leak


def forms(subjects: Sequence[KnownSubject]) -> Round18:
    """Build the initials and the days once for these subjects."""
    initials: dict[str, str] = {}
    people = [(n, f"{s.role.lower()} name") for s in subjects for n in (s.name, *s.aliases)]
    people += [
        (p.name, f"linked {p.relation} name")
        for s in subjects
        for p in s.linked
        if not derived.looks_like_org(p.name)
    ]
    for name, leak in people:
        first = fold(name.strip())[:1].upper()
        if first.isalpha() and first.isascii():
            initials.setdefault(first, leak)
    days: dict[int, str] = {}
    for subject in subjects:
        if subject.dob is not None:
            days.setdefault(subject.dob.day, f"{subject.role.lower()} date of birth")
    return Round18(initials, days)


def every(known: Round18, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each signing initial and Spanish birthday in the note."""
    if known.initials and any(c in clean for c in ".!?"):
        yield from _signing(known, clean)
    if known.days and "el" in clean.lower():
        yield from _days(known, text, clean)


def _signing(known: Round18, clean: str) -> Iterator[tuple[int, int, str]]:
    """The last word of each line that closes a message, when it is a lone initial after a
    word ending a sentence (a dash and kisses may stand with it: "- j", "j x")."""
    lines = clean.split("\n")
    at = 0
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if after and not after.startswith((">", "---", "___")):
            continue
        words = [m for m in _WORD.finditer(line) if m.group().lower() not in _KISSES]
        words = [m for m in words if m.group().strip(_DASHES)]
        if len(words) < 2 or words[-1].end() < len(line.rstrip()) - 4:
            continue
        last, before = words[-1], words[-2].group()
        letter = last.group().rstrip(".")
        if len(letter) != 1 or not letter.isalpha() or letter in r18.NOT_SIGNING:
            continue
        leak = known.initials.get(letter.upper())
        if leak is not None and before.endswith((".", "!", "?")) and last.start() >= 20:
            yield start + last.start(), start + last.start() + 1, leak


def _days(known: Round18, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """Each "el" and a recorded birthday's day within the window after a word of birth."""
    cues = [m.end() for m in _CUE.finditer(text)]
    if not cues:
        return
    k = 0
    for match in _EL.finditer(clean):
        while k + 1 < len(cues) and cues[k + 1] <= match.start():
            k += 1
        if not 0 <= match.start() - cues[k] <= r18.BIRTH_WINDOW:
            continue
        day = r18.spanish_day(match.group(1))
        leak = known.days.get(day)
        if leak is not None and _AFTER.match(clean, match.end()) is None:
            yield match.start(), match.end(), leak
