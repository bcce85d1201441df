"""Sports clubs and teams (layer "context", issue 13, round 6, helper o7).

- A team after a verb of following it: "supports Hibs", "cheers for the Cardinals",
  "roots for", "follows Rangers home and away", "season ticket at Anfield": one to three
  capitalised words, not a given name alone, a relation or title ("supports Mum",
  "supports Sarah"), an app, a weekday or a month.
- A team before its game when its name is a plural that is also a capitalised word of
  the dictionary ("Corinthians games", "the Saints match"); other names before "game" or
  "fan" are org_forms.py's. Not "Olympic Games", "Hunger Games", "Sundays matches".
  After "the" or a possessive, a capitalised plural before a result or kit word ("the
  Packers lost", "his Blue Jackets hat", "the Pirates season"); not a people or group
  ("the Americans won", "her parents lost").
- A team before "away", "at home", "v", "vs" or "versus" with a sport word on the same
  line ("FOOTBALL ON SAT - CELTIC AWAY AT PITTODRIE", "football: Dundee v Kilmarnock"):
  a capitalised word, in capitals one that is no common English word ("GOING AWAY AT
  CHRISTMAS" stays; "OSPREYS AWAY" is missed),
  and the team after "v"/"vs" too.

Token lookups next to each cue word after a vocabulary test: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, run_end, vocabulary

_FOLLOW = frozenset("supports supported supporting follows followed".split())
_FOR = frozenset(["cheers", "cheered", "cheering", "roots", "rooted", "rooting"])
_TICKET = frozenset(["ticket", "tickets"])
_CUES = _FOLLOW | _FOR | _TICKET
_GAMES = frozenset("game games match matches fixture fixtures".split())
# After a team: its result or its kit ("the Packers lost", "his Blue Jackets hat").
_KIT = frozenset("lost won beat hat shirt jersey scarf poster season".split())
_OWNERS = frozenset("the his her my their our your".split())
_PEOPLES = ("ans", "ese", "ites", "ists", "ics", "ims", "ews")
_NOT_PLURALS = frozenset(
    "parents kids children twins grandparents girls boys lads friends neighbours "
    "neighbors americans christians muslims jews democrats republicans tories".split()
)
_NOT_TEAMS = frozenset(
    "olympic olympics commonwealth hunger highland world xbox nintendo playstation video "
    "board mind squid test final finals cup league premier champions paralympic special "
    "invictus youth".split()
)
_SIDES = frozenset(["away", "v", "vs", "versus", "home"])
_SPORT = frozenset(
    "football footy soccer rugby hockey basketball baseball cricket hurling gaa netball "
    "match game fixture league season stadium kickoff kick supporters fans derby".split()
)
_MAX_RUN = 3


def find_teams(text: str, toks: list[Tok]) -> list[Span]:
    """Teams after a verb of following, before their games, or beside "away"/"v"."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocab.isdisjoint(_CUES):
        for k in [k for k, low in enumerate(lows) if low in _CUES]:
            spans += _followed(text, toks, lows, k)
    if not vocab.isdisjoint(_GAMES | _KIT):
        found = [k for k, low in enumerate(lows) if low in _GAMES or low in _KIT]
        spans += [s for k in found if (s := _plural(toks, k))]
    if not vocab.isdisjoint(_SIDES) and not vocab.isdisjoint(_SPORT):
        for k in [k for k, low in enumerate(lows) if low in _SIDES]:
            spans += _sides(text, toks, lows, k)
    return spans


def _span(toks: list[Tok], i: int, j: int, why: str) -> Span:
    key = fold(" ".join(t.text for t in toks[i : j + 1]))
    return Span(toks[i].start, toks[j].end, "organisation", "context", f"context: {why}", key)


def _team_run(text: str, toks: list[Tok], i: int) -> int | None:
    """The last token of a team's name of one to three capitalised words from i, or None
    when the words are a given name alone, a relation, a title, a weekday or a month."""
    if i >= len(toks) or not is_capitalised(toks[i].text) or toks[i].text in lexicon.NOT_NAMES:
        return None
    if toks[i].text in lexicon.NOT_PEOPLE:
        return None  # "follows Instagram accounts"
    last = run_end(text, toks, i, is_capitalised, _MAX_RUN)
    words = [t.text for t in toks[i : last + 1]]
    if any(w.lower() in WEEKDAYS or w.lower() in MONTHS or w in lexicon.NOT_NAMES for w in words):
        return None
    first = words[0]
    alone = last == i and first in lexicon.first_names() and first not in lexicon.places()
    if alone or first.lower() in lexicon.PERSON_CUES or first.lower() in lexicon.TITLES:
        return None
    return last


def _followed(text: str, toks: list[Tok], lows: list[str], k: int) -> list[Span]:
    """ "supports Hibs", "cheers for the Cardinals", "a fan of the Saints", "season ticket
    at Anfield": the team after the verb (and "for", "of", "at", "the")."""
    j = k + 1
    if lows[k] in _FOR or lows[k] in _TICKET:
        want = {"for"} if lows[k] in _FOR else {"at", "for"}
        if j >= len(toks) or lows[j] not in want:
            return []
        j += 1
    if j < len(toks) and lows[j] == "the":
        j += 1
    last = _team_run(text, toks, j)
    if last is None or not near(text, toks[k], toks[min(k + 1, j)]):
        return []
    return [_span(toks, j, last, f"a team after '{toks[k].text}'")]


def _plural(toks: list[Tok], k: int) -> Span | None:
    """ "Corinthians games": a plural dictionary proper word just before a game word;
    "the Packers lost", "his Blue Jackets hat": after "the" or a possessive, any
    capitalised plural before a team's result or kit."""
    if k < 2:
        return None
    word = toks[k - 1].text
    low = word.lower()
    owner = toks[k - 2].text.lower()
    if toks[k].text.lower() in _KIT and owner not in _OWNERS and toks[k - 2].text[:1].isupper():
        owner = toks[k - 3].text.lower() if k > 2 else ""  # "his Blue Jackets hat"
    if toks[k].text.lower() in _KIT:
        # "the Smiths lost" is a family, and replaced all the same (a surname)
        named = owner in _OWNERS and low not in _NOT_PLURALS
        people = word in lexicon.proper_words() and low.endswith(_PEOPLES)
        named = named and not people  # "the Americans won"; "the Vikings lost" is a team
    else:
        named = word in lexicon.proper_words()
    plural = word.endswith("s") and not word.endswith("ss") and is_capitalised(word)
    if not (plural and named) or low in WEEKDAYS or low[:-1] in WEEKDAYS or low in _NOT_TEAMS:
        return None
    if toks[k - 1].end + 1 != toks[k].start:
        return None
    return _span(toks, k - 1, k - 1, f"a team before '{toks[k].text}'")


def _sides(text: str, toks: list[Tok], lows: list[str], k: int) -> list[Span]:
    """ "CELTIC AWAY", "Arsenal v Spurs": the team before (and after "v") with a sport
    word on the line."""
    if lows[k] == "home" and not (k > 0 and lows[k - 1] == "at"):
        return []
    before = k - 2 if lows[k] == "home" else k - 1
    if before < 0 or not _sport_line(text, toks, lows, k):
        return []
    spans = []
    if _team_word(text, toks[before]) and near(text, toks[before], toks[before + 1]):
        spans.append(_span(toks, before, before, f"a team before '{lows[k]}'"))
    if lows[k] in ("v", "vs", "versus") and k + 1 < len(toks) and _team_word(text, toks[k + 1]):
        spans.append(_span(toks, k + 1, k + 1, f"a team after '{lows[k]}'"))
    return spans


def _team_word(text: str, tok: Tok) -> bool:
    """A capitalised word, or in capitals one that is no common English word; no weekday,
    month or abbreviation."""
    word = text[tok.start : tok.end]  # as written: a line of capitals reaches here title-cased
    low = word.lower()
    if not word[:1].isupper() or not word.isalpha() or len(word) < 3:
        return False
    return (
        (is_capitalised(word) or low not in lexicon.common_words())
        and low not in WEEKDAYS
        and low not in MONTHS
        and word not in lexicon.NOT_NAMES
        and word.upper() not in lexicon.ABBREVIATIONS
    )


def _sport_line(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """A sport word within eight tokens of k, on the same line."""
    for j in range(max(0, k - 8), min(len(toks), k + 9)):
        if lows[j] in _SPORT and "\n" not in text[toks[min(j, k)].end : toks[max(j, k)].start]:
            return True
    return False
