"""Written forms of what the vault knows that are derived, not just folded.

Shared by the replacer (`known.py`) and the final check (`check.py`): this is
the definition of which forms count; each of them searches in its own way.
Round 3's word lists and small derivations are in `forms_extra.py`.

- acronyms of an organisation ("University College Cork" -> UCC, "Luton and
  Dunstable Hospital" -> LD/LDH, written "L&D"; "Anheuser-Busch" -> AB),
  every prefix of two letters or more of its significant words;
- prefixes of long name parts used as short forms ("Rigo" for Rigoberto):
  four letters or more, at least two short of the whole;
- street forms: "Ocean Pkwy" <-> "Ocean Parkway", the street name without its
  type ("Speedway" from "E. Speedway Blvd"), without a direction ("E.") or a
  unit ("Apt 6F");
- an organisation's name written shorter: without its legal suffix ("Ltd",
  "NHS Trust"), without its generic words ("Franklin" + "High School"), with
  those abbreviated ("Franklin HS", "Mercy Hosp"), without a leading place
  ("Pier Trust" of "Southport Pier Trust"), and acronyms of any run of three
  or more of its significant words ("CBGS" of "St Mary's Christian Brothers'
  Grammar School");
- a two-word place clipped to its first word and an initial ("st j" for
  St. Johnsbury, "ft w" for Fort Worth);
- slips of four-letter name parts, which the one-edit rule (five letters or
  more) leaves out: two letters swapped or one doubled ("Gerg", "Gregg" for
  Greg), never an English word;
- a sound key (metaphone) for long name parts spelt another way ("Cathryn");
- a transliteration key for names written in another script ("Дмитрий",
  "सुनीता", "رانيا"): anyascii (ISC licence) to Latin, then the consonant
  skeleton, compared with the skeleton of the known name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notes_vault.deid import forms_abbrev, forms_clips, forms_joined, forms_orgs, lexicon

STOP_ACRONYMS = frozenset(
    {"cbt", "dbt", "mdd", "gad", "ptsd", "adhd", "ocd", "asd", "nhs", "icu", "hx", "dx", "tx",
     "rx", "sx", "si", "hi", "mse", "phq", "bpd", "eft", "emdr", "act", "ssri", "roi", "pcp",
     "ed", "er", "aa", "na", "ok", "usa", "uk", "us", "eu", "un", "gp", "pm", "am", "hr", "it",
     "ceo", "bbc", "itv", "eg", "ie", "nb", "ps", "vs", "mr", "ms", "dr", "tv", "pe", "re",
     "dob", "mh", "cmht", "camhs", "iapt", "ae"}
)  # fmt: skip
# Words of organisations' names that name no one organisation: not looked for alone.
GENERIC_ORG_WORDS = frozenset(
    {"St", "The", "Saint", "Of", "And", "University", "College", "Medical", "Center", "Centre",
     "High", "Middle", "Primary", "Secondary", "Junior", "Infant", "Infants", "City", "East",
     "West", "North", "South", "Grand", "New", "Royal", "National", "General", "Community",
     "Memorial", "Sacred", "Heart", "Holy", "Catholic", "Christian", "County", "State",
     "Health", "Care", "Children's", "Regional", "Elementary", "Technology", "Upper", "Lower",
     "Great", "Little", "Old", "Park", "House", "Hall", "Court", "Home", "Homes", "Support",
     "For", "Immigrants", "Teaching", "Foundation", "Mental", "Public", "District"}
)  # fmt: skip
_LINKING = frozenset({"of", "and", "the", "for", "&", "at", "de", "la", "le"})
_STREET_TYPES = {
    "street": "st", "road": "rd", "avenue": "ave", "boulevard": "blvd", "parkway": "pkwy",
    "drive": "dr", "lane": "ln", "court": "ct", "place": "pl", "crescent": "cres",
    "square": "sq", "highway": "hwy", "terrace": "tce", "close": "cl", "gardens": "gdns",
}  # fmt: skip
_ABBREVIATED = {short: full for full, short in _STREET_TYPES.items()}
_ABBREVIATED |= {"terr": "terrace", "crt": "court", "av": "avenue"}  # round 7: as typed
STREET_WORDS = frozenset(_STREET_TYPES) | frozenset(_ABBREVIATED)
# Round 11 (k11): more street types and the short forms Royal Mail and USPS print ("SHANKILL
# PDE" for Shankill Parade); read by `street_forms` only (`STREET_WORDS` is unchanged).
_MORE_TYPES = {
    "parade": "pde", "grove": "gr", "walk": "wlk", "green": "grn", "circle": "cir",
    "trail": "trl", "esplanade": "esp", "promenade": "prom", "heights": "hts", "plaza": "plz",
    # Round 13 (k13): the rest of the common types' short forms (USPS Publication 28's
    # standard and accepted abbreviations; "pk" as UK notes type it: "sperrin pk").
    "park": "pk", "way": "wy", "hill": "hl", "view": "vw", "ridge": "rdg", "valley": "vly",
    "village": "vlg", "manor": "mnr", "meadows": "mdws", "orchard": "orch", "estate": "est",
    "mews": "mws", "square": "sq", "gate": "gt", "vale": "vl", "rise": "rse",
}  # fmt: skip
_MORE_TYPES |= {short: full for full, short in _MORE_TYPES.items()}
_DIRECTIONS = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"}
)
_DIRECTION_NAMES = {
    "n": ("n", "north"), "s": ("s", "south"), "e": ("e", "east"), "w": ("w", "west"),
    "north": ("n", "north"), "south": ("s", "south"), "east": ("e", "east"),
    "west": ("w", "west"),
}  # fmt: skip
_ROUTE_QUALIFIERS = frozenset({"state", "county", "us", "u.s.", "interstate"})
_HOUSE_TYPES = frozenset(
    {"farm", "house", "cottage", "cottages", "lodge", "barn", "hall", "manor", "grange",
     "villa", "mill", "site", "estate", "flats", "mansions", "park", "ward", "wing", "block",
     "college", "rectory", "vicarage", "presbytery", "manse", "parsonage", "convent",
     "hostel", "hotel", "inn", "premises", "tower"}  # "Cedar" of "Cedar Ward" (k4)
)  # fmt: skip
# Round 11 (k11): a building or pitch before a number ends the street part of a line
# ("Miner Village" of "Miner Village Bldg 6"); a site's kind: forms_clips.house_heads.
_UNIT_BEFORE_NUMBER = frozenset({"bldg", "building", "blk", "room", "rm", "bay", "pitch", "plot"})


def _unit(words: list[str], i: int) -> bool:
    """ "Apt", "Flat", or a building or pitch before a number: the unit after a street."""
    if _UNIT.match(words[i]):
        return True
    numbered = i + 1 < len(words) and any(c.isdigit() for c in words[i + 1])
    return numbered and words[i].lower().strip(".") in _UNIT_BEFORE_NUMBER


_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)?,?$")  # "12", "12A", "4-6"; not "6th"
_UNIT = re.compile(r"(?i)^(?:apt|apartment|unit|flat|suite|ste|#)\b")
_PREFIX_MIN = 4


@lru_cache(maxsize=4096)  # pure; indexed again for every export and note
def acronyms(name: str) -> frozenset[str]:
    """Lower-case acronyms of an organisation's name (see the module docstring)."""
    return frozenset(f for f in all_acronyms(name) if f not in STOP_ACRONYMS)


@lru_cache(maxsize=4096)
def all_acronyms(name: str) -> frozenset[str]:
    """`acronyms` with the abbreviations of their own kept."""
    words = [p for w in name.replace("&", " & ").split() for p in w.split("-") if p]
    significant = [w for w in words if w.lower() not in _LINKING and w[:1].isalpha()]
    letters = "".join(w[0].lower() for w in significant)
    found = {letters[:k] for k in range(2, len(letters) + 1)}
    found.add(letters + "s")  # "SWFRS": South Wales Fire and Rescue (Service)
    joined = "".join(w[0].lower() for w in words if w.lower() == "and" or w in significant)
    if len(joined) > len(letters) >= 2:  # "SABP": Surrey and Borders Partnership (round 8)
        found.add(joined)
    if words[-1:] == ["Trust"]:  # "CFT": Cornwall Partnership NHS Foundation Trust; round 15:
        for dropped in (_TRUST_QUALIFIERS, {"NHS"}):  # "LYPFT", "HTFT" keep all but "NHS"
            found.add("".join(w[0].lower() for w in significant if w not in dropped))
    found |= forms_orgs.campus_acronyms(words, letters)  # round 10: "uwec", "CU"
    return frozenset(found)


_TRUST_QUALIFIERS = frozenset({"NHS", "Partnership", "Teaching"})
_LEGAL = frozenset({"ltd", "limited", "llp", "plc", "inc", "llc", "co", "corp", "nhs"})
_SHORT_WORDS = {
    "school": "sch", "hospital": "hosp", "academy": "acad", "university": "uni",
    "college": "coll", "primary": "prim", "community": "comm", "centre": "ctr",
    "center": "ctr", "medical": "med", "association": "assoc", "department": "dept",
    "junior": "jr", "senior": "sr",
}  # fmt: skip
_INNER_ACRONYM = 3


def _generic(word: str) -> bool:
    bare = word.strip(".,'\u2019").removesuffix("'s").removesuffix("s'")
    return (
        bare.lower() in _LEGAL
        or bare in lexicon.ORG_SUFFIXES
        or bare in GENERIC_ORG_WORDS
        or bare.title() in GENERIC_ORG_WORDS
        or word in GENERIC_ORG_WORDS
    )


@lru_cache(maxsize=1024)
def org_forms(name: str) -> frozenset[str]:
    """Multi-word short forms of an organisation's name (see the module docstring).

    Only forms of two words or more, or one word that is not an English word
    or a place: what is left names this organisation, not any.
    """
    words = [w.strip(",") for w in name.replace("&", " & ").split() if w.strip(",")]
    while words and words[-1].lower().strip(".") in _LEGAL:
        words = words[:-1]  # "Ltd", "NHS Trust" keeps "Trust"; see below
    found = {" ".join(words)}
    found |= {" ".join(words[:k]) for k in range(2, len(words)) if words[k - 1] not in _LINKING}
    found |= {
        " ".join(words[k:])
        for k in range(1, len(words) - 1)
        if words[k].lower() not in _LINKING and any(_telling(w) for w in words[k:])
    }  # "Local 25" of "Teamsters Local 25"
    cut = len(words)
    while cut > 0 and _generic(words[cut - 1]):
        cut -= 1
    own, tail = words[:cut], [w for w in words[cut:] if w.lower() not in _LEGAL]
    heads = [own]
    if len(own) >= 2 and own[0] in lexicon.places():
        heads.append(own[1:])  # "Pier Trust" of "Southport Pier Trust"
    heads += forms_orgs.named_after(own, tail)  # round 10: "Columbus HS"
    for head in (h for h in heads if h):
        for form in _tails(tail):
            found.add(" ".join([*head, *form]))
    if len(words) >= 2 and len(words[0]) >= _CLIP_FROM and words[0] in lexicon.places():
        rest = " ".join(words[1:])  # round 7: "man airport", "Manc Airport" of Manchester's
        found |= {f"{words[0][:k]} {rest}" for k in range(_CLIP, min(6, len(words[0]) - 1))}
    found |= forms_orgs.state_codes(found)  # round 10: "AL Medicaid" of Alabama Medicaid
    found |= forms_orgs.place_first(words)  # round 11: "brad uni", "Bradford Met Council"
    found |= {f.replace(" & ", " and ") for f in found if " & " in f}  # "Shah and Co"
    found |= {f.replace(" and ", " & ") for f in found if " and " in f}
    found = {f for f in found if _distinct(f)}
    found |= forms_abbrev.other_kinds(words)  # round 14: "Cumbria police"
    found |= {c for f in found for c in forms_abbrev.clipped(f)}  # round 14: "MTN COMP CARE"
    keep = [f for f in found if _distinct(f) or forms_abbrev.names_one(f, _generic)]
    return frozenset(f for f in keep if f != name)


@lru_cache(maxsize=4096)  # round 22: asked 8 times a linked name, by both layers
def looks_like_org(name: str) -> bool:
    """A linked "other" or GP that is an organisation ("... Development Center", "... Services",
    and round 7: a name with "of", "the", "&" or "and", or "The" first, which no person's has;
    round 10: a word that names no person, "Medicaid", "WhatsApp"; round 13: one hyphenated
    word with a camel-cased part, "NewYork-Presbyterian")."""
    words = [w.strip(".,") for w in name.split()]
    linking = words[:1] == ["The"] or any(w in ("of", "the", "&", "and", "for") for w in words)
    suffix = any(w in lexicon.ORG_SUFFIXES for w in words[1:])
    brand = any(w in lexicon.NOT_PEOPLE for w in words)  # round 10: "Alabama Medicaid"
    if len(words) == 1 and "-" in name:  # round 13: "NewYork-Presbyterian", not "Mary-Jane"
        return bool(forms_joined.camel_initials(name))
    return len(words) >= 2 and (linking or suffix or brand)


def _telling(word: str) -> bool:
    """A word that names something on its own: a number, or an unusual word."""
    bare = word.strip(".,'\u2019")
    return any(c.isdecimal() for c in bare) or (
        len(bare) >= 3 and not _generic(bare) and not common(bare)
    )


_CLIP = 3
_CLIP_FROM = 6
_NOT_CLIPS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
     "wed", "thu", "fri", "sat", "sun"}
)  # fmt: skip


@lru_cache(maxsize=4096)
def clips(part: str) -> tuple[str, ...]:
    """The first three letters of a long given name, a short form ("Ife" for Ifeoluwa).

    Matched with a capital only; never an English word, a month or a weekday.
    """
    letters = "".join(c for c in part if c.isalpha())
    if len(letters) < _CLIP_FROM:
        return ()
    clip = letters[:_CLIP]
    if clip.lower() in _NOT_CLIPS or common(clip) or clip.title() in lexicon.places():
        return ()
    return (clip,)


def short_forms(part: str) -> tuple[str, ...]:
    """A name part cut ("Rigo"), clipped ("Ife") or made a pet name ("Shivvy"): capital only."""
    return (*prefixes(part), *clips(part), *pet_forms(part))


_PET_ENDS = ("y", "ie")
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=4096)  # pure; indexed again for every export and note
def pet_forms(part: str) -> tuple[str, ...]:
    """A short given name or alias made a pet name by "-y"/"-ie", its last consonant
    doubled or not ("Shiv" -> "Shivvy", "Shivie"; "Kat" -> "Katty"). Round 5 (k5).

    Parts of three to five letters ending in a consonant; matched with a capital only;
    never an English word or a place ("Bill" -> "Billy" is in the nicknames data).
    """
    letters = "".join(c for c in part if c.isalpha())
    if not 3 <= len(letters) <= 5 or letters[-1].lower() in _VOWELS | {"y", "w", "h"}:
        return ()
    doubled = letters[-2].lower() in _VOWELS  # "Shivvy", "Tommy"; never "Markky"
    stems = (letters, letters + letters[-1].lower()) if doubled else (letters,)
    found = (stem + end for stem in stems for end in _PET_ENDS)
    return tuple(f for f in found if not common(f) and f.title() not in lexicon.places())


def _tails(tail: list[str]) -> list[list[str]]:
    """The generic words after a name: whole, cut short, as initials, abbreviated, or none."""
    out: list[list[str]] = [[], tail, tail[:1], tail[-1:]]  # "Fenwick College"
    if len(tail) >= 2:
        letters = "".join(w[0].upper() for w in tail)
        out += [[letters], [".".join(letters) + "."]]
    out.append([_SHORT_WORDS.get(w.lower(), w) for w in tail])
    return out


def _distinct(form: str) -> bool:
    """A form that names one organisation: two words or more, or one unusual word."""
    words = form.split()
    if len(words) >= 2:
        return not all(_generic(w) or w.lower() in _LINKING for w in words)
    word = words[0] if words else ""
    return len(word) >= 3 and not common(word) and word.title() not in lexicon.places()


def inner_acronyms(name: str) -> frozenset[str]:
    """Acronyms of every run of three or more significant words, not from the first ("cbgs")."""
    words = [p for w in name.replace("&", " & ").split() for p in w.split("-") if p]
    letters = "".join(w[0].lower() for w in words if w.lower() not in _LINKING and w[:1].isalpha())
    found = {
        letters[i:j]
        for i in range(1, len(letters))
        for j in range(i + _INNER_ACRONYM, len(letters) + 1)
    }
    return frozenset(f for f in found if f not in STOP_ACRONYMS and not common(f))


_SLIP_LENGTH = 4


@lru_cache(maxsize=4096)
def short_slips(part: str) -> frozenset[str]:
    """Lower-case slips of a four-letter name part: adjacent letters swapped, one doubled."""
    word = part.lower()
    if len(word) != _SLIP_LENGTH or not word.isascii() or not word.isalpha():
        return frozenset()
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    doubles = {word[: i + 1] + word[i:] for i in range(len(word))}
    return frozenset(f for f in swaps | doubles if f != word and not common(f))


@lru_cache(maxsize=4096)  # pure; indexed again for every export and note
def prefixes(part: str) -> tuple[str, ...]:
    """Short forms made by cutting a long name ("Rigoberto" -> "Rigo", "Co-operative" -> "Coop").

    Not English words or place names ("North" of Northwestern, "Christ").
    """
    letters = "".join(c for c in part if c.isalpha())
    if len(letters) < _PREFIX_MIN + 2:
        return ()
    cuts = (letters[:k] for k in range(_PREFIX_MIN, len(letters) - 1))
    return tuple(c for c in cuts if not common(c) and c.title() not in lexicon.places())


@lru_cache(maxsize=4096)  # pure; indexed again for every export and note
def street_forms(line: str) -> frozenset[str]:
    """An address line's street written other ways ("Ocean Pkwy" -> "Ocean Parkway"...)."""
    words = line.replace(",", " ").split()
    if _UNIT.match(line.strip()):
        return frozenset()
    unit = next((i for i, w in enumerate(words) if i and _unit(words, i)), len(words))
    words = forms_clips.number_after(words[:unit])  # "41-60 Main St Apt 8F", "Calle X 22"
    number = words[0] if words and words[0][:1].isdecimal() else ""
    direction = ""
    while words and (_HOUSE_NUMBER.match(words[0]) or words[0].lower().strip(".") in _DIRECTIONS):
        if not _HOUSE_NUMBER.match(words[0]):
            direction = words[0].lower().strip(".")  # "S" of "2941 S 13th St": "S. 13th"
        words = words[1:]  # house number, "E.", "North"; not "6th" of "6th St"
    while words and words[-1].lower().strip(".") in _DIRECTIONS:
        words = words[:-1]  # "SE", "NW"
    if not words:
        return frozenset()
    if len(words) >= 3 and words[0].lower().strip(".") in _ROUTE_QUALIFIERS:
        words = words[1:]  # "State Route 7" is said "Route 7"
    last = words[-1].lower().strip(".")
    forms = {" ".join(words)}
    if direction and len(words) == 2 and words[0][:1].isdecimal():
        forms |= {f"{d} {words[0]}" for d in _DIRECTION_NAMES.get(direction, (direction,))}
    if last in _HOUSE_TYPES and len(words) > 1:  # "Cefn Isaf" of "Cefn Isaf Farm"
        forms |= forms_clips.house_heads(words)
    other = _STREET_TYPES.get(last) or _ABBREVIATED.get(last) or _MORE_TYPES.get(last)
    if other and len(words) > 1:
        forms.add(" ".join([*words[:-1], other]))
        if not (len(words) == 2 and words[0][:1].isdecimal()):
            forms.add(" ".join(words[:-1]))  # the name alone: "Speedway", not "6th"
    forms |= forms_clips.numbered_roads(words)  # round 12: "HWY 15" of "Highway 15 S"
    if number:
        ways = _direction_ways(direction) if direction else ()
        forms |= {f"{number} {way}{form}" for form in forms for way in ("", *ways)}
    return frozenset(f for f in forms if len(f.replace(" ", "")) >= 3)


def _direction_ways(direction: str) -> tuple[str, ...]:
    """ "ne" written between a house number and its street: "NE ", "N.E. ", "Northeast " (k5)."""
    names = {"n": "north", "s": "south", "e": "east", "w": "west"}
    if direction in names.values() or len(direction) > 2:
        return (f"{direction} ",)
    dotted = "".join(f"{c}." for c in direction)
    return (f"{direction} ", f"{dotted} ", "".join(names[c] for c in direction) + " ")


_SOUND_MIN = 5  # parts and words this long (letters) are compared by sound
_CODE_MIN = 3  # and only when their code has this many sounds


@lru_cache(maxsize=8192)
def sound(word: str) -> str:
    """Metaphone code (jellyfish, MIT) of a name part or word; "" when too short to trust.

    "Cathryn" and "Katherine" are both K0RN, "Goldburg" and "Goldberg" KLTBRK.
    """
    if len(word) < _SOUND_MIN or not word.isascii() or not word.isalpha():
        return ""
    import jellyfish  # noqa: PLC0415 - 11 ms, only when a name is long enough

    code = str(jellyfish.metaphone(word))
    return code if len(code) >= _CODE_MIN else ""


def common(word: str) -> bool:
    """True when a word is an English word (so a capital is needed to match it)."""
    return word.lower() in lexicon.common_words()
