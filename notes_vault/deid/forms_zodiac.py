"""Round 14 (k14): a year of birth told by the Chinese (and Vietnamese, Korean) zodiac,
"born in the year of the rabbit", "a Dragon year baby", shared by the replacer
(`known_round14.py`) and the final check (`check_round14.py`).

The animal names the year of birth modulo twelve; with an age beside it, the year itself.
It counts only when the known date of birth falls in that animal's year (a birth in
January or February may fall before the lunar new year, so the year before counts too)
AND a birth cue ("born", "birth", "birthday", "DOB") stands in the same sentence within
`_REACH` characters. "The year of the horse" alone, a horoscope, is no one's birthday.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

# The twelve animals in order from a Rat year (1984 = 1984 % 12 == 4): Vietnamese and
# other names of the same year beside them.
_ANIMALS = (
    ("rat", "mouse"), ("ox", "buffalo", "cow"), ("tiger",), ("rabbit", "hare", "cat"),
    ("dragon",), ("snake",), ("horse",), ("goat", "sheep", "ram"), ("monkey",),
    ("rooster", "chicken", "cock"), ("dog",), ("pig", "boar"),
)  # fmt: skip
_INDEX = {name: k for k, names in enumerate(_ANIMALS) for name in names}
_NAMES = "|".join(sorted(_INDEX, key=len, reverse=True))
_YEAR = re.compile(
    rf"(?i)(?<![\w'\u2019-])(?:year[ \t]+of[ \t]+the[ \t]+({_NAMES})|({_NAMES})[ \t]+year)"
    r"(?![\w'\u2019-])"
)
_CUE = re.compile(r"(?i)(?<![\w'\u2019])(?:born|birth|birthday|b'?day|d\.?o\.?b)(?!\w)")
_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t\n]+(?=[\"\u201c]?[A-Z])|\n[ \t]*\n")
_REACH = 90
_LATE_NEW_YEAR = (2, 20)  # the lunar new year falls from 21 January to 20 February


def animal_years(dob: datetime.date) -> frozenset[int]:
    """The zodiac animals (as indices) a birth on `dob` may fall in."""
    years = {dob.year}
    if (dob.month, dob.day) <= _LATE_NEW_YEAR:
        years.add(dob.year - 1)
    return frozenset((year - 4) % 12 for year in years)


def spans(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    """Each zodiac year of `dob`'s animal beside a birth cue in the same sentence."""
    if "year" not in text.lower():
        return
    wanted = animal_years(dob)
    for match in _YEAR.finditer(text):
        animal = (match.group(1) or match.group(2)).lower()
        if _INDEX[animal] in wanted and _cued(text, match.start(), match.end()):
            yield match.span()


def _cued(text: str, start: int, end: int) -> bool:
    """A birth cue within `_REACH` characters, with no sentence's end between."""
    left, right = max(0, start - _REACH), min(len(text), end + _REACH)
    for cue in _CUE.finditer(text, left, right):
        first, last = (cue.end(), start) if cue.end() <= start else (end, cue.start())
        if _BREAK.search(text, first, last) is None:
            return True
    return False
