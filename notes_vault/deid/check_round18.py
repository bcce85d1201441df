"""Round 18 (k18), the final check's own reading of `forms_round18.py`'s four forms (the
replacer's search is `known_round18.py`; only the word lists are shared):

- a known person's first initial (of a name or an alias) as the last word of a message's
  line that ends a sentence before it, the line followed by a blank line, a quoted line, a
  rule or the note's end ("... sorry for moaning. j"); read line by line from the end of
  each line, not by the replacer's pattern;
- "el" and the day of a recorded date of birth, in digits or Spanish words, within
  `forms_round18.BIRTH_WINDOW` characters after a word of birth or a [DOB] tag ('her bday is
  [DOB], "el doce"'), with no "de" or month after it;
- the month of a recorded date of birth alone within five words after "X's birthday" in
  one clause, X the person's tag, [DOB], a word of their name or their named day
  ("[CLIENT]'s birthday was in Feb");
- after the tag a linked organisation becomes, its kind run on ("[PERSON] NHS FOUNDATION
  TRUST") or a registered name's words before a legal form ("[EMPLOYER] Electrics 2002
  Ltd"); "Trust" alone only with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round18 as r18
from notes_vault.deid.check_round17 import known_people
from notes_vault.deid.forms_days import named_days
from notes_vault.deid.forms_round6 import WORD_MONTHS, month_words
from notes_vault.deid.forms_standing import standing, written_word
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold

_WORD = re.compile(r"\S+")
_KISSES = frozenset({"x", "xx", "xxx"})
_DASHES = "-\u2013\u2014~"
_CUE = re.compile(r"(?i)\b(?:born|birth|b-?day|cumple|naci|dob\b|f/n)|\[DOB\]")
_EL = re.compile(r"(?i)(?<!\w)el[ \t]+([^\W_]+)")
_ORG_TAGS = {"employer": "EMPLOYER", "school": "SCHOOL", "gp": "GP"}
# A tag followed by an organisation's kind or registered name: "[PERSON] NHS FOUNDATION
# TRUST", "[EMPLOYER] Electrics 2002 Ltd" (the year may be a tag by then).
_KIND = re.compile(
    r"\[([A-Z]+)(?: \d{1,3})?\]"
    r"((?:[ \t]+(?:NHS|nhs|FOUNDATION|Foundation|foundation))*[ \t]+(?:TRUST|Trust)(?![\w'])"
    r"|(?:[ \t]+[A-Z][A-Za-z&]+){1,2}(?:[ \t]+\d{4}|[ \t]+\[YEAR[ \d]*\])?"
    r"[ \t]+(?:Ltd|LTD|Limited|LIMITED|plc|PLC|LLP)(?![\w']))"
)
_OWNED = re.compile(r"(\]|[^\W\d_]+)['\u2019]s[ \t]+(?:birthday|bday|b-day)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[^.!?;:\n(]{0,48}")
_ALPHA = re.compile(r"[A-Za-z]+")
_AFTER = re.compile(r"[ \t]*(?:de|del)\b|[/:.\-]\w", re.IGNORECASE)


@dataclass(frozen=True)
class Round18:
    """What the two forms need of the subjects."""

    initials: dict[str, str]  # a known person's first initial in capitals -> the leak
    days: dict[int, str]  # the day of each recorded date of birth -> the leak
    # (the owner's tags, name words and named days, the month's written forms, the leak) of
    # each date of birth
    months: tuple[tuple[tuple[str, ...], frozenset[str], frozenset[str], str], ...] = ()
    org_tags: frozenset[str] = frozenset()  # the tags a linked organisation becomes
    letters: dict[str, str] = field(default_factory=dict)  # lead: a known person's initials


def forms(subjects: Sequence[KnownSubject]) -> Round18:
    """Build the initials and the days once for these subjects."""
    initials: dict[str, str] = {}
    people = known_people(subjects)
    for name, leak in people:
        if leak == "linked school name":
            continue  # round 21: a school signs nothing ("-- S." of a staff member)
        first = fold(name.strip())[:1].upper()
        if first.isalpha() and first.isascii():
            initials.setdefault(first, leak)
    days: dict[int, str] = {}
    months = []
    for subject in subjects:
        if subject.dob is not None:
            leak = f"{subject.role.lower()} date of birth"
            days.setdefault(subject.dob.day, leak)
            owners = {fold(w).lower() for n in (subject.name, *subject.aliases) for w in n.split()}
            owners |= {d.replace(" ", "") for d in set().union(*named_days(subject.dob))}
            tags = (f"[{subject.role}]", "[DOB]")
            months.append((tags, frozenset(owners), month_words(subject.dob), leak))
    org_tags = {
        _ORG_TAGS.get(p.relation, "PERSON")
        for s in subjects
        for p in s.linked
        if p.relation in _ORG_TAGS or derived.looks_like_org(p.name)
    }
    letters: dict[str, str] = {}
    for name, leak in people:
        words = [w for w in fold(name).lower().replace("-", " ").split() if w[:1].isalpha()]
        for form in {words[0][0] + words[-1][0], "".join(w[0] for w in words)} if words else ():
            if 2 <= len(form) <= 3:
                letters.setdefault(form, leak)
    return Round18(initials, days, tuple(months), frozenset(org_tags), letters)


def every(known: Round18, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each signing initial and Spanish birthday in the note."""
    if known.initials and any(c in clean for c in ".!?"):
        yield from _signing(known, clean)
    if known.days and "el" in clean.lower():
        yield from _days(known, text, clean)
    lower = text.lower()
    if known.org_tags and any(w in lower for w in ("trust", "ltd", "limited", "plc", "llp")):
        for kind in _KIND.finditer(text):  # "[PERSON] NHS FOUNDATION TRUST"
            if kind.group(1) in known.org_tags:
                yield kind.start(2), kind.end(2), "linked organisation name (its kind run on)"
    if known.months and ("'s b" in text.lower() or "\u2019s b" in text.lower()):
        yield from _owned_months(known, text, clean)
    for start, end, letters in standing(clean) if known.letters else ():  # "pt DJ", "jl 44"
        leak = known.letters.get(letters)
        if leak is not None and (clean[start].isupper() or not written_word(letters)):
            yield start, end, f"{leak} (initials)"


def _signing(known: Round18, clean: str) -> Iterator[tuple[int, int, str]]:
    """The last word of each line that closes a message, when it is a lone initial after a
    word ending a sentence (a dash and kisses may stand with it: "- j", "j x")."""
    lines = clean.split("\n")
    at = 0
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if after and not after.startswith((">", "---", "___")):
            continue
        words = [m for m in _WORD.finditer(line) if m.group().lower() not in _KISSES]
        words = [m for m in words if m.group().strip(_DASHES)]
        if len(words) < 2 or words[-1].end() < len(line.rstrip()) - 4:
            continue
        last, before = words[-1], words[-2].group()
        letter = last.group().rstrip(".")
        if len(letter) != 1 or not letter.isalpha() or letter in r18.NOT_SIGNING:
            continue
        leak = known.initials.get(letter.upper())
        if leak is not None and before.endswith((".", "!", "?")) and last.start() >= 20:
            yield start + last.start(), start + last.start() + 1, leak


def _days(known: Round18, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """Each "el" and a recorded birthday's day within the window after a word of birth."""
    cues = [m.end() for m in _CUE.finditer(text)]
    if not cues:
        return
    k = 0
    for match in _EL.finditer(clean):
        while k + 1 < len(cues) and cues[k + 1] <= match.start():
            k += 1
        if not 0 <= match.start() - cues[k] <= r18.BIRTH_WINDOW:
            continue
        day = r18.spanish_day(match.group(1))
        leak = known.days.get(day)
        if leak is not None and _AFTER.match(clean, match.end()) is None:
            yield match.start(), match.end(), leak


def _owned_months(known: Round18, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """ "[CLIENT]'s birthday was in Feb", "[DOB]'s birthday coming in Feb" (or the owner's
    name or named day itself before "'s"): the month of the owner's date of birth within
    five words of the birthday, in its clause, alone."""
    for owned in _OWNED.finditer(text):
        tag = text[text.rfind("[", max(0, owned.start() - 24), owned.start()) : owned.end(1)]
        owner = fold(owned.group(1)).lower() + "s"  # "valentines" as a named day's key
        clause = _CLAUSE.match(clean, owned.end())
        words = list(_ALPHA.finditer(clean, owned.end(), clause.end() if clause else owned.end()))
        for tags, owners, months, leak in known.months:
            tagged = tag in tags or any(tag.startswith(t[:-1] + " ") for t in tags)
            if not tagged and owner[:-1] not in owners and owner not in owners:
                continue
            for k, word in enumerate(words[:5]):
                low = word.group().lower()
                if low not in months or (low in WORD_MONTHS and word.group().islower()):
                    continue
                rest = clean[word.end() : word.end() + 4].lstrip(" \t.")
                nxt = words[k + 1].group().lower() if k + 1 < len(words) else ""
                if (
                    rest[:1].isdigit()
                    or nxt in ("of", "the")
                    or (k and words[k - 1].group().isdigit())
                ):
                    continue
                yield word.start(), word.end(), leak
