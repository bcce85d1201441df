"""Round 4's rules of the final check, written apart from the replacer's (`known_more.py`).

Each reads the check's own word list of the normalised output (tags masked):

- a postcode's outward code alone ("M20", "ox3"), any case; two characters
  ("N1") only beside a place tag or a capitalised word;
- a known name part, street or organisation word glued to digits or an
  underscore ("Tobias2", "2wrenfield", "wrenfield_t"), as user names are;
- a date of birth with its month in another language ("12 de octubre",
  "4. März"): `check.py`'s worded reading with these months;
- the year of birth said in words ("nineteen ninety-one") within six words
  of a month of birth, a `[DOB]` tag or a birth word.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from notes_vault.deid import forms_more as more
from notes_vault.deid.check_forms import Forms, fold_word

_PLACE_TAG = re.compile(r"\[(?:ADDRESS|PLACE[^\]]{0,4}|POSTCODE)\]")
_BIRTH_WORDS = frozenset({"born", "birth", "dob", "d.o.b", "birthday", "b"})
_YEAR_REACH = 6
_RUN = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]{4,}")


def outward(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """The outward code of a known postcode written as a token of its own."""
    for i, (start, end, word) in enumerate(words if forms.outward else ()):
        leak = forms.outward.get(word.upper())
        if leak is None or (start and clean[start - 1] in "-/") or clean[end : end + 1] in "-/":
            continue
        if len(word) >= 3 or _beside_place(clean, words, i):
            yield start, end, leak


def _beside_place(clean: str, words: list[tuple[int, int, str]], i: int) -> bool:
    start, end, word = words[i]
    if not word.isupper():
        return False
    near = clean[max(0, start - 14) : start] + " " + clean[end : end + 14]
    if "\x01" in near:
        return True  # a tag the engine put in, masked
    sides = [words[k][2] for k in (i - 1, i + 1) if 0 <= k < len(words)]
    return any(w[:1].isupper() and len(w) > 2 and not w.isupper() for w in sides)


def glued(forms: Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """A known word inside a run of letters glued to digits or "_" ("Tobias2")."""
    for match in _RUN.finditer(clean) if forms.words else ():
        run = match.group()
        if run.isalpha() or run.isdecimal() or not any(c.isalpha() for c in run):
            continue
        for piece in _LETTERS.finditer(run):
            key = fold_word(piece.group())
            leak = forms.words.get(key) or forms.capital.get(key)
            if leak is not None:
                yield match.start() + piece.start(), match.start() + piece.end(), leak


def foreign_month_dobs(
    forms: Forms, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """ "12 de octubre", "4. März 1991": the day of birth beside its month in another language."""
    for dob, leak in forms.dobs:
        for i, (start, end, word) in enumerate(words):
            if more.FOREIGN_MONTHS.get(word.lower()) != dob.month:
                continue
            near = [
                w for _, _, w in words[max(0, i - 3) : i + 3] if w.lower() not in more.DATE_JOINERS
            ]
            if any(w.isdecimal() and len(w) <= 2 and int(w) == dob.day for w in near):
                yield start, end, leak


def said_years(
    forms: Forms, text: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """The year of birth said in words near a month of birth, a `[DOB]` tag or "born"."""
    if not forms.dobs:
        return
    lowered = [w.lower() for _, _, w in words]
    tags = [m.start() for m in re.finditer(r"\[DOB\]", text)]
    for dob, leak in forms.dobs:
        for i, word in enumerate(lowered):
            if word not in ("nineteen", "two", "twenty", "eighteen"):
                continue
            year, used = more.said_year(lowered[i : i + 5])
            if year != dob.year:
                continue
            if _near_birth(words, lowered, i, dob, tags):
                yield words[i][0], words[i + used - 1][1], leak


def _near_birth(
    words: list[tuple[int, int, str]],
    lowered: list[str],
    i: int,
    dob: datetime.date,
    tags: list[int],
) -> bool:
    from notes_vault.deid.dates import MONTHS  # noqa: PLC0415 - the check's own month table

    window = lowered[max(0, i - _YEAR_REACH) : i]
    if any(
        w in _BIRTH_WORDS or (MONTHS.get(w) or more.FOREIGN_MONTHS.get(w)) == dob.month
        for w in window
    ):
        return True
    first = words[max(0, i - _YEAR_REACH)][0]
    return any(first - 8 <= t < words[i][0] for t in tags)
