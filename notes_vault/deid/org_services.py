"""Interpreting agencies and dating apps named next to what they did (layer "context",
issue 13, round 6, helper o7).

- An interpreting agency: near an interpreter cue ("interpreter", "interpreting",
  "translator", "BSL", within eight tokens either way, same line), the word or
  capitalised run after "via", "through", "from", "by" or "using" after the cue
  ("Farsi interpreter via thebigword", "booked through Signalise", "interpreter from
  Clarion"), or a capitalised run opening a bracket before a comma or a "#"/job number
  ("(DA Languages, interpreter no. 4081)", "(LanguageLine #7710)"). Not a medium
  ("via phone", "by video", "through Zoom", "via iPad"), a person's title or a language
  ("interpreter from Dari").
- A dating app after "met" and "on", "via", "through" or "off" ("met on Hinge", "they
  met through Bumble"): the app ties a partner to a place and time, and writers label
  it; the names are a closed list of the common apps.

Token lookups near each cue word, after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, run_end, vocabulary

_INTERPRETER_CUES = frozenset(
    "interpreter interpreters interpreting interpreted translator translation bsl".split()
)
_FROM_WORDS = frozenset("via through from by using".split())
_MEDIA = frozenset(
    "phone telephone video zoom teams ipad tablet speakerphone facetime skype whatsapp "
    "email text the a an her his their our my family partner friend son daughter "
    "interpreter agency".split()
)
_WINDOW = 8
_MAX_RUN = 3
_APPS = frozenset(
    "hinge tinder bumble grindr okcupid badoo happn feeld raya eharmony muzmatch shaadi "
    "jdate hily tantan bumble boo scruff her".split()
)
_MET = frozenset(["on", "via", "through", "off"])


def find_service_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Interpreting agencies near an interpreter cue, and dating apps after "met on"."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocab.isdisjoint(_INTERPRETER_CUES):
        seen: set[int] = set()
        for k in [k for k, low in enumerate(lows) if low in _INTERPRETER_CUES]:
            for found in _agencies(text, toks, lows, k):
                if found.start not in seen:
                    seen.add(found.start)
                    spans.append(found)
    if "met" in vocab and not vocab.isdisjoint(_APPS):
        spans += [s for k, low in enumerate(lows) if low == "met" if (s := _app(toks, lows, k))]
    return spans


def _span(toks: list[Tok], i: int, j: int, why: str) -> Span:
    key = fold(" ".join(t.text for t in toks[i : j + 1]))
    return Span(toks[i].start, toks[j].end, "organisation", "context", f"context: {why}", key)


def _agencies(text: str, toks: list[Tok], lows: list[str], k: int) -> list[Span]:
    """Agencies named within the window of the interpreter cue at k, on its line."""
    found: list[Span] = []
    low, high = max(0, k - _WINDOW), min(len(toks) - 1, k + _WINDOW)
    for j in range(low, high + 1):
        if "\n" in text[toks[min(j, k)].end : toks[max(j, k)].start]:
            continue
        if lows[j] in _FROM_WORDS and k < j and j + 1 < len(toks):
            last = _agency_run(text, toks, lows, j + 1)
            if last is not None:
                found.append(
                    _span(toks, j + 1, last, f"an agency after '{lows[j]}' by '{lows[k]}'")
                )
        elif toks[j].text == "(" and j + 1 < len(toks) and _capital(toks[j + 1].text):
            last = _bracket_agency(text, toks, lows, j + 1)
            if last is not None:
                found.append(_span(toks, j + 1, last, f"an agency in brackets by '{lows[k]}'"))
    return found


def _agency_run(text: str, toks: list[Tok], lows: list[str], i: int) -> int | None:  # noqa: PLR0911 - one early exit per rule reads best
    """The last token of an agency's name starting at i: one lower-case word in no English
    list ("thebigword"), or one to three capitalised words that are no language, title,
    medium or given name alone; None if there is none."""
    word = toks[i].text
    if lows[i] in _MEDIA or lows[i] in lexicon.TITLES or word in lexicon.NOT_PEOPLE:
        return None
    if word.islower():
        unknown = word.isalpha() and len(word) > 3 and word not in lexicon.common_words()
        return i if unknown else None
    if not _capital(word) or (word in lexicon.proper_words() and not word.isupper()):
        return None  # "from Monday"
    if not word.isupper() and never_a_name(text, toks, i):
        return None  # "via Dari"
    last = run_end(text, toks, i, _capital, _MAX_RUN)
    listed = word in lexicon.proper_words() or word in lexicon.ABBREVIATIONS
    if last == i and word.isupper() and listed:
        return None  # "via NHS"
    if last == i and word in lexicon.first_names() and word not in lexicon.surnames():
        return None  # "interpreter from Amina": a person, the person rules' call
    return last


def _capital(word: str) -> bool:
    return is_capitalised(word) or (word.isupper() and word.isalpha() and len(word) > 1)


def _bracket_agency(text: str, toks: list[Tok], lows: list[str], i: int) -> int | None:
    """ "(DA Languages, interpreter no. 40817)", "(LanguageLine #77104)": one to three
    capitalised words opening a bracket, then a comma, "#" or "job"; None otherwise."""
    last = _agency_run(text, toks, lows, i)
    if last is None or last + 1 >= len(toks):
        return None
    after = toks[last + 1].text
    if last == i and toks[i].text.isupper() and after != "#":
        return None  # "(CODA, interpreter at ...)": a word for someone, not an agency
    if after in (",", "#") or lows[last + 1] in ("job", "ref"):
        return last
    return None


def _app(toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """ "met on Hinge", "met him through Bumble": the app after "met" (and a pronoun)."""
    j = k + 1
    if j < len(toks) and lows[j] in ("him", "her", "them", "online"):
        j += 1
    if j + 1 >= len(toks) or lows[j] not in _MET:
        return None
    app = toks[j + 1]
    if lows[j + 1] not in _APPS or not app.text[:1].isalpha():
        return None
    if lows[j + 1] == "her" and app.text != "HER":
        return None  # the app "HER" only in capitals
    nxt = toks[j + 2].text if j + 2 < len(toks) else ""
    if is_capitalised(nxt) and not nxt.isupper():
        return None  # "met on Hinge Street": a longer name, not the app
    return _span(toks, j + 1, j + 1, f"a dating app after 'met {lows[j]}'")
