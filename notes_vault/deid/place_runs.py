"""Layer "context": a town whose name is two or three capitalised words ("Sugar Land").

A place in the gazetteer (towns over 5,000 people world-wide, over 1,000 in
the English-speaking countries; see data/README.md) whose name is a run of
two or three capitalised words is a place wherever the run stands, cue or no
cue, even when each word alone is English ("Round Rock campus", "the Sugar
Land school district"): a run of capitals matching a town's whole name is
rarely anything else. One-word names still need the context layer's cues
("Reading", "Bath"). Token lookups, runs of at most three: linear.

Also (`find_lower_towns`): a gazetteer town of two or three words written in
lower case ("near twin lakes", "court in wilkes barre"), after a place cue or
made only of words in no English list; a capitalised name in brackets right
after a gazetteer town ("Middlesbrough (Linthorpe)"); a kind of place, a particle and a name
("Village de l'Est", `place_particles.py`, round 18); and (`find_cued_runs`): a run of two or three
capitalised words, each of them English, right after "in", "from", "near",
"outside", "around" or a verb of moving and "to" ("lives in Little Haiti",
"drunk from Parson Cross", "moved to Deer Isle"): a neighbourhood or small town
no gazetteer lists. Not a run that holds a service, street, organisation or
place-kind word ("in Primary Care", "from Social Services": other rules judge
those), a country ("in Costa Rica" is kept), a school subject ("in Computer
Science") or a note heading.
"""

from __future__ import annotations

from itertools import pairwise

from notes_vault.deid import lexicon
from notes_vault.deid.addresses import SERVICE_WORDS
from notes_vault.deid.model import Span
from notes_vault.deid.place_islands import find_islands
from notes_vault.deid.place_lower_heads import find_lower_heads
from notes_vault.deid.place_particles import find_particle_places
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near

_REASON = "context: a town's whole name of two or three capitalised words (gazetteer)"


def find_place_runs(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Runs of two or three capitalised words that are a gazetteer town's whole name."""
    places = lexicon.places()
    spans: list[Span] = []
    i = 0
    last = len(toks) - 1
    while i < last:
        if not (toks[i].text[:1].isupper() and toks[i + 1].text[:1].isupper()):
            i += 1  # most tokens: no run of two capitals starts here
            continue
        found = 0
        for size in (3, 2):
            run = toks[i : i + size]
            if len(run) < size or not all(_word(t.text) for t in run):
                continue
            if not all(near(text, a, b) for a, b in pairwise(run)):
                continue
            if " ".join(t.text for t in run) in places:
                found = size
                break
        if found and covered.find(1, toks[i].start, toks[i + found - 1].end) == -1:
            run = toks[i : i + found]
            key = fold(" ".join(t.text for t in run))
            spans.append(Span(run[0].start, run[-1].end, "place", "context", _REASON, key))
            i += found
            continue
        i += 1
    spans += find_cued_runs(text, toks, covered) + find_lower_towns(text, toks, covered)
    spans += find_islands(text, toks, covered) + find_lower_heads(text, toks, covered)  # u10, r15
    spans += find_particle_places(text, toks, covered)  # round 18, u18
    return spans + _bracketed_parts(toks, covered)


_CUES = frozenset(["in", "from", "near", "outside", "around"])
_CUE_FORMS = frozenset(w for low in (*_CUES, "to") for w in (low, low.title(), low.upper()))
_MOVES = frozenset(
    "moved move moving moves drove drive driving flew fly travelled traveled travelling "
    "traveling trip relocated relocating back went holiday holidays returned".split()
)
# Last words of school subjects and courses: "a degree in Computer Science".
_SUBJECTS = frozenset(
    "Studies Science Sciences Maths Mathematics Engineering Languages Language Literature "
    "History Art Arts Design Management Nursing Law Medicine Psychology Technology Education "
    "Economics Business Biology Chemistry Physics Geography Sociology Philosophy English "
    "Drama Music Theatre Media Politics Accounting Finance Marketing Work Care Therapy".split()
)
# First words of a numbered or ranked thing: "in Year Nine", "in Key Stage Two".
_NOT_HEADS = frozenset(
    "Year Grade Class Room Key Stage Level Form Set Block Term Week Part Step Phase Bed Bay "
    "Band Division League Section Chapter Module Unit Group".split()
)
_COMPASS = frozenset("North Northern South Southern East Eastern West Western Central".split())
_CUED_REASON = "context: a run of capitalised words after '{}' (a neighbourhood or small town)"


def find_cued_runs(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Runs of two or three capitalised English words after a place cue (see the module)."""
    spans: list[Span] = []
    for i, tok in enumerate(toks[:-2]):
        if tok.text not in _CUE_FORMS:
            continue  # most tokens: one set lookup
        low = tok.text.lower()
        moved = low == "to" and i > 0 and toks[i - 1].text.lower() in _MOVES
        if low not in _CUES and not moved:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 3 and _cued_word(text, toks, j):
            j += 1
        run = toks[i + 1 : j]
        if not 2 <= len(run) <= 3 or (j < len(toks) and _continues(text, toks, j)):
            continue
        if covered.find(1, run[0].start, run[-1].end) != -1 or not _plain(run):
            continue
        key = fold(" ".join(t.text for t in run))
        reason = _CUED_REASON.format(tok.text)
        spans.append(Span(run[0].start, run[-1].end, "place", "context", reason, key))
    return spans


def _cued_word(text: str, toks: list[Tok], j: int) -> bool:
    return _word(toks[j].text) and near(text, toks[j - 1], toks[j])


def _continues(text: str, toks: list[Tok], j: int) -> bool:
    """The run goes on past three words, or into a name's "of" or "'s"."""
    nxt = toks[j].text
    return (_word(nxt) and near(text, toks[j - 1], toks[j])) or nxt in ("of", "'", "\u2019", "&")


def _plain(run: list[Tok]) -> bool:
    """Every word English (or a country's or town's name: "Little Haiti") and none a
    service, street, organisation or place-kind word."""
    words = [t.text for t in run]
    common, countries, places = lexicon.common_words(), lexicon.countries(), lexicon.places()
    if " ".join(words) in countries or words[-1] in _SUBJECTS or words[0] in _NOT_HEADS:
        return False
    if words[0] in _COMPASS and " ".join(words[1:]) in countries:
        return False  # "Northern Ireland", "South Korea": kept like a country
    if not any(w.lower() in common for w in words):
        return False  # unknown words: the context layer's own rules judge them
    return all(
        (w.lower() in common or w in countries or w in places)
        and w.lower() not in SERVICE_WORDS
        and w not in _KINDS
        for w in words
    )


_KINDS = lexicon.ORG_SUFFIXES | lexicon.STREET_SUFFIXES | lexicon.PLACE_SUFFIXES


def _word(word: str) -> bool:
    return is_capitalised(word) and word.isalpha() and word not in lexicon.NOT_NAMES


_TOWN_CUES = frozenset("in from near to at outside around via into".split())
_LOWER_REASON = "context: a town's name of two or three words in lower case (gazetteer)"


def find_lower_towns(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Gazetteer towns of two or three lower-case words (see the module)."""
    places, common, heads = (
        lexicon.lower_places(),
        lexicon.common_words(),
        lexicon.lower_place_heads(),
    )
    spans: list[Span] = []
    free = 0  # the first token not inside a town already found
    for i in range(len(toks) - 1):
        first = toks[i].text
        if first not in heads or i < free or first in lexicon.DETERMINERS:
            continue  # most tokens: one set lookup
        size = _lower_town(text, toks, i, places) if first.islower() else 0
        run = toks[i : i + size]
        cued = i > 0 and toks[i - 1].text.lower() in _TOWN_CUES
        named = size and (cued or not any(_english(t.text, common) for t in run))
        if named and covered.find(1, run[0].start, run[-1].end) == -1:
            key = fold(" ".join(t.text for t in run))
            spans.append(Span(run[0].start, run[-1].end, "place", "context", _LOWER_REASON, key))
            free = i + size
    return spans


def _english(word: str, common: frozenset[str]) -> bool:
    """An English word, also in its US spelling ("center", "color": SCOWL's list is British)."""
    if word in common:
        return True
    us = word.endswith("er") and word[:-2] + "re" in common
    return us or ("or" in word and word.replace("or", "our", 1) in common)


def _lower_town(text: str, toks: list[Tok], i: int, places: frozenset[str]) -> int:
    """How many lower-case words from i name a gazetteer town, joined by spaces or hyphens
    (`places` holds the lower-case forms, hyphens as spaces)."""
    name = toks[i].text
    found = words = 0
    j = i + 1
    while j < min(i + 5, len(toks)) and words < 2:
        word = toks[j].text
        if (
            word == "-"
            and j + 1 < len(toks)
            and toks[j - 1].end == toks[j].start == toks[j + 1].start - 1
        ):
            j += 1  # "newton-le-willows": a hyphen inside the name
            word = toks[j].text
        if not (word.isalpha() and word.islower() and near(text, toks[j - 1], toks[j])):
            break
        name += " " + word
        words += 1
        if name in places:
            found = j - i + 1
        j += 1
    return found


_PART_REASON = "context: a capitalised name in brackets after a town (a district of it)"


def _bracketed_parts(toks: list[Tok], covered: bytearray) -> list[Span]:
    """ "Middlesbrough (Linthorpe)", "Leeds (Headingley)": the part of a gazetteer town
    named in brackets right after it."""
    places = lexicon.places()
    spans: list[Span] = []
    for i in range(1, len(toks) - 2):
        town = toks[i - 1].text
        if toks[i].text != "(" or town not in places or _personal(town):
            continue  # "Ms Sakura Ito (SENCo)": a surname that is also a town
        j = i + 1
        while j < len(toks) and j - i <= 3 and _word(toks[j].text):
            j += 1
        if j == i + 1 or j >= len(toks) or toks[j].text != ")":
            continue
        run = toks[i + 1 : j]
        if any(t.text.lower() in lexicon.PERSON_CUES or not t.text[1:].islower() for t in run):
            continue  # "(Mum)", "(SENCo)": a role, not a part of town
        if " ".join(t.text for t in run) in lexicon.countries():
            continue  # "Gdansk (Poland)": the town's country, which identifies no one
        if covered.find(1, run[0].start, run[-1].end) == -1:
            key = fold(" ".join(t.text for t in run))
            spans.append(Span(run[0].start, run[-1].end, "place", "context", _PART_REASON, key))
    return spans


def _personal(word: str) -> bool:
    return word in lexicon.surnames() or word in lexicon.first_names()
