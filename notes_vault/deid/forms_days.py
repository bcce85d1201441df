"""Days of the year known by a name, as forms of a date of birth (issue 12, round 5).

Shared by both layers, like `forms.py`: the replacer (`birthday_anchors.py`)
and the final check (`check_birthdays.py`) each search for these names their
own way. Two sources: the small hand-kept `forms_extra.NAMED_DAYS` (matched in
any case, "born on christmas eve") and `data/named_days.txt.gz`, built from PyPI
`holidays` by `data/make_named_days.py`: every country's fixed-date holidays
("Nigerian Independence Day" for 1 October, "St Stephen's Day") and the movable
holidays of English-speaking countries in the year of birth ("Thanksgiving" for
28 November 1985). The data's names count only written with a capital (a
"family day out" is no Family Day).
"""

from __future__ import annotations

import datetime
import gzip
import re
import unicodedata
from collections import defaultdict
from functools import cache, lru_cache
from importlib import resources

from notes_vault.deid import lexicon
from notes_vault.deid.forms_extra import NAMED_DAYS

# Round 23 (lead): a named day's word in the short spellings notes use ("xmas eve", "new yrs
# day", "crimbo", "bonfire nite"), for both layers; each layer reads it its own way.
SPELLINGS = {
    "christmas": ("xmas", "crimbo", "chrimbo"),
    "years": ("yr",),
    "year": ("yr",),
    "night": ("nite", "nicht"),
}

# A word that names a country's people or the country ("Nigerian", "Irish", "China's")
# goes with the day after it: "Nigerian Independence Day" is the day, not "Independence Day".
DEMONYM_ENDS = ("an", "ese", "ish", "ic", "i", "ch", "ean")


@lru_cache(maxsize=8192)
def day_key(name: str) -> str:
    """Lower case, accents and apostrophes out, one space; "saint" as "st" (cached, round 22:
    `forms_round19._longest` asks for every stretch of every capitalised run, half repeats)."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"['\u2019.]", "", name)
    words = re.sub(r"[^\w]+", " ", name).split()
    return " ".join("st" if w == "saint" else w for w in words)


@cache
def _data() -> tuple[dict[tuple[int, int], frozenset[str]], dict[str, frozenset[str]]]:
    """(month, day) -> fixed names; "YYYY-MM-DD" -> movable names (see the module docstring)."""
    raw = resources.files("notes_vault.deid").joinpath("data", "named_days.txt.gz").read_bytes()
    fixed: dict[tuple[int, int], set[str]] = defaultdict(set)
    dated: dict[str, set[str]] = defaultdict(set)
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        when, _, name = line.partition("\t")
        keys = _with_short(day_key(name), movable=len(when) > 5)
        if len(when) == 5:
            fixed[(int(when[:2]), int(when[3:]))].update(keys)
        else:
            dated[when].update(keys)
    return (
        {k: frozenset(v) for k, v in fixed.items()},
        {k: frozenset(v) for k, v in dated.items()},
    )


def _with_short(key: str, *, movable: bool) -> set[str]:
    """The name, and without "day" when what is left is one word and no English word, or
    a movable feast's proper word ("Thanksgiving"; never "Constitution" alone)."""
    keys = {key}
    head, _, last = key.rpartition(" ")
    if last == "day" and head and " " not in head:
        proper = movable and head.capitalize() in lexicon.proper_words()
        if proper or head not in lexicon.common_words():
            keys.add(head)
    return keys


@lru_cache(maxsize=64)
def named_days(dob: datetime.date) -> tuple[frozenset[str], frozenset[str]]:
    """(names in any case, names only with a capital) of the day of birth, as `day_key`s."""
    any_case = frozenset(day_key(n) for n, on in NAMED_DAYS.items() if on == (dob.month, dob.day))
    fixed, dated = _data()
    capital = fixed.get((dob.month, dob.day), frozenset()) | dated.get(dob.isoformat(), frozenset())
    return any_case, capital - any_case


def demonym(word: str) -> bool:
    """ "Nigerian", "Irish", "Mexico's", "China's": a people or a country before a day's name."""
    base = word[:-2] if word[-2:] in ("'s", "\u2019s") else word
    if not base[:1].isupper() or not base[1:].islower():
        return False
    if base in lexicon.countries():
        return True
    if base.endswith(("ish", "ch", "sh")):  # "Irish", "French", "Welsh": English words too
        return True
    return base.endswith(DEMONYM_ENDS) and base in lexicon.proper_words()
