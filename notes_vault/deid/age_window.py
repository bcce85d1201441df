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

So is a number a person will be or was at a time: "she'll be 52", "he would
be fifty-seven", "since I was nine in Southall", "when Maire was seven"
(a pronoun, or a capitalised word after "when"/"since"/"until", then the
verb; no unit after the number: "she'll be 10 minutes late" stays).
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.ages import _TENS, WORD_NUMBERS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, is_capitalised, lowered

_AND = frozenset(["and", "&", "or"])
_OPEN_QUOTES = frozenset(['"', "\u201c"])
_JOINS = frozenset(["(", ",", ";"]) | _AND
_ADVERBS = frozenset(["now", "nearly", "almost", "turning", "maybe", "about", "soon", "just"])
_MONTHS = frozenset(MONTHS) | frozenset("spring summer autumn fall winter the".split())
# What may follow a listed age: the end of the list, or "in" + a month or season.
_ENDS = frozenset([")", ",", ";", ".", "and", "or", "\n", '"', "\u201d", "\u2192"])
_PERIODS = frozenset(["week", "month", "year", "birthday", "bday"])
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
        listed = _listed_after(text, toks, last)
        if listed is None or listed[0] in done or toks[listed[0]].start in aged:
            continue
        first, end, value = listed
        done.add(first)
        found.append(
            Span(toks[first].start, toks[end].end, "age", "pattern", _REASON, f"age:{value}")
        )
        todo.append(end)
    return found


def _grade(toks: list[Tok], i: int) -> bool:
    """The last token of a US school grade: "10th grade", "3rd gr"."""
    word = toks[i].text.lower()
    if word not in _GRADE or i == 0:
        return False
    before = toks[i - 1].text.lower()
    return before[:-2].isdecimal() and before[-2:] in ("st", "nd", "rd", "th")


def _listed_after(text: str, toks: list[Tok], last: int) -> tuple[int, int, int] | None:
    """(first token, last token, value) of a number listed right after token `last`, or None."""
    j = last + 1
    if j >= len(toks) or toks[j].text.lower() not in _JOINS:
        return None
    last_of_list = toks[j].text.lower() in _AND  # "are 7, 9 and 12": nothing may follow (a8)
    j += 1
    if j + 1 < len(toks) and toks[j].text in _OPEN_QUOTES and toks[j].end == toks[j + 1].start:
        j += 1  # '(10, "almost 11")': the next age said in quotes (a8)
    if j < len(toks) and toks[j].text.lower() in _ADVERBS:
        j += 1
    if j + 1 < len(toks) and toks[j].text.isalpha() and _named(toks[j].text):
        j += 1  # "will is 19, hope 16": the next person's name, then their age (a7)
    if j >= len(toks):
        return None
    number = _value(toks, j)
    if number is None or number[0] > 110:
        return None
    value, used = number
    end = j + used - 1
    after = toks[end + 1].text.lower() if end + 1 < len(toks) else "."
    if after in ("in", "next", "this"):  # "(13, 14 next week)" (a7)
        later = toks[end + 2].text.lower() if end + 2 < len(toks) else ""
        return (j, end, value) if later in _MONTHS or later in _PERIODS else None
    gap = text[toks[end].end : toks[end + 1].start] if end + 1 < len(toks) else "\n"
    if last_of_list and after in _AND:
        return None
    return (j, end, value) if after in _ENDS or "\n" in gap or "  " in gap else None


_REACH = frozenset(["see", "saw", "seen", "reach", "reached", "reaching", "reaches"])
_TO_REACH = frozenset(["live", "lived", "living", "make", "made", "making", "it", "get", "got"])
_CLAUSE_END = frozenset([".", ",", "!", "?", '"', "\u201d", ")", ";", "and", "\u2014", "-"])
_REACHED = "pattern: an age (a number a person reaches: 'see', 'live to', 'at')"


def find_reached_ages(toks: list[Tok]) -> list[Span]:
    """Ages a person reaches ("didn't see 60", "live to 90", "at forty-four"): see the module."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i in range(1, len(toks)):
        before = lows[i - 1]
        reach = before in _REACH or (before == "to" and i > 1 and lows[i - 2] in _TO_REACH)
        if not (reach or before == "at"):
            continue  # "words" and "dated" below need "at"
        word = lows[i]
        words = before == "at" and (word in _TENS or word in _TEENS)  # digits: ages.py, or...
        dated = before == "at" and word.isdecimal() and _in_year(toks, i + 1)  # "at 16 in 2022"
        if not (reach or words or dated):
            continue
        number = _age_number(toks, i)
        if number is None:
            continue
        value, end, after = number
        if 13 <= value <= 110 and (after in _CLAUSE_END or dated):
            spans.append(Span(toks[i].start, end, "age", "pattern", _REACHED, f"age:{value}"))
    return spans


_TEENS = frozenset("thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())


def _in_year(toks: list[Tok], k: int) -> bool:
    """ "in 2022", "in '94" at token k."""
    if k + 1 >= len(toks) or toks[k].text != "in":
        return False
    year = toks[k + 1].text
    return (len(year) == 4 and year.isdecimal() and year[:2] in ("19", "20")) or year in "'\u2019"


def _age_number(toks: list[Tok], i: int) -> tuple[int, int, str] | None:
    """(value, end offset, the word after it, "." at the end) of the number at token i."""
    number = _value(toks, i)
    if number is None:
        return None
    value, used = number
    after = toks[i + used].text.lower() if i + used < len(toks) else "."
    return value, toks[i + used - 1].end, after


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


_WILL = frozenset(["ll", "will", "would", "d", "wd", "should", "gonna"])  # "gonna": a9
_SUBJECTS = frozenset("i he she they you we who".split())
_VERBS = frozenset(["be", "been", "was", "were"])  # no other verb leads to an age here
_WHEN = frozenset(["when", "since", "until", "till", "before", "after"])
_NOT_AGE_UNITS = frozenset(
    "% mg kg lb lbs st stone foot feet ft cm minutes mins min hours hrs hr days weeks wks "
    "months times points pts / : am pm x miles mph percent out of".split()
)
_WAS_REASON = "pattern: an age (a number a person will be or was: 'she'll be 52')"


def find_be_ages(toks: list[Tok]) -> list[Span]:
    """Ages a person will be or was at a time (see the module)."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i in range(4, len(toks)):
        v = i - 1 - (toks[i - 1].text in ('"', "\u201c"))  # 'would be "fifty-seven"'
        verb = lows[v]
        if verb not in _VERBS:
            continue  # spares the tests below on most words
        been = verb == "been" and lows[v - 1] == "have"  # "would have been 19"
        v -= been
        v -= lows[v - 1] in _ADVERBS and v > 2  # "who would now be 19"
        if (verb == "be" or been) and lows[v - 1] in _WILL:
            k = v - 2
            k -= toks[k].text in ("'", "\u2019") and k > 0
            if lows[k] in ("s", "m", "re") and k > 1 and toks[k - 1].text in ("'", "\u2019"):
                k -= 2  # "she's gonna be 18", "I'm gonna be 40" (a9)
            if lows[k] not in _SUBJECTS:
                continue
        elif verb in ("was", "were"):
            who = toks[v - 1].text
            if not (who.lower() in _SUBJECTS or is_capitalised(who)):
                continue
            if lows[v - 2] not in _WHEN:
                continue
        else:
            continue
        number = _age_number(toks, i)
        if number is None:
            continue
        value, end, after = number
        if 1 <= value <= 110 and after not in _NOT_AGE_UNITS:
            spans.append(Span(toks[i].start, end, "age", "pattern", _WAS_REASON, f"age:{value}"))
    return spans


def _named(word: str) -> bool:
    """A given name in any case ("hope", "Jax"): the next item of a list of people's ages."""
    return word.title() in lexicon.first_names() and word.lower() not in _ADVERBS
