"""A child's age after "at" or "from" in a life story, and ages said in words after "at" (a9).

The pattern layer reads "left school at 16" as an age, but below 13 a number after "at"
is more often an hour ("rings every night at 9", "came at 11", "woke at 4"). Here a small
number is an age when the same sentence, a few words before, tells of a life's course:
schooling away from home ("sent to prep school at seven", "the School for the Deaf in Derby
at 7,", "boarding from 11", "a boarder from 5 -"), care ("came into care at 8"), migration
with a birth ("born in Ibadan, came at 8"; "came in '94 as a balsero at 11"), or a child's
skill ("learned to drive at twelve.", "taught to read at four,"); and the number ends its
clause (a comma, a full stop, a bracket, a dash or the line's end).

A number in words of 13 or more after "at" that ends its clause needs no story: no hour is
written so ("married at nineteen,", "left at fifteen.").

Near misses that stay: any hour or habit word in the sentence ("calls every night at 9.",
"she wakes at 5,", "back at school tomorrow at 8."), a score falling ("PHQ-9 9 (down from
15)"), a unit or a clock after the number ("at 7.30", "at 9 sessions", "at six o'clock").

One pass over the tokens at each "at" or "from", a window of ten tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_PREPOSITIONS = frozenset(["at", "from", "since", "care"])  # "in care 12-18": a range only
_RANGE = frozenset(["to", "-", "\u2013", "until", "till"])
# Words of a life's course: schooling away from home, care, migration, a child's skills.
_STORY = frozenset(
    "boarding boarded boarder boarders prep school deaf sent care fostered adopted placed "
    "orphaned emigrated immigrated balsero refugee evacuated drive learned learnt taught "
    "teaching confirmed baptised baptized circumcised protection residential kinship "
    "placement placements juniors".split()
)
_CAME = frozenset(["came", "arrived", "moved"])  # with a birth or a year in the sentence
_BORN = frozenset(["born", "b"])
# An hour or a habit anywhere in the window makes the number a time.
_HOURS = frozenset(
    "night nights morning mornings evening evenings afternoon tonight tomorrow today daily "
    "every rings rang ring calls called calling call phones phoned wake wakes woke bed up "
    "leave leaves leaving opens closes finishes starts start shift session sessions appt "
    "appointment meeting see pick picked drop dropped collect collected lunch break "
    "mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat "
    "saturday sun sunday am pm down rose fell score scored rated gets get arrives arrive "
    "bus train work works review meet meets group clinic visit visits".split()
) | frozenset(  # a daily journey or a habit: "usually goes to school at 8" (p10)
    "usually normally always often goes go walks walk takes drives cycles".split()
)
_ENDS = frozenset([",", ".", ";", ")", "(", "-", "\u2013", "\u2014", ":", "!", "?", '"', "\u201d"])
_SPANS = frozenset(["weeks", "wks", "years", "yrs", "months", "days"])
_STOPS = frozenset([".", "!", "?", ";", "\n"])
_WINDOW = 10
_REASON_STORY = "pattern: an age (a child's age after '{}' in a life story)"
_REASON_WORDS = "pattern: an age (a number in words after 'at' ending its clause)"


def find_life_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages after "at"/"from" in a life story, and "at nineteen," (see the module)."""
    if vocabulary(toks).isdisjoint(_PREPOSITIONS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in [k for k, low in enumerate(lows) if low in _PREPOSITIONS and k + 1 < len(toks)]:
        low = lows[i]
        number = _value(toks, i + 1)
        if number is None or not 1 <= number[0] <= 99:
            continue
        value, used = number
        end = i + 1 + used
        last = _range_end(toks, lows, end)  # "in care from 11 to 16", "in care 12-18"
        if not _ends_clause(text, toks, last or end):
            continue
        worded = not toks[i + 1].text.isdecimal()
        if low == "at" and worded and value >= 13 and not last:
            reason = _REASON_WORDS
        elif low == "care" and last and value <= 18:
            reason = _REASON_STORY.format(low)  # "in care 12-18"
        elif value <= 12 and low != "care" and _story_before(text, toks, lows, i):
            reason = _REASON_STORY.format(low)
        else:
            continue
        spans.append(_age(toks[i + 1].start, toks[end - 1].end, value, reason))
        if last:
            spans.append(
                _age(toks[last - 1].start, toks[last - 1].end, int(lows[last - 1]), reason)
            )
    return spans


def _age(start: int, end: int, value: int, reason: str) -> Span:
    return Span(start, end, "age", "pattern", reason, f"age:{value}")


def _range_end(toks: list[Tok], lows: list[str], end: int) -> int:
    """The token after a range's second number ("11 to 16", "12-18"), or 0 for no range."""
    if end + 1 >= len(toks) or lows[end] not in _RANGE or not lows[end + 1].isdecimal():
        return 0
    return end + 2 if 1 <= int(lows[end + 1]) <= 25 else 0


def _ends_clause(text: str, toks: list[Tok], end: int) -> bool:
    """The number is its clause's last word: a mark after it (not "7.30") or the line's end."""
    if end >= len(toks) or "\n" in text[toks[end - 1].end : toks[end].start]:
        return True
    mark = toks[end].text
    if mark not in _ENDS:
        return False
    after = toks[end + 1] if end + 1 < len(toks) else None
    glued = after is not None and after.start == toks[end].end and after.text[:1].isdecimal()
    return not glued  # "at 7.30", "at 4-6 pm", "from 3,000"


def _story_before(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:
    """A life's-course word within the sentence before "at"/"from", and no hour or habit."""
    story = came = born = False
    k = i - 1
    while k >= 0 and i - k <= _WINDOW:
        low = lows[k]
        if low in _STOPS or "\n" in text[toks[k].end : toks[k + 1].start]:
            break
        counted = k + 1 < i and lows[k + 1] in _SPANS  # "(52 weeks) since 11": a count of time
        grown = low == "up" and k > 0 and lows[k - 1] in ("grew", "grown", "growing")
        if (low in _HOURS and not grown) or (
            low[:1].isdecimal() and not _year(toks, k) and not counted
        ):
            return False  # "rings every night at 9", "PHQ-9 9 (from 15)"
        story = story or low in _STORY
        came = came or low in _CAME
        born = born or low in _BORN or _year(toks, k)
        k -= 1
    return story or (came and born)


def _year(toks: list[Tok], k: int) -> bool:
    """ "1994" or the "94" of "'94": a year, which dates a migration."""
    word = toks[k].text
    if len(word) == 4 and word.isdecimal():
        return 1900 <= int(word) <= 2099
    quoted = k > 0 and toks[k - 1].text in ("'", "\u2019") and toks[k - 1].end == toks[k].start
    return quoted and len(word) == 2 and word.isdecimal()
