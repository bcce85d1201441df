"""The final check: a second, separately written search for what the vault knows.

The replacer (`known.py`) slides folded keys over a squashed copy of the text. This check
works another way, so that a blind spot of one is not a blind spot of both: it splits the
normalised output into words, joins up to six neighbours across soft separators (space,
line break, hyphen, dot, apostrophe) and looks each join up in a set of folded forms; it
measures edit distance word by word for misspellings; it reads every run of digits as
digits only for phone numbers and dates of birth. What it reports is where a known
identifier remains (offsets in the text it was given) and of what kind, never the
identifier itself. Tags the engine put in are masked first.
"""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterator, Sequence

from notes_vault.deid import (
    check_birthdays,
    check_kin,
    check_late,
    check_letters,
    check_more,
    check_round5,
    check_round6,
    check_round21,
    check_tags,
    check_tiny,
    check_words,
    forms_scripts,
    lexicon,
    stored,
)
from notes_vault.deid import forms as derived
from notes_vault.deid import forms_extra as extra
from notes_vault.deid.check_forms import (
    JOINERS,
    LONG,
    MAX_ACRONYM,
    MAX_JOIN,
    SHORT,
    SOFT,
    TAG,
    WORD,
    fold_word,
    subject_forms,
)
from notes_vault.deid.check_numbers import digit_runs, is_dob
from notes_vault.deid.forms_said import unrhotic
from notes_vault.deid.model import KnownSubject, Leak
from notes_vault.deid.normal import View, read_subject, view
from notes_vault.deid.structured import SPOKEN


class Checker:
    """The final check for one set of subjects."""

    def __init__(
        self, subjects: Sequence[KnownSubject], *, today: datetime.date | None = None
    ) -> None:
        """Build the forms to look for (cached per set of subjects); `today` dates ages."""
        subjects = [read_subject(stored.with_linked(stored.expand(s))) for s in subjects]
        self._forms = subject_forms(tuple(subjects))
        self._round5 = check_round5.forms(tuple(subjects), today or datetime.date.today())
        self._round6 = check_round6.forms(tuple(subjects))
        self._tiny = check_tiny.forms(subjects)  # round 7: "hà" of Phạm Thị Thu Hà
        self._late = check_late.Late(subjects, today or datetime.date.today())  # rounds 9-15
        self._kinds = check_tags.TagKinds()  # round 19: each tag sorted once, not per note

    def leaks(
        self,
        text: str,
        tags: frozenset[str] | set[str] = frozenset(),
        vault: frozenset[str] | None = None,
    ) -> list[Leak]:
        """Known identifiers left in `text`: (start, end, category), sorted, no text.

        `vault`, when given, is the set of tags that stand for people the vault
        knows: an initial after another person's tag ("[PERSON 12] B.", someone
        the context layer found) is that person's, not a known one.
        """
        normal = view(text)
        clean = _mask(normal.text, tags)
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(clean)]
        found = set(self._names(clean, words))
        found |= set(self._misspelt(clean, words))
        found |= set(check_round21.exact(self._initials(clean, words), clean, normal.text))
        found |= set(self._digits(clean))
        events = tuple(
            m.start()
            for m in (TAG.finditer(normal.text) if "[PERSONAL EVENT]" in normal.text else ())
            if m.group() == "[PERSONAL EVENT]"
        )  # a birthday the date-shift layer replaced is still a birthday: its day is near
        found |= set(check_birthdays.worded_dobs(self._forms.dobs, words, clean, events))
        found |= set(self._emails(clean))
        found |= set(self._other_script(clean))
        found |= set(self._sounds(words))
        found |= set(self._respelt(clean, words))
        found |= set(self._said_emails(clean))
        found |= set(self._title_initials(clean))
        found |= set(check_letters.slips(self._forms, words))
        people, orgs = self._kinds.of(tags)  # a person's; an organisation's or a place's
        named = _mask(normal.text, people)
        known = people if vault is None else people & (vault | {"[NAME]"})  # r21: the vault's
        # beside someone else's tag ("RD [PERSON 12]", a dietitian), letters are theirs
        known_named = _mask(normal.text, known)
        found |= set(check_letters.abbreviated(self._forms, known_named, words))
        found |= set(check_letters.after_tags(self._forms, known_named))
        found |= set(check_letters.bare_initials(self._forms, clean, words))
        found |= set(check_letters.dotted(self._forms, clean, words))
        found |= set(check_letters.acting(self._forms, clean, words))
        found |= set(check_round21.glued(known_named, named, self._forms.parts))
        found |= set(check_letters.clipped_places(self._forms, clean, words))
        found |= set(check_birthdays.birthday_anchors(self._forms, clean, words))
        found |= set(check_letters.said_domains(self._forms, clean))
        places = {"[ADDRESS]"} & tags
        found |= set(self._late.directions(_mask(normal.text, places) if places else ""))
        found |= set(check_letters.legal_suffixes(_mask(normal.text, orgs) if orgs else ""))
        found |= set(check_letters.legal_suffixes(_mask(normal.text, people), people=True))
        found |= set(check_more.every(self._forms, normal.text, clean, named, words))
        found |= set(check_round5.every(self._round5, clean, words))
        found |= set(check_round6.every(self._round6, clean, words, known_named, events))
        found |= set(check_kin.every(self._forms, clean)) | set(check_tiny.every(self._tiny, clean))
        found |= set(self._late.every(normal.text, clean, words))
        return _mapped(normal, found)

    def _names(
        self, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        forms = self._forms
        folded = [fold_word(word) for _, _, word in words]
        for i, (start, _, first) in enumerate(words):
            joined, broken = "", True
            for k in range(i, min(i + MAX_JOIN, len(words))):
                if k > i:
                    gap = clean[words[k - 1][1] : words[k][0]]
                    if not _soft(gap):
                        break
                    broken = broken and all(c in "-\n" for c in gap)
                joined += folded[k]
                if len(joined) > forms.longest + 1:
                    break
                if joined not in forms.prefixes and not (
                    joined.endswith("s") and joined[:-1] in forms.prefixes
                ):
                    break  # neither this join nor its singular is, or starts, a form
                leak = self._lookup(joined, first, single=k == i or broken)
                if leak is not None:
                    yield start, words[k][1], leak
                elif joined not in forms.prefixes:
                    break  # no form starts so: no longer join can be one

    def _lookup(self, joined: str, first: str, *, single: bool) -> str | None:
        forms = self._forms
        for key in (joined, joined[:-1] if joined.endswith("s") else None):
            if not key or (len(key) < SHORT and not single):
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
            if b[0] - a[1] <= 4  # a cheap test first: most gaps are one space, or long
            and clean[a[1] : b[0]].replace(" ", "") in ("-", "\n", "-\n", "'", "\u2019")
        ]
        for start, end, word in words + pairs:
            if len(word) < LONG - 1 and word.isascii():
                continue  # folding keeps an ASCII word's length: too short, as below
            folded = fold_word(word)
            if len(folded) == LONG - 1 and folded.isalpha() and folded not in common:
                leak = next(
                    (
                        leak
                        for part, leak in parts.items()
                        if len(part) == LONG and check_words.one_edit(folded, part)
                    ),
                    None,
                )  # "Piya": a five-letter part less one letter
                if leak is not None:
                    yield start, end, leak
                continue
            if len(folded) < LONG or not folded.isalpha() or check_words.a_word(folded, clean, end):
                continue
            stems = (folded, folded[:-1]) if folded.endswith("s") else (folded,)
            leak = next(
                (
                    leak
                    for part, leak in parts.items()
                    for stem in stems
                    if abs(len(part) - len(stem)) <= 1 and check_words.one_edit(stem, part)
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
            if (
                len(word) == 1
                and word in self._forms.lone
                and check_words.lone(clean, start, end, words, i)
            ):
                yield start, end + 1, self._forms.lone[word]
            if 2 <= len(word) <= MAX_ACRONYM and word.isupper() and word.isalpha():
                if check_letters.shouted_word(words, i):
                    continue  # "TODAY IS NOCHEBUENA": a word in capitals, not initials
                if word.lower() in table and check_words.alone(clean, start, end):
                    yield start, end, table[word.lower()]
            elif len(word) == 1 and word.isalpha():
                letters, stop, lower = word, end, word.islower()
                for s, e, said in words[i + 1 : i + MAX_ACRONYM]:
                    gap = clean[stop:s].strip()
                    w = "O" if said == "0" and not lower and gap == "." else said  # r9: "S.0."
                    if len(w) != 1 or w.islower() != lower or gap not in JOINERS:
                        break
                    if lower and gap != ".":
                        break
                    letters, stop = letters + w, e
                dotted = not lower or clean[stop : stop + 1] == "."
                if (
                    len(letters) >= 2
                    and dotted
                    and letters.lower() in table
                    and check_words.alone(clean, start, stop)
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
        # Number words only: any other word between two is in their gap, which then fails
        # `_said_gap` (it has letters), ending the run as the word itself would.
        words = [(m.start(), m.end(), m.group().lower()) for m in _SAID_NUMBER.finditer(clean)]
        i = 0
        while i < len(words):
            digits, j, times = "", i, 1
            while j < len(words) and (j == i or _said_gap(clean[words[j - 1][1] : words[j][0]])):
                word = words[j][2]
                if word in ("double", "triple"):
                    times = 2 if word == "double" else 3
                elif word == "hundred" and digits:
                    digits += "00"
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
        for match in _TITLED_LOWER.finditer(clean) if letters else ():  # round 9: "mr k"
            if match.group(1) in letters:
                yield match.start(1), match.end(), "name initial"

    def _sounds(self, words: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
        """Capitalised words that sound like a long known name part."""
        table = self._forms.sounds
        common = lexicon.common_words()
        for start, end, word in words if table else ():
            if not word[:1].isupper():
                continue  # tested before folding, which only it needs
            folded = fold_word(word)
            if folded not in common:
                code = derived.sound(folded)
                leak = table.get(code)
                if leak is None and "r" in folded:  # round 9: "Shivorn" for Siobhán
                    code = derived.sound(unrhotic(folded))
                    leak = self._forms.said.get(code)
                if code in self._forms.said and check_words.named(word):
                    continue  # round 9: "Karen" is a name of her own, not Ciarán said
                if leak is not None:
                    yield start, end, leak

    def _respelt(
        self, clean: str, words: list[tuple[int, int, str]]
    ) -> Iterator[tuple[int, int, str]]:
        """Syllables joined by hyphens that sound like a long known name part."""
        table, i = self._forms.sounds, 0
        while table and i < len(words):
            k = i + 1  # the run of words joined by single hyphens, no spaces
            while k < len(words) and k - i < 4 and clean[words[k - 1][1] : words[k][0]] == "-":
                k += 1
            parts = [w for _, _, w in words[i:k]]
            if k - i >= 2 and extra.respelling(parts):
                code = derived.sound("".join(parts).lower())
                leak = table.get(code) or table.get(code[:-1])
                if leak is None and code:  # round 9: "SHIV-orn", said without its "r"
                    leak = self._forms.said.get(derived.sound(unrhotic("".join(parts).lower())))
                if code and leak is not None:
                    yield words[i][0], words[k - 1][1], leak
            i = k

    def _other_script(self, clean: str) -> Iterator[tuple[int, int, str]]:
        table = self._forms.skeletons
        for start, end in forms_scripts.foreign_words(clean) if table else ():
            keys = forms_scripts.skeletons(clean[start:end])
            leak = next((table[key] for key in keys if key in table), None)
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
    return TAG.sub(lambda m: "\x01" * len(m.group()) if m.group() in tags else m.group(), text)


_SAID_NUMBER = re.compile(
    r"(?<![A-Za-z])(?ai:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
    r"|double|triple|hundred)(?![A-Za-z])"
)  # a whole ASCII word (any case, only ASCII letters fold: "(?a") that `SPOKEN` reads
_SAID_AT = re.compile(r"(?i)[ \t(\[]at[ \t)\]]")
_TITLED = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]([A-Z])\.?(?!\w)")
_TITLED_LOWER = re.compile(
    r"(?<![\w.])(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]([b-hj-z])\.?(?![\w'\u2019-])"
)


def _said_gap(gap: str) -> bool:
    return len(gap) <= 3 and all(c in " ,-\t\n" for c in gap)


def _soft(gap: str) -> bool:
    return 0 < len(gap) <= 3 and all(c in SOFT for c in gap)


def _mapped(normal: View, found: set[tuple[int, int, str]]) -> list[Leak]:
    leaks = set()
    for start, end, leak in found:
        first, last = normal.span(start, end)
        leaks.add((first, last, leak))
    return [Leak(s, e, c) for s, e, c in sorted(leaks)]
