"""The final check's search for round 6's forms (`forms_round6.py`), written apart
from the replacer's (`known_round6.py`): reads the masked output's words, yields
(start, end, what leaked).
"""

from __future__ import annotations

import bisect
import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from notes_vault.deid import check_words, forms_cjk, lexicon
from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round6 as r6
from notes_vault.deid.check_forms import fold_word
from notes_vault.deid.forms_extra import COUNTED
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.stored import email_words

Words = list[tuple[int, int, str]]


@dataclass(frozen=True)
class Round6Forms:
    """Round 6's forms of one set of subjects, each -> what leaked."""

    births: tuple[tuple[frozenset[str], frozenset[str], str], ...]  # (days, months, leak)
    respelt: tuple[tuple[str, str, str], ...]  # (key, part, leak)
    pieces: tuple[tuple[str, str], ...]
    lone: tuple[tuple[str, str], ...]
    lower: tuple[tuple[str, str], ...]
    phrases: tuple[tuple[str, str], ...]  # "U of A", "2 Sisters": matched as written
    acronyms: tuple[tuple[str, str], ...]
    heads: tuple[tuple[str, str], ...]
    parts: tuple[tuple[str, str], ...]  # long name parts (five letters or more), folded
    names: tuple[tuple[tuple[str, ...], str], ...] = ()  # each person's names -> leak
    dobs: tuple[tuple[datetime.date, str], ...] = ()


@lru_cache(maxsize=1024)
def forms(subjects: tuple[KnownSubject, ...]) -> Round6Forms:
    """Every subject's and linked person's round 6 forms."""
    births, respelt, pieces, lone, lower = [], [], [], [], []
    phrases, acronyms, heads, parts = [], [], [], []
    for subject in subjects:
        owner = subject.role.lower()
        if subject.dob:
            leak = f"{owner} date of birth"
            births.append((r6.day_words(subject.dob), r6.month_words(subject.dob), leak))
        email = subject.email or ""
        pieces += [(p, f"{owner} e-mail") for p in r6.email_pieces(email) | email_words(email)]
        phrases += [(f, f"{owner} address") for f in r6.site_forms(subject.address or "")]
        lone += [(c, f"{owner} name") for c in r6.lone_letters(subject.name, subject.aliases)]
        lower += [(i, f"{owner} name") for i in r6.lower_initials(subject.name, subject.aliases)]
        people = [(n, f"{owner} name", False) for n in (subject.name, *subject.aliases)]
        people += [
            (link.name, f"{_owner(link.relation)} name", _organisation(link.name, link.relation))
            for link in subject.linked
        ]
        for name, leak, organisation in people:
            for part in name.split() if not organisation else ():
                if key := r6.translit_key(part):
                    respelt.append((key, part, leak))
                folded = fold_word(part)
                if len(folded) >= 5 and folded.isalpha():
                    parts.append((folded, leak))
            if not organisation:
                continue
            phrases += [(form, leak) for form in r6.org_forms(name)]
            acronyms += [(word, leak) for word in r6.lower_acronyms(name)]
            if head := r6.org_head(name):
                heads.append((head, leak))
    names = [((s.name, *s.aliases), f"{s.role.lower()} name") for s in subjects]
    names += [
        ((link.name,), f"{_owner(link.relation)} name") for s in subjects for link in s.linked
    ]
    dobs = [(s.dob, f"{s.role.lower()} date of birth") for s in subjects if s.dob]
    return Round6Forms(
        tuple(births), tuple(respelt), tuple(pieces), tuple(lone), tuple(lower),
        tuple(phrases), tuple(acronyms), tuple(heads), tuple(parts), tuple(names), tuple(dobs),
    )  # fmt: skip


def _organisation(name: str, relation: str) -> bool:
    """An organisation, as the check's forms read a linked name (`check_forms._linked`)."""
    return relation in ("employer", "school") or derived.looks_like_org(name)


def _owner(relation: str) -> str:
    return {"gp": "GP", "other": "linked person"}.get(relation, relation)


def every(
    found: Round6Forms, clean: str, words: Words, known: str, events: tuple[int, ...] = ()
) -> Iterator[tuple[int, int, str]]:
    """Every round 6 form in the masked output; `known`: the output with only known
    people's tags masked (for a word beside one)."""
    vocab = {w.lower() for _, _, w in words}  # pre-tests: most notes hold none of the keys
    if found.births and (vocab & r6.BIRTHDAY_CUES or "b" in vocab or events):
        yield from _births(found.births, clean, words, events)
    spelt = {part.lower() for _, part, _ in found.respelt}  # as recorded: other rules' to find
    rare = vocab - lexicon.common_words() - spelt if found.respelt else set()
    keys = {key for key, _, _ in found.respelt}
    heads = r6.first_letters(frozenset(keys))
    named = any(w[:1] in heads and r6.translit_key(w) in keys for w in rare)
    if named or any(w[-1:].isdigit() and w[:1].isalpha() for w in rare):
        yield from _written(found, words)
    lowered = dict(found.pieces + found.acronyms)
    for start, end, word in words if lowered.keys() & vocab else ():
        leak = lowered.get(word.lower() if word.isascii() else "")
        if leak is not None and (word.islower() or any(c.isdigit() for c in word)):
            yield start, end, leak
    yield from _phrases(found.phrases, clean)
    if {c.lower() for c, _ in found.lone} & vocab:
        yield from _lone(dict(found.lone), clean, words)
    if {c for c, _ in found.lower} & vocab:
        yield from _lower(dict(found.lower), clean, words)
    if {c for c, _ in found.heads} & vocab:
        yield from _heads(dict(found.heads), clean, words)
    if not clean.isascii() and forms_cjk.CJK_RUN.search(clean):
        yield from _cjk(found, clean)
    if found.parts and "\x01" in known:
        yield from _beside_tags(found.parts, known, words)


def _written(found: Round6Forms, words: Words) -> Iterator[tuple[int, int, str]]:
    """Names in another transliteration, and user names made of a name part."""
    table = {key: (part, leak) for key, part, leak in found.respelt}
    handles = r6.handle_parts([part for _, part, _ in found.respelt])
    common = lexicon.common_words()
    for start, end, word in words if table else ():
        if word[-1:].isdigit():
            if word[:1].isalpha() and r6.handle_owner(word, handles):
                yield start, end, "name (a user name)"
            continue
        if len(word) < r6.TRANSLIT_MIN or word.lower() in common:  # any case: "then olha said"
            continue
        hit = table.get(r6.translit_key(word)) if word.isalpha() else None
        if hit is not None and r6.respelt(word, hit[0]):
            yield start, end, hit[1]


def _births(
    births: tuple[tuple[frozenset[str], frozenset[str], str], ...],
    clean: str,
    words: Words,
    events: tuple[int, ...],
) -> Iterator[tuple[int, int, str]]:
    """The day or month of birth alone within a few words of a birthday word or tag."""
    lows = [w.lower() for _, _, w in words]
    cues = [i for i in range(len(words)) if _is_cue(clean, words, lows, i)]
    cues += [bisect.bisect_left(words, (at,)) for at in events]  # "[PERSONAL EVENT] was Oct"
    for days, months, leak in births if cues else ():
        for c in cues:
            for k in range(c + 1, min(len(words), c + 1 + r6.CUE_WINDOW)):
                gap = clean[words[k - 1][1] : words[k][0]]
                if any(ch in "!?;\n" for ch in gap) or (". " in gap and k - 1 != c):
                    break
                if _day_or_month(words, lows, k, days, months):
                    yield words[k][0], words[k][1], leak
            for k in range(max(0, c - 2), c):
                if lows[k] in months and _capital_month(words, lows, k):
                    yield words[k][0], words[k][1], leak


def _is_cue(clean: str, words: Words, lows: list[str], i: int) -> bool:
    low = lows[i]
    if low == "b":
        return clean[words[i][1] : words[i][1] + 1] == "."
    if low == "day" and i and lows[i - 1] in ("b", "birth"):
        return True
    if low not in r6.BIRTHDAY_CUES:
        return False
    start = words[i][0]
    return not (i and lows[i - 1] == "s" and clean[start - 3 : start - 2] in ("'", "\u2019"))


def _day_or_month(
    words: Words, lows: list[str], k: int, days: frozenset[str], months: frozenset[str]
) -> bool:
    if lows[k] in days:
        before = lows[k - 1] if k else ""
        after = lows[k + 1] if k + 1 < len(lows) else ""
        return before not in r6.POSSESSIVES and after not in COUNTED
    return lows[k] in months and _capital_month(words, lows, k)


def _capital_month(words: Words, lows: list[str], k: int) -> bool:
    """A month alone: capitalised if an English word ("Mar"), not part of a whole date."""
    if lows[k] in r6.WORD_MONTHS and not words[k][2][:1].isupper():
        return False
    after = lows[k + 1] if k + 1 < len(lows) else ""
    return not r6.month_in_date(lows[k - 1] if k else "", after)


def _phrases(phrases: tuple[tuple[str, str], ...], clean: str) -> Iterator[tuple[int, int, str]]:
    for form, leak in phrases:
        at = clean.find(form)
        while at != -1:
            end = at + len(form)
            if check_words.alone(clean, at, end):
                yield at, end, leak
            at = clean.find(form, at + 1)


def _lone(letters: dict[str, str], clean: str, words: Words) -> Iterator[tuple[int, int, str]]:
    """A subject's first initial alone where a person stands (see `forms_round6`)."""
    for i, (start, end, word) in enumerate(words):
        lower = word.islower() and word not in r6.LOWER_NOT_INITIALS
        leak = letters.get(word) or (letters.get(word.upper()) if lower else None)
        if leak is None or (start and clean[start - 1] not in " \t(\n/"):
            continue
        before = words[i - 1][2].lower() if i else ""
        if clean[start - 2 : start] in ("w/", "W/"):
            before = "with"  # "w/ z"
        elif clean[start - 3 : start] in ("w/ ", "W/ "):
            before = "with"
        after = clean[end : end + 3]
        rest = clean[end:].lstrip(" \t")[:1]
        owns = after[:1] in ("'", "\u2019") and after[1:3] == "s "
        if owns:
            if before not in r6.NOT_PERSON_BEFORE and not words[i - 1][2][:1].isupper():
                yield start, end, leak
            continue
        taken = before in r6.PERSON_VERBS and after[:1] not in (".", "&", "-", "/")  # r10: "w/"
        nxt = words[i + 1][2] if i + 1 < len(words) and after[:1] == " " else ""
        free = before not in r6.NOT_PERSON_BEFORE and not words[i - 1][2][:1].isupper()
        taken = taken or (nxt in r6.LOWER_ACTS and free)
        ends = not rest or rest in r6.PHRASE_ENDS or nxt.lower() in r6.PHRASE_ENDS
        if taken or (before in r6.PERSON_BEFORE and ends):
            yield start, end, leak


def _lower(table: dict[str, str], clean: str, words: Words) -> Iterator[tuple[int, int, str]]:
    """A subject's initials in lower case before a verb or "'s"."""
    for i, (start, end, word) in enumerate(words[:-1]):
        leak = table.get(word)
        if leak is None or (start and clean[start - 1] not in " \t(\n-"):
            continue
        owns = clean[end : end + 2] in ("'s", "\u2019s")
        if owns or words[i + 1][2] in r6.LOWER_ACTS:
            yield start, end, leak


def _heads(table: dict[str, str], clean: str, words: Words) -> Iterator[tuple[int, int, str]]:
    """An organisation's first word, capitalised, or lower case after "at" or "from"."""
    for i, (start, end, word) in enumerate(words[1:], 1):
        leak = table.get(word.lower())
        if leak is None:
            continue
        capital = word[:1].isupper()
        kind = r6.kind_after([w.lower() for _, _, w in words[max(0, i - 2) : i]], word)
        if (
            capital
            or kind
            or (words[i - 1][2].lower() in r6.ORG_LOWER_BEFORE and clean[end : end + 1] != "'")
        ):
            yield start, end, leak


def _beside_tags(
    parts: tuple[tuple[str, str], ...], known: str, words: Words
) -> Iterator[tuple[int, int, str]]:
    """ "Prior, [CLIENT]": a capitalised word one letter off a long name part, even an
    English word, right before a known person's tag; a capital of another script and a
    stop there ("Δ. [CLIENT]") is an initial."""
    for start, end, word in words:
        if known[end : end + 3] not in (", \x01", ". \x01"):
            continue
        if len(word) == 1 and not word.isascii() and word.isupper():
            yield start, end, "name initial"
            continue
        folded = fold_word(word)
        if not word[:1].isupper() or len(folded) < 4 or known[end] != ",":
            continue
        for part, leak in parts:
            if folded != part and folded[:1] == part[:1] and check_words.one_edit(folded, part):
                yield start, end, leak
                break


def _cjk(found: Round6Forms, clean: str) -> Iterator[tuple[int, int, str]]:
    """Runs of Han characters or Hangul read aloud: a known name's sounds joined, or a
    date with 年/月/日 on the birthday."""
    for run in forms_cjk.CJK_RUN.finditer(clean):
        sounds = [forms_cjk.reading(c) for c in run.group()]
        glued = len(sounds) == 1 and clean[run.end() : run.end() + 1] == "\x01"
        for names, leak in found.names:
            if glued and forms_cjk.one_syllable_surname(names):  # round 10: "박[CLIENT]"
                yield run.start(), run.end(), leak
            joined = forms_cjk.joined_names(names)
            for length in range(2, forms_cjk.MAX_CHARS + 1):
                for i in range(len(sounds) - length + 1):
                    if "".join(sounds[i : i + length]) in joined:
                        yield run.start() + i, run.start() + i + length, leak
    for match in forms_cjk.CJK_DATE.finditer(clean) if found.dobs else ():
        for dob, leak in found.dobs:
            if forms_cjk.is_birth_date(match, dob):
                yield match.start(), match.end(), leak
