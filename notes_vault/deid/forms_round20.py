"""Round 20 (k20): a date of birth written with a month's name in another language between
separators ("Fecha de nac.: 16/ago/1972", "16-set-72", "nato il 16.gen.1972"). Shared by
both layers, like `forms_round19.py`: the replacer reads it from `known_round20.py`, the
final check from `check_round20.py`, each its own way; only the month table is shared.

The older readers take a foreign month between spaces ("16 dic 1972") and an English one
between slashes ("16/Aug/1972"), but no foreign month between slashes, dots or dashes, and
no abbreviation that is also an English word ("ago", "set", "out", "gen", "mag"). Here the
day, the month and the year must all be the date of birth's, the year written (two or four
digits), the same separator on both sides of the month: "16/ago/1972" is read, "16 days
ago" and "16/ago" are not. What it does not read: a month with no year, a month spelt out
between a day and a year in words, an abbreviation with its own stop between slashes.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from functools import cache

from notes_vault.deid.forms_more import FOREIGN_MONTHS

# Short forms of months in Spanish, Portuguese, Italian and French that are English words
# or that no table held ("ago" agosto/agosto/août, "set" septiembre/setembro/settembre,
# "out" outubro, "gen" gennaio, "mag" maggio, "avr" avril): only in a whole date here.
WORD_ABBREVIATIONS = {"ago": 8, "set": 9, "out": 10, "gen": 1, "mag": 5, "avr": 4}

# A day, a separator (a slash, a dot, a dash, or spaces with an optional "de"), a month's
# word, the same separator, a year. Bounded quantifiers, one pass: linear.
WHOLE_DATE = re.compile(
    r"(?<![\w/.-])(?P<day>\d{1,2})(?P<sep>[/.-]|[ \t]+(?:de[ \t]+)?)"
    r"(?P<month>[^\W\d_]{3,10})(?P=sep)(?P<year>\d{4}|\d{2})(?![\w/]|[.-]\d)"
)


def plain(word: str) -> str:
    """A word in lower case without its accents ("Déc" -> "dec")."""
    lowered = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in lowered if not unicodedata.combining(c))


@cache
def months() -> dict[str, int]:
    """Every foreign month word of `FOREIGN_MONTHS` (and its accent-free form) and
    `WORD_ABBREVIATIONS`, to its month."""
    table = {plain(word): month for word, month in FOREIGN_MONTHS.items() if word.isalpha()}
    table.update(WORD_ABBREVIATIONS)
    return table


@cache
def month_words(month: int) -> frozenset[str]:
    """The foreign words of one month, accent-free, lower case."""
    return frozenset(word for word, number in months().items() if number == month)


def year_matches(written: str, dob: datetime.date) -> bool:
    """A four-digit year equal to the year of birth, or two digits equal to its last two."""
    return int(written) == (dob.year if len(written) == 4 else dob.year % 100)


def whole_dates(
    text: str, dobs: frozenset[datetime.date]
) -> Iterator[tuple[int, int, datetime.date]]:
    """(start, end, date of birth) of each `WHOLE_DATE` in `text` that is one of `dobs`."""
    wanted = {(dob.day, dob.month): dob for dob in dobs}
    for match in WHOLE_DATE.finditer(text):
        month = months().get(plain(match.group("month")))
        dob = wanted.get((int(match.group("day")), month or 0))
        if dob is not None and year_matches(match.group("year"), dob):
            yield match.start(), match.end(), dob


# Round 20 (k20): a known person's first initial alone, without a stop, where a name stands
# in a sentence that names people: after a word that takes a person ("bored with P, and",
# "Underneath for N: fear", "Mom says T \"lives in his room\"", "and P as a young woman"), or
# after a comma before a lower-case word ("Both arrived separately, J from work"). The
# layers take it only for a known initial, in a note that names that person in full.
TAKES_A_PERSON = frozenset(
    "with for and says said told tells asked asks about than like as saw sees between by "
    "wants feels called calls texted texts blames blamed meets met hugged thinks reminded "
    "reminds helps helped supports supported".split()
)
# Words after a capital that make it no person: a list of letters, a grade, a ward or team,
# a side of the body.
NOT_AFTER = frozenset(
    "and or to through plus nor minus sharp flat major minor grade grades ward wing block "
    "team list shift cell cells bay level class stream section side floor unit band form "
    "lot road street line corridor rated positive negative vitamin type group "
    # a side of the body ("depression, R hemiparesis", "with L knee pain")
    "hemiparesis hemiplegia weakness sided arm arms leg legs hand hands eye eyes ear ears "
    "knee knees hip hips shoulder foot feet lung kidney wrist ankle breast elbow".split()
)
LETTER_AFTER_WORD = re.compile(
    r"(?<![\w'\u2019-])(?P<word>[a-z]{2,9})[ \t]+(?P<letter>[B-HJ-Z])"
    r"(?=[,:;)]|[ \t]+(?P<next>[a-z]{2,12})(?![\w'\u2019-])|[ \t]+[\"\u201c])"
)
LETTER_AFTER_COMMA = re.compile(
    r"(?<=[a-z], )(?P<letter>[B-HJ-Z])(?=[ \t]+(?P<next>[a-z]{2,12})(?![\w'\u2019-]))"
)


def standing_letters(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each capital standing alone where a name stands (above)."""
    for match in LETTER_AFTER_WORD.finditer(text):
        if match.group("word") in TAKES_A_PERSON and match.group("next") not in NOT_AFTER:
            yield match.start("letter"), match.end("letter"), match.group("letter")
    for match in LETTER_AFTER_COMMA.finditer(text):
        if match.group("next") not in NOT_AFTER:
            yield match.start("letter"), match.end("letter"), match.group("letter")
