"""Shapes that make a number beside an age's cue something else (a8), for ages.py.

- "from 14,000 km": digits, a glued comma and three digits are one number;
- "6, 1st grade": an ordinal and a school word after a set-off number is its grade, so the
  number before it may still be an age; so is a count with its unit ("35, 24 wks,");
- "..., 2) Sage will": a number and a closing bracket no bracket opened is a list's item;
- "GAD-7 was repeated at 16", "weight remained at 52": a score's or a measure's name, or a
  verb that measures, in the sentence before "at" makes the number that score (a13).
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_LIST_REACH = 24


def _thousands(toks: list[Tok], k: int) -> bool:
    """A comma glued between digits and three digits at token k: "14,000"."""
    if k + 1 >= len(toks) or toks[k].text != "," or toks[k].start != toks[k - 1].end:
        return False
    nxt = toks[k + 1]
    return nxt.start == toks[k].end and nxt.text.isdecimal() and len(nxt.text) == 3


def _graded(toks: list[Tok], k: int) -> bool:
    """ "6, 1st grade", "15, 10th yr": a school grade after the age, not an hour (a8)."""
    word = toks[k].text.lower()
    later = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    if word[-2:] in ("st", "nd", "rd", "th") and later in ("grade", "gr", "yr", "year", "class"):
        return True
    # "35, 24 wks, on Subutex", "55, 26 yrs at the plant": a count of something else (a9)
    return word.isdecimal() and later in _COUNTED


_COUNTED = frozenset(
    "wks weeks yrs years months mos seasons kids children grandchildren sons daughters".split()
)


def _enumerator(toks: list[Tok], i: int) -> bool:
    """ "..., 2) Sage will": a list's item number, its bracket opened by none (a8)."""
    for k in range(i - 1, max(-1, i - _LIST_REACH), -1):
        if toks[k].text == "(":
            return False
        if toks[k].text in (")", "\n"):
            return True
    return True


# A score or measure, or a verb that sets one, before "at N": the number is its value (a13).
_SCORES = frozenset(
    "phq gad core score scores scored bmi weight wt dose dosage mg bp sats pulse temp audit "
    "isi wsas pcl bdi bai ybocs epds suds sud rating hba1c a1c glucose lithium units level "
    "levels rate peaked plateaued capped measured recorded rated stabilised stabilized "
    "remained stayed levelled leveled repeated titrated increased decreased reduced".split()
)
_SCORE_REACH = 8
_SENTENCE = frozenset([".", ";", "!", "?", "\n"])


def scored_before(lows: list[str], at: int) -> bool:
    """A score's name or a measuring verb within the sentence before "at" (index `at`)."""
    for k in range(at - 1, max(-1, at - 1 - _SCORE_REACH), -1):
        if lows[k] in _SENTENCE:
            return False
        if lows[k] in _SCORES:
            return True
    return False


def _minus(toks: list[Tok], i: int) -> bool:
    """ "Temp -38F", "IN -4F WINDCHILL": a minus glued to the number, a space before it (not
    "30-38F"), makes degrees below zero (a15)."""
    sign = toks[i - 1]
    if sign.text not in ("-", "\u2212") or sign.end != toks[i].start:
        return False
    return i < 2 or toks[i - 2].end < sign.start
