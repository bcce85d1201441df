"""Round 6 (k6) written forms derived from a record, shared by both layers.

Like `forms.py`, this defines which forms count; the replacer
(`known_round6.py`) and the final check (`check_round6.py`) each search for
them their own way.

- The day or the month of birth alone near a birthday word: "bday is 9th",
  "b. 14th", "birthday was Oct", "birthday month is October". The day needs no
  "the" here (round 3's rule asks for one far from the cue); an ordinal that
  counts something ("her 3rd session") or follows a possessive ("her 30th", an
  age) is no day. Someone else's birthday ("mum's birthday") is no cue.
- A name written in another transliteration: "Olha" for Olga, "Yevheniia" for
  Yevgeniya. Both are read through `translit_key`, which merges the letters
  transliterations of Cyrillic, Greek and Arabic names trade (g/h, kh/h, w/v,
  i/y/j, c/k/q, x/ks, ph/f) and doubled letters; an English word is not one, nor
  one of the census's common given names when the record's name is one too ("Harry"
  for Gary; but "Galina" for Halyna is).
- A piece of an e-mail address's local part with a digit ("kov91" of
  zhenya.kov91@...): the address said in words leaves its pieces apart.
- A lone capital that is a subject's first initial, where a person stands:
  after a verb that takes a person ("told D that"), after "with", "from" or
  "about" before a comma or a bracket ("bored with P,"), before a verb only a
  person does ("19:10 R said"), or with "'s" ("D's mom"; not "vitamin D's"). "A"
  and "I" never. In lower case too ("spoke w/ z re housing", "z said"), but not the
  letters hurried writing uses as words ("u", "r", "k", "y", "c", "n", "x", "o", "s").
- A subject's initials in lower case before a verb only a person does or "'s"
  ("dp said", "dp's mom"), unless the letters are an English word or an
  abbreviation ("hb", "rr", "cp" are clinical ones).
- An organisation by the lower-case form of a word it writes in capitals ("jd" of
  JD Sports), by "U of A" (the first letters of "University of Arkansas"), with a
  number word written in digits ("2 Sisters" of Two Sisters Food Group), and its
  first distinctive word in lower case right after "at" or "from" ("at temple").
"""

from __future__ import annotations

import datetime
import re
from functools import cache, lru_cache

from notes_vault.deid import forms_orgs
from notes_vault.deid.lexicon import census_first_names, common_words
from notes_vault.deid.names import ABBREVIATIONS
from notes_vault.deid.squash import fold

# Round 6: month names in Polish (nominative and genitive, as dates write them), Romanian
# and Turkish, accents or none; read only beside the day of birth (`forms_more`).
MORE_FOREIGN_MONTHS = {
    "styczeń": 1, "styczen": 1, "stycznia": 1, "luty": 2, "lutego": 2, "marzec": 3,
    "marca": 3, "kwiecień": 4, "kwiecien": 4, "kwietnia": 4, "maj": 5, "maja": 5,
    "czerwiec": 6, "czerwca": 6, "lipiec": 7, "lipca": 7, "sierpień": 8, "sierpien": 8,
    "sierpnia": 8, "wrzesień": 9, "wrzesien": 9, "września": 9, "wrzesnia": 9,
    "październik": 10, "pazdziernik": 10, "października": 10, "pazdziernika": 10,
    "listopad": 11, "listopada": 11, "grudzień": 12, "grudzien": 12, "grudnia": 12,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    "ocak": 1, "şubat": 2, "subat": 2, "nisan": 4, "may\u0131s": 5, "mayis": 5, "haziran": 6,
    "temmuz": 7, "ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10,
    "kas\u0131m": 11, "kasim": 11, "aral\u0131k": 12, "aralik": 12,
}  # fmt: skip
BIRTHDAY_CUES = frozenset(
    {"birthday", "bday", "birthdays", "b'day", "birthdate", "dob", "born", "bdays"}
)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# A month abbreviation that is an English word counts only with its capital ("Mar", "May").
WORD_MONTHS = frozenset({"mar", "may", "jun", "jan", "dec", "sep", "oct"})
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")
POSSESSIVES = frozenset({"her", "his", "their", "my", "your", "our"})
CUE_WINDOW = 5  # words from the cue to the day or month, in one clause


_DAY_NAMES = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth of the".split()
)


def month_in_date(before: str, after: str) -> bool:
    """True when a month is part of a whole date ("fifth of December", "Oct 3"): the
    words beside it, lower case, say so; a whole date is other rules' to take."""
    day = before[:1].isdigit() or before in _DAY_NAMES
    return day or after[:1].isdigit() or after in _DAY_NAMES


def month_words(dob: datetime.date) -> frozenset[str]:
    """The month of birth as written alone: "october", "oct", "oct." is read without its stop."""
    name = MONTH_NAMES[dob.month - 1]
    forms = {name, name[:3]}
    if name == "september":
        forms.add("sept")
    return frozenset(forms)


def day_words(dob: datetime.date) -> frozenset[str]:
    """The day of birth as a numeric ordinal, any suffix ("9th", "09th", "3rd", "3th")."""
    return frozenset(f"{n}{s}" for n in {str(dob.day), f"{dob.day:02d}"} for s in ORDINAL_SUFFIXES)


_MERGES = (("kh", "h"), ("zh", "j"), ("ph", "f"), ("ck", "k"), ("x", "ks"))
_LETTERS = str.maketrans({"g": "h", "w": "v", "j": "y", "i": "y", "c": "k", "q": "k"})
TRANSLIT_MIN = 4  # letters of a name part and of the word written for it


@lru_cache(maxsize=8192)
def translit_key(word: str) -> str:
    """A word as transliterations agree on it ("Olha", "Olga" -> "olha"); "" when too short."""
    lower = fold(word).lower()
    if len(lower) < TRANSLIT_MIN or not lower.isascii() or not lower.isalpha():
        return ""
    for old, new in _MERGES:
        lower = lower.replace(old, new)
    lower = lower.translate(_LETTERS)
    lower = lower[1:] if lower.startswith("ye") else lower  # "Yevgenia", "Evgenia"
    return "".join(c for i, c in enumerate(lower) if not i or lower[i - 1] != c)


@lru_cache(maxsize=256)
def first_letters(keys: frozenset[str]) -> frozenset[str]:
    """Lower-case letters a word may start with to have one of these keys (a pre-test)."""
    return frozenset(c for key in keys if key for c in _first_letters().get(key[0], ""))


@cache
def _first_letters() -> dict[str, str]:
    """Each key's first letter -> the letters a word with such a key may start with, as
    `translit_key` makes them (read off every two-letter opening)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    table: dict[str, set[str]] = {}
    for a in letters:
        for b in letters:
            for rest in ("ama", "ena"):  # "zhe" -> "ye" -> "e"
                if key := translit_key(a + b + rest):
                    table.setdefault(key[0], set()).add(a)
    return {k: "".join(sorted(v)) for k, v in table.items()}


def respelt(word: str, part: str) -> bool:
    """True when `word` is `part` in another transliteration, and may be taken as it."""
    if fold(word).lower() == fold(part).lower():
        return False  # the same spelling: other rules take it
    lower = word.lower()
    census = census_first_names()
    if lower in common_words() or (word.capitalize() in census and part.capitalize() in census):
        return False  # "Harry" for a Gary: two common given names are two people
    key = translit_key(word)
    return bool(key) and key == translit_key(part)


_PIECE = re.compile(r"[A-Za-z0-9]+")


@lru_cache(maxsize=1024)
def email_pieces(address: str) -> frozenset[str]:
    """Pieces of an address's local part with a digit and two letters ("kov91"), lower case."""
    local = address.split("@", 1)[0].lower()
    pieces = _PIECE.findall(local)
    if len(pieces) < 2:
        return frozenset()  # one piece is the whole local part, found already
    return frozenset(
        p
        for p in pieces
        if len(p) >= 4 and any(c.isdigit() for c in p) and sum(c.isalpha() for c in p) >= 2
    )


# Words after which a lone capital stands for a person: verbs that take a person, with
# any word after ("told D that"), and prepositions, with a comma or bracket after ("bored
# with P,"; "with B and C" may be a list).
PERSON_VERBS = frozenset(
    "told asked reminded thanked hugged texted warned met helped called rang".split()
)
PERSON_BEFORE = frozenset("with from about re w".split()) | PERSON_VERBS
# After a preposition, a lone initial ends its phrase: a mark, or one of these words.
PHRASE_ENDS = frozenset([",", ";", ")", ":", "re", "about", "today", "yesterday", "again"])
# A lone capital right after these is something else's ("vitamin D", "Plan B", "grade C").
NOT_PERSON_BEFORE = frozenset(
    "plan vitamin grade type hep hepatitis cluster class group level category section part "
    "block ward bay room team stage tier option appendix row unit size cup exhibit form "
    "schedule phase step line channel platform gate zone item point".split()
)


@lru_cache(maxsize=1024)
def lone_letters(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The capitals a subject may be written as alone: the first letter of the name, of an alias."""
    letters = {fold(n)[:1].upper() for n in (name, *aliases) if n[:1].isalpha()}
    return frozenset(c for c in letters if c.isascii() and c not in ("A", "I"))


@lru_cache(maxsize=1024)
def lower_initials(name: str, aliases: tuple[str, ...] = ()) -> frozenset[str]:
    """A subject's initials to be found in lower case: first and last, every part, and an
    alias's first letter with the surname's ("zk" for Zhenya Kovalenko)."""
    parts = [fold(w).lower() for w in name.split() if w[:1].isalpha()]
    if len(parts) < 2:
        return frozenset()
    forms = {parts[0][0] + parts[-1][0], "".join(p[0] for p in parts)}
    forms |= {fold(a).lower()[0] + parts[-1][0] for a in aliases if a[:1].isalpha()}
    return frozenset(f for f in forms if not _abbreviation(f))


# Lower-case letters that are words of hurried writing ("u said", "r u ok", "k thanks").
LOWER_NOT_INITIALS = frozenset("aiouycrnkxs")


def _abbreviation(letters: str) -> bool:
    """An English word or an abbreviation of clinical or everyday writing ("hb", "rr", "cp")."""
    return letters in common_words() or letters in _abbreviations()


@cache
def _abbreviations() -> frozenset[str]:
    from notes_vault.deid.forms import STOP_ACRONYMS  # noqa: PLC0415 - a cycle otherwise
    from notes_vault.deid.lexicon import ABBREVIATIONS as WRITTEN  # noqa: PLC0415

    return frozenset(
        {w.lower() for w in WRITTEN} | ABBREVIATIONS | STOP_ACRONYMS | CLINICAL_LETTERS
    )


# Clinical shorthand in small letters ("hb was low"; round 18's `forms_standing` reads it).
CLINICAL_LETTERS = frozenset(
    "hb bm rr sp fh dm af bs bg ua ue ix ax sx hx dx tx rx fu pr ob".split()
)
# Verbs only a person does, after lower-case initials ("dp said"): "hb was low" is no one.
LOWER_ACTS = frozenset(
    "said says reports reported feels felt came went rang called texted cried arrived wants "
    "thinks agreed denied admits admitted asked told cancelled canceled".split()
)
_NUMBER_WORDS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
)  # fmt: skip
_UNIVERSITY_HEADS = frozenset({"university", "univ", "college", "bank", "church"})


@lru_cache(maxsize=1024)
def org_forms(name: str) -> frozenset[str]:
    """An organisation's round 6 forms matched with their capitals: "U of A", "2 Sisters"."""
    words = name.split()
    forms: set[str] = set()
    if len(words) >= 3 and words[0].lower() in _UNIVERSITY_HEADS and words[1].lower() == "of":
        place = words[2]
        forms |= {f"{words[0][0]} of {place[0]}", f"{words[0][0]} of {place}"}
        forms |= {f"{words[0][0]}. of {place[0]}.", f"{words[0][0]}of{place[0]}"}
    forms |= initialled_tail(name)
    if words and words[0].lower() in _NUMBER_WORDS and len(words) >= 2:
        digits = str(_NUMBER_WORDS.index(words[0].lower()) + 1)
        forms.add(f"{digits} {words[1]}")
    elif words and words[0].isdecimal() and len(words) >= 2 and 0 < int(words[0]) <= 12:
        forms.add(f"{_NUMBER_WORDS[int(words[0]) - 1].capitalize()} {words[1]}")
    return frozenset(forms)


def initialled_tail(name: str) -> frozenset[str]:
    """A name's last words by their capitals: "Franklin County Board of DD" of "... Board of
    Developmental Disabilities", "Lieber CI" of "Lieber Correctional Institution"."""
    words = name.split()
    forms = set()
    if "of" in words[1:-1]:
        at = len(words) - 1 - words[::-1].index("of")
        tail = words[at + 1 :]
        if 2 <= len(tail) <= 4 and all(w[:1].isupper() for w in tail):
            forms.add(" ".join(words[: at + 1]) + " " + "".join(w[0] for w in tail))
    rest = words[1:]
    if 2 <= len(rest) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
        forms.add(f"{words[0]} {''.join(w[0] for w in rest)}")
    return frozenset(forms)


@lru_cache(maxsize=1024)
def lower_acronyms(name: str) -> frozenset[str]:
    """Words an organisation writes in capitals, to be found in lower case ("jd", "cdc"),
    and (round 15) its acronyms of four letters or more that are no word or abbreviation:
    "nsft" typed in a lower-case note for Norfolk and Suffolk NHS Foundation Trust."""
    from notes_vault.deid.forms import acronyms  # noqa: PLC0415 - a cycle otherwise

    built = frozenset(
        a for a in acronyms(name) if len(a) >= _LOWER_ACRONYM and not _abbreviation(a)
    )
    return (
        built
        | frozenset(
            w.lower()
            for w in re.findall(r"[A-Za-z]+", name)
            if 2 <= len(w) <= 5
            and w.isupper()
            and not _abbreviation(w.lower())
            and w.lower() not in _STOP
        )
        | forms_orgs.campus_lower(name)  # round 10: "uwec" of UW-Eau Claire
    )


_LOWER_ACRONYM = 4


_STOP = frozenset(
    "nhs uk us usa cbt gp va md do rn lpn ucla mit usc nyu".split()
)  # national bodies and credentials, not this employer
ORG_LOWER_BEFORE = frozenset({"at", "from"})


@lru_cache(maxsize=1024)
def org_head(name: str) -> str:
    """An organisation's first word when it names it but other rules leave it: an English
    word or a word that ends organisations' names ("temple" of Temple University), lower
    case; "" when the first word is generic ("University") or neither."""
    from notes_vault.deid.forms import GENERIC_ORG_WORDS  # noqa: PLC0415 - a cycle otherwise
    from notes_vault.deid.lexicon import ORG_SUFFIXES  # noqa: PLC0415

    words = [w for w in name.split() if w.lower() != "the"]
    if len(words) < 2 or words[0] in GENERIC_ORG_WORDS or not words[0].isalpha():
        return ""
    head = words[0].lower()
    named = head in common_words() or words[0] in ORG_SUFFIXES
    return head if named and len(head) >= 4 else ""


_SITE_WORDS = frozenset(
    "unit campus center centre college house hall court estate tower towers hotel shelter "
    "hostel lodge block wing ward villa manor farm cottage mansions".split()
)


@lru_cache(maxsize=1024)
def site_forms(address: str) -> frozenset[str]:
    """A named site in an address written shorter, with its capitals: what a bracket holds
    ("Human Services Campus" of "no fixed address (Human Services Campus)"), the line
    without a leading acronym ("Ellis Unit" of "TDCJ Ellis Unit"), slashed words by their
    initials ("L/L Center" of "Living/Learning Center"), and the site's distinctive name
    before its site word ("Ellis", "Keynes"), when that is no English word."""
    forms: set[str] = set()
    for raw in re.split(r"[,\n;]", address):
        line = raw.strip()
        forms |= {m.strip() for m in re.findall(r"\(([^()]{5,60})\)", line)}
        words = line.split()
        if len(words) >= 3 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 5:
            forms.add(" ".join(words[1:]))
            words = words[1:]
        if words and "/" in words[0]:
            pieces = [p for p in words[0].split("/") if p[:1].isupper()]
            if len(pieces) >= 2:
                forms.add("/".join(p[0] for p in pieces) + " " + " ".join(words[1:]))
        forms |= initialled_tail(" ".join(words)) if not any(c.isdigit() for c in line) else set()
        named = len(words) == 2 and words[1].lower() in _SITE_WORDS and words[0].isalpha()
        if named and words[0][:1].isupper() and words[0].lower() not in common_words():
            forms.add(words[0])
    return frozenset(f for f in forms if len(f.replace(" ", "")) >= 4 and not f[:1].isdigit())


_HANDLE = re.compile(r"([A-Za-z]{4,16})[._]?(\d{1,4})")


def handle_owner(token: str, parts: frozenset[str]) -> bool:
    """A user name made of a name part, at most three more letters and digits ("amberw75",
    "zhenya_91"): `parts` are known people's name parts, lower case, four letters or more."""
    match = _HANDLE.fullmatch(token)
    if match is None:
        return False
    letters, digits = match.group(1).lower(), match.group(2)
    words = common_words()
    return any(
        letters.startswith(p)
        and len(letters) - len(p) <= 3
        and (len(digits) >= 2 or p not in words)
        for p in parts
    )  # an English word with one digit ("amber2") may be no user name


def handle_parts(names: list[str]) -> frozenset[str]:
    """Name parts a user name may start with: four letters or more."""
    return frozenset(low for name in names for part in name.split() if (low := _handle_part(part)))


@lru_cache(maxsize=4096)
def _handle_part(part: str) -> str:
    low = fold(part).lower()
    return low if len(low) >= 4 and low.isalpha() else ""


def kind_after(before: list[str], word: str) -> bool:
    """ "at the temple": an organisation named first by its kind (Temple Beth El, Church of
    the Nazarene), lower case after "at the", "to the" or "from the"; `before`: the two
    words before it, lower case."""
    from notes_vault.deid.lexicon import ORG_SUFFIXES  # noqa: PLC0415

    kinds = len(before) == 2 and before[1] == "the" and before[0] in ("at", "to", "from")
    return kinds and word.islower() and word.capitalize() in ORG_SUFFIXES
