"""Organisations named in lower case, as dictated and phone-typed notes write them
(layer "context", issue 13 round 5).

Speech-to-text and thumbs write "went to mass at holy ghost", "a number for odyssey
house", "chemo at usa health center", "the stewpot food pantry", "a job at federal
hill pizza": no capital marks the name. What does mark it is the word a kind of
place ends with ("clinic", "pantry", "baptist", "house") and a word before it that
says which one: a run of one to four lower-case words before such a head word,
after a preposition of place or work ("at", "to", "from", "for", "through", "via",
"with") or after "the" that follows one, is an organisation when at least one of
its words is no word of a generic description ("the food pantry", "at walk in
clinic", "the county hospital", "her mom's house", "a safe house" are kept).

A few heads say a named place only without "the" ("house": "at hope house", not
"at the beach house"). Round 7 (o8): a run and its head that fill a bracket name one
body too, when the head is "police" or "council" (only in brackets: "police (humberside
police)", not "by campus police") or a word of the run is in no English list ("(fernlea
clinic)"). Token lookups around each head word: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, lowered, near, vocabulary

# Lower-case words a named organisation ends with.
HEADS = frozenset(
    "clinic clinics center centre hospital hospice pantry pizza pizzeria baptist methodist "
    "presbyterian lutheran pentecostal tabernacle mission agency academy diner deli grill "
    "bakery brewery tavern pub bar cafe café restaurant zoo archives foundation ministries "
    "ministry temple mosque masjid synagogue shul gurdwara gym fitness motors foods farms "
    "church cathedral chapel parish house supermarket market club "
    "health behavioral behavioural".split()  # round 13 (c13): "chemo at usa health"
)
# After "the" only these heads, of a business or a congregation, mark a name ("the plaid
# pantry", "the holy name baptist"); "the contact centre", "the boxing gym" say what kind.
_AFTER_THE = frozenset(
    "pantry pizza pizzeria diner grill baptist methodist presbyterian lutheran pentecostal "
    "tabernacle brewery tavern bakery".split()
)
# Heads that name a place only without an article: "at hope house", not "the beach house".
_BARE_ONLY = frozenset(["house", "market", "church", "chapel", "bar", "pub"])
# Words a name does not run back over: "to family and church", "with one house".
_STOP = frozenset(
    "and or but nor then also as so if than is was are were be been not no very too just "
    "all one some any only even more most much many few two three both each our".split()
)
# Words before the head that open the run: a preposition of place, work or referral.
_CUES = frozenset("at to from for through via with into by @".split())
# Words of a generic description: a run made only of these names a kind, not one place.
GENERIC = frozenset(
    "walk walkin in urgent methadone suboxone eye dental dentist pain sleep job day senior "
    "rec recreation food free halfway local big new old little main nearby downtown county "
    "state city town public private rural closest nearest same other different another "
    "general teaching university childrens children's kids womens women's mens men's "
    "veterans vet va detox rehab treatment residential sober safe open full trap frat tree "
    "beach farm guest care group foster boarding whole own next last first second third "
    "cancer heart fertility gender diabetes asthma memory ivf sexual abortion family "
    "planning birth maternity pregnancy crisis respite nursing retirement assisted living "
    "community health medical mental behavioral behavioural wellness counseling "
    "counselling therapy psych psychiatric addiction recovery outpatient inpatient drop "
    "youth student students employment welfare benefits housing homeless shelter church "
    "pizza chinese indian thai italian mexican chicken burger coffee kebab fish chip chips "
    "corner bingo sports dining concert music exam council white court school high middle "
    "elementary primary secondary catholic christian evangelical orthodox jewish islamic "
    "muslim sikh hindu buddhist baptist methodist parish national regional district emergency "
    "er ed icu trauma burn stroke imaging x ray xray blood lab labs test testing vaccine "
    "covid flu pharmacy supermarket grocery corner convenience gas petrol psychology "
    "neuropsychology forensic clinical child adolescent adult geriatric book golf night "
    "football rugby cricket tennis running walking boxing social working breakfast "
    "homework chess drama art craft knitting reading supper lunch country strip borough "
    "town's neighbourhood neighborhood".split()
)
_MAX_WORDS = 4


def find_lower_orgs(text: str, toks: list[Tok]) -> list[Span]:
    """Lower-case organisation names before a head word (see the module docstring)."""
    if vocabulary(toks).isdisjoint(_ALL_HEADS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for h in [k for k, low in enumerate(lows) if low in _ALL_HEADS]:
        if not toks[h].text.islower() or h == 0:
            continue
        found = _run_before(text, toks, lows, h)
        if found is not None:
            spans.append(found)
    return spans


def _run_before(text: str, toks: list[Tok], lows: list[str], h: int) -> Span | None:  # noqa: PLR0911 - one early exit per rule reads best
    """The organisation ending at head word h, or None."""
    first = h
    while first > 0 and h - first < _MAX_WORDS:
        word = toks[first - 1].text
        if not (word.isalpha() and word.islower()) or not near(text, toks[first - 1], toks[first]):
            break
        if word in _CUES or word in lexicon.DETERMINERS or word in _STOP:
            break
        if _whose(word) and not (lows[h] in _INSTITUTIONS and not _kin(word)):
            break  # o16: "at tyrones house"; but "at palmers hospital" is no one's home
        first -= 1
    if first in (h, 0):
        return None
    cue = lows[first - 1]
    the = cue == "the"
    cued = cue in _CUES or (the and lows[h] in _AFTER_THE)
    if not (_bracketed(lows, first, h) or (cued and lows[h] not in _BRACKET_HEADS)):
        return None  # a force or council only in brackets: "by campus police" stays
    if h + 1 < len(toks) and toks[h + 1].text == "-" and toks[h + 1].start == toks[h].end:
        return None  # "a house-for-duty priest"
    named = [w for w in lows[first:h] if w not in GENERIC]
    if not named or all(len(w) < 2 or w in lexicon.DETERMINERS for w in named):
        return None
    if lows[h] in _HEALTH_HEADS and _health_kind(toks, lows, first, h):
        return None  # "referred to occupational health", "at home health care"
    if lows[h] == "club" and h - first < 2:
        return None  # "from canoe club": a kind of club; "@ fulton heights club" names one
    if lows[h] in _BARE_ONLY and any(w in _KINDS for w in lows[first:h]):
        return None  # "at coffee house", "from flea market": what kind, not which one
    reason = f"context: a lower-case name before '{lows[h]}' after '{toks[first - 1].text}'"
    key = fold(" ".join(t.text for t in toks[first : h + 1]))
    return Span(toks[first].start, toks[h].end, "organisation", "context", reason, key)


# A health service by its kind, not its name (round 13, c13): "occy health", "home health".
_HEALTH_HEADS = frozenset(["health", "behavioral", "behavioural"])
_HEALTH_KINDS = frozenset(
    "occupational occ occy physical campus employee serious own your his her their my "
    "spiritual oral home primary integrative population global digital reproductive allied "
    "good poor bad overall general environmental perinatal maternal infant neonatal pediatric "
    "paediatric prenatal postnatal postpartum brain bone skin lung hearing vision refugee "
    "immigrant minority lgbt lgbtq trans queer military workplace".split()
)
# What may follow a name's head: a preposition, a conjunction, a time or dictated punctuation
# ("at usa health in july", "park place behavioral comma"); any other word makes a compound.
_AFTER_NAME = frozenset(
    "in on at for and or to with from by since until about re this next last today tomorrow "
    "yesterday tonight comma period full new end".split()
)


def _health_kind(toks: list[Tok], lows: list[str], first: int, h: int) -> bool:
    """A kind of health service, or a head that runs on into a compound ("a health visitor",
    "health check"; not "usa health in july", "park place behavioral comma")."""
    if any(w in _HEALTH_KINDS for w in lows[first:h]):
        return True
    after = toks[h + 1].text if h + 1 < len(toks) else ""
    return after.isalpha() and after.islower() and after not in _AFTER_NAME


def _bracketed(lows: list[str], first: int, h: int) -> bool:
    """The run and its head fill a bracket ("police (humberside police)", "housing (east
    riding council)", round 7, o8): a force or council, or a run with a word in no English
    list ("(fernlea clinic)"; not "(eating disorders clinic)")."""
    if lows[first - 1] != "(" or h + 1 >= len(lows) or lows[h + 1] != ")":
        return False
    return lows[h] in _BRACKET_HEADS or any(not lexicon.english(w) for w in lows[first:h])


_BRACKET_HEADS = frozenset(["police", "council", "constabulary"])
_ALL_HEADS = HEADS | _BRACKET_HEADS


# Heads no one lives in (o16): before them a given name with an "s" names the place
# ("at palmers hospital", "from hopkins clinic"), not someone's home.
_INSTITUTIONS = frozenset(
    "hospital hospice clinic clinics center centre academy foundation ministries agency".split()
)


def _kin(word: str) -> bool:
    """A relation word, perhaps with an "s" ("moms", "nans")."""
    return word in lexicon.PERSON_CUES or word.removesuffix("s") in lexicon.PERSON_CUES


def _whose(word: str) -> bool:
    """A relation or a given name, perhaps with an "s" ("moms house", "at tyrones house"):
    someone's home, not a named place."""
    stem = word[:-1] if word.endswith("s") else word
    return (
        word in lexicon.PERSON_CUES
        or stem in lexicon.PERSON_CUES
        or (word != stem and stem.title() in lexicon.first_names())
    )


# Words that, before "house" or "market", say what kind it is, not which one.
_KINDS = frozenset(
    "ware coffee road guest boarding opera ale public dog green hen bath light tree play "
    "doll big fire full open safe half way trap frat crack flop stash bird "
    "fish flea farmers street night super stock black meat cattle antique".split()
)


# Three-letter words after "at" that name no organisation ("at uni", "at mom's").
_SHORT_WORDS = frozenset("uni mom mum dad nan gran lol tbh omg idk asap".split())


def short_org(word: str) -> bool:
    """A three-letter lower-case word after "at" that is an organisation's initials ("at
    umc", "at jlr"): no English word, abbreviation, relation or month."""
    return (
        len(word) == 3
        and word.isalpha()
        and word not in _SHORT_WORDS
        and word not in lexicon.PERSON_CUES
        and word.upper() not in lexicon.ABBREVIATIONS
        and word.title() not in lexicon.NOT_NAMES
        and word not in lexicon.common_words()
    )
