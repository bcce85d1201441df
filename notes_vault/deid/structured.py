"""Known dates of birth, phone numbers and e-mail addresses, in every written form.

Read from the normalised view (full-width and other-script digits are ASCII
there). Dates of birth: numeric in any order (d/m/y, m/d/y, y-m-d, with 2- or
4-digit years, with or without the year, "30/08", "03.11.86"), digits only
("041185", "19851104"), and worded ("4th Nov", "the 9th of March", "March 9th,
'86"), month names in any case. Phone numbers: the stored number is parsed by
`phonenumbers` (Google's libphonenumber data) for its national significant
number, which is then looked for in every run of digits and separators, so
every national and international writing matches. E-mail addresses: the whole
address, also when a line break or space splits it.

Every scan is linear: single-class runs, bounded shapes, `str.find` loops.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from functools import cache

from notes_vault.deid import birthday_anchors, birthday_named
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.tokens import Tok, lowered

# Groups of 1-4 digits joined by one separator (optionally spaced): at most
# three groups, so bounded length, constant work per start position.
_NUMERIC = re.compile(r"(?<![\w.\-/])\d{1,4}(?:[ \t]?[./\-][ \t]?\d{1,4}){1,2}(?![\d]|[./\-]\d)")
_MONTH_YEAR = re.compile(r"(?<![\w./\-])(\d{1,2})[/.\-](\d{2}|\d{4})(?![\w]|[./\-]\d)")
_DIGITS_ONLY = re.compile(r"(?<!\d)\d{6}(?:\d{2})?(?!\d)")
_DIGIT_RUN = re.compile(r"[+(]?\d[\d \t\n\-().\/]*")
_RUN_MARKS = str.maketrans("", "", "+( \t\n-)./")  # every character of a run but its digits
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+-")
_EMAIL_DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
_UNFINISHED = frozenset(".@-_")
_ORDINALS = ("st", "nd", "rd", "th")
_MONTH_INITIALS = frozenset(c for name in MONTHS for c in (name[0], name[0].upper()))


def _years(year: str, dob: datetime.date) -> bool:
    if len(year) == 4:
        return int(year) == dob.year
    return len(year) == 2 and int(year) == dob.year % 100


def numeric_is_dob(groups: list[str], dob: datetime.date) -> bool:
    """True when some reading of digit groups (any order, year optional) is the birth date."""
    day, month = dob.day, dob.month
    nums = [int(g) for g in groups]
    if len(groups) == 2:
        return (nums[0], nums[1]) in ((day, month), (month, day))
    # Any year: a dated day that is the birthday ("11/11/2023" for a client born
    # on 11 November) gives the birthday away as much as the birth date does.
    a, c = groups[0], groups[2]
    if len(c) in (2, 4) and (nums[0], nums[1]) in ((day, month), (month, day)):
        return True
    year_first = len(a) == 4 or _years(a, dob)  # "86-03-09": only the birth year itself
    return year_first and (nums[1], nums[2]) in ((month, day), (day, month))


@cache
def dob_digit_forms(dob: datetime.date) -> frozenset[str]:
    """The date of birth written as digits only, in every order with 2- and 4-digit years."""
    d, m = f"{dob.day:02d}", f"{dob.month:02d}"
    forms = set()
    for year in (f"{dob.year:04d}", f"{dob.year % 100:02d}"):
        forms |= {d + m + year, m + d + year, year + m + d}
    return frozenset(forms)


def find_dobs(text: str, toks: list[Tok], dob: datetime.date) -> Iterator[tuple[int, int]]:
    """Every stretch of `text` that writes this date of birth."""
    for match in _NUMERIC.finditer(text):
        parts = list(re.finditer(r"\d+", match.group()))
        groups = [p.group() for p in parts]
        if numeric_is_dob(groups, dob):
            yield match.span()
        elif len(groups) == 3:  # "3 - 14/2": the date may be the last two, or the first two
            base = match.start()
            for a, b in ((0, 1), (1, 2)):
                if numeric_is_dob(groups[a : b + 1], dob):
                    yield base + parts[a].start(), base + parts[b].end()
    for match in _MONTH_YEAR.finditer(text):
        month, year = match.group(1), match.group(2)
        if int(month) == dob.month and _years(year, dob) and len(year) in (2, 4):
            yield match.span()  # "11/86", "11/1986": the month of birth
    forms = dob_digit_forms(dob)
    for match in _DIGITS_ONLY.finditer(text):
        if match.group() in forms:
            yield match.span()
    yield from _worded(toks, dob)
    yield from birthday_days(toks, dob)
    yield from birthday_anchors.find(text)  # "birthday two days ago"
    yield from birthday_anchors.named_days(text, dob)  # "Cinco de Mayo" for 5 May
    yield from birthday_named.find(text)  # round 18: "Portugal Day is her birthday"
    yield from birthday_anchors.month_as_ordinal(text, dob)  # "the 12th of the 3rd"
    yield from birthday_anchors.far_days(text, dob)  # round 9: "hers 24th", a line on


BIRTHDAY_CUES = frozenset({"birthday", "bday", "birthdays", "turned", "turns", "born"})
_CUE_REACH = 8  # tokens, punctuation included: 'birthday was "last Sunday, the 28th'
_BRACKET_REACH = 10


def birthday_days(toks: list[Tok], dob: datetime.date) -> Iterator[tuple[int, int]]:
    """ "turned 24 on the 4th", "her 30th is soon (20th)": the day alone, near a birthday.

    A birthday word, or an age's ordinal after "her"/"his"/"my" ("her 30th"),
    within six tokens; the day written "the 4th" or "(4th)", never a bare number.
    """
    lows = lowered(toks)
    cues = [
        i
        for i, tok in enumerate(toks)
        if lows[i] in BIRTHDAY_CUES
        or (tok.text[-2:].lower() in _ORDINALS and birthday_anchors.age_ordinal(toks, i))
    ]
    if not cues:
        return
    for i, tok in enumerate(toks):
        if i == 0 or tok.text.isdecimal() or _day(tok.text) != dob.day:
            continue  # "the 4" is a count, "the 4th" a day
        the = lows[i - 1] == "the"
        bracketed = toks[i - 1].text == "(" and i + 1 < len(toks) and toks[i + 1].text == ")"
        reach = _BRACKET_REACH if bracketed else _CUE_REACH  # "(20th)" stands out more
        if (the or bracketed) and any(abs(i - c) <= reach and c != i for c in cues):
            yield (toks[i - 1].start if the else tok.start), tok.end


_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
DAY_WORDS = {word: n for n, word in enumerate(_WORDS, start=1)} | {"thirtieth": 30}


def _day(word: str) -> int | None:
    """A day of the month: "9", "09", "9th", "ninth"."""
    lower = word.lower()
    if lower in DAY_WORDS:
        return DAY_WORDS[lower]
    digits = lower[:-2] if lower.endswith(_ORDINALS) else lower
    return int(digits) if digits.isdecimal() and len(digits) <= 2 else None


def _compound_day(toks: list[Tok], n: int) -> tuple[int | None, int]:
    """ "twenty-first" as three tokens: (day, index of its last token)."""
    tens = {"twenty": 20, "thirty": 30}.get(toks[n].text.lower()) if n < len(toks) else None
    if tens and n + 2 < len(toks) and toks[n + 1].text == "-":
        unit = DAY_WORDS.get(toks[n + 2].text.lower())
        if unit is not None and unit < 10:
            return tens + unit, n + 2
    if tens and n + 1 < len(toks):  # "june twenty second", dictated without a hyphen
        unit = DAY_WORDS.get(toks[n + 1].text.lower())
        if unit is not None and unit < 10:
            return tens + unit, n + 1
    return (_day(toks[n].text) if n < len(toks) else None), n


def _worded(toks: list[Tok], dob: datetime.date) -> Iterator[tuple[int, int]]:
    """ "4 Nov", "the 4th of November 1985", "November 4th, '85": month in any case."""
    for i, tok in enumerate(toks):
        first = tok.text[0]
        if first.isascii() and first not in _MONTH_INITIALS:
            continue  # spares a lower() and a lookup on most words
        if MONTHS.get(tok.text.lower()) != dob.month:
            continue
        start, end = tok.start, tok.end
        j = i - 1
        if j >= 0 and toks[j].text.lower() in ("of", "-", "/", "."):
            j -= 1  # "4th of Nov", "03-Nov-1986"
        before = _day(toks[j].text) if j >= 0 else None
        if j >= 2 and toks[j - 1].text == "-" and before is not None and before < 10:
            tens = {"twenty": 20, "thirty": 30}.get(toks[j - 2].text.lower())
            before, j = (tens + before, j - 2) if tens else (before, j)  # "twenty-first of"
        dotted = i + 2 < len(toks) and toks[i + 1].text in (".", "-", "/")
        n = i + 2 if dotted else i + 1  # "Nov. 4", "Nov-03"
        if n + 1 < len(toks) and toks[n].text.lower() == "the":
            n += 1  # "July the 14th", "Nov. the seventh"
        after, n = _compound_day(toks, n)
        k = i + 1
        if before == dob.day:
            start = toks[j].start
            if j > 0 and toks[j - 1].text.lower() == "the":
                start = toks[j - 1].start
        elif after == dob.day:
            end, k = toks[n].end, n + 1
        else:
            year_end = _with_year(toks, i + 1, end, dob)
            if year_end != end:
                yield start, year_end  # "November 1986", "Nov '86": the month of birth
            continue
        yield start, _with_year(toks, k, end, dob)


def _with_year(toks: list[Tok], k: int, end: int, dob: datetime.date) -> int:
    """Extend past a following ", 1985" / "'85" / "85" when it is the birth year."""
    for marks in ((".", "-", "/"), (",",), ("'", "\u2019")):
        if k < len(toks) and toks[k].text in marks:
            k += 1
    if k < len(toks) and toks[k].text.isdecimal() and _years(toks[k].text, dob):
        return toks[k].end
    return end


@cache
def national_number(phone: str) -> str:
    """The national significant number of a stored phone number (UK unless it says +)."""
    import phonenumbers  # noqa: PLC0415 - 18 ms of metadata, loaded when a phone is known

    for region in ("GB", "US"):
        try:
            parsed = phonenumbers.parse(phone, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_possible_number(parsed):
            return phonenumbers.national_significant_number(parsed)
    digits = "".join(c for c in phone if c.isdecimal())
    return digits.lstrip("0")


def find_phones(text: str, numbers: list[str]) -> Iterator[tuple[int, int, int]]:
    """(start, end, which) for every digit run that holds a known national number."""
    runs = [
        (run, run.group().translate(_RUN_MARKS)) for run in _DIGIT_RUN.finditer(text)
    ]  # read once, for both passes below; a run is digits and the marks dropped (s11)
    for run, digits in runs:
        for which, number in enumerate(numbers):
            if number and number in digits:
                end = run.end()
                while not text[end - 1].isdecimal():
                    end -= 1
                yield run.start(), end, which
                break
    for run, digits in runs:
        for which, number in enumerate(numbers):
            if len(digits) >= _MIN_SPOKEN and number != digits and number.endswith(digits):
                yield run.start(), run.start() + len(run.group().rstrip(" \t\n-().")), which
                break  # the last six digits or more: "mobile ending 123456"
    for start, end, digits in spoken_numbers(text):
        for which, number in enumerate(numbers):
            if number and number in digits:
                yield start, end, which
                break


SPOKEN = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_TIMES = {"double": 2, "triple": 3}
# The words `spoken_numbers` reads as digits: a whole ASCII word (any case, and only
# ASCII letters fold: "(?a") or one digit. Any other word between two of these is a
# non-soft gap, which ends a run as the word itself would.
_NUMBER_WORD = re.compile(
    r"(?<![A-Za-z])(?ai:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
    r"|double|triple|hundred)(?![A-Za-z])|\d"
)
_MIN_SPOKEN = 6


def spoken_numbers(text: str) -> Iterator[tuple[int, int, str]]:
    """Runs of digits said in words ("oh seven seven double-oh nine"): (start, end, digits)."""
    digits, start, end, times = "", -1, -1, 1
    for match in _NUMBER_WORD.finditer(text):
        word = match.group().lower()
        gap = text[end : match.start()] if end >= 0 else ""
        if end >= 0 and gap.strip(" ,-\t\n") != "":
            yield from _flush(digits, start, end)
            digits, start, end, times = "", -1, -1, 1
        if word in _TIMES:
            times = _TIMES[word]
        elif word == "hundred":
            digits += "00" if digits else ""  # "seven hundred": 700
        else:
            digits += (SPOKEN.get(word) or word) * times
            times = 1
            start = match.start() if start < 0 else start
        end = match.end()
    yield from _flush(digits, start, end)


def _flush(digits: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    if len(digits) >= _MIN_SPOKEN:
        yield start, end, digits


# "kate.okafor at example dot org", "kate (at) example (dot) org": bounded repeats.
_SAID_EMAIL = re.compile(
    r"(?i)(?<![\w.])[a-z0-9._%+-]{1,64}(?:[ \t]*(?:\(dot\)|\[dot\]|[ \t]dot[ \t])[ \t]*"
    r"[a-z0-9._%+-]{1,64}){0,3}[ \t]*(?:\(at\)|\[at\]|[ \t]at[ \t])[ \t]*"
    r"[a-z0-9-]{1,63}(?:[ \t]*(?:\(dot\)|\[dot\]|[ \t]dot[ \t]|\.)[ \t]*[a-z0-9-]{1,63}){1,4}"
)
_AT_DOT = re.compile(
    r"(?i)\(at\)|\[at\]|(?<=[ \t])at(?=[ \t])|\(dot\)|\[dot\]|(?<=[ \t])dot(?=[ \t])"
)


def said_emails(text: str) -> Iterator[tuple[int, int, str]]:
    """E-mail addresses written with "at" and "dot": (start, end, address as written)."""
    for match in _SAID_EMAIL.finditer(text):
        address = _AT_DOT.sub(lambda m: "@" if "at" in m.group().lower() else ".", match.group())
        yield match.start(), match.end(), squeeze(address)


def email_stretches(text: str) -> Iterator[tuple[int, int]]:
    """Every e-mail-shaped stretch around an "@", also across one break after "." or "@"."""
    pos = text.find("@")
    while pos != -1:
        start = _extend(text, pos, -1, _EMAIL_LOCAL)
        end = _extend(text, pos, 1, _EMAIL_DOMAIN)
        if start < pos and end > pos + 1:
            yield start, end
        pos = text.find("@", max(end, pos + 1))


def _extend(text: str, pos: int, step: int, allowed: frozenset[str]) -> int:
    """Walk from the "@" over address characters, crossing a break only mid-address."""
    i, edge = pos + step, (pos + 1 if step > 0 else pos)
    while 0 <= i < len(text):
        if text[i].lower() in allowed:
            edge = i + 1 if step > 0 else i
            i += step
            continue
        j = _gap_end(text, i, step)
        if j is None:
            break
        i = j
    while step > 0 and edge > pos + 1 and text[edge - 1] in ".-":
        edge -= 1  # a full stop after an address ends the sentence, not the address
    return edge


def _gap_end(text: str, i: int, step: int) -> int | None:
    """Where an address continues after the whitespace at i, if it is split there."""
    j, gap = i, ""
    while 0 <= j < len(text) and text[j].isspace() and len(gap) < 3:
        gap += text[j]
        j += step
    if not gap or not 0 <= j < len(text):
        return None
    inner, outer = text[i - step], text[j]
    if not ("\n" in gap or inner == "@" or outer == "@"):
        return None
    if not (outer.islower() or outer.isdecimal() or outer in ".@"):
        return None
    return j if inner in _UNFINISHED or outer in ".@" else None


def squeeze(text: str) -> str:
    """An address without the whitespace that split it, lower case."""
    return "".join(text.split()).lower()
