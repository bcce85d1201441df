"""Ages a person is near, or will be, said the way people talk (layer "pattern", p10).

- Near an age: a person, a form of "be" and a word of nearness before the number:
  "he's pushing 60", "Mum's knocking on 90", "Dad's coming up to 80", "she's not yet
  18", "Nan is well over 80", "he is rising 5", "she's just gone 30", "he's going on 70";
  and "going on" right after an age ("I'm 61 going on 90", "15 going on 30").
- Will be: a relation or a given name, then "will", "'ll" or "would" and "be": "Mum will
  be 80 next year", "her dad'll be 70 in June", and a pronoun with a hedge: "he'd be about
  30 now" (a pronoun alone: `age_window.find_be_ages`); seeming: "she looks about 50".
- A number in words of two words after "I am": "I am forty five" (one word: ages.py).
- A relation, a number and "yrs" ending the item: "Mother 58 yrs, father deceased".
- A number reached on a day: "Pt 40 on 3rd Nov", "be 56 on the 29th"; a number in words
  of 13 or more alone in brackets: "Met Wanda (sixty-six, widowed)" (not "(twelve sessions)").
- A hedge after "aged" or "a girl of": "began aged about 7", "died aged around 50", "a
  girl of about 15"; "she would've been 40 today" ("would have been": age_window.py).
- A given name, a sex and a number ending the item, as genograms write them: "Pat (m) 67,
  Joan (f) 64", "Tom M 45; Sara F 43".
- A plural of kin, a given name and a number ending the item: "children Lee 40, Dee 37",
  "sons Ian 12 and Joe 9" (one kin word: age_kin.py).

Near misses kept: a unit after the number ("pushing 60 kg", "coming up to 10 sessions",
"not yet 18 months", "well over 20 minutes"), no person before the verb ("the queue is
well over 40"), "married 40 yrs," (no relation), "brother 3 yrs older" (a gap), "aged about 7 years"
(nothing after "aged" but the hedge and the number may hold a unit), "Room F 12," (no given
name), "Bill M 12 mg" (a unit), "kids Amy 2 hours" (a unit).

A fixed window of a few tokens before each number: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.ages import (
    _NOT_AFTER_BE,
    _OF_PEOPLE,
    _PEOPLE,
    _TENS,
    _UNITS,
    WORD_NUMBERS,
)
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

# Words of nearness to an age, as token runs ending right before the number.
_NEAR = (
    ("pushing",),
    ("knocking", "on"),
    ("coming", "up", "to"),
    ("not", "yet"),
    ("well", "over"),
    ("well", "past"),
    ("just", "gone"),
    ("just", "turned"),
    ("rising",),
    ("nudging",),
    ("touching",),
    ("approaching",),
    ("going", "on"),
    ("the", "wrong", "side", "of"),
    ("the", "right", "side", "of"),
)
_FIRST = frozenset(run[-1] for run in _NEAR)
_BE = frozenset(["is", "was", "s", "are", "re", "m", "am", "were"])
_PRONOUNS = frozenset("he she i they we you who".split())
_WILL = frozenset(["will", "ll", "would", "shall", "d"])
_SEEMS = frozenset(["looks", "looked", "look", "seems", "seemed", "passes", "passed"])
_NOT_PEOPLE = frozenset(["called", "named", "worker", "officer", "provider"])
_UNITS_AFTER = _NOT_AFTER_BE | frozenset(
    "sessions session quid pounds dollars people of percent degrees yards metres meters "
    "steps units drinks cigarettes pints".split()
)
_BEFORE = (
    _FIRST
    | _PEOPLE
    | lexicon.PERSON_CUES
    | frozenset(["be", "am", "m", "nearly", "almost", "just", "only"])
    | frozenset(["about", "around", "roughly", "approximately", "maybe", "circa"])
    | frozenset(["m", "f", ")", "been", "("])
    | _SEEMS
)
_WOULD = frozenset(["would", "could", "might", "should", "must"])
_HEDGES = frozenset("about around roughly approximately maybe circa nearly almost just".split())
_SEXES = frozenset(["m", "f"])
_GROUPS = frozenset(
    "children kids sons daughters boys girls twins siblings brothers sisters grandchildren "
    "grandkids grandsons granddaughters stepchildren stepsons stepdaughters".split()
)
_ENDS = frozenset([",", ";", ".", ")", "|", "/", "-", "\n", "and", "&"])
_YRS = frozenset(["yrs", "yr", "years", "y"])
_ITEM_END = frozenset([",", ";", ".", ")", "\n", "|", "/"])
_REASON = "pattern: an age ({})"


def _number(toks: list[Tok], lows: list[str], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of "60", "ninety", "forty-five", "forty five" at token i."""
    word = lows[i]
    if word.isdecimal():
        return (int(word), 1) if len(word) <= 3 else None
    if word not in WORD_NUMBERS:
        return None
    if word in _TENS:
        k = i + 1
        if k < len(toks) and toks[k].text == "-" and toks[k].start == toks[i].end:
            k += 1
        if k < len(toks) and lows[k] in _UNITS[1:10]:
            return WORD_NUMBERS[word] + WORD_NUMBERS[lows[k]], k - i + 1
    return WORD_NUMBERS[word], 1


def _dated_or_bracketed(
    toks: list[Tok], lows: list[str], i: int, used: int, after: str
) -> str | None:
    """ "Pt 40 on 3rd Nov" (13 or more), "(sixty-six, widowed" (in words, 13 or more)."""
    number = _number(toks, lows, i)
    if number is None or number[0] < 13:
        return None
    if lows[i - 1] in _PEOPLE and _reached_when(lows, i + used):
        return "a number a person reaches on a day"
    if lows[i - 1] != "(" or lows[i].isdecimal() or after not in (",", ")", ";", "?"):
        return None
    nxt = lows[i + used + 1] if i + used + 1 < len(toks) else ""
    if after != ")" and (nxt in _HEDGES or nxt in WORD_NUMBERS or nxt in ("or", "maybe")):
        return None  # "(twenty, maybe thirty) people": a count
    return "a number in words in brackets"


def _someone(toks: list[Tok], lows: list[str], k: int) -> bool:
    """Token k names a person: a pronoun, a relation or a given name."""
    if k < 0:
        return False
    word = lows[k]
    if word in _PRONOUNS or word in _PEOPLE:
        return True
    if word in lexicon.PERSON_CUES and word not in _NOT_PEOPLE:
        return True
    return toks[k].text[:1].isupper() and toks[k].text in lexicon.first_names()


def _subject_of_be(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A form of "be" at k with a person before it ("he's", "Mum is", "I am", "Nan's")."""
    if k < 1 or lows[k] not in _BE:
        return False
    who = k - 1
    if lows[k] in ("s", "re", "m"):
        if toks[who].text not in ("'", "\u2019") or toks[who].start != toks[k].start - 1:
            return False
        who -= 1
    elif lows[k] == "am":
        return lows[who] == "i"
    return _someone(toks, lows, who)


def _near(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """The run of nearness words before the number at i, with a person and "be" before it."""
    for run in _NEAR:
        k = i - len(run)
        if k < 1 or tuple(lows[k:i]) != run:
            continue
        if run == ("going", "on") and _number(toks, lows, k - 1) is not None:
            return "going on"  # "61 going on 90"
        j = k - 1
        if lows[j] in ("only", "just", "still", "already", "now"):
            j -= 1  # "she's still not yet 18"
        if _subject_of_be(toks, lows, j):
            return " ".join(run)
    return None


def _will_be(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "Mum will be 80", "her dad'll be 70", "he'd be about 30" (a pronoun right before "be"
    and the number: age_window.py)."""
    k = i - 1
    hedged = k > 0 and lows[k] in _HEDGES
    k -= hedged
    if k < 2 or lows[k] != "be" or lows[k - 1] not in _WILL:
        return False
    who = k - 2
    if lows[k - 1] in ("ll", "d") and toks[who].text in ("'", "\u2019"):
        who -= 1
    return _someone(toks, lows, who) and (hedged or lows[who] not in _PRONOUNS)


def _looks(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "she looks about 50", "he looked 60": a person, a verb of seeming, maybe a hedge."""
    k = i - 1 - (lows[i - 1] in _HEDGES)
    return k > 0 and lows[k] in _SEEMS and _someone(toks, lows, k - 1)


def find_reach_ages(toks: list[Tok]) -> list[Span]:
    """Ages near, to come, in two words after "I am", and "58 yrs" after a relation."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i in range(1, len(toks)):
        word = lows[i]
        if not (word.isdecimal() or word in WORD_NUMBERS):
            continue
        if lows[i - 1] not in _BEFORE and not toks[i - 1].text[:1].isupper():
            continue  # one set lookup spares the tests below on most numbers
        number = _number(toks, lows, i)
        if number is None or not 1 <= number[0] <= 110:
            continue
        value, used = number
        end = i + used
        after = lows[end] if end < len(toks) else "."
        cue = _cue(toks, lows, i, used, after)
        if cue is not None:
            reason = _REASON.format(cue)
            start, stop = toks[i].start, toks[end - 1].end
            spans.append(Span(start, stop, "age", "pattern", reason, f"age:{value}"))
    return spans


_WHEN = frozenset(MONTHS) | frozenset(
    "spring summer autumn fall winter her his their monday tuesday wednesday thursday friday "
    "saturday sunday".split()
)


def _reached_when(lows: list[str], k: int) -> bool:
    """ "80 in June", "70 on her birthday", "12 in the spring": when the age is reached."""
    if k + 1 >= len(lows) or lows[k] not in ("in", "on"):
        return False
    j = k + 1 + (lows[k + 1] == "the" and k + 2 < len(lows))
    ordinal = lows[j][-2:] in ("st", "nd", "rd", "th") and lows[j][:-2].isdecimal()
    return lows[j] in _WHEN or ordinal  # "56 on the 29th", "40 on 3rd Nov"


def _kin_years(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "Mother 58 yrs," : a relation right before, the item ending after "yrs"."""
    if lows[i - 1] not in _PEOPLE and lows[i - 1] not in lexicon.PERSON_CUES:
        return False
    nxt = lows[i + 2] if i + 2 < len(toks) else "\n"
    gap = toks[i + 2].start - toks[i + 1].end if i + 2 < len(toks) else 0
    return (nxt in _ITEM_END or gap > 1) and lows[i - 1] not in _NOT_PEOPLE


def _listed(toks: list[Tok], lows: list[str], i: int) -> str | None:
    """ "Pat (m) 67,", "Tom M 45;", "children Lee 40,": a genogram's item ending at i."""
    after = lows[i + 1] if i + 1 < len(toks) else "\n"
    gap = toks[i + 1].start - toks[i].end if i + 1 < len(toks) else 0
    if not (after in _ENDS or gap > 1 or "\n" in after):
        return None
    k = i - 1
    if lows[k] == ")" and k > 1 and lows[k - 1] in _SEXES and toks[k - 2].text == "(":
        k -= 3  # "Pat (m) 67"
    elif lows[k] in _SEXES and toks[k].text.isupper():
        k -= 1  # "Tom M 45"
    elif k > 0 and lows[k - 1] in _GROUPS:
        return "a given name after a plural of kin, and a number" if _given(toks, k) else None
    else:
        return None
    return "a given name, a sex and a number" if _given(toks, k) else None


def _given(toks: list[Tok], k: int) -> bool:
    """Token k is a capitalised given name."""
    return k >= 0 and toks[k].text[:1].isupper() and toks[k].text in lexicon.first_names()


def _cue(toks: list[Tok], lows: list[str], i: int, used: int, after: str) -> str | None:
    """Why the number at i (of `used` tokens) is an age, or None."""
    if after in _YRS and used == 1:
        return "a relation, a number and 'yrs'" if _kin_years(toks, lows, i) else None
    if lows[i - 1] in _HEDGES and i > 1 and lows[i - 2] == "aged":
        return "a number after 'aged' and a hedge"  # "aged around 50 of a stroke"
    if lows[i - 1] in _HEDGES and i > 2 and lows[i - 2] == "of" and lows[i - 3] in _OF_PEOPLE:
        return f"a number after '{lows[i - 3]} of' and a hedge"  # "a girl of about 15"
    if after in _UNITS_AFTER and not _reached_when(lows, i + used):
        return None
    dated = _dated_or_bracketed(toks, lows, i, used, after)
    if dated is not None:
        return dated
    listed = _listed(toks, lows, i) if used == 1 else None
    near = _near(toks, lows, i)
    return listed or (f"a number after '{near}'" if near else None) or _spoken(toks, lows, i, used)


def _spoken(toks: list[Tok], lows: list[str], i: int, used: int) -> str | None:
    """ "Mum will be 80", "I am forty five", "she would've been 40"."""
    if _will_be(toks, lows, i):
        return "a number a relation or a name will be"
    if _looks(toks, lows, i):
        return "a number a person looks"
    if i > 4 and lows[i - 1] == "been" and lows[i - 2] == "ve" and lows[i - 4] in _WOULD:
        return "a number after 'would've been'" if _someone(toks, lows, i - 5) else None
    said = lows[i - 1] == "am" or (lows[i - 1] == "m" and toks[i - 2].text in ("'", "\u2019"))
    if used > 1 and said and i > 2 and lows[i - 2 - (lows[i - 1] == "m")] == "i":
        return "a number in words after 'I am'"
    return None
