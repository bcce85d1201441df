"""The age at which something happened in a life (layer "pattern").

"diagnosed with ADHD at 15 at CHOP", "outed by a teacher at 16 in Pueblo", "came into care
at 8;", "started riding ponies at six", "sent to boarding school at eight and": "at" and a
number, a few words after a word that names an event of a life, in the same clause. The
hour of the day is the near miss ("started work at 8 and", "left at 6pm", "went to bed at
eleven"): a number under 13 needs a strong event (one no working day has: diagnosed,
adopted, outed, into care), and a time or a unit after the number is never an age.

A number after "at" before a year ("came over at eleven in 1972"); a number and "ish" of 13
or more ("now 40ish"); an age in quotes after its cue ('Age: "27"', 'he turns "7" this
year'); a person, "is", a number and "years" ending a clause ("She is 62 years, from ...").

One pass over the tokens, a window of eight tokens back at each "at": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.age_young import CLOCK_ON as _CLOCK_ON
from notes_vault.deid.age_young import young_event
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

# Events of a life, never of a day: any number after "at" is an age.
STRONG_EVENTS = frozenset(
    "fgm diagnosed dx dx'd adopted outed abused assaulted molested raped groomed fostered "
    "orphaned widowed married divorced engaged pregnant baptised baptized confirmed "
    "circumcised expelled excluded emigrated immigrated migrated deported trafficked "
    "enlisted conscripted deployed transitioned bereaved boarding boarded "
    "refugee arrested charged convicted sentenced incarcerated jailed imprisoned "
    "sectioned hospitalised hospitalized institutionalised institutionalized".split()
) | {"placed"}  # u12: a child placed (in care, for adoption) at 3; "at 3pm" stays an hour
# Events that may also be a day's ("started work at 8", "went to bed at eleven"): an age
# only from 13, where no 12-hour clock reaches.
_WEAK = frozenset(
    "started began begun starting left leaving lost moved came went sent taken "
    "removed joined died passed retired quit dropped drinking smoking using learned "
    "learnt used tried smoked drank first "
    "mugged attacked bullied beaten stabbed robbed kidnapped shot bitten burgled".split()
)  # a8: harms done to a person, from 13 (under it "attacked at 11 last night" is an hour)
_IN_CARE = frozenset(["into", "in"])  # "came into care at 8", "in care at 12": strong
_WINDOW = 8
_BREAKS = frozenset([".", ";", "!", "?", ":", "\u2014", "(", ")", '"', "\u201c", "\u201d"])
# Words after the number that make it a time, a measure or a count.
_NOT_AFTER = frozenset(
    "am pm a p o oclock o'clock : / % x - \u2013 sharp tonight today tomorrow yesterday this "
    "that the every each on hrs hr hours h mins min minutes mg kg lb lbs st stone ft cm km "
    "miles mph weeks wks months mos days years yrs pence p quid dollars pounds ish".split()
)
_MAX_AGE = 110
_INFANT = frozenset(["months", "month", "mos", "mo", "weeks", "wks"])
_HEDGES = frozenset(["about", "around", "roughly", "approx", "approximately", "maybe", "nearly"])
_MONTH_WORDS = frozenset(MONTHS)
_IN_YEAR = "in a year"
_YEAR_DIGITS, _FIRST_YEAR, _LAST_YEAR = 4, 1900, 2099
_ADULT = 13  # from here a number after "at" is no hour of a 12-hour clock


def find_event_ages(toks: list[Tok]) -> list[Span]:
    """Every number after "at" that is the age of an event of a life (see the module)."""
    if "at" not in vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low != "at" or i + 1 >= len(toks):
            continue
        at = i + 1 + (lows[i + 1] in _HEDGES and i + 2 < len(toks))  # "at about 8" (a7)
        number = _value(toks, at)
        if number is None or not 0 < number[0] <= _MAX_AGE:
            continue
        value, used = number
        end = at + used
        after = lows[end] if end < len(toks) else "."
        if after in _INFANT and _event_before(lows, i, strong_only=True):
            pass  # "adopted at five months": the number is the age; the unit is left (a8)
        elif after in _NOT_AFTER or (
            after == "." and end + 1 < len(toks) and _digit(lows[end + 1])
        ):
            continue
        cue = _event_before(lows, i, strong_only=value < _ADULT) or _year_after(lows, end)
        if cue is None and value < _ADULT and (after not in _CLOCK_ON or _in_place(toks, end)):
            cue = young_event(toks, lows, i)
        if cue is not None:
            reason = f"pattern: an age (a number after '{cue} ... at')"
            if cue == _IN_YEAR:
                reason = "pattern: an age (a number after 'at' and before 'in' a year)"
            spans.append(
                Span(toks[at].start, toks[end - 1].end, "age", "pattern", reason, f"age:{value}")
            )
    return spans


_QUOTES = frozenset(['"', "\u201c", "'", "\u2018"])
_QUOTED_CUES = frozenset("age aged turns turned turning turn is was am m".split())
_CLOSES = frozenset(['"', "\u201d", "'", "\u2019"])
_SUBJECTS = frozenset("she he i they client pt patient".split())
_BE = frozenset(["is", "was"])
_QUOTED_MARKS = _QUOTES | frozenset(["years", "yrs", "("])  # a note with none has no such age
_ENDS = frozenset([",", ".", ";", ")", "\u2014"])


def find_quoted_ages(toks: list[Tok]) -> list[Span]:
    """'Age: "27"', 'turns "7"'; "She is 62 years," (see the module)."""
    vocab = vocabulary(toks)
    roughly = {w for w in vocab if w.endswith("ish") and w[:-3].isdecimal()}
    if vocab.isdisjoint(_QUOTED_MARKS) and not roughly:
        return []
    wanted = roughly | {w for w in vocab if w.isdecimal() and len(w) <= 3}
    lows = lowered(toks)
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low not in wanted:
            continue
        if low in roughly and 0 < i < len(toks) - 1:
            spans += _roughly(toks, lows, i)
            continue
        if low in roughly or i < 2 or i + 1 >= len(toks):
            continue
        value = int(low)
        if not 0 < value <= _MAX_AGE:
            continue
        cue = lows[i - 2]
        if cue == ":" and i > 2:
            cue = lows[i - 3]
        quoted = lows[i - 1] in _QUOTES and lows[i + 1] in _CLOSES and cue in _QUOTED_CUES
        yearly = _years_after(lows, i)
        aside = not quoted and not yearly and _relation_aside(lows, i)
        if quoted or yearly or aside:
            reason = "a number in quotes after its cue" if quoted else "a person, 'is' and years"
            reason = "a relation and a number in brackets" if aside else reason
            end = toks[i + 1].end if yearly else toks[i].end
            spans.append(
                Span(
                    toks[i].start,
                    end,
                    "age",
                    "pattern",
                    f"pattern: an age ({reason})",
                    f"age:{value}",
                )
            )
    return spans


def _roughly(toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """ "now 40ish", "brother Dale \u2014 45ish,": a grown age, roughly (13 or more, so no hour
    of the day: "at 10ish"), with no unit after it ("20ish minutes")."""
    value = int(lows[i][:-3])
    if not _ADULT <= value <= _MAX_AGE or lows[i + 1] in _NOT_AFTER or lows[i - 1] in ("at", "by"):
        return []
    reason = "pattern: an age (a number and 'ish')"
    return [Span(toks[i].start, toks[i].end, "age", "pattern", reason, f"age:{value}")]


_OWNERS = frozenset(["(", "his", "her", "their", "my", "our"])
_ASIDE_ENDS = frozenset([")", ",", ";", "in", "years", "yrs", "next", "now"])


def _relation_aside(lows: list[str], i: int) -> bool:
    """ "(his daughter, 4 years)", "(his wife, 80 in the spring)": in brackets, a relation,
    a comma and a number."""
    if (
        lows[i - 1] != ","
        or lows[i - 2] not in lexicon.PERSON_CUES
        or lows[i + 1] not in _ASIDE_ENDS
    ):
        return False
    if i + 2 < len(lows) and lows[i + 2] in ("ago", "later", "sober", "clean"):
        return False  # "(her GP, 2 years ago)": a time, not an age
    k = i - 3
    if k >= 0 and lows[k] in _OWNERS and lows[k] != "(":
        k -= 1
    return k >= 0 and lows[k] == "("


def _years_after(lows: list[str], i: int) -> bool:
    """ "She is 62 years," (no "old"): a subject, "is", the number, "years", a clause's end."""
    if i + 2 >= len(lows) or lows[i + 1] not in ("years", "yrs") or lows[i + 2] not in _ENDS:
        return False
    return lows[i - 1] in _BE and lows[i - 2] in _SUBJECTS


def _year_after(lows: list[str], end: int) -> str | None:
    """ "came over at eleven in 1972": a year after the number dates a life, not a day."""
    if end + 1 < len(lows) and lows[end] == "in" and len(lows[end + 1]) == _YEAR_DIGITS:
        year = lows[end + 1]
        if year.isdecimal() and _FIRST_YEAR <= int(year) <= _LAST_YEAR:
            return _IN_YEAR
    return None


def _in_place(toks: list[Tok], end: int) -> bool:
    """ "at four in Lagos": "in" and a capitalised word is a place, not "in the morning"."""
    after = toks[end + 1].text if end + 1 < len(toks) else ""
    return toks[end].text == "in" and after[:1].isupper() and after.lower() not in _MONTH_WORDS


def _digit(word: str) -> bool:
    return word[:1].isdecimal()


def _event_before(lows: list[str], i: int, strong_only: bool) -> str | None:
    """The nearest event word in the clause before the "at" at i, or None."""
    for k in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
        word = lows[k]
        if word in _BREAKS or word == "at":
            return None
        if word in STRONG_EVENTS or (not strong_only and word in _WEAK):
            return word
        if word == "care" and k > 0 and lows[k - 1] in _IN_CARE:
            return f"{lows[k - 1]} care"
    return None
