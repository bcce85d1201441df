"""Organisations and street addresses the vault does not know (layer "context").

Token lookups only: a capitalised run ending in an organisation word ("Hall
Health Clinic", "St Anne's School"), a workplace after "works at", a street
name ending in a street word with its house number ("12 Acacia Avenue",
"4410 N Lincoln Blvd Apt 3"), and unit or box lines ("Suite 501", "PO Box 12").
"""

from __future__ import annotations

from notes_vault.deid import lexicon, org_caps_lines, org_endings
from notes_vault.deid.capitals import acronym
from notes_vault.deid.eponyms import eponym_ranges
from notes_vault.deid.health_boards import REASON as BOARD
from notes_vault.deid.health_boards import board_after
from notes_vault.deid.lower_streets import find_lower_streets
from notes_vault.deid.model import Span
from notes_vault.deid.org_affiliations import find_affiliations
from notes_vault.deid.org_brackets import bracketed
from notes_vault.deid.org_cues import find_org_cues
from notes_vault.deid.org_endings import MORE_ORG_ENDINGS, after_opening_verb, kind_only
from notes_vault.deid.org_forms import find_org_forms
from notes_vault.deid.org_glossed import find_glossed
from notes_vault.deid.org_more import find_more_orgs
from notes_vault.deid.squash import fold
from notes_vault.deid.street_forms import find_street_forms
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, near, vocabulary

_MAX_RUN = 4
_WORK_VERBS = frozenset(
    "works work worked working employed job placement volunteers volunteer started interns "
    "teaches studies studying enrolled attends attending".split()
) | frozenset(  # "drives for Uber", "plays for Celtic", "hired by Amazon", "shifts at Asda"
    "drives drove driving delivers delivered delivering cleans cleaned cleaning plays played "
    "playing hired contracted freelances freelanced temps temping shifts shift "
    "apprenticeship internship".split()
)
# Leaving a workplace or school: "retired from Network Rail", "let go from Apple".
_LEFT_VERBS = frozenset(
    "retired retires retiring resigned fired sacked dismissed graduated graduates "
    "graduating expelled suspended excluded redundant".split()
)
_UNITS = frozenset("apt apartment suite ste unit flat fl floor box #".split())
_LOWER_UNITS = frozenset(["apt", "apartment", "suite", "ste"])
_DIRECTIONS = frozenset("N S E W NE NW SE SW North South East West".split())


def _span(toks: list[Tok], i: int, used: int, category: str, reason: str) -> Span:
    start, end = toks[i].start, toks[i + used - 1].end
    key = fold(" ".join(t.text for t in toks[i : i + used] if t.text != "-"))
    return Span(start, end, category, "context", f"context: {reason}", key)


def find_places(text: str, toks: list[Tok]) -> tuple[list[Span], list[tuple[int, int]]]:
    """Organisations, streets, unit lines, saints' places and prisons; and the character
    ranges of generic service names ("Behavioral Health Unit"), which name no one and are to
    be left alone by the other context rules."""
    generic = eponym_ranges(toks)  # "Parkinson's", "Huntington's disease": no town
    spans = _organisations(text, toks, generic) + _streets(text, toks) + _units(text, toks)
    spans += find_org_forms(text, toks, SERVICE_WORDS) + find_org_cues(text, toks, SERVICE_WORDS)
    spans += find_affiliations(text, toks, SERVICE_WORDS) + find_lower_streets(text, toks)
    spans += find_street_forms(text, toks) + find_more_orgs(text, toks, SERVICE_WORDS)
    spans += _prefixed(text, toks) + bracketed(toks, SERVICE_WORDS)
    return spans + find_glossed(text, toks), generic  # o9: after every cue's own reason


def _prefixed(text: str, toks: list[Tok]) -> list[Span]:
    """Saints' places ("St John's", "St. Basil's": a church, school or town) and prisons
    ("HMP Styal")."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i, tok in enumerate(toks[:-1]):
        if not (
            tok.text in _PREFIX_WORDS or lows[i] in _PRISONS or toks[i + 1].text in ("PD", "FD")
        ):
            continue  # none of the shapes below starts here
        k = i + 2 if toks[i + 1].text == "." and i + 2 < len(toks) else i + 1
        lower = tok.text == "st" and k < len(toks) and toks[k].text.isalpha()
        if k < len(toks) and lows[k] in _OPENERS:
            continue  # "on Adams St. He was": a street's end and a new sentence
        if (
            (tok.text in ("St", "ST") or lower)
            and k < len(toks)
            and (is_capitalised(toks[k].text) or lower)
        ):
            end = k + 2 if k + 2 < len(toks) and toks[k + 1].text in "'\u2019" else k
            saint_s = lower and end == k and _saint_s(toks, k)  # "st pauls", "st barnabas hospice"
            if (end == k and not lower) or (end > k and toks[end].text in ("s", "S")) or saint_s:
                spans.append(
                    _span(toks, i, end - i + 1, "place", f"a saint's name after '{tok.text}'")
                )
        elif tok.text in _PLACE_PREFIXES and k < len(toks) and _proper(toks[k].text):
            spans.append(_span(toks, i, k - i + 1, "place", f"a name after '{tok.text}'"))
        elif toks[i + 1].text in ("PD", "FD") and tok.text in lexicon.places():
            spans.append(_span(toks, i, 2, "organisation", f"a town before '{toks[i + 1].text}'"))
        elif lows[i] == "nhs" and (board := board_after(text, toks, i, SERVICE_WORDS)):
            spans.append(_span(toks, i, board + 1, "organisation", BOARD))  # "NHS Highland"
        elif lows[i] in _PRISONS and near(text, tok, toks[i + 1]) and toks[i + 1].text[0].isalpha():
            spans.append(_span(toks, i, 2, "organisation", f"a prison after '{tok.text}'"))
    return spans


def _saint_s(toks: list[Tok], k: int) -> bool:
    """After a lower-case "st": a given name with an "s" and no apostrophe ("st pauls"), or
    a given name before a lower-case workplace noun ("st barnabas hospice")."""
    word = toks[k].text
    if len(word) > 3 and word.endswith("s") and word[:-1].title() in lexicon.first_names():
        return True
    noun = toks[k + 1].text if k + 1 < len(toks) else ""
    return word.title() in lexicon.first_names() and noun in _SAINT_NOUNS


_SAINT_NOUNS = frozenset("hospice hospital church school primary academy college surgery".split())


_OPENERS = frozenset("he she they we i it you his her their my our the a an this".split())
# "Fort Hood", "Lake Tahoe", "Mount Sinai", "Port Talbot": a place (or a hospital).
_PLACE_PREFIXES = frozenset(["Fort", "Lake", "Mount", "Port", "Loch", "Glen", "Cape"])
_PREFIX_WORDS = _PLACE_PREFIXES | {"St", "ST", "st", "NHS", "Nhs"}  # "Nhs": in a loud line
_PRISONS = ("hmp", "hmyoi")


def _proper(word: str) -> bool:
    """A capitalised word that is no note heading ("Hood" of "Fort Hood" may be English)."""
    return is_capitalised(word) and word not in lexicon.NOT_NAMES


def _organisations(text: str, toks: list[Tok], generic: list[tuple[int, int]]) -> list[Span]:
    """Capitalised runs ending in "School", "Ltd", "Park"..., or after "works at", "at";
    generic service names go to `generic` instead."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i, tok in enumerate(toks):
        kind = _SUFFIX_KIND.get(tok.text)
        if kind is not None and i > 0:
            first = after_opening_verb(text, toks, _org_start(text, toks, i), i)
            if first < i and tok.text.islower() and not _named_estate(toks, first, i):
                continue
            if first < i:
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                last = i + 1 if _SUFFIX_KIND.get(nxt) else i
                of_place = last + 2 < len(toks) and toks[last + 1].text == "of"
                if of_place and toks[last + 2].text in lexicon.places():
                    last += 2  # "Family Support Services of Amarillo": one body's name
                elif _generic(toks, first, last) or kind_only(toks, first, last, text):
                    generic.append((toks[first].start, toks[last].end))
                    continue
                reason = f"a capitalised name ending in '{tok.text}'"
                spans.append(_span(toks, first, last - first + 1, kind, reason))
        elif (low := lows[i]) in lexicon.ORG_CUES or low in _THE_CUES or tok.text == "@":
            found = _after_cue(text, toks, i)
            if found is not None:
                spans.append(found)
    return spans


_SUFFIX_KIND = (
    dict.fromkeys(lexicon.PLACE_SUFFIXES, "place")
    | dict.fromkeys(lexicon.ORG_SUFFIXES, "organisation")
    | dict.fromkeys(["estate", "estates"], "place")
    | dict.fromkeys(MORE_ORG_ENDINGS, "organisation")
)


# Capitalised words that are headings or clinical words alone but sit inside longer names.
_NATIONAL = frozenset(["Irish", "Polish", "Scottish", "Welsh", "English", "British"])
_INSIDE_NAMES = frozenset(["Family", "Mental", "Social", "Mood", "Safety", "Progress"])


# Words of a service's generic description: "Student Health Services", "Behavioral Health
# Unit", "Occupational Health", "Women's Recovery Group" name a kind of service, not one.
SERVICE_WORDS = frozenset(
    "academic addiction addictions adolescent adult adults assistance behavioral behavioural "
    "bereavement care center centre child children clinical community counseling counselling "
    "crisis day disabilities disability disorders domestic early eating education emergency "
    "employee family group health housing inpatient intervention learning line local "
    "maternity medical memory men mental night occupational older outpatient pain parenting "
    "peer people perinatal physician primary program programme psychiatric psychological "
    "recovery rehab school service services sexual sleep social student students substance "
    "support team therapy trauma unit veterans violence welfare wellbeing wellness women "
    "youth authority nhs trust long term and of the".split()
)


def _generic(toks: list[Tok], first: int, last: int) -> bool:
    """Every word of the name is a generic service word (see SERVICE_WORDS)."""
    words = [t.text.lower() for t in toks[first : last + 1] if t.text[:1].isalpha()]
    return all(w in SERVICE_WORDS or w == "s" for w in words)


def _named_estate(toks: list[Tok], first: int, i: int) -> bool:
    """ "the Meadowell estate", "World's End estate", but not "Her estate", "Council estate"."""
    run = [t.text for t in toks[first:i] if t.text[:1].isalpha() and t.text not in ("s", "S")]
    if not run or run[0].lower() in lexicon.DETERMINERS:
        return False
    return len(run) > 1 or run[0].lower() not in lexicon.common_words()


def _after_cue(text: str, toks: list[Tok], i: int) -> Span | None:  # noqa: PLR0911 - one early exit per rule reads best
    """A capitalised run after "works at", or after "at"/"@" when it is made of English words
    ("at Sweet Sensations", "at First Lutheran") or is an acronym ("at QEH"): a gazetteer
    place or a lone given name there is left to the context layer."""
    j = i + 1
    served = toks[i].text.lower() in ("for", "with") and _worked(toks, i)
    the = j < len(toks) and toks[j].text == "the"
    the = the and (toks[i].text.lower() in _THE_CUES or served)
    j += the
    while j < len(toks) and j - i <= _MAX_RUN + the and near(text, toks[j - 1], toks[j]):
        word = toks[j].text
        if not (is_capitalised(word) or acronym(word)) or word in lexicon.NOT_NAMES:
            break
        if word.lower() in _FUNCTION or word[:-1] in lexicon.NOT_NAMES:  # "... Fridays"
            break
        j += 1
    if j == i + 1 + the:
        return None
    if the and " ".join(t.text for t in toks[i + 2 : j]) in lexicon.countries():
        return None  # "in the Netherlands"
    if the and served:  # "works from home for the Met Office"
        reason = f"a workplace after '{toks[i].text} the'"
        return _span(toks, i + 2, j - i - 2, "organisation", reason)
    if the:  # "at the Unicorn", "outside the Chipper", "in the Bronx"
        reason = f"a capitalised name after '{toks[i].text} the'"
        kind = "place" if toks[i].text.lower() == "in" else "organisation"
        return _span(toks, i + 2, j - i - 2, kind, reason)
    run = [t.text for t in toks[i + 1 : j]]
    before = toks[i - 1].text.lower() if i > 0 else ""
    let_go = before == "go" and i > 1 and toks[i - 2].text.lower() == "let"
    working = (
        before in _WORK_VERBS
        or served
        or (toks[i].text.lower() == "from" and (before in _LEFT_VERBS or let_go))
    )
    if working and " ".join(run) not in lexicon.countries():  # not "worked in Italy"
        return _span(
            toks,
            i + 1,
            j - i - 1,
            "organisation",
            f"a workplace after '{toks[i - 1].text} {toks[i].text}'",
        )
    if toks[i].text.lower() not in ("at", "@"):
        return None
    first, places = lexicon.first_names(), lexicon.places()
    if " ".join(run) in places or run[0] in places or (len(run) == 1 and run[0] in first):
        return None
    english = lexicon.common_words()
    service = run[-1] in lexicon.ORG_SUFFIXES and _generic(toks, i + 1, j - 1)
    service = service or org_caps_lines.english_caps_run(text, toks, i + 1, j)  # u11
    if (len(run) == 1 and run[0].lower() in _GENERIC) or service:
        return None  # "at home", "at Student Health Services"; not "at Primary Children's"
    if any(w.lower() in english or acronym(w) for w in run):
        return _span(
            toks, i + 1, j - i - 1, "organisation", f"a capitalised name after '{toks[i].text}'"
        )
    return None


def _worked(toks: list[Tok], i: int) -> bool:
    """A work verb in the four words before token i, in the same clause ("plays travel
    softball for", "works from home for")."""
    for k in range(i - 1, max(-1, i - 5), -1):
        word = toks[k].text.lower()
        if word in _WORK_VERBS:
            return True
        if not word.isalpha():
            return False
    return False


# Words that end a capitalised run in a line of capitals ("NOW IN X CARE HOME").
_FUNCTION = frozenset(
    "in at now to from with and for on since by a an is was her his their my not no but "
    "so as if or".split()
)
_STOPS = _FUNCTION | org_endings.GOING | org_endings.CLOSED  # words no name's run crosses
_THE_CUES = frozenset(["at", "from", "outside", "near", "in", "into"])
_NOT_STREET_NAME = _FUNCTION | {"the"}
_GENERIC = frozenset(
    "home work school church college uni university hospital night lunch breakfast dinner "
    "weekend first last least most times all once present night noon midnight length".split()
)


def _org_start(text: str, toks: list[Tok], i: int) -> int:
    """Walk back from an organisation word over capitalised words, "of", "&" and "'s"."""
    first = i
    j = i - 1
    while (
        j >= 0
        and i - j <= _MAX_RUN * 2
        and (toks[j].end == toks[j + 1].start or near(text, toks[j], toks[j + 1]))
    ):
        word = toks[j].text
        if word in ("St", "Saint"):
            first = j
            j -= 1
            continue
        if word in ("The", "THE") or word.lower() in _STOPS:
            break  # "PT WENT HOME EARLY", "SENT HOME": a verb opens no name
        capital = is_capitalised(word) or (word.isupper() and len(word) > 1)
        if capital and (word not in lexicon.NOT_NAMES or word in _NATIONAL):
            first = j  # "the Irish Centre", "Polish Social Club": a nationality may open a name
        elif capital and word in _INSIDE_NAMES:
            pass  # "Mercy Family Medicine": a heading word inside a longer name, not its start
        elif word not in ("of", "&", "'", "s", "\u2019") and not word.isupper():
            break
        j -= 1
    return first


def _streets(text: str, toks: list[Tok]) -> list[Span]:
    """Street names ("12 Acacia Avenue"): capitalised words before a street word."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if (
            tok.text not in lexicon.STREET_SUFFIXES
            or i == 0
            or not (is_capitalised(toks[i - 1].text) or _numbered(toks[i - 1].text))
            or toks[i - 1].text.lower() in _NOT_STREET_NAME  # "GAMSTOP IN PLACE", "THE COURT"
        ):
            continue
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].text == "." else i + 1
        opener = k > i + 1 and toks[k].text.lower() in _OPENERS  # "on Mission St. She told"
        opener = opener or _numbered(toks[i - 1].text)  # "6th St NW": no saint after "6th"
        if tok.text in ("St", "Dr") and k < len(toks) and toks[k].text[:1].isupper() and not opener:
            continue  # "St Mary's", "Dr Patel", "Dr. F": a prefix, not a street
        first = i - 1
        while (
            first > 0
            and i - first < _MAX_RUN
            and (is_capitalised(toks[first - 1].text) or toks[first - 1].text in _DIRECTIONS)
            and toks[first - 1].text.lower() not in _FUNCTION
            and near(text, toks[first - 1], toks[first])
        ):
            first -= 1
        if (
            first > 0
            and toks[first - 1].text[:1].isdecimal()
            and near(text, toks[first - 1], toks[first])
            and not (first > 1 and toks[first - 2].text == "/")  # "5/23 George St": unit/number
        ):
            first -= 1
        spans.append(
            _span(
                toks,
                first,
                _unit_end(text, toks, i) - first + 1,
                "address",
                f"a street name ending in '{tok.text}'",
            )
        )
    return spans


def _numbered(word: str) -> bool:
    """A numbered street's ordinal: "37th" (Ave), "42nd" (St)."""
    return word[-2:].lower() in ("st", "nd", "rd", "th") and word[:-2].isdecimal()


def _unit_end(text: str, toks: list[Tok], i: int) -> int:
    """The last token of a street line: the street word, or a unit after it ("Apt 3B")."""
    j = i + 1
    if j < len(toks) and toks[j].text == "." and toks[j].start == toks[i].end:
        j += 1
    if j < len(toks) and toks[j].text == ",":
        j += 1
    if j + 1 < len(toks) and toks[j].text.lower() in _UNITS:
        k = j + 1
        if toks[k].text in ".#" and k + 1 < len(toks):
            k += 1
        if any(c.isdecimal() for c in toks[k].text) and near(text, toks[k - 1], toks[k]):
            return k
    return i


def _units(text: str, toks: list[Tok]) -> list[Span]:
    """A unit word and its number: "Suite 501", "Apt. 4B", "PO Box 12", "Flat 3"."""
    spans: list[Span] = []
    if vocabulary(toks).isdisjoint(_UNITS):
        return spans  # no unit word in the note
    lows = lowered(toks)
    for i, tok in enumerate(toks[:-1]):
        lower_ok = lows[i] in _LOWER_UNITS  # "apt 4B": typed notes drop the capital
        if lows[i] not in _UNITS or tok.text == "#" or not (tok.text[0].isupper() or lower_ok):
            continue
        k = i + 1
        if toks[k].text in ".#" and k + 1 < len(toks):
            k += 1
        if any(c.isdecimal() for c in toks[k].text) and near(text, toks[k - 1], toks[k]):
            first = (
                i - 2
                if i > 1 and toks[i - 1].text == "." and toks[i - 2].text in ("PO", "P.O")
                else i
            )
            spans.append(
                _span(toks, first, k - first + 1, "address", f"a number after '{tok.text}'")
            )
    return spans
