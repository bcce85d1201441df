"""A lower-case name of a park, a valley, a wood or a tunnel (round 15, r15, layer "context",
read by `place_runs.find_place_runs`).

A phone-typed or dictated note writes a local place in lower case: "walks the dog round
holmebrook valley", "sat at the reservoir above sunnyhurst woods", "panic on the mersey
tunnel", "gardener at brockwell park". When the word before the head is no English word,
no abbreviation, no medicine and no person's word, the two words name a place. An English
word before the head ("the car park", "green park", "a theme park") is left: most are
generic, and the writers label few of them.

Not "resus bay", "risperidone bridge", "ward park" (the heads are places of the land and
the word before must be unknown). One pass over the tokens with set lookups: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import MEDICINES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_HEADS = frozenset(
    "park valley vale woods wood tunnel heath moor moors marsh gardens reservoir country "
    "dale forest".split()
)
_REASON = "context: a lower-case unknown word before 'park', 'valley', 'woods' ('brockwell park')"
_MIN_LENGTH = 4


def find_lower_heads(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Lower-case unknown words before a place's head noun (see the module)."""
    common = lexicon.common_words()
    spans: list[Span] = []
    for i in range(1, len(toks)):
        head = toks[i].text
        if head not in _HEADS:
            continue  # one set lookup per token
        word = toks[i - 1]
        if not _unknown(word.text, common) or text[word.end : toks[i].start] != " ":
            continue
        if i > 1 and toks[i - 2].end == word.start and toks[i - 2].text in "'\u2019-":
            continue  # "client's", "the well-kept wood"
        if covered.find(1, word.start, toks[i].end) != -1:
            continue
        key = fold(f"{word.text} {head}")
        spans.append(Span(word.start, toks[i].end, "place", "context", _REASON, key))
    return spans


def _unknown(word: str, common: frozenset[str]) -> bool:
    """A lower-case word of letters that no word list of the engine holds."""
    if not (word.isalpha() and word.islower() and len(word) >= _MIN_LENGTH):
        return False
    titled = word.title()
    return not (
        word in common
        or word in lexicon.ABBREVIATIONS
        or titled in MEDICINES
        or word in lexicon.PERSON_CUES
        or titled in lexicon.NOT_NAMES
    )
