"""Organisations written in capitals that are also English words, and names before a
workplace noun (layer "context", issue 13 round 5).

- An English word in capitals after a preposition of place in mixed-case text is an
  organisation's acronym, not a word: "diagnosed at CHOP", "transferred to GOSH",
  "a caseworker from BRR", "at ACCESS Hamtramck", and (round 15, o15) after a verb of
  reaching or giving a service ("agreed to call HOMES", "case manager called CODA", "gave
  SOBS leaflet", "provided FORCE resources"). Only after "at", "from", "via", "into",
  "through", "call", "called", "contacted", "gave", "provided", "ring", "rang", and after
  "to" when a verb of going or sending comes before it
  ("referred to RISE", "then to GOSH"; not "wants to STOP"); not a relation ("from
  SIS"), not before a name ("report to GAL Lomeli": a role), not in a line of
  capitals, not a known abbreviation.
- A capitalised word before a noun only a workplace has ("the Chrysler plant", "her
  Tesco shift", "the Asda car park", "his Celtic scarf", "the Ford plant"): an
  employer, shop or team. Not an English word unless it is a surname too (brands are
  often a founder's name), not a time of day ("the Night shift"), weekday, month,
  nationality, note heading or sentence opener.

Token lookups around each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.numbers import US_STATES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, sentence_start, vocabulary

_PLACE_CUES = frozenset(["at", "from", "via", "into", "through"]) | frozenset(
    "call called calling contacted contact gave provided ring rang".split()  # o15
)
# Before "to": going, sending or taking someone somewhere ("transferred to CHOP").
_GOING = frozenset(
    "referred refer referral transferred transfer taken took went go goes going gone admitted "
    "moved sent send signposted rushed then back brought driven flown returned".split()
)
# Emphasis, not a name: "at LEAST", "from HOME"; o15: "call BACK", "gave THEM".
_EMPHASIS = frozenset(
    "home work school church least last first once all night times most best worst none "
    "scratch length ease risk baseline nights time rest peace noon midnight weekend weekends "
    "dawn lunch dinner breakfast back again later today tomorrow tonight everyone everything "
    "nothing anyone anything someone them their this that what your yours mine here there "
    "when then both each every".split()
)
# Nouns only a workplace, shop or team has: "the Chrysler plant", "the Asda car park".
_WORK_NOUNS = frozenset(
    "plant factory warehouse depot supplier branch store stores superstore shift shifts "
    "uniform checkout canteen scarf shirt kit stadium".split()
)
# Capitalised words for when a shift is or which branch, which are also surnames.
_TIMES = frozenset(
    "day night late early weekend morning evening afternoon double main central local new "
    "old".split()
)
# A team's things: the word before them may be English ("his Rangers scarf").
_TEAM_NOUNS = frozenset(["scarf", "shirt", "kit", "stadium"])
_TWO_WORD_NOUNS = frozenset([("car", "park"), ("parking", "lot"), ("head", "office")])


def find_org_caps(text: str, toks: list[Tok]) -> list[Span]:
    """Acronyms that are English words after a place cue, and names before a workplace noun."""
    vocab = vocabulary(toks)
    cued = not vocab.isdisjoint(_PLACE_CUES) or "to" in vocab
    worked = not vocab.isdisjoint(_WORK_NOUNS) or "car" in vocab or "parking" in vocab
    if not (cued or worked):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    cues = _PLACE_CUES | {"to"} if cued else frozenset()
    nouns = _WORK_NOUNS | {"car", "parking", "head"} if worked else frozenset()
    wanted = cues | nouns
    for i in [k for k, low in enumerate(lows) if low in wanted]:
        if lows[i] in cues and i + 1 < len(toks) and toks[i + 1].text.isupper():
            if _acronym_word(text, toks, lows, i + 1):
                spans.append(
                    _span(toks, i + 1, f"an English word in capitals after '{toks[i].text}'")
                )
        elif (
            lows[i] in nouns
            and (w := _owner(toks, i))
            and _before_work_noun(text, toks, lows, w, i)
        ):
            spans.append(_span(toks, w, f"a name before the workplace noun '{lows[i]}'"))
    return spans


def _span(toks: list[Tok], i: int, why: str) -> Span:
    reason = f"context: {why}"
    return Span(toks[i].start, toks[i].end, "organisation", "context", reason, fold(toks[i].text))


def _acronym_word(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:  # noqa: PLR0911 - one early exit per rule reads best
    """An English word in capitals after a place cue, in mixed-case text (see the module)."""
    word, low = toks[i].text, lows[i]
    if not (4 <= len(word) <= 6 and word.isalpha()) or low not in lexicon.common_words():
        return False
    if word in lexicon.ABBREVIATIONS or word in lexicon.NOT_NAMES or word in US_STATES:
        return False
    if low in _EMPHASIS or low in lexicon.PERSON_CUES or not near(text, toks[i - 1], toks[i]):
        return False
    cue = lows[i - 1]
    if not toks[i - 1].text.islower():
        return False  # "AT HOME" in a line of capitals; "To" opening a sentence
    if cue == "to":
        if i < 2 or lows[i - 2] not in _GOING:
            return False
    elif cue not in _PLACE_CUES:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].isalpha() and nxt.text.isupper() and len(nxt.text) > 1:
        return False  # "at LONG LAST": shouting
    if nxt is not None and nxt.text in ("-", "/") and nxt.start == toks[i].end:
        return False  # "at RISK-taking", "from SAFE/unsafe"
    return not (nxt is not None and is_capitalised(nxt.text) and nxt.text in lexicon.surnames())


def _owner(toks: list[Tok], n: int) -> int:
    """The capitalised word just before the noun at n, or before its "'s" ("Tesco's
    warehouse"); 0 when there is none (a word at 0 opens the text: no owner)."""
    k = n - 1
    owned = k >= 2 and toks[k].text == "s" and toks[k - 1].text in "'\u2019"
    if owned and toks[k - 1].start == toks[k - 2].end and toks[k].start == toks[k - 1].end:
        k -= 2
    return k if k > 0 and is_capitalised(toks[k].text) else 0


def _before_work_noun(text: str, toks: list[Tok], lows: list[str], i: int, n: int) -> bool:
    """A capitalised word at i, not opening a sentence, before (or owning, with "'s") the
    lower-case workplace noun at n."""
    if not near(text, toks[n - 1], toks[n]):
        return False
    noun = lows[n]
    two = n + 1 < len(toks) and (noun, lows[n + 1]) in _TWO_WORD_NOUNS
    if noun not in _WORK_NOUNS and not two:
        return False
    word = toks[i].text
    if word in lexicon.NOT_NAMES or sentence_start(text, toks, i) or not toks[n].text.islower():
        return False
    if word.endswith(("ish", "ese", "ian", "day", "days")) or word in lexicon.countries():
        return False  # "the Polish shop", "the Sunday shift"
    english = lows[i] in lexicon.common_words() and noun not in _TEAM_NOUNS
    if lows[i] in _TIMES or (english and word not in lexicon.surnames()):
        return False  # "the Night shift", "the Main store"; not "the Ford plant"
    return word not in lexicon.first_names() or word in lexicon.surnames()
