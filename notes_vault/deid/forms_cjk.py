"""Round 6 (k6): a known name or date of birth written in Chinese, Japanese or Korean.

Shared by the replacer (`known_round6.py`) and the final check (`check_round6.py`).

- A name in Han characters or Hangul when the record writes it in Latin letters
  ("梁偉傑" for Liang Wei-Jie): each character read by anyascii (ISC; Mandarin
  readings for Han, Revised Romanisation for Hangul), and a run of one to four
  characters whose readings joined are a known name joined, in either order, or its
  given names alone ("偉傑" for Wei-Jie). A Cantonese spelling in the record ("Leung")
  does not meet the Mandarin reading: a limit, said in docs/deid.md.
- A date of birth written with 年/月/日 (or 号, or Korean 년/월/일), in digits or Chinese
  numerals, with or without its year ("1987年5月12日", "三月三", "5월 12일"); a year
  given must be the year of birth.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from notes_vault.deid.squash import fold

CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
MAX_CHARS = 4  # a name written in Han characters or Hangul is two to four of them


@lru_cache(maxsize=4096)
def reading(char: str) -> str:
    """One character's reading in lower-case Latin letters ("梁" -> "liang")."""
    from anyascii import anyascii  # noqa: PLC0415 - per-script tables, loaded for CJK text

    return "".join(c for c in str(anyascii(char)).lower() if c.isalpha())


@lru_cache(maxsize=1024)
def joined_names(names: tuple[str, ...]) -> frozenset[str]:
    """Each Latin-letter name joined without spaces, in either order, and its given names."""
    forms: set[str] = set()
    for name in names:
        parts = [fold(p).lower() for p in re.split(r"[\s\-]+", name) if p.isascii() and p]
        parts = [p for p in parts if p.isalpha()]
        if len(parts) < 2:
            continue
        forms |= {"".join(parts), "".join(parts[-1:] + parts[:-1]), "".join(parts[1:] + parts[:1])}
        forms |= {"".join(parts[1:]), "".join(parts[:-1])}
    return frozenset(f for f in forms if len(f) >= 4)


def names_in(
    text: str, joined: frozenset[str], givens: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Spans of one to four characters of a CJK run whose readings join to a known name.

    Round 10 (k10): known given names (`givens`) one character into a run take that
    character too: a Korean or Chinese name is written surname first, joined ("박혜진",
    Park Hye-jin, where Revised Romanisation reads "bak", not the record's "Park")."""
    found = []
    for run in CJK_RUN.finditer(text):
        readings = [reading(c) for c in run.group()]
        for i in range(len(readings)):
            sound = ""
            for k in range(i, min(i + MAX_CHARS, len(readings))):
                sound += readings[k]
                if sound in joined and k > i:
                    first = i - 1 if i == 1 and sound in givens else i
                    found.append((run.start() + first, run.start() + k + 1))
    return found


@lru_cache(maxsize=1024)
def given_names(names: tuple[str, ...]) -> frozenset[str]:
    """Each Latin-letter name's given names joined ("hyejin" of "Hye-jin Park")."""
    forms = set()
    for name in names:
        parts = [fold(p).lower() for p in re.split(r"[\s\-]+", name) if p.isascii() and p]
        parts = [p for p in parts if p.isalpha()]
        if len(parts) >= 2:
            forms.add("".join(parts[:-1]))
    return frozenset(f for f in forms if len(f) >= 4)


SURNAME_LETTERS = 5  # a one-syllable surname in Latin letters ("Park", "Choi", "Lee")


@lru_cache(maxsize=1024)
def one_syllable_surname(names: tuple[str, ...]) -> bool:
    """Some name of `names` has given names and a surname of five letters or fewer: the
    check's reading of one CJK character glued before a tag ("(박[CLIENT])") as it."""
    for name in names:
        parts = [p for p in re.split(r"[\s\-]+", name) if p.isascii() and p.isalpha()]
        if len(parts) >= 2 and len(parts[-1]) <= SURNAME_LETTERS:
            return True
    return False


_NUMERALS = {"\u3007": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}  # fmt: skip
_NUMBER = "(\\d{1,2}|[\u3007零一二三四五六七八九十]{1,3})"
CJK_DATE = re.compile(
    r"(?:(\d{4}|\d{2})[ \t]*[年년][ \t]*)?" + _NUMBER + r"[ \t]*[月월][ \t]*" + _NUMBER
    + r"(?:[ \t]*[日号號일])?"
)  # fmt: skip


def number(written: str) -> int | None:
    """Digits or Chinese numerals ("十二", "二十三") as a number."""
    if written.isdecimal() and written.isascii():
        return int(written)
    if "十" in written:
        tens, _, units = written.partition("十")
        value = (_NUMERALS.get(tens, -99) if tens else 1) * 10
        return value + (_NUMERALS.get(units, -99) if units else 0)
    return _NUMERALS.get(written) if len(written) == 1 else None


def is_birth_date(match: re.Match[str], dob: datetime.date) -> bool:
    """A `CJK_DATE` match on the month and day of birth, in the year of birth if it has one."""
    year, month, day = match.group(1), number(match.group(2)), number(match.group(3))
    if (month, day) != (dob.month, dob.day):
        return False
    return year is None or int(year) in (dob.year, dob.year % 100)
