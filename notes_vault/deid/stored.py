"""What the therapist typed into the record, read in the other ways a note writes it.

A record's value is typed once, in one form; a note writes it in another. The forms
the engine derives (`forms.py`, `check_forms.py`) start from the stored value, so a
value stored in a form the note does not use was never looked for in the note's form:

- a word stored abbreviated, or written abbreviated in the note: "St. Mungo's Academy"
  written "Saint Mungo's", "Mount Sinai" written "Mt Sinai", "Intl. Rescue Committee"
  written "International Rescue Committee", "Dept." and "Department", "&" and "and";
- a name's particle joined or spaced: "van der Berg" written "Vanderberg", "De Souza"
  written "DeSouza", "Saint-Pierre" written "St. Pierre";
- an organisation stored with "The" or a legal form ("plc", "Ltd.", "Inc.") that the
  note leaves out: the forms derived from its name ("M&S", "M and S") start without them;
- an NHS trust stored with its qualifiers ("Humber Teaching NHS FT", "Stockport NHS
  Foundation Trust") written without them ("humber ft", "Stockport FT");
- a name stored in Cyrillic, Greek, Han or Hangul written in Latin letters ("Олена
  Коваль" as "Olena Koval", "张伟" as "Zhang Wei");
- a name stored surname first ("WRIGHT, Colin", "van der Berg, Mary-Kate") written in
  the usual order;
- an e-mail stored with "mailto:" or a display name ("Jo Bloggs <jo@example.com>"),
  a phone field holding two numbers ("cell: ...; work: ...");
- several aliases typed in one field ("Tiger/Tig", "Bobby, Rob");
- a therapist's note in brackets inside a stored value ("(bridging)", "(wife)",
  "(she/her)"), which names nothing and is dropped;
- a US ZIP+4 code, or a ZIP stored after its state ("10025-1234", "WA 98122"), written
  as the five digits alone.

`variants` gives the other written forms of one stored name; the contact fields'
readings (e-mail, phone, ZIP) are in `stored_contact.py`. The replacer
(`known.build_index`) and the final check (`check.Checker`) each add them under the
same owner as the stored value: the check's search stays its own, only what it
searches for grows.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid import lexicon
from notes_vault.deid.forms import STREET_WORDS
from notes_vault.deid.model import KnownSubject, LinkedPerson
from notes_vault.deid.stored_contact import (
    ZIP9,
    domain_words,
    email_address,
    email_forms,
    email_words,
    phone_numbers,
    zip_code,
)

# Words written in full or abbreviated: each group is one word. Folded, stops dropped.
# Only words whose other form would be left beside a replaced name and read with it
# ("Mt [EMPLOYER]", "International [PERSON]"), or spelt two ways: a generic last word
# ("Hosp", "Ltd", "Acad") left after a replaced name says nothing, and every variant
# costs the index a whole organisation's forms.
_SAME = (
    ("saint", "st"),
    ("mount", "mt"),
    ("fort", "ft"),
    ("international", "intl"),
    ("national", "natl"),
    ("department", "dept"),
    ("university", "univ", "u"),
    ("center", "centre"),
    ("and", "&"),
)
_GROUP = {word: group for group in _SAME for word in group}
# "St" ends a street's name ("Pine St"): read as Saint only before another word.
_NOT_LAST = frozenset({"st", "saint"})
# Particles joined to the next word of a name, or written apart from it.
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "dos",
     "das", "ten", "ter", "mac", "mc", "bin", "ibn", "al", "el", "st", "saint", "ap", "ní",
     "ni", "nic", "ó", "o", "ua", "uí", "mhic"}
)  # fmt: skip
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*\.?|&")
_TOWN_LINKS = frozenset({"upon", "on", "in", "under", "by", "le", "la", "de", "sur", "the"})
_UNIT = re.compile(r"(?i)^(?:apt|apartment|unit|flat|suite|ste|#)")
_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{0,40}[)\]]")
_SUFFIX = re.compile(
    r"(?:,?\s+(?:jr|sr|ii|iii|iv|phd|md|dds|esq|lcsw|lpc|rn|np|mbe|obe)\.?)+\s*$", re.IGNORECASE
)
_PARTS = re.compile(r"[\s\-,]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACES = re.compile(r"  +")
_LINES = re.compile(r"[,\n;]")
_ALIAS_SPLIT = re.compile(r"[/,;]| or ")  # "Tiger/Tig", "Bobby, Rob": several in one field
_RELATION_FIRST = re.compile(
    r"^(?:mum|mom|mother|dad|father|parent|wife|husband|partner|son|daughter|brother|sister|"
    r"gp|employer|school|friend|carer|guardian|nan|gran|grandma|grandad|aunt|uncle)"
    r"\s*(?:[-\u2013\u2014:]\s*)",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"she", "her", "hers", "he", "him", "his", "they", "them", "ze", "xe"})
# "Humber Teaching NHS Foundation Trust" is written "Humber FT": the qualifiers go, the
# trust is its initials.
_TRUST_INITIALS = "FT"
_QUALIFIERS = re.compile(r"\s+(?:NHS|Teaching)(?=\s)")
_TRUST = re.compile(r"\bFoundation\s+Trust$")
_PHONETIC = frozenset({"CYRILLIC", "GREEK", "CJK", "HANGUL", "LATIN"})
_SYLLABLE = re.compile(r"[A-Z][a-z]*")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_LEGAL = re.compile(r"[\s,]+(?:plc|ltd|limited|inc|llc|llp|co|corp|l\.?l\.?c)\.?$", re.IGNORECASE)
_MAX = 16  # variants of one name at most: a name has few abbreviable words


def _written(word: str, other: str) -> str:
    """`other` in the case of `word` ("St." -> "Saint", "SAINT" -> "ST")."""
    if other == "&" or word == "&":
        return other
    if word.isupper() and len(word.strip(".")) > 1:
        return other.upper()
    return other.title() if word[:1].isupper() else other


def _choices(tokens: list[str], inside: list[bool], address: bool) -> list[list[str]]:
    out = []
    for i, token in enumerate(tokens):
        key = token.strip(".").lower()
        trust = token == _TRUST_INITIALS  # "Stockport FT": a foundation trust, no fort
        group = _GROUP.get(key, ()) if not inside[i] and not trust else ()
        street = address and i and not tokens[i - 1][:1].isdecimal()  # "Oxford St Shelter"
        if key in _NOT_LAST and (i == len(tokens) - 1 or street):
            group = ()
        out.append([token, *(_written(token, o) for o in group if o != key)])
    return out


@lru_cache(maxsize=4096)
def variants(name: str) -> tuple[str, ...]:
    """Other written forms of a stored name: abbreviations swapped, particles joined,
    a surname-first name turned round. The stored form itself is not among them."""
    found: dict[str, None] = {}
    for line in [*_turned(name), *_latin(name)]:
        found[line] = None
        for form in _swapped(line):
            found[form] = None
        for form in list(found):
            found.update(dict.fromkeys(_joined(form)))
    found.pop(name, None)
    return tuple(itertools.islice(found, _MAX))


def _latin(name: str) -> list[str]:
    """A name stored in another script, in Latin letters as a note writes it: Cyrillic and
    Greek letter by letter ("Олена Коваль" -> "Olena Koval"), Han and Hangul syllable by
    syllable ("张伟" -> "Zhang Wei"). Scripts written without vowels (Arabic, Hebrew) are
    left: their letters alone spell no name a note would write."""
    if name.isascii() or not any(c.isalpha() and not c.isascii() for c in name):
        return []
    scripts = {unicodedata.name(c, " ").split()[0] for c in name if c.isalpha() and not c.isascii()}
    if not scripts <= _PHONETIC or scripts <= {"LATIN"}:
        return []  # accents in Latin letters are folded already; abjads are left
    from anyascii import anyascii  # noqa: PLC0415 - per-script tables, loaded when needed

    words = [anyascii(w).replace("'", "") for w in name.split()]
    words = [" ".join(_SYLLABLE.findall(w)) or w for w in words]  # "ZhangWei"
    latin = " ".join(w.replace("oy", "ou") if "GREEK" in scripts else w for w in words)
    return [latin] if latin.strip() and latin != name else []


def _turned(name: str) -> list[str]:
    """The name as stored; "First Last" for a stored "Last, First"; an organisation's
    name without "The" before it or a legal form after it ("Marks & Spencer" of a
    stored "Marks & Spencer plc")."""
    plain = _SUFFIX.sub("", _BRACKET.sub("", name)).strip()  # "(she/her)", ", PhD", "Jr."
    if plain != name and plain:
        return [name, *_turned(plain)]
    last, comma, first = name.partition(",")
    if comma and last.strip() and first.strip() and "," not in first:
        return [name, f"{first.strip()} {last.strip()}"]
    bare = _LEGAL.sub("", _THE.sub("", name)).strip()
    out = [name, bare] if bare != name and " " in bare else [name]
    trust = _TRUST.sub("FT", _QUALIFIERS.sub("", name)).strip()  # "Stockport FT"
    return [*out, trust] if trust != name and " " in trust else out


def _swapped(name: str, *, address: bool = False) -> list[str]:
    tokens = _TOKEN.findall(name)
    if not any(t.strip(".").lower() in _GROUP for t in tokens):
        return []
    spans = [m.span() for m in _TOKEN.finditer(name)]
    inside = [name[end : end + 1] == "-" and name[end + 1 : end + 2].islower() for _, end in spans]
    out = []
    for choice in itertools.islice(itertools.product(*_choices(tokens, inside, address)), _MAX):
        text, at = [], 0
        for (start, end), word in zip(spans, choice, strict=True):
            text.append(name[at:start] + word)
            at = end
        out.append("".join(text) + name[at:])
    return out[1:]


def _joined(name: str) -> list[str]:
    """ "Vanderberg", "VanderBerg", "StPierre" of a name with particles."""
    words = _PARTS.split(name.strip(" ,"))
    heads = [i for i, w in enumerate(words[:-1]) if w.strip(".").lower() in _PARTICLES]
    if not heads:
        return []
    first = heads[0]
    tail = [w.strip(".") for w in words[first:]]
    # the first word after the particles; when every word is one ("Nguyen Van Le",
    # "Ana de la O"), the last word is the name the particles belong to
    run = next((i for i, w in enumerate(tail) if w.lower() not in _PARTICLES), len(tail) - 1)
    glued = "".join(tail[: run + 1])
    rest = " ".join([*words[:first], "{}", *words[first + run + 1 :]])
    out = [rest.format(glued), rest.format(glued.title()), " ".join(tail[: run + 1])]
    if run >= 2:  # "vd Berg", "v.d. Berg" of van der Berg
        letters = "".join(w[0].lower() for w in tail[:run])
        out += [
            rest.format(f"{letters} {tail[run]}"),
            rest.format(f"{'.'.join(letters)}. {tail[run]}"),
        ]
    return out


@lru_cache(maxsize=1024)  # the same record for every note of an export
def unbracketed(value: str | None) -> str | None:
    """A stored value without the therapist's notes in brackets: "Hilton Garden Inn
    (bridging)", "Bernadette Doyle (wife)", "(she/her)" hold lower-case words of no
    name, which every form derived from the value would otherwise look for ("bridging"
    anywhere in a note refused the export). A bracket with a capital stays: "(Paddy)"."""
    if not value or ("(" not in value and "[" not in value):
        return value
    common = lexicon.common_words()

    def note(match: re.Match[str]) -> str:
        words = _LETTERS.findall(match[0])
        lower = all((w.islower() and w in common) or w.lower() in _PRONOUNS for w in words)
        return "" if lower else match[0]

    return _SPACES.sub(" ", _BRACKET.sub(note, value)).strip()


@lru_cache(maxsize=1024)
def _linked_name(name: str) -> str:
    """A linked record's name without a bracketed note or a relation typed before it
    ("Mum - Sandra Lee", "GP: Dr Shah"): "mum" is no name part."""
    bare = _RELATION_FIRST.sub("", unbracketed(name) or name)
    return bare if bare.strip() else name


def _town_word(word: str) -> bool:
    """A word of a town's name: capitalised ("St.", "Stoke-on-Trent"), or a link ("upon")."""
    bare = word.replace(".", "").replace("-", "").replace("'", "").replace("\u2019", "")
    return word.lower() in _TOWN_LINKS or (word[:1].isupper() and bare.isalpha())


def _split_line(line: str) -> list[str]:
    """An address typed on one line without commas, in its parts: the unit ("Apt 4B"),
    the street ("89 Culduthel Dr") and what follows it (the town)."""
    words = line.split()
    unit = 0
    if len(words) >= 3 and _UNIT.match(words[0]):
        unit = 1 if words[0].startswith("#") or words[0][-1:].isdigit() else 2
    ends = [i for i, w in enumerate(words) if i > unit and w.lower().strip(".") in STREET_WORDS]
    end = ends[0] + 1 if ends and ends[0] < len(words) - 1 else 0
    if not words[unit : unit + 1] or not words[unit][0].isdecimal():
        end = 0  # a street line starts with its house number: "89 Culduthel Dr Inverness"
    elif not all(_town_word(w) for w in words[end:]):
        end = 0  # the rest is a town: "Sutton Coldfield", "St. Ives", never "Shelter)"
    if not unit and not end:
        return []
    parts = [" ".join(words[:unit]), " ".join(words[unit : end or None]), " ".join(words[end:])]
    return [p for p in parts if p and end] if end else parts[1:2]


@lru_cache(maxsize=1024)  # the same record for every note of an export
def expand(subject: KnownSubject) -> KnownSubject:
    """The subject with its names' other written forms as aliases; a ZIP stored longer
    ("10025-1234", "WA 98122", or at an address's end) becomes the postcode, and the
    stored postcode a line of the address, so that both are still looked for."""
    split = [p.strip() for a in subject.aliases for p in _ALIAS_SPLIT.split(a) if p.strip()]
    aliases = [*split, *(v for n in (subject.name, *split) for v in variants(n))]
    postcode, address = subject.postcode, unbracketed(subject.address)
    lines = [line.strip() for line in _LINES.split(address or "") if line.strip()]
    more = [part for line in lines for part in _split_line(line)]  # typed without commas
    more += [v for line in (*lines, *more) for v in _swapped(line, address=True)]  # "Ft Mason"
    if code := zip_code(postcode, address):
        more += [postcode] if postcode else []
        more += [m[0] for m in [ZIP9.search(postcode or "")] if m]  # "94123-2210" alone
        postcode = code
    if more:
        address = "\n".join(dict.fromkeys([*([address] if address else []), *more]))
    return replace(
        subject,
        name=unbracketed(subject.name) or subject.name,
        linked=tuple(
            k if _linked_name(k.name) == k.name else replace(k, name=_linked_name(k.name))
            for k in subject.linked
        ),
        email=email_address(subject.email),
        aliases=tuple(dict.fromkeys((*subject.aliases, *aliases))),
        postcode=postcode,
        address=address,
    )


@lru_cache(maxsize=1024)  # the same record for every note of an export
def linked_variants(link: LinkedPerson) -> tuple[str, ...]:
    """A linked record's other written forms, but none read as a person when the record
    is an organisation only ("Royal Penhallow Hosp" of an "other" Royal Penhallow
    Hospital would read as a person called Royal, and is left out)."""
    _, person = _kind(link.name, link.relation)
    return tuple(v for v in variants(link.name) if person or not _kind(v, link.relation)[1])


def _kind(name: str, relation: str) -> tuple[bool, bool]:
    """(an organisation, a person): how `known._add_linked` reads a linked name."""
    practice = extra.maybe_practice(name, relation)
    named = relation in ("employer", "school")
    org = named or derived.looks_like_org(name) or practice
    return org, not org or practice or (not named and len(name.split()) == 2)


@lru_cache(maxsize=1024)  # the same record for every note of an export
def with_linked(subject: KnownSubject) -> KnownSubject:
    """The subject with each linked record's other written forms as more linked records."""
    more = [LinkedPerson(v, k.relation) for k in subject.linked for v in linked_variants(k)]
    return replace(subject, linked=(*subject.linked, *more)) if more else subject


__all__ = [
    "domain_words",
    "email_address",
    "email_forms",
    "email_words",
    "expand",
    "linked_variants",
    "phone_numbers",
    "unbracketed",
    "variants",
    "with_linked",
    "zip_code",
]
