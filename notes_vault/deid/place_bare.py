"""Streets named without a street word, and US highways by their number alone (layer
"context", issue 13, round 6, helper o7).

- A street by its name alone, after "on" and a lower-case venue noun or a verb of living:
  "works at the post office on Cascade", "the mosque on 54th", "the deli on 3rd and
  Pine", "she lives on Maple", "grew up on Division", "the pantry on belmont". The
  name is one capitalised word, an ordinal ("48th") or a lower-case word in no English
  list (maybe after a compass letter: "on n grand"), and a clause goes on after it (a
  stop, a comma, a bracket, a line end or a lower-case word: not a second capitalised
  word, so "lives on Universal Credit" stays). Not a weekday, month, holiday, medicine,
  app or platform ("the clinic on Monday", "the bar on Christmas", "the shop on Etsy"),
  nor "Office on Aging" (the venue noun must be lower case). A compass letter and an
  ordinal after "on" are a street with no venue before them ("on NE 23rd", "ON N 1ST";
  not "on n 3rd floor").
- A highway by number: two or three digits after "took", "take", "on", "onto", "off",
  "via" (maybe "the") and before a compass word ("took 95 south", "the 405 north",
  "onto 287 westbound"), or after "the" and before a road word ("the 5 freeway", "the
  101 exit"); "on/onto/off the" and three digits before a stop or "to", "near",
  "at" ("stuck on the 405 near the airport"). Not "took 50 mg", "on the 100 bus".

Token lookups after each "on" and each short number, with the note's vocabulary checked
first: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import Span
from notes_vault.deid.org_names import last_words
from notes_vault.deid.person_words import MEDICINES
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near

_VENUES = frozenset(
    "office shop store pantry lab laboratory shul synagogue church mosque temple gurdwara "
    "chapel bar pub cafe café diner restaurant takeaway clinic shelter pharmacy apartment "
    "apartments flat house place school park gym salon barbershop barber library centre "
    "center bakery deli market laundromat hotel motel garage warehouse factory branch bank "
    "building condo duplex studio bodega daycare nursery dispensary practice surgery "
    "dealership mall plaza hostel home".split()
)
VENUES = _VENUES  # read by org_lower_venues.py
_LIVING = frozenset("lives lived grew stays stayed staying rents rented renting".split())
_HOLIDAYS = frozenset(
    "christmas easter thanksgiving halloween ramadan eid diwali hanukkah passover "
    "new mothers fathers valentine valentines boxing memorial labor labour independence "
    "juneteenth kwanzaa".split()
)
_PLATFORMS = frozenset(
    "etsy ebay amazon vinted depop gumtree craigslist marketplace shopify zoom teams "
    "facetime skype".split()
)
_NOT_STREETS = (
    WEEKDAYS
    | frozenset(MONTHS)
    | _HOLIDAYS
    | _PLATFORMS
    | frozenset(t.lower() for t in lexicon.NOT_PEOPLE)
)
_COMPASS_LETTERS = frozenset("n s e w ne nw se sw".split())
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
_NOT_STREET_AFTER = frozenset("floor flr fl grade time place attempt".split())
_CLAUSE_ENDS = frozenset([*".,;:)!?", "\u2014", "-", "/", "("])

_HIGHWAY_CUES = frozenset(
    "took take takes taking on onto off via drive drives drove driving commute commutes".split()
)
_DIRECTIONS = frozenset(
    "north south east west northbound southbound eastbound westbound nb sb eb wb".split()
)
_ROAD_WORDS = frozenset("freeway fwy interstate exit tollway turnpike expressway".split())
_AFTER_ROUTE = frozenset([".", ",", ";", ")", "to", "near", "at", "past", "through"])


def find_bare_places(text: str, toks: list[Tok]) -> list[Span]:
    """Streets named alone after a venue and "on", and highways by number (see module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low == "on" or (low[:1].isdecimal() and k)]:
        low = lows[k]  # one pass: each "on", and each number
        if low == "on":
            found = _bare_street(text, toks, lows, k)
        elif 2 <= len(low) <= 3 and low.isdecimal():
            found = _highway(toks, lows, k)
        else:
            continue
        if found:
            spans.append(found)
    return spans


def _span(toks: list[Tok], i: int, j: int, category: str, why: str) -> Span:
    key = fold(" ".join(t.text for t in toks[i : j + 1]))
    return Span(toks[i].start, toks[j].end, category, "context", f"context: {why}", key)


def _bare_street(text: str, toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """The street after "on" at k, when a lower-case venue noun or a verb of living is
    just before it ("the deli on Cascade", "lives on Maple"); None otherwise."""
    if k == 0 or k + 1 >= len(toks):
        return None
    before = toks[k - 1].text
    venue = before in _VENUES or before in _LIVING or before in last_words()
    if _compass_ordinal(toks, lows, k + 1):  # "on NE 23rd", "ON N 1ST": a street by shape
        why = "a compass letter and an ordinal after 'on'"
        return _span(toks, k + 1, k + 2, "address", why)
    if not venue or not near(text, toks[k - 1], toks[k]):
        return None
    last = street_after_on(text, toks, lows, k)
    if last < 0:
        return None
    why = f"a street's name alone after '{before} on'"
    return _span(toks, k + 1, last, "address", why)


def street_after_on(text: str, toks: list[Tok], lows: list[str], k: int) -> int:
    """The last token of a street's name alone after "on" at k ("on Cascade", "on n grand",
    "on belmont", then a clause end or a lower-case word), or -1; the venue before "on"
    is the caller's to judge."""
    first = last = k + 1
    if first >= len(toks):
        return -1
    compass = lows[first] in _COMPASS_LETTERS and first + 1 < len(toks)
    if compass and toks[first + 1].text.isalpha() and near(text, toks[first], toks[first + 1]):
        last = first + 1  # "on n grand", "on W Main": a compass letter makes it a street
    name = toks[last]
    named = last > first or _street_name(name.text, lows[last])
    if not near(text, toks[k], toks[first]) or not named or lows[last] in _NOT_STREETS:
        return -1
    if last + 1 < len(toks) and not _clause_goes_on(text, toks, last):
        return -1
    return last


def _compass_ordinal(toks: list[Tok], lows: list[str], i: int) -> bool:
    """A compass letter (any case) and an ordinal in digits: "NE 23rd", "n 1st", "W 4TH"."""
    if i + 1 >= len(toks) or lows[i] not in _COMPASS_LETTERS:
        return False
    low = lows[i + 1]
    after = lows[i + 2] if i + 2 < len(toks) else ""
    ordinal = low.endswith(_ORDINAL_ENDS) and low[:-2].isdecimal() and len(low) <= 5
    return ordinal and after not in _NOT_STREET_AFTER


def _street_name(word: str, low: str) -> bool:
    """One capitalised word, an ordinal or a lower-case word in no English list that is
    no weekday, month, holiday, medicine or app."""
    if low in _NOT_STREETS or word.title() in MEDICINES or word in lexicon.NOT_NAMES:
        return False
    if word[:1].isdecimal():
        return word.endswith(_ORDINAL_ENDS) and word[:-2].isdecimal() and len(word) <= 5
    if not word.isalpha() or len(word) < 3:
        return False
    if word.islower():
        return low not in lexicon.common_words() and word.title() not in lexicon.proper_words()
    return is_capitalised(word) and word not in lexicon.countries()


def _clause_goes_on(text: str, toks: list[Tok], last: int) -> bool:
    """After the name: a clause end, a line end or a lower-case word (not a second
    capitalised word, which would make the name longer than this rule reads)."""
    nxt = toks[last + 1]
    if "\n" in text[toks[last].end : nxt.start] or nxt.text in _CLAUSE_ENDS:
        return True
    return nxt.text.islower() or nxt.text == "&" or nxt.text[:1].isdecimal()


def _highway(toks: list[Tok], lows: list[str], k: int) -> Span | None:
    """A two- or three-digit highway number at k with a driving cue before it and a
    direction or road word after it (see the module)."""
    prev = lows[k - 1]
    cue = prev in _HIGHWAY_CUES
    the = prev == "the"
    if the and k > 1 and lows[k - 2] in _HIGHWAY_CUES:
        cue = True
    if not (cue or the) or k + 1 >= len(toks):
        return None
    after = lows[k + 1]
    if after in _DIRECTIONS and (cue or the):
        return _span(toks, k, k, "place", f"a highway number before '{toks[k + 1].text}'")
    if the and after in _ROAD_WORDS:
        return _span(toks, k, k, "place", f"a highway number before '{toks[k + 1].text}'")
    long_route = len(toks[k].text) == 3 and the and cue and lows[k - 2] in ("on", "onto", "off")
    if long_route and after in _AFTER_ROUTE:
        return _span(toks, k, k, "place", f"a highway number after '{lows[k - 2]} the'")
    return None
