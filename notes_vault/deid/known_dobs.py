"""Round 4's dates of birth for the replacer (`known_more.py` calls these).

A month in another language ("12 de octubre") or in Roman numerals
("3-XI-1987"), day, month and year divided by spaces after a cue ("DOB 3 11
87"), said in number words after a cue ("dob oh three eleven eighty seven"),
and the year of birth said in words near a birth cue ("nineteen ninety-one").
The final check's own search is in `check_more.py`.
"""

from __future__ import annotations

import datetime
import itertools
import re

from notes_vault.deid import forms_more as more
from notes_vault.deid import forms_years as years
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.known_index import Hit
from notes_vault.deid.structured import numeric_is_dob
from notes_vault.deid.tokens import Tok

_ROMAN_DATE = re.compile(
    r"(?<![\w.])(\d{1,2})[ \t]?[./\-]?[ \t]?((?i:x{0,1}i{1,3}|i?vi{0,3}|i?x|xii?))(?![a-z\d])"
    r"(?:[ \t]?[./\-]?[ \t]?(\d{4}|\d{2})(?!\d))?"
)  # "3-XI-1987", "3 xi 87", "3.XI.87": a day, a Roman month, maybe a year
_SPACED_DATE = re.compile(r"(?<![\d.])(\d{1,2}) (\d{1,2}) (\d{4}|\d{2})(?![\d.])")
# A quick test before the two scans above: a day, then a Roman month or a spaced number.
ROMAN_OR_SPACED = re.compile(
    r"(?<![\w.])\d{1,2}(?:[ \t./-]{1,3}(?i:[ivx]{1,4})(?![^\W\d_])| \d{1,2} \d{2})"
)
_BIRTH_CUES = frozenset({"born", "birth", "dob", "birthday", "b"})
# Round 8: "he was born 33", "born in '33": the year of birth in two digits after "born"
# (never "born 33 weeks", "born 3/5", "born 1933" which the date layer takes).
_BORN_YEAR = re.compile(
    r"(?<![\w])(?i:born)[ \t]+(?:(?i:in)[ \t]+)?(['\u2019]?(\d{2}))"
    r"(?![\d/:\-]|\.\d|[ \t]*(?i:w|d|y|m|h))"
)


def born_years(text: str, dob: datetime.date) -> list[tuple[int, int]]:
    """The year of birth in two digits after "born" ("born 33" for 1933)."""
    year = f"{dob.year % 100:02d}"
    return [(m.start(1), m.end(1)) for m in _BORN_YEAR.finditer(text) if m.group(2) == year]


_REACH = 6


def said(said: list[tuple[int, int, str]], dob: datetime.date) -> list[tuple[int, int]]:
    """ "dob oh three eleven eighty seven": two or three said numbers after a birth cue."""
    found = []
    for i, (_, _, word) in enumerate(said):
        if word not in _BIRTH_CUES and word != "of":
            continue
        run = list(itertools.takewhile(lambda w: w[2].isdecimal(), said[i + 1 : i + 4]))
        groups = [w[2] for w in run]
        split = years.unjoined(groups)  # "five eighteen eighty": 5/18/80 (round 15)
        if len(groups) >= 2 and (
            numeric_is_dob(groups, dob) or (split is not None and numeric_is_dob(split, dob))
        ):
            found.append((run[0][0], run[-1][1]))
    return found


def foreign_months(toks: list[Tok], dob: datetime.date) -> list[tuple[int, int]]:
    """ "12 de octubre (de 1995)", "4. März": day, joiners, month, and the year if it is."""
    found = []
    for i, tok in enumerate(toks):
        if more.FOREIGN_MONTHS.get(tok.text.lower()) != dob.month:
            continue
        j = i - 1
        while j >= 0 and (toks[j].text.lower() in more.DATE_JOINERS or toks[j].text == "."):
            j -= 1
        k = i + 1
        while k < len(toks) and toks[k].text.lower() in more.DATE_JOINERS | {",", "."}:
            k += 1
        day_before = j >= 0 and j >= i - 3 and _is_day(toks[j].text, dob)
        day_after = k < len(toks) and k <= i + 3 and _is_day(toks[k].text, dob)
        if not (day_before or day_after):
            continue
        start, end = (
            (toks[j].start if day_before else tok.start),
            (toks[k].end if day_after else tok.end),
        )
        n = k + 1 if day_after else k
        while n < len(toks) and toks[n].text.lower() in more.DATE_JOINERS | {","}:
            n += 1
        if n < len(toks) and toks[n].text in (str(dob.year), f"{dob.year % 100:02d}"):
            end = toks[n].end
        found.append((start, end))
    return found


def roman_and_spaced(text: str, dob: datetime.date) -> list[tuple[int, int]]:
    """ "3-XI-1987", "3 xi 87" (a month in Roman numerals), and "DOB 3 11 87" (spaces only,
    after a cue that a date of birth follows)."""
    found = []
    for match in _ROMAN_DATE.finditer(text):
        day, month, year = match.group(1), match.group(2).lower(), match.group(3)
        if int(day) == dob.day and more.ROMAN_MONTHS.get(month) == dob.month:
            same = year is None or year in (str(dob.year), f"{dob.year % 100:02d}")
            found.append((match.start(), match.end() if same else match.end(2)))
    for match in _SPACED_DATE.finditer(text):
        cue = text[max(0, match.start() - 12) : match.start()].lower()
        if not any(c in cue for c in more.DOB_CUES):
            continue
        if _spaced_is((match.group(1), match.group(2), match.group(3)), dob):
            found.append(match.span())
    return found


def _spaced_is(groups: tuple[str, str, str], dob: datetime.date) -> bool:
    a, b, year = (int(g) for g in groups)
    same_year = year in (dob.year, dob.year % 100)
    return same_year and ((a, b) == (dob.day, dob.month) or (a, b) == (dob.month, dob.day))


def _is_day(word: str, dob: datetime.date) -> bool:
    digits = word[:-2] if word[-2:].lower() in ("st", "nd", "rd", "th", "er") else word
    return digits.isdecimal() and len(digits) <= 2 and int(digits) == dob.day


def said_years(toks: list[Tok], dob: datetime.date, hits: list[Hit]) -> list[tuple[int, int]]:
    """The year of birth said in words within six words of a birth cue or a date of birth."""
    words = [(t.start, t.end, t.text.lower()) for t in toks if t.text.isalpha() or t.text == "-"]
    lowered = [w for _, _, w in words]
    dob_ends = [h.end for h in hits if h.entry.category == "dob"]
    found = _decade_after(words, lowered, dob, dob_ends)
    for i, word in enumerate(lowered):
        if word not in years.SAID_YEAR_FIRST:
            continue
        year, used = years.said_year(lowered[i : i + 6])
        if year != dob.year:
            continue
        window = lowered[max(0, i - _REACH) : i]
        cue = any(
            w in _BIRTH_CUES or (MONTHS.get(w) or more.FOREIGN_MONTHS.get(w)) == dob.month
            for w in window
        )
        first = words[max(0, i - _REACH)][0]
        if cue or any(first - 8 <= end <= words[i][0] for end in dob_ends):
            found.append((words[i][0], words[i + used - 1][1]))
    return found


def _decade_after(
    words: list[tuple[int, int, str]], lowered: list[str], dob: datetime.date, ends: list[int]
) -> list[tuple[int, int]]:
    """ "date of birth first of december sixty six": the year's two digits said in words
    straight after a date of birth found without its year (lead, round 10)."""
    if not ends:
        return []
    found = []
    starts = {start: k for k, (start, _, _) in enumerate(words)}
    for end in ends:
        k = starts.get(end + 1)
        if k is None:
            continue
        value, used = years.said_early_year(lowered[k : k + 3])
        if value == dob.year % 100:
            found.append((words[k][0], words[k + used - 1][1]))
    return found
