"""Ages of other people in dictated text, numbers spelt out (layer "pattern", a7).

Speech-to-text writes punctuation as words ("period", "comma", "open paren"), so a
person's age loses the marks the other finders read: "daughter kaylee fourteen and son tj
nine period", "brother bart kingsley open paren seventy one close paren". In a note with
such words, a number in words (2 to 110; not "one") is an age when it follows a person's
name (a given name that is no English word, a relation, or a word after one: "son tj") and
ends a clause ("period", "comma", "full stop", "and", "close paren"), or when it stands
alone between "open paren" and "close paren" after a name.

Near misses: "sessions six period", "take two comma", "for nine years period" (a number
after an ordinary word or before a unit), "fluoxetine twenty comma" and "LSAS seventy two
comma" (a drug or a scale is no given name), a note with no dictated punctuation.

One pass over the tokens with set lookups: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.ages import _number as _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_SPOKEN = frozenset(["period", "comma", "paren", "stop", "colon", "semicolon"])
_ENDS = frozenset(["period", "comma", "and", "full", "close", "semicolon"])
_REASON = "pattern: an age (a number in words after a name, in dictated text)"
_MAX_AGE = 110


def find_dictated_ages(toks: list[Tok]) -> list[Span]:
    """Ages after a name in dictated text (see the module)."""
    vocab = vocabulary(toks)
    if len(vocab & _SPOKEN) < 1 or not (vocab & {"period", "comma", "paren"}):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i in range(1, len(toks) - 1):
        if lows[i][:1].isdecimal() or lows[i] == "one":
            continue
        number = _value(toks, i)
        if number is None or not 2 <= number[0] <= _MAX_AGE:
            continue
        value, used = number
        end = i + used
        after = lows[end] if end < len(toks) else "period"
        if after not in _ENDS or (after == "full" and lows[end + 1 : end + 2] != ["stop"]):
            continue
        k = i - 1
        if lows[k] == "paren" and k > 0 and lows[k - 1] == "open":
            k -= 2  # "kingsley open paren seventy one close paren"
            if after != "close":
                continue
        if k >= 0 and _named(toks, lows, k):
            spans.append(
                Span(toks[i].start, toks[end - 1].end, "age", "pattern", _REASON, f"age:{value}")
            )
    return spans


def _named(toks: list[Tok], lows: list[str], k: int) -> bool:
    """The word at k is a person's name: a given name, a word no dictionary holds, or any
    word right after a relation ("son tj")."""
    word = lows[k]
    if not word.isalpha() or word in _SPOKEN or word in _ENDS:
        return False
    if word in lexicon.PERSON_CUES or (k > 0 and lows[k - 1] in lexicon.PERSON_CUES):
        return True
    if toks[k].text.isupper():
        return False  # "LSAS seventy two comma": a scale's name
    return word.title() in lexicon.first_names() and word not in lexicon.common_words()
