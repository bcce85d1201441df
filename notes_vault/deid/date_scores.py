"""A score or a count written like a month/day, with no date cue (p10; read by dates.py).

A bare "4/5" is read as a date unless a score word stands right before it (day_cues.py).
Scores are also written so:

- after a questionnaire's name with its item count, within four tokens, out of no more
  than that count: "PC-PTSD-5: 4/5", "GDS-15 (3/15)", "ASRS-6 part A 5/6";
- after an urge on a diary card, within five tokens: "urges to self-harm 3/5 on two
  days", "urges to cut at 4/5", "urge to binge 4/5";
- after a word of doing a task: "did 3/5 BA tasks", "done 5/7", "managed 4/6" (not
  "completed 7/25", "attended 3/4": dates as often);
- after a scored word and a bracket: "delayed recall (1/5)", "memory (12/26)".

Each case is out of its total (the first number no more than the second). Near misses
that stay dates: "court 4/5", "MARAC 10/12", "seen 2/12" (a cue), "GP 3/4" (no item
count), "PHQ-9 review 14/12" (more than the count).

A window of five tokens back: linear.
"""

from __future__ import annotations

from notes_vault.deid.tokens import Tok

_DONE = frozenset(["did", "done", "managed"])  # not "completed 7/25": a date
_URGES = frozenset(["urge", "urges", "urg"])
_SCORED = frozenset(
    "recall memory fluency attention orientation naming registration language recognition "
    "inattentive hyperactive score scored total subscale items".split()
)
_STOPS = frozenset([".", ";", "\n", "!", "?"])


def is_score(toks: list[Tok], i: int, first: int, second: int) -> bool:
    """The month/day shape at token i (first/second) is a score or a count (see the module)."""
    if first > second or i == 0:
        return False
    prev = toks[i - 1].text.lower()
    if prev in _DONE or (prev == "(" and i > 1 and toks[i - 2].text.lower() in _SCORED):
        return True
    for k in range(i - 1, max(-1, i - 6), -1):
        word = toks[k].text.lower()
        if word in _STOPS:
            return False
        if word in _URGES and k + 1 < i and toks[k + 1].text.lower() == "to":
            return True
        if k >= i - 4 and _items(toks, k, second):
            return True
    return False


def _items(toks: list[Tok], k: int, second: int) -> bool:
    """Token k ends a questionnaire's name with its item count, no fewer than `second`."""
    word = toks[k].text
    if not word.isdecimal() or k < 2 or toks[k - 1].text != "-":
        return False
    name = toks[k - 2].text
    return name.isupper() and name.isalpha() and len(name) >= 2 and second <= int(word) <= 100
