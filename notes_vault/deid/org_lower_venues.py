"""Shops, pubs and workplaces named in lower case after "the" (layer "context", issue 13,
round 8, helper o9).

Typed notes and dictated ones write a local business in lower case, often by a word of
English: "picked up a shift at the wawa", "works at the deep", "a job at the co-op", "the
lads at the swan on winwick road", "mass at holy ghost on atwells". Two cues any writer
uses say it is a name and not a thing:

- the venue's street after it: "at/to/from/near/outside [the] <one or two lower-case
  words> on <a street's name alone>" (the street as `place_bare.street_after_on` reads
  it: a capitalised word, an ordinal or a lower-case word in no English list): the
  venue and the street both go ("the wawa on chelten", "holy ghost on atwells");
- a verb or noun of work before "at the" and a clause ending after one lower-case word
  in no English list, or a hyphenated one: "picked up a shift at the wawa.", "a job at
  the co-op in town" (not "works at the deep": an English word alone is left).

Without "the" only a word in no English list is read ("at wawa on chelten"; not "to him
on Viber", "at dinner on Division"); a venue of English words only needs a street in no
English list ("the swan on winwick road"; not "the stand on Highway 17").

Not a generic venue or service ("the pharmacy on Division", which `place_bare` reads),
a kind of workplace ("works at the hospital", "a job at the council"), a time or a
position ("works at the weekend", "a job at the front desk", "at the moment"), or a
stop-list word. Token lookups around each "the" after "at", "to", "from", "near" or
"outside", with the note's vocabulary checked first: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.org_lower import GENERIC
from notes_vault.deid.place_bare import VENUES, street_after_on
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, near, vocabulary

_AT = frozenset(["at", "to", "from", "near", "outside"])
_WORK = frozenset(
    "works work worked working job jobs shift shifts employed volunteers volunteer "
    "volunteering placement".split()
)
# Lower-case words after "at the" that are a kind of place, a time or a position.
_KINDS = frozenset(
    "moment minute minutes weekend weekends end start beginning time times top bottom front "
    "back side same rest hospital hospitals ward wards airport station docks dock port "
    "council factory warehouse depot farm mine mines pit pits plant mill yard site office "
    "offices shop shops store stores pub pubs bar bars club clubs hotel college university "
    "uni hospice prison jail court courts mall market bank garage salon library mosque "
    "temple nursery home house practice surgery clinic centre center gym cafe restaurant "
    "takeaway kitchen kitchens till tills counter desk door doors gate gates entrance "
    "reception checkout chippy bakery deli supermarket garden centre job jobs place "
    "moment weekend airport base camp barracks army navy police fire station hotel motel "
    "parish cathedral chapel library museum zoo stadium ground grounds pitch track pool "
    "leisure cinema theatre theater arcade casino bookies pharmacy chemist chemists dentist "
    "dentists gp vets vet care home homes agency branch plant docks post same local "
    "nearest closest other last next first new old big main park parks playground field "
    "fields beach lake river bridge corner lights junction roundabout crossing stop lot "
    "party meeting funeral wedding service services group session window view stand stall "
    "table bench wall roof floor line".split()
)
KINDS = _KINDS  # read by org_pubs (round 17)
_ENDS = frozenset(
    [
        *".,;:)!?",
        "\u2014",
        "-",
        "/",
        "and",
        "but",
        "now",
        "since",
        "for",
        "in",
        "as",
        "until",
        "then",
        "so",
        "because",
        "which",
        "where",
        "every",
        "most",
        "again",
        "still",
        "too",
    ]
)


def find_lower_venues(text: str, toks: list[Tok]) -> list[Span]:
    """Lower-case venues before their street or after a word of work (see the module)."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_AT) or ("on" not in vocab and vocab.isdisjoint(_WORK)):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k, low in enumerate(lows) if low in _AT and k + 2 < len(toks)]:
        the = lows[k + 1] == "the"
        first = k + 2 if the else k + 1
        last = _name_run(text, toks, lows, first)
        if last < 0 or not (the or _unknown(lows, first, last)):
            continue  # "to him on", "at dinner on": no "the" before a word of English
        found = _before_street(text, toks, lows, (k, first, last))
        work = the and lows[k] == "at" and _worked(lows, k) and _ends(text, toks, last)
        if not found and work and (_unknown(lows, first, last) or last == first + 2):
            cue = f"a lower-case workplace after '{lows[k - 1]} at the'"  # "wawa", "co-op"
            found = [_span(toks, first, last, "organisation", cue)]
        spans += found
    return spans


def _before_street(
    text: str, toks: list[Tok], lows: list[str], where: tuple[int, int, int]
) -> list[Span]:
    """The venue from `first` to `last` and its street, when "on" and a street's name follow
    ("the wawa on chelten"); a venue that is English words only before a street that is no
    English word ("the swan on winwick road", not "the stand on Highway 17")."""
    k, first, last = where
    after = last + 1
    if after >= len(toks) or lows[after] != "on" or not near(text, toks[last], toks[after]):
        return []
    street = street_after_on(text, toks, lows, after)
    if street < 0 or not (_unknown(lows, first, last) or _unknown(lows, after + 1, street)):
        return []
    cue = f"a lower-case venue after '{lows[k]}' before its street"
    why = "a street's name alone after a venue and 'on'"
    return [
        _span(toks, first, last, "organisation", cue),
        _span(toks, after + 1, street, "address", why),
    ]


def _unknown(lows: list[str], first: int, last: int) -> bool:
    """Some word from `first` to `last` is in no English list ("wawa", "atwells")."""
    return any(w.isalpha() and not lexicon.english(w) for w in lows[first : last + 1])


def _name_run(text: str, toks: list[Tok], lows: list[str], first: int) -> int:
    """The last token of one or two lower-case words ("wawa", "holy ghost") or a hyphenated
    word ("co-op") from `first` that can name a venue, or -1."""
    if (
        first >= len(toks)
        or not _word(toks[first].text)
        or not near(text, toks[first - 1], toks[first])
    ):
        return -1
    last = first
    glued = first + 2 < len(toks) and toks[first + 1].text == "-"
    if (
        glued
        and toks[first + 1].start == toks[first].end
        and toks[first + 2].start == toks[first + 1].end
    ):
        three = first + 3 < len(toks) and toks[first + 3].text == "-"  # "cash-and-carry"
        last = first + 2 if _word(toks[first + 2].text) and not three else -1
    elif _second_word(text, toks, lows, first + 1):
        last = first + 1
    if last < 0:
        return -1
    words = [lows[i] for i in range(first, last + 1) if lows[i] != "-"]
    if any(w in _KINDS or w in GENERIC or w in VENUES or w in lexicon.DETERMINERS for w in words):
        return -1
    if any(toks[i].text.title() in lexicon.NOT_NAMES for i in range(first, last + 1)):
        return -1
    return last


def _second_word(text: str, toks: list[Tok], lows: list[str], i: int) -> bool:
    """Token i is a lower-case word going on the name ("holy ghost"), not "on" or a joiner."""
    if i >= len(toks) or not _word(toks[i].text) or lows[i] == "on" or lows[i] in _ENDS:
        return False
    return near(text, toks[i - 1], toks[i])


def _word(word: str) -> bool:
    return word.isalpha() and word.islower() and len(word) >= 2


def _worked(lows: list[str], k: int) -> bool:
    """A word of work just before "at" at k ("works at", "a shift at", "picked up shifts at")."""
    return k > 0 and lows[k - 1] in _WORK


def _ends(text: str, toks: list[Tok], last: int) -> bool:
    """The clause ends after the name: a stop, a line end or a joining word."""
    if last + 1 >= len(toks):
        return True
    nxt = toks[last + 1]
    return "\n" in text[toks[last].end : nxt.start] or nxt.text.lower() in _ENDS


def _span(toks: list[Tok], first: int, last: int, category: str, why: str) -> Span:
    run = " ".join(t.text for t in toks[first : last + 1])
    return Span(
        toks[first].start, toks[last].end, category, "context", f"context: {why}", fold(run)
    )
