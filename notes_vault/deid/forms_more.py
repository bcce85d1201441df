"""Round 4's derived forms of what the vault knows (shared definition, searched apart).

Like `forms.py`, this says which written forms count; the replacer
(`known_more.py`) and the final check (`check_more.py`) each search for them
their own way.

- a postcode's outward code alone ("M20", "OX3", an Eircode's "E91"): three
  characters or more anywhere as a token; two ("N1", "E9") only beside a
  place the vault knows or a place tag;
- initials of a town of two or three words in the address ("GR" for Grand
  Rapids, "MK" for Milton Keynes), in capitals as a token;
- an organisation's acronym that keeps "of" ("CHOP" for Children's Hospital
  of Philadelphia, "BOA" for Bank of America), in capitals as a token;
- month names in Spanish, French, Portuguese, Italian and German, for a date
  of birth written in the client's first language ("12 de octubre", "4 mars");
- a year said in words ("nineteen ninety-one", "two thousand and four",
  "twenty ten"), for the year of birth after a date of birth.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from notes_vault.deid import forms_clips, forms_joined
from notes_vault.deid.forms import STOP_ACRONYMS
from notes_vault.deid.forms_cyrillic import CYRILLIC_MONTHS
from notes_vault.deid.forms_round6 import MORE_FOREIGN_MONTHS
from notes_vault.deid.forms_years import TENS, UNITS, said_year
from notes_vault.deid.months_celtic import CELTIC_MONTHS
from notes_vault.deid.names import ABBREVIATIONS

STOP_TOWN_INITIALS = frozenset({"ok", "us", "uk", "am", "pm", "id", "it", "me", "or", "in"})
# Month names of the languages a client in the UK or US most often writes a birthday in.
FOREIGN_MONTHS = {
    # Spanish, Portuguese, Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "marco": 3, "março": 3, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # German, Dutch
    "januar": 1, "februar": 2, "märz": 3, "marz": 3, "maerz": 3, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "januari": 1, "februari": 2, "maart": 3, "mei": 5,
    "augustus": 8,
    # Round 5 (k5): abbreviations of those that are no English word ("25 Dez 1979")
    "ene": 1, "dic": 12, "dez": 12, "okt": 10, "mrz": 3, "abr": 4, "fev": 2, "ott": 10,
    "giu": 6, "lug": 7, "sept": 9, "févr": 2, "déc": 12, "janv": 1, "juil": 7,
}  # fmt: skip
FOREIGN_MONTHS.update(MORE_FOREIGN_MONTHS)  # round 6 (k6): Polish, Romanian, Turkish
FOREIGN_MONTHS.update(CYRILLIC_MONTHS)  # round 13 (k13): Ukrainian, Russian
FOREIGN_MONTHS.update(CELTIC_MONTHS)  # round 14 (lead): Welsh, Irish


def any_foreign_month(lower: str, months: frozenset[int] = frozenset(range(1, 13))) -> bool:
    """A quick test of a lower-case note for `months`' names: long ones as substrings (C-speed;
    "main" is a false start), short ones as whole words (not in "medication")."""
    longs, shorts = _month_tests(months)
    return any(month in lower for month in longs) or bool(shorts and shorts.search(lower))


@lru_cache(maxsize=64)
def _month_tests(months: frozenset[int]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    names = [m for m in FOREIGN_MONTHS if FOREIGN_MONTHS[m] in months]
    shorts = "|".join(sorted((m for m in names if m not in _LONG_MONTHS), key=len, reverse=True))
    longs = tuple(m for m in names if m in _LONG_MONTHS)
    return longs, re.compile(rf"(?<![^\W\d_])(?:{shorts})(?![^\W\d_])") if shorts else None


_LONG_MONTHS = tuple(m for m in FOREIGN_MONTHS if len(m) > 4 or m in ("mars", "mai", "mei"))


# Joining words between a day, a month and a year in those languages ("12 de octubre").
DATE_JOINERS = frozenset({"de", "del", "di", "le", "den", "am", "im", "of"})

_OUTWARD = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$")
_UK_INWARD = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def outward_code(postcode: str) -> str:
    """The outward code of a UK postcode or the routing key of an Eircode, or ""."""
    compact = "".join(postcode.split()).upper()
    if " " in postcode.strip():
        head = postcode.split(maxsplit=1)[0].upper()
    elif _UK_INWARD.search(compact):
        head = compact[:-3]
    else:
        head = compact[:3] if len(compact) == 7 else ""  # an Eircode: routing key + 4
    return head if _OUTWARD.match(head) and head != compact else ""


@lru_cache(maxsize=1024)
def town_initials(address: str) -> frozenset[str]:
    """Lower-case initials of each two- or three-word town line of an address."""
    found = set()
    for line in re.split(r"[,\n;]", address):
        words = line.split()
        if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
            letters = "".join(w[0] for w in words).lower()
            if letters not in ABBREVIATIONS | STOP_ACRONYMS | STOP_TOWN_INITIALS:
                found.add(letters)
    return frozenset(found)


@lru_cache(maxsize=1024)
def of_acronyms(name: str) -> frozenset[str]:
    """ "chop" of Children's Hospital of Philadelphia: every word's letter, "of" kept."""
    words = [p for w in name.split() for p in w.split("-") if p[:1].isalpha()]
    lowered = [w.lower() for w in words]
    if "of" not in lowered[1:-1]:
        return frozenset()
    kept = [w for w in words if w.lower() not in ("the", "and", "&")]
    letters = "".join(w[0].lower() for w in kept)
    qualified = forms_clips.qualified_of_acronyms(words)  # round 12: "DOE" of NYC DOE
    return frozenset({letters} if 3 <= len(letters) <= 6 else ()) | qualified


_LINKS = frozenset({"of", "the", "and", "for", "at", "de", "la", "le", "du", "von", "van"})
_SAINTS = frozenset({"st", "st.", "saint", "ste", "san", "santa"})
_CLIP = 4  # a long first word is clipped to four letters or more ("Mass" of Massachusetts)


@lru_cache(maxsize=1024)
def org_clips(name: str) -> frozenset[str]:
    """Short forms people say of an organisation, lower case, two words each.

    "st pat" / "st paddy" of St Patrick's Hospital (a saint's name clipped to
    three letters or more, or a diminutive of it; the check and the replacer
    take a plural or possessive "s" after it); "mass general" / "mass gen" of
    Massachusetts General Hospital (a first word of seven letters or more
    clipped, with the next word or its first three letters).
    """
    from notes_vault.deid.names import variants  # noqa: PLC0415 - dataset loads on first use

    words = [w.strip(",") for w in name.split()]
    found: set[str] = set()
    for i, word in enumerate(words[:-1]):
        bare = words[i + 1].removesuffix("'s").removesuffix("\u2019s").rstrip("s'").lower()
        if word.lower() in _SAINTS and bare.isalpha() and len(bare) >= 4:
            nicks = {v for v in variants(bare.title()) if v[:2] == bare[:2]}  # not "Peter"
            shorts = {bare[:k] for k in range(3, len(bare))} | nicks
            found |= {f"{saint} {s}" for saint in ("st", "saint") for s in shorts if len(s) >= 3}
    first, *rest = words
    if len(first) >= 7 and first.isalpha() and rest and rest[0][:1].isupper():
        nxt = rest[0].lower()
        for k in range(_CLIP, len(first) - 1):
            found |= {f"{first[:k].lower()} {nxt}", f"{first[:k].lower()} {nxt[:3]}"}
    return frozenset(found)


def spoken_acronym(name: str, acronyms: frozenset[str]) -> frozenset[str]:
    """The whole acronym in any case ("mgh", "amc"): three letters or more, no English word
    ("gosh", "chop" in lower case are words)."""
    from notes_vault.deid.forms import common  # noqa: PLC0415 - shared word test

    words = [w for w in name.split() if w[:1].isalpha()]
    whole = max(sorted(acronyms), key=len, default="")  # ties: the first in order, not by hash
    if len(whole) < 3 or len(words) < 3 or common(whole) or whole in STOP_ACRONYMS:
        return frozenset()
    return frozenset({whole.removesuffix("s")} if whole.endswith("s") else {whole})


@lru_cache(maxsize=1024)
def address_words(address: str) -> frozenset[str]:
    """Words of six letters or more of a line of several words, that are not English words.

    The final check reads every such word, also one letter off (`check_forms._long_words`);
    the replacer takes them whole ("Llanddaniel" of "Llanddaniel Fab").
    """
    from notes_vault.deid.forms import common  # noqa: PLC0415 - shared word test

    found = set()
    for line in re.split(r"[,\n;]", address):
        words = line.split()
        if len(words) >= 2:
            found |= {w for w in words if len(w) >= 6 and w.isalpha() and not common(w)}
    return frozenset(found)


# A workplace or street word written in lower case where a place stands: after a
# preposition ("late at amazon", "a gig w rebirth", "on n roman"), a compass letter between.
PLACE_CUE = re.compile(
    r"(?<![\w/])(?:at|w|w/|with|for|from|on|off|in|to|near)[ \t/]+"
    r"((?:[nsew][ \t]+)?([a-z]{3,}))(?![\w'\u2019])"
)  # group 1: the stretch to replace; group 2: the word to look up


# Initials joined by "&" or "and" ("M&S", "P and G"): written so, even letters that are
# an abbreviation alone ("MS") are an organisation. Round 13: up to four letters a side,
# "+" too, and lower case with a sign ("DPS&C", "H+H", "baylor s&w"; "and" in capitals only).
AMPERSAND = re.compile(
    r"(?<![\w&+])([A-Za-z]{1,4})([ \t]?[&+][ \t]?|[ \t]and[ \t])([A-Za-z]{1,4})(?![\w&+])"
)


def ampersand_acronyms(name: str) -> frozenset[str]:
    """ "ms" of Marks and Spencer: the initials of two names joined by "and" or "&"; round
    13: of the words on each side of the join ("dpsc", "hh", "sw", forms_joined.py)."""
    words = name.replace("&", " & ").split()
    found = forms_joined.joined_acronyms(name)
    if (
        len(words) == 3
        and words[1].lower() in ("and", "&")
        and all(w[:1].isupper() for w in words[::2])
    ):
        return found | {(words[0][0] + words[2][0]).lower()}
    return found


def clipped_words(name: str) -> frozenset[str]:
    """ "royal vic" of Royal Victoria Infirmary: a word and the next one, of six letters or more
    and no English word, clipped to three letters or more."""
    from notes_vault.deid.forms import common  # noqa: PLC0415 - shared word test

    words = [w.strip(",") for w in name.split()]
    found = set()
    for before, word in itertools.pairwise(words):
        if before.lower() in _LINKS or not before[:1].isupper() or not before.isalpha():
            continue  # "of bed" of University of Bedfordshire names nothing
        if len(word) >= 6 and word.isalpha() and not common(word):
            found |= {f"{before.lower()} {word[:k].lower()}" for k in range(3, len(word) - 1)}
    return frozenset(found)


# Months in Roman numerals, as Polish, Italian and older British forms write a date of birth.
ROMAN_MONTHS = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
    "xi": 11, "xii": 12,
}  # fmt: skip
# Words that say a date of birth follows within a few characters ("DOB 3 11 87").
DOB_CUES = ("dob", "d.o.b", "born", "b.", "birth", "birthday")


@lru_cache(maxsize=1024)
def inner_plurals(name: str) -> frozenset[str]:
    """ "Greenwoods Vets", "Greenwood's Vets" of Greenwood Vets: a plural or possessive "s"
    on a word inside a name of two or three words, as people say a business."""
    words = name.split()
    if not 2 <= len(words) <= 3:
        return frozenset()
    found = set()
    for i, word in enumerate(words[:-1]):
        if word.isalpha() and len(word) >= 4 and not word.endswith("s"):
            for tail in ("s", "'s"):
                found.add(" ".join([*words[:i], word + tail, *words[i + 1 :]]))
    return frozenset(found)


# A postcode said letter by letter ("E H nine one H zed"): words read as characters.
SAID_CHARACTERS = {
    "zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "zed": "Z", "zee": "Z",
    # Letter names as dictation writes them ("aitch ex seven eight cue tee" for HX7 8QT).
    # Common words among them ("see", "you", "are") only count inside a run that spells
    # the whole known code, so ordinary speech does not match.
    "ay": "A", "bee": "B", "cee": "C", "see": "C", "sea": "C", "dee": "D", "ee": "E",
    "ef": "F", "eff": "F", "gee": "G", "aitch": "H", "haitch": "H", "eye": "I", "jay": "J",
    "kay": "K", "el": "L", "ell": "L", "em": "M", "en": "N", "pee": "P", "cue": "Q",
    "queue": "Q", "ar": "R", "are": "R", "ess": "S", "tee": "T", "tea": "T", "you": "U",
    "vee": "V", "ex": "X", "why": "Y", "wye": "Y",
}  # fmt: skip


def said_form(code: str) -> str:
    """A code as said characters compare it: "oh" is read as zero, so the letter O is too
    ("oh ell one" for OL1)."""
    return code.upper().replace("O", "0")


NAME_PARTICLES = frozenset(
    {"da", "de", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den",
     "le", "la", "bin", "ibn", "al", "el", "ap", "ter", "ten"}
)  # fmt: skip


def said_character(word: str) -> str:
    """One said character of a spelt-out code: a lone letter, a digit, or a number word."""
    if len(word) == 1 and word.isascii() and word.isalnum():
        return word.upper()
    return SAID_CHARACTERS.get(word.lower(), "")


def said_numbers(words: list[str]) -> list[str]:
    """Words with each run of number words said as digits: "oh six twenty two eighty three"
    -> ["06", "22", "83"], "seventy seven" -> ["77"], "nineteen eighty" -> ["1980"].

    Other words are kept, lower case; hyphens between number words are dropped.
    """
    return [text for _, _, text in said_number_spans([w for w in words if w != "-"])]


def said_number_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """`said_numbers` with where each item came from: (first word, past last word, text)."""
    lowered = [w.lower() for w in words]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(lowered):
        year, used = said_year(lowered[i : i + 5])
        word = lowered[i]
        nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
        if year is not None:
            text = str(year)
        elif word in ("oh", "zero", "nought") and UNITS.get(nxt, 10) < 10:
            text, used = f"0{UNITS[nxt]}", 2
        elif word in TENS:
            unit = UNITS.get(nxt, 10)
            text, used = (str(TENS[word] + unit), 2) if unit < 10 else (str(TENS[word]), 1)
        else:
            text, used = (str(UNITS[word]) if word in UNITS else word), 1
        out.append((i, i + used, text))
        i += used
    return out


def camel_acronym(name: str) -> frozenset[str]:
    """ "az" of AstraZeneca, "gsk" of GlaxoSmithKline: the capitals of one word written
    in camel case (two or more, the word longer than its capitals); round 13: the whole
    name's initials with a camel-cased word's parts ("nyp" of NewYork-Presbyterian)."""
    found = set()
    for word in name.split():
        capitals = "".join(c for c in word if c.isupper())
        if word.startswith(forms_joined.SURNAME_PREFIXES):
            continue  # "McBride", "DiMarco": a surname's prefix, not two words
        if 2 <= len(capitals) <= 4 and len(word) >= 6 and word[0].isupper() and not word.isupper():
            found.add(capitals.lower())
    return frozenset(found - ABBREVIATIONS - STOP_ACRONYMS) | forms_joined.camel_initials(name)


def short_clips(name: str) -> frozenset[str]:
    """ "man met" of Manchester Metropolitan University: a long first word and the next one
    each clipped to three letters. Written capitalised only: "a man met her" is words."""
    words = [w.strip(",") for w in name.split()]
    clipped = forms_clips.clipped_first(words)  # round 12: "Met Police", capitalised too
    if len(words) < 2 or len(words[0]) < 7 or len(words[1]) < 6:
        return frozenset(clipped)
    if words[0].isalpha() and words[1].isalpha() and words[1][:1].isupper():
        return frozenset({f"{words[0][:3].lower()} {words[1][:3].lower()}", *clipped})
    return frozenset(clipped)


# Numbers said in words matter here only after a birth cue or in an address with "dot".
SAID_GATE = re.compile(r"(?i)\b(?:dob|d\.o\.b|born|birth|birthday)\b|[ \t(\[]dot[ \t)\]]")


@lru_cache(maxsize=256)
def said_code_gate(code: str) -> re.Pattern[str]:
    """A quick test for a code said character by character: its first two said characters."""

    def said(char: str) -> str:
        words = [w for w, c in SAID_CHARACTERS.items() if c == said_form(char)]
        return "|".join([re.escape(char), *words])

    return re.compile(rf"(?i)(?<![\w'\u2019])(?:{said(code[0])})[ \t,]+(?:{said(code[1])})(?!\w)")
