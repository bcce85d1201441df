"""Roads, numbered routes, districts and short names of cities (layer "context", issue 13,
round 5, helper o6).

- A British road number after "the" or before a road word ("on the A14", "the M62
  eastbound", "the A4(M)"): A or M and one to four digits; a one-digit A road needs a
  road cue after it or "on/off/up/down/along/via the" before it, so "the A4 paper" and
  "an A1 grade" stay. Round 21 (u21): or a vehicle, a crash or driving a few words before
  it in the sentence ("(car, A534)", "speeding fines (2022, A34)"; not "car park level A2").
- A US route: "Route 66", "Highway 61", "Hwy 17", "Interstate 95", "Expressway 83",
  "Freeway 10", "Turnpike", "I-95", "route four ninety one" (numbers in words, dictated).
  "I" only with a hyphen and two or three digits ("I-95"; not "I 20 mg").
- A mile road: a number in digits or a capitalised word before a capitalised "Mile"
  ("on Eight Mile", "the Y on Seven Mile", "Planet Fitness on 8 Mile"); not after "a" or
  "the" and a count ("a 5 Mile run").
- A district: "the West Side", "the East End", "Upper West Side", "South Side"; "Little"
  before a country, a town or a word in no English list ("Little Italy", "Little
  Havana", "Little Saigon"; not "Little Women", "Little Chef").
- A city's short name or nickname (data in `_CITY_SHORT`): "NYC", "NOLA", "Philly",
  "B'ham", "Brum", "Nottm", "Soton"; the ambiguous "LA", "SF", "KC" only after "in",
  "from", "near", "outside", "around" and before a stop, comma, bracket or end ("moved
  back to LA."; not "in LA care", where LA is a local authority).

Each rule looks only at the tokens next to a cue; the note's token set is checked first.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, near, vocabulary

_UK_ROAD = re.compile(r"[AM][1-9]\d{0,3}")
_ROAD_AFTER = frozenset(
    "road rd motorway northbound southbound eastbound westbound junction jct slip "
    "roundabout services carriageway bypass bridge flyover underpass exit layby".split()
)
# Words for driving or a road before a bracketed road number: "motorway (M606)", "the drive
# over the hills (A483)" (round 16).
_ROAD_BEFORE = frozenset("road motorway drive drives driving drove route way".split())
# A vehicle, a crash or driving a few words before a road number in the sentence (u21).
_DRIVEN = _ROAD_BEFORE | frozenset(
    "roads car cars motorbike motorcycle bike van lorry truck hgv speeding crash rtc rta "
    "collision".split()
)
_LABELLED = frozenset("level floor bay zone ward gate terminal block room grade size row".split())
# Cues before a road number that numbers.py's pattern already reads ("on the A14").
_NUMBERS_CUES = frozenset(
    "the on off of via near onto along down up avoid avoids avoiding avoidance rta rtc "
    "crash collision junction towards".split()
)
_PATTERN_ROADS = frozenset(["Route", "Rte", "Highway", "Hwy", "Interstate"])
_US_ROUTE_WORDS = frozenset(
    "route rte highway hwy interstate expressway freeway turnpike parkway pkwy".split()
)
_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred".split()
)
# Kinds of station, not a station's name: "the Police station", "a Shell station".
_STATION_KINDS = frozenset(
    "police fire bus train coach petrol gas service railway rail tube underground metro "
    "power nurses nurse work weather radio tv space ambulance lifeboat research docking "
    "charging fuel polling shell bp esso texaco exxon chevron mobil".split()
)
_COUNTS = frozenset(["a", "an", "the", "one", "each", "every", "per"])
_COMPASS = frozenset(["West", "East", "North", "South", "Upper", "Lower"])
_SIDES = frozenset(["Side", "End"])
# Short names and nicknames of large cities: unambiguous in a note.
_CITY_SHORT = frozenset(
    "NYC NOLA Philly Brum Bham Nottm Soton Manc Glesga Chitown Frisco Nashvegas".split()
)
# Short names that are also other abbreviations (LA: local authority; SF: a form).
_CITY_AMBIGUOUS = frozenset(["LA", "SF", "KC", "OKC", "ATL", "PHX", "LDN"])
_IN_PLACE = frozenset(["in", "from", "near", "outside", "around", "to"])
_STOPS = frozenset([*".,;)!?\"'", "and", "\u2019", "\u201d"])
_ENDS = frozenset(".;!?")
_CUE_WORDS = frozenset(
    w.lower()
    for w in _US_ROUTE_WORDS
    | _COMPASS
    | {"mile", "little", "b", "station"}
    | _CITY_SHORT
    | _CITY_AMBIGUOUS
)


def find_routes(text: str, toks: list[Tok]) -> list[Span]:
    """Roads, routes, mile roads, districts and city short names (see the module)."""
    vocab = vocabulary(toks)
    lows = lowered(toks)
    roads = [k for k, t in enumerate(toks) if t.text[:1] in "AM" and _UK_ROAD.fullmatch(t.text)]
    spans = [s for k in roads if (s := _uk_road(text, toks, lows, k))]
    if vocab.isdisjoint(_CUE_WORDS):
        return spans
    for i in [k for k, low in enumerate(lows) if low in _CUE_WORDS]:
        low = lows[i]
        if low in _US_ROUTE_WORDS:
            found = _us_route(text, toks, lows, i)
        elif low == "mile":
            found = _mile(text, toks, lows, i)
        elif low == "station":
            found = _station(text, toks, lows, i)
        elif toks[i].text in _COMPASS or toks[i].text == "Little":
            found = _district(text, toks, lows, i)
        else:
            found = _city(toks, lows, i)
        if found:
            spans.append(found)
    return spans


def _span(toks: list[Tok], i: int, j: int, why: str) -> Span:
    key = fold(" ".join(t.text for t in toks[i : j + 1]))
    return Span(toks[i].start, toks[j].end, "place", "context", f"context: {why}", key)


def _uk_road(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """ "A14, the worst road": a road number with a road word in the next five tokens and
    no road cue before it (numbers.py takes "on the A14", "via M6")."""
    if k > 0 and lows[k - 1] in _NUMBERS_CUES:
        return None
    if k > 0 and lows[k - 1] == "(" and not _ROAD_BEFORE.isdisjoint(lows[max(0, k - 6) : k]):
        return _span(toks, k, k, "a road number in brackets after a road word")
    if _driven_before(text, toks, lows, k):
        return _span(toks, k, k, "a road number after a vehicle or driving word")
    for j in range(k + 1, min(k + 6, len(toks))):
        if lows[j] in _ROAD_AFTER:
            return _span(toks, k, k, "a road number before a road word")
        if lows[j] in _ENDS or "\n" in text[toks[j - 1].end : toks[j].start]:
            break
    return None


def _driven_before(text: str, toks: list[Tok], lows: list[str], k: int) -> bool:
    """A vehicle, a crash or a word of driving in the five tokens before, in the same
    sentence and line: "(car, A534)", "speeding fines (2022, A34)", "short drives -> M4"
    (round 21, u21); not "the A4 paper", "ward A11", "HADS A12"."""
    if k > 0 and lows[k - 1] in _LABELLED:
        return False  # "car park level A2"
    for j in range(k - 1, max(-1, k - 6), -1):
        if lows[j] in _ENDS or "\n" in text[toks[j].end : toks[k].start]:
            return False
        if lows[j] in _DRIVEN:
            return True
    return False


def _us_route(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "Expressway 83", "route 9", "route four ninety one" (numbers.py takes "Route 9",
    "Hwy 12", "I-95")."""
    j = i + 1
    if toks[i].text in _PATTERN_ROADS and j < len(toks) and toks[j].text.isdigit():
        return None
    if j >= len(toks) or not near(text, toks[i], toks[j]):
        return None
    if toks[j].text.isdigit() and len(toks[j].text) <= 4:
        end = j + 1 if j + 1 < len(toks) and re.fullmatch(r"[A-Z]", toks[j + 1].text) else j
        end = end if end == j or toks[end].start == toks[j].end else j
        return _span(toks, i, end, f"a number after '{lows[i]}'")
    end = j
    while end < len(toks) and lows[end] in _NUMBER_WORDS and end - j < 4:
        end += 1
    if end == j:
        return None
    return _span(toks, i, end - 1, f"a number in words after '{lows[i]}'")


def _mile(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "on Eight Mile", "8 Mile": a number before a capitalised "Mile"."""
    if toks[i].text != "Mile" or i < 1 or not near(text, toks[i - 1], toks[i]):
        return None
    num = toks[i - 1].text
    if not (num.isdigit() and len(num) <= 2) and not (
        num[:1].isupper() and lows[i - 1] in _NUMBER_WORDS
    ):
        return None
    if i > 1 and lows[i - 2] in _COUNTS:
        return None  # "a 5 Mile run"
    return _span(toks, i - 1, i, "a number before 'Mile' (a mile road)")


def _station(text: str, toks: list[Tok], lows: list[str], n: int) -> Span | None:
    """ "to Five Ways station", "at Moor Street station": capitalised words before a
    lower-case "station" that name no kind of station ("the Police station")."""
    if not toks[n].text.islower():
        return None
    first = n
    while first > 0 and n - first < 3 and near(text, toks[first - 1], toks[first]):
        word = toks[first - 1].text
        if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
            break
        first -= 1
    if first == n or any(lows[k] in _STATION_KINDS for k in range(first, n)):
        return None
    if (
        first == 0
        or toks[first - 1].text in ".!?:\n"
        or "\n" in text[toks[first - 1].end : toks[first].start]
    ):
        return None  # a sentence's or a line's first word
    return _span(toks, first, n - 1, "capitalised words before 'station'")


def _district(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "the West Side", "Upper East Side", "Little Italy"."""
    if i + 1 >= len(toks) or not near(text, toks[i], toks[i + 1]):
        return None
    nxt = toks[i + 1].text
    if toks[i].text == "Little":
        known = nxt in lexicon.countries() or nxt in lexicon.places()
        unknown = nxt[:1].isupper() and nxt.isalpha() and lows[i + 1] not in lexicon.common_words()
        if not (known or unknown) or nxt.isupper() or (nxt in lexicon.first_names() and not known):
            return None
        return _span(toks, i, i + 1, "'Little' before a country or town (a district)")
    if i > 0 and toks[i - 1].text in _COMPASS:
        return None  # the second word of "Upper West Side": found from "Upper"
    j = i + 1
    if nxt in _COMPASS and nxt not in ("Upper", "Lower") and j + 1 < len(toks):
        j += 1
    if toks[j].text not in _SIDES or not near(text, toks[j - 1], toks[j]):
        return None
    return _span(toks, i, j, "a compass word before 'Side' or 'End' (a district)")


def _city(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "NYC", "Philly", "B'ham"; "LA" only after "in" and before a stop."""
    word = toks[i].text
    if word == "B" and i + 2 < len(toks) and toks[i + 1].text in "'\u2019":
        if toks[i + 2].text == "ham" and toks[i + 2].start == toks[i].end + 1:
            return _span(toks, i, i + 2, "a city's short name")
        return None
    if word in _CITY_SHORT:
        return _span(toks, i, i, "a city's short name")
    if word in _CITY_AMBIGUOUS and _ambiguous_city(toks, lows, i):
        return _span(toks, i, i, f"a city's short name after '{lows[i - 1]}'")
    return None


def _ambiguous_city(toks: list[Tok], lows: list[str], i: int) -> bool:
    """ "in LA.", "moved back to SF,": after a place word and before a stop."""
    if i < 1 or lows[i - 1] not in _IN_PLACE:
        return False
    if lows[i - 1] == "to" and not (i > 1 and lows[i - 2] in ("moved", "move", "back", "flew")):
        return False
    return not (i + 1 < len(toks) and lows[i + 1] not in _STOPS)
