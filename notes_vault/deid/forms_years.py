"""Years said in words, for the known date of birth (the replacer's `known_dobs.py` and the
final check's `check_more.py` both read them): "nineteen ninety-one", "two thousand and
four", and a year's two digits said after a date ("first of december sixty six").
"""

from __future__ import annotations


def any_said_year(lower: str) -> bool:
    """A quick test for a year said in words ("nineteen", "twenty", "thousand")."""
    return "nineteen" in lower or "twenty" in lower or "thousand" in lower or "eighteen" in lower


UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip


# The words a year said by `said_year` can begin with ("nineteen ninety-one", "two
# thousand and four", "twenty ten", "eighteen ninety").
SAID_YEAR_FIRST = frozenset(["nineteen", "two", "twenty", "eighteen"])


def said_year(words: list[str]) -> tuple[int | None, int]:
    """A year said in words at the start of `words` (lower case, hyphens as words).

    Returns (year, words used), or (None, 0): "nineteen ninety-one" -> 1991,
    "two thousand and four" -> 2004, "twenty ten" -> 2010.
    """

    def number(at: int) -> tuple[int | None, int]:
        """1-99 said from `at`: (value, words used)."""
        word = words[at] if at < len(words) else ""
        if word in UNITS:
            return UNITS[word], 1
        if word in TENS:
            nxt = at + 2 if at + 1 < len(words) and words[at + 1] == "-" else at + 1
            unit = words[nxt] if nxt < len(words) else ""
            if UNITS.get(unit, 10) < 10:
                return TENS[word] + UNITS[unit], nxt - at + 1
            return TENS[word], 1
        return None, 0

    if words[:2] == ["two", "thousand"]:
        skip = 3 if words[2:3] == ["and"] else 2
        value, used = number(skip)
        return (2000 + value, skip + used) if value is not None and value < 100 else (2000, 2)
    high, used = number(0)
    if high is None or not 18 <= high <= 20:  # years 1800-2099 said in two
        return None, 0
    at = used + (1 if words[used : used + 1] == ["-"] else 0)
    low, more = number(at)
    if low is None or low < 10:
        return None, 0
    return high * 100 + low, at + more


def said_decade_year(words: list[str]) -> tuple[int | None, int]:
    """A year's last two digits said as tens and a unit at the start of `words` ("sixty
    six", "eighty-one"): (value, words used), or (None, 0). Round 10 (lead): read only straight
    after a date of birth found ("first of december sixty six")."""
    tens = TENS.get(words[0]) if words else None
    if tens is None:
        return None, 0
    at = 2 if words[1:2] == ["-"] else 1
    unit = UNITS.get(words[at]) if at < len(words) else None
    if unit is None or unit >= 10:  # a unit, not a teen
        return tens, 1
    return tens + unit, at + 1


_NOUGHT = frozenset({"oh", "zero", "nought"})


def said_early_year(words: list[str]) -> tuple[int | None, int]:
    """`said_decade_year`, and a year of the 2000s' first decade said with "oh" ("oh six",
    "zero nine"): round 15 (k15), read only where the decade is."""
    if words[:1] and words[0] in _NOUGHT and len(words) > 1:
        unit = UNITS.get(words[1])
        return (unit, 2) if unit is not None and 0 < unit < 10 else (None, 0)
    return said_decade_year(words)


def unjoined(groups: list[str]) -> list[str] | None:
    """ "five eighteen eighty" read as 5, 1880 by `said_year`: the same groups with a later
    four-digit year of 1800-2099 split in two ("5", "18", "80"), the month/day/year a US
    clinician dictates; None when there is nothing to split (round 15, k15)."""
    for k, group in enumerate(groups):
        if k and len(group) == 4 and group.isdecimal() and 18 <= int(group[:2]) <= 20:
            return [*groups[:k], group[:2], group[2:], *groups[k + 1 :]][:3]
    return None
