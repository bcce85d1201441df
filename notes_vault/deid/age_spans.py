"""Ages that end a stretch of a life, that sit in a bracket of children, or that a birth date
follows (layer "pattern", a7).

- The end of a childhood's stretch: "growing up in Paisley till 12", "lived with her gran
  until 9", "boarded until 16": "till", "until" or "to" and a number of at most 30 in
  the clause after "grew up", "growing up", "lived", "boarded", "fostered"; never an hour
  ("until 12:30", "until 9 tonight", "until 5pm") or a count ("until 12 weeks").
- Children's ages in a bracket: "two children (15 and 11)", "the boys (9 & 6)", "kids (14,
  12 and 3)": two or more numbers of at most 25 and nothing else, after a plural word for
  children, or after their count ("Children: 2 (8, 5)"); the list may also end at ", both",
  ", all" or ", each" ("her children (12 and 9, both at ...)", round 19); one number alone
  is a count ("children (3)").
- An age before a birth date: "confirmed 48, DOB 12/2/77", "aged?) 67, born 1958".

One pass over the tokens with a set lookup each, a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid.event_ages import STRONG_EVENTS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_STRETCH = frozenset("grew growing lived living boarded fostered raised brought".split())
# A school's stretch (a7): "(Kelly College, boarding from 11)", "housemaster from 13 to 18",
# "(Corona School, Ikoyi) until 9": from 7 up (a school day's hours are "until 3"); "from"
# only after a word with no hours ("boarding", "housemaster": not "at college from 9,").
_SCHOOLING = frozenset(
    "school college boarding housemaster housemistress academy prep convent seminary".split()
)
_UNTIL = frozenset(["till", "until", "til", "to", "from"])
_SCHOOL_AGE = 7
_NO_HOURS = frozenset(["boarding", "housemaster", "housemistress", "boarded"])
_FROM_ENDS = frozenset([")", ",", ";", ".", "to", "until", "till", "onwards", "on"])
_BREAKS = frozenset([".", ";", "!", "?", "\u2014", "(", ")", '"', "\u201c", "\u201d", ":"])
_NOT_AFTER = frozenset(
    "am pm a p o oclock : . / % x - \u2013 tonight today tomorrow this that every each on "
    "hrs hr hours h mins min minutes weeks wks months mos days years yrs sessions".split()
)
_CHILDREN = frozenset(
    "children kids sons daughters boys girls twins grandchildren grandkids siblings "
    "sibs stepchildren stepkids".split()
)
_LIST_JOINS = frozenset([",", "and", "&", "-", "\u2013", "to"])  # "5 kids (4\u201317)"
# "(12 and 9, both at St Mary's)": the list of ages ends at these after a comma (round 19).
_ALL = frozenset(["both", "all", "each"])
_BIRTH = frozenset(["dob", "d.o.b", "born", "b"])
_COUNTED = frozenset("grade gr year yr class form room bed ward unit session week page no".split())
_WINDOW = 8
_MAX_CHILD, _MAX_STRETCH, _MAX_AGE = 25, 30, 110


def find_span_ages(toks: list[Tok]) -> list[Span]:
    """Ages of the three shapes of the module."""
    vocab = vocabulary(toks)
    spans: list[Span] = []
    lows = lowered(toks)
    cued = not (vocab.isdisjoint(_STRETCH) and vocab.isdisjoint(_SCHOOLING))
    if not vocab.isdisjoint(_UNTIL) and (cued or not vocab.isdisjoint(STRONG_EVENTS)):
        spans += _stretches(toks, lows)
    if "(" in vocab and not vocab.isdisjoint(_CHILDREN):
        spans += _children(toks, lows)
    if not vocab.isdisjoint(_BIRTH):
        spans += _before_birth(toks, lows)
    return spans


def _stretches(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _UNTIL and i + 1 < len(toks)]:
        number = lows[i + 1]
        if not number.isdecimal() or not 1 <= int(number) <= _MAX_STRETCH:
            continue
        after = lows[i + 2] if i + 2 < len(toks) else "."
        if after in _NOT_AFTER and not (after == "." and _ends(toks, i + 2)):
            continue
        if lows[i] == "from" and (after not in _FROM_ENDS or _falling(lows, i)):
            continue  # "at school from 9 to 3": hours, the second before the first
        for k in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
            if lows[k] in _BREAKS and lows[k] not in ("(", ")"):
                break  # a bracket may hold the school: "(Corona School, Ikoyi) until 9"
            if lows[k] in _UNTIL and k != i - 2:
                break
            school = lows[k] in _SCHOOLING and int(number) >= _SCHOOL_AGE
            school = school and (lows[i] != "from" or lows[k] in _NO_HOURS)  # "college from 9,"
            if (
                school
                or lows[k] in STRONG_EVENTS
                or (lows[k] in _STRETCH and (lows[k] != "brought" or lows[k + 1 : k + 2] == ["up"]))
            ):
                reason = f"pattern: an age (the end of a stretch after '{lows[k]}')"
                tok = toks[i + 1]
                spans.append(Span(tok.start, tok.end, "age", "pattern", reason, f"age:{number}"))
                break
    return spans


def _falling(lows: list[str], i: int) -> bool:
    """ "from 9 to 3": a second number no greater than the first (hours, not ages)."""
    if i + 3 >= len(lows) or lows[i + 2] != "to" or not lows[i + 3].isdecimal():
        return False
    return int(lows[i + 3]) <= int(lows[i + 1])


def _ends(toks: list[Tok], k: int) -> bool:
    """The full stop at k ends a sentence (not "12.30")."""
    return k + 1 >= len(toks) or toks[k + 1].start > toks[k].end


def _children(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _CHILDREN]:
        k = _bracket(lows, i)  # the first token inside the bracket, or None
        if k is None:
            continue
        numbers: list[int] = []
        while k < len(toks) and k - i < 3 * _WINDOW:
            word = lows[k]
            if word.isdecimal() and int(word) <= _MAX_CHILD:
                numbers.append(k)
            elif word not in _LIST_JOINS:
                break
            k += 1
        closed = k < len(toks) and (lows[k] == ")" or (lows[k] in _ALL and lows[k - 1] == ","))
        if closed and len(numbers) > 1:
            reason = f"pattern: an age (numbers in brackets after '{lows[i]}')"
            spans += [
                Span(toks[j].start, toks[j].end, "age", "pattern", reason, f"age:{lows[j]}")
                for j in numbers
            ]
    return spans


def _bracket(lows: list[str], i: int) -> int | None:
    """The token after the bracket opening after the plural at i: "children (8 and 5)", or
    after a count of them, "Children: 2 (8, 5)" (round 19), or None."""
    k = i + 1 + (lows[i + 1 : i + 2] == [":"])
    if lows[k : k + 1] and lows[k].isdecimal() and int(lows[k]) < 10:
        k += 1  # the count of children before their ages
    return k + 1 if lows[k : k + 1] == ["("] and k + 1 < len(lows) else None


def _before_birth(toks: list[Tok], lows: list[str]) -> list[Span]:
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _BIRTH and i > 1]:
        k = i - 1
        if lows[k] != ",":
            continue
        number = lows[k - 1]
        if not number.isdecimal() or not 1 <= int(number) <= _MAX_AGE:
            continue
        if k > 2 and (lows[k - 2] in ("/", ".", "-", ":") or lows[k - 2] in _COUNTED):
            continue  # "12/2/77, DOB": a date; "Grade 7, DOB": a school grade
        if not _dated(lows, i):
            continue  # "Room 4, born here": no birth date follows
        reason = f"pattern: an age (a number before '{toks[i].text}')"
        tok = toks[k - 1]
        spans.append(Span(tok.start, tok.end, "age", "pattern", reason, f"age:{number}"))
    return spans


def _dated(lows: list[str], i: int) -> bool:
    """A birth date follows the cue at i: "DOB 12/2/77", "DOB: ...", "born 1958", "b. 3/4"."""
    k = i + 1
    if k < len(lows) and lows[k] in (".", ":"):
        k += 1
    if lows[i] == "b" and lows[i + 1 : i + 2] != ["."]:
        return False
    return k < len(lows) and (lows[k][:1].isdecimal() or (lows[i] == "dob" and k > i + 1))
