"""A child's or a person's age after "at" with no event word before it (a8).

Two shapes that name the person right beside the number:

- a reflexive, or "of" and a person, then "at" and the number: "a photo of herself at four",
  "the picture of me at twelve", "pictures of Jonah at six", "he sees himself at 15";
- "at", the number, a subject and a verb of a life's course: "at nine she moved schools",
  "At four he was taken into care", "at 7 I lost my mum", "at twelve I started driving".

The near misses are times and counts: "at four o'clock", "at nine tomorrow", "at nine
sessions", "at 4 she left the session" (leaving is no life's event here), "call her at
four". A unit or a time word after the number always wins.

One pass over the tokens at each "at": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.event_ages import _NOT_AFTER
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_REFLEXIVE = frozenset("herself himself myself themselves themself yourself ourselves".split())
_OBJECTS = frozenset("me him her them us".split())
_SUBJECTS = frozenset("she he i they we".split())
# Verbs of a life's course after "at N she": a day's verbs (left, went, came) are not here.
_LIFE = frozenset(
    "moved lost became learned learnt emigrated immigrated lived discovered realised "
    "realized witnessed experienced suffered developed".split()
)
_PASSIVE = frozenset(
    "taken adopted sent placed put fostered diagnosed abused assaulted moved removed "
    "given left orphaned raped molested groomed excluded expelled baptised baptized".split()
)
_TIME_AFTER = frozenset(
    "sessions session appointments appts clients groups people patients and or "
    "sharp tonight tomorrow today this next".split()
)
_CLOCK = frozenset(
    "am pm a p o oclock o'clock : / % x sharp tonight today tomorrow yesterday hrs hr "
    "hours h mins min minutes mg kg lb lbs st stone ft cm km miles weeks wks months mos "
    "days years yrs pence quid dollars pounds".split()
)
_MAX = 110
_REASON = "pattern: an age (a number after 'at' beside its person)"


def find_at_ages(toks: list[Tok]) -> list[Span]:
    """Ages after "at" beside the person they are (see the module)."""
    if "at" not in vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low == "at" and k < len(toks) - 1]:
        number = _value(toks, i + 1)
        if number is None or not 0 < number[0] <= _MAX:
            continue
        value, used = number
        end = i + 1 + used
        after = lows[end] if end < len(toks) else "."
        if after in _CLOCK or after in _TIME_AFTER:
            continue
        if after == "." and end + 1 < len(toks) and lows[end + 1][:1].isdigit():
            continue  # "at 4.30"
        person = i > 0 and _person_before(toks, lows, i)
        if person or (after not in _NOT_AFTER and _life_after(lows, end)):
            spans.append(
                Span(
                    toks[i + 1].start, toks[end - 1].end, "age", "pattern", _REASON, f"age:{value}"
                )
            )
    return spans


def _person_before(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "herself at", "of me at", "of Jonah at"."""
    before = lows[i - 1]
    if before in _REFLEXIVE:
        return True
    if i < 2 or lows[i - 2] != "of":
        return False
    if before in _OBJECTS:
        return True
    word = toks[i - 1].text
    return word[:1].isupper() and word in lexicon.first_names() and word.lower() not in _MONTHS


def _life_after(lows: list[str], end: int) -> bool:
    """ "at nine she moved", "at four he was taken", "at 7 I lost"."""
    k = end + (end < len(lows) and lows[end] == ",")
    if k + 1 >= len(lows) or lows[k] not in _SUBJECTS:
        return False
    verb = lows[k + 1]
    if verb in ("was", "were", "got") and k + 2 < len(lows):
        return lows[k + 2] in _PASSIVE or lows[k + 2] in ("diagnosed", "pregnant")
    return verb in _LIFE and verb not in ("was", "were", "got")


_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
