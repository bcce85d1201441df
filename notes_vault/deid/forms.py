"""Written forms of what the vault knows that are derived, not just folded.

Shared by the replacer (`known.py`) and the final check (`check.py`): this is
the definition of which forms count; each of them searches in its own way.

- acronyms of an organisation ("University College Cork" -> UCC, "Luton and
  Dunstable Hospital" -> LD/LDH, written "L&D"; "Anheuser-Busch" -> AB),
  every prefix of two letters or more of its significant words;
- prefixes of long name parts used as short forms ("Rigo" for Rigoberto):
  four letters or more, at least two short of the whole;
- street forms: "Ocean Pkwy" <-> "Ocean Parkway", the street name without its
  type ("Speedway" from "E. Speedway Blvd"), without a direction ("E.") or a
  unit ("Apt 6F");
- a sound key (metaphone) for long name parts spelt another way ("Cathryn");
- a transliteration key for names written in another script ("Дмитрий",
  "सुनीता", "رانيا"): anyascii (ISC licence) to Latin, then the consonant
  skeleton, compared with the skeleton of the known name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from notes_vault.deid import lexicon

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
_DIRECTIONS = frozenset(
    {"n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west"}
)
_UNIT = re.compile(r"(?i)^(?:apt|apartment|unit|flat|suite|ste|#)\b")
_PREFIX_MIN = 4


@lru_cache(maxsize=4096)  # pure; indexed again for every export and note
def acronyms(name: str) -> frozenset[str]:
    """Lower-case acronyms of an organisation's name (see the module docstring)."""
    words = [p for w in name.replace("&", " & ").split() for p in w.split("-") if p]
    significant = [w for w in words if w.lower() not in _LINKING and w[:1].isalpha()]
    letters = "".join(w[0].lower() for w in significant)
    found = {letters[:k] for k in range(2, len(letters) + 1)}
    found.add(letters + "s")  # "SWFRS": South Wales Fire and Rescue (Service)
    return frozenset(f for f in found if f not in STOP_ACRONYMS)


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
    number = words[0] if words and words[0][:1].isdecimal() else ""
    while words and (words[0][:1].isdecimal() or words[0].lower().strip(".") in _DIRECTIONS):
        words = words[1:]  # house number, "E.", "North"
    while words and words[-1].lower().strip(".") in _DIRECTIONS:
        words = words[:-1]  # "SE", "NW"
    if not words:
        return frozenset()
    last = words[-1].lower().strip(".")
    forms = {" ".join(words)}
    other = _STREET_TYPES.get(last) or _ABBREVIATED.get(last)
    if other and len(words) > 1:
        forms.add(" ".join([*words[:-1], other]))
        forms.add(" ".join(words[:-1]))  # the name alone: "Speedway", "Sunday's Well"
    if number:
        forms |= {f"{number} {form}" for form in forms}
    return frozenset(f for f in forms if len(f.replace(" ", "")) >= 3)


@cache
def _anyascii() -> object:
    from anyascii import anyascii  # noqa: PLC0415 - per-script tables, loaded for non-Latin text

    return anyascii


@lru_cache(maxsize=4096)
def skeleton(word: str) -> str:
    """Consonants of a word in Latin letters, doubles collapsed ("Дмитрий" -> "dmtr")."""
    latin = str(_anyascii()(word)).lower()  # type: ignore[operator]
    out: list[str] = []
    for char in latin:
        if char.isalpha() and char not in "aeiouy" and (not out or out[-1] != char):
            out.append(char)
    return "".join(out)


_RUN = re.compile(r"[^\s\d!-/:-@\[-`{-~\u2018-\u201f\u00ab\u00bb]+")  # one class: linear


def foreign_words(text: str) -> list[tuple[int, int]]:
    """Spans of words with letters from a non-Latin script (marks of Indic scripts kept)."""
    if text.isascii():
        return []
    return [
        m.span()
        for m in _RUN.finditer(text)
        if not m.group().isascii() and foreign_script(m.group())  # an ASCII word is Latin
    ]


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


def foreign_script(word: str) -> bool:
    """True for a word with letters outside Latin (after look-alikes were folded)."""
    return any(c.isalpha() and not c.isascii() and not _latin_letter(c) for c in word)


@lru_cache(maxsize=4096)
def _latin_letter(char: str) -> bool:
    import unicodedata  # noqa: PLC0415 - stdlib, next to its one use

    return unicodedata.name(char, "").startswith("LATIN")


def common(word: str) -> bool:
    """True when a word is an English word (so a capital is needed to match it)."""
    return word.lower() in lexicon.common_words()
