"""Round 15 (k15): shapes of known identifiers read by both the replacer (`known_round15.py`)
and the final check (`check_round15.py`).

- The flat, room, apartment or suite of a known address written after its street or building
  instead of before it ("Rootes Hall 14B" of "Room 14B, Rootes Hall", "N. Williams Av. #4" of
  "3725 N Williams Ave Apt 4"): the unit as the address holds it, after a "#" or a unit word,
  or alone when it mixes digits and a letter ("14B"); a bare number is a count, never a unit.
- A recent age in words before a day said relative to the note ("eighty-seven as of
  yesterday"), and such a day in brackets after a date of birth ("Dec 1 (yesterday)").
- The client's lone initial opening a clause before a bracket with the client's age ("N (14,
  Year 9) arrived") or before a verb of telling ("A says she eats").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from notes_vault.deid.forms import STREET_WORDS

# A unit word and the unit after it in the recorded address ("Apt 4", "Room 14B", "#802").
_UNIT_IN_ADDRESS = re.compile(
    r"(?i)(?<![\w])(?:apt|apartment|flat|room|rm|unit|suite|ste|#)\.?[ \t]*#?[ \t]*"
    r"(\d{1,4}[a-z]?|[a-z]\d{1,3})(?![\w])"
)


@lru_cache(maxsize=256)
def units(address: str) -> tuple[str, ...]:
    """The flat, room or apartment numbers a recorded address holds, upper case, in order."""
    return tuple(dict.fromkeys(m.group(1).upper() for m in _UNIT_IN_ADDRESS.finditer(address)))


# The street's type the address found may stop before ("Williams" of "N. Williams Av. #4").
_TYPE = "|".join(sorted(STREET_WORDS, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=256)
def _unit_after(unit: str) -> re.Pattern[str]:
    """A unit straight after an address (and maybe its street's type): a stop or comma, then
    a unit word or "#" and the unit, or (when it mixes digits and a letter) the unit alone."""
    word = r"(?:(?i:apt|apartment|flat|room|rm|unit|suite|ste|no)\.?[ \t]?#?|#)[ \t]?"
    mixed = any(c.isalpha() for c in unit) and any(c.isdigit() for c in unit)
    lead = rf"(?:{word})?" if mixed else word
    kind = rf"(?:[ \t](?i:{_TYPE})(?![\w]))?"
    return re.compile(rf"{kind}\.?,?[ \t]{{0,2}}{lead}((?i:{re.escape(unit)}))(?![\w/.:-]\w|[\w%])")


def unit_after(text: str, end: int, found: tuple[str, ...]) -> int | None:
    """Where a known unit written straight after position `end` ends, or None."""
    for unit in found:
        match = _unit_after(unit).match(text, end)
        if match is not None:
            return match.end()
    return None


# A recent age said in words, "as of", "since", a bracket or a comma, then a day said
# relative to the note ("eighty-seven as of yesterday"): that day is the birthday. The
# digits' shape is `known_round5._AGE_THEN_DAY`; words need the joint (not "did twenty today").
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
WORDED_AGE_DAY = re.compile(
    rf"(?i)(?<![\w'\u2019-])(?P<age>(?:{_TENS_WORDS})(?:[ \t-](?:{_UNIT_WORDS})(?![\w-]))?"
    rf"|(?:{_TEEN_WORDS}))(?:[ \t]+(?:as[ \t]+of|since)[ \t]+|[ \t]*[(,][ \t]*)"
    r"(?P<day>yesterday|today|tomorrow|tonight)(?![\w-])"
)
_VALUES = {w: 20 + 10 * k for k, w in enumerate(_TENS_WORDS.split("|"))}
_VALUES |= {w: 1 + k for k, w in enumerate(_UNIT_WORDS.split("|"))}
_VALUES |= {w: 10 + k for k, w in enumerate(_TEEN_WORDS.split("|"))}


def worded_age_days(text: str) -> list[tuple[int, int, str]]:
    """(start, end, age as digits) of the day in each `WORDED_AGE_DAY`."""
    found = []
    for match in WORDED_AGE_DAY.finditer(text):
        words = re.split(r"[ \t-]+", match.group("age").lower())
        found.append((match.start("day"), match.end("day"), str(sum(_VALUES[w] for w in words))))
    return found


# A day said relative to the note in brackets straight after a birthday ("Dec 1 (yesterday)").
DAY_AFTER_DOB = re.compile(r"[ \t]*\([ \t]*(?i:yesterday|today|tomorrow|tonight)[ \t]*\)")


# A capital letter alone opening a line or a clause, then a bracket that starts with an age:
# "N (14, Year 9) arrived", "Seen today. K (15) quiet". Only the client's initial and one of
# the client's recent ages count, so "Plan B (2 sessions)" and "A (1)" of a list are left.
_CLAUSE_START = r"(?:(?<=^)|(?<=\n)|(?<=[.;!?][ \t])|(?<=[.;!?][ \t]{2})|(?<=:[ \t]))"
_AGED_INITIAL = re.compile(
    rf"(?m){_CLAUSE_START}([A-Z])[ \t]+\([ \t]*(\d{{1,3}})"
    r"(?=[ \t]*(?:[,;)]|(?i:y|yo|y/o|yrs?|years?)(?![\w/])))"
)
# A capital letter alone opening a clause before a verb of telling and who or what is told
# ("Mum worried; A says she eats"): no article or pronoun does that ("I" is left out).
_TELLING = (
    "says|said|reports|reported|feels|felt|states|stated|describes|described|thinks|thought"
    "|agrees|agreed|denies|denied|tells|told|admits|admitted|explains|explained|wants|wanted"
)
_TELLING_INITIAL = re.compile(
    rf"(?m){_CLAUSE_START}([A-HJ-Z])[ \t]+(?:{_TELLING})[ \t]+"
    r"(?:she|he|they|that|her|him|me|it|no|to)(?![\w'\u2019])"
)


def aged_initials(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, letter, age) of each `_AGED_INITIAL`."""
    if "(" not in text:
        return
    for match in _AGED_INITIAL.finditer(text):
        yield match.start(1), match.end(1), match.group(1), match.group(2)


def telling_initials(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, letter) of each `_TELLING_INITIAL`."""
    for match in _TELLING_INITIAL.finditer(text):
        yield match.start(1), match.end(1), match.group(1)


# A known street's name said as English words before its own type, in a dictated note
# ("burly road" for Burley Road, "bull well lane" for Bulwell Lane): the words joined have the
# name's sound key (`forms_said.said_key`, five letters at least), the type is the street's.
_SAID_TYPE = re.compile(rf"(?i)(?<![\w])(?:{_TYPE})(?![\w])")
_SPOKEN_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=256)
def said_streets(address: str) -> tuple[tuple[str, str, str], ...]:
    """(type, name joined, its sound key) of each street of a recorded address."""
    from notes_vault.deid import forms_said  # noqa: PLC0415 - jellyfish, dictated notes only

    found = []
    for piece in address.split(","):
        words = [w.lower().strip(".") for w in piece.split() if not w[:1].isdecimal()]
        if len(words) < 2 or words[-1] not in STREET_WORDS:
            continue
        name = "".join(c for w in words[:-1] for c in w if c.isalpha())
        key = forms_said.said_key(name) if name.isascii() else ""
        if key:
            found.append((words[-1], name, key))
    return tuple(found)


def said_street_runs(
    text: str, streets: tuple[tuple[str, str, str], ...]
) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of one to three words, a space apart, before a street's type
    that sounds like that street's name, through to the type's end."""
    from notes_vault.deid import forms_said  # noqa: PLC0415 - jellyfish, dictated notes only

    kinds = {kind for kind, _, _ in streets}
    for match in _SAID_TYPE.finditer(text):
        kind = match.group().lower().strip(".")
        if kind not in kinds:
            continue
        before = list(_SPOKEN_WORD.finditer(text, max(0, match.start() - 40), match.start()))
        joined, at = "", match.start()
        for word in reversed(before[-3:]):
            if text[word.end() : at] not in (" ", "  "):
                break
            joined, at = word.group().lower() + joined, word.start()
            key = forms_said.said_key(joined)
            if any(k == kind and key == sk and joined != name for k, name, sk in streets):
                yield at, match.end()
                break
