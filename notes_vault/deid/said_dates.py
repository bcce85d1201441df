"""Dates, years and long numbers said in words, as dictated notes write them (layer "pattern").

Speech-to-text writes what was said: "in march twenty nineteen", "on june twenty
second nineteen eighty three", "the twelfth of march two thousand twenty five",
"august the ninth", "in oh six", "medical record number four four seven one nine two
six", "call six oh one five five five oh one nine one".

- a year in words: "nineteen ninety seven", "nineteen oh five", "twenty nineteen",
  "twenty twenty three", "two thousand eleven", "two thousand and five", and "oh six"
  after "in" or "since";
- a month (any case; "may" only before a day) with a day in words or digits and maybe
  a year: "june twenty second", "october first", "august the ninth", "june 3", "march
  twenty nineteen"; a day in words, "of" and a month: "the twelfth of march";
- seven or more digits said one by one ("oh", "double five" count): a phone number
  after a phone word, else a record number; five or six after a record word.

Each rule reads a bounded number of tokens from one: linear.
"""

from __future__ import annotations

from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth".split()
)
_DIGITS = {w: str(n) for n, w in enumerate(["zero", *_UNITS])} | {"oh": "0", "o": "0"}
_REPEATS = {"double": 2, "triple": 3}
_PHONE_WORDS = frozenset(
    "call phone number cell mobile tel telephone landline text reach contact at on".split()
)
_RECORD_WORDS = frozenset("record mrn id number account member policy case chart".split())
_YEAR_CUES = frozenset(["in", "since", "from", "until", "til", "till", "of", "back"])
_MIN_PHONE, _MIN_RECORD, _LOOK_BACK, _MIN_EXTENSION = 7, 5, 6, 2


def _starts() -> frozenset[str]:
    """Every word a said date, year or run of digits can open with."""
    months = {m for m in MONTHS if len(m) > 3}
    return frozenset(
        {"the", "nineteen", "twenty", "two", "oh"}
        | months
        | _WEEKDAYS
        | set(_DIGITS)
        | set(_REPEATS)
    )


def find_said(toks: list[Tok]) -> list[Span]:
    """Every date, year and long number said in words in `text` (see the module)."""
    spans: list[Span] = []
    lower = lowered(toks)
    i = 0
    while i < len(toks):
        if lower[i] not in _STARTS:
            i += 1  # no rule starts here: one set lookup for most words
            continue
        used = _said_date(lower, i) or _said_year(lower, i)
        if used and lower[i] == "the":  # "the twelfth of march": the day on
            if toks[i + 1].text[:1].isupper():
                used = 0  # "on the Fourth": a holiday's name, or a heading
            else:
                i, used = i + 1, used - 1
        if used:
            reason = "pattern: a date or year said in words"
            spans.append(
                Span(toks[i].start, toks[i + used - 1].end, "date", "pattern", reason, "date")
            )
            i += used
            continue
        run = _digit_run(lower, i)
        if run:
            used, count = run
            kind = _digits_kind(lower, i, count)
            if kind:
                reason = f"pattern: {count} digits said one by one ({kind})"
                spans.append(
                    Span(toks[i].start, toks[i + used - 1].end, kind, "pattern", reason, kind)
                )
            i += used
            continue
        i += 1
    return spans


def _said_year(lower: list[str], i: int) -> int:
    """Tokens of a year in words starting at i ("nineteen ninety seven": 3), or 0."""
    word = lower[i]
    nxt = lower[i + 1] if i + 1 < len(lower) else ""
    if word == "nineteen" or (word == "twenty" and nxt not in _UNITS):
        rest = _two_digits(lower, i + 1)
        return 1 + rest if rest else 0
    if word == "two" and nxt == "thousand":
        k = i + 2 + (i + 2 < len(lower) and lower[i + 2] == "and")
        rest = _two_digits(lower, k, units=True) if k < len(lower) else 0
        return k - i + rest if rest else 0
    if word == "oh" and i > 0 and lower[i - 1] in _YEAR_CUES and nxt in _UNITS:
        return 2  # "in oh six"
    return 0


def _two_digits(lower: list[str], k: int, *, units: bool = False) -> int:
    """Tokens of the last two digits of a year said in words ("ninety seven", "oh five"; "four"
    of "two thousand and four")."""
    if k >= len(lower):
        return 0
    word = lower[k]
    if units and word in _UNITS:
        return 1
    nxt = lower[k + 1] if k + 1 < len(lower) else ""
    if word in _TENS:
        hyphen = nxt == "-" and k + 2 < len(lower) and lower[k + 2] in _UNITS
        return 3 if hyphen else 2 if nxt in _UNITS else 1  # "ninety-eight" whole (p10)
    if word in _TEENS:
        return 1
    return 2 if word == "oh" and nxt in _UNITS else 0


def _said_date(lower: list[str], i: int) -> int:
    """Tokens of "june twenty second [nineteen eighty three]", "the twelfth of march"."""
    word = lower[i]
    if word in MONTHS and len(word) > 3:
        k = i + 1 + (i + 1 < len(lower) and lower[i + 1] == "the")
        day = _day(lower, k)
        if day and _month_day_ends(lower, word, k + day):
            end = k + day
            return end - i + (_said_year(lower, end) if end < len(lower) else 0)
        year = _said_year(lower, i + 1) if word != "may" and i + 1 < len(lower) else 0
        return 1 + year if year else 0
    if word in _WEEKDAYS:
        return _weekday_day(lower, i)
    if word == "the" and i > 0 and lower[i - 1] in _DAY_CUES:
        day = _day(lower, i + 1)
        next_word = lower[i + 1 + day] if i + 1 + day < len(lower) else "."
        single = day == 1 and lower[i + 1] in ("first", "second")
        if day and not single and not lower[i + 1].isdecimal() and _ends(next_word):
            return 1 + day  # "on the twenty first period"
    if (word == "the" or word in _TENS) and i + 3 < len(lower):
        return _day_of_month(lower, i)
    return 0


def _day_of_month(lower: list[str], i: int) -> int:
    """Tokens of a day in words, "of" and a month: "the twelfth of march", and a compound
    day with no "the" before it, "twenty seventh of november", "thirty-first of march"
    (round 17; "of" makes "march" the month; "mar", "jun" are typed, not said)."""
    bare = lower[i] != "the"
    k = i if bare else i + 1
    day = _day(lower, k)
    after = k + day
    if day < 1 + bare or after + 1 >= len(lower) or lower[after] != "of":
        return 0
    month = lower[after + 1]
    if month not in MONTHS or (bare and len(month) <= 3 and month != "may"):
        return 0
    end = after + 2
    return end - i + (_said_year(lower, end) if end < len(lower) else 0)


_VERB_MONTHS = frozenset(["march", "may", "august"])
_DAY_CUES = frozenset("on by until from session appointment appt meeting visit".split())
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur "
    "thurs fri sat sun".split()
)


def _ends(word: str) -> bool:
    """The end of a clause: a mark, said punctuation, or "at" a time."""
    return not word[:1].isalnum() or word in _SAID_MARKS


def _month_day_ends(lower: list[str], month: str, end: int) -> bool:
    """A month that is also a word ("march", "may") takes a day only at a clause's end."""
    if month not in _VERB_MONTHS:
        return True
    after = lower[end] if end < len(lower) else "."
    return _ends(after) or _said_year(lower, end) > 0 if end < len(lower) else True


def _weekday_day(lower: list[str], i: int) -> int:
    """Tokens of "Thursday tenth", "friday the twenty first" (not "Monday the second go")."""
    k = i + 1 + (i + 1 < len(lower) and lower[i + 1] == "the")
    day = _day(lower, k)
    if not day or lower[k].isdecimal():
        return 0
    then = lower[k + day] if k + day < len(lower) else "."
    rank = lower[k] in ("first", "second") and not _ends(then)
    return 0 if rank else k - i + day


def _day(lower: list[str], k: int) -> int:
    """Tokens of a day of the month at k: "ninth", "twenty second", "3" (1-31), or 0."""
    if k >= len(lower):
        return 0
    word = lower[k]
    if word.isdecimal() and len(word) <= 2 and 1 <= int(word) <= 31:
        after = lower[k + 1] if k + 1 < len(lower) else ""
        unit = after.isalpha() and after not in _SAID_MARKS  # "june 3 times"? no date
        return 0 if after in (":", "/", ".") or unit else 1
    if word in _ORDINALS:
        return 1
    nxt = lower[k + 1] if k + 1 < len(lower) else ""
    if word in ("twenty", "thirty") and nxt in _ORDINALS and nxt not in _TEEN_ORDINALS:
        return 2
    third = lower[k + 2] if k + 2 < len(lower) else ""
    if word in ("twenty", "thirty") and nxt == "-" and third in _ORDINALS:
        return 3 if third not in _TEEN_ORDINALS else 0  # "twenty-first" (round 17)
    return 0


_TEEN_ORDINALS = frozenset(
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth twentieth thirtieth".split()
)
# Punctuation said aloud, which may follow a date as a mark would.
_SAID_MARKS = frozenset(
    "period comma colon semicolon stop dash and or at new if when unless for so".split()
)


def _digit_run(lower: list[str], i: int) -> tuple[int, int] | None:
    """(tokens, digits) of a run of digits said one by one from i, or None."""
    if lower[i] not in _DIGITS and lower[i] not in _REPEATS:
        return None
    k, count = i, 0
    while k < len(lower):
        word = lower[k]
        if word in _REPEATS and k + 1 < len(lower) and lower[k + 1] in _DIGITS:
            count, k = count + _REPEATS[word], k + 2
        elif word in _DIGITS:
            count, k = count + 1, k + 1
        elif word == "-" and k + 1 < len(lower) and lower[k + 1] in _DIGITS:
            k += 1
        else:
            break
    extension = i > 0 and lower[i - 1] in ("extension", "ext", "extn")
    least = _MIN_EXTENSION if extension else _MIN_RECORD
    return (k - i, count) if count >= least and k > i else None


def _digits_kind(lower: list[str], i: int, count: int) -> str | None:
    """ "phone" or "id_number" from the words before a said run of digits, or None."""
    if i > 0 and lower[i - 1] in ("extension", "ext", "extn"):
        return "phone"  # "extension four four one two"
    before = set(lower[max(0, i - _LOOK_BACK) : i])
    if count >= _MIN_PHONE and before & _PHONE_WORDS - {"number", "at", "on"}:
        return "phone"
    if before & _RECORD_WORDS:
        return "id_number"
    return "phone" if count >= _MIN_PHONE else None


_STARTS = _starts()
