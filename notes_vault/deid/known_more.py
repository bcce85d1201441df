"""Round 4's forms for the replacer (the final check's own search is `check_more.py`).

`extend` adds to the index what `forms_more.py` defines: a postcode's outward
code ("M20", any case, as a word of its own), a two- or three-word town's
initials ("GR") and an organisation's acronym that keeps "of" ("CHOP"), both
in capitals as a token. `find` reads what the index cannot hold: a two-character
outward code ("N1") beside a capitalised word, a date of birth with its month
in another language ("12 de octubre", "4. März 1991"), and the year of birth
said in words near a date of birth or a birth word ("nineteen ninety-one").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from notes_vault.deid import forms as derived
from notes_vault.deid import forms_more as more
from notes_vault.deid import forms_years as years
from notes_vault.deid import known_dobs as dobs
from notes_vault.deid import (
    known_glossed,
    known_org_letters,
    known_records,
    known_round5,
    known_round6,
    known_round15,
    known_round16,
    known_round17,
    known_round18,
    known_round19,
    known_round20,
    known_round22,
    known_round22b,
    known_round23,
    known_said,
    known_tiny,
    known_typed,
)
from notes_vault.deid.forms import common, sound
from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key
from notes_vault.deid.tokens import Tok

_JOINED = 7  # letters of a name split by dictation ("treg Ens a")
_NUMBER_WORD = re.compile(
    r"(?i)\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
_PARTICLE_GAP = re.compile(r" (?:[A-Z]\.? )?([A-Za-z]{2,5}) ")  # " F. da " of Luciana F. da Silva
_OUTWARD = "(outward code)"
_INWARD = re.compile(r"[ \t]?\d[A-Za-z]{2}(?!\w)")
_NEXT_WORDS = re.compile(r"[ \t]+([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?(?:[ \t]+([A-Za-z]+))?")
_SHORT_OUTWARD = re.compile(r"(?<![\w\-/])([A-Za-z]\d)(?![\w\-/])")


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Add round 4's forms of every subject to the index (first owner keeps a form)."""
    _pairs(index, [s.name for s in subjects] + [p.name for s in subjects for p in s.linked])
    known_round5.extend(index, subjects)  # round 5 (k5): barrel letters, first names
    known_round6.extend(index, subjects)  # round 6 (k6)
    known_round15.extend(index, subjects)  # round 15 (k15): "Rootes Hall 14B"
    known_round16.extend(index, subjects)  # round 16 (k16): "UMich", "Vicarage Cottage"
    known_round17.extend(index, subjects)  # round 17 (k17): "OLU A ("
    known_round22.extend(index, subjects)  # round 22 (k22): "H-M" for Holly-Mae
    known_round22b.extend(index, subjects)  # round 22 (k22b): "dyl" for Dylan
    known_tiny.extend(index, subjects)  # round 7 (k7): "hà"
    known_said.extend(index, subjects)  # round 9 (k9): "mack and z" for Mackenzie, dictated
    known_typed.extend(index, subjects)  # round 9 (k9): "Grave" for Grace, autocorrected
    known_records.extend(index, subjects)  # round 10 (k10): "CECIL A (", "J0", "-1105"
    known_org_letters.extend(index, subjects)  # round 12 (k12): "worker (BP," of BP Exploration
    known_glossed.extend(index, subjects)  # round 12 (k12): 'says it "Bents"' for Bence
    for subject in subjects:
        owner = subject.role.lower()
        code = more.outward_code(subject.postcode or "")
        reason = f"{owner}'s postcode {_OUTWARD}"
        entry = Entry("[POSTCODE]", "postcode", reason, f"{owner} postcode")
        if len(code) >= 3:
            index.add(code, entry)
        elif code:
            index.more.setdefault("outward", []).append((code, entry))
        whole = "".join((subject.postcode or "").split()).upper()
        if code and len(whole) >= 5:  # "E H nine one H zed": said letter by letter
            said = replace(entry, reason=f"{owner}'s postcode (said)")
            index.more.setdefault("said codes", []).append((whole, said))
        town = Entry("[ADDRESS]", "address", f"{owner}'s town (initials)", f"{owner} address")
        word = replace(town, reason=f"{owner}'s address (a word of it)")
        for part in more.address_words(subject.address or ""):
            index.add(part, word)  # "Llanddaniel" of "Llanddaniel Fab"
        for letters in more.town_initials(subject.address or ""):
            index.initials.setdefault(letters, town)
            index.more.setdefault("towns", []).append((letters.upper(), town))
        for link in subject.linked:
            _organisation(index, link.name)


def _organisation(index: VaultIndex, name: str) -> None:
    """An organisation's round 4 forms, under the entry its whole name has."""
    org = index.words.get(squash_key(name))
    if org is None or org.category != "organisation":
        return
    for letters in more.of_acronyms(name) | more.camel_acronym(name):
        index.initials.setdefault(letters, org)  # "CHOP", "AZ" of AstraZeneca
    for clip in more.short_clips(name):
        _add_exact(index, clip, replace(org, capital_only=True))  # "Man Met"
    for letters in more.ampersand_acronyms(name):
        index.more.setdefault("ampersand", []).append((letters, org))
    acronym = more.spoken_acronym(name, derived.acronyms(name))
    shorter = more.org_clips(name) | more.clipped_words(name) | more.inner_plurals(name)
    reason = org.reason  # the name's entry may be a short form already (set order): once only
    if "(short form)" not in reason:
        reason = reason.replace("name", "name (short form)")
    short_form = replace(org, reason=reason)
    for form in sorted(shorter | acronym):
        _add_exact(index, form, short_form)


def _add_exact(index: VaultIndex, form: str, entry: Entry) -> None:
    """A short form matched as written (folded), without one-letter slips: there are many."""
    key = squash_key(form)
    index.add_forms([(key if len(key) >= 2 else "", entry, ())])


def _pairs(index: VaultIndex, people: list[str]) -> None:
    """Each person's first and last names, for names typed one letter off side by side."""
    for name in people:
        words = [w.lower() for w in name.split() if w.isalpha() and len(w) >= 4]
        person = index.words.get(squash_key(name))
        if len(words) >= 2 and person is not None and person.category == "name":
            index.more.setdefault("pairs", []).append((f"{words[0]} {words[-1]}", person))


def find(index: VaultIndex, text: str, toks: list[Tok], hits: list[Hit]) -> list[Hit]:
    """Round 4's hits that the index's word search cannot make (see the module docstring)."""
    found = _short_outward(text, index.more.get("outward", []))
    found += _ampersands(text, index.more.get("ampersand", []))
    for letters, town in index.more.get("towns", []):  # "TAMU-CC": a town's initials glued
        if letters not in text:
            continue  # s18: every match holds the letters as written (no pattern compiled)
        found += [Hit(m.start(), m.end(), town) for m in _glued_capitals(letters).finditer(text)]
    for hit in hits:  # "B29 7NX" mistyped or folded oddly: the outward code takes its inward
        inward = _INWARD.match(text, hit.end) if hit.entry.reason.endswith(_OUTWARD) else None
        if inward is not None:
            found.append(Hit(hit.start, inward.end(), hit.entry))
    found += _sounding_parts(index, text, hits)
    found += _split_names(index, text, toks)
    found += _particles(text, hits)
    found += _typed_pairs(toks, text, index.more.get("pairs", []))
    gate = more.SAID_GATE.search(text) and _NUMBER_WORD.search(text)
    said = _said_words(toks) if gate else None
    if said is not None and index.emails:
        found += _said_emails(index, said)
    codes = index.more.get("said codes", [])
    for code, spelt in codes:
        if more.said_code_gate(code).search(text):
            found += [Hit(s, e, spelt) for s, e in _said_code(toks, code)]
    for match in more.PLACE_CUE.finditer(text) if _any_lowered(index, text) else ():
        entry = index.words.get(squash_key(match.group(2)))
        if entry is not None and entry.capital_only and entry.category != "name":
            found.append(Hit(match.start(1), match.end(1), entry))  # "late at amazon"
    found += _dobs(index, text, toks, hits, said)
    found += known_round17.find(index, text, hits)  # round 17: '"crew" = Crewe'
    found += known_round18.find(index, text, hits)  # round 18: "moaning. j", "el doce"
    found += known_round19.find(index, text)  # round 19: "MLK Day weekend"
    found += known_round20.find(index, text)  # round 20: "16/ago/1972"
    found += known_round22b.find(index, text)  # round 22 (k22b): "A reports", "J's mob"
    found += known_round23.find(index, text)  # round 23 (k23): "phoned K on", "per J."
    found += known_round23.accented(index, text, hits)  # round 23 (k23): "Jesús Á."
    return found + known_round22.find(index, text)  # round 22: "18 in Feb", "(12th)"


def _dobs(
    index: VaultIndex,
    text: str,
    toks: list[Tok],
    hits: list[Hit],
    said: list[tuple[int, int, str]] | None,
) -> list[Hit]:
    """Round 4's dates of birth (`known_dobs.py`), each scan only after a quick test."""
    found: list[Hit] = []
    lower = text.lower()
    for dob, entry in index.dobs:
        if said is not None:
            found += [Hit(s, e, entry) for s, e in dobs.said(said, dob)]
        if dobs.ROMAN_OR_SPACED.search(text):
            found += [Hit(s, e, entry) for s, e in dobs.roman_and_spaced(text, dob)]
        if more.any_foreign_month(lower, frozenset((dob.month,))):
            found += [Hit(s, e, entry) for s, e in dobs.foreign_months(toks, dob)]
        if years.any_said_year(lower) or any(h.entry.category == "dob" for h in hits):
            found += [Hit(s, e, entry) for s, e in dobs.said_years(toks, dob, hits)]
        if "born" in lower:  # "he was born 33" (round 8)
            found += [Hit(s, e, entry) for s, e in dobs.born_years(text, dob)]
    return found


def _any_lowered(index: VaultIndex, text: str) -> bool:
    """Whether a workplace or street word that needs a capital is in the text in any case."""
    words = index.more.get("lowered")
    if words is None:
        words = [(k, e) for k, e in index.words.items() if e.capital_only and e.category != "name"]
        index.more["lowered"] = words
    lower = text.lower()
    return any(key in lower for key, _ in words)


def _sounding_parts(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "Aga rubble", "Rome baptist": words after a known name that are, one letter off or by
    their sound, another part of that person's name (dictation, autocorrect), even words."""
    found = []
    for hit in hits:
        parts = index.parts.get(hit.entry.tag) if hit.entry.category == "name" else None
        after = _NEXT_WORDS.match(text, hit.end) if parts else None
        if after is None or parts is None:
            continue
        joined = ""
        for k in range(1, 4):
            word = after.group(k)
            if word is None:
                break
            joined += word.lower()
            if _sounds_like(joined, parts):
                found.append(Hit(hit.start, after.end(k), hit.entry))
    return found


def _sounds_like(joined: str, parts: set[str]) -> bool:
    word = common(joined)
    mine = set(deletions(joined)) if not word and len(joined) >= 4 else set()
    code = sound(joined) if len(joined) >= (6 if word else 5) else ""
    for part in parts:
        if len(part) < 4 or part == joined or not part.isalpha():
            continue
        if mine and not mine.isdisjoint(deletions(part)):
            return True
        # an English word counts only by its sound, six letters or more, as a part no word is
        if code and len(part) >= 5 and code == sound(part) and not common(part):
            return True
    return False


@lru_cache(maxsize=256)
def _glued_capitals(letters: str) -> re.Pattern[str]:
    return re.compile(rf"(?<=[A-Z]-){letters}(?![A-Za-z])|(?<![A-Za-z]){letters}(?=-[A-Z])")


def _said_words(toks: list[Tok]) -> list[tuple[int, int, str]]:
    """Alphanumeric tokens with number words said as digits: (start, end, text) each."""
    words = [t for t in toks if t.text.isalnum()]
    return [
        (words[a].start, words[b - 1].end, text)
        for a, b, text in more.said_number_spans([t.text for t in words])
    ]


def _said_emails(index: VaultIndex, said: list[tuple[int, int, str]]) -> list[Hit]:
    """ "lee dot harrington seventy seven at example dot com": number words read as digits."""
    found = []
    for i, (_, _, word) in enumerate(said):
        if word != "at":
            continue
        for address, local, entry in index.emails:
            domain, right, n = address.split("@")[-1], "", i
            while n + 1 < min(len(said), i + 8) and len(right) < len(domain):
                n += 1
                right += "." if said[n][2] == "dot" else said[n][2]
            joined, k = "", i
            while k > max(0, i - 10) and len(joined) < len(local):
                k -= 1
                joined = ("." if said[k][2] == "dot" else said[k][2]) + joined
            if joined == local and right == domain:
                found.append(Hit(said[k][0], said[n][1], entry))
    return found


def _typed_pairs(toks: list[Tok], text: str, pairs: Sequence[tuple[str, Entry]]) -> list[Hit]:
    """ "brook asby" for Brooke Ashby: a first and a last name each one letter off, side by
    side, even when they are English words (typed on a phone)."""
    found: list[Hit] = []
    initials = {both[0] for both, _ in pairs}
    words = [t for t in toks if t.text.isalpha()] if pairs else []
    for i in [i for i, t in enumerate(words[:-1]) if t.text[:1].lower() in initials]:
        left, right = words[i], words[i + 1]
        if text[left.end : right.start] != " ":
            continue
        a, b = left.text.lower(), right.text.lower()
        for both, entry in pairs:
            first, _, last = both.partition(" ")
            if a[:1] != first[:1] or b[:1] != last[:1] or (a, b) == (first, last):
                continue
            if _one_off(a, first) and _one_off(b, last):
                found.append(Hit(left.start, right.end, entry))
    return found


def _one_off(written: str, known: str) -> bool:
    return len(written) >= 4 and bool(set(deletions(written)) & set(deletions(known)))


def _particles(text: str, hits: list[Hit]) -> list[Hit]:
    """ "Luciana F. da Silva": a particle between two hits of one person joins them."""
    names = sorted((h for h in hits if h.entry.category == "name"), key=lambda h: h.start)
    found = []
    for left, right in itertools.pairwise(names):
        gap = text[left.end : right.start]
        particle = _PARTICLE_GAP.fullmatch(gap)
        word = particle.group(1).lower() if particle is not None else ""
        if left.entry.tag == right.entry.tag and word in more.NAME_PARTICLES:
            found.append(Hit(left.start, right.end, left.entry))
    return found


def _said_code(toks: list[Tok], code: str) -> list[tuple[int, int]]:
    """A postcode said character by character, within a run of said characters."""
    found = []
    i = 0
    while i < len(toks):
        j, said = i, ""
        while j < len(toks) and (char := more.said_character(toks[j].text)):
            said, j = said + char, j + 1
        if len(said) >= len(code) and more.said_form(code) in more.said_form(said):
            found.append((toks[i].start, toks[j - 1].end))
        i = max(j, i + 1)
    return found


def _split_names(index: VaultIndex, text: str, toks: list[Tok]) -> list[Hit]:
    """ "treg Ens a" for Tregenza: two or three words, one of them no English word, that
    joined are a long known name one letter off (dictation splits a name it does not know)."""
    heads = {p[:2] for tag_parts in index.parts.values() for p in tag_parts if len(p) >= 6}
    if not index.near or not heads:
        return []
    words = [t for t in toks if t.text.isalpha()]
    found = []
    for i, first in enumerate(words):
        joined = first.text.lower()
        if joined[:2] not in heads:
            continue  # dictation keeps a name's first letters ("treg" of Tregenza)
        strange = not common(joined)
        for k in (1, 2):
            if i + k >= len(words) or text[words[i + k - 1].end : words[i + k].start] != " ":
                break
            joined += words[i + k].text.lower()
            strange = strange or not common(words[i + k].text)
            if len(joined) < _JOINED or not strange or common(joined):
                continue
            entry = next((index.near[f] for f in deletions(joined) if f in index.near), None)
            if entry is not None and entry.category == "name":
                found.append(Hit(first.start, words[i + k].end, entry))
                break
    return found


def _ampersands(text: str, known: Sequence[tuple[str, Entry]]) -> list[Hit]:
    """ "M&S", "P and G": an organisation's initials joined by "&" or "and" ("+" and up to
    four letters a side since round 13: "H+H", "DPS&C", "s&w")."""
    found = []
    for match in more.AMPERSAND.finditer(text) if known else ():
        first, join, second = match.groups()
        if "and" in join and not (first.isupper() and second.isupper()):
            continue  # "a and b", "Tom and Joe": words
        letters = (first + second).lower()
        entry = next((e for k, e in known if k == letters), None)
        if entry is not None:
            found.append(Hit(match.start(), match.end(), entry))
    return found


def _short_outward(text: str, codes: Sequence[tuple[str, Entry]]) -> list[Hit]:
    found = []
    for match in _SHORT_OUTWARD.finditer(text) if codes else ():
        entry = next((e for c, e in codes if c == match.group(1).upper()), None)
        if entry is None:
            continue
        before = text[max(0, match.start() - 20) : match.start()].rstrip(" ,\t")
        after = text[match.end() : match.end() + 20].lstrip(" ,\t")
        word_before = before.rsplit(None, 1)[-1] if before.split() else ""
        if _placename(word_before) or _placename(after.split(None, 1)[0] if after.split() else ""):
            found.append(Hit(match.start(), match.end(), entry))
    return found


def _placename(word: str) -> bool:
    word = word.strip(".,;:()")
    return len(word) > 2 and word[:1].isupper() and not word.isupper() and word.isalpha()
