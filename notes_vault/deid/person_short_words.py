"""A short form of a given name that is also an English word, capitalised inside a sentence
(round 11, u11, layer "context"): "Mo" (Maureen, Mohammed, Morris).

"mo" is in the English lists ("half a mo", "3 mo" for months), so the gazetteer rules leave
"Verbal de-escalation by Mo (HCA)", "watched the football with Mo in the lounge", "Mo from
pharmacy has asked me to cover". Capitalised inside a sentence, with no number beside it,
the word is the name. This runs after the other person rules, so that a quoted nickname
keeps its whole span ('"Big Mo" (his preferred name)').

Not "RTC 3 mo", "x 4 mo" (lower case), "Next session Mo 17.07." (a German weekday before a
date), "MO" (a medical officer, in capitals), "Mo." opening a sentence is left too.

One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_WORDS = frozenset(["Mo"])
_ENDS = frozenset([".", "!", "?", ":"])
_REASON = "context: a short given name that is also a word, capitalised inside a sentence"


def find_short_words(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """'Mo' capitalised inside a sentence, over no covered character (see the module)."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text not in _WORDS or i == 0 or covered.find(1, tok.start, tok.end) != -1:
            continue
        before = toks[i - 1]
        if before.text in _ENDS or "\n" in text[before.end : tok.start]:
            continue  # opens a sentence or a line
        if before.text[:1].isdecimal() or (i + 1 < len(toks) and toks[i + 1].text[:1].isdecimal()):
            continue  # "3 Mo", "Mo 17.07."
        spans.append(Span(tok.start, tok.end, "person", "context", _REASON, tok.text.lower()))
    return spans
