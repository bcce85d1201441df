"""Phone numbers of every region: digit runs judged by shape and by libphonenumber.

Candidates are runs of one character class (digits and separators, a single
quantifier: linear). A run, or a few of its space-separated groups, is a phone
number when `phonenumbers` (Google's libphonenumber metadata, Apache-2.0)
says it is a valid number for a region we try, or when it has the shape of a
written phone number whatever its validity ("(617) 555-0134", "07700 900123",
"+1 617 555 0134"): fictional and newly issued numbers fail the validity
check but identify someone all the same. `phonenumbers` is imported on first
use only.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from notes_vault.deid.model import Span

_DIGIT_RUN = re.compile(r"[+(]?\d[\d \t\-().]*")  # one class, one quantifier: no backtracking
_SPACE_SPLIT = re.compile(r"\S+")
_MAX_GROUPS = 6
# Regions tried for a number written without its country code, in order.
# Regions with short variable-length numbers (DE, AT...) are left out: too many
# record numbers and dates would pass as valid there.
REGIONS = ("GB", "US", "IE", "AU", "NZ")
_EXTENSION = ("x", "ext", "extn", "extension")


@cache
def _lib() -> Any:
    import phonenumbers  # noqa: PLC0415 - 13 ms, paid on the first phone-like run only

    return phonenumbers


_LONE_DIGITS = 3
_YEARS_RANGE = re.compile(
    r"(?:19|20)\d\d[ \t]?[-\u2013][ \t]?(?:19|20)\d\d(?!\d)"
)  # "1998-2010 (92"
_DECIMAL = re.compile(r"\d{1,3}\.\d{1,2}")


def classify(raw: str) -> str | None:
    """The kind ("phone", "nhs_number") of one stretch of digits and separators, or None."""
    digits = "".join(c for c in raw if c.isdecimal())
    if len(digits) < 7 or len(digits) > 15 or "/" in raw or _not_a_number(raw):
        return None
    if raw.startswith("+") or (digits.startswith("00") and len(digits) >= 10):
        return "phone" if len(digits) >= 8 else None
    if nhs_valid(digits) and _groups(raw) in ([3, 3, 4], [10]):
        return "nhs_number"
    if _shaped(raw, digits):
        return "phone"
    # Only oddly grouped numbers of a national length are worth libphonenumber's time.
    if not _separated(raw) or not 9 <= len(digits) <= 11 or len(_groups(raw)) > 4:
        return None
    return "phone" if _valid_somewhere(digits) else None


def _measures(raw: str) -> bool:
    """ "0.4   0.7   0.8": a row of three or more decimals apart, no number."""
    decimals = [chunk for chunk in raw.split() if _DECIMAL.fullmatch(chunk.strip("()"))]
    return len(decimals) >= _LONE_DIGITS or _YEARS_RANGE.match(raw) is not None


def _date_or_ssn(raw: str) -> bool:
    """1990-03-14, 14.03.1990, 123-45-6789: shapes of dates and social security numbers."""
    groups = _groups(raw)
    if groups == [3, 2, 4] and raw.count("-") == 2:
        return True
    if len(groups) != 3 or raw.startswith(("+", "(")):
        return False
    return (groups[0] == 4 and max(groups[1:]) <= 2) or (max(groups[:2]) <= 2 and groups[2] == 4)


def _not_a_number(raw: str) -> bool:
    """A date, a social security number, a row of measures, or a date then a number."""
    return _date_or_ssn(raw) or _measures(raw) or _date_first(raw)


def _date_first(raw: str) -> bool:
    """ "17.05.1990  35", "08-09-2026 02:10": a date, then an age, a count or a time
    (lead, round 10)."""
    return " " in raw and _date_or_ssn(raw.split(None, 1)[0])


def _groups(raw: str) -> list[int]:
    return [len(g) for g in re.split(r"[^\d]+", raw) if g]


def _separated(raw: str) -> bool:
    """Written in groups: a bare run of digits is a phone only with a trunk 0 or a shape."""
    return any(c in raw for c in " -.()")


def _shaped(raw: str, digits: str) -> bool:
    """The written shapes of phone numbers, valid or not."""
    groups = _groups(raw)
    if digits.startswith("0") and (
        len(digits) in (10, 11) or (len(digits) == 12 and _separated(raw))
    ):
        return True  # UK and most trunk-prefixed national numbers ("0176 5550 1823")
    bracketed = raw.startswith("(") and raw.find(")") == groups[0] + 1
    if bracketed and len(digits) in (10, 11) and len(groups) <= 3:
        return True  # (617) 555-0134, (11) 98765-4321
    if groups == [3, 3, 3] and " " in raw:
        return True  # 601 234 567 (Poland, Spain...)
    if len(digits) == 10 and groups == [3, 3, 4] and _separated(raw):
        return True  # 617-555-0134, 617.555.0134, 617 555 0134
    if len(digits) == 11 and digits[0] == "1" and groups == [1, 3, 3, 4]:
        return True  # 1-617-555-0134
    return groups == [3, 4] and "-" in raw  # 555-0134, a local number


@lru_cache(maxsize=1024)
def _valid_somewhere(digits: str) -> bool:
    lib = _lib()
    for region in REGIONS:
        try:
            number = lib.parse(digits, region)
        except lib.NumberParseException:
            continue
        if lib.is_valid_number(number):
            return True
    return False


def nhs_valid(digits: str) -> bool:
    """True for ten digits whose last is the NHS modulus-11 check digit."""
    if len(digits) != 10 or not digits.isdecimal():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return (0 if check == 11 else check) == int(digits[9])


def find_numbers(text: str) -> list[Span]:
    """Phone and NHS numbers: runs of digits and separators, tried a few groups at a time."""
    spans: list[Span] = []
    for run in _DIGIT_RUN.finditer(text):
        groups = [
            (m.start() + run.start(), m.end() + run.start())
            for m in _SPACE_SPLIT.finditer(run.group())
        ]
        i = 0
        while i < len(groups):
            i = _number_at(text, groups, i, spans)
    return spans


def _number_at(text: str, groups: list[tuple[int, int]], i: int, spans: list[Span]) -> int:
    if _date_tail(text, groups[i][0]) or _ISO_DATE.match(text, groups[i][0]):
        return i + 1  # "10/03/2024    90791": a date's year starts no phone number (a7)
    last = min(i + _MAX_GROUPS, len(groups)) - 1
    while last > i and _apart(text, groups[last - 1][1], groups[last][0], last - 1, i):
        last -= 1
    for j in range(last, i - 1, -1):
        start, end = groups[i][0], groups[j][1]
        while end > start and not text[end - 1].isdecimal():
            end -= 1
        if text[start] == "(" and ")" not in text[start:end]:
            start += 1
        kind = classify(text[start:end])
        if kind is not None:
            if kind == "phone":
                end = _extension(text, end)
                spans.append(Span(start, end, kind, "pattern", _REASON[kind], kind))
            else:
                spans.append(Span(start, end, kind, "pattern", _REASON[kind], kind))
            return j + 1
    return i + 1


_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?!\d)")  # "2025-02-11 16:22": a date and a time


def _date_tail(text: str, start: int) -> bool:
    """The group at `start` ends a date or a time written with marks ("2024" in "10/03/2024")."""
    return start > 1 and text[start - 1] in "/-.:" and text[start - 2].isdecimal()


def _apart(text: str, end: int, start: int, k: int, i: int) -> bool:
    """Groups joined by three or more spaces or a tab (a table's columns) are not one number:
    the run is cut before the group at `start`."""
    gap = text[end:start]
    return ("   " in gap or "\t" in gap) and k >= i


_REASON = {
    "phone": "pattern: a phone number (shape or libphonenumber validity)",
    "nhs_number": "pattern: an NHS number (check digit valid)",
}


def _extension(text: str, end: int) -> int:
    """Take a trailing extension: "x204", "ext. 12", "extension 4"."""
    k = end
    while k < len(text) and k - end < 3 and text[k] in " ,":
        k += 1
    word_end = k
    while word_end < len(text) and word_end - k < 9 and text[word_end].isalpha():
        word_end += 1
    if text[k:word_end].lower() not in _EXTENSION:
        return end
    k = word_end
    while k < len(text) and k - word_end < 3 and text[k] in ". #:":
        k += 1
    digits_end = k
    while digits_end < len(text) and digits_end - k < 6 and text[digits_end].isdecimal():
        digits_end += 1
    return digits_end if digits_end > k else end
