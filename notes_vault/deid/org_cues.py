"""Organisations named by what a note says around them (layer "context"), beside addresses.py.

- A field label for an organisation: "Pharmacy: CVS", "pharmacy = Walgreens",
  "Employer - Tesco", "School: Oakfield" (the capitalised run after it).
- A business before the street it is on: "Walgreens on Alameda & Paisano",
  "CVS on W Broadway", "Dollar General on Hwy 15", "the deli on 48th St". The
  run must not be a given name, a place, a weekday or a note heading, and what
  follows "on" must read as a street (a street word, a junction, a route number
  or a numbered street).
- Police initials, "the VA", numbered units and acronyms SCOWL lists: see
  org_units.py (called from here).

Token lookups a few tokens either side of each cue: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.capitals import acronym
from notes_vault.deid.model import Span
from notes_vault.deid.org_units import (
    COMPANIES,
    ORDINAL_ENDS,
    UNITS_AFTER,
    listed_acronym,
    numbered_unit,
    police,
    unit_after_number,
    veterans,
)
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near, sentence_start

_MAX_RUN = 4
_LABELS = frozenset(
    "pharmacy employer workplace school college church gym club team union insurer "
    "chemist dentist surgery provider agency facility program programme nursery university "
    "company firm placement".split()
) | frozenset(  # round 7 (o8): "Service: Adoption East Midlands", "Venue: Maudsley psychology"
    "service venue site clinic hospital practice organisation organization".split()
)
_LABEL_MARKS = frozenset(":=-")
_ROUTES = frozenset("hwy highway route rte rt interstate i us sr".split())
_JUNCTION = frozenset("& and /".split())
_JOINERS = frozenset(["&", "'", "\u2019", "n", "N", "s"])
# Verbs and phrases after which a capitalised run is where someone is sent, goes or banks:
# "referred to Mind", "attends Slimming World", "banks with Nationwide". Keyed by last word.
_PHRASES: dict[str, frozenset[tuple[str, ...]]] = {
    "to": frozenset(
        [("referred",), ("referral",), ("refer",), ("signposted",), ("signposting",),
         ("referred", "on"), ("self", "-", "referred"), ("signed", "up")]
    ),
    "with": frozenset(
        [("bank",), ("banks",), ("banked",), ("banking",), ("registered",), ("insured",),
         ("signed", "up"), ("volunteers",), ("volunteering",), ("volunteered",)]
    ),
    "attend": frozenset([()]),
    "attends": frozenset([()]),
    "attended": frozenset([()]),
    "attending": frozenset([()]),
    "of": frozenset([("member",), ("members",)]),
    "via": frozenset([()]),
    "through": frozenset([()]),
}  # fmt: skip
# After these the name must have two words or more: "via Health Assured", not "via Zoom".
_TWO_WORDS = frozenset(["via", "through"])
# "Beat, the eating disorder charity", "Unite (the union)": a name and what it is.
_KINDS = frozenset(
    "union charity company bank app gym pub club school church firm agency team band shop "
    "store cafe café restaurant bar employer college university nursery hospital hospice "
    "practice surgery mosque temple synagogue supermarket bakery chain website platform "
    "provider network trust foundation pharmacy chemist garage salon factory warehouse".split()
)
_GATHERINGS = frozenset("circle group meeting meetings class classes programme program".split())
_OBJECTS = frozenset("her him them pt client patient me us".split())
_ARTICLES = frozenset("the a an our her his their my".split())


# Last two letters of police initials ("BPD") and of ordinals ("22nd", "7TH").
_TAILS = frozenset(["PD", *ORDINAL_ENDS, *(end.upper() for end in ORDINAL_ENDS)])
_PHRASE_ENDS = frozenset(p[-1] for ps in _PHRASES.values() for p in ps if p)
# Each key's phrases, the longest first, in a fixed order (never the hash order of the set).
_ORDERED = {k: tuple(sorted(v, key=lambda p: (-len(p), p))) for k, v in _PHRASES.items()}
_TRIGGERS = frozenset(
    w
    for low in (
        *_LABELS,
        *_ARTICLES,
        "on",
        "va",
        "at",
        "from",
        "to",
        *(k for k, v in _PHRASES.items() if v),
        *COMPANIES,
        *(unit.lower() for unit in UNITS_AFTER),
    )
    for w in (low, low.title(), low.upper())
)


def find_org_cues(text: str, toks: list[Tok], service_words: frozenset[str]) -> list[Span]:
    """Organisations after a field label, a referral or attending verb, before their street
    or what they are ("Beat, the charity"), or next to a police word."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text not in _TRIGGERS and tok.text[-2:] not in _TAILS:
            continue  # most tokens: two set lookups
        ordinal = tok.text[:1].isdecimal() and tok.text[-2:].lower() in ORDINAL_ENDS
        found = _judge(text, toks, i, ordinal, service_words)
        if found is not None:
            spans.append(found)
    return spans


def _judge(  # noqa: PLR0911 - one rule per cue word reads best
    text: str, toks: list[Tok], i: int, ordinal: bool, service_words: frozenset[str]
) -> Span | None:
    """The organisation that the cue word at token i introduces, if any."""
    word = toks[i].text
    low = word.lower()
    if low in _ARTICLES:  # "the", "a", "her": cues only after a comma or bracket
        return _apposed(text, toks, i) if i > 1 and toks[i - 1].text in ",(" else None
    if low in _ORDERED and (size := _phrase_before(toks, i, _ORDERED[low])) >= 0:
        return _after_phrase(text, toks, i, size, service_words)
    if low in _LABELS and i + 2 < len(toks) and toks[i + 1].text in _LABEL_MARKS:
        return _labelled(text, toks, i)
    if low == "on" and 0 < i < len(toks) - 1 and _street_follows(text, toks, i + 1):
        return _before_street(text, toks, i)
    if word.endswith("PD") and 3 <= len(word) <= 5 and word.isalpha():
        return police(toks, i)
    if word == "VA":
        return veterans(toks, i)
    if (word in COMPANIES or ordinal) and (found := numbered_unit(text, toks, i)):
        return found
    if low.title() in UNITS_AFTER or low.upper() in UNITS_AFTER:
        return unit_after_number(text, toks, i)
    if low in ("at", "from", "to") and i + 1 < len(toks):
        return listed_acronym(text, toks, i + 1)
    return None


def _phrase_before(toks: list[Tok], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """How many tokens before i make one of `phrases` (-1 when none does), a pronoun
    between allowed ("referred her to")."""
    if () in phrases:
        return 0  # "attends": the verb is the cue
    skip = int(i > 0 and toks[i - 1].text.lower() in _OBJECTS)
    if i - skip < 1 or toks[i - skip - 1].text.lower() not in _PHRASE_ENDS:
        return -1
    for phrase in phrases:  # the longest first (_ORDERED)
        k = i - skip - len(phrase)
        if k >= 0 and tuple(t.text.lower() for t in toks[k : i - skip]) == phrase:
            return len(phrase) + skip
    return -1


def _after_phrase(  # noqa: PLR0911 - one early exit per rule reads best
    text: str, toks: list[Tok], i: int, size: int, service_words: frozenset[str]
) -> Span | None:
    """The capitalised run after "referred to", "attends", "banks with" (see _PHRASES)."""
    if text[toks[i].start : toks[i].end].isupper():
        return None  # a line of capitals (title-cased in `toks`): every word looks like a name
    if toks[i].text[0].isupper() and i > 0 and toks[i - 1].text == "(":
        return None  # "(Attend Anywhere)": the verb opens a name
    j = i + 1
    if j < len(toks) and toks[j].text == "the":
        if toks[i].text.startswith("attend"):
            return None  # "attended the Freedom Programme": a course, not where
        j += 1
    if j >= len(toks) or not near(text, toks[j - 1], toks[j]):
        return None
    last = _run_after(text, toks, j)
    if last < j or _personal(toks, j, last):
        return None
    if last + 1 < len(toks) and toks[last + 1].text in _KINDS | _GATHERINGS:
        return None  # "the Romanian Orthodox church": a kind of church, not its name
    words = [t.text.lower() for t in toks[j : last + 1] if t.text[:1].isalpha()]
    if all(w in service_words for w in words):
        return None  # "referred to Mental Health": a kind of service
    plain = len(words) == 1 and words[0] in lexicon.common_words()
    if plain and (toks[i].text == "of" or toks[i].text.startswith("attend")):
        return None  # "a member of Staff", "attend Group"
    if toks[i].text.lower() in _TWO_WORDS and (len(words) < 2 or _place(toks, j, last)):
        return None  # "via Zoom", "through Teams": an app, kept; "via Hong Kong": a place
    cue = " ".join(t.text.lower() for t in toks[i - size : i + 1])
    return _span(toks, j, last, f"a capitalised name after '{cue}'")


def _place(toks: list[Tok], first: int, last: int) -> bool:
    return " ".join(t.text for t in toks[first : last + 1]) in lexicon.places()


def _personal(toks: list[Tok], first: int, last: int) -> bool:
    """A person's or place's name alone ("referred to Sarah"), or a title or relation."""
    words = [t.text for t in toks[first : last + 1] if t.text[:1].isalpha()]
    if words[0].lower() in lexicon.PERSON_CUES or words[0].lower().rstrip(".") in lexicon.TITLES:
        return True
    return len(words) == 1 and (words[0] in lexicon.first_names() or words[0] in lexicon.places())


def _apposed(text: str, toks: list[Tok], i: int) -> Span | None:
    """A capitalised run before ", the charity" or "(the union)": up to three lower-case
    words may stand between the article and the kind ("Beat, the eating disorder charity")."""
    k = i + 1
    while k < len(toks) and k - i <= 4 and toks[k].text.islower():
        if toks[k].text in _KINDS:
            break
        k += 1
    if k >= len(toks) or toks[k].text not in _KINDS:
        return None
    if k + 1 < len(toks) and toks[k + 1].text in ("'", "\u2019"):
        return None  # "GamStop, the bank's block": the bank is someone else
    last = i - 2
    first = _run_before(text, toks, last)
    if first is None or _personal(toks, first, last):
        return None
    return _span(
        toks, first, last, f"a capitalised name before '{toks[i].text} ... {toks[k].text}'"
    )


def _run_before(text: str, toks: list[Tok], last: int) -> int | None:
    """The first token of the capitalised run ending at `last`, or None."""
    if last < 0 or not _name_word(toks[last].text):
        return None
    first = last
    while (
        first > 0
        and last - first < _MAX_RUN * 2
        and near(text, toks[first - 1], toks[first])
        and (_name_word(toks[first - 1].text) or toks[first - 1].text in _JOINERS)
    ):
        first -= 1
    while toks[first].text in _JOINERS:
        first += 1
    return first


def _span(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",-"))
    return Span(
        toks[first].start, toks[last].end, "organisation", "context", f"context: {reason}", key
    )


def _name_word(word: str) -> bool:
    return (is_capitalised(word) or acronym(word) or word in lexicon.proper_words()) and (
        word not in lexicon.NOT_NAMES and word not in lexicon.ABBREVIATIONS  # "an HMO on ..."
    )


def _run_after(text: str, toks: list[Tok], j: int) -> int:
    """The last token of a capitalised run starting at j ("Pick 'n Save", "Stop & Shop"),
    or j - 1 when none starts there."""
    last = j - 1
    k = j
    while k < len(toks) and k - j < _MAX_RUN * 2 and (k == j or near(text, toks[k - 1], toks[k])):
        word = toks[k].text
        if _name_word(word) or (word[:1].isdecimal() and k > j):
            last = k
        elif word == "of" and k > j and k + 1 < len(toks) and _name_word(toks[k + 1].text):
            pass  # "Church of God of Prophecy"
        elif not (word in _JOINERS and k > j):
            break
        k += 1
    return last


def _labelled(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "Pharmacy: CVS", "pharmacy = Walgreens": a label opening its line or clause."""
    prev = toks[i - 1] if i > 0 else None
    opens = prev is None or "\n" in text[prev.end : toks[i].start] or prev.text in ";,(.-\u2022*"
    if not opens or "\n" in text[toks[i].end : toks[i + 2].start]:
        return None
    j = i + 2
    last = _run_after(text, toks, j)
    if last < j or _ordinary(toks, j, last):
        return None
    return _span(toks, j, last, f"a name after the label '{toks[i].text}{toks[i + 1].text}'")


def _ordinary(toks: list[Tok], first: int, last: int) -> bool:
    """A run that is a given name or a place alone, or an answer that names nothing
    ("Pharmacy: None", "School: Year 9", "Employer: Self-employed")."""
    words = [t.text for t in toks[first : last + 1] if t.text[:1].isalnum()]
    if len(words) == 1 and (words[0] in lexicon.first_names() or words[0] in lexicon.places()):
        return True
    return words[0] in _NO_ANSWER


# First words of a label's answer that name no organisation.
_NO_ANSWER = frozenset(
    "None Unknown Yes No Same Local Usual Not Declined Self Retired Unemployed Home Private "
    "Public Mainstream Year Grade Form Class Any Other Various Online N".split()
)


def _street_follows(text: str, toks: list[Tok], j: int) -> bool:  # noqa: PLR0911 - one exit per shape
    """What follows "on" reads as a street: "W Broadway", "Alameda & Paisano", "Hwy 15",
    "48th", "Appleton Ave"."""
    if j >= len(toks) or not near(text, toks[j - 1], toks[j]):
        return False
    word = toks[j].text
    if word[:-2].isdecimal() and word[-2:].lower() in ("st", "nd", "rd", "th"):
        return True  # "on 48th"
    if word.lower() in _ROUTES:
        return j + 1 < len(toks) and toks[j + 1].text[:1].isdecimal()
    if word in ("N", "S", "E", "W", "North", "South", "East", "West") and j + 1 < len(toks):
        j += 1
        word = toks[j].text
    if not is_capitalised(word) or word in lexicon.NOT_NAMES:
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if nxt in lexicon.STREET_SUFFIXES:
        return True
    if nxt in _JUNCTION and j + 2 < len(toks) and is_capitalised(toks[j + 2].text):
        return True  # "Alameda & Paisano": a junction
    return toks[j - 1].text in ("N", "S", "E", "W") or word in _STREET_NAMES


# Street names that take no street word ("on Broadway"); a town would not follow "on".
_STREET_NAMES = frozenset(["Broadway", "Strand", "Bowery", "Embarcadero", "Boardwalk"])


def _before_street(text: str, toks: list[Tok], i: int) -> Span | None:
    """A capitalised run just before "on" and a street: the business that stands there."""
    last = i - 1
    first = _run_before(text, toks, last)
    if first is None or not near(text, toks[last], toks[i]):
        return None
    if first < last and sentence_start(text, toks, first):
        first += toks[first].text.lower() in lexicon.common_words()  # "Meet ..." opening
    words = [t.text for t in toks[first : last + 1] if t.text[:1].isalpha() and t.text != "s"]
    if any(w in lexicon.STREET_SUFFIXES or w.lower() in lexicon.PERSON_CUES for w in words):
        return None  # "Main St on ...", "Mom on ..."
    if words[-1] in lexicon.first_names() and words[-1].lower() not in lexicon.common_words():
        return None  # "Sarah on High Street": a person there
    if len(words) == 1 and (
        words[0] in lexicon.first_names()
        or words[0] in lexicon.surnames()
        or words[0] in lexicon.places()
    ):
        return None
    plain = len(words) == 1 and words[0].lower() in lexicon.common_words() and first > 0
    if plain and toks[first - 1].text.lower() not in ("the", "=", ":"):
        return None  # "Pharmacy on Main St" reads as a word, unless a name is implied
    return _span(toks, first, last, "a capitalised name before 'on' and a street")
