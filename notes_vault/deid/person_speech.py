"""People named in quoted speech, before a role in brackets and in spelling asides (p7).

- a name opening a quotation before a person's verb or a contraction: '"Sully carried him
  out"', '"Mo kept the house"', '"Mo\'d kill me"', '"bill\'s been sober"' (not '"God knows"',
  '"Mum said"', '"Nobody cares"', '"It\'d help"', '"Tuesday was bad"');
- a capitalised name before a group role in brackets: "Priti (lead)", "Tam
  (co-facilitator)", "Kerry (scribe)" (not "CBT (lead)", "Group (closed)", "Ward (lead)");
- a surname in brackets after a nickname, and the nickname: "Gunny (Robles, OIF)",
  "T-Boy (Thibodeaux)" (the nickname no English word: "School (Callanan)" keeps "School");
- the spelling given in an aside after a person: "dr. hollings worth (sp? hollingsworth)",
  "Mrs Kowalsky (sp Kowalski)" (not "(sp? quetiapine)": a medicine names no one).

Opening quotes and brackets are found with `str.find`; each rule reads a few tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_lower import DOES
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, starts

_OPEN = ('"', "\u201c")
_APOSTROPHES = frozenset(["'", "\u2019"])
_CONTRACTED = frozenset(["d", "ll"])
_GROUP_ROLES = frozenset(
    "lead chair co-lead colead facilitator co-facilitator cofacilitator cofac co-fac scribe "
    "observer trainee student minutes host co-host peer mentor volunteer".split()
)
# Verbs only a person does (not "kept", "wants", "says": "Work kept me late", "Life goes on").
_ONLY_PEOPLE = frozenset(
    "said told asked cried laughed shouted replied phoned rang texted messaged carried drove "
    "hugged visited died married promised admitted denied agreed refused".split()
)
# Words that open speech as a subject and name no one.
_NOT_SUBJECTS = frozenset(
    "it that this there here who what which everyone everybody nobody anybody anyone someone "
    "somebody something nothing everything anything all none each both either neither one "
    "life work money time love school home people family nobody's they we you he she i "
    "things stuff".split()
)
# Words that make a bracket a person's role: "Rukhsana (business support)".
_BRACKET_ROLES = frozenset(
    "support admin administrator manager worker officer nurse coordinator secretary "
    "receptionist clerk assistant practitioner therapist counsellor counselor member intern "
    "volunteer desk staff helper".split()
)
_AGED = "a name before an age in brackets"
_SPELT = frozenset(["sp", "sic", "spelt", "spelled", "spelling"])


def find_spoken(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """People the module's rules find, over no covered character (see the module)."""
    first_of = starts(toks)
    lows = lowered(toks)
    people = [(s.start, s.end) for s in chosen if s.category == "person"]
    spans: list[Span] = []
    for mark in (*_OPEN, "("):
        at = text.find(mark)
        while at != -1:
            k = first_of.get(at)
            if k is not None and k + 2 < len(toks):
                if mark == "(":
                    spans += _bracketed(text, toks, lows, k, people)
                elif at == 0 or text[at - 1] in " \t\n(:":  # an opening quote
                    spans += _opening(text, toks, lows, k + 1)
            at = text.find(mark, at + 1)
    return [s for s in spans if covered.find(1, s.start, s.end) == -1]


def _opening(text: str, toks: list[Tok], lows: list[str], i: int) -> list[Span]:
    """'"Sully carried', '"Mo\'d kill', '"bill\'s been': a name opening speech."""
    word = toks[i].text
    if not word.isalpha() or len(word) < 2 or never_a_name(text, toks, i):
        return []
    nxt = lows[i + 1]
    glued = nxt in _APOSTROPHES and toks[i + 1].start == toks[i].end and i + 2 < len(toks)
    contracted = glued and (
        lows[i + 2] in _CONTRACTED or (lows[i + 2] == "s" and _been(lows, i + 3))
    )
    if not (nxt in DOES or contracted):
        return []
    english = lows[i] in lexicon.common_words()
    if word.islower():
        named = word.title() in lexicon.census_first_names()
        return [_person(toks, i, i, "a given name opening a quotation")] if named else []
    if word in lexicon.NOT_NAMES or word.lower() in lexicon.PERSON_CUES:
        return []
    word_only = english and word not in lexicon.first_names()  # "Sully", "Mo": words too
    if word_only and (lows[i] in _NOT_SUBJECTS or not (contracted or nxt in _ONLY_PEOPLE)):
        return []  # '"Nobody cares"', '"It\'d help"', '"Work kept me late"'
    return [_person(toks, i, i, "a name opening a quotation before a person's verb")]


def _before_bracket(lows: list[str], toks: list[Tok], k: int) -> str:
    """Why the word before the bracket at k is a person by what the bracket holds, or ""."""
    close = k + 4 if lows[k + 1] == "co" and toks[k + 2].text == "-" else k + 2
    role = " ".join(lows[k + 1 : close]).replace(" - ", "-")
    if role in _GROUP_ROLES and close < len(toks) and toks[close].text == ")":
        return f"a name before '({toks[k + 1].text})'"
    age = toks[k + 1].text
    if age.isdigit() and len(age) <= 2 and toks[k + 2].text in (",", ")", ";"):
        return _AGED
    inside = lows[k + 1 : k + 4]
    if any(word in _BRACKET_ROLES for word in inside) and ")" in lows[k + 1 : k + 5]:
        return "a name before a role in brackets"
    return ""


def _name_before(text: str, toks: list[Tok], lows: list[str], k: int, *, strict: bool) -> bool:
    """A capitalised word before the bracket that is no English word (a given name may be,
    unless `strict`)."""
    if k == 0:
        return False
    word = toks[k - 1].text
    if not (word[:1].isupper() and word.isalpha() and not word.isupper() and len(word) > 1):
        return False
    english = lows[k - 1] in lexicon.common_words()
    if not strict:
        english = english and word not in lexicon.first_names()
    if english or word in lexicon.NOT_NAMES or (strict and word in lexicon.places()):
        return False
    return not never_a_name(text, toks, k - 1)


def _surname_inside(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """ "Gunny (Robles, OIF)", "T-Boy (Thibodeaux)": a surname no dictionary holds, alone or
    first in the bracket, after a capitalised word."""
    word = toks[k + 1].text
    if toks[k + 2].text not in (",", ")") or k == 0 or not toks[k - 1].text[:1].isupper():
        return False
    if (
        not word.istitle()
        or word not in lexicon.surnames()
        or lows[k + 1] in lexicon.common_words()
    ):
        return False
    if word in lexicon.places() or word in lexicon.countries():
        return False  # "Cork (Ireland)": a country identifies no one
    return not never_a_name(text, toks, k + 1)


def _nickname_before(text: str, toks: list[Tok], k: int) -> bool:
    """No English word ("School (Callanan)", "Parent (Erik)"), unless a given name."""
    word = toks[k - 1].text
    if not word.isalpha() or word.isupper() or word in lexicon.NOT_NAMES:
        return False
    if word.lower() in lexicon.common_words() and word not in lexicon.first_names():
        return False
    return word.lower() not in lexicon.PERSON_CUES and not never_a_name(text, toks, k - 1)


def _been(lows: list[str], k: int) -> bool:
    return k < len(lows) and lows[k] in ("been", "gone", "got")


def _bracketed(
    text: str, toks: list[Tok], lows: list[str], k: int, people: list[tuple[int, int]]
) -> list[Span]:
    """ "Priti (lead)", "Yossi (15, at ...", "Rukhsana (business support)" and "hollings
    worth (sp? hollingsworth)"."""
    reason = _before_bracket(lows, toks, k)
    strict = reason == _AGED  # "Ward (12)": an English word before an age is no name
    if reason and _name_before(text, toks, lows, k, strict=strict):
        return [_person(toks, k - 1, k - 1, reason)]
    if _surname_inside(text, toks, lows, k):
        found = [_person(toks, k + 1, k + 1, "a surname in brackets after a nickname")]
        if _nickname_before(text, toks, k):
            first = (
                k - 3 if k > 2 and toks[k - 2].text == "-" and toks[k - 3].text.isalpha() else k - 1
            )
            found.append(_person(toks, first, k - 1, "a nickname before a surname in brackets"))
        return found
    if lows[k + 1] not in _SPELT:
        return []
    j = k + 2 + (toks[k + 2].text in ("?", ".", ":"))
    if j >= len(toks) or not toks[j].text.isalpha() or never_a_name(text, toks, j):
        return []
    near = [toks[n].start for n in range(max(0, k - 2), k)]  # "hollings worth (sp? ..."
    if not any(s <= at < e for at in near for s, e in people):
        return []
    return [_person(toks, j, j, "the spelling of a person's name given in an aside")]


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1]))
    return Span(toks[first].start, toks[last].end, "person", "context", f"context: {reason}", key)
