"""The final check's reading of birthdays written around the date (issue 12, round 3).

Part of the final check (`check.py`), written apart from the replacer
(`structured.py`, `birthday_anchors.py`): each function reads the word list
of the masked output and yields (start, end, what leaked). The day of birth
alone near a birthday word, an age's ordinal or a `[PERSONAL EVENT]` tag;
named days that fall on the birthday; a birthday and a relative time in one
clause ("birthday two days ago", "two days before my thirtieth").
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

from notes_vault.deid import check_feasts, check_words, forms_days
from notes_vault.deid import forms_extra as extra
from notes_vault.deid.check_forms import Forms, fold_word
from notes_vault.deid.dates import MONTHS

_CUES = frozenset({"birthday", "bday", "birthdays", "turned", "turns", "born", "birth"})
# Round 19 (k19): after "the first", a tag or a word of what is counted: no day of a month.
_COUNTED = re.compile(
    r"[ \t]+(?:[\x01\[]|(?:anniversary|anniversaries|time|session|visit|week|month|year"
    r"|christmas|birthday)(?![\w'\u2019]))",
    re.IGNORECASE,
)


def birthday_days(
    words: list[tuple[int, int, str]],
    dob: datetime.date,
    leak: str,
    day_number: Callable[[str], int | None],
    *,
    clean: str = "",
    events: tuple[int, ...] = (),
) -> Iterator[tuple[int, int, str]]:
    """ "on the 4th", "(4th)" within six words of "birthday", "turned", "her 30th": the day."""
    cues = [
        i
        for i, (_, _, w) in enumerate(words)
        if w.lower() in _CUES or (w[-2:].lower() in _ORDINAL_ENDS and _age_cue(words, i))
    ]
    cues += [bisect.bisect_left(words, (at,)) for at in events]  # "[PERSONAL EVENT] ... the 4th"
    for i, (start, end, word) in enumerate(words if cues else ()):
        if word.isdecimal() or day_number(word) != dob.day:
            continue
        the = i > 0 and words[i - 1][2].lower() == "the"
        bracketed = clean[start - 1 : start] == "(" and clean[end : end + 1] == ")"
        if not (the or bracketed):
            continue  # "the 4th" is a day; "her first birthday" is not
        if not bracketed and _COUNTED.match(clean, end):
            continue  # k19: "the first [HOLIDAY]", "the first anniversary" count what follows
        if any(abs(i - c) <= (10 if bracketed else 8) and c != i for c in cues):
            yield start, end, leak


_AGE_ORDINAL = re.compile(
    r"(?i)[1-9]\d(?:st|nd|rd|th)|1\d\dth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|tenth|eleventh|twelfth"
)
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_POSSESSIVES = frozenset({"her", "his", "their", "my", "your"})


def _age_cue(words: list[tuple[int, int, str]], i: int) -> bool:
    """ "her 30th", "my thirtieth" (not before a noun it counts: "her 30th session")."""
    if i == 0 or words[i - 1][2].lower() not in _POSSESSIVES:
        return False
    if not _AGE_ORDINAL.fullmatch(words[i][2]):
        return False
    after = words[i + 1][2].lower() if i + 1 < len(words) else ""
    return after not in extra.COUNTED


def named_days(
    words: list[tuple[int, int, str]], dob: datetime.date, leak: str
) -> Iterator[tuple[int, int, str]]:
    """A day known by a name that falls on the birthday ("Cinco de Mayo" for 5 May; a name
    from the holidays data only with a capital, "Independence Day"): see `forms_days`."""
    any_case, capital, firsts = _named_keys(dob)
    wanted = any_case | capital
    longest = max((len(n) for n in wanted), default=0)
    for i, (start, _, first) in enumerate(words if wanted else ()):
        if _spelt(first.lower() if first.isascii() else fold_word(first)) not in firsts:
            continue  # every name starts with one of its first words ("saint": "st")
        joined = ""
        for _, end, word in words[i : i + 9]:
            lower = _spelt(word.lower() if word.isascii() else fold_word(word))  # "Día", "xmas"
            joined += "st" if lower == "saint" else lower
            if joined in any_case or (
                joined in capital and (first[:1].isupper() or _after_clause(words, i))
            ):
                yield start, end, leak
            if len(joined) > longest:
                break


# Round 23 (lead): a day's word in a short spelling, read as the data writes it ("xmas eve",
# "new yrs day"); the table is `forms_days.SPELLINGS`, the reading this module's own.
_SPELT = {
    short + end: word
    for word, shorts in forms_days.SPELLINGS.items()
    for short in shorts
    for end in (("s", "'s", "\u2019s") if word.endswith("s") and word != "christmas" else ("",))
}


def _spelt(word: str) -> str:
    return _SPELT.get(word, word)


_CLAUSE_LINKS = frozenset({"is", "was", "falls", "fell", "comes", "on", "the"})


def _after_clause(words: list[tuple[int, int, str]], i: int) -> bool:
    """ "birthday is the day of the dead", "born on thanksgiving": a birthday word or "born",
    then only link words (rounds 9 and 11)."""
    k = i - 1
    while k >= max(0, i - 4) and words[k][2].lower() in _CLAUSE_LINKS:
        k -= 1
    return k >= 0 and words[k][2].lower() in ("birthday", "bday", "born")  # round 11: "born"


_WHEN_ALONE = frozenset({"yesterday", "today", "tomorrow", "tonight", "ago"})
_WHEN_AFTER = frozenset({"last", "next", "this", "on"})
_PERIODS = frozenset(
    {"week", "weekend", "wk", "month", "mth", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday"}
)  # fmt: skip
_UNITS = frozenset({"day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth", "mths"})
_OFFSETS = frozenset({"in", "after", "before", "since", "following", "away", "later", "earlier",
                      "back"})  # fmt: skip
_BIRTHDAY = frozenset({"birthday", "bday", "turned", "turns", "turning"})
_TURN = frozenset({"turned", "turns", "turning"})
_PARTICLES = frozenset("out up down away around round over into off back against on".split())
_EDGES = frozenset({"end", "start", "beginning", "middle"})  # round 14 (k14): "end of month"
_QUOTED_DASH = re.compile(r"[\"\u201d]?[ \t]?[\u2013\u2014-][ \t]?")
_LINKS = frozenset(
    "is was were will be falls fell s on for her his their my your our the of from now time a an "
    "which that it "
    "few couple one two three four five six seven eight nine ten eleven twelve".split()
)
_ORDINAL = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|teenth)|[a-z]+(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth"
)


def birthday_anchors(
    forms: Forms, clean: str, words: list[tuple[int, int, str]]
) -> Iterator[tuple[int, int, str]]:
    """A birthday and a relative time in one clause: "birthday two days ago", "bday in 3 days".

    The words between them (at most five each way, a space or one mark
    apart, no sentence end or tag) may only be link words, numbers, ordinals,
    periods and units.
    """
    if not forms.dobs:
        return
    leak = forms.dobs[0][1]
    for c, (_, _, cue) in enumerate(words):
        ordinal = cue[-2:].lower() in _ORDINAL_ENDS
        if cue.lower() not in _BIRTHDAY and not (ordinal and _age_cue(words, c)):
            continue
        if c >= 2 and words[c - 1][2].lower() == "s" and words[c - 2][2].islower():
            continue  # "her mum's birthday": someone else's
        if cue.lower() in _TURN and c + 1 < len(words) and words[c + 1][2].lower() in _PARTICLES:
            continue  # "today turned out to be": a phrasal verb, no age
        for step in (1, -1):
            found = _relative(clean, words, c, step)
            if found is not None:
                yield *found, leak


def _relative(
    clean: str, words: list[tuple[int, int, str]], c: int, step: int
) -> tuple[int, int] | None:
    """The stretch from the birthday word to a relative time, reading one way."""
    seen: list[str] = []
    k = c + step
    while 0 <= k < len(words) and abs(k - c) <= 5:
        left, right = sorted((k, k - step))
        gap = clean[words[left][1] : words[right][0]]
        if (len(gap) > 3 and not (step == 1 and _QUOTED_DASH.fullmatch(gap))) or any(
            ch in ".;!?\n\x01" for ch in gap
        ):
            return None  # round 12: 'birthday" — which was' (read forward) holds a quote, a dash
        word = words[k][2].lower()
        period = word in _PERIODS and k > 0 and words[k - 1][2].lower() in _WHEN_AFTER
        period = period or (word in _PERIODS and bool(_EDGES & {*seen}))  # k14: "end of month"
        if (
            word in _WHEN_ALONE
            or period
            or (word in _UNITS and _OFFSETS & {*seen, _next(words, k, step)})
        ):
            far = (
                k + step
                if 0 <= k + step < len(words) and words[k + step][2].lower() in _LINKS
                else k
            )
            first, last = sorted((c, far))
            return words[first][0], words[last][1]
        if not (
            word in _LINKS
            or word in _EDGES
            or word in _UNITS
            or word in _OFFSETS
            or word in _WHEN_AFTER
            or word in _PERIODS
            or word.isdecimal()
            or _ORDINAL.fullmatch(word)
        ):
            return None
        seen.append(word)
        k += step
    return None


def _next(words: list[tuple[int, int, str]], k: int, step: int) -> str:
    return words[k + step][2].lower() if 0 <= k + step < len(words) else ""


def month_as_ordinal(
    words: list[tuple[int, int, str]],
    dob: datetime.date,
    leak: str,
    day_number: Callable[[str], int | None],
) -> Iterator[tuple[int, int, str]]:
    """ "twelfth of the third": the day, "of the", the month as an ordinal."""
    for i, (start, _, word) in enumerate(words[:-3]):
        if words[i + 1][2] not in ("of", "OF", "Of") or day_number(word) != dob.day:
            continue
        if word.isdecimal():
            continue
        of, the, month = (w.lower() for _, _, w in words[i + 1 : i + 4])
        if of == "of" and the == "the" and day_number(month) == dob.month:
            yield start, words[i + 3][1], leak


@lru_cache(maxsize=64)
def _named_keys(dob: datetime.date) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`forms_days.named_days` joined without spaces, as the words are read here, and
    the first words they start with."""
    any_case, capital = forms_days.named_days(dob)
    firsts = {n.split()[0] for n in any_case | capital}
    return (
        frozenset(n.replace(" ", "") for n in any_case),
        frozenset(n.replace(" ", "") for n in capital),
        frozenset(firsts | ({"saint"} if "st" in firsts else set())),
    )


_FAR_WORDS = 40  # words between a birthday word and a bare day ordinal, one paragraph
_BARE_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE)
_FAR_CUES = frozenset({"birthday", "birthdays", "bday", "born"})
_NOT_DAYS = extra.COUNTED | {"of", "floor", "birthday", "bday"}


def far_days(
    words: list[tuple[int, int, str]], dob: datetime.date, leak: str, clean: str
) -> Iterator[tuple[int, int, str]]:
    """ "at hers 24th" a line after a birthday word: the day of birth as a digit ordinal
    in the birthday word's paragraph, read apart from `birthday_anchors.far_days`."""
    if not _FAR_CUE.search(clean):
        return  # a cheap test first: most notes hold no birthday word
    cues = [
        i
        for i, (_, _, w) in enumerate(words)
        if w.lower() in _FAR_CUES
        and not (i >= 2 and words[i - 1][2].lower() == "s" and words[i - 2][2].islower())
    ]  # "her mum's birthday": someone else's
    for i, (start, end, word) in enumerate(words if cues else ()):
        match = _BARE_ORDINAL.fullmatch(word)
        if match is None or int(match.group(1)) != dob.day:
            continue
        if clean[start - 1 : start] in ("/", ".", ":", "-") or clean[end : end + 1] in ("/", "-"):
            continue  # part of a date or a code
        after = words[i + 1][2].lower() if i + 1 < len(words) else ""
        before = words[i - 1][2].lower() if i else ""
        if after in _NOT_DAYS or after in MONTHS or before in _POSSESSIVES or before == "our":
            continue
        if after in ("is", "was") and words[i + 2 : i + 3] and words[i + 2][2].startswith("anniv"):
            continue  # round 23 (lead): "5th is anniversary": another event's day
        if before == "s" and clean[words[i - 1][0] - 1 : words[i - 1][0]] in ("'", "\u2019"):
            continue  # "her brother's 17th": someone's age
        k = bisect.bisect_left(cues, i)
        for c in cues[max(0, k - 1) : k + 1]:
            first, last = sorted((words[c][0], start))
            if abs(c - i) <= _FAR_WORDS and not _PARAGRAPH.search(clean, first, last):
                yield start, end, leak
                break


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_FAR_CUE = re.compile(r"(?i)birthday|bday|born")
_BORN = re.compile(r"(?i)born")


_UNIT_STARTS = ("w", "d", "y", "m", "h")  # "born 33 weeks", "born 33 days early"


def born_years(
    words: list[tuple[int, int, str]], dob: datetime.date, leak: str, clean: str
) -> Iterator[tuple[int, int, str]]:
    """ "he was born 33", "born in '33": the year of birth in two digits after "born" (the
    check's own reading of what `known_dobs.born_years` replaces; round 9)."""
    year = f"{dob.year % 100:02d}"
    if year not in clean or not _BORN.search(clean):
        return
    for i, (_, _, word) in enumerate(words):
        if word.lower() != "born" or i + 1 >= len(words):
            continue
        k = i + 2 if words[i + 1][2].lower() == "in" and i + 2 < len(words) else i + 1
        start, end, digits = words[k]
        if digits != year or clean[end : end + 1] in ("/", ":", "-"):
            continue  # "born 33/40": a date or a time
        if clean[end : end + 1] == "." and clean[end + 1 : end + 2].isdigit():
            continue
        after = words[k + 1][2].lower() if k + 1 < len(words) else ""
        if after.startswith(_UNIT_STARTS) and not clean[end : words[k + 1][0]].strip(" \t"):
            continue
        yield (start - 1 if clean[start - 1 : start] in ("'", "\u2019") else start), end, leak


def worded_dobs(
    dobs: Sequence[tuple[datetime.date, str]],
    words: list[tuple[int, int, str]],
    clean: str,
    events: tuple[int, ...] = (),
) -> Iterator[tuple[int, int, str]]:
    """Each date of birth's forms in words around the date (moved here from `check.py`
    in round 9): the day near its month, the month before the year, and the rest."""
    for dob, leak in dobs:
        for i, (start, end, word) in enumerate(words):
            if MONTHS.get(word.lower()) != dob.month:
                continue
            near = [w.lower() for _, _, w in words[max(0, i - 4) : i + 4]]
            days = {check_words.day_number(w) for w in near}
            tens = {20 if w == "twenty" else 30 for w in near if w in ("twenty", "thirty")}
            days |= {t + d for t in tens for d in days if d is not None and d < 10}
            if dob.day in days:
                yield start, end, leak
            after = [w for _, _, w in words[i + 1 : i + 2]]
            if after and after[0] in (str(dob.year), f"{dob.year % 100:02d}"):
                yield start, words[i + 1][1], leak  # "November 1986": the month of birth
        yield from birthday_days(
            words, dob, leak, check_words.day_number, clean=clean, events=events
        )
        yield from named_days(words, dob, leak)
        yield from month_as_ordinal(words, dob, leak, check_words.day_number)
        yield from far_days(words, dob, leak, clean)  # round 9: "hers 24th"
        yield from born_years(words, dob, leak, clean)  # round 9: "born 33"
        yield from check_feasts.named_days(words, dob, leak, clean, events)  # round 11: "D-Day"
