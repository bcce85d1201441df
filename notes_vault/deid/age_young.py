"""A child's age at an event of a life, under 13, after "at": "lost his dad at nine" (a7).

Under 13 a number after "at" reads as often as an hour ("went to bed at eleven",
"started work at 8"), so event_ages.py takes it only after an event no working day has
("diagnosed", "adopted"). An event a day also has becomes a life's when its object says
so: a parent or other relation lost or left ("lost her mum at six", "left his dad at
seven"), a school or a first schooling ("started school at four", "began nursery at
three", "sent to boarding school"), a pastime begun ("started riding ponies at six",
"began smoking at 11"; a day's chores stay: "started cooking at six"), or a move to a
named place ("moved to Leeds at seven", "sent to Ampleforth at eight", "came to the UK
at 5"), or a harm or a life event a noun names right before "at" ("sexual abuse at 11",
"onset at 9", a15). A journey made daily is an hour, not an age (p10): "she gets to school
at 8", "mum takes her to nursery at nine", "usually goes to school at 8.30". Near misses: a
time word after the number ("at six tonight", "at 9 on Monday"), an errand ("went to Tesco
at six": "went" is no move), "lost my keys at nine".

A window of eight tokens back from the "at", a set lookup each: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.tokens import Tok

_LOSS = frozenset(["lost", "left", "losing", "leaving", "buried", "nursed"])
_BEGIN = frozenset(["started", "began", "begun", "starting", "beginning", "learned", "learnt"])
_MOVE = frozenset(["moved", "sent", "came", "moving", "relocated", "shipped"])
_SCHOOLING = frozenset(
    "school nursery reception primary kindergarten preschool pre-school playgroup creche "
    "boarding madrassa madrasa kindy kinder".split()
)
# A day's chores and errands: begun at an hour, not at an age.
_DAY_GERUNDS = frozenset(
    "cooking eating working waiting getting going making doing having feeling cleaning "
    "studying revising shopping walking driving packing sleeping shouting crying calling "
    "texting ringing drinking".split()
)
_STOPS = frozenset(
    [".", ";", "!", "?", ":", "\u2014", "(", ")", '"', "\u201c", "\u201d", ",", "at"]
)
# Words after the number that make it an hour of a day.
CLOCK_ON = frozenset(
    "tonight today tomorrow yesterday this that every each on in sharp o oclock "
    "pm am a p in".split()
)
_WINDOW = 8


def young_event(toks: list[Tok], lows: list[str], i: int) -> str | None:  # noqa: PLR0911 - one early exit per rule reads best
    """The event word that makes the number after the "at" at i a child's age, or None."""
    for k in range(i - 1, max(-1, i - 1 - _WINDOW), -1):
        word = lows[k]
        if word in _STOPS:
            return None
        between = lows[k + 1 : i]
        if word in _HARMS and k == i - 1:  # a15: "(sexual abuse at 11)", "onset at 9"
            return word
        if word in _LOSS and any(w in lexicon.PERSON_CUES for w in between):
            return f"{word} a relation"
        if word in _BEGIN and any(_begun(w) for w in between):
            return f"{word} ..."
        if word in _MOVE and _to_place(toks, lows, k, i):
            return f"{word} to a place"
        if word in _SCHOOLING and k > 0 and lows[k - 1] in ("to", "into", "in", "at"):
            daily = lows[k - 1] == "at" or _daily(lows, k - 1)  # "gets to school at 8": an hour
            return None if daily else f"sent to {word}"
    return None


# Harms and life events named by a noun right before "at" (a15): "sexual abuse at 11", "onset
# at 9", "groomed at 12"; no working day has them.
_HARMS = frozenset(
    "abuse abused assault assaulted rape raped molested molestation grooming groomed trauma "
    "onset diagnosis adoption menarche bereavement exploitation exploited".split()
)


# A day's journey in the present or a habit: "she gets to school at 8" (p10).
_DAILY = frozenset(
    "get gets go goes walk walks take takes drop drops drive drives arrive arrives leave "
    "leaves cycle cycles head heads run runs bus buses usually normally always often "
    "every never".split()
)


def _daily(lows: list[str], to: int) -> bool:
    """A present-tense journey or a habit word in the three words before "to" at `to`."""
    return any(word in _DAILY for word in lows[max(0, to - 3) : to])


def _begun(word: str) -> bool:
    """A school or a pastime (a gerund that is no chore) begun."""
    if word in _SCHOOLING:
        return True
    return len(word) > 5 and word.endswith("ing") and word not in _DAY_GERUNDS


def _to_place(toks: list[Tok], lows: list[str], k: int, i: int) -> bool:
    """ "moved to Leeds", "came to the UK", "sent to Ampleforth", "sent away to school"."""
    j = k + 1
    if j < i and lows[j] in ("away", "over", "back"):
        j += 1
    if j >= i or lows[j] not in ("to", "from"):
        return False
    j += 1
    if j < i and lows[j] == "the":
        j += 1
    if j >= i:
        return False
    word = toks[j].text
    return word[:1].isupper() or lows[j] in _SCHOOLING
