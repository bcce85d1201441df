"""A birthday pinned by a relative time: "birthday two days ago", "two days before my thirtieth".

With the note's date, "birthday two days ago" gives the day of birth away as
much as "13/08" does, so the vault layer replaces the time (or, for "two
weeks after my fortieth birthday", the whole phrase) as the date of birth,
in every mode (also `known_only`, where the date-shift layer does not run).
Someone else's birthday ("her mum's birthday yesterday") is left to the
date-shift layer's personal events. Bounded shapes only: linear.
"""

from __future__ import annotations

import bisect
import datetime
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid import forms_days
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.forms_extra import COUNTED
from notes_vault.deid.tokens import Tok

_NUM = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}"
    r"|a[ \t]+few|few|a[ \t]+couple(?:[ \t]+of)?|couple[ \t]+of)"
)
_UNIT = r"(?:days?|weeks?|wks?|months?|mths?)"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WHEN = (
    rf"(?:{_NUM}[ \t]+{_UNIT}[ \t]+(?:ago|earlier|back|before|away|later|from[ \t]+now|time)"
    r"|the[ \t]+(?:day|night|evening|morning)[ \t]+(?:before|after)"  # r18: "night before"
    r"(?:[ \t]+(?:yesterday|tomorrow))?"
    r"|yesterday|today|tomorrow|tonight"
    rf"|(?:last|this|next|on)[ \t]+(?:week(?:end)?|wk|month|mth|{_WEEKDAY})"
    rf"|(?:earlier|later)[ \t]+this[ \t]+(?:week|month)|in[ \t]+{_NUM}[ \t]+{_UNIT}"
    # round 14 (k14): "turns 40 end of month", "birthday at the start of next week"
    r"|(?:at[ \t]+)?(?:the[ \t]+)?(?:end|start|beginning|middle)[ \t]+of[ \t]+"
    r"(?:the[ \t]+|this[ \t]+|next[ \t]+)?(?:month|mth|week|wk))"
)
CUE = r"(?:birthday|b'?day|b-day)"  # a birthday's word (birthday_named reads it too)
# An age's ordinal, ten or more: "30th", "thirtieth", "eighteenth" ("her 30th").
_AGE_ORDINAL = (
    r"(?:[1-9]\d(?:st|nd|rd|th)|1\d\dth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth"
    r"|(?:thir|four|fif|six|seven|eigh|nine)teenth|tenth|eleventh|twelfth)"
)
_OWN = r"(?:(?:her|his|their|my|your|our|the|[A-Z][\w-]*['\u2019]s)[ \t]+)?"
_ORD = r"(?:(?:\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:tieth|teenth|th|st|nd|rd))[ \t]+)?"
_LINK = (
    r"(?:[\"\u201d]?[ \t]*[,(\u2013\u2014=-][ \t]*|[ \t]+)"  # round 12: 'birthday" — which was'
    r"(?:(?:which|that)[ \t]+(?=(?:is|was|will|falls|fell)[ \t]))?"
    r"(?:(?:is|was|were|will[ \t]+be|falls|fell|'s)[ \t]+)?"
    r"(?:on[ \t]+(?:it[ \t]+)?)?[\"\u201c]?"  # 'was "last Sunday'; k14: "fell on it yesterday"
)
# One pattern per shape, each scanned on its own: "today her birthday was two days ago"
# holds two ("today ... birthday", "birthday ... two days ago") sharing the birthday.
_ANCHORS = (
    re.compile(rf"(?i)(?<![\w'\u2019])(?P<cue>{CUE}){_LINK}(?P<after>{_WHEN})(?!\w)"),
    re.compile(
        rf"(?i)(?<!\w)(?P<before>{_WHEN})(?:['\u2019]s)?[ \t]*[,=]?[ \t]+"  # r22: "tomorrow's"
        r"(?:(?:is|was|will[ \t]+be|for)[ \t]+)?"
        rf"{_OWN}{_ORD}{CUE}(?!\w)"
    ),
    re.compile(
        rf"(?i)(?<!\w)(?P<offset>{_NUM}[ \t]+{_UNIT}[ \t]+(?:after|before|since|following)"
        rf"[ \t]+{_OWN}{_ORD}{CUE})(?!\w)"
    ),
    re.compile(  # "turned 16 last Wednesday": the day she turned is her birthday
        rf"(?i)(?<!\w)(?:turned|turns|turning)[ \t]+(?:\d{{1,3}}|[a-z]+(?:-[a-z]+)?)[ \t]+"
        rf"(?P<turned>{_WHEN})(?!\w)"
    ),
    re.compile(
        rf"(?i)(?<!\w)(?P<age>{_NUM}[ \t]+{_UNIT}[ \t]+(?:after|before|since|following)[ \t]+"
        rf"(?:her|his|their|my|your)[ \t]+{_AGE_ORDINAL})(?!\w)(?![ \t]+(?-i:[a-z]))"
    ),
)
_OFFSET_WORDS = ("after", "before", "since", "following")  # the "age" shape needs one
_AGE_WORD = re.compile(rf"(?i){_AGE_ORDINAL}")
_PRONOUNS = frozenset({"her", "his", "their", "my", "your"})
# "her mum's birthday yesterday": a lower-case possessive before it is someone else's.
_SOMEONE_ELSES = re.compile(r"(?<![\w'\u2019])[a-z]+['\u2019]s?[ \t]+$")


def mentions_birthday(lower: str) -> bool:
    """The lower-cased note holds a birthday's word: the shapes with `CUE` need one."""
    return any(word in lower for word in ("birthday", "bday", "b-day", "b'day"))


def find(text: str) -> Iterator[tuple[int, int]]:
    """Spans of relative times that pin a birthday (see the module docstring)."""
    lower = text.lower()
    named = mentions_birthday(lower)
    wanted = (named, named, named, "turn" in lower, any(w in lower for w in _OFFSET_WORDS))
    groups = ("after", "before", "offset", "turned", "age")
    for shape, group, needed in zip(_ANCHORS, groups, wanted, strict=True):
        for match in shape.finditer(text) if needed else ():
            if group == "after":
                cue = match.start("cue")
                if _SOMEONE_ELSES.search(text[max(0, cue - 24) : cue]):
                    continue
            yield match.span(group)


def age_ordinal(toks: list[Tok], i: int) -> bool:
    """ "her 30th", "my thirtieth": an age's ordinal after a possessive, not "her 30th session"."""
    if i == 0 or toks[i - 1].text.lower() not in _PRONOUNS or not _AGE_WORD.fullmatch(toks[i].text):
        return False
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    return after not in COUNTED


def named_days(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    """A day known by a name that falls on the birthday ("Cinco de Mayo" for 5 May), with
    the people or country before it ("Nigerian Independence Day"): see `forms_days`."""
    any_case, capital = forms_days.named_days(dob)
    if not (any_case or capital):
        return
    text = text if text.isascii() else _unaccented(text)  # "Día de Todos los Santos"
    lower = text.lower()
    for name in sorted(any_case | capital, key=len, reverse=True):
        if not all(_written(w, lower) for w in name.split() if w != "st"):
            continue  # every match holds each word (less a plural "s"; "st" may be "saint")
        for match in _named_pattern(name).finditer(text):
            start = match.start()
            if name in capital and not text[start].isupper():
                clause = _CLAUSE.search(text, max(0, start - 48), start)  # "my birthday is"
                if clause is not None:
                    yield clause.start(), match.end()
                elif _BORN_ON.search(text, max(0, start - 16), start):  # round 11: "born on"
                    yield start, match.end()
                continue
            before = _BEFORE_DAY.search(text, max(0, start - 40), start)
            if before and forms_days.demonym(before.group(1)):
                start = before.start()
            yield start, match.end()


# Round 9 (k9): "my birthday is the day of the dead": a name the holidays data holds only
# with a capital counts in lower case after a birthday clause, and the whole clause is the
# date of birth then (with a capital, "birthday is Christmas Day", the name alone is).
_CLAUSE = re.compile(
    r"(?i)(?<![\w'\u2019])(?:(?:my|her|his|their|your)[ \t]+)?(?:birthday|b'?day)[ \t]+"
    r"(?:(?:is|was|falls|fell|comes)[ \t]+)?(?:on[ \t]+)?(?:the[ \t]+)?\Z"
)


# Round 11 (k11): "born on thanksgiving": after "born (on) (the)" a name the holidays data
# holds only with a capital counts in lower case too (the name alone is the date of birth).
_BORN_ON = re.compile(r"(?i)(?<![\w'\u2019])born[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?\Z")


def _unaccented(text: str) -> str:
    """Each character without its accent, one for one (offsets kept)."""
    return _NON_ASCII.sub(_plain, text)  # s18: a call per non-ASCII character only


_NON_ASCII = re.compile(r"[^\x00-\x7f]")  # what `ord(c) > 127` picked, one character each


def _plain(match: re.Match[str]) -> str:
    char = match.group()
    return unicodedata.normalize("NFKD", char)[:1] or char


_BEFORE_DAY = re.compile(r"(?<![\w'\u2019])([A-Z][a-z]+(?:['\u2019]s)?)[ \t]+$")


def _written(word: str, lower: str) -> bool:
    """Whether `word` of a day's name, or a short spelling of it ("xmas"), is in `lower`."""
    return any(w in lower for w in (word.rstrip("s"), *forms_days.SPELLINGS.get(word, ())))


# Words whose last "s" is their own, not a plural's ("Christmas", "Burns Night", "All Saints").
_OWN_S = frozenset(["christmas", "burns", "fawkes", "saints", "days"])


@lru_cache(maxsize=64)
def _named_pattern(name: str) -> re.Pattern[str]:
    """ "valentines day": also "Valentine's Day", "valentines-day"; "st": also "St." and "Saint";
    "christmas eve": also "xmas eve" (round 23, `forms_days.SPELLINGS`)."""
    words = []
    for word in name.split():
        if word == "st":
            words.append(r"(?:st\.?|saint)")
            continue
        plural = word.endswith("s") and word not in _OWN_S
        stems = (word[:-1] if plural else word, *forms_days.SPELLINGS.get(word, ()))
        tail = r"['\u2019]?s['\u2019]?" if plural else r"['\u2019]?"  # "All Saints' Day"
        words.append("(?:" + "|".join(map(re.escape, stems)) + ")" + tail)
    return re.compile(r"(?i)(?<!\w)" + r"[ \t-]+".join(words) + r"(?!\w)")


_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_TENS = {20: "twenty", 30: "thirty"}
_SAID_YEAR = (
    r"(?:nineteen[ \t-]+|two[ \t]+thousand[ \t]+(?:and[ \t]+)?)?"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|ten|eleven|twelve)"
    r"(?:[ \t-](?:one|two|three|four|five|six|seven|eight|nine))?"
)


def _ordinal(n: int) -> str:
    """ "3rd|third", "21st|twenty-first" as a pattern."""
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    if n <= 20:
        word = _ORDINAL_WORDS[n - 1]
    elif n % 10 == 0:
        word = "thirtieth" if n == 30 else "twentieth"
    else:
        word = f"{_TENS[n - n % 10]}[ \\t-]?{_ORDINAL_WORDS[n % 10 - 1]}"
    return f"(?:0?{n}{suffix}|{word})"


@lru_cache(maxsize=12 * 31)  # every (day, month): a pattern is slow to compile
def _month_as_ordinal(day: int, month: int) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<!\w)(?:the[ \t]+)?{_ordinal(day)}[ \t]+of[ \t]+the[ \t]+{_ordinal(month)}"
        rf"(?:[ \t]*,?[ \t]*(?:'?\d{{2}}(?:\d{{2}})?|{_SAID_YEAR}))?(?!\w)"
    )


_OF_THE = re.compile(r"(?i)[ \t]of[ \t]+the[ \t]")
# s11: what every `_month_as_ordinal` match holds, for any day and month: an ordinal's end
# (a digit's suffix, or an ordinal word's last word or ending), " of the ", and the start
# of a month's ordinal (a digit, or an ordinal word up to twelfth). Without it, no
# per-date pattern is compiled (each costs more than a note's whole scan).
_ORDINALS_OF_THE = re.compile(
    r"(?i)(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|eleventh|twelfth|teenth|tieth)[ \t]+of[ \t]+the[ \t]+"
    r"(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)


def month_as_ordinal(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    """ "the twelfth of the third, seventy-seven": the month said as an ordinal."""
    if not _OF_THE.search(text) or not _ORDINALS_OF_THE.search(text):
        return  # every match holds " of the ": no pattern to compile for most notes
    for match in _month_as_ordinal(dob.day, dob.month).finditer(text):
        yield match.span()


# Round 9 (k9): the day of birth as a bare ordinal ("at hers 24th", "| Wed | 30th |"), in
# the same paragraph as a birthday word and at most `_FAR` characters from it.
_DAY_ORDINAL = re.compile(r"(?i)(?<![\w/.:\-])(\d{1,2})(?:st|nd|rd|th)(?![\w/\-])")
_BIRTH_WORD = re.compile(r"(?i)(?<![\w'\u2019])(?:birthdays?|b'?day|b-day|born)(?!\w)")
_FAR = 200
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
_ANNIVERSARY = re.compile(r"(?i)[ \t]+(?:is|was)[ \t]+anniv")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def far_days(text: str, dob: datetime.date) -> Iterator[tuple[int, int]]:
    """ "wants everyone at hers 24th" a line after "birthday (Christmas Eve)": the day of
    birth as a digit ordinal, in the paragraph of a birthday word (not someone else's)
    and near it; never before a counted noun, a month or "of" ("the 24th session", "24th
    of May": another date), nor after "her", "his" or "Sam's" (an age)."""
    if not _BIRTH_WORD.search(text):
        return
    cues = [
        m.start()
        for m in _BIRTH_WORD.finditer(text)
        if not _SOMEONE_ELSES.search(text[max(0, m.start() - 24) : m.start()])
    ]
    for match in _DAY_ORDINAL.finditer(text) if cues else ():
        if int(match.group(1)) != dob.day:
            continue
        after = _WORD_AFTER.match(text, match.end())
        if after and (after.group(1).lower() in _NOT_A_DAY or _month(after.group(1))):
            continue
        if _ANNIVERSARY.match(text, match.end()):
            continue  # round 23 (lead): "5th is anniversary": another event's day
        before = _WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if before and (before.group(1).lower() in _OWNERS or _SOMEONES.search(before.group())):
            continue
        if any(_near(text, cue, match.start()) for cue in _around(cues, match.start())):
            yield match.span()


_NOT_A_DAY = COUNTED | {"of", "floor", "birthday", "bday"}
_OWNERS = _PRONOUNS | {"our"}
_SOMEONES = re.compile(r"\A[sS][ \t]+$")  # the "s" of "brother's 17th", after its apostrophe


def _month(word: str) -> bool:
    return word.lower() in MONTHS


def _around(cues: list[int], at: int) -> list[int]:
    """The birthday words nearest before and after `at` (cues are sorted)."""
    k = bisect.bisect_left(cues, at)
    return cues[max(0, k - 1) : k + 1]


def _near(text: str, cue: int, at: int) -> bool:
    first, last = sorted((cue, at))
    return last - first <= _FAR and _PARAGRAPH.search(text, first, last) is None
