"""Ages marked by what follows them, not by a cue before (a8).

(Also: "Saoirse, 25 as of yesterday"; 'client "P.M." (40s, East Belfast)'.)

- Pronouns: a number right before a set of pronouns ("kai 22 they/them", "Self-reported:
  16, she/her", "Jo, 31, he/him") is the person's age; a count of pronouns is no shape.
- A date it was reached on: a number that opens its clause (after a line start, a dash, a
  full stop, a bracket or a comma), then "on" a weekday, a date or a named day, or "since"
  or "in" a month ("- 21 on Thursday", "50 on Remembrance Day", "Seventy-eight since April",
  "18 in April"), or "at the time" after a name ("Patsy 17 at the time"). A score, a room or
  a count has its noun before it ("PHQ 21 on Thursday", "Room 12 on Monday", "Session 5 on
  the 3rd": no clause opens there), and a number under 13 needs the words "at the time".
- A decade of life after a person and a comma: '"Marty," 60s, from Emporia', "(mature
  student, 40s)"; a decade after anything else ("music, 80s") is left.
- "40-something", "thirty-something", "fifty-odd": a rough age in one word.

One pass over the tokens, a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.day_cues import _SCORES, _WEEKDAYS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_SUBJECT = frozenset("she he they ze xe zie ey".split())
_OBJECT = frozenset("her him them hers his theirs zir xem hir em".split())
_OPENERS = frozenset(["-", "\u2014", "\u2013", ".", "(", ",", ";"])
_COUNTING = frozenset("has have had with of got gets".split())
_CLOSE_QUOTES = frozenset(['"', "\u201d", "'", "\u2019", ")"])
_PERSON_NOUNS = frozenset(
    "student man woman lady guy bloke caller client pt patient mother father mum dad "
    "widow widower veteran vet nurse teacher driver worker male female".split()
)
_ROUGH = frozenset(["something", "odd", "ish"])
_NEXT = frozenset(["-", ",", "on", "since", "in", "at", "as"]) | _SUBJECT
_COUNTED = frozenset(
    "years yrs months weeks days hours people times miles quid pounds dollars sessions "
    "visits pints cans units kids children".split()
)
_DECADES = frozenset(f"{d}0s" for d in range(1, 10))
_ADULT, _MAX = 13, 110
_REASON = "pattern: an age ({})"


def _age(start: int, end: int, value: int, cue: str) -> Span:
    return Span(start, end, "age", "pattern", _REASON.format(cue), f"age:{value}")


def find_marked_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages known by the words after them (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [  # a number before one of the few words these rules read, or a decade
        k
        for k in range(len(toks) - 1)
        if lows[k] in _DECADES
        or (lows[k + 1] in _NEXT and (lows[k][:1].isdecimal() or lows[k] in _WORD_NUMBERS))
    ]:
        low = lows[i]
        if low in _DECADES:
            found = _decade(toks, lows, i)
        elif low[:1].isdecimal() or low in _WORD_NUMBERS:
            found = (
                _pronouns(toks, lows, i) or _reached(text, toks, lows, i) or _rough(toks, lows, i)
            )
        else:
            continue
        if found is not None:
            spans.append(found)
    return spans


def _pronouns(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "22 they/them", "16, she/her"."""
    number = _value(toks, i)
    if number is None or not 0 < number[0] <= _MAX or (i > 0 and lows[i - 1] in _COUNTING):
        return None
    k = i + number[1]
    if k < len(toks) and lows[k] == ",":
        k += 1
    if k + 2 >= len(toks) or lows[k] not in _SUBJECT or lows[k + 1] != "/":
        return None
    if lows[k + 2] not in _OBJECT:
        return None
    return _age(toks[i].start, toks[k - 1 - (lows[k - 1] == ",")].end, number[0], "before pronouns")


def _reached(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "- 21 on Thursday", "Seventy-eight since April", "Patsy 17 at the time"."""
    number = _value(toks, i)
    if number is None or not 0 < number[0] <= _MAX:
        return None
    end = i + number[1]
    if end + 1 >= len(toks):
        return None
    word, nxt = lows[end], lows[end + 1]
    timed = word == "at" and nxt == "the" and end + 2 < len(toks) and lows[end + 2] == "time"
    timed = timed and i > 0 and _named(toks[i - 1].text)  # "Patsy 17 at the time"
    dated = word == "as" and nxt == "of" and i > 1 and lows[i - 1] == ","
    if timed or (dated and _named(toks[i - 2].text)):  # "Saoirse, 25 as of yesterday"
        return _age(toks[i].start, toks[end - 1].end, number[0], f"a number '{word} ...' a time")
    if number[0] < _ADULT or not _opens_clause(text, toks, lows, i):
        return None
    on_day = word == "on" and _a_day(toks, lows, end + 1)
    in_month = word in ("since", "in") and nxt in MONTHS and toks[end + 1].text[:1].isupper()
    if on_day or in_month:
        return _age(toks[i].start, toks[end - 1].end, number[0], f"a number reached '{word}' a day")
    return None


def _opens_clause(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:
    if i == 0 or "\n" in text[toks[i - 1].end : toks[i].start]:
        return True
    prior = lows[i - 2] if i > 1 else ""
    if (
        lows[i - 1] == "-"
        and toks[i - 2].end == toks[i - 1].start
        and toks[i - 1].end == toks[i].start
    ):
        return False  # "COVID-19 in March": a hyphen inside a name, not a dash
    listed = any(w.isdecimal() for w in lows[max(0, i - 4) : i - 1])  # "26 at intake, 21"
    return lows[i - 1] in _OPENERS and not listed and prior not in _SCORES


def _a_day(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A weekday, "the 3rd", a date's digits, a month or a capitalised day ("Remembrance Day")."""
    word = lows[k]
    if word in _WEEKDAYS or word in MONTHS:
        return True  # not "21 on 11/24": a score on a date
    if word == "the" and k + 1 < len(toks):
        return lows[k + 1][:1].isdecimal() and lows[k + 1].endswith(("st", "nd", "rd", "th"))
    if not toks[k].text[:1].isupper():
        return False
    return any(lows[j] in ("day", "eve") for j in range(k + 1, min(len(toks), k + 3)))


def _named(word: str) -> bool:
    """A capitalised given name ("Patsy"), or a capitalised word no dictionary holds ("Morag")."""
    if not (word[:1].isupper() and word.isalpha() and len(word) > 1):
        return False
    return word in lexicon.first_names() or word.lower() not in lexicon.common_words()


def _decade(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """'"Marty," 60s,', "(mature student, 40s)": a person, a comma, a decade, the item's end."""
    if i < 2 or lows[i + 1] not in (",", ")", ";", "-", "\u2014", "."):
        return None
    k = i - 1
    if lows[k] in _CLOSE_QUOTES and k > 1 and lows[k - 1] == ",":
        k -= 1  # '"Marty," 60s': the comma inside the quotes
    if lows[k] not in (",", "(") or k < 1:
        return None
    prior = toks[k - 1].text
    person = lows[k - 1] in _PERSON_NOUNS or _named(prior)
    person = person or (prior in _CLOSE_QUOTES and k > 1 and _named(toks[k - 2].text))
    if lows[k] == "(":  # 'client "P.M." (40s, East Belfast)', "mr t (70s)": an initial too
        person = person or prior in ('"', "\u201d", ".") or (len(prior) == 1 and prior.isalpha())
    if not person:
        return None
    return _age(toks[i].start, toks[i].end, int(lows[i][:-1]), "a decade after a person")


def _rough(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "40-something", "thirty-something", "fifty-odd"."""
    number = _value(toks, i)
    if number is None or number[1] != 1 or not 10 <= number[0] <= 90:
        return None
    k = i + 1
    if k + 1 >= len(toks) or lows[k] != "-" or lows[k + 1] not in _ROUGH:
        return None
    if toks[k].start != toks[i].end or toks[k + 1].start != toks[k].end:
        return None
    after = lows[k + 2] if k + 2 < len(toks) else ""
    if after in _COUNTED:
        return None  # "thirty-odd years", "forty-something people": a count
    return _age(toks[i].start, toks[k + 1].end, number[0], "a rough age ('40-something')")


_WORD_NUMBERS = frozenset(
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety ten eleven twelve".split()
)
