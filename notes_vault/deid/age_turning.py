"""Ages a note gives beside another age or a past moment (issue 13, round 17, lead).

The seventeenth batch's notes, letters and student-counselling headers give an age in ways no
earlier rule read:

- the age the next birthday makes, beside the age now or after "he's": "Sinead is 37, 38 on
  8th Dec", "Kate (49; 50 on 21 Dec)", 'Seun (31, "32 on Christmas Eve'; "he's 28 on 2nd
  december", "she'll be 40 in August". Beside the age now, the second number is the first
  plus one, and the age now opens a bracket or follows "is" or "aged" (a score can go up by
  one: "GAD-7 9, 10 on 17 Nov"); after a pronoun, the date must be a day ("2nd december",
  "Christmas Eve") or a month;
- the next birthday's age in a bracket straight after the age now, after a name:
  "Meg 17 (18 at the end of Aug)", "Mimi, 17 (18 in March)", "Moira 66 (67 on Wednesday the
  30th)" (round 19, lead). The second number is the first plus one and a word of time
  follows ("in", "on", "at", "by", "next", "this"); the word before the age is capitalised,
  not all capitals, and a given name or no English word, so a score or a room is no age
  ("PHQ 14 (15 on 3/11)", "MADRS 29 (36 on admission)", "Room 12 (13 on the door)");
- the age a birthday makes, a few words after it, set off by a comma or a dash and closing
  its phrase: "(her bday, 19)", "Birthday today, 39 --", "Birthday Tues (5/27) -- 45.",
  "it's her birthday — 36 today" (round 19, lead; dev 15 labelled, 0 not). Not a count
  ("his uncle's birthday, 3 shots") or a day ("her birthday, 11 May", "17.07");
- an age at a past moment: "Her son Daniel was 14 at the time", "his daughter, then 11,";
- an age the clinician restates: "Leon, 39 now, seven years well".

A student's year after the age ("Chloe, 22, third year") was tried and left out: the
writers split on it (on dev 15 labelled as an age, 15 not), and the age beside it is
replaced already.

Near misses: "PHQ-9 15, 12 on 3 Nov" (not one more), "GAD-7 9, 10 on 17 Nov" (no bracket
or "is"), "she's 5 on the scale" (no date), "was 14 at the start" (not "at the time"),
"Phase 2, then 3," (no name before).

Regular expressions of fixed shape (alternations of fixed words, single quantifiers on
spaces): linear.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span

_MAX_AGE = 110
# The engine's month names and their short forms (`dates.MONTHS`), longest first.
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FEAST = (
    r"(?:christmas(?:[ \t]+(?:eve|day))?|new[ \t]+year'?s(?:[ \t]+(?:eve|day))?|valentine'?s"
    r"|hallowe'?en|easter(?:[ \t]+sunday)?|boxing[ \t]+day|bonfire[ \t]+night"
    r"|st\.?[ \t]+patrick'?s[ \t]+day|thanksgiving|diwali|eid|nowruz|vaisakhi)"
)
# A day of a month in either order, or a feast: what "on" a birthday names.
_DAY = (
    rf"(?:(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+of)?[ \t]+{_MONTH}(?![a-z])"
    rf"|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?![\d/])"
    rf"|{_FEAST}(?![a-z]))"
)
_WHEN = rf"(?:on[ \t]+{_DAY}|in[ \t]+{_MONTH}(?![a-z]))"
_NEXT = re.compile(
    r"(?:\([ \t]*|(?<![\w-])(?:is|aged?|now)[ \t]+)(?P<now>\d{1,3})[ \t]*[,;][ \t]*[\"\u201c]?"
    rf"(?P<n>\d{{1,3}})[ \t]+(?={_WHEN})",
    re.IGNORECASE,
)
_BRACKET = re.compile(
    r"(?<![\w'])(?P<name>[A-Z][a-z]+),?[ \t]+(?P<now>\d{1,3})[ \t]*\([ \t]*(?P<n>\d{1,3})[ \t]+"
    r"(?:in|on|at|by|next|this)(?![\w])"
)
_BIRTHDAY = re.compile(
    r"\b(?:birthday|bday|b'day)\b[^.\n\d]{0,20}(?:\([^)\n]{1,12}\)[ \t]*)?"
    r"(?:,|--|\u2014|\u2013|[ \t]-)[ \t]*(?P<n>\d{1,3})(?![.:/]\d)"
    r"(?=[ \t]*(?:[).;,!\u2014\u2013]|--|\n|\Z|(?:today|now|tomorrow|next|this)\b))",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"(?<![\w])(?:he|she|they|i|you)(?:'s|\u2019s|[ \t]+is|[ \t]+will[ \t]+be|'ll[ \t]+be"
    r"|\u2019ll[ \t]+be)[ \t]+"
    rf"(?P<n>\d{{1,3}})[ \t]+(?={_WHEN})",
    re.IGNORECASE,
)
_AT_THE_TIME = re.compile(r"(?<![\w])was[ \t]+(?P<n>\d{1,3})[ \t]+at[ \t]+the[ \t]+time(?![\w])")
_THEN = re.compile(r"[A-Z][a-z]+[ \t]*,[ \t]*then[ \t]+(?P<n>\d{1,3})[ \t]*,")
_NOW = re.compile(r"[A-Z][a-z]+[ \t]*,[ \t]*(?P<n>\d{1,3})[ \t]+now[ \t]*[,;.]")
_REASON_NEXT = "pattern: an age (the next birthday's, beside the age now: '37, 38 on 8th Dec')"
_REASON_BRACKET = (
    "pattern: an age (the next birthday's, bracketed after the age now: '17 (18 in May)')"
)
_REASON_BEFORE = "pattern: an age (the age now, before the next one's bracket: '17 (18 in May)')"
_REASON_BIRTHDAY = "pattern: an age (set off after a birthday: '(her bday, 19)', 'birthday -- 45')"
_REASON_SAID = "pattern: an age (a birthday's, after 'he's': 'he's 28 on 2nd December')"
_REASON_PAST = "pattern: an age (at a past moment: 'was 14 at the time', 'Dan, then 11,')"
_REASON_NOW = "pattern: an age (restated: 'Leon, 39 now,')"


def find_turning_ages(text: str) -> list[Span]:
    """Ages beside another age, a birthday or a past moment (see the module)."""
    spans: list[Span] = []
    for regex, why in ((_NEXT, _REASON_NEXT), (_BRACKET, _REASON_BRACKET)):
        for match in regex.finditer(text):
            now, n = int(match["now"]), int(match["n"])
            if n != now + 1 or not 0 < n <= _MAX_AGE:
                continue
            if regex is _BRACKET:  # a name, not a word ("Room 12 (13 on the door)")
                name = match["name"]
                if name.lower() in lexicon.common_words() and name not in lexicon.first_names():
                    continue
                spans.append(_age(match, _REASON_BEFORE, now, "now"))  # the age now too
            spans.append(_age(match, why, n))
    for pattern, reason, word in (
        (_SAID, _REASON_SAID, ""),
        (_BIRTHDAY, _REASON_BIRTHDAY, "day" if "day" in text else "DAY"),
        (_AT_THE_TIME, _REASON_PAST, "time"),  # s18: a word each match holds, tested first
        (_THEN, _REASON_PAST, "then"),
        (_NOW, _REASON_NOW, "now"),
    ):
        for match in pattern.finditer(text) if word in text else ():
            n = int(match["n"])
            if 0 < n <= _MAX_AGE:
                spans.append(_age(match, reason, n))
    return spans


def _age(match: re.Match[str], reason: str, value: int, group: str = "n") -> Span:
    start, end = match.span(group)
    return Span(start, end, "age", "pattern", reason, f"age:{value}")
