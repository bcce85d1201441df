"""A birthday told by a named day the `holidays` data lacks (issue 12, round 11).

"born on D-Day", "a Vaisakhi baby", "his birthday was a good one, first sober Fourth",
"the feast of the Virgen de Guadalupe ... her birthday": the day's name (`forms_feasts`)
is the date of birth when the client's date of birth falls on that day AND a birth cue
stands near it (in the same sentence, at most `_REACH` characters away: "born", "birthday",
"DOB", "turned", or "baby" straight after the name). Someone else's birthday ("her mum's
birthday") is no cue. Bounded shapes, one pattern per name: linear.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms_feasts, forms_near_days
from notes_vault.deid.known_index import Hit, VaultIndex

_REACH = 90
_CUE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:born|birthdays?|b'?day|b-day|d\.?o\.?b|date[ \t]+of[ \t]+birth"
    r"|turn(?:s|ed|ing)|\d{1,3}[ \t]+on(?=[ \t]))(?!\w)"
)  # k15: "32 on Monday - the 30th, Saint Andrew's": an age and the day it is reached
_BORN = re.compile(r"(?i)born|date|d\.?o")  # "born", "date of birth", "DOB": the year of birth
_BABY = re.compile(r"(?i)[ \t-]+bab(?:y|ies)(?!\w)")
# A sentence's end or a paragraph break between the cue and the name: no longer one clause.
_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*[ \t\n]+(?=[\"\u201c]?[A-Z])|\n[ \t]*\n")
_SOMEONE_ELSES = re.compile(  # "her mum's ", not "client's " or "pt's ": the client's own
    r"(?<![\w'\u2019])(?!(?:client|patient|pt|cl)['\u2019])[a-z]+['\u2019]s?[ \t]+$"
)
_PREFIX = r"(?:(?:the[ \t]+)?(?:feast|day)[ \t]+of[ \t]+(?:the[ \t]+)?)?"
_ARTICLE = r"(?:(?:el|la)[ \t]+(?=(?:dia|noche|nit)[ \t]))?"  # r12, k20: "la noche de"
_CLAUSE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:(?:my|her|his|their|your)[ \t]+)?(?:birthday|b'?day)[ \t]+"
    r"(?:(?:is|was|falls|fell|comes)[ \t]+)?(?:on[ \t]+)?(?:the[ \t]+)?\Z"
)  # "my birthday is the Guadalupe feast": the clause goes with the day
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_STARTS = frozenset('.!?:;\n"\u201c(')


def find(index: VaultIndex, text: str) -> list[Hit]:
    """Each named day of `forms_feasts` beside a birth cue, for each known date of birth."""
    hits = []
    for dob, entry in index.dobs:
        names = forms_feasts.feasts(dob)
        leap = forms_feasts.leap_days(text, dob)  # "my birthday only comes every four years"
        hits += [Hit(s, e, replace(entry, reason=f"{entry.reason} (leap day)")) for s, e in leap]
        near = [
            (s, e) for s, e in forms_near_days.spans(text, dob) if _cued(text, s, e, born=False)
        ]
        hits += [
            Hit(s, e, replace(entry, reason=f"{entry.reason} (near a named day)")) for s, e in near
        ]
        if not names:
            continue
        plain = text if text.isascii() else _unaccented(text)
        marked = replace(entry, reason=f"{entry.reason} (named day, beside a birth cue)")
        hits += [Hit(s, e, marked) for s, e in spans(plain, names)]
    return hits


def spans(text: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Where one of `names` stands beside a birth cue in `text` (accents already out)."""
    lower = text.lower()
    found = []
    for name in sorted(names, key=len, reverse=True):
        if name.rsplit(" ", 1)[-1].rstrip("s") not in lower:
            continue  # every match holds its last word
        for match in _pattern(name).finditer(text):
            start, end = match.span()
            said = match.group("name")
            if name in forms_feasts.CAPITAL and not said[:1].isupper():
                continue
            if name in forms_feasts.TITLED and not all(w[:1].isupper() for w in said.split()):
                continue  # k20: "Patrick's day off" is no Patrick's Day
            if name in forms_feasts.SAINTS and "'" not in said and "\u2019" not in said:
                continue  # k15: "St Andrews" is the town, "St Andrew's" the day
            if name in forms_feasts.ORDINALS and not _ordinal_day(text, match.start("name"), end):
                continue
            if name in forms_feasts.BARE and _season_before(lower, match.start("name")):
                continue  # round 12: "winter solstice" is read as itself, or not at all
            if not _cued(text, start, end, born=name in forms_feasts.MOVABLE):
                continue
            clause = _CLAUSE.search(text, max(0, start - 48), start)
            found.append((clause.start() if clause else start, end))
    return found


_WORD_BEFORE = re.compile(r"([a-z]+)[ \t-]+\Z")


def _season_before(lower: str, start: int) -> bool:
    """A season's word straight before a bare "solstice" or "equinox"."""
    word = _WORD_BEFORE.search(lower, max(0, start - 16), start)
    return word is not None and word.group(1) in forms_feasts.SEASONS


def _ordinal_day(text: str, start: int, end: int) -> bool:
    """ "first sober Fourth in ten years": not a sentence's first word, nor "Fourth Street"
    or "Fourth grade" (a word after it must be one that may follow a day)."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if start == 0 or not before or before[-1] in _STARTS:
        return False
    after = _NEXT_WORD.match(text, end)
    return after is None or after.group(1) in forms_feasts.ORDINAL_FOLLOWERS


def _cued(text: str, start: int, end: int, *, born: bool) -> bool:
    """A birth cue in the same sentence, within `_REACH` characters either side (`born`:
    only "born", "date of birth" or "baby", cues of the year of birth)."""
    if _BABY.match(text, end):
        return True
    for cue in _CUE.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
        if born and not _BORN.match(cue.group()):
            continue
        if cue.start() < start:
            between = (cue.end(), start)
        elif cue.start() >= end:
            between = (end, cue.start())
        else:
            continue
        if _BREAK.search(text, between[0], between[1] + 2):  # k12: the look-ahead sees the cue
            continue
        word = cue.group().lower()
        if word.startswith(("birth", "b")) and _SOMEONE_ELSES.search(
            text[max(0, cue.start() - 24) : cue.start()]
        ):
            continue
        return True
    return False


@lru_cache(maxsize=128)
def _pattern(name: str) -> re.Pattern[str]:
    """ "d day": also "D-Day", "DDay"; "st pirans day": also "Saint Piran's Day"."""
    words = []
    for word in name.split():
        if word == "st":
            words.append(r"(?:st\.?|saint)")
        elif word.endswith("s") and len(word) > 4 and word not in ("christmas",):
            words.append(re.escape(word[:-1]) + r"['\u2019]?s")
        else:
            words.append(re.escape(word))
    joiner = r"[ \t-]*" if name[1:2] == " " else r"[ \t-]+"  # "D-Day", "DDay"
    return re.compile(
        rf"(?i)(?<![\w'\u2019-]){_ARTICLE}{_PREFIX}(?P<name>{joiner.join(words)})(?![\w-])"
    )


def _unaccented(text: str) -> str:
    """Each character without its accent, one for one (offsets kept)."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c) if ord(c) > 127 else c for c in text)


near_birth_cue = _cued  # round 15 (k15): read by `known_round15` for a day in the note's year


def any_birth_cue(text: str) -> bool:
    """A birth cue or "baby" anywhere: without either, `near_birth_cue` is false everywhere."""
    return _CUE.search(text) is not None or _BABY.search(text) is not None
