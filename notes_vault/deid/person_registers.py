"""People listed after a register's label, and nicknames quoted inside a full name (p7).

- each item of a register line ("Present:", "Absent:", "Attendees:", "Apologies:",
  "Members:", "Participants:", "pts:") that opens with a capitalised word or a lower-case
  given name ("pts: marcus p., destiny, kim"): "Absent: Frank (wife in hospital)",
  "Present: Portillo (mom + Kevin); Nguyen (dad + Lily)", "Absent: Autumn M. (sick)" (an
  English word counts when it is also a given name; "Present: client and Mum", "Absent:
  None", "Apologies: All received", roles and services are left);
- a nickname in quotes between a given name and a surname takes all three: 'Ignacio
  "Nacho" Ruelas', 'MARGARET "PEG" O\'DONOGHUE', 'Benjamin "Benji" Ashkenazi, LCSW' (not
  'the "Best" Western', 'Operation "Lazarus" Team': the first word is no given name).

Labels and quotes are found in the vocabulary or with `str.find`; each item is read once:
linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, starts, vocabulary

_LABELS = frozenset(
    "present absent attendees attending attended apologies members invited attendance "
    "participants pts patients residents".split()
)
_ITEM_STARTS = frozenset([":", ",", ";"])
_OPEN = ('"', "\u201c")
_CLOSE = frozenset(['"', "\u201d"])
_MAX_ITEMS = 30
_REASON_INSIDE = "a nickname quoted inside a name"


def find_registered(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """People the module's rules find, over no covered character (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocabulary(toks).isdisjoint(_LABELS):
        for i in range(len(toks) - 2):
            if lows[i] in _LABELS and toks[i + 1].text == ":":
                spans += _register_line(text, toks, lows, i + 1)
    spans += _quoted_inside(text, toks)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _register_line(text: str, toks: list[Tok], lows: list[str], colon: int) -> list[Span]:
    """The first capitalised word of each item on the label's line."""
    end = text.find("\n", toks[colon].end)
    end = len(text) if end == -1 else end
    spans: list[Span] = []
    depth, items = 0, 0
    for k in range(colon, len(toks) - 1):
        if toks[k].start >= end or items > _MAX_ITEMS:
            break
        mark = toks[k].text
        depth += (mark == "(") - (mark == ")")
        if depth > 0 or mark not in _ITEM_STARTS:
            continue
        items += 1
        if _listed_name(text, toks, lows, k + 1):
            last = k + 3 if _initial_after(toks, k + 1) else k + 1
            spans.append(_person(toks, k + 1, last, "a name listed after a register's label"))
    return spans


def _listed_name(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    word = toks[k].text
    if word.islower() and word.isalpha() and len(word) > 2:  # "pts: marcus p., destiny, kim"
        if word in lexicon.PERSON_CUES or (k + 1 < len(toks) and toks[k + 1].text == "-"):
            return False  # "son-in-law"
        return word.title() in lexicon.census_first_names() and not never_a_name(text, toks, k)
    if not (word[:1].isupper() and word.isalpha() and len(word) > 1) or word[:2].isupper():
        return False  # "DSPs", "NHS": letters, not a name
    if word in lexicon.NOT_NAMES or word in lexicon.NOT_PEOPLE or lows[k] in lexicon.PERSON_CUES:
        return False
    if never_a_name(text, toks, k):
        return False
    english = lows[k] in lexicon.common_words()
    return not english or word in lexicon.first_names()


def _initial_after(toks: list[Tok], k: int) -> bool:
    """ "Autumn M." : one capital and a full stop after the name."""
    if k + 2 >= len(toks):
        return False
    letter, dot = toks[k + 1], toks[k + 2]
    return len(letter.text) == 1 and letter.text.isupper() and dot.text == "."


def _quoted_inside(text: str, toks: list[Tok]) -> list[Span]:
    """'Ignacio "Nacho" Ruelas': a given name, a quoted word, a capitalised surname."""
    first_of = starts(toks)
    first = lexicon.first_names()
    spans: list[Span] = []
    for mark in _OPEN:
        at = text.find(mark)
        while at != -1:
            k = first_of.get(at)
            if k is not None and k > 0 and k + 3 < len(toks) and toks[k + 2].text in _CLOSE:
                given, nick, surname = toks[k - 1].text, toks[k + 1].text, toks[k + 3].text
                named = given.title() in first and given[:1].isupper() and given.isalpha()
                capitals = nick[:1].isupper() and surname[:1].isupper() and surname.isalpha()
                if named and capitals and not never_a_name(text, toks, k + 3):
                    last = _surname_end(toks, k + 3)
                    for first_tok, last_tok in ((k - 1, k - 1), (k + 1, k + 1), (k + 3, last)):
                        spans.append(_person(toks, first_tok, last_tok, _REASON_INSIDE))
            at = text.find(mark, at + 1)
    return spans


def _surname_end(toks: list[Tok], k: int) -> int:
    """ "O'DONOGHUE", "Smith-Jones": the surname's apostrophe or hyphen and its tail."""
    nxt = k + 2
    if nxt < len(toks) and toks[k + 1].text in ("'", "\u2019", "-"):
        joined = toks[k + 1].start == toks[k].end and toks[nxt].start == toks[k + 1].end
        if joined and toks[nxt].text[:1].isupper():
            return nxt
    return k


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ('"', ".")))
    return Span(toks[first].start, toks[last].end, "person", "context", f"context: {reason}", key)
