"""Ages listed beside an age already found (layer "pattern", a second pass).

Once a number is an age, the numbers listed right beside it are ages too:
"aged 6 (7 in December)", "Year 9 (13, 14 in March)", "16; 17 in May",
"10th grade, 15". Only a bare number of at most 110 counts, joined to the age
by a bracket, a comma or a semicolon and at most one adverb ("nearly",
"turning"), with no unit after it ("6 (7 kg)", "9, 10 mins" stay). One pass
over the spans, a few tokens each: linear.

An age a person reaches is one too: a number of 13 to 110 after "see", "reach",
"live to", "make it to" or "at" ("I want to see 24", "didn't see 60", "still
in therapy at forty-four", "herself at nineteen", "died at 16 in 2022"),
ending the clause ("see 15 clients", "at twenty past", "at 16 in the box" stay).
"""

from __future__ import annotations

from notes_vault.deid.ages import _TENS, WORD_NUMBERS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_JOINS = frozenset(["(", ",", ";"])
_ADVERBS = frozenset(["now", "nearly", "almost", "turning", "maybe", "about", "soon", "just"])
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter "
    "the".split()
)
# What may follow a listed age: the end of the list, or "in" + a month or season.
_ENDS = frozenset([")", ",", ";", ".", "and", "or", "\n"])
_GRADE = frozenset(["grade", "gr"])
_GRADES = frozenset(["grade", "gr", "Grade", "GRADE", "Gr", "GR"])
_REASON = "pattern: an age (listed beside an age)"


def find_listed_ages(text: str, toks: list[Tok], spans: list[Span]) -> list[Span]:
    """Numbers listed beside the ages in `spans`, and after a US school grade ("10th gr, 15")."""
    ends = {tok.end: i for i, tok in enumerate(toks)}
    found: list[Span] = []
    todo = [ends[s.end] for s in spans if s.category == "age" and s.end in ends]
    todo += [i for i, tok in enumerate(toks) if tok.text in _GRADES and _grade(toks, i)]
    done: set[int] = set()
    aged = {s.start for s in spans if s.category == "age"}
    while todo:
        last = todo.pop()
        nxt = _listed_after(text, toks, last)
        if nxt is None or nxt in done or toks[nxt].start in aged:
            continue
        done.add(nxt)
        word = toks[nxt].text.lower()
        value = int(word) if word.isdecimal() else WORD_NUMBERS[word]
        found.append(
            Span(toks[nxt].start, toks[nxt].end, "age", "pattern", _REASON, f"age:{value}")
        )
        todo.append(nxt)
    return found


def _grade(toks: list[Tok], i: int) -> bool:
    """The last token of a US school grade: "10th grade", "3rd gr"."""
    word = toks[i].text.lower()
    if word not in _GRADE or i == 0:
        return False
    before = toks[i - 1].text.lower()
    return before[:-2].isdecimal() and before[-2:] in ("st", "nd", "rd", "th")


def _listed_after(text: str, toks: list[Tok], last: int) -> int | None:
    """The token of a number listed right after token `last`, or None."""
    j = last + 1
    if j >= len(toks) or toks[j].text not in _JOINS:
        return None
    j += 1
    if j < len(toks) and toks[j].text.lower() in _ADVERBS:
        j += 1
    if j >= len(toks):
        return None
    word = toks[j].text.lower()
    if word.isdecimal():
        if len(word) > 3 or int(word) > 110:
            return None
    elif word not in WORD_NUMBERS:
        return None
    after = toks[j + 1].text.lower() if j + 1 < len(toks) else "."
    if after == "in":
        later = toks[j + 2].text.lower() if j + 2 < len(toks) else ""
        return j if later in _MONTHS else None
    gap = text[toks[j].end : toks[j + 1].start] if j + 1 < len(toks) else "\n"
    return j if after in _ENDS or "\n" in gap or "  " in gap else None


_REACH = frozenset(["see", "saw", "seen", "reach", "reached", "reaching", "reaches"])
_TO_REACH = frozenset(["live", "lived", "living", "make", "made", "making", "it", "get", "got"])
_CLAUSE_END = frozenset([".", ",", "!", "?", '"', "\u201d", ")", ";", "and", "\u2014", "-"])
_REACHED = "pattern: an age (a number a person reaches: 'see', 'live to', 'at')"


def find_reached_ages(toks: list[Tok]) -> list[Span]:
    """Ages a person reaches ("didn't see 60", "live to 90", "at forty-four"): see the module."""
    spans: list[Span] = []
    for i in range(1, len(toks)):
        before = toks[i - 1].text.lower()
        reach = before in _REACH or (
            before == "to" and i > 1 and toks[i - 2].text.lower() in _TO_REACH
        )
        word = toks[i].text.lower()
        words = before == "at" and (word in _TENS or word in _TEENS)  # digits: ages.py, or...
        dated = before == "at" and word.isdecimal() and _in_year(toks, i + 1)  # "at 16 in 2022"
        if not (reach or words or dated):
            continue
        number = _value(toks, i)
        if number is None:
            continue
        value, used = number
        after = toks[i + used].text.lower() if i + used < len(toks) else "."
        if 13 <= value <= 110 and (after in _CLAUSE_END or dated):
            end = toks[i + used - 1].end
            spans.append(Span(toks[i].start, end, "age", "pattern", _REACHED, f"age:{value}"))
    return spans


_TEENS = frozenset("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())


def _in_year(toks: list[Tok], k: int) -> bool:
    """ "in 2022", "in '94" at token k."""
    if k + 1 >= len(toks) or toks[k].text != "in":
        return False
    year = toks[k + 1].text
    return (len(year) == 4 and year.isdecimal() and year[:2] in ("19", "20")) or year in "'\u2019"


def _value(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of "60", "ninety", "forty-four" (no other shapes)."""
    word = toks[i].text.lower()
    if word.isdecimal():
        return (int(word), 1) if len(word) <= 3 else None
    if word not in WORD_NUMBERS:
        return None
    glued = i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end
    unit = toks[i + 2].text.lower() if glued else ""
    if word in _TENS and unit in WORD_NUMBERS and WORD_NUMBERS[unit] < 10:
        return WORD_NUMBERS[word] + WORD_NUMBERS[unit], 3
    return WORD_NUMBERS[word], 1
