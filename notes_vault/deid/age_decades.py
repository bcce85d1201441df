"""An age given as a decade: "in her forties", "late 30s", "mid-twenties", "(F, 40s", "(~50s)".

Moved out of ages.py (a7), which had reached the 400-line limit; the rules are unchanged but
for two a7 additions: a decade after a capital sex or a capitalised name and a comma
("(F, 40s, bereavement)", "(Miss Pearline, 70s)"), and after "~" ("JOHN DOE (~50s)").
One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, is_capitalised, lowered


def _age(start: int, end: int, value: int, cue: str) -> Span:
    return Span(start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


_DECADES = frozenset(
    "teens twenties thirties forties fifties sixties seventies eighties nineties".split()
)
_ADULTS = frozenset("man woman male female guy lady gentleman bloke men women".split())
_DECADE_CUES = frozenset(["her", "his", "their", "my", "mid", "late", "early", "in", "your"])


def find_decades(toks: list[Tok]) -> list[Span]:
    """An age given as a decade: "in her forties", "late 30s", "mid-twenties"."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i, tok in enumerate(toks[1:], start=1):
        word = lows[i]
        tens = word[:-1] if word.endswith("s") and word[:-1].isdecimal() else ""
        if not (word in _DECADES or (tens and len(tens) == 2 and tens.endswith("0"))):
            continue
        k = i - 2 if toks[i - 1].text in ("-", "~") and i > 1 else i - 1
        bracketed = toks[k].text == "(" and k > 0 and _owner(toks[k - 1].text)
        someone = (i + 1 < len(toks) and lows[i + 1] in _ADULTS) or (
            lows[k] == "," and k > 0 and lows[k - 1] in _ADULTS  # "30s man", "woman, 70s"
        )
        someone = someone or (lows[k] == "," and k > 0 and toks[k - 1].text in ("F", "M"))
        someone = someone or (lows[k] == "," and _named_before(toks, k) and _closes(lows, i))
        if lows[k] in _DECADE_CUES or bracketed or (someone and tens):  # "RM (50s, lecturer)"
            value = int(tens) if tens else 10 * (_DECADE_WORDS.index(word) + 1)
            cue = (
                "a decade beside 'man', 'woman'" if someone else f"a decade after '{toks[k].text}'"
            )
            spans.append(_age(tok.start, tok.end, value, cue))
    return spans


_DECADE_WORDS = (
    "teens twenties thirties forties fifties sixties seventies eighties nineties".split()
)


def _named_before(toks: list[Tok], k: int) -> bool:
    """A capitalised name before the comma at k ("Miss Pearline, 70s)")."""
    word = toks[k - 1].text if k > 0 else ""
    if not is_capitalised(word) or word.lower() in _MONTHS:
        return False
    return word in lexicon.first_names() or word.lower() not in lexicon.common_words()


def _closes(lows: list[str], i: int) -> bool:
    return i + 1 < len(lows) and lows[i + 1] in (")", ",", ";")


_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _owner(word: str) -> bool:
    """A capitalised word or a given name in lower case ("leroy (70s)") before a bracket."""
    return word[:1].isupper() or (word.isalpha() and word.title() in lexicon.first_names())
