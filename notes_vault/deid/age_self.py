"""Ages a person states with no cue word: "I'm thirty and", "he's fifty-odd", "He was 23." (p6).

A personal pronoun, a present or past form of "be", at most one hedge ("only",
"nearly", "technically", an opening quote) and a number of at most 110, in words
or digits, then a clause end: a mark, or a word that carries the clause on
("and", "again", "now", "then", "when", "but", "or", "at", "in"). "-odd", "-ish"
and "and a half" are taken with the number ("I'm ten and a half").

Near misses stay: a unit after the number ("he was 5 minutes late", "she's 2
weeks sober", "I'm 100%"), a count ("she's 3 kids", "he was one of"), a score
after "out of" or a slash, any subject that is not a person ("it's five", "there
were three"), "one" in words (ambiguous), a time ("I'm at 5").

One pass over the tokens with a set lookup per token: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_SUBJECTS = frozenset(["i", "he", "she", "you", "they"])
# "be" after the subject: "I'm" and "he's" are split at the apostrophe by the tokeniser.
_BE = {
    "would": frozenset(["be"]),  # 'Kirsty "would be thirty now"' (a7)
    "\u2014": frozenset(["is", "was"]),
    "\u2013": frozenset(["is", "was"]),
    ")": frozenset(["is", "was"]),
    "i": frozenset(["am", "m", "was"]),
    "he": frozenset(["is", "s", "was", "wis"]),
    "she": frozenset(["is", "s", "was", "wis"]),
    "you": frozenset(["are", "re", "were"]),
    "they": frozenset(["are", "re", "were"]),
}
# After a person's aside: 'Gordie ("Scotty" at the mill) — is sixty, a knitwear
# finisher' (a7): the subject is the aside's end; a comma and a description must follow.
_ASIDES = frozenset(["\u2014", "\u2013", ")"])
_APOSTROPHES = frozenset(["'", "\u2019"])
_HEDGES = frozenset(
    "only just nearly almost still barely really technically now about maybe like "
    "already basically literally".split()
)
_QUOTES = frozenset(['"', "\u201c"])
_ENDS = frozenset(
    "and again now then when but or at in so still too soon today".split()
) | frozenset([",", ".", ";", "!", "?", '"', "\u201d", ")", "\u2014", "\u2013", "-", "\u2026", "("])
_TYPED = frozenset(["im", "hes", "shes", "theyre"])  # "I'm", "he's" typed without the apostrophe
_UNITS = frozenset("minutes mins min hours hrs days weeks wks months mths years yrs".split())
_THINGS = frozenset("it that there this which what".split())
_GROWN = 13  # "He was 26 at the start of our work": no count or hour reads so
_TAILS = frozenset(["odd", "ish", "something"])  # "fifty-odd", "40-ish", "thirty-something"
_REASON = "pattern: an age (a person's own: 'I'm thirty and', 'he was 23.')"


def find_self_ages(toks: list[Tok]) -> list[Span]:
    """Ages after a pronoun and "be" (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _BE]:
        verbs = _BE[lows[i]]
        if i + 2 >= len(toks) or (lows[i] == "would" and i > 0 and lows[i - 1] in _THINGS):
            continue  # "it would be 5 by then": no person
        k = i + 1
        if lows[k] in _APOSTROPHES and toks[k].start == toks[i].end:
            k += 1
        if k >= len(toks) or lows[k] not in verbs:
            continue
        span = _number_after(toks, lows, k + 1)
        if span is not None and lows[i] in _ASIDES and not _described(toks, lows, span):
            continue
        if span is not None:
            spans.append(span)
    for i in [i for i, low in enumerate(lows) if low in _TYPED and i + 2 < len(toks)]:
        span = _number_after(toks, lows, i + 1)  # "im 18 in april", "shes 14 and" (a7)
        if span is not None and (lows[i + 1][:1].isdecimal() or lows[i + 1] in _HEDGES):
            spans.append(span)
    return spans


def _number_after(toks: list[Tok], lows: list[str], k: int) -> Span | None:  # noqa: PLR0911 - one early exit per rule reads best
    if k < len(toks) and lows[k] in _HEDGES:
        k += 1
    if k < len(toks) and lows[k] in _QUOTES:
        k += 1
    number = _value(toks, k) if k < len(toks) else None
    if number is None or lows[k] == "one":
        return None
    value, used = number
    if not 2 <= value <= 110:
        return None
    end = k + used
    if end + 1 < len(toks) and lows[end] == "-" and lows[end + 1] in _TAILS:
        end += 2  # "fifty-odd"
    elif _half(lows, end):
        end += 3  # "ten and a half"
    after = lows[end] if end < len(toks) else "."
    if after not in _ENDS or (after in ("in", "at") and lows[k].isdecimal() and value < _GROWN):
        return None  # "He is 5 in the garden": a digit under 13 before "in" is as often a count
    if after in ("in", "at") and end + 1 < len(toks) and lows[end + 1][:1].isdecimal():
        return None  # "she was 20 in 2 weeks"
    glued = end + 1 < len(toks) and toks[end + 1].start == toks[end].end
    if after == "." and glued and lows[end + 1][:1].isdecimal():
        return None  # "she was 7.5"; not 'I'm still thirteen."' (a13)
    if after == "(" and end + 1 < len(toks) and lows[end + 1] in _UNITS:
        return None  # "she's 5 (minutes late)"
    if after in ("-", "\u2013") and end + 1 < len(toks) and lows[end + 1][:1].isdecimal():
        return None  # "he was 2-0 down"
    return Span(toks[k].start, toks[end - 1].end, "age", "pattern", _REASON, f"age:{value}")


def _half(lows: list[str], end: int) -> bool:
    return lows[end : end + 3] == ["and", "a", "half"]


_FEEL = frozenset(["feel", "feels", "felt", "feeling"])
_AT_FEEL = _FEEL | {"at"}
_AT_REASON = "pattern: an age (a number in words of 13 or more after 'at')"
_FEEL_REASON = "pattern: an age (a number in words a person feels: 'makes me feel eleven.')"


def find_worded_ages(toks: list[Tok]) -> list[Span]:
    """ "at nineteen in Galway" (13 to 110 in words after "at", no clock reads so, then a
    clause end: not "at seventy on the motorway") and
    "feel eleven." (a number in words after "feel", then a clause end)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [i for i, low in enumerate(lows) if low in _AT_FEEL]:
        low = lows[i]
        k = i + 1 + (low in _FEEL and i + 2 < len(toks) and lows[i + 1] in ("like", "about"))
        if k >= len(toks) or lows[k].isdecimal() or lows[k] == "one":
            continue
        number = _value(toks, k)
        if number is None:
            continue
        value, used = number
        end = k + used
        after = lows[end] if end < len(toks) else "."
        if low == "at":
            if (
                13 <= value <= 110
                and (after in _ENDS or after == "with")
                and after not in ("-", "at")
            ):
                spans.append(
                    Span(
                        toks[k].start,
                        toks[end - 1].end,
                        "age",
                        "pattern",
                        _AT_REASON,
                        f"age:{value}",
                    )
                )
        elif 2 <= value <= 110 and after in _ENDS and after not in ("at", "in"):
            spans.append(
                Span(
                    toks[k].start, toks[end - 1].end, "age", "pattern", _FEEL_REASON, f"age:{value}"
                )
            )
    return spans


_NOT_DESCRIPTIONS = frozenset("then or and to up down but not so per x mg ml".split())


def _described(toks: list[Tok], lows: list[str], span: Span) -> bool:
    """A comma and a word describing a person after the number: "is sixty, a finisher"."""
    k = next((j for j, t in enumerate(toks) if t.end == span.end), -1) + 1
    if k <= 0 or k + 1 >= len(toks) or lows[k] != ",":
        return False
    word = lows[k + 1]
    spelt = toks[k - 1].text.isalpha()  # "is sixty," (a dose or a score is in digits)
    return spelt and word.isalpha() and word not in _NOT_DESCRIPTIONS
