"""Children and siblings listed by name and age after a word for them (layer "context", p6).

Shorthand notes list a household with no capitals: "2 kids - kaden (12), lexi-mae (8)",
"three kids: brooklyn (14), mason (11), ava (6)", "sibs - Tia 9, Jax 7". After a plural
word for children or siblings and a list mark (a dash, a colon or an opening bracket),
each item is a name (one word, or words joined by hyphens or apostrophes) and its age,
bare or in brackets; items are parted by commas, semicolons, "and" or "&". The names are
people and the numbers their ages, in any case.

Near misses stay: a count or a word that is no name ("kids - about 12", "kids - both 9"),
a dose or measure after the number ("kids: Calpol 5 ml"), a list with no word for
children before it ("sertraline (50), quetiapine (25)"), a number over 25 for a child.

One look at the few tokens after each cue word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_KIN = frozenset(
    "kids children boys girls sons daughters siblings sibs brothers sisters twins grandkids "
    "grandchildren teenagers teens stepkids stepchildren dc".split()
)
_MARKS = frozenset(["-", ":", "(", "\u2014", "\u2013", "="])
_PARTS = frozenset([",", ";", "and", "&", "+"])
_JOINS = frozenset(["-", "'", "\u2019"])
_NOT_NAMES = frozenset(
    "about aged age ages approx roughly both all the and are were is now under over from x "
    "nearly almost around each were ex also only just".split()
)
_UNITS = frozenset(
    "mg ml mcg g kg mins minutes hours hrs days weeks months years yrs % / x pts points".split()
)
_MAX_CHILD = 25
_REASON_AGE = "pattern: an age (a child's, in a list after 'kids')"


def find_kin_lists(toks: list[Tok], covered: bytearray) -> list[Span]:
    """Names and ages listed after a word for children (see the module)."""
    if vocabulary(toks).isdisjoint(_KIN):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for i, low in enumerate(lows):
        if low in _KIN and i + 3 < len(toks) and lows[i + 1] in _MARKS:
            spans += _items(toks, lows, i + 2, covered)
    return spans


def _items(toks: list[Tok], lows: list[str], k: int, covered: bytearray) -> list[Span]:
    found: list[tuple[int, int, int]] = []  # (first, last) name tokens, age token
    while k < len(toks) and len(found) < 12:
        item = _item(toks, lows, k)
        if item is None:
            break
        found.append(item[:3])
        k = item[3]
        if k < len(toks) and lows[k] in _PARTS:
            k += 1
            continue
        if k < len(toks) and lows[k] in _UNITS:
            return []  # "Calpol 5 ml"
        break
    spans: list[Span] = []
    for first, last, age in found:
        spans += _names(toks, first, last, covered)
        if _free(covered, toks[age]):
            value = toks[age].text
            spans.append(
                Span(toks[age].start, toks[age].end, "age", "pattern", _REASON_AGE, f"age:{value}")
            )
    return spans


def _names(toks: list[Tok], first: int, last: int, covered: bytearray) -> list[Span]:
    """The name as one person, or its free parts when a part was found already."""
    if covered.find(1, toks[first].start, toks[last].end) == -1:
        parts = [(first, last)]
    else:  # "harley" found by a gazetteer, "-rae" left: take the rest
        parts = [(k, k) for k in range(first, last + 1, 2) if _free(covered, toks[k])]
    reason = "context: a name in a list of children and ages"
    spans = []
    for a, b in parts:
        key = fold(" ".join(t.text for t in toks[a : b + 1]))
        spans.append(Span(toks[a].start, toks[b].end, "person", "context", reason, key))
    return spans


def _free(covered: bytearray, tok: Tok) -> bool:
    return covered.find(1, tok.start, tok.end) == -1


def _item(toks: list[Tok], lows: list[str], k: int) -> tuple[int, int, int, int] | None:
    """(first, last, age, next) of "kaden (12)", "lexi-mae 8", "Tia 9"; None if not one."""
    if not toks[k].text.isalpha() or lows[k] in _NOT_NAMES or lows[k] in lexicon.PERSON_CUES:
        return None
    last = k
    while (
        last + 2 < len(toks)
        and lows[last + 1] in _JOINS
        and toks[last + 1].start == toks[last].end
        and toks[last + 2].start == toks[last + 1].end
        and toks[last + 2].text.isalpha()
    ):
        last += 2  # "lexi-mae", "o'neill"
    n = last + 1
    bracket = n < len(toks) and lows[n] == "("
    n += bracket
    if n >= len(toks) or not lows[n].isdecimal() or not 0 < int(lows[n]) <= _MAX_CHILD:
        return None
    if bracket and (n + 1 >= len(toks) or lows[n + 1] != ")"):
        return None
    return k, last, n, n + 1 + bracket
