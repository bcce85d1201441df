"""Round 20 (k20), the final check's own reading of `forms_round20.py`'s form (the replacer's
search is `known_round20.py`; only the month table is shared): a date of birth whose month
is written in another language between separators ("16/ago/1972", "16-set-72").

The replacer scans for any whole date and compares it with the dates of birth; the check
goes the other way: for each date of birth it writes one pattern of that date alone (its
day with or without a leading zero, any foreign word of its month, its year in two or four
digits, the same separator twice), built on the first note holding one of the month's
words and cached per date, and searches the normalised output for it. What it does not
read: what `forms_round20` leaves (a date with no year, a month in words between spaces
only, which the older readers check).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from notes_vault.deid import forms_round20 as r20
from notes_vault.deid.model import KnownSubject


def forms(subjects: Sequence[KnownSubject]) -> tuple[tuple[datetime.date, str], ...]:
    """Each date of birth and its leak's name, once per set of subjects."""
    return tuple((s.dob, f"{s.role.lower()} date of birth") for s in subjects if s.dob)


def every(
    dobs: tuple[tuple[datetime.date, str], ...], clean: str
) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each date of birth written with a foreign month's word."""
    if not dobs:
        return
    lower = clean.lower()
    for dob, leak in dobs:
        if not any(word in lower for word in r20.month_words(dob.month)):
            continue  # the pattern is written only for a note holding one of the words
        for match in _pattern(dob).finditer(clean):
            yield match.start(), match.end(), leak


@lru_cache(maxsize=64)
def _pattern(dob: datetime.date) -> re.Pattern[str]:
    """The date of birth with a foreign month's word between two equal separators."""
    words = sorted(r20.month_words(dob.month), key=len, reverse=True)
    day = rf"0?{dob.day}" if dob.day < 10 else str(dob.day)
    year = rf"(?:{dob.year}|{dob.year % 100:02d})"
    return re.compile(
        rf"(?i)(?<![\w/.-]){day}(?P<s>[/.-]|[ \t]+(?:de[ \t]+)?)(?:{'|'.join(words)})(?P=s)"
        rf"{year}(?![\w/]|[.-]\d)"
    )
