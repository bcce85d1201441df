"""Ages just after a person and their aside, or with a birthday in brackets (layer "pattern", p6).

Once a person is found (by any layer), two shapes give the number after them as an age:

- in brackets straight after the person, the number then a word of a birthday's
  time or a dash: "Mae (23 on Saturday)", "Zia (34 tomorrow", "Bernie (85 - born",
  "Lucia (14 as of yesterday", "Roo (19... no, 18";
- after the person's aside (a closing bracket or quote) on the same line, set off by a
  dash or comma, the number then a comma and a word, or a birthday's time: 'Omar's
  father (Abu Omar) - 47, from Homs', '("Marc" to classmates) \u2014 23, MPH student',
  "Sra. Cruz (Vangie), 69 yesterday".

Near misses stay: a person with a number that is a count, a score or a measure
("Tom (3 sessions)", "Sam (GAD-7) - 14/21", "Ella (PHQ 9)"), a figure ("(Dev) - 3,500"),
a number over 110.

One pass over the spans found, a bounded look back per number: linear.
"""

from __future__ import annotations

from bisect import bisect_right

from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MAX_AGE = 110
_PEOPLE = frozenset(["person", "name"])
_DASHES = frozenset(["-", "\u2014", "\u2013"])
_WHEN = frozenset(
    "on as yesterday tomorrow today tmrw last next this soon in since at from "
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu "
    "thur thurs fri sat sun".split()
)
_BRACKET_AFTER = _WHEN | _DASHES | frozenset([".", "\u2026", ";", "?"])
_CLOSERS = frozenset([")", '"', "\u201d"])
_NOT_AFTER = frozenset(
    "mg ml kg lb lbs cm minutes mins min hours hrs days weeks wks months mos years yrs times "
    "sessions points pts out of x am pm miles percent per".split()
)
_BEFORE_NUMBER = frozenset(["(", ",", "-", "\u2014", "\u2013", ")", '"', "\u201d"])
_REACH = 14  # tokens from a person's end to the number, across their aside


def find_set_ages(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Ages after a person's brackets or aside (see the module)."""
    lows = lowered(toks)
    # Where an age could sit: a small number in digits after a bracket, mark or dash.
    numbers = [
        k
        for k in range(1, len(toks) - 1)
        if lows[k - 1] in _BEFORE_NUMBER and lows[k].isdecimal() and len(lows[k]) <= 3
    ]
    if not numbers:
        return []
    first_of, last_of = token_starts(toks), token_ends(toks)
    spans: list[Span] = []
    for span in chosen:
        if span.category not in _PEOPLE:
            continue
        last = last_of.get(span.end)
        if last is None or first_of.get(span.start) is None or last + 3 >= len(toks):
            continue
        at = bisect_right(numbers, last)
        if at == len(numbers) or numbers[at] > last + _REACH + 3:
            continue
        found = _bracketed(toks, lows, last) or _after_aside(text, toks, lows, last)
        if found is not None:
            spans.append(found)
    return spans


def _age(toks: list[Tok], k: int, used: int, value: int, cue: str) -> Span:
    end = toks[k + used - 1].end
    return Span(toks[k].start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


def _bracketed(toks: list[Tok], lows: list[str], last: int) -> Span | None:
    """ "Mae (23 on Saturday)": a number in brackets, then a birthday's time or a dash."""
    if lows[last + 1] != "(" or not toks[last + 2].text.isdecimal():
        return None
    number = _value(toks, last + 2)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    k = last + 2 + used
    if k >= len(toks) or lows[k] not in _BRACKET_AFTER:
        return None
    if lows[k] == "." and (k + 1 >= len(toks) or lows[k + 1] != "."):
        return None  # "19..." reads as a hesitation; "(4.5" is a figure
    return _age(toks, last + 2, used, value, "a number in brackets after a person, then a time")


def _after_aside(text: str, toks: list[Tok], lows: list[str], last: int) -> Span | None:
    """ "(Abu Omar) - 47, from Homs": after an aside that closes near the person."""
    k = last + 1
    limit = min(len(toks) - 2, last + _REACH)
    depth = 0
    while k < limit and "\n" not in text[toks[k - 1].end : toks[k].start]:
        if lows[k] == "(":
            depth += 1
        elif lows[k] == ")":
            depth -= 1
        if lows[k] in _CLOSERS and depth <= 0 and k > last + 1:
            break
        k += 1
    else:
        return None
    k += 1
    if lows[k] in _DASHES or lows[k] == ",":
        k += 1
    if k + 2 >= len(toks) or not toks[k].text.isdecimal():
        return None
    number = _value(toks, k)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    after, word = lows[k + used], lows[k + used + 1]
    glued = toks[k + used + 1].start == toks[k + used].end
    dashed = lows[k - 1] in _DASHES and "\n" not in text[toks[k - 2].end : toks[k].end]
    sentence = (
        dashed and after == "." and toks[k + used + 1].text[:1].isupper()
    )  # ") - 51. Works" (a8)
    if (after == "," or sentence) and word.isalpha() and word not in _NOT_AFTER and not glued:
        return _age(toks, k, used, value, "a number set off after a person's aside")
    if after in ("yesterday", "today", "tomorrow") or (after == "as" and word == "of"):
        return _age(toks, k, used, value, "a number and a birthday's time after a person")
    return None


_DAYS_AFTER_ON = frozenset(
    "the his her saturday sunday monday tuesday wednesday thursday friday".split()
)
_STRONG = frozenset(["yesterday", "tomorrow", "today", "tmrw"])
_PERIODS = frozenset(["week", "month", "weekend", "friday", "saturday", "sunday", "monday"])


def find_birthday_brackets(toks: list[Tok]) -> list[Span]:
    """ "Zia (34 tomorrow", "Inga (38 as of Friday)": a capitalised word, then in brackets a
    number and the time of a birthday, whether or not the word was found as a person."""
    if "(" not in vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [i for i in range(1, len(toks) - 3) if lows[i] == "("]:
        if not toks[i + 1].text.isdecimal() or len(toks[i + 1].text) > 3:
            continue
        name = toks[i - 1].text
        if not (name[:1].isupper() and name[1:].islower() and name.isalpha()):
            continue
        value = int(toks[i + 1].text)
        if 0 < value <= _MAX_AGE and _birthday_time(lows, i + 2):
            spans.append(_age(toks, i + 1, 1, value, "a number and a birthday's time in brackets"))
    return spans


def _birthday_time(lows: list[str], k: int) -> bool:
    word = lows[k]
    nxt = lows[k + 1] if k + 1 < len(lows) else ""
    if word in _STRONG:
        return True
    if word == "as":
        return nxt == "of"
    if word == "on":
        if nxt == "the":  # "on the 4th", not "on the list"
            return k + 2 < len(lows) and lows[k + 2][:1].isdecimal()
        return nxt in _DAYS_AFTER_ON or nxt[:1].isdecimal()
    return word in ("last", "this", "next") and nxt in _PERIODS
