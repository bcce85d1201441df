"""Round 16 (k16), the final check's readings of `forms_round16.py`'s shapes (the replacer's
are in `known_round16.py`): a house name without its article, an organisation with a state's
code or as "UMich", a linked person's given-name initials after a word of kin ("Husband
JC"), and in a dictated note a surname typed back as English words after a name's tag."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_round16 as r16
from notes_vault.deid import forms_said, lexicon
from notes_vault.deid.model import KnownSubject

_ORG_RELATIONS = ("employer", "school")
_GENERIC = lexicon.ORG_SUFFIXES | derived.GENERIC_ORG_WORDS | {"The", "the", "and", "for"}
_NAME_TAG = re.compile(
    r"\[(?:CLIENT|PARTNER|CHILD|PARENT|SIBLING|PERSON|FRIEND|RELATIVE|CARER)(?: \d{1,3})?\]"
)


@dataclass
class Round16:
    """What the round's shapes look for."""

    phrases: dict[str, str] = field(default_factory=dict)  # letters folded -> leak
    written: list[str] = field(default_factory=list)  # the phrases as written
    pattern: re.Pattern[str] | None = None  # every phrase, one alternation
    initials: dict[str, str] = field(default_factory=dict)  # "JC" -> leak
    org_words: dict[str, str] = field(default_factory=dict)  # folded word -> leak
    initial: str = ""  # the client's first initial
    sounds: frozenset[str] = frozenset()  # every known name part's sound keys
    surnames: dict[tuple[str, bool], str] = field(default_factory=dict)  # consonants -> leak


def _phrase(built: Round16, form: str, leak: str) -> None:
    built.phrases.setdefault("".join(re.findall(r"[^\W_]+", form)).lower(), leak)
    built.written.append(form)


def _compiled(forms: Sequence[str]) -> re.Pattern[str] | None:
    """One pattern for every phrase, words apart by up to three soft separators."""
    spelt = [
        r"[\s.'\u2019-]{0,3}".join(re.escape(w) for w in re.findall(r"[^\W_]+", form))
        for form in sorted(forms, key=lambda f: (-len(f), f))
    ]
    if not spelt:
        return None
    return re.compile(r"(?i)(?<![^\W_])(?:" + "|".join(spelt) + r")(?![^\W_])")


def forms(subjects: Sequence[KnownSubject]) -> Round16:
    """Build the round's forms once for these subjects."""
    built = Round16()
    for subject in subjects:
        owner = subject.role.lower()
        if subject.role == "CLIENT" and not built.initial and subject.name[:1].isalpha():
            built.initial = subject.name[0].upper()
        for name in r16.house_names(subject.address or "") + r16.town_clips(subject.address or ""):
            _phrase(built, name, f"{owner} address")
        _person(built, subject.name, f"{owner} name")
        for link in subject.linked:
            leak = f"{'linked person' if link.relation == 'other' else link.relation} name"
            if link.relation in _ORG_RELATIONS or derived.looks_like_org(link.name):
                for form in sorted(r16.org_variants(link.name, derived.org_forms(link.name))):
                    _phrase(built, form, leak)
                for word in link.name.split():
                    if len(word) >= 3 and word.strip(",.") not in _GENERIC:
                        built.org_words.setdefault(word.strip(",.").lower(), leak)
            else:
                _person(built, link.name, leak)
    built.pattern = _compiled(built.written)
    people = [s.name for s in subjects] + [p.name for s in subjects for p in s.linked]
    built.sounds = frozenset(
        k for n in people for p in forms_said.name_parts(n) for k in forms_said.plain_keys(p)
    )
    return built


def _person(built: Round16, name: str, leak: str) -> None:
    if letters := r16.given_initials(name):
        built.initials.setdefault(letters, leak)
    words = [w for w in name.split() if w[:1].isalpha()]
    if len(words) >= 2 and len(key := r16.skeleton(words[-1])) >= r16.MIN_SKELETON:
        built.surnames.setdefault((key, words[-1][-1:].lower() in "aeiouy"), leak)


def every(known: Round16, text: str, clean: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, leak) of each round-16 shape holding a known identifier."""
    for match in known.pattern.finditer(clean) if known.pattern else ():
        leak = known.phrases.get("".join(re.findall(r"[^\W_]+", match.group())).lower())
        yield match.start(), match.end(), leak or "known name"
    yield from ((s, e, "client name") for s, e in r16.joined_initials(clean, known.initial))
    if known.org_words:  # "cooper ED"
        for start, end, word in r16.departments(clean):
            if (org := known.org_words.get(word.lower())) is not None:
                yield start, end, org
    for start, end, letters in r16.kin_initials(clean, frozenset(known.initials)):
        yield start, end, known.initials[letters]
    if known.sounds and ('("' in clean or "(\u201c" in clean or "('" in clean):
        for tag in _NAME_TAG.finditer(text):  # '[PARTNER] ("key ran")'
            if (gloss := r16.glossed_sound(clean, tag.end(), known.sounds)) is not None:
                yield gloss[0], gloss[1], "known name"
    if known.surnames and "[" in text and forms_said.dictated(clean):
        for tag in _NAME_TAG.finditer(text):
            for (key, vowel), leak in sorted(known.surnames.items()):
                past = r16.surname_run(clean, tag.end(), key, vowel_end=vowel)
                if past is not None:
                    yield tag.end(), past, leak
