"""Round 22 (k22): forms of what the vault knows, shared by both layers like
`forms_round20.py` (the replacer reads them from `known_round22.py`, the final check from
`check_round22.py`, each its own way; only these tables and small readers are shared):

- the month of birth after the age reached in it ("Tiana (18 in Feb)", "as he turns 18 in
  Jan", "twenty in feb", "18 in jan (14th)"), and the day of birth as a bare ordinal beside a
  birth cue ("Turning 35 next week (12th)");
- the initials of a hyphenated given name ("H-M" for Holly-Mae);
- Welsh and Gaelic names of a known town or organisation ("Y Trallwng" for Welshpool,
  "Prifysgol Bangor" for Bangor University, "Ospadal nan Eilean" for Western Isles Hospital),
  and a town's local clip ("ponty" for Pontypridd, "p'boro", "Stone Mtn").

A month is read only when it is a date of birth's month and the number before it is one of
that person's ages of the last three years or the next one; a day only when it is the date
of birth's day. What it does not read: a month after a count that is no age ("3 sessions in
Jan", "14 in Jan" of a score for a client of 18), a month with no number before it
("dreading March"), a day written as a plain number ("on 12"). The initials are read only
as capitals joined by a hyphen, the name's first two pieces ("H-M"), never "HM" (Her
Majesty's, a prison) nor in lower case. The place table is short and hand-written: a town
not in it has no other name here.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

# Each month's words: its name, its three letters, and "sept" / "sep" for September.
MONTH_WORDS: dict[int, tuple[str, ...]] = {
    n: (name, name[:3], *(("sept",) if n == 9 else ()))
    for n, name in enumerate(
        (
            "january february march april may june july august september october november december"
        ).split(),
        start=1,
    )
}
_MONTHS = {word: n for n, words in MONTH_WORDS.items() for word in words}

_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
NUMBER_WORDS = {w: 20 + 10 * k for k, w in enumerate(_TENS.split("|"))}
NUMBER_WORDS |= {w: 1 + k for k, w in enumerate(_UNITS.split("|"))}
NUMBER_WORDS |= {w: 10 + k for k, w in enumerate(_TEENS.split("|"))}

# An age in digits or words, "in" / "by" / "this" / "next" / "come", a month's word (a stop
# after a short one), and maybe the day in brackets: "18 in jan (14th)". Bounded: linear.
AGE_IN_MONTH = re.compile(
    rf"(?i)(?<![\w'\u2019.:/$#-])(?P<age>\d{{1,3}}|(?:{_TENS})(?:[ \t-](?:{_UNITS}))?|{_TEENS})"
    r"[ \t]+(?:in|by|this|next|come)[ \t]+(?P<month>[a-z]{3,9})\.?(?![\w'\u2019])"
    r"(?:[ \t]*\([ \t]*(?:the[ \t]+)?(?P<day>\d{1,2}(?:st|nd|rd|th)?)[ \t]*\))?"
)
# A day as an ordinal, "the" or not: "(12th)", "the 29th", ", 27th"; not one counting a
# thing after it ("2nd baby", "4th year", "3rd session") nor a rank ("17th of 20").
COUNTED = (
    r"[ \t]*-?[ \t]*(?:bab(?:y|ies)|child|kid|pregnancy|year|yr|time|session|sess|appt|visit|"
    r"admission|attempt|floor|grade|line|round|cycle|trimester|week|wk|day|month|dose|go|try"
    r"|place|percentile|centile)(?![a-z])|[ \t]+(?:out[ \t]+)?of[ \t]+\d"
)
ORDINAL = re.compile(rf"(?i)(?<![\w/.:-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?![\w/-])(?!{COUNTED})")
# "Tyrone's birthday": a name's own birthday (`known_feasts` reads a name's as another's).
NAMED_BIRTHDAY = re.compile(
    r"(?i)(?<![\w'\u2019])(?P<name>[a-z]{2,})['\u2019]s[ \t]+(?:birthday|b['\u2019]?day)(?!\w)"
)


def age_value(written: str) -> int:
    """The number an age is written as: "18", "twenty", "twenty-one" (0 when none)."""
    if written.isdigit():
        return int(written)
    return sum(NUMBER_WORDS.get(w, 0) for w in re.split(r"[ \t-]+", written.lower()))


def day_value(written: str) -> int:
    """The day an ordinal or a number writes: "14th" -> 14."""
    return int(written.rstrip("stndrhTSNDRH"))


def month_of(word: str) -> int:
    """The month a word names ("Feb", "sept", "June"), 0 when none."""
    return _MONTHS.get(word.lower(), 0)


def any_month_word(lower: str, months: frozenset[int]) -> bool:
    """Whether any word of these months stands anywhere in the lower-case text (a gate)."""
    return any(word in lower for n in months for word in MONTH_WORDS[n][1:2])


def ages_in_months(text: str) -> Iterator[tuple[int, int, int, int, int, int]]:
    """(month start, month end, day start, day end, age, month) of each age before a month;
    the day's span is (0, 0) without a day in brackets after it (its value: `day_value`)."""
    for match in AGE_IN_MONTH.finditer(text):
        month = month_of(match.group("month"))
        if not month:
            continue
        day = (match.start("day"), match.end("day")) if match.group("day") else (0, 0)
        age = age_value(match.group("age"))
        yield match.start("month"), match.end("month"), *day, age, month


# An age reached in a month is said of the coming months ("18 in Feb"): the note is recent,
# so three years back and the next age, not the ten years of `forms_round5` ("14 in Mar" of
# a score, for a client of 18, is left).
BACK = 3


def next_ages(dob: datetime.date, today: datetime.date) -> frozenset[int]:
    """The ages the person has had in the last `BACK` years, and the next one."""
    now = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return frozenset(range(max(1, now - BACK), now + 2))


def hyphen_initials(name: str) -> str:
    """ "H-M" of a name whose given name is hyphenated ("Holly-Mae Price"), else ""."""
    given = next((w for w in name.split() if w[:1].isalpha()), "")
    pieces = given.split("-")
    if len(pieces) < 2 or not all(p[:1].isupper() and p[1:].isalpha() for p in pieces[:2]):
        return ""
    return f"{pieces[0][0]}-{pieces[1][0]}"


# Welsh and Gaelic names of towns and areas a record writes in English (or the other way
# round), and local clips of a town's name, each set one place: a note may write any of
# them. "Y Bala" is Bala with its article; "Môn" is Ynys Môn (Anglesey) clipped.
PLACE_NAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split("|"))
    for names in (
        "welshpool|y trallwng|trallwng",
        "bala|y bala",
        "abergavenny|y fenni",
        "newtown|y drenewydd",
        "mold|yr wyddgrug",
        "barry|y barri",
        "rhyl|y rhyl",
        "flint|y fflint",
        "cardiff|caerdydd",
        "swansea|abertawe",
        "newport|casnewydd",
        "carmarthen|caerfyrddin",
        "brecon|aberhonddu",
        "holyhead|caergybi",
        "anglesey|ynys môn|môn|sir fôn",
        "wrexham|wrecsam",
        "chepstow|cas-gwent",
        "monmouth|trefynwy",
        "haverfordwest|hwlffordd",
        "cardigan|aberteifi",
        "fishguard|abergwaun",
        "pembroke|penfro",
        "bridgend|pen-y-bont ar ogwr",
        "neath|castell-nedd",
        "merthyr tydfil|merthyr tudful",
        "knighton|tref-y-clawdd",
        "presteigne|llanandras",
        "ruthin|rhuthun",
        "denbigh|dinbych",
        "st asaph|llanelwy",
        "hay-on-wye|y gelli gandryll|y gelli",
        "cowbridge|y bont-faen",
        "western isles|eilean siar|nan eilean|nan eilean siar",
        # Local clips of a town's name, as people there say it.
        "pontypridd|ponty",
        "middlesbrough|boro|the boro",
        "peterborough|p'boro|pboro",
        "koreatown|k-town|ktown",
        "stone mountain|stone mtn",
    )
)
_PLACES = {name: names for names in PLACE_NAMES for name in names}

# An English organisation's shape and its Welsh or Gaelic words: "Bangor University" is
# "Prifysgol Bangor", "Welshpool High School" is "Ysgol Uwchradd y Trallwng".
ORG_SHAPES = (
    (re.compile(r"(?i)^(?:the[ \t]+)?university[ \t]+of[ \t]+(.+)$"), ("prifysgol",)),
    (re.compile(r"(?i)^(.+?)[ \t]+university$"), ("prifysgol",)),
    (re.compile(r"(?i)^(.+?)[ \t]+high[ \t]+school$"), ("ysgol uwchradd",)),
    (re.compile(r"(?i)^(.+?)[ \t]+(?:primary[ \t]+)?school$"), ("ysgol",)),
    (re.compile(r"(?i)^(.+?)[ \t]+hospital$"), ("ysbyty", "ospadal")),
    (re.compile(r"(?i)^(.+?)[ \t]+college$"), ("coleg",)),
)


def other_names(place: str) -> frozenset[str]:
    """A place's other names in the table (lower case), none when it has none."""
    names = _PLACES.get(place.strip().lower())
    return names - {place.strip().lower()} if names else frozenset()


def address_other_names(address: str) -> frozenset[str]:
    """The other names of each part of an address ("Welshpool, Powys" -> "y trallwng", ...)."""
    found: set[str] = set()
    for part in address.split(","):
        found |= other_names(part)
        words = part.split()
        if len(words) > 1:  # "Fferm Bryn Glas", "Isle of Lewis": the last word alone too
            found |= other_names(words[-1])
    return frozenset(found)


def org_other_names(org: str) -> frozenset[str]:
    """An organisation's Welsh or Gaelic names (lower case): "prifysgol bangor"."""
    found: set[str] = set()
    for shape, words in ORG_SHAPES:
        match = shape.match(org.strip())
        if match is None:
            continue
        place = match.group(1).lower()
        for word in words:
            found |= {f"{word} {name}" for name in {place, *other_names(place)}}
        break
    return frozenset(found)
