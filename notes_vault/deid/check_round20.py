"""Round 20 (k20), the final check's own reading of `forms_round20.py`'s forms (the replacer's
search is `known_round20.py`; only the month table and the word lists are shared): a date of
birth whose month is written in another language between separators ("16/ago/1972",
"16-set-72"), and a known first initial alone where a name stands ("bored with P, and").

The replacer scans for any whole date and compares it with the dates of birth; the check
goes the other way: for each date of birth it writes one pattern of that date alone (its
day with or without a leading zero, any foreign word of its month, its year in two or four
digits, the same separator twice), built on the first note holding one of the month's
words and cached per date, and searches the normalised output for it. What it does not
read: what `forms_round20` leaves (a date with no year, a month in words between spaces
only, which the older readers check).

For the initials the replacer runs two patterns and looks the person's name up in the
note; the check finds every capital standing alone and reads the characters either side
of it, and asks for that person's tag in the output (or their given name in a raw text).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from notes_vault.deid import forms_round20 as r20
from notes_vault.deid.check_forms import fold_word
from notes_vault.deid.forms_extra import is_title
from notes_vault.deid.model import KnownSubject


@dataclass(frozen=True)
class Known:
    """Each date of birth and its leak; each known person's first initial -> (the given
    name, folded and lower case, the start of the person's tag, and the leak)."""

    dobs: tuple[tuple[datetime.date, str], ...] = ()
    initials: dict[str, tuple[str, str, str]] = field(default_factory=dict)


def forms(subjects: Sequence[KnownSubject]) -> Known:
    """The dates of birth and the first initials, once per set of subjects."""
    dobs = tuple((s.dob, f"{s.role.lower()} date of birth") for s in subjects if s.dob)
    initials: dict[str, tuple[str, str, str]] = {}
    for person, tag, leak in _people(subjects):
        given = next((w for w in person.split() if w[:1].isalpha() and not is_title(w)), "")
        if given:
            folded = fold_word(given).lower()
            initials.setdefault(folded[0].upper(), (folded, tag, leak))
    return Known(dobs, initials)


def _people(subjects: Sequence[KnownSubject]) -> Iterator[tuple[str, str, str]]:
    """(name, its tag's start, leak) of each known person."""
    for subject in subjects:
        yield subject.name, f"[{subject.role}", f"{subject.role.lower()} name"
        for linked in subject.linked:
            tag = f"[{_RELATION_TAGS.get(linked.relation, 'PERSON')}"
            yield linked.name, tag, "linked person name"


def every(known: Known, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each date of birth written with a foreign month's word, and
    each known first initial alone where a name stands."""
    if known.initials and " " in clean:
        yield from _letters(known, text, clean)
    yield from _dates(known.dobs, clean)


def _dates(
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


_ALONE = re.compile(r"(?<![\w.'\u2019&-])[B-HJ-Z](?![\w.'\u2019&-])")
# The tag a linked person's relation gives (`known._RELATION_TAGS`), people only.
_RELATION_TAGS = {
    "partner": "PARTNER", "parent": "PARENT", "child": "CHILD", "sibling": "SIBLING",
    "friend": "FRIEND", "gp": "GP",
}  # fmt: skip
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])([a-z]{2,9})[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]{2,12})(?![\w'\u2019-])")


def _letters(known: Known, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """Each known first initial alone, after a word that takes a person or after a comma,
    before a stop, a quote or a lower-case word, where the output names a person."""
    lower = clean.lower()
    for match in _ALONE.finditer(clean):
        found = known.initials.get(match.group())
        if found is None or not _stands(clean, match.start(), match.end()):
            continue
        given, tag, leak = found
        if tag in text or re.search(rf"(?<!\w){re.escape(given)}(?!\w)", lower):
            yield match.start(), match.end(), leak


def _stands(clean: str, start: int, end: int) -> bool:
    """The characters either side of a lone capital make it a name (see `_letters`)."""
    after = clean[end : end + 16]
    word = _WORD_AFTER.match(after)
    if word is not None:
        if word.group(1) in r20.NOT_AFTER:
            return False
    elif after[:1] not in (",", ":", ";", ")") and after.lstrip(" \t")[:1] not in ('"', "\u201c"):
        return False
    if clean[max(0, start - 3) : start][-2:] == ", " and clean[start - 3 : start - 2].islower():
        return word is not None  # "separately, J from work"
    before = _WORD_BEFORE.search(clean, max(0, start - 16), start)
    return before is not None and before.group(1) in r20.TAKES_A_PERSON
