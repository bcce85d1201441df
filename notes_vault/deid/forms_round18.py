"""Round 18 (k18): two written forms of what the vault knows, as the replacer reads them
(`known_round18.py` calls these); the final check reads the same forms with a search of
its own (`check_round18.py`), sharing only the word lists below.

- An initial signing a pasted message at the end of its last line, after that line's
  sentence ends: "... sorry for moaning. j" or "this is what i mean. n" followed by a blank
  line, a quoted line ("> From:"), a rule ("---") or the note's end. Round 12 read the
  initial alone on its own line, round 17 before a quote's closing mark; this is the third
  place a message is signed. The letter counts only where it is a known person's first
  initial (of a name or an alias): the caller decides. Not read: a letter inside a line
  ("P as a young woman"), one after a word with no sentence's end ("vitamin D"), one on a
  line shorter than twenty characters (a list, "Plan. B"), the capital "I" (the pronoun).
- The day of a date of birth said in Spanish after "el", digits or words, within eighty
  characters after a word of birth ("born", "bday", "cumpleaños", "nació", "DOB"): 'her
  bday is Día de la Virgen, "el doce"', 'born on Día de la Virgen, "el 12"'. Only the day
  of a recorded date of birth; not read when a month or a time follows ("el 12 de mayo",
  "el 12/3", "el 12:30"): a whole date is other rules' work, and another day is not the
  birthday.
- The month of a date of birth alone, within five words after a birthday owned by a name
  or a named day: "Leon's birthday was in Feb", "a Valentine's birthday coming in Feb".
  Round 6 reads the month after "her birthday" and leaves every "X's birthday" as someone
  else's ("mum's birthday"); here the caller decides whose: the replacer when X is a name
  of the person whose date of birth it is, or that date of birth's named day; the check
  when X is that person's tag or [DOB]. Not read: a month in a whole date ("Feb 3"), a
  month after a sentence's end, an English-word abbreviation in lower case ("may", "mar").
- A known organisation's name run on into its kind or its registered name, in any case:
  "AIREDALE NHS FOUNDATION TRUST" of Airedale General Hospital (its parent trust, on a
  letterhead in capitals; "trust" in lower case only after "nhs" or "foundation": "they
  trust him"), "Merseyrail Electrics 2002 Ltd" of Merseyrail (up to two
  capitalised words, a year, a legal form). Round 6 read "Ltd" straight after the name;
  title-case kinds are read by the context layer. The words stand straight after a known
  organisation found; not read after a person's name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from notes_vault.deid.forms_round6 import WORD_MONTHS, month_in_date

# --- the signing initial -------------------------------------------------------------

_SIGNED_AT_END = re.compile(
    r"(?<=[.!?])[ \t]+(?:[-\u2013\u2014~][ \t]*)?(?P<letter>[A-Za-z])\.?(?:[ \t]+x{1,3})?"
    r"[ \t]*(?=\n[ \t]*(?:\n|>|-{3,}|_{3,}|\Z)|\Z)"
)
SIGNED_LINE = 20  # characters of the message on the initial's line before it, at least
NOT_SIGNING = frozenset("I")  # the pronoun, not a signature


def signed_line_ends(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter in capitals) of each initial signing a message at its last
    line's end (see the module docstring); the caller keeps a known person's."""
    if "\n" not in text.rstrip() and len(text) < SIGNED_LINE:
        return
    for match in _SIGNED_AT_END.finditer(text):
        letter = match.group("letter")
        if letter in NOT_SIGNING:
            continue
        line = text.rfind("\n", 0, match.start()) + 1
        if len(text[line : match.start()].strip()) < SIGNED_LINE:
            continue
        yield match.start("letter"), match.end("letter"), letter.upper()


# --- the day of a birthday said in Spanish ---------------------------------------------

SPANISH_DAYS: dict[str, int] = {
    "uno": 1, "primero": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiún": 21,
    "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30,
}  # fmt: skip
# Words of birth, English and Spanish: the day is a birthday's only after one of them.
BIRTH_WORDS = (
    "born", "birth", "bday", "b-day", "b'day", "cumple", "naci", "nació", "dob", "f/n",
)  # fmt: skip
BIRTH_WINDOW = 80  # characters from the end of a word of birth to "el"

_WORDS = "|".join(sorted(SPANISH_DAYS, key=lambda w: (-len(w), w)))
_EL_DAY = re.compile(
    rf"(?i)(?<![\w'\u2019])el[ \t]+(?P<day>[0-3]?\d|{_WORDS})(?![\w'\u2019/:.\-]\w)(?!\w)"
    r"(?![ \t]*(?:de|del)\b)"
)
_BIRTH = re.compile(
    r"(?i)(?<![\w])(?:born|birth\w*|b[-'\u2019]?days?|cumple\w*|naci\w*|nació|d\.?o\.?b\b|f/n)"
)


def spanish_day(word: str) -> int:
    """The day a word or number names (0 for none)."""
    if word.isdigit():
        return int(word)
    return SPANISH_DAYS.get(word.lower(), 0)


def spanish_birthdays(text: str, days: frozenset[int]) -> Iterator[tuple[int, int, int]]:
    """(start, end, day) of each "el" and a day in `days` said within BIRTH_WINDOW
    characters after a word of birth (see the module docstring)."""
    lower = text.lower()
    if "el " not in lower and "el\t" not in lower:
        return
    if not any(w in lower for w in BIRTH_WORDS):
        return
    cues = [m.end() for m in _BIRTH.finditer(text)]
    for match in _EL_DAY.finditer(text):
        day = spanish_day(match.group("day"))
        if day not in days:
            continue
        before = bisect.bisect_right(cues, match.start()) - 1  # the last cue ending before
        if before >= 0 and match.start() - cues[before] <= BIRTH_WINDOW:
            yield match.start(), match.end(), day


# --- the month after an owned birthday ---------------------------------------------------

_OWNED = re.compile(r"['\u2019]s[ \t]+(?:birthday|bday|b-day|b'day)(?![\w'\u2019])", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t,\-\u2013\u2014]*([A-Za-z]+)")
OWNED_WINDOW = 5  # words after "birthday" to the month


def owned_birthday_months(text: str, months: frozenset[str]) -> Iterator[tuple[int, int, int]]:
    """(start of the owner's "'s", start, end) of each month in `months` (lower case: round
    6's `month_words`) within OWNED_WINDOW words after "X's birthday", not in a whole date;
    the caller reads the owner before the "'s"."""
    lower = text.lower()
    if "birthday" not in lower and "bday" not in lower and "b-day" not in lower:
        return
    for owned in _OWNED.finditer(text):
        at = owned.end()
        before = ""
        for _ in range(OWNED_WINDOW):
            word = _NEXT_WORD.match(text, at)
            if word is None:
                break
            low, at = word.group(1).lower(), word.end()
            if low in months and _alone(text, word, before):
                yield owned.start(), word.start(1), word.end(1)
                break
            before = low


def _alone(text: str, word: re.Match[str], before: str) -> bool:
    """A month alone: capitalised when its short form is an English word, not in a date."""
    if word.group(1).lower() in WORD_MONTHS and not word.group(1)[:1].isupper():
        return False
    after = _NEXT_WORD.match(text, word.end())
    following = after.group(1).lower() if after is not None else ""
    digit = text[word.end() :].lstrip(" \t.")[:1].isdigit()
    return not digit and not month_in_date(before, following)


# --- an organisation's name run on into its kind or registered name ----------------------

ORG_TAIL = re.compile(
    r"(?:(?:[ \t]+NHS)?(?:[ \t]+(?:Foundation|FOUNDATION))?[ \t]+(?:Trust|TRUST)"
    r"|(?i:[ \t]+nhs(?:[ \t]+foundation)?[ \t]+trust|[ \t]+foundation[ \t]+trust))"
    r"(?![\w'\u2019])"
    r"|(?:[ \t]+[A-Z][A-Za-z&]+){0,2}(?:[ \t]+(?:19|20)\d\d)?"
    r"[ \t]+(?:Ltd|LTD|Limited|LIMITED|plc|PLC|LLP)\.?(?![\w'\u2019])"
)
