"""More names a person goes by, in quotes (layer "context", p6).

- another quoted name joined to a person found: 'calls her "Khan" or "Ambs"', '("Aco" -
  pronounced "Atso")', '(steve? "stevo")', 'Lee / "Scrappy"' (a joining word or mark:
  "or", "/", "aka", "pronounced", "now", "then", a dash, a comma, a question mark);
- a quoted name after a word for a person with no name: 'an older guy, "T-Dub,"',
  'a lad "Stretch" from the estate' (capitalised, one to three words).

Near misses stay: a quoted phrase ('or "whatever"' after a person is one lower-case
word that is English: left), a quoted word after a thing ('the app, "Calm"'), more
than three words in the quotes.

One look a few tokens after each person found and each person word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, vocabulary
from notes_vault.deid.tokens import ends as token_ends

_PEOPLE = frozenset(["person", "name"])
_QUOTES = frozenset(['"', "\u201c", "\u201d"])
_JOINS = frozenset(
    ["or", "/", "aka", "pronounced", "now", "then", "also", "-", "\u2014", "\u2013", ",", "?"]
)
_PERSON_WORDS = frozenset(
    "guy man woman boy girl lad bloke fella fellow male female lady dude geezer".split()
)
_MAX_WORDS = 3
# Words for a parent or grandparent in many languages, used as a form of address.
_KIN = frozenset(
    "appa amma baba mama papa abba abbu ammi ammu dada dadi nana nani nanna mum mom dad "
    "mummy daddy ma pa maa bapu ayah ibu umma ummi oma opa mamá papá tata mamo babcia "
    "dziadek nonna nonno abuela abuelo lola lolo tita tito".split()
)


def find_more_aliases(
    text: str, toks: list[Tok], chosen: list[Span], covered: bytearray
) -> list[Span]:
    """Quoted names the module lists, over no covered character."""
    if '"' not in text and "\u201c" not in text:
        return []
    last_of = token_ends(toks)
    lows = lowered(toks)
    common = lexicon.common_words()
    spans: list[Span] = []
    quotes = {k for k, low in enumerate(lows) if low in _QUOTES}
    for span in chosen:
        last = last_of.get(span.end) if span.category in _PEOPLE else None
        if last is not None and not quotes.isdisjoint(range(last + 1, last + 5)):
            spans += _joined(toks, lows, last + 1, covered, common)
    if not vocabulary(toks).isdisjoint(_PERSON_WORDS):
        for i, low in enumerate(lows):
            if low in _PERSON_WORDS:
                k = i + 1 + (i + 1 < len(toks) and lows[i + 1] == ",")
                word = lows[k + 1] if k + 1 < len(toks) else ""
                hyphened = k + 2 < len(toks) and lows[k + 2] == "-"  # "T-Dub"
                if word not in common or hyphened:  # not 'a man, "About Time"'
                    spans += _quoted(toks, k, covered, "a name in quotes after a word for a person")
    return spans


def _joined(
    toks: list[Tok], lows: list[str], k: int, covered: bytearray, common: frozenset[str]
) -> list[Span]:
    quoted = k < len(toks) and lows[k] in _QUOTES
    k += quoted  # the person was quoted: '"Khan" or "Ambs"'
    joins: list[str] = []
    while k < len(toks) and lows[k] in _JOINS and len(joins) < 2:
        joins.append(lows[k])
        k += 1
    if not joins:
        return []
    found = _quoted(toks, k, covered, "another quoted name joined to a person's")
    if not found:
        return []
    close = k + 1
    while toks[close].start < found[0].end:
        close += 1  # at most three words and their joins: bounded
    words = [t.text for t in toks[k + 1 : close] if t.text.isalpha()]
    if len(words) == 1 and (words[0].lower() in _KIN or words[0].lower() in lexicon.PERSON_CUES):
        return []  # 'her father (Mr Kandiah, "Appa")': what the family calls him
    if not all(w[:1].isupper() for w in words) and (len(words) > 1 or words[0].lower() in common):
        return []  # 'or "whatever"', '- "i cant"'
    said = all(j in (",", "-", "\u2014", "\u2013", "?") for j in joins)
    bracket = close + 1 < len(toks) and toks[close + 1].text == ")"
    if said and not quoted and not bracket:
        return []  # 'Sarah, "I Quit" she said': speech after a name, not a name
    return found


def _quoted(toks: list[Tok], k: int, covered: bytearray, reason: str) -> list[Span]:
    """A name of one to three words between quotes opening at token k."""
    if k + 2 >= len(toks) or toks[k].text not in _QUOTES or not toks[k + 1].text[:1].isalpha():
        return []
    first = last = k + 1
    words = 1
    while last + 1 < len(toks) and toks[last + 1].text not in _QUOTES:
        nxt = toks[last + 1]
        if nxt.text == "," and last + 2 < len(toks) and toks[last + 2].text in _QUOTES:
            break  # '"T-Dub,"'
        glued = nxt.start == toks[last].end
        if not (nxt.text.isalnum() or (nxt.text in "-'." and glued)):
            return []
        words += not glued
        if words > _MAX_WORDS:
            return []
        last += 1
    if last + 1 >= len(toks):
        return []
    if covered.find(1, toks[first].start, toks[last].end) != -1:
        return []
    key = fold(" ".join(t.text for t in toks[first : last + 1]))
    start, end = toks[first].start, toks[last].end
    return [Span(start, end, "person", "context", f"context: {reason}", key)]
