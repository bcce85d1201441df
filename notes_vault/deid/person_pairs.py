"""Given names that are English words, read by what is around them (round 7, p8).

"Fern", "Dawn", "Jade", "Jordan", "Hope" are given names and English words; the context
layer keeps such a word unless a title, a relation or a speech verb is beside it. Two
more places say it is a person:

- its possessive before a lower-case word: "Fern's dilemma", "Dawn's candle", "Daisy's
  idea" (a month, a weekday, a season, a feast, a relation or a saint's church is no one:
  "May's rota", "Sunday's group", "Winter's when", "Son's number", "Nana's", "St Mark's"),
  nor an eponym ("Bell's palsy", "Clare's law");
- joined by "and", "or", "&" or "/" to a person already found: "ask Kerry or Jordan",
  "Tom and Hope came", "Jade / Priya";
- before "from" and where the person is from: "Sue from Hoarding UK", "Mo from pharmacy"
  (not "from now on", "from the start");
- opening a bracket after a role or a service's letters, before a comma: "nurse (Sue,
  Blackpool Vic)", "IDVA (Tom, Ledger service)".

A word at the start of a sentence before its possessive counts too ("Dawn's candle went
round"), as a possessive is no verb ("Will you", "Hope to see"). One pass over the tokens,
a few read around each candidate: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon, person_words
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, starts

_LINKS = frozenset(["and", "or", "&", "/"])
_APOSTROPHES = frozenset(["'", "\u2019"])
_SAINTS = frozenset(["st", "saint", "ste", "san", "santa", "sao", "são"])
_NOT_OWNERS = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas Jesus "
    "Christ Winter Summer Spring Autumn Fall".split()
)
# After an eponym's "'s": "Bell's palsy", "Clare's Law", "Maslow's hierarchy".
_EPONYM_HEADS = frozenset(
    "disease diseases syndrome palsy chorea lymphoma dementia disorder phenomenon sign triad "
    "law hierarchy triangle criteria equation formula cycle model test scale".split()
)
_REASON_OWNS = "context: a given name before its possessive 's"
_REASON_PAIR = "context: a given name joined to a person by 'and' or 'or'"
_REASON_FROM = "context: a given name before 'from' and where the person is from"
_REASON_ROLE = "context: a given name opening a bracket after a role"
_ROLES = frozenset(
    "nurse worker officer manager lead coordinator therapist counsellor counselor teacher "
    "doctor keyworker advocate mentor coach tutor chaplain midwife visitor caseworker carer "
    "interpreter receptionist supervisor".split()
)
# After "from", words that make "Will from now on", "Hope from the start" no one's name.
_NOT_FROM = frozenset(
    "now then here there today tomorrow yesterday time start beginning outset off scratch "
    "day week month year".split()
)


def find_pairs(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """Given names that are English words, by a possessive or a person beside (see the module)."""
    firsts = lexicon.census_first_names()
    people: tuple[set[int], set[int]] | None = None  # made only when a candidate needs it
    spans: list[Span] = []
    for i in [k for k, tok in enumerate(toks) if tok.text in firsts]:
        tok = toks[i]
        word = tok.text
        if covered.find(1, tok.start, tok.end) != -1 or word in _NOT_OWNERS:
            continue
        if not word.istitle() or word.lower() in lexicon.PERSON_CUES or person_words.is_kin(word):
            continue  # "Son's number", "Nana's in Fulwood": a relation, not a name
        reason = _reason(toks, i)
        if not reason and _linked(toks, i):
            people = people or _people(toks, chosen)
            reason = _REASON_PAIR if _paired(toks, i, people) else ""
        if reason and not person_words.never_a_name(text, toks, i):
            spans.append(Span(tok.start, tok.end, "person", "context", reason, fold(word)))
    return spans


def _reason(toks: list[Tok], i: int) -> str:
    if _owns(toks, i):
        return _REASON_OWNS
    if _from(toks, i):
        return _REASON_FROM
    return _REASON_ROLE if _role_bracket(toks, i) else ""


def _linked(toks: list[Tok], i: int) -> bool:
    before = toks[i - 1].text.lower() if i else ""
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    return before in _LINKS or after in _LINKS


def _from(toks: list[Tok], i: int) -> bool:
    """ "Sue from Hoarding UK", "Mo from pharmacy": a name, "from" and where they are from."""
    if i + 2 >= len(toks) or toks[i + 1].text != "from":
        return False
    j = i + 2 + (toks[i + 2].text.lower() in ("the", "a") and i + 3 < len(toks))
    after = toks[j].text
    return after.isalpha() and after.lower() not in _NOT_FROM


def _role_bracket(toks: list[Tok], i: int) -> bool:
    """ "nurse (Sue, Blackpool Vic)", "IDVA (Tom, Ledger service)": a role or a service's
    letters, a bracket, the name and a comma."""
    if i < 2 or i + 1 >= len(toks) or toks[i - 1].text != "(" or toks[i + 1].text != ",":
        return False
    role = toks[i - 2].text
    letters = role.isupper() and role.isalpha() and len(role) > 1
    return letters or role.lower() in lexicon.PERSON_CUES or role.lower() in _ROLES


def _people(toks: list[Tok], chosen: list[Span]) -> tuple[set[int], set[int]]:
    """The first and last token of every person found so far."""
    begins = starts(toks)
    ends = {tok.end: k for k, tok in enumerate(toks)}
    first = {
        begins[s.start] for s in chosen if s.category in ("person", "name") and s.start in begins
    }
    last = {ends[s.end] for s in chosen if s.category in ("person", "name") and s.end in ends}
    return first, last


def _owns(toks: list[Tok], i: int) -> bool:
    """ "Fern's dilemma": glued 's and a lower-case word; not "St Mark's"."""
    if i + 3 >= len(toks) or toks[i + 1].text not in _APOSTROPHES or toks[i + 2].text != "s":
        return False
    if toks[i + 1].start != toks[i].end or toks[i + 2].start != toks[i + 1].end:
        return False
    before = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    after = toks[i + 3].text
    eponym = after.lower() in _EPONYM_HEADS
    return before not in _SAINTS and after.isalpha() and after.islower() and not eponym


def _paired(toks: list[Tok], i: int, people: tuple[set[int], set[int]]) -> bool:
    """ "Kerry or Jordan", "Hope and Tom": a link and a person on either side."""
    first, last = people
    left = i >= 2 and toks[i - 1].text.lower() in _LINKS and (i - 2) in last
    right = i + 2 < len(toks) and toks[i + 1].text.lower() in _LINKS and (i + 2) in first
    return left or right
