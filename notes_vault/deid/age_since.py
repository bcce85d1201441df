"""An age a life story counts from: "since nine, Wigan St Pats juniors", "Crohn's since 12,
now on infliximab" (layer "pattern", round 10, u10).

A number after "since" is an hour as often as an age ("awake since 5"), so p10 left it
alone ("till" and "until" are left still: "stayed until 4, then went home"). What marks the
age is what comes after it in a life story: a comma and "now", or a comma and a capitalised
name (the club, the school), or a spaced dash and either (a15: "since 14 - Medway Secure
Training Centre"), or "at" and a capitalised name, or "with" and a relation
("since seven with his grandad"). Not a comma and "then" ("on the ward since 8, then
moved"). The number is at most 17 (a life story counts from childhood), and no time word
is in the four tokens before ("up", "awake", "open", "waiting", "here").

One look around each "since": linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_CUES = frozenset(["since"])
_MAX_CHILD = 17
_TIME_WORDS = frozenset(
    "up awake woke waking open opened closed shut waiting waited sat queued queue ringing "
    "rang calling texting raining slept sleeping asleep here there from shift work working "
    "midnight tonight today morning evening night am pm".split()
)
_DASHES = frozenset(["-", "\u2013", "\u2014"])
_NOW = frozenset(["now"])  # not "then": "on the ward since 8, then moved"
_RELATIONS_AFTER = frozenset(["with"])
_REASON = "pattern: an age (a life story's 'since nine, ...', 'since 7 at Salford')"


def find_since_ages(toks: list[Tok]) -> list[Span]:
    """Ages after "since" in a life story (see the module)."""
    if not _CUES & vocabulary(toks):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k, low in enumerate(lows):
        if low not in _CUES or k + 2 >= len(toks):
            continue
        number = _value(toks, k + 1)
        if number is None or not 0 < number[0] <= _MAX_CHILD:
            continue
        value, used = number
        end = k + 1 + used
        if any(w in _TIME_WORDS for w in lows[max(0, k - 4) : k]) or not _story(toks, lows, end):
            continue
        spans.append(
            Span(toks[k + 1].start, toks[end - 1].end, "age", "pattern", _REASON, f"age:{value}")
        )
    return spans


def _story(toks: list[Tok], lows: list[str], j: int) -> bool:
    """What follows the number at j belongs to a life story, not a clock."""
    if j + 1 >= len(toks):
        return False
    after, then = lows[j], toks[j + 1].text
    if after == "," or (after in _DASHES and toks[j].start > toks[j - 1].end):  # a15: " - "
        return then.lower() in _NOW or (then[:1].isupper() and then.lower() not in lexicon.TITLES)
    if after == "at":
        return then[:1].isupper() and then.lower() not in ("the", "home", "school", "work")
    if after in _RELATIONS_AFTER:
        k = j + 1 + (lows[j + 1] in ("his", "her", "their", "my"))
        return k < len(toks) and lows[k] in lexicon.PERSON_CUES
    return False
