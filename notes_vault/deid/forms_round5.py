"""Round 5 (k5) written forms derived from a record, shared by both layers.

Like `forms.py`, this defines which forms count; the replacer
(`known_round5.py`) and the final check (`check_round5.py`) each search for
them their own way. Date-of-birth names of days are in `forms_days.py`.

- A double-barrelled or apostrophe surname's two capitals, written with its
  hyphen or apostrophe ("R-H" for Rivera-Hill, "O'D" for O'Donoghue). Without
  the hyphen "RH" or "NR" is also an abbreviation ("not recorded"), so the
  joined letters alone do not count.
- The unit of a known address after any unit word ("apt 4B", "flat 4B", "#4B"): the
  note names the flat beside an address already replaced. The unit alone ("4B") does
  not count: a pencil, a form, a bus.
- An age the client has had in the last ten years, then a day said relative to the
  note ("(69 yesterday)", "14 as of yesterday", "34 tomorrow"): with the note's date,
  that day is the birthday. The day is the form; the age alone is not.
- A surname with particles by its initials ("vdb" for van der Berg, "WvdB"), in any
  case when the letters are no English word.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from notes_vault.deid.lexicon import common_words
from notes_vault.deid.names import ABBREVIATIONS
from notes_vault.deid.squash import fold

BARREL_JOINS = "-'\u2019"
_PIECES = re.compile(r"[-'\u2019]")


@lru_cache(maxsize=4096)
def barrel_letters(name: str) -> str:
    """The two capitals of a surname in two pieces ("rh" for Rivera-Hill), lower case, or ""."""
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) < 2:
        return ""
    pieces = [p for p in _PIECES.split(words[-1].strip(".,")) if p]
    if len(pieces) != 2 or not all(p[:1].isalpha() and p[:1].isupper() for p in pieces):
        return ""
    return fold(pieces[0][0] + pieces[1][0]).lower()


_UNIT = re.compile(
    r"(?i)(?<![\w#])(?:apt|apartment|flat|unit|suite|ste|#)\.?[ \t]*#?[ \t]*"
    r"(\d{1,4}[a-z]?\d?|[a-z]\d{1,3}[a-z]?)(?!\w)"
)
UNIT_WORDS = ("apt", "apt.", "apartment", "flat", "unit", "suite", "ste", "#", "apt #")


@lru_cache(maxsize=1024)
def unit_forms(address: str) -> frozenset[str]:
    """ "apt 4b", "flat 4b", "#4b"... for every unit the address names, lower case."""
    forms = set()
    for match in _UNIT.finditer(address):
        unit = match.group(1).lower()
        forms |= {f"{word} {unit}" for word in UNIT_WORDS} | {f"#{unit}"}
    return frozenset(forms)


_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "da", "di", "la", "le"})


@lru_cache(maxsize=4096)
def particle_initials(name: str) -> frozenset[str]:
    """ "vdb" and "wvdb" for Willem van der Berg: a surname with particles by its initials."""
    words = name.split()
    first = next((i for i, w in enumerate(words) if i and w.lower() in _PARTICLES), 0)
    if not first or first == len(words) - 1:
        return frozenset()
    block = "".join(fold(w[0]).lower() for w in words[first:] if w[:1].isalpha())
    given = fold(words[0][0]).lower() if words[0][:1].isalpha() else ""
    forms = {block, given + block} if given else {block}
    words_ = common_words()
    return frozenset(f for f in forms if len(f) >= 3 and f not in ABBREVIATIONS and f not in words_)


AGE_YEARS_BACK = 10  # a note up to ten years old: the age it gives is one of these
RELATIVE_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DAY_LINKS = frozenset({"last", "this", "next", "on"})  # before a weekday: "last Friday"
AGE_JOINS = ("as of", "since", "from")  # "14 as of yesterday"


@lru_cache(maxsize=256)
def recent_ages(dob: datetime.date, today: datetime.date) -> frozenset[str]:
    """The ages (as digits) the person has had in the last `AGE_YEARS_BACK` years."""
    now = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    return frozenset(str(a) for a in range(max(1, now - AGE_YEARS_BACK), now + 1))
