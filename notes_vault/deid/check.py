"""The final check: a second, separately written search for what the vault knows.

The replacer (`known.py`) slides folded keys over a squashed copy of the text.
This check works another way, so that a blind spot of one is not a blind
spot of both: it splits the normalised output into words, joins up to six
neighbours across soft separators (space, line break, hyphen, dot,
apostrophe) and looks each join up in a set of folded forms; it measures edit
distance word by word for misspellings; it reads every run of digits as
digits only for phone numbers and dates of birth. What it reports is where a
known identifier remains (offsets in the text it was given) and of what kind,
never the identifier itself. Tags the engine put in are masked first.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import lexicon
from notes_vault.deid.check_numbers import digit_runs, is_dob
from notes_vault.deid.dates import MONTHS
from notes_vault.deid.model import KnownSubject, Leak
from notes_vault.deid.names import ABBREVIATIONS, variants
from notes_vault.deid.normal import View, view
from notes_vault.deid.structured import DAY_WORDS, SPOKEN

_WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"\[[^\[\]\n]{1,40}\]")  # bounded: linear
_SOFT = frozenset(" \t\r\n-.'\u2019_")
_MAX_JOIN = 6
_SHORT = 4
_LONG = 5
_MAX_ACRONYM = 6
_JOINERS = frozenset({"", ".", "&", "-", ".&", ".-"})


def _fold(word: str) -> str:
    import unicodedata  # noqa: PLC0415 - stdlib, kept next to its one use

    if word.isascii():
        return word.lower()
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c)
    )


def _key(text: str) -> str:
    """A written form as this check compares it: folded, separators out."""
    return "".join(_fold(w) for w in _WORD.findall(view(text).text))


@dataclass
class _Forms:
    """Everything to look for, by folded form -> what to call it in a refusal."""

    words: dict[str, str] = field(default_factory=dict)
    capital: dict[str, str] = field(default_factory=dict)  # only when written capitalised
    long_parts: dict[str, str] = field(default_factory=dict)  # for one-edit misspellings
    initials: dict[str, str] = field(default_factory=dict)
    lone: dict[str, str] = field(default_factory=dict)  # first initial written alone
    letters: set[str] = field(default_factory=set)  # every known person's initials
    numbers: list[tuple[str, str]] = field(default_factory=list)  # phone digits
    emails: dict[str, str] = field(default_factory=dict)  # whole address and local part
    skeletons: dict[str, str] = field(default_factory=dict)  # names in another script
    sounds: dict[str, str] = field(default_factory=dict)  # metaphone of long name parts
    dobs: list[tuple[datetime.date, str]] = field(default_factory=list)
    longest: int = 0

    def put(self, form: str, leak: str, *, capital: bool = False) -> None:
        key = _key(form)
        if len(key) < 2:
            return
        target = self.capital if capital else self.words
        target.setdefault(key, leak)
        self.longest = max(self.longest, len(key))


def _person(forms: _Forms, name: str, leak: str) -> None:
    words = [w for w in name.split() if w.lower().strip(".") not in lexicon.TITLES]
    forms.put(name, leak)
    forms.put(" ".join(words), leak)
    common = lexicon.common_words()
    parts = [p for w in words for p in {w, *w.split("-")} if len(p.strip(".")) >= 2]
    for part in parts:
        forms.put(part, leak, capital=len(part.strip(".")) <= 2)
        forms.skeletons.setdefault(derived.skeleton(part), leak)
        code = derived.sound(_key(part))
        if code and not derived.common(part):
            forms.sounds.setdefault(code, leak)
        for short in derived.prefixes(part):
            forms.put(short, leak, capital=True)
        key = _key(part)
        if key.isalpha() and len(key) >= _LONG:
            forms.long_parts.setdefault(key, leak)
        for short in variants(part):
            forms.put(short, leak, capital=short in common)
            if short.isalpha() and len(short) >= _LONG and short not in common:
                forms.long_parts.setdefault(short, leak)
    letters = [_fold(w[0]) for w in words if w[:1].isalpha()]
    if letters:
        forms.lone.setdefault(letters[0].upper(), leak)
        forms.letters.update(letters)
    if len(letters) >= 2:
        for initials in {letters[0] + letters[-1], "".join(letters) if len(letters) <= 3 else ""}:
            if len(initials) >= 2 and initials not in ABBREVIATIONS:
                forms.initials.setdefault(initials, leak)


@lru_cache(maxsize=256)
def _subject_forms(subjects: tuple[KnownSubject, ...]) -> _Forms:
    forms = _Forms()
    for subject in subjects:
        owner = subject.role.lower()
        _person(forms, subject.name, f"{owner} name")
        for alias in subject.aliases:
            _person(forms, alias, f"{owner} name")
            _alias_initials(forms, subject.name, alias, f"{owner} name")
        _contact(forms, subject, owner)
        for link in subject.linked:
            _linked(forms, link.name, link.relation)
    return forms


def _alias_initials(forms: _Forms, name: str, alias: str, leak: str) -> None:
    surname = [w for w in name.split() if w[:1].isalpha()][-1:]
    if surname and alias[:1].isalpha() and len(alias.split()) == 1:
        letters = _fold(alias[0] + surname[0][0])
        if letters not in ABBREVIATIONS:
            forms.initials.setdefault(letters, leak)


def _contact(forms: _Forms, subject: KnownSubject, owner: str) -> None:
    """E-mail, postcode, address, phone and date of birth."""
    if subject.email:
        forms.put(subject.email, f"{owner} e-mail")
        address = "".join(subject.email.split()).lower()
        forms.emails[address] = forms.emails[address.split("@")[0]] = f"{owner} e-mail"
        local = subject.email.split("@")[0]
        if len(_key(local)) >= _SHORT:
            forms.put(local, f"{owner} e-mail")
    if subject.postcode:
        forms.put(subject.postcode, f"{owner} postcode")
    for line in re.split(r"[,\n;]", subject.address or ""):
        for street in derived.street_forms(line):
            forms.put(street, f"{owner} address", capital=derived.common(street))
        words = line.split()
        for part in (
            " ".join(words),
            " ".join(words[1:]) if words[:1] and words[0][0].isdecimal() else "",
        ):
            if len(_key(part)) >= 3:
                forms.put(part, f"{owner} address")
    if subject.phone:
        forms.numbers.append((_phone_digits(subject.phone), f"{owner} phone"))
    if subject.dob:
        forms.dobs.append((subject.dob, f"{owner} date of birth"))


def _linked(forms: _Forms, name: str, relation: str) -> None:
    owner = {"gp": "GP", "other": "linked person"}.get(relation, relation)
    if relation not in ("employer", "school"):
        _person(forms, name, f"{owner} name")
        return
    forms.put(name, f"{owner} name")
    generic = lexicon.ORG_SUFFIXES | derived.GENERIC_ORG_WORDS
    for raw in name.split():
        word = raw.strip(".,")
        if len(word) >= 3 and word not in generic:
            common = derived.common(word) and word not in lexicon.places()
            forms.put(word, f"{owner} name", capital=common)
            for short in derived.prefixes(word):
                forms.put(short, f"{owner} name", capital=True)
    for letters in derived.acronyms(name):
        forms.initials.setdefault(letters, f"{owner} name")


def _phone_digits(phone: str) -> str:
    """Significant digits of a stored number: country code and trunk zero dropped."""
    from notes_vault.deid.structured import national_number  # noqa: PLC0415 - same library parse

    return national_number(phone)


class Checker:
    """The final check for one set of subjects."""

    def __init__(self, subjects: Sequence[KnownSubject]) -> None:
        """Build the forms to look for (cached per set of subjects)."""
        self._forms = _subject_forms(tuple(subjects))

    def leaks(self, text: str, tags: frozenset[str] | set[str] = frozenset()) -> list[Leak]:
        """Known identifiers left in `text`: (start, end, category), sorted, no text."""
        normal = view(text)
        clean = _mask(normal.text, tags)
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(clean)]
        found = set(self._names(clean, words))
        found |= set(self._misspelt(clean, words))
        found |= set(self._initials(clean, words))
        found |= set(self._digits(clean))
        found |= set(self._worded_dobs(words))
        found |= set(self._emails(clean))
        found |= set(self._other_script(clean))
        found |= set(self._sounds(words))
        found |= set(self._said_emails(clean))
        found |= set(self._title_initials(clean))
        return _mapped(normal, found)

    def _names(
        self, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        forms = self._forms
        for i, (start, _, first) in enumerate(words):
            joined, broken = "", True
            for k in range(i, min(i + _MAX_JOIN, len(words))):
                gap = clean[words[k - 1][1] : words[k][0]] if k > i else ""
                if k > i and not _soft(gap):
                    break
                broken = broken and all(c in "-\n" for c in gap)
                joined += _fold(words[k][2])
                if len(joined) > forms.longest + 1:
                    break
                leak = self._lookup(joined, first, single=k == i or broken)
                if leak is not None:
                    yield start, words[k][1], leak

    def _lookup(self, joined: str, first: str, *, single: bool) -> str | None:
        forms = self._forms
        for key in (joined, joined[:-1] if joined.endswith("s") else None):
            if not key or (len(key) < _SHORT and not single):
                continue
            if key in forms.words:
                return forms.words[key]
            if key in forms.capital and first[:1].isupper():
                return forms.capital[key]
        return None

    def _misspelt(
        self, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        parts = self._forms.long_parts
        if not parts:
            return
        common = lexicon.common_words()
        pairs = [
            (a[0], b[1], a[2] + b[2])
            for a, b in itertools.pairwise(words)
            if clean[a[1] : b[0]].replace(" ", "") in ("-", "\n", "-\n", "'", "\u2019")
        ]
        for start, end, word in words + pairs:
            folded = _fold(word)
            if len(folded) < _LONG or not folded.isalpha() or folded in common:
                continue
            stems = (folded, folded[:-1]) if folded.endswith("s") else (folded,)
            leak = next(
                (
                    leak
                    for part, leak in parts.items()
                    for stem in stems
                    if abs(len(part) - len(stem)) <= 1 and _one_edit(stem, part)
                ),
                None,
            )
            if leak is not None:
                yield start, end, leak

    def _initials(
        self, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        table = self._forms.initials
        for i, (start, end, word) in enumerate(words):
            if len(word) == 1 and word in self._forms.lone and _lone(clean, start, end, words, i):
                yield start, end + 1, self._forms.lone[word]
            if 2 <= len(word) <= _MAX_ACRONYM and word.isupper() and word.isalpha():
                if word.lower() in table and _alone(clean, start, end):
                    yield start, end, table[word.lower()]
            elif len(word) == 1 and word.isalpha():
                letters, stop, lower = word, end, word.islower()
                for s, e, w in words[i + 1 : i + _MAX_ACRONYM]:
                    gap = clean[stop:s].strip()
                    if len(w) != 1 or w.islower() != lower or gap not in _JOINERS:
                        break
                    if lower and gap != ".":
                        break
                    letters, stop = letters + w, e
                dotted = not lower or clean[stop : stop + 1] == "."
                if (
                    len(letters) >= 2
                    and dotted
                    and letters.lower() in table
                    and _alone(clean, start, stop)
                ):
                    yield start, stop, table[letters.lower()]

    def _digits(self, clean: str) -> Iterator[tuple[int, int, str]]:
        forms = self._forms
        if not forms.numbers and not forms.dobs:
            return
        for start, end, digits, groups in digit_runs(clean):
            for number, leak in forms.numbers:
                if number and (number in digits or (len(digits) >= 6 and number.endswith(digits))):
                    yield start, end, leak
            for dob, leak in forms.dobs:
                if is_dob(digits, groups, dob):
                    yield start, end, leak
        yield from self._said(clean)

    def _said(self, clean: str) -> Iterator[tuple[int, int, str]]:
        """Numbers said in words, read word by word into digits."""
        words = [(m.start(), m.end(), m.group().lower()) for m in _SAID.finditer(clean)]
        i = 0
        while i < len(words):
            digits, j, times = "", i, 1
            while j < len(words) and (j == i or _said_gap(clean[words[j - 1][1] : words[j][0]])):
                word = words[j][2]
                if word in ("double", "triple"):
                    times = 2 if word == "double" else 3
                elif word in SPOKEN:
                    digits, times = digits + SPOKEN[word] * times, 1
                else:
                    break
                j += 1
            for number, leak in self._forms.numbers if len(digits) >= 6 else ():
                if number in digits:
                    yield words[i][0], words[j - 1][1], leak
            i = max(j, i + 1)

    def _title_initials(self, clean: str) -> Iterator[tuple[int, int, str]]:
        """ "Mrs O.": a title and a capital that is any known person's initial."""
        letters = self._forms.letters
        for match in _TITLED.finditer(clean) if letters else ():
            if match.group(1).lower() in letters:
                yield match.start(1), match.end(), "name initial"

    def _sounds(self, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
        """Capitalised words that sound like a long known name part."""
        table = self._forms.sounds
        common = lexicon.common_words()
        for start, end, word in words if table else ():
            folded = _fold(word)
            if word[:1].isupper() and folded not in common:
                leak = table.get(derived.sound(folded))
                if leak is not None:
                    yield start, end, leak

    def _other_script(self, clean: str) -> Iterator[tuple[int, int, str]]:
        table = self._forms.skeletons
        for start, end in derived.foreign_words(clean) if table else ():
            leak = table.get(derived.skeleton(clean[start:end]))
            if leak is not None:
                yield start, end, leak

    def _emails(self, clean: str) -> Iterator[tuple[int, int, str]]:
        """Any "@" whose address, or its part before the "@", is a known one."""
        table = self._forms.emails
        at = clean.find("@") if table else -1
        floor = 0  # never walk back over a stretch already read: linear on "@@@@"
        while at != -1:
            start, end = at, at + 1
            while start > floor and not clean[start - 1].isspace() and clean[start - 1] != "\x01":
                start -= 1
            while end < len(clean) and not clean[end].isspace() and clean[end] != "\x01":
                end += 1
            address = clean[start:end].strip(".,;:()<>\"'").lower()
            leak = table.get(address) or table.get(address.split("@")[0])
            if leak is not None:
                yield start, end, leak
            floor = end
            at = clean.find("@", end)

    def _worded_dobs(self, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
        for dob, leak in self._forms.dobs:
            for i, (start, end, word) in enumerate(words):
                if MONTHS.get(word.lower()) != dob.month:
                    continue
                near = [w.lower() for _, _, w in words[max(0, i - 4) : i + 4]]
                days = {_day_number(w) for w in near}
                tens = {20 if w == "twenty" else 30 for w in near if w in ("twenty", "thirty")}
                days |= {t + d for t in tens for d in days if d is not None and d < 10}
                if dob.day in days:
                    yield start, end, leak
                after = [w for _, _, w in words[i + 1 : i + 2]]
                if after and after[0] in (str(dob.year), f"{dob.year % 100:02d}"):
                    yield start, words[i + 1][1], leak  # "November 1986": the month of birth

    def _said_emails(self, clean: str) -> Iterator[tuple[int, int, str]]:
        """ "kate dot okafor at example dot org": at and dot read as "@" and "."."""
        table = self._forms.emails
        for match in _SAID_AT.finditer(clean) if table else ():
            left = clean.rfind(" ", 0, max(0, match.start() - 1)) + 1
            stretch = clean[left : match.end() + 80].split("\n", maxsplit=1)[0]
            words = stretch.lower().replace("(", " ").replace(")", " ").replace("[", " ").split()
            joined = "".join("@" if w == "at" else "." if w == "dot" else w for w in words[:12])
            for address, leak in table.items():
                if "@" in address and address in joined:
                    yield left, match.end(), leak


def _mask(text: str, tags: frozenset[str] | set[str]) -> str:
    if not tags:
        return text
    return _TAG.sub(lambda m: "\x01" * len(m.group()) if m.group() in tags else m.group(), text)


_SAID = re.compile(r"[A-Za-z]+")
_SAID_AT = re.compile(r"(?i)[ \t(\[]at[ \t)\]]")
_TITLED = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]([A-Z])\.?(?!\w)")


def _said_gap(gap: str) -> bool:
    return len(gap) <= 3 and all(c in " ,-\t\n" for c in gap)


def _soft(gap: str) -> bool:
    return 0 < len(gap) <= 3 and all(c in _SOFT for c in gap)


def _lone(clean: str, start: int, end: int, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "K." alone: a full stop after it, no letter or stop before, no name or letter after."""
    if clean[end : end + 1] != "." or (
        start and (clean[start - 1].isalnum() or clean[start - 1] in ".&")
    ):
        return False
    if end + 1 < len(clean) and (clean[end + 1].isalnum() or clean[end + 1] in ".&"):
        return False
    if i + 1 < len(words):
        s, _, nxt = words[i + 1]
        between = clean[end + 1 : s]
        if between.strip(" \t") == "" and nxt[:1].isupper() and len(nxt) > 1 and nxt[1].isalpha():
            return False  # "A. Sharma": the start of a longer name
    return True


def _alone(text: str, start: int, end: int) -> bool:
    """Not inside a longer run of capitals or digits ("KMB2", "A.KM")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion, deletion or swap."""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff[0], diff[-1]
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


def _day_number(word: str) -> int | None:
    lower = word.lower()
    if lower in DAY_WORDS:
        return DAY_WORDS[lower]
    digits = lower[:-2] if lower[-2:] in ("st", "nd", "rd", "th") else lower
    return int(digits) if digits.isdecimal() and len(digits) <= 2 else None


def _mapped(normal: View, found: set[tuple[int, int, str]]) -> list[Leak]:
    leaks = set()
    for start, end, leak in found:
        first, last = normal.span(start, end)
        leaks.add((first, last, leak))
    return [Leak(s, e, c) for s, e, c in sorted(leaks)]
