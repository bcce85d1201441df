"""People in lists beside people found, and people before their pronouns (round 8, p9).

- an item of a comma or semicolon list, or the last item after "and"/"&", next to an item
  the other rules found as a person: "jen, mo, siobhan, me", "(Angel, 14; Jomar, 11)",
  "Ruan (S6) and Jaco (S3)", "Zed in Dundee, Maks in Gdynia". An English word ("Angel",
  "mo") needs more than one neighbour: a person found on both sides, or the same aside
  after it as after its neighbour (an age, a bracket, "in" a place); a word no dictionary
  holds needs one found neighbour. Written like the neighbour (capitalised or lower case),
  one word (a hyphen allowed), never a relation, role, month, weekday, medicine or other
  word `never_a_name` refuses ("Sarah, Mum, Tuesday", "Tom, sertraline 50mg"). In a
  list of ages ("Hunter (6) and Paisley (3)") or one its last bracket calls names ("Moose,
  Wren, Juniper (trail names)"), a capitalised word needs no neighbour found;
- the word before a set of pronouns, in brackets or after a comma: "Femi (counsellor,
  he/him)", "Sky (they/them)", "River (36, he/him)", "Ash, she/her" (not "Client (she/her)",
  "pt (they/them)": a role or an English word in lower case).

One pass over each line's tokens; a few read around each pronoun pair: linear.
"""

from __future__ import annotations

import itertools

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import PEOPLES, is_kin, never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, line_firsts, lowered, starts, vocabulary

_SEPARATORS = frozenset([",", ";"])
_LAST_LINKS = frozenset(["and", "&", "+"])
_STOPS = frozenset([".", "!", "?"])
_LABEL_MARKS = frozenset([":", "-", "\u2013", "\u2014", "="])
_PLACE_LINKS = frozenset(["in", "at", "from"])
_SUBJECTS = frozenset(["he", "she", "they", "ze", "xe", "ey", "fae"])
_OBJECTS = frozenset(["him", "her", "them", "hers", "his", "theirs", "they", "she", "he", "zir"])
_NOT_LISTED = frozenset(
    "me him her them us you it all both others other everyone staff team family pt client "
    "patient pts clients group self none nil nobody etc".split()
)
_NOT_PEOPLE = lexicon.CREDENTIALS | frozenset(["esq", "jr", "sr", "snr", "jnr", "ii", "iii"])
_DEMONYMS = ("an", "ese", "ish", "i")
_GROUPS = frozenset(
    "kids children sons daughters grandkids grandchildren siblings sibs twins".split()
)
_NAMES_WORDS = frozenset("names nicknames pseudonyms aliases handles codenames".split())
_THINGS = frozenset(
    "brand brands drug drugs medication place places street streets town towns group groups "
    "team teams product products trade file files code company business band bands song songs "
    "game games app apps model models".split()
)
_REASON_LIST = "context: an item of a list beside a person found"
_REASON_PRONOUNS = "context: a name before a set of pronouns"
_MAX_BACK = 8


def find_listed(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """Items of lists beside people found, and names before pronoun sets (see the module)."""
    spans = _pronoun_people(text, toks, covered) if "/" in vocabulary(toks) else []
    heads = starts(toks)
    found: set[int] = set()
    for span in chosen:
        k = heads.get(span.start, -1) if span.category in ("person", "name") else -1
        while 0 <= k < len(toks) and toks[k].start < span.end:
            found.add(k)  # every word of a person found ("Stacey, Bryn": both)
            k += 1
    if not found and vocabulary(toks).isdisjoint(_NAMES_WORDS):
        return spans
    lows = lowered(toks)
    firsts = [*line_firsts(text, toks), len(toks)]
    for a, b in itertools.pairwise(firsts):
        if b - a > 3 and any(w in _SEPARATORS or w in _LAST_LINKS for w in lows[a:b]):
            spans += _line_items(text, toks, lows, (a, b), found)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _items(toks: list[Tok], lows: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """The items of one line, split at commas, semicolons and a last "and" (an age alone,
    "Angel, 14;", stays with the item before it)."""
    items: list[tuple[int, int]] = []
    start = a
    for k in range(a, b + 1):
        if k < b and not (toks[k].text in _SEPARATORS or lows[k] in _LAST_LINKS):
            continue
        end = k - (k > start + 1 and toks[k - 1].text in _STOPS)  # "... and Jaco (S3)."
        if items and end - start == 1 and toks[start].text.isdigit() and len(toks[start].text) < 3:
            items[-1] = (items[-1][0], end)  # "Angel, 14": the age is the item's aside
        elif end > start:
            items.append((start, end))
        start = k + 1
    if items:  # "Two boys - Ruan (S6), ...", "Crew: Dazza, ...": the first item after a label
        a, b = items[0]
        marks = [
            m
            for m in range(a, b - 1)
            if toks[m].text in _LABEL_MARKS and toks[m].end < toks[m + 1].start
        ]
        a = marks[-1] + 1 if marks else a
        a += b - a > 2 and (lows[a] in lexicon.PERSON_CUES or lows[a] in _GROUPS)  # "Kids Hunter"
        items[0] = (a, b)
    return items


def _shape(toks: list[Tok], lows: list[str], item: tuple[int, int]) -> str:
    """What follows an item's head word: "" (nothing), "(", "age", "in", or "x" (more words)."""
    a, b = item
    if b - a == 1:
        return ""
    nxt = toks[a + 1].text
    close = next((k for k in range(a + 2, min(b, a + 8)) if toks[k].text == ")"), -1)
    if nxt == "(" and close > 0:  # what follows the bracket is the sentence going on
        aged = close == a + 3 and toks[a + 2].text.isdigit() and len(toks[a + 2].text) < 3
        return "age" if aged else "("
    if b - a < 3:
        return "x"
    if nxt in _SEPARATORS and toks[a + 2].text.isdigit():
        return "age"
    if lows[a + 1] in _PLACE_LINKS and b - a <= 4 and toks[a + 2].text[:1].isupper():
        return "in"
    return "x"


def _line_items(
    text: str, toks: list[Tok], lows: list[str], line: tuple[int, int], found: set[int]
) -> list[Span]:
    items = _items(toks, lows, *line)
    shapes = [_shape(toks, lows, item) for item in items]
    spans = []
    aged = shapes.count("age") >= 2  # "Hunter (6) and Paisley (3)", "Angel, 14; Jomar, 11"
    called = len(items) >= 2 and _names_aside(toks, lows, items[-1])  # "(trail names)"
    for n, (a, _) in enumerate(items):
        by_age = (aged and shapes[n] == "age") or (called and shapes[n] in ("", "("))
        by_age = by_age and _named(toks[a].text, called=called)
        if shapes[n] == "x" or a in found or not _candidate(text, toks, lows, a, aged=by_age):
            continue
        if by_age:
            spans.append(_listed(toks, a))
            continue
        sides = [m for m in (n - 1, n + 1) if 0 <= m < len(items) and _found(items[m], found)]
        alike = [m for m in sides if _alike(toks[a].text, toks[_head(items[m], found)].text)]
        if not alike:
            continue
        parallel = any(shapes[m] == shapes[n] != "" for m in alike) or _all_found(items, n, found)
        english = lows[a] in lexicon.common_words() or toks[a].text in lexicon.places()
        if len(alike) == 2 or parallel or not english:
            spans.append(_listed(toks, a))
    return spans


def _names_aside(toks: list[Tok], lows: list[str], item: tuple[int, int]) -> bool:
    """The list's last item closes on a bracket saying its items are names: "Moose, Wren,
    Juniper (trail names)", "Bear, Scout (nicknames)"."""
    a, b = item
    if b - a < 3 or toks[a + 1].text != "(":
        return False
    inside = lows[a + 2 : min(b, a + 6)]
    things = any(word in _THINGS for word in inside)  # "(brand names)", "(place names)"
    return not things and any(word in _NAMES_WORDS for word in inside)


def _named(word: str, *, called: bool = False) -> bool:
    """Beside an age in a list of ages: a word no dictionary holds, or a name; in a list of
    names by its aside, any capitalised word."""
    if word.isupper() or not (word[:1].isupper() or word.islower()):
        return False
    if called:
        return word[:1].isupper()
    english = word.lower() in lexicon.common_words() or word in lexicon.places()
    return not english or word in lexicon.first_names() or word in lexicon.surnames()


def _listed(toks: list[Tok], a: int) -> Span:
    return Span(toks[a].start, toks[a].end, "person", "context", _REASON_LIST, fold(toks[a].text))


def _all_found(items: list[tuple[int, int]], n: int, found: set[int]) -> bool:
    """Two other items or more, every one a person found ("Stacey, Bryn, Olamide and Tuck")."""
    others = [item for m, item in enumerate(items) if m != n]
    return len(others) >= 2 and all(_found(item, found) for item in others)


def _found(item: tuple[int, int], found: set[int]) -> bool:
    """The item's first or second word starts a person found ("Jonno", "Big Al")."""
    return item[0] in found or (item[1] - item[0] > 1 and item[0] + 1 in found)


def _head(item: tuple[int, int], found: set[int]) -> int:
    return item[0] if item[0] in found else item[0] + 1


def _alike(word: str, other: str) -> bool:
    """Both capitalised (not in capitals) or both in lower case."""
    if word.islower() or other.islower():
        return word.islower() and other.islower()
    return word[:1].isupper() and not word.isupper() and not other.isupper()


def _candidate(text: str, toks: list[Tok], lows: list[str], k: int, *, aged: bool) -> bool:
    """A word that could be a name: letters (a hyphen inside allowed), not a function word,
    a relation, a role, nor anything `never_a_name` refuses."""
    word = toks[k].text
    if len(word) < 2 or not word.replace("-", "").isalpha() or lows[k] in _NOT_LISTED:
        return False
    if lows[k] in lexicon.PERSON_CUES or word in lexicon.NOT_NAMES or is_kin(word):
        return False
    if lows[k] in _NOT_PEOPLE or word.title() in PEOPLES or (_place(word) and not aged):
        return False  # "Lachie (34), Australian", "Clarendon, Jamaica", "Okonjo, Esq."
    return not never_a_name(text, toks, k)


def _place(word: str) -> bool:
    """A place, a country, or a people's name by its ending ("Chilean", "Congolese") that is
    no given name."""
    if word in lexicon.places() or word in lexicon.countries():
        return True
    capital = word[:1].isupper()
    return capital and word.endswith(_DEMONYMS) and word not in lexicon.census_first_names()


def _pronoun_people(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """ "Femi (counsellor, he/him)", "Sky (they/them)", "Ash, she/her"."""
    lows = lowered(toks)
    spans = []
    for k in range(1, len(toks) - 1):
        if toks[k].text != "/" or lows[k - 1] not in _SUBJECTS or lows[k + 1] not in _OBJECTS:
            continue
        name = _before_set(text, toks, lows, k - 1)
        if name >= 0 and covered.find(1, toks[name].start, toks[name].end) == -1:
            span = Span(toks[name].start, toks[name].end, "person", "context", _REASON_PRONOUNS,
                        fold(toks[name].text))  # fmt: skip
            spans.append(span)
    return spans


def _before_set(text: str, toks: list[Tok], lows: list[str], k: int) -> int:
    """The name's token before the pronoun set starting at k, or -1: the word before the
    bracket the set closes, or before the comma just before the set."""
    j = k - 1
    if j >= 0 and toks[j].text == ",":
        back = j - 1
        while back > 0 and j - back < _MAX_BACK and toks[back].text not in "()":
            if "\n" in text[toks[back - 1].end : toks[back].start]:
                break
            back -= 1
        j = back if back >= 0 and toks[back].text == "(" else j
    if j < 1 or toks[j].text not in "(," or "\n" in text[toks[j - 1].end : toks[k].start]:
        return -1
    name = j - 1
    word = toks[name].text
    if not word.replace("-", "").isalpha() or word.isupper() or lows[name] in _NOT_LISTED:
        return -1
    if word.islower() and lows[name] in lexicon.common_words():
        return -1
    if lows[name] in lexicon.PERSON_CUES or word in lexicon.NOT_NAMES:
        return -1
    return -1 if never_a_name(text, toks, name) else name
