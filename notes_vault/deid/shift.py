"""Dates that cannot be un-shifted: every date-like mention moves, or goes.

An export shifts every date by one random number of days. A shift is undone
by anything left that pins the calendar, so besides whole dates (found by
`dates.find_dates`) this module finds and treats:

- weekday names, any case ("Monday", "tuesdays"), and their short forms alone ("r/v
  Thurs", "on Sat"): moved by the same shift (shift mod 7), so "Tuesday 3 March" stays a
  consistent pair;
- a month named alone, as a heading ("March:", "## April") or after a word
  of time ("in May", "since October"): moved as its mid-month would move;
- named holidays and feasts ("Christmas", "Easter", "Diwali", "Bonfire
  Night"): replaced by `[HOLIDAY]`, always: each pins a date of the year, so
  "the week before Christmas" beside a shifted date would reveal the shift;
- anchors to a person's own events ("her 40th birthday", "his wedding
  anniversary", "their daughter's funeral", "her 40th"): replaced by `[PERSONAL EVENT]`,
  with the interval before them ("two weeks after"); the owner of an event that is no
  birthday stays ("their daughter's [PERSONAL EVENT]": it pins no date, p19).

Two-digit years are read so that a date is never in the future ("03.11.86" is
1986, not 2086).
"""

from __future__ import annotations

import datetime
import re

from notes_vault.deid import date_feasts
from notes_vault.deid.dates import MONTH_NAMES, MONTHS, DateHit, find_dates, shifted, shifted_year
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, tokenize

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_SET, _MONTH_SET = frozenset(WEEKDAYS), frozenset(MONTH_NAMES)  # lookups per token
# Round 8: a weekday abbreviated, with its capital, before a day's number ("Sun 29th",
# "SAT 14/3", "Weds. 2nd") pins the date as a weekday name does: moved by the same shift.
_SHORT_DAYS = frozenset(
    f
    for w in ("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
    for f in (w, w.upper())
)
_DAY_NUMBER = re.compile(r"\.?,?[ \t]\(?\d{1,2}(?!\d{2})")  # "Fri (5/12)" too
# Round 14: a weekday abbreviated alone pins the calendar as its full name does ("r/v Thurs",
# "pharmacy Fri", "from Tues"). Those that are no English word are read in any case; "Mon",
# "Wed", "Sat" and "Sun" only after a word of time or before a part of the day ("on Sat",
# "next Sun", "Sat night"): not "Sat with her", "the Sun".
_PLAIN = ("tue", "tues", "thu", "thur", "thurs", "fri", "weds")
# Round 15 (r15): in lower case too before a date that can be nothing else ("sat 8th", "wed
# 6/3", "mon 10 dec"), where the date moved and the weekday stayed ("i sat 2 exams" stays).
_WORDY_DATE = re.compile(
    r"[ \t]\d{1,2}(?:st|nd|rd|th|/\d{1,2}\b|[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec)[a-z]*\b)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("i we he she they".split())  # "see you sat 13th" is a day
_PLAIN_DAYS = frozenset(f for w in _PLAIN for f in (w, w.title(), w.upper()))
_WORDY_DAYS = frozenset(("mon", "wed", "sat", "sun"))
_DAY_CUES = frozenset(
    {"on", "next", "this", "last", "by", "until", "till", "til", "from", "every", "since",
     "before", "after", "v", "review", "see", "seen", "appt", "due", "each"}
)  # fmt: skip
_DAY_JOINS = frozenset({",", "/", "-", "&", "and", "or"})
_DAY_WORDS = _WEEKDAY_SET | _WORDY_DAYS | frozenset(_PLAIN)
_DAY_PARTS = re.compile(r"[ \t]+(?:am|pm|night|morning|afternoon|eve|evening|a\.m|p\.m)\b", re.I)
_TIME_WORDS = frozenset(
    {"in", "since", "during", "until", "till", "by", "from", "of", "early", "late", "mid",
     "end", "start", "beginning", "last", "next", "this", "through", "throughout", "before",
     "after", "around", "about"}
)  # fmt: skip
_HOLIDAY = re.compile(
    r"(?i)(?<!\w)(?:christmas(?:[ \t]+(?:eve|day))?|xmas|boxing[ \t]+day"
    r"|new[ \t]+year(?:'s|s)?(?:[ \t]+(?:eve|day))?|easter(?:[ \t]+(?:sunday|monday|weekend))?"
    r"|good[ \t]+friday|hallowe'?en|bonfire[ \t]+night|guy[ \t]+fawkes(?:[ \t]+night)?"
    r"|valentine'?s(?:[ \t]+day)?|mother'?s[ \t]+day|mothering[ \t]+sunday|father'?s[ \t]+day"
    r"|thanksgiving(?:[ \t]+(?:day|eve))?|independence[ \t]+day|fourth[ \t]+of[ \t]+july"
    r"|labou?r[ \t]+day"
    r"|memorial[ \t]+day|hanukkah|chanukah|diwali|eid(?:[ \t-]+al[ \t-]+(?:fitr|adha))?"
    r"|ramadan|passover|yom[ \t]+kippur|rosh[ \t]+hashanah|(?:lunar|chinese)[ \t]+new[ \t]+year"
    r"|st\.?[ \t]+patrick'?s(?:[ \t]+day)?|burns[ \t]+night|remembrance[ \t]+(?:sunday|day)"
    r"|bank[ \t]+holiday|half[ \t]+term|whitsun|hogmanay|juneteenth|shrove[ \t]+tuesday"
    r"|(?:presidents|veterans)'?[ \t]+day|(?:armistice|columbus|anzac|canada|pancake)[ \t]+day"
    r"|(?:mlk|martin[ \t]+luther[ \t]+king(?:[ \t]+jr\.?)?)[ \t]+day"
    r"|st\.?[ \t]+(?:david|andrew|george)'?s[ \t]+day)(?!\w)"
)
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?"
    r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
    r"|tenth|eleventh|twelfth|eighteenth|hundredth)"
)
_POSSESSIVE = r"(?:her|his|their|my|your|our)"  # an owner that names no one: `_PRONOUN`
_OWNER = rf"(?:{_POSSESSIVE}|\w+'s|\w+\u2019s|\[[A-Z0-9 ]{{1,20}}\]'s)"
_EVENT = (
    r"(?:birthday|bday|anniversary|wedding(?:[ \t]+anniversary)?|funeral|graduation|retirement"
    r"|death|passing|bar[ \t]+mitzvah|bat[ \t]+mitzvah|christening|baptism|divorce|miscarriage"
    r"|due[ \t]+date|leaving[ \t]+do|hen[ \t]+do|stag[ \t]+do|party)"
)
# Bounded repetition only: linear.
_OFFSET = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a[ \t]+few"
    r"|a[ \t]+couple[ \t]+of)"
    r"[ \t]+(?:days?|weeks?|months?|years?)[ \t]+(?:after|before|since)[ \t]+)?"
)
# What an ordinal after "her"/"his" counts when it is no birthday ("her 3rd child", "his
# 20th session", "their 2nd admission"): a bare "her 40th" stays an anchor (lead, round 8).
# p10: "his 3rd deployment", "her 2nd trimester"; and a hyphened rank, "his 3rd-grade teacher".
_COUNTED = (
    r"(?:child(?:ren)?|kids?|baby|babies|pregnancy|son|daughter|grandchild|session|appointment"
    r"|visit|admission|attempt|overdose|relapse|episode|time|go|try|week|day|month|year"
    r"|job|placement|school|term|grade|round|cycle|course|dose|marriage|husband|wife|partner"
    r"|floor|place|move|home|foster|cigarette|drink|shift"
    r"|deployment|tour|period|trimester|surgery|operation|hospitali[sz]ation|stay|detox|rehab"
    r"|arrest|offen[cs]e|conviction|sentence|prison|grandson|granddaughter)s?"  # p10
)
_LOSS = r"(?:death|passing|funeral|loss|miscarriage|accident|suicide|wedding|divorce)"
_ANCHOR = re.compile(
    rf"(?i)(?<!\w){_OFFSET}(?:the[ \t]+)?(?:(?:{_ORDINAL}|first|one-year|one[ \t]+year)[ \t]+)?"
    rf"anniversary[ \t]+of[ \t]+{_OWNER}[ \t]+(?:[\w'\u2019]+[ \t]+)?{_LOSS}(?!\w)"
    rf"|(?<!\w){_OFFSET}(?P<owner>{_OWNER})[ \t]+(?:(?:{_ORDINAL})[ \t]+)?{_EVENT}(?!\w)"
    rf"|(?<!\w)(?:her|his|their|my)[ \t]+{_ORDINAL}(?![\w-])(?![ \t]+{_COUNTED}(?!\w))"
)


# What every `_ANCHOR` match holds, in lower case: "anniversary", an event word, or an
# ordinal after "her"/"his"/"their"/"my". A quick test skips the slow scan on most notes.
_ANCHOR_WORDS = (
    "anniversary birthday bday wedding funeral graduation retirement death passing mitzvah "
    "christening baptism divorce miscarriage party twenty thirty forty fifty sixty seventy "
    "eighty ninety tieth teenth tenth eleventh twelfth hundredth"
).split()
_ANCHOR_SHAPES = re.compile(
    r"(?:her|his|their|my)[ \t]+\d{1,3}(?:st|nd|rd|th)|(?:hen|stag|leaving)[ \t]+do|due[ \t]+date"
)
# The only characters that a case-blind pattern matches to an ASCII letter and that
# lower() does not turn into it ("\u017f" matches "s"): with one, the test is skipped.
_CASE_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_anchor(text: str) -> bool:
    """False only when `_ANCHOR` cannot match `text` (see `_ANCHOR_WORDS`)."""
    if any(char in text for char in _CASE_FOLDS):
        return True
    lower = text.lower()
    return any(word in lower for word in _ANCHOR_WORDS) or bool(_ANCHOR_SHAPES.search(lower))


def _event_start(match: re.Match[str]) -> int:
    """Where an anchor's replacement starts: after a possessive pronoun that opens the match
    ("her [PERSONAL EVENT]" for "her 40th" or "her funeral"), and after a named owner when
    the event is no birthday ("Mum's [PERSONAL EVENT]" for "Mum's wedding"). A named
    owner's birthday is replaced whole ("Robert's birthday"; the client's known date of
    birth in it is the vault's), and an offset before the owner ("two weeks after her
    wedding") goes with it."""
    own = _PRONOUN.match(match.group())
    if own is not None:
        return match.start() + own.end()  # "her [PERSONAL EVENT]" (lead, round 21)
    if match.group("owner") is None or match.start("owner") != match.start():
        return match.start()
    rest = match.group()[len(match.group("owner")) :]
    if not _BARE_EVENT.fullmatch(rest) or "birthday" in rest.lower() or "bday" in rest.lower():
        return match.start()
    return match.end("owner") + len(rest) - len(rest.lstrip(" \t"))


# An owner that names no one, opening the anchor: a possessive pronoun ("her 40th"). It stays
# outside the replacement, as writers leave it outside the label. The client's role ("pt's
# 67th bday", which some writers label with the birthday), a named owner ("Robert's
# birthday") and an offset before it ("two weeks after her wedding") go with the event (lead,
# round 21).
_PRONOUN = re.compile(rf"(?i){_POSSESSIVE}[ \t]+(?=\S)")
# An event word alone after its owner, with no ordinal ("her 21st party" is a birthday).
_BARE_EVENT = re.compile(rf"(?i)[ \t]+{_EVENT}")


def find_mentions(text: str, toks: list[Tok]) -> list[Span]:
    """Weekdays, lone months, holidays and personal anchors (see the module docstring)."""
    spans = [
        Span(
            _event_start(m),
            m.end(),
            "date",
            "pattern",
            "a personal event (anchors a date)",
            "anchor",
        )
        for m in (_ANCHOR.finditer(text) if _may_anchor(text) else ())
    ]
    spans += [
        Span(m.start(), m.end(), "date", "pattern", "a holiday (pins a date)", "holiday")
        for m in _HOLIDAY.finditer(text)
    ] + date_feasts.find_feasts(text)  # c14: feasts of other calendars
    for i, (tok, word) in enumerate(zip(toks, lowered(toks), strict=True)):
        day = word[:-1] if word.endswith("s") and word[:-1] in _WEEKDAY_SET else word
        if day in _WEEKDAY_SET:
            spans.append(
                Span(tok.start, tok.start + len(day), "date", "pattern", "a weekday", "weekday")
            )
        elif (tok.text in _SHORT_DAYS and _DAY_NUMBER.match(text, tok.end)) or _short_day(
            text, toks, i, word
        ):  # "Sun 29th", "r/v Thurs", "on Sat"
            spans.append(Span(tok.start, tok.end, "date", "pattern", "a weekday", "weekday"))
        elif tok.text in _MONTH_SET and _lone_month(text, toks, i):
            spans.append(Span(tok.start, tok.end, "date", "pattern", "a month", "month"))
    return spans


def _short_day(text: str, toks: list[Tok], i: int, word: str) -> bool:
    """A weekday's short form standing alone (see `_PLAIN_DAYS`)."""
    if toks[i].text in _PLAIN_DAYS:
        return True
    if word not in _WORDY_DAYS:
        return False  # s18: both tests below need it (the word before is then not read)
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if word in _WORDY_DAYS and _WORDY_DATE.match(text, toks[i].end) and prev not in _PRONOUNS:
        return True  # r15: "sat 8th", "wed 10 dec" (not "she sat 3rd")
    if word not in _WORDY_DAYS or not (toks[i].text.istitle() or toks[i].text.isupper()):
        return False
    return prev in _DAY_CUES or bool(_DAY_PARTS.match(text, toks[i].end)) or _in_days(toks, i)


def _in_days(toks: list[Tok], i: int) -> bool:
    """Another weekday beside token i, or one ",", "/", "-", "&", "and" or "or" away
    ("Mon/Wed/Fri", "Sat and Sun")."""
    for step in (-1, 1):
        k = i + step
        if 0 <= k < len(toks) and toks[k].text.lower() in _DAY_JOINS:
            k += step
        if 0 <= k < len(toks):
            low = toks[k].text.lower()
            if low in _DAY_WORDS or (low.endswith("s") and low[:-1] in _WEEKDAY_SET):
                return True
    return False


def _lone_month(text: str, toks: list[Tok], i: int) -> bool:
    """A capitalised full month name used as a time: a heading, or after a word of time."""
    word = toks[i].text
    if word not in MONTH_NAMES:
        return False
    prev = toks[i - 1].text.lower() if i > 0 else ""
    if prev in _TIME_WORDS:
        return True
    if word == "May":
        return False  # "May I..." is a request; only "in May" and the like are the month
    line_start = i == 0 or "\n" in text[toks[i - 1].end : toks[i].start] or prev == "#"
    after = text[toks[i].end : toks[i].end + 2]
    return line_start and (after[:1] in ("", "\n", ":", "-") or after == " -")


_FIXED = {"anchor": "[PERSONAL EVENT]", "holiday": "[HOLIDAY]"}


def _holiday(written: str) -> bool:
    """The whole of `written` is a holiday's name."""
    found = _HOLIDAY.match(written)
    return found is not None and found.end() == len(written)


def tag(span: Span, text: str, days: int, today: datetime.date) -> str:
    """The replacement for a date-like span, moved by `days`."""
    written = text[span.start : span.end]
    # The pattern layer also finds a holiday or a lone month after a cue ("over Christmas",
    # "since August"): the same rule applies as when this module finds them.
    fixed = _FIXED.get(span.key) or ("[HOLIDAY]" if _holiday(written) else None)
    if fixed is not None:
        return fixed
    if span.key == "weekday":
        day = next(d for d in WEEKDAYS if d.startswith(written.lower()[:3]))  # "Sun", "Weds"
        return f"[DAY {WEEKDAYS[(WEEKDAYS.index(day) + days) % 7].title()}]"
    if span.key == "month" or written.lower() in MONTHS:
        moved = datetime.date(today.year, MONTHS[written.lower()], 15) + datetime.timedelta(days)
        return f"[MONTH {MONTH_NAMES[moved.month - 1]}]"
    if span.key == "year":
        return f"[YEAR {shifted_year(int(written), days)}]"
    hits = find_dates(written, tokenize(written))
    return f"[DATE {shifted(past(hits[0], written, today), days)}]" if hits else "[DATE]"


def past(hit: DateHit, written: str, today: datetime.date) -> DateHit:
    """A two-digit year read as the most recent such year that is not in the future."""
    tail = written.rstrip()[-3:]
    two_digits = len(tail) == 3 and not tail[0].isdecimal() and tail[1:].isdecimal()
    if hit.year is not None and two_digits and hit.year > today.year:
        return DateHit(hit.start, hit.end, hit.year - 100, hit.month, hit.day, hit.alt)
    return hit
