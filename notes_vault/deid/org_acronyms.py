"""An organisation's initials spelled out beside its name (issue 13, round 12, c12).

Notes give a local agency's name once with its letters and then use the letters alone:
"Orange County Asian and Pacific Islander Community Alliance (OCAPICA)", "request LOA
(Local Office on Aging) friendly visitor ... call LOA", "Hmong Family Services Center
(HFSC) ... HFSC staff". The rest of the engine finds the name's last words at best and
never the letters, which no word list holds. When the capitals in brackets are the
initials of the capitalised words beside them (the small words "and", "of", "on", "the",
"for", "&" may give a letter or not), both are one organisation, as are the letters
wherever else the note writes them.

The name must read as an organisation: one of its words is an organisation's head
("Alliance", "Office", "Services", "Center"; lexicon.ORG_SUFFIXES and a few more); a name
another rule reads as an organisation is not enough ("SSA (Service & Support
Administration)" is a worker's role). The letters must be no clinical or everyday abbreviation
and no state ("Intensive Outpatient Program (IOP)", "Cognitive Processing Therapy (CPT)"
stay: "IOP" is shorthand and "Therapy" no head), no English word, 2-8 capitals.

Each bracket is judged on at most 16 tokens before or inside it, and the initials by a
table of (word, letter) pairs of that fixed size; the other mentions by one dictionary
lookup per token: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import shorthand
from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_HEADS = lexicon.ORG_SUFFIXES | frozenset(
    "Office Board Bureau Commission Committee Coalition Collaborative Program Programs "
    "Project Centers Centres Clinics League Union Consortium Initiative Collective Corps "
    "Partnerships Councils Agencies Societies Associations Foundations".split()
)
# Words that may give their letter or not; a hyphen and a possessive "'s" give none.
_SMALL = frozenset("and of on the for & in de at to y la - ' \u2019 s".split())
_REACH = 16
_REASON = "context: an organisation's initials spelled out beside its name ('OCAPICA')"


def find_acronyms(text: str, toks: list[Tok]) -> list[Span]:
    """Names with their initials in brackets, the other way round, and the initials' other
    mentions (see the module docstring)."""
    if "(" not in text:
        return []
    spans: list[Span] = []
    letters: dict[str, str] = {}
    for i, tok in enumerate(toks):
        if tok.text != "(" or i + 2 >= len(toks):
            continue
        if toks[i + 2].text == ")" and _letters(toks[i + 1].text):
            initials, words = toks[i + 1], _before(text, toks, i)
            first = _spelled(toks, words, initials.text)
            words = words[first:] if first is not None else []
        elif i > 0 and _letters(toks[i - 1].text):
            initials, words = toks[i - 1], _inside(toks, i)
            words = words if words and _spelled(toks, words, initials.text) == 0 else []
        else:
            continue
        if words and _organisation(toks, words):
            start, end = toks[words[0]].start, toks[words[-1]].end
            spans += _pair(text, start, end, initials)
            letters[initials.text] = fold(text[start:end])
    return spans + _mentions(toks, letters, {(s.start, s.end) for s in spans})


def _letters(word: str) -> bool:
    """Capitals that may be an organisation's initials: no shorthand, state or word."""
    return (
        2 <= len(word) <= 8
        and word.isalpha()
        and word.isupper()
        and not shorthand(word)
        and word not in US_STATES
        and word.lower() not in lexicon.common_words()
    )


def _before(text: str, toks: list[Tok], i: int) -> list[int]:
    """Indices of the capitalised and small words just before token i on its line."""
    words: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= _REACH and "\n" not in text[toks[k].end : toks[k + 1].start]:
        word = toks[k].text
        if not (word in _SMALL or (word[:1].isupper() and word.isalpha())):
            break
        words.append(k)
        k -= 1
    words.reverse()
    return words


def _inside(toks: list[Tok], i: int) -> list[int]:
    """Indices of the words inside the bracket opened at token i, if it closes soon and
    holds only capitalised and small words."""
    words: list[int] = []
    for k in range(i + 1, min(len(toks), i + _REACH)):
        word = toks[k].text
        if word == ")":
            return words
        if not (word in _SMALL or (word[:1].isupper() and word.isalpha())):
            return []
        words.append(k)
    return []


def _spelled(toks: list[Tok], words: list[int], initials: str) -> int | None:
    """The position in `words` where the shortest run ending at the last word spells
    `initials` (small words may give their letter or not); None if none does. A table of
    which suffixes of `words` spell which suffixes of the initials, filled from the end
    (at most 16 x 9 cells)."""
    n, m = len(words), len(initials)
    ok = [[False] * (m + 1) for _ in range(n + 1)]  # ok[w][a]: words[w:] spell initials[a:]
    ok[n][m] = True
    for w in range(n - 1, -1, -1):
        word = toks[words[w]].text
        small = word in _SMALL
        for a in range(m, -1, -1):
            gives = a < m and word[0].upper() == initials[a] and ok[w + 1][a + 1]
            ok[w][a] = gives or (small and ok[w + 1][a])
    for w in range(n - 1, -1, -1):
        if ok[w][0] and toks[words[w]].text not in _SMALL:
            return w
    return None


def _organisation(toks: list[Tok], words: list[int]) -> bool:
    """A word of the name is an organisation's head."""
    return any(toks[k].text in _HEADS for k in words)


def _pair(text: str, start: int, end: int, initials: Tok) -> list[Span]:
    """The name and its initials, one organisation."""
    key = fold(text[start:end])
    return [
        Span(start, end, "organisation", "context", _REASON, key),
        Span(initials.start, initials.end, "organisation", "context", _REASON, key),
    ]


def _mentions(toks: list[Tok], letters: dict[str, str], done: set[tuple[int, int]]) -> list[Span]:
    """The initials wherever else the note writes them."""
    if not letters:
        return []
    return [
        Span(tok.start, tok.end, "organisation", "context", _REASON, letters[tok.text])
        for tok in toks
        if tok.text in letters and (tok.start, tok.end) not in done
    ]
