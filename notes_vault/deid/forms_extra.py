"""More written forms derived from a record (issue 12, round 3), shared by both layers.

Like `forms.py`, this defines which forms count; the replacer (`known.py`,
`known_search.py`) and the final check (`check*.py`) each search for them in
their own way. Word lists: named days of the year, nouns an ordinal counts,
abbreviations of no agent and the verbs after a subject, honorifics after a
hyphen, denominations, words that take or make a lone capital. Derivations:
initials with a double-barrelled surname, practices named like people,
titles that are also given names, towns clipped to a word and an initial.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notes_vault.deid import lexicon

# Days of the year known by a name: on a client's birthday, the name is the birth date
# ("born on Cinco de Mayo"). Lower case, apostrophes out, one space.
NAMED_DAYS = {
    "new years day": (1, 1), "burns night": (1, 25), "groundhog day": (2, 2),
    "valentines day": (2, 14), "valentines": (2, 14), "leap day": (2, 29),
    "st davids day": (3, 1), "st patricks day": (3, 17), "paddys day": (3, 17),
    "april fools day": (4, 1), "april fools": (4, 1), "st georges day": (4, 23),
    "may day": (5, 1), "cinco de mayo": (5, 5), "juneteenth": (6, 19), "canada day": (7, 1),
    "fourth of july": (7, 4), "independence day": (7, 4), "bastille day": (7, 14),
    "halloween": (10, 31), "all saints day": (11, 1), "bonfire night": (11, 5),
    "guy fawkes night": (11, 5), "armistice day": (11, 11), "veterans day": (11, 11),
    "remembrance day": (11, 11), "st andrews day": (11, 30), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "new years eve": (12, 31), "hogmanay": (12, 31), "epiphany": (1, 6),
    "three kings day": (1, 6), "twelfth night": (1, 5), "candlemas": (2, 2),
    "assumption day": (8, 15), "ferragosto": (8, 15), "dekapentavgoustos": (8, 15),
    "all souls day": (11, 2), "st nicholas day": (12, 6), "st stephens day": (12, 26),
    "st lucys day": (12, 13), "st johns day": (6, 24), "midsummers day": (6, 24),
    "st swithins day": (7, 15), "lammas": (8, 1),
    "leap year baby": (2, 29), "leap year": (2, 29), "leapling": (2, 29),  # round 5 (k5)
    # Round 15 (lead): fixed feasts by their Spanish and Portuguese names, as US and UK
    # notes quote families ("born el Día de los Reyes Magos"), keys as `day_key` folds them;
    # not Día de (los) Muertos, a festival families go to (round 14's near miss, k14), and
    # not Nochebuena, which k15's forms_feasts reads beside a birth cue.
    "dia de reyes": (1, 6), "dia de los reyes": (1, 6), "dia de los reyes magos": (1, 6),
    "dia de los santos reyes": (1, 6), "ano nuevo": (1, 1), "dia de san valentin": (2, 14),
    "dia de san juan": (6, 24), "sao joao": (6, 24), "dia de la virgen": (12, 12),
    "navidad": (12, 25), "dia de navidad": (12, 25),
    "nochevieja": (12, 31), "reveillon": (12, 31),
    "twelfth night eve": (1, 5),  # round 20 (k20): "on the 5th - Twelfth Night eve"
}  # fmt: skip
# Nouns an ordinal counts that make it no age: "her 30th session", "his 12th visit".
COUNTED = frozenset(
    "session sessions time times visit appointment appt attempt try go week day year month "
    "admission placement job cycle round floor street st avenue ave percentile centile "
    "century place grade birthdays anniversary wedding dose drink".split()
)
# Initials that are also an abbreviation of no one who acts ("AM", "TV", "ID"): opening a
# clause before a verb, they are a person ("AM arrived late"); "GP said" is a GP.
NOT_AGENTS = frozenset("am pm tv id ie eg nb ps vs st rd bc ad ae bp cv ct ok re".split())
SUBJECT_VERBS = frozenset(
    "is was has had says said feels felt came went left rang called texted cried arrived "
    "reports reported describes described presents presented attends attended wants wanted "
    "thinks thought seems seemed looks looked missed cancelled canceled agreed disclosed "
    "spoke talked laughed asked told admits admitted denies denied became".split()
)
# Honorifics written after a name with a hyphen ("Tanaka-sensei", "Priya-ji"): not its rest.
HONORIFIC_SUFFIXES = frozenset(
    "san kun chan sama sensei senpai ji jee bhai ben di didi ssi nim jan ka ko".split()
)


_PRACTICE_WORDS = 4
# Denominations name the organisation they end ("UPMC Presbyterian" is "Presby"):
# distinctive words of its name, with a capital.
DENOMINATIONS = frozenset(
    {"Presbyterian", "Methodist", "Lutheran", "Baptist", "Pentecostal", "Evangelical",
     "Episcopal", "Adventist", "Mennonite", "Congregational", "Unitarian"}
)  # fmt: skip


def hyphen_initials(words: list[str]) -> frozenset[str]:
    """Initials with a double-barrelled surname's two letters: "phb" (P H-B), "pjhb"."""
    if len(words) < 2 or "-" not in words[-1].strip("-"):
        return frozenset()
    barrel = "".join(p[0] for p in words[-1].split("-") if p[:1].isalpha()).lower()
    given = "".join(w[0] for w in words[:-1] if w[:1].isalpha()).lower()
    return frozenset({given[:1] + barrel, given + barrel}) if given else frozenset()


def maybe_practice(name: str, relation: str) -> bool:
    """A GP or linked "other" of four words or more, no title: a practice, maybe a person.

    "Kaiser Permanente San Jose": indexed both ways (acronym "KP" and short
    forms as an organisation, name parts as a person). Also "Kaiser Permanente
    Mid-Atlantic" (a hyphenated word's parts counted) and three words ending on a place.
    """
    words = name.split()
    if {w.lower() for w in words} & _NEVER_IN_A_PERSON or words[:1] == ["The"]:
        return False  # round 7: "The Intl. Institute of the Bay Area" is no person
    if relation not in ("gp", "other") or not words or is_title(words[0]):
        return False
    # Round 8: a hyphenated word counts as its parts, and three words ending on a place are
    # a health system's site too ("Kaiser Permanente Mid-Atlantic", "Sutter Health Roseville").
    parts = [p for w in words for p in w.split("-") if p]
    return len(parts) >= _PRACTICE_WORDS or (len(words) >= 3 and words[-1] in lexicon.places())


# Words no person's name holds: a name with one is an organisation's only.
_NEVER_IN_A_PERSON = frozenset({"of", "the", "and", "&", "for", "at"})
# Words that link an organisation's name and name nothing alone ("the" of "Church of
# the Nazarene"): never a distinctive part of it.
LINKING = frozenset({"the", "and", "for"})


# Credentials that are also given names ("Pa" Nhia Vang): a title only in capitals or
# with a stop ("PA", "P.A."); honorifics ("Dr", "mrs") in any case.
_CREDENTIALS = frozenset({"pa", "np", "rn", "md", "lcsw", "licsw", "lmft", "lmhc", "lpc", "lcpc",
                          "dc", "pc"})  # fmt: skip


def is_title(word: str) -> bool:
    """A word of a recorded name that is a title or credential, not a name part."""
    bare = word.lower().strip(".,")
    if bare not in lexicon.TITLES:
        return False
    return bare not in _CREDENTIALS or word.strip(".,").isupper() or "." in word


# Capitals that stand beside a lone capital letter without it being a person's
# initial: the word before takes a letter ("PLAN B", "VITAMIN D", "HEP C"), the
# word after makes one word with it ("T CELL", "X RAY").
LETTER_TAKERS = frozenset(
    "PLAN VITAMIN VIT HEP HEPATITIS TYPE GRADE CLASS CLUSTER SIZE ROOM RM WARD BAY UNIT BED "
    "LEVEL FLOOR STAGE PART STEP PHASE SECTION TIER WING OPTION BLOCK GATE ITEM ROUTE LINE "
    "FORM APPENDIX GROUP TEAM CATEGORY BAND AXIS SCHEDULE LIST POD BUILDING BLDG CELL SUITE "
    "APT FLAT HOUSE KEY NOTE MINOR MAJOR PAGE CHAPTER LOT ZONE AREA SIDE DRIVE SCALE CAT "
    "MODEL ROW SEAT CAR TRAIN COACH PLATFORM TERMINAL STAND YEAR DAY".split()
)
LETTER_MAKERS = frozenset(
    "SHIRT SHIRTS TURN RAY RAYS CELL CELLS JUNCTION BONE NECK TRAIN WORD WORDS PLUS MINUS "
    "GRADE GRADES LIST LINE DIFF COLI SCORE SCORES".split()
)


# A place's first word that people write before a clipped second one ("st j" for
# St. Johnsbury, "ft w" for Fort Worth), with its other spellings.
_CLIPPED_FIRST = {
    "st": ("st", "saint"), "saint": ("st", "saint"), "ste": ("ste", "sainte"),
    "sainte": ("ste", "sainte"), "ft": ("ft", "fort"), "fort": ("ft", "fort"),
    "mt": ("mt", "mount"), "mount": ("mt", "mount"), "pt": ("pt", "port", "point"),
    "port": ("pt", "port"), "point": ("pt", "point"), "san": ("san",), "santa": ("santa",),
    "los": ("los",), "las": ("las",), "new": ("new",), "lake": ("lake",), "glen": ("glen",),
}  # fmt: skip


@lru_cache(maxsize=1024)
def locality_clips(line: str) -> frozenset[str]:
    """A two-word place clipped to its first word and an initial: "st j", "saint j", "ft w".

    Lower case, one space; only for places whose first word is one people
    write that way (saints, forts, mounts, ports, "San", "New"...).
    """
    words = line.replace(",", " ").split()
    if len(words) != 2 or not words[1][:1].isalpha():
        return frozenset()
    first = _CLIPPED_FIRST.get(words[0].lower().strip("."), ())
    return frozenset(f"{spelling} {words[1][0].lower()}" for spelling in first)


# A town joined by a linking word ("Barrow-in-Furness", "Stratford-upon-Avon",
# "Newton-le-Willows", "Weston-super-Mare"): people write its first word alone.
_JOINED_TOWN = re.compile(
    r"([A-Z][a-z]{2,})-(?:in|on|upon|under|le|la|by|en|sur|super|de|next)-[A-Za-z]", re.ASCII
)


# Round 12 (k12): written with spaces, a place's leading words before its linking word
# ("La Cala" of "La Cala de Mijas", "Henley" of "Henley on Thames"), at the piece's start.
_SPACED_TOWN = re.compile(
    r"\A[ \t]*((?:[A-Z][^\W\d_]*[ ]){0,2}[A-Z][^\W\d_]{2,})[ ]"
    r"(?:de|del|de[ ]la|upon|on|in|under|le|la|sur|by|next[ ]the)[ ][A-Z]"
)


def joined_town_heads(line: str) -> frozenset[str]:
    """The first word of each town joined by a linking word: "Barrow" of "Barrow-in-Furness"."""
    spaced = _SPACED_TOWN.match(line) if not any(c.isdigit() for c in line) else None
    heads = {m.group(1) for m in _JOINED_TOWN.finditer(line)}
    return frozenset(heads | ({spaced.group(1)} if spaced else set()))


def respelling(parts: list[str]) -> bool:
    """Syllables joined by hyphens that respell a name for its sound ("Oh-lee-ver", "GRAWN-ya").

    Three syllables or more, or two with one stressed in capitals; never an
    ordinary hyphenated word ("follow-up", "well-being").
    """
    if not 2 <= len(parts) <= 4 or any(not p.isalpha() or len(p) > 6 for p in parts):
        return False
    stressed = any(len(p) >= 2 and p.isupper() for p in parts) and not all(
        p.isupper() for p in parts
    )
    return (len(parts) >= 3 or stressed) and "".join(parts).lower() not in lexicon.common_words()
