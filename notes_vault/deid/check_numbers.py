"""The final check's reading of numbers: digit runs, and dates of birth in them.

Part of the final check (`check.py`), written apart from `structured.py`:
every run of digits and separators is read as digits only and as groups.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator

_DIGIT_GAP = frozenset(" \t\n-./()+")
_DECIMAL = re.compile(r"\d")


def digit_runs(text: str) -> Iterator[tuple[int, int, str, list[tuple[str, str]]]]:
    """Each run of digits joined by separators: (start, end, digits, [(separator, group)])."""
    i, n = 0, len(text)
    while i < n:
        first = _DECIMAL.search(text, i)  # \d is what isdecimal() accepts (category Nd)
        if first is None:
            return
        i = first.start()
        start = end = i
        groups: list[tuple[str, str]] = []
        sep, current = "", ""
        while i < n and (text[i].isdecimal() or text[i] in _DIGIT_GAP):
            if text[i].isdecimal():
                current += text[i]
                end = i + 1
            else:
                if current:
                    groups.append((sep, current))
                    sep, current = "", ""
                sep += text[i]
            i += 1
        if current:
            groups.append((sep, current))
        yield start, end, "".join(g for _, g in groups), groups


def is_dob(digits: str, groups: list[tuple[str, str]], dob: datetime.date) -> bool:
    """Digits only in any order, or 2-3 groups joined by "/", "." or "-" in any order."""
    d, m = dob.day, dob.month
    years = (str(dob.year), f"{dob.year % 100:02d}")
    if any(
        form in digits
        for y in years
        for form in (f"{d:02d}{m:02d}{y}", f"{m:02d}{d:02d}{y}", f"{y}{m:02d}{d:02d}")
    ):
        return True
    joined = [g for _, g in groups]
    for a, b in itertools.pairwise(joined):
        if b == str(dob.year) and len(a) <= 2 and int(a) in (d, m):
            return True  # "4, 1985": what is left of "Nov 4, 1985"
    for (_, a), (sep, b) in itertools.pairwise(groups):
        if (
            sep in ("/", ".", "-")
            and len(a) <= 2
            and int(a) == m
            and b in years
            and len(groups) == 2
        ):
            return True  # "11/86": the month of birth
    return _day_month(groups, dob) or _with_year(groups, dob, years)


def _day_month(groups: list[tuple[str, str]], dob: datetime.date) -> bool:
    """ "30/08", "2/9": day and month joined tightly, with no year beside them."""
    days = ((dob.day, dob.month), (dob.month, dob.day))
    joined = [g for _, g in groups]
    tight = [sep in ("/", ".", "-") for sep, _ in groups]
    for i in range(len(joined) - 1):
        alone = not (i + 2 < len(joined) and tight[i + 2]) and not (i > 0 and tight[i])
        short = len(joined[i]) <= 2 and len(joined[i + 1]) <= 2
        if tight[i + 1] and alone and short and (int(joined[i]), int(joined[i + 1])) in days:
            return True
    dated = [bool(sep.strip()) and sep.strip() in "./-" for sep, _ in groups]
    return (
        len(joined) == 2
        and dated[1]
        and all(len(g) <= 2 for g in joined)
        and (int(joined[0]), int(joined[1])) in days
    )


def _with_year(groups: list[tuple[str, str]], dob: datetime.date, years: tuple[str, str]) -> bool:
    """Day, month and any year in any order (d/m/y, m/d/y, y-m-d), 2- or 4-digit year."""
    del years  # the birthday in any year counts
    days = ((dob.day, dob.month), (dob.month, dob.day))
    joined = [g for _, g in groups]
    dated = [bool(sep.strip()) and sep.strip() in "./-" for sep, _ in groups]
    for i in range(len(joined) - 2):
        a, b, c = joined[i : i + 3]
        if not (dated[i + 1] and dated[i + 2]):
            continue
        # Any year: the birthday in another year is still the birthday.
        if len(c) in (2, 4) and len(a) <= 2 and len(b) <= 2 and (int(a), int(b)) in days:
            return True
        year_first = len(a) == 4 or a == f"{dob.year % 100:02d}"
        if year_first and len(b) <= 2 and len(c) <= 2 and (int(b), int(c)) in days:
            return True
    return False
