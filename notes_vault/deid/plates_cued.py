"""Vehicle registrations and boats named a few words after their cue (a8).

- A plate word a little after "reg", "plate", "registration" or "tag" on the same line: a
  capitalised word of letters and digits ('gave the reg she remembered, "YK70 something"',
  "licence plate started with LD19"), or a group of capitals then a group of digits ("Ohio
  tag HJK 4421"), with the group that follows it when that is capitals or digits too
  ("reg was YK70 ABC"). Words with no digit ("registered with Dr Patel", "tag GP") and
  lower-case words are no plate.
- A fishing boat's port letters and number, or a boat's name in quotes, a few words after
  "boat", "trawler", "vessel", "skipper", "ship", "yacht", "ferry" ("skipper of the PD 418
  'Ocean Harvest'", 'the trawler "Fair Morn"'). A quote that is not a name (lower case,
  more than four words) is left.

One pass over the tokens, at most eight tokens after each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_PLATE_CUES = frozenset("plate plates reg registration tag tags numberplate vrm vrn".split())
_VESSELS = frozenset(
    "boat boats trawler trawlers vessel skipper skippered ship yacht ferry fishing crabber "
    "creel dinghy narrowboat barge crew crews crewed".split()
)
_REACH = 8
_QUOTES = frozenset(['"', "\u201c", "\u201d"])
_STOPS = frozenset([".", ";", "\n", "!", "?"])
_MAX_NAME = 4


def _span(start: int, end: int, cue: str) -> Span:
    return Span(start, end, "vehicle", "pattern", f"pattern: a vehicle after '{cue}'", "vehicle")


def find_cued_plates(text: str, toks: list[Tok]) -> list[Span]:
    """Plates and boats a few words after their cue (see the module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_PLATE_CUES) and vocab.isdisjoint(_VESSELS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low in _PLATE_CUES:
            spans += _plate_after(text, toks, i)
        elif low in _VESSELS:
            spans += _boat_after(text, toks, lows, i)
    return spans


def _same_line(text: str, toks: list[Tok], i: int) -> int:
    """The last token index within reach of token i on its line (exclusive bound)."""
    k = i + 1
    while k < len(toks) and k <= i + _REACH and "\n" not in text[toks[k - 1].end : toks[k].start]:
        if toks[k].text in _STOPS:
            break
        k += 1
    return k


def _plate_word(word: str) -> bool:
    has_digit = any(c.isdigit() for c in word)
    has_letter = any(c.isalpha() for c in word)
    return 3 <= len(word) <= 8 and word.isalnum() and has_digit and has_letter and word.isupper()


def _group(word: str) -> bool:
    """A plate's second group: capitals or digits, one to four ("ABC", "4421")."""
    return 0 < len(word) <= 4 and word.isalnum() and (word.isdecimal() or word.isupper())


def _plate_after(text: str, toks: list[Tok], i: int) -> list[Span]:
    for j in range(i + 1, _same_line(text, toks, i)):
        word = toks[j].text
        letters = word.isalpha() and word.isupper() and 2 <= len(word) <= 3
        pair = letters and j + 1 < len(toks) and toks[j + 1].text.isdecimal()
        pair = pair and word not in lexicon.ABBREVIATIONS  # "tag said GP 12"
        if not (_plate_word(word) or pair):
            continue
        end = j
        if j + 1 < len(toks) and toks[j + 1].start == toks[j].end + 1 and _group(toks[j + 1].text):
            end = j + 1
        return [_span(toks[j].start, toks[end].end, toks[i].text)]
    return []


def _boat_after(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    spans: list[Span] = []
    bound = _same_line(text, toks, i)
    for j in range(i + 1, bound):
        word = toks[j].text
        if word in _QUOTES and j + 1 < bound:
            name = _quoted_name(toks, j)
            if name is not None:
                spans.append(_span(toks[j + 1].start, toks[name].end, toks[i].text))
            break
        port = word.isalpha() and word.isupper() and len(word) <= 3
        if port and j + 1 < bound and lows[j + 1].isdecimal() and len(lows[j + 1]) <= 4:
            spans.append(_span(toks[j].start, toks[j + 1].end, toks[i].text))
    return spans


def _quoted_name(toks: list[Tok], j: int) -> int | None:
    """The last token of a capitalised name of one to four words in quotes opened at j."""
    k = j + 1
    while k < len(toks) and k - j <= _MAX_NAME + 2 and toks[k].text not in _QUOTES:
        k += 1
    if k >= len(toks) or toks[k].text not in _QUOTES or k == j + 1:
        return None
    words = [t.text for t in toks[j + 1 : k] if t.text.isalnum()]
    if (
        not words
        or len(words) > _MAX_NAME
        or not all(w[:1].isupper() or w.isdecimal() for w in words)
    ):
        return None
    return k - 1
