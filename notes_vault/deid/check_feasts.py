"""The final check's reading of a birthday told by a named day the `holidays` data lacks
(issue 12, round 11; the replacer's is `known_feasts.py`).

Read off the word list of the masked output, not by pattern: the words from each one are
folded and joined without spaces ("D", "Day" -> "dday"; "Piran", "s", "Day" ->
"piransday") and looked up among the names of `forms_feasts` that the date of birth falls
on. A find counts beside a birth word ("born", "birthday", "DOB", "turned"; "baby" as the
next word) or a `[PERSONAL EVENT]` tag within `_NEAR` words, with no sentence end between.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid import forms_feasts, forms_near_days
from notes_vault.deid.check_forms import fold_word

_NEAR = 14
_CUES = frozenset(
    {"born", "birth", "birthday", "birthdays", "bday", "dob", "turned", "turns", "turning"}
)
_BORN = frozenset({"born", "birth"})  # the only cues for a day Easter sets
_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t\n]+(?=[\"\u201c]?[A-Z])|\n[ \t]*\n")
_CLIENT = frozenset({"client", "patient", "pt", "cl"})  # "client's birthday": the client's own
_STARTS = frozenset('.!?:;\n"\u201c(')


def named_days(
    words: list[tuple[int, int, str]],
    dob: datetime.date,
    leak: str,
    clean: str,
    events: tuple[int, ...] = (),
) -> Iterator[tuple[int, int, str]]:
    """Each of `forms_feasts`' names the date of birth falls on, beside a birth cue."""
    for start, end in forms_feasts.leap_days(clean, dob):  # "birthday ... every four years"
        yield start, end, leak
    for start, end in forms_near_days.spans(clean, dob):  # round 12: "right before Halloween"
        if _cue_between(clean, start, end, events):
            yield start, end, leak
    keys = _keys(dob)
    if not keys:
        return
    longest = max(len(k) for k in keys)
    cues = [
        (i, start, word.lower())
        for i, (start, _, word) in enumerate(words)
        if word.lower() in _CUES and not _someone_elses(words, i)
    ]
    cues += [(bisect.bisect_left(words, (at,)), at, "") for at in events]  # "[PERSONAL EVENT]"
    cues += [  # k15: "32 on Monday - the 30th, Saint Andrew's": an age and the day it comes
        (bisect.bisect_left(words, (m.start(),)), m.start(), "on") for m in _AGE_ON.finditer(clean)
    ]
    for i, (start, _, _) in enumerate(words):
        joined = ""
        for k in range(i, min(len(words), i + 5)):
            word = words[k][2]
            joined += _fold(word)
            if len(joined) > longest:
                break
            name = keys.get(joined)
            if name is None or not _shaped(words, i, k, name, clean):
                continue
            near = [c for c in cues if name not in forms_feasts.MOVABLE or c[2] in _BORN]
            if _baby(words, k) or _near(words, near, i, k, clean):
                yield start, words[k][1], leak


@lru_cache(maxsize=64)
def _keys(dob: datetime.date) -> dict[str, str]:
    """The names the date of birth falls on, joined without spaces, each to its name."""
    return {n.replace(" ", ""): n for n in forms_feasts.feasts(dob)}


def _fold(word: str) -> str:
    lower = word.lower() if word.isascii() else fold_word(word)
    return "st" if lower == "saint" else lower


def _shaped(words: list[tuple[int, int, str]], i: int, k: int, name: str, clean: str) -> bool:
    """A capital where the name needs one; a bare ordinal day not at a sentence's start and
    before nothing but a word that may follow a day ("Fourth in", not "Fourth Street")."""
    said = clean[words[i][0] : words[k][1]]
    if (
        (name in forms_feasts.CAPITAL and not words[i][2][:1].isupper())
        or (name in forms_feasts.SAINTS and "'" not in said and "\u2019" not in said)
        or (name in forms_feasts.TITLED and not words[k][2][:1].isupper())  # k20
    ):
        return False  # k15: "St Andrews" is the town, "St Andrew's" the day
    if name in forms_feasts.BARE and i > 0 and words[i - 1][2].lower() in forms_feasts.SEASONS:
        return False  # round 12: "winter solstice", read as itself
    if name not in forms_feasts.ORDINALS:
        return True
    before = clean[max(0, words[i][0] - 40) : words[i][0]].rstrip(" \t")
    if words[i][0] == 0 or not before or before[-1] in _STARTS:
        return False
    if k + 1 >= len(words) or clean[words[k][1] : words[k + 1][0]] not in (" ", "\t"):
        return True
    return words[k + 1][2] in forms_feasts.ORDINAL_FOLLOWERS


_REACH = 90
_AGE_ON = re.compile(r"(?:(?<![\w.,/:])\d{1,3}|\x01)[ \t]+on[ \t]")
_CUE_WORD = re.compile(
    r"(?i)(?<![\w'\u2019])(?:born|birthday|bday|b-day|dob|turn(?:s|ed|ing))(?!\w)"
)


def _cue_between(clean: str, start: int, end: int, events: tuple[int, ...]) -> bool:
    """A birth word or a `[PERSONAL EVENT]` tag within `_REACH` characters of the span, with
    no sentence end between (read on the masked text, its own way)."""
    first, last = max(0, start - _REACH), min(len(clean), end + _REACH)
    spots = [m.start() for m in _CUE_WORD.finditer(clean, first, last)]
    spots += [at for at in events if first <= at < last]
    for at in spots:
        gap = (at, start) if at < start else (end, at)
        if not _BREAK.search(clean, gap[0], gap[1] + 2):
            return True
    return False


def _someone_elses(words: list[tuple[int, int, str]], i: int) -> bool:
    """ "her mum's birthday": a lower-case owner before it (not "client's")."""
    owner = words[i - 2][2] if i >= 2 and words[i - 1][2].lower() == "s" else ""
    return owner.islower() and owner not in _CLIENT


def _baby(words: list[tuple[int, int, str]], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1][2].lower() in ("baby", "babies")


def _near(
    words: list[tuple[int, int, str]], cues: list[tuple[int, int, str]], i: int, k: int, clean: str
) -> bool:
    """A cue (word index, offset, word) within `_NEAR` words of the name, in one sentence."""
    for c, at, _ in cues:
        if at < words[i][0] and c >= i - _NEAR:
            between = (at, words[i][0])
        elif at >= words[k][1] and c <= k + _NEAR + 1:
            between = (words[k][1], at)
        else:
            continue
        if not _BREAK.search(clean, between[0], between[1] + 2):  # k12: the cue's capital too
            return True
    return False


cue_between = _cue_between  # round 15 (k15): read by `check_round15`


def any_cue(clean: str) -> bool:
    """A birth word anywhere: without one, `cue_between(..., ())` is false everywhere."""
    return _CUE_WORD.search(clean) is not None
