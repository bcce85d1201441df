"""A baby's age in weeks or months beside the baby (layer "pattern", a9).

- a word for the baby or a given name, then "is", a comma or a bracket, then the weeks or
  months: "(baby is 9 months)", "Child: Alfie, 14 months.", "Amara (7 wks, born at
  Mercy)", "the youngest 4 months.";
- the same with the unit glued to the number: "Baby Eli (10wks)", "riley (11mo)";
- weeks written as a clinician's "6/52" after "baby" and the baby's name: "baby Yasmin
  6/52", "baby Rose (6/52)" (round 19, u19).

Near misses: a time together or away ("(gf, 8 mo)", "in Spain (2 weeks)", "Sam, 3 weeks
off work"), a pregnancy ("she is 7 months pregnant").

One pass over the tokens with set lookups: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_UNITS = frozenset("weeks week wks wk months month mos mo mths mth".split())
_GLUED = ("weeks", "wks", "wk", "months", "mos", "mo", "mths", "mth", "m")
_BABIES = frozenset(
    "baby babies infant newborn toddler son daughter youngest twins grandson granddaughter "
    "nephew niece child".split()
)
_JOINS = frozenset(["is", "was", "(", ",", "now", "aged", "just", "only"])
_ENDS = frozenset([")", ",", ".", ";", "old", "\u2014", "-"])
_NOT_AFTER = frozenset(["pregnant", "along", "gone", "postpartum", "pp", "off", "ago", "sober"])
_PLACED = frozenset("in at to from for over into near".split())
_MAX = 36
_REASON = "pattern: an age (weeks or months beside a baby)"


def find_infant_ages(toks: list[Tok]) -> list[Span]:
    """A baby's age in weeks or months beside the baby (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k in range(2, len(toks)) if lows[k][:1].isdecimal()]:
        word = lows[i]
        if _of_52(toks, lows, i):  # u19: "baby Yasmin 6/52", "baby Rose (6/52)"
            spans.append(Span(toks[i].start, toks[i + 2].end, "age", "pattern", _REASON, "age:0"))
            continue
        glued = _glued(word)
        if glued is not None:
            value, end = glued, i + 1
        elif word.isdecimal() and len(word) <= 2 and i + 1 < len(toks) and lows[i + 1] in _UNITS:
            value, end = int(word), i + 2
        else:
            continue
        if not 0 < value <= _MAX or not _ended(lows, end) or not _beside_baby(toks, lows, i):
            continue
        spans.append(Span(toks[i].start, toks[end - 1].end, "age", "pattern", _REASON, "age:0"))
    return spans


def _glued(word: str) -> int | None:
    """The number of "10wks", "11mo", "6mths" (not "10m": metres or minutes alone)."""
    digits = word.rstrip("abcdefghijklmnopqrstuvwxyz")
    tail = word[len(digits) :]
    if not digits.isdecimal() or len(digits) > 2 or tail not in _GLUED or tail == "m":
        return None
    return int(digits)


def _ended(lows: list[str], end: int) -> bool:
    after = lows[end] if end < len(lows) else "."
    return after in _ENDS and after not in _NOT_AFTER


def _beside_baby(toks: list[Tok], lows: list[str], i: int) -> bool:
    """A join ("is", "(", ",") after a word for the baby or a given name before token i."""
    k = i - 1
    if lows[k] in ("youngest", "baby", "newborn"):
        return True  # "the youngest 4 months"
    if lows[k] not in _JOINS:
        return False
    k -= 1
    if lows[k] in ("is", "was") and k > 0:  # "baby is now 9 months"
        k -= 1
    word = toks[k].text
    if lows[k] in _BABIES:
        return True
    if k > 0 and lows[k - 1] in _PLACED:
        return False  # "in Spain (2 weeks)": a time away
    named = word[:1].isupper() and word.title() in lexicon.first_names()
    named = named or (word[:1].isupper() and lows[k - 1] in ("baby", "youngest"))
    return named or (word.islower() and word.title() in lexicon.first_names())


def _of_52(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "6/52" (weeks, a clinician's shorthand) straight after "baby" and a name, bare or in
    brackets: "baby Yasmin 6/52", "baby Rose (6/52)" (round 19, u19). Not a review
    interval ("review 2/52", "within 2/52") or a check ("at 6/52 check"): no baby's name."""
    if i + 2 >= len(toks) or lows[i + 1] != "/" or lows[i + 2] != "52":
        return False
    if not (toks[i + 1].start == toks[i].end and toks[i + 2].start == toks[i + 1].end):
        return False
    if not (lows[i].isdecimal() and 1 <= int(lows[i]) <= 52):
        return False
    k = i - 1 - (lows[i - 1] == "(")
    return k >= 1 and toks[k].text[:1].isupper() and lows[k - 1] in ("baby", "newborn")
