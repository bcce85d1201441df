"""Rebuild named_days.txt.gz: days of the year known by a name, from PyPI `holidays`.

Run by hand, never at import time (the package reads only the .txt.gz file):

    pip install holidays==0.109
    python notes_vault/deid/data/make_named_days.py

A client born on a day with a name ("born on Nigerian Independence Day", "a
St Stephen's Day baby") is pinned by the name as much as by "1/10". Two kinds of
line, tab-separated, the name folded as `forms_extra.day_key` folds it:

- "MM-DD<TAB>name": a holiday on the same day every year of 1950-2030 in some country
  (at least ten years observed), in English and in the country's default language
  ("Día de Todos los Santos", "Toussaint");
- "YYYY-MM-DD<TAB>name": a movable holiday of an English-speaking country on that
  date (1920-2030): "Thanksgiving" names a day of birth only in the year of birth.

One-off days ("Day off", state funerals, "(observed)"), one-word names that are
English words ("Assumption") and names in a script without capitals are left out.
Output sorted; gzip mtime 0.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
import warnings
from collections import defaultdict
from pathlib import Path

import holidays

HERE = Path(__file__).parent
FIXED_YEARS = range(1950, 2031)
DATED_YEARS = range(1920, 2031)
DATED_COUNTRIES = ("GB", "US", "CA", "AU", "IE", "NZ", "IN", "ZA", "JM", "NG")
_ONE_OFF = re.compile(
    r"(?i)\bday off\b|observed|substitut|funeral|wedding|coronation|election|referendum|"
    r"jubilee|bridge|holiday\b|special|extra|\d|\bof h\.?m\.?|mourning|in lieu|compensat"
)


def day_key(name: str) -> str:
    """Lower case, accents and apostrophes out, one space (as `forms_extra.day_key`)."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"['\u2019.]", "", name)
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def _common() -> frozenset[str]:
    with gzip.open(HERE / "common_words.txt.gz", "rt", encoding="utf-8") as src:
        return frozenset(src.read().split())


def _country(code: str, years: range) -> list[dict[object, str]]:
    """The country's holidays in English, and in its own language when that differs."""
    found: list[dict[object, str]] = []
    try:
        own = holidays.country_holidays(code).default_language
    except (NotImplementedError, KeyError, ValueError):
        return found
    for language in dict.fromkeys(("en_US", own)):
        try:
            found.append(dict(holidays.country_holidays(code, years=years, language=language)))
        except (NotImplementedError, KeyError, ValueError):
            continue
    return found


def _names(table: dict[object, str]) -> dict[str, list[object]]:
    dates: dict[str, list[object]] = defaultdict(list)
    for day, names in table.items():
        for name in names.split("; "):
            if not _ONE_OFF.search(name) and day_key(name).isascii():  # Latin script only
                dates[name].append(day)
    return dates


def main() -> None:
    """Write the file (see the module docstring)."""
    warnings.simplefilter("ignore")
    common = _common()
    lines: set[str] = set()
    for code in holidays.list_supported_countries():
        for table in _country(code, FIXED_YEARS):
            for name, days in _names(table).items():
                key = day_key(name)
                on = {(d.month, d.day) for d in days}  # type: ignore[attr-defined]
                if len(on) != 1 or len(days) < 10 or not key or key in common:
                    continue
                month, day = next(iter(on))
                lines.add(f"{month:02d}-{day:02d}\t{key}")
    for code in DATED_COUNTRIES:
        for table in _country(code, DATED_YEARS):
            for name, days in _names(table).items():
                key = day_key(name)
                if len({(d.month, d.day) for d in days}) > 1 and key not in common:  # type: ignore[attr-defined]
                    lines.update(f"{d.isoformat()}\t{key}" for d in days)  # type: ignore[attr-defined]
    data = ("\n".join(sorted(lines)) + "\n").encode()
    with (
        (HERE / "named_days.txt.gz").open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out,
    ):
        out.write(data)


if __name__ == "__main__":
    main()
