"""Nicknames in quotes, known by what is said around them (layer "context", p7).

- before the full name in brackets: '"Chewy" (Chuy Villarreal)', '"Bex" (Rebecca Lowe)';
- before a bracket about a name: '"Big D" (client\'s preferred name)';
- before "who" or a person's noun set off: '"Moth," who goes by', '"Ailidh" - a girl from
  Gaelic class', '"J", a man he met online';
- right after a relation or role: 'sponsor "dutch"', '(owner "Kaz")', 'her friend "Bee"',
  'his team leader, "Macca"', or a name: 'by his brother\'s name ("Vinod")', 'her name, "Chayo."'.

The quoted word must be one word (a hyphen allowed) that is capitalised, or a lower-case
word no dictionary holds; quoted speech ('"sorry", a man said'? no: "said" is no person's
noun), English words in lower case ('her friend "said" no') and relations ('"Mum", who')
are left. Quotes are found with `str.find`; each reads a few tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, starts

_OPEN = ('"', "\u201c")
_CLOSE = frozenset(['"', "\u201d"])
_SETS = frozenset([",", "-", "\u2013", "\u2014"])
_NOUNS = lexicon.PERSON_CUES | frozenset(
    "girl boy man woman lad lass guy bloke kid teenager older younger owner".split()
)
_ARTICLES = frozenset(["a", "an", "the", "his", "her", "their", "my"])
_ROLES = lexicon.PERSON_CUES | frozenset(["owner", "sponsor", "manager", "boss", "leader"])
# p9: who shares a cell, a bunk, a crew or a team ('cellie "Chata"', 'bunkmate "Nene"').
_MATES = frozenset(
    "cellie celly cellmate bunkmate bunkie crewman crewmate teammate shipmate workmate "
    "squadmate bandmate playmate classmate housemate flatmate roommate homie cuz bestie "
    "buddy pal".split()
)
_NAMED = frozenset(["name", "nickname", "alias"])
# Roles set off by a comma before a quoted name ('his team leader, "Macca"'); no family word
# ('her grandmother, "Teta"': the word for the relation in her language).
_SET_ROLES = frozenset(
    "leader manager boss owner sponsor coach teacher worker officer supervisor colleague "
    "friend mate neighbour neighbor".split()
)


def find_nicknames(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Quoted nicknames (see the module), over no covered character."""
    first_of = starts(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    for mark in _OPEN:
        at = text.find(mark)
        while at != -1:
            k = first_of.get(at)
            if k is not None and k + 2 < len(toks):
                spans += _quoted(text, toks, lows, k)
            at = text.find(mark, at + 1)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _quoted(text: str, toks: list[Tok], lows: list[str], k: int) -> list[Span]:
    last = k + 1
    if last + 2 < len(toks) and toks[last + 1].text == "-" and toks[last + 2].text.isalpha():
        last += 2  # "K-Dog", "T-Bone"
    two = (
        last + 2 < len(toks) and toks[last + 1].text[:1].isupper() and toks[last + 1].text.isalpha()
    )
    if two and toks[last + 2].text in _CLOSE:
        last += 1  # '"Big D"', '"Auntie Bee"'
    close = last + 1
    if close + 1 < len(toks) and toks[close].text in (",", ".") and toks[close + 1].text in _CLOSE:
        close += 1  # '"Moth," who'
    if close >= len(toks) or toks[close].text not in _CLOSE:
        return []
    if not _name_like(text, toks, k + 1, last):
        return []
    reason = _cue(toks, lows, k, close)
    if not reason:
        return []
    return [
        Span(
            toks[k + 1].start,
            toks[last].end,
            "person",
            "context",
            f"context: a quoted nickname {reason}",
            fold(" ".join(t.text for t in toks[k + 1 : last + 1] if t.text != "-")),
        )
    ]


def _name_like(text: str, toks: list[Tok], first: int, last: int) -> bool:
    word = toks[first].text
    if not word.isalpha() or word.lower() in _NOUNS or word in lexicon.NOT_NAMES:
        return False
    if never_a_name(text, toks, first):
        return False
    if word[:1].isupper():
        return True
    return last == first and word.lower() not in lexicon.common_words()


def _cue(toks: list[Tok], lows: list[str], k: int, close: int) -> str:  # noqa: PLR0911 - one early exit per cue reads best
    """Why the quoted word at k + 1 .. close - 1 is a person, or ""."""
    after = lows[close + 1] if close + 1 < len(toks) else ""
    if after == "(" and close + 3 < len(toks):
        given, surname = toks[close + 2].text, toks[close + 3].text
        if given[:1].isupper() and surname[:1].isupper() and given.isalpha():
            return "before a full name in brackets"
    if after == "(" and "name" in lows[close + 2 : close + 7]:
        return "before a bracket about a name"  # '"Big D" (client's preferred name'
    if after == "who" or (toks[close - 1].text == "," and lows[close + 1 : close + 2] == ["who"]):
        return "before 'who'"
    j = close + 1 if after in _SETS else close
    if toks[close - 1].text == "," or after in _SETS:
        j += 1
        if j + 1 < len(toks) and lows[j] in _ARTICLES and lows[j + 1] in _NOUNS:
            return f"before '{toks[j].text} {toks[j + 1].text}'"
    before = lows[k - 1] if k > 0 else ""
    bare = close == k + 2 or toks[k + 1].text[:1].isupper()  # not 'mother "nervios,"'
    if (before in _ROLES or before in _MATES) and bare:
        return f"after '{toks[k - 1].text}'"
    back = k - 1 - (before in ("(", ","))  # 'his brother's name ("Vinod")', 'leader, "Macca"'
    named = back >= 0 and lows[back] in _NAMED
    roled = back >= 0 and (lows[back] in _SET_ROLES or lows[back] in _MATES)
    if (named or (roled and before == ",")) and bare:
        return f"after '{toks[back].text}'"
    return ""
