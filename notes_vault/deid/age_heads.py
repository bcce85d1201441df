"""Ages in a note's opening words and ages a birthday is about to make (round 10, u10).

Shorthand notes open a line on the client and their age with no mark between, and often
the surname the context layer did not take: "ahmed nour 42 from el geneina", "Fraser Duncan
fifty arable and beef", "mr bernie kerry gan seventy two seen with wife", "Hye-jin (박혜진)
33. Korean". A person the context layer found opens the line (or a sentence, or follows a
title that does), at most two unfound words or a bracket of another script follow, then
a number of at most 110; after it the line ends, a full stop or comma, or a lower-case
word that counts nothing ("from", "seen", "arable"; not "3 sessions", "10 minutes", "2
cans", "4 times").

A birthday about to come or come today says the age too: "Neil's 60 on Sunday the 16th",
"(67 on Wednesday the 30th)", "Dad's 70 tomorrow", "54 today - pum deg pedwar", "happy
81st". The number follows a person's "'s", a bracket or a sentence's start and comes
before "on" and a weekday or "the" and a day, or "today" / "tomorrow" closing the clause;
"happy" takes an ordinal that no anniversary or event noun follows.

Each person span and each number reads a few tokens around it: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, vocabulary
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MAX_AGE = 110
_PEOPLE = frozenset(["person", "name"])
_SENTENCE_ENDS = frozenset([".", "?", "!"])
_CLOSE = frozenset([".", ",", ";", ")", "-", "\u2013", "\u2014", ":"])
# Words after a number that make it a count or a measure, not an age.
_COUNTS = frozenset(
    "% mg kg lb lbs st stone ft cm mm minutes mins min hours hrs hr days weeks wks months "
    "mos years yrs times x out of am pm miles mph percent points pts sessions session sess "
    "units pints cans drinks bottles cigarettes cigs fags quid pounds visits calls texts "
    "nights kids children weeks/months of per a the".split()
)
# A word ending in "s" after the number is a plural counted ("2 cans") unless a verb here.
_S_VERBS = frozenset("is was has lives works says comes goes presents attends".split())
_PLURAL_MIN = 3
_MAX_GAP = 2
_SCRIPT_BRACKET = 4  # "(박혜진)": an open, at most two words of another script, a close
_SOON = frozenset(["today", "tomorrow", "tmrw", "tmw"])
_DAY_WORDS = frozenset(["the", "her", "his", "their", "my"])
_NOT_BIRTHDAYS = frozenset(
    "anniversary wedding session sessions week weeks year years time times attempt go "
    "place floor birthday's".split()
)
# Round 11: marks that end a table cell or set off the rest of a line, spaced or not.
_CELL_MARKS = frozenset(["|", "\u2014", "\u2013"])
_SINCE_UNITS = frozenset("wks weeks wk days d mos months mo yrs years hrs hours".split())
# Round 11: "Mr. Bighorse 62 years, come today": years ending the clause (not "3 years ago").
_AGE_UNITS = frozenset(["years", "yrs", "yo", "y"])
_UNIT_ENDS = frozenset([",", ".", ";", ")", "old", "-", "\u2014", "\u2013", "|"])
_GAP = re.compile(r"[ \t]*(?:  |\t)[ \t]*")  # a16: a header's gap between fields
_REASON_HEAD = "pattern: an age (a number after the person a line opens with)"
_REASON_COLUMNS = "pattern: an age (a field between wide gaps after a line's first person)"
_REASON_SOON = "pattern: an age (a birthday on a day to come: 'Neil's 60 on Sunday')"
_REASON_HAPPY = "pattern: an age ('happy' and an ordinal)"


def find_head_ages(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """A number after the person a line or sentence opens with (see the module)."""
    people = sorted((s for s in chosen if s.category in _PEOPLE), key=lambda s: s.start)
    if not people:
        return []
    starts, ends = token_starts(toks), token_ends(toks)
    person_starts = {s.start for s in people}
    person_ends = {ends[s.end] for s in people if s.end in ends}
    spans: list[Span] = []
    taken: set[int] = set()
    for span in people:
        first, last = starts.get(span.start), ends.get(span.end)
        if first is None or last is None or last in taken or not _opens(text, toks, first):
            continue
        k = _past_name(toks, last + 1, person_starts, person_ends)
        if k is None:
            continue
        found = _number_before_story(text, toks, k)
        if found is not None:
            spans.append(found)
            taken.add(last)
    return spans


def _opens(text: str, toks: list[Tok], k: int) -> bool:
    """Token k opens its line or a sentence, or follows a title that does."""
    if k > 0 and toks[k - 1].text.lower().rstrip(".") in lexicon.TITLES:
        k -= 1
    if k == 0 or "\n" in text[toks[k - 1].end : toks[k].start]:
        return True
    before = toks[k - 1]
    if before.text in ("|", ":"):
        return True  # round 11: a table cell or a label opens with the person ("D: Bobby 52,")
    return before.text in _SENTENCE_ENDS and before.end < toks[k].start


def _past_name(
    toks: list[Tok], k: int, person_starts: set[int], person_ends: set[int]
) -> int | None:
    """The token after the name's unfound parts: more people spans, at most two lower- or
    title-case words no dictionary holds, or a bracket of another script."""
    gap = 0
    stop = min(len(toks), k + 12)  # a name runs a few tokens at most
    while k < stop:
        word = toks[k].text
        if toks[k].start in person_starts:
            end = next((j for j in range(k, min(len(toks), k + 6)) if j in person_ends), None)
            if end is None:
                return None
            k = end + 1
            continue
        if word == "-" and _glued(toks, k) and toks[k + 1].text.isalpha():
            k += 2  # "Hye-jin": the part after the hyphen the context layer left
            continue
        if word == "(" and k + 1 < len(toks) and toks[k + 1].start in person_starts:
            close = next((j for j in range(k + 2, min(len(toks), k + 8)) if toks[j].text == ")"), 0)
            if close and close - 1 in person_ends:
                k = close + 1  # round 11: "Bobby (Roberto) 52,": a bracket holding a person
                continue
        if word == "," and k + 1 < len(toks) and toks[k + 1].start in person_starts:
            k += 1  # a16: "Vermeer, Dale   64": a surname and a given name the vault took apart
            continue
        if word == "/" and toks[k].start > toks[k - 1].end and gap == 0:
            k += 1  # round 11: "M. Lucero / 58 / dispatcher": spaced fields
            continue
        if word == "(" and _script_bracket(toks, k):
            k = next(j for j in range(k, len(toks)) if toks[j].text == ")") + 1
            continue
        if word.isalpha() and word.isascii() and gap < _MAX_GAP and _unknown_word(word):
            gap += 1
            k += 1
            continue
        return k
    return None


def _glued(toks: list[Tok], k: int) -> bool:
    """The mark at k is glued to the words either side ("Hye-jin")."""
    return (
        0 < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start == toks[k].end - 1
        and (toks[k + 1].start == toks[k].end)
    )


def _unknown_word(word: str) -> bool:
    """A name part the context layer left: a given name or surname, no English word or title
    ("nour", "gan"; not "sess" in "shauna kerr sess 4")."""
    low = word.lower()
    if low in lexicon.common_words() or low in lexicon.TITLES or len(word) < 2:
        return False
    titled = low.title()
    return titled in lexicon.surnames() or titled in lexicon.first_names()


def _script_bracket(toks: list[Tok], k: int) -> bool:
    """ "(박혜진)": a bracket holding only words of a script other than Latin."""
    inside: list[str] = []
    for j in range(k + 1, min(len(toks), k + _SCRIPT_BRACKET)):
        if toks[j].text == ")":
            return bool(inside) and all(w.isalpha() and not w.isascii() for w in inside)
        inside.append(toks[j].text)
    return False


def _number_before_story(text: str, toks: list[Tok], k: int) -> Span | None:
    """The number at k, when what follows makes it no count (see the module)."""
    number = _value(toks, k)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    end = k + used
    if used == 1 and end < len(toks) and value % 10 == 0 and 20 <= value < 100:
        unit = _value(toks, end)  # "seventy two": a number said in two words
        if unit is not None and unit[0] < 10 and not toks[end].text.isdecimal():
            value, end = value + unit[0], end + 1
    columned = (  # a16: "Thornton, Evelyn   65   12/1/2026": a header's spaced fields
        end < len(toks) and _columned(text, toks, end) and toks[end].text.lower() not in _COUNTS
    )
    if not columned and not _story_after(text, toks, end):
        return None
    return _age(toks[k], toks[end - 1].end, value, _REASON_COLUMNS if columned else _REASON_HEAD)


def _story_after(text: str, toks: list[Tok], end: int) -> bool:
    """What follows a number at `end` lets it be an age: the line's end, a glued mark, or a
    lower-case word that counts nothing."""
    if end >= len(toks) or "\n" in text[toks[end - 1].end : toks[end].start]:
        return True
    after = toks[end].text
    low = after.lower()
    if after in _CLOSE or after in _CELL_MARKS or after == "/":
        return _mark_after(toks, end)
    if after.isdecimal():  # round 11: "Lorna 81 3 wks post hip fx", an age then a time since
        return end + 1 < len(toks) and toks[end + 1].text.lower() in _SINCE_UNITS
    if low in _AGE_UNITS:  # round 11: "Mr. Bighorse 62 years, come today" (not "3 years ago")
        nxt = toks[end + 1] if end + 1 < len(toks) else None
        return nxt is None or nxt.text in _UNIT_ENDS or "\n" in text[toks[end].end : nxt.start]
    if not (after.isalpha() and after.islower()) or low in _COUNTS:
        return False
    return not (low.endswith("s") and len(low) > _PLURAL_MIN and low not in _S_VERBS)


def _columned(text: str, toks: list[Tok], end: int) -> bool:
    """The number ending before token `end` stands between two wide gaps (two spaces or a
    tab either side, on one line): a field of a header laid out in columns."""
    first = end - 1
    while first > 0 and toks[first - 1].end == toks[first].start:
        first -= 1  # the number's own tokens ("seventy-two")
    if first == 0:
        return False
    return all(
        _GAP.fullmatch(text[a:b]) is not None
        for a, b in ((toks[first - 1].end, toks[first].start), (toks[end - 1].end, toks[end].start))
    )


def _mark_after(toks: list[Tok], end: int) -> bool:
    """A mark after the number: glued ("Tom 3, from"), or spaced where it ends a cell or sets
    off the line ("Mariah 13 | Peet", "mai hoang 29 \u2014 OCD", "Lucero / 58 / dispatcher");
    not a spaced range ("Tom 3 - 4 hours") nor a number going on ("Ward 4.5", "Tom 3,500")."""
    mark = toks[end]
    glued = mark.start == toks[end - 1].end
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].isdecimal() and (nxt.start == mark.end or not glued):
        return False
    if mark.text == "/":
        return not glued
    return glued or mark.text in _CELL_MARKS


def find_birthday_ages(text: str, toks: list[Tok]) -> list[Span]:
    """ "Neil's 60 on Sunday", "(67 on Wednesday the 30th)", "54 today", "happy 81st"."""
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if k == 0 or not tok.text[:1].isdecimal():
            continue
        found = _happy(toks, k) if toks[k - 1].text.lower() == "happy" else _soon(text, toks, k)
        if found is not None:
            spans.append(found)
    return spans


def _soon(text: str, toks: list[Tok], k: int) -> Span | None:
    """A number after "'s", a bracket or a sentence's start, before a day to come."""
    number = _value(toks, k)
    if number is None or not 0 < number[0] <= _MAX_AGE or number[1] != 1:
        return None
    if not _lead_in(text, toks, k):
        return None
    if not _day_to_come(toks, k + 1):
        return None
    return _age(toks[k], toks[k].end, number[0], _REASON_SOON)


def _day_to_come(toks: list[Tok], j: int) -> bool:
    """ "today" or "tomorrow" closing the clause, or "on" and a weekday or "the 30th"."""
    if j + 1 >= len(toks):
        return j < len(toks) and toks[j].text.lower() in _SOON
    low = toks[j].text.lower()
    if low in _SOON:
        return toks[j + 1].text in _CLOSE or toks[j + 1].text == "!"
    if low != "on":
        return False
    day = toks[j + 1].text.lower()
    if day.rstrip(".") in WEEKDAYS:
        return True
    return day in _DAY_WORDS and j + 2 < len(toks) and _day_after(toks[j + 2].text)


def _lead_in(text: str, toks: list[Tok], k: int) -> bool:
    """ "Neil's 60", "(67", ". 54", a line's "54": what opens a birthday's age."""
    before = toks[k - 1]
    if before.text == "s" and k >= 3 and toks[k - 2].text in ("'", "\u2019"):
        owner = toks[k - 3].text
        return owner[:1].isupper() or owner.lower() in lexicon.PERSON_CUES
    if before.text == "(":
        return before.end == toks[k].start
    if "\n" in text[before.end : toks[k].start]:
        return True
    return before.text in _SENTENCE_ENDS and before.end < toks[k].start


def _day_after(word: str) -> bool:
    """ "the 30th", "her birthday": what follows "on the" when it names the day."""
    low = word.lower()
    return low in ("birthday", "bday") or (low[:-2].isdecimal() and low[-2:] in _ORDINALS)


_ORDINALS = frozenset(["st", "nd", "rd", "th"])


def _happy(toks: list[Tok], k: int) -> Span | None:
    """ "happy 81st" (not "happy 10th anniversary")."""
    word = toks[k].text.lower()
    if not (word[:-2].isdecimal() and word[-2:] in _ORDINALS):
        return None
    value = int(word[:-2])
    if not 0 < value <= _MAX_AGE:
        return None
    after = toks[k + 1].text.lower() if k + 1 < len(toks) else "."
    if after in _NOT_BIRTHDAYS:
        return None
    return _age(toks[k], toks[k].end, value, _REASON_HAPPY)


# What a terse header says of a person right after their age: "sess 2. 31. lives Castletown".
_BIO = frozenset(
    "lives living works working married divorced widowed single separated retired "
    "unemployed born moved".split()
)
_TWO = 2  # two digits: one is as often a count or a list's number
_REASON_BIO = "pattern: an age (a number alone as a sentence before 'lives', 'works'...)"


def find_bio_ages(text: str, toks: list[Tok]) -> list[Span]:
    """ "... sess 2. 31. lives Castletown": two digits alone as a sentence inside a line, before
    what a header says of a person (not a numbered line, "2. Lives alone", which opens its
    line)."""
    if not _BIO & vocabulary(toks):
        return []
    spans: list[Span] = []
    for k in range(1, len(toks) - 2):
        tok = toks[k]
        if len(tok.text) != _TWO or not tok.text.isdecimal() or int(tok.text) > _MAX_AGE:
            continue
        before, stop, after = toks[k - 1], toks[k + 1], toks[k + 2]
        if before.text != "." or before.end == tok.start or "\n" in text[before.end : tok.start]:
            continue
        if stop.text != "." or stop.start != tok.end or after.text not in _BIO:
            continue
        spans.append(_age(tok, tok.end, int(tok.text), _REASON_BIO))
    return spans


def _age(tok: Tok, end: int, value: int, reason: str) -> Span:
    return Span(tok.start, end, "age", "pattern", reason, f"age:{value}")
