"""Round 17 (k17): the replacer's searches for `forms_round17.py`'s shapes, called once from
`known_more.find`. A phrase the note equates with a known name, address or organisation
found ('Dunmurry ("done marry")', '"crew" = Crewe', "new yen tea haw, that's Nguyen Thi
Hoa") is that identifier; in a dictated note its other mentions are too ("took him to never
hall"), unless a determiner stands before ("the crew"). The final check's own reading is in
`check_round17.py` (it cannot see the other mentions: the first is a tag by then).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_calendars as calendars
from notes_vault.deid import forms_heard as heard
from notes_vault.deid import forms_round17 as r17
from notes_vault.deid import forms_said as said
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import squash_key

_KINDS = frozenset({"name", "address", "organisation"})
_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W_]+")  # as the check reads words: "SA2" is one
_DETERMINERS = frozenset(
    "the a an this that these those his her their my your our its no any some every".split()
)
_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+\Z")
_SAINTS = "r17 saints"
_CHEAP = ('"', "\u201c", "'", "that")
_ECHO_LETTERS = 4  # a phrase this long at least is looked for again


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Each person's surname initial under their given name and one-word aliases, read
    where a record's middle initial stands (`known_records`: "OLU A (")."""
    people = [(s.name, s.aliases) for s in subjects]
    people += [(p.name, ()) for s in subjects for p in s.linked]
    for name, aliases in people:
        entry = index.words.get(squash_key(name))
        if entry is None or entry.category != "name":
            continue
        marked = replace(entry, reason=f"{entry.reason} (surname's initial in a record)")
        for given, letter in r17.surname_initials(name, tuple(aliases)):
            index.more.setdefault("middle initials", []).append((f"{given} {letter}", marked))
    for link in (p for s in subjects for p in s.linked):
        entry = index.words.get(squash_key(link.name))
        if entry is None or entry.category != "organisation":
            continue
        saint = replace(entry, reason=f"{entry.reason} (its saint's diminutive)")
        for form in r17.saint_forms(link.name):  # "at Jimmy's" of St James's
            index.more.setdefault(_SAINTS, []).append((form, saint))


def find(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """A gloss after, an equation or a restatement before each name, address or
    organisation found, and in a dictated note the phrase's other mentions; initials
    closing a bracket after a name; a name part said beside another."""
    dictated = said.dictated(text)
    found = _equated(index, text, hits, dictated) if any(c in text for c in _CHEAP) else []
    found = found + (_echoes(text, found) if dictated and found else [])
    found += _bracket_initials(index, text, hits) if index.abbreviated and "(" in text else []
    for start, end, letter in r17.signed_quotes(text) if '"' in text or "\u201d" in text else ():
        entry = index.lone.get(letter)  # '"... Will be in touch. O"'
        if entry is not None:
            found.append(Hit(start, end, replace(entry, reason=f"{entry.reason} (signing)")))
    if saints := index.more.get(_SAINTS):
        found += _saints(text, saints)
    if index.dobs:  # "his Hebrew birthday, 27 Adar"
        dob = index.dobs[0][1]
        why = replace(dob, reason=f"{dob.reason} (a birthday on another calendar)")
        found += [Hit(s, e, why) for s, e in calendars.other_days(text)]
    return found + (_beside(index, text) if dictated else [])


def _saints(text: str, saints: list[tuple[str, Entry]]) -> list[Hit]:
    lower = text.lower()
    if "'s" not in lower and "\u2019s" not in lower:
        return []
    entries = dict(reversed(saints))  # first owner wins
    pattern = r17.saints_pattern(tuple(entries))
    found = []
    for match in pattern.finditer(text) if pattern is not None else ():
        found.append(Hit(match.start(1), match.end(1) + 2, entries[match.group(1).lower()]))
    return found


def _equated(index: VaultIndex, text: str, hits: list[Hit], dictated: bool) -> list[Hit]:
    """A gloss after, an equation or a restatement before each name, address or
    organisation found (`forms_round17`)."""
    found: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, h.end)):
        if hit.entry.category not in _KINDS or hit.end - hit.start > 60:
            continue
        words = [*_WORD.findall(text, hit.start, hit.end), *index.parts.get(hit.entry.tag, ())]
        letters = "".join(sorted({w[:1].lower() for w in words}))
        sounds = frozenset(r17.opening(w) for w in words)
        shapes = [
            ("glossed after it", r17.gloss_after(text, hit.end, dictated=dictated, sounds=sounds)),
            ("equated with it", r17.equated_before(text, hit.start)),
        ]
        if dictated:
            shapes.append(("restated by it", r17.restated_before(text, hit.start)))
        for cue, shape in shapes:
            if shape is not None and r17.opens_alike(shape[2], letters):
                why = replace(hit.entry, reason=f"{hit.entry.reason} (a form {cue})")
                found.append(Hit(shape[0], shape[1], why))
    return found


def _beside(index: VaultIndex, text: str) -> list[Hit]:
    """ "shove on Gallagher", "a lead Jenkins": a name part said in another orthography, or
    of four letters, beside another part of a known name (`forms_round17.beside_runs`)."""
    every = dict(index.more.get("heard parts", []))
    names = tuple(n for n, _ in index.more.get("heard names", []))
    if not every or not names:
        return []
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    known = heard.order(names, ())
    found = []
    for i, k, part in r17.beside_runs(words, text, tuple(every), known):
        why = replace(every[part], reason=_beside_reason(every[part].reason))
        found.append(Hit(words[i][0], words[k - 1][1], why))
    return found


def _beside_reason(reason: str) -> str:
    return reason.replace("(said: dictated)", "(said: dictated, beside another part)")


def _bracket_initials(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """ "mark (regular caller, MP)": initials that are also an abbreviation, closing a
    bracket opened straight after the same person's name."""
    found = []
    for hit in hits:
        match = r17.BRACKET_INITIALS.match(text, hit.end) if hit.entry.category == "name" else None
        entry = index.abbreviated.get(match.group(1).lower()) if match is not None else None
        if match is not None and entry is not None and entry.tag == hit.entry.tag:
            why = replace(entry, reason=f"{entry.reason} (closing a bracket after the name)")
            found.append(Hit(match.start(1), match.end(1), why))
    return found


def _echoes(text: str, found: list[Hit]) -> list[Hit]:
    """Each phrase taken, at its other mentions in any case."""
    echoes: list[Hit] = []
    seen: set[str] = set()
    for hit in found:
        phrase = " ".join(text[hit.start : hit.end].lower().split())
        if len(phrase.replace(" ", "")) < _ECHO_LETTERS or phrase in seen:
            continue
        seen.add(phrase)
        spelt = r"[ \t]+".join(re.escape(w) for w in phrase.split())
        marked = replace(hit.entry, reason=f"{hit.entry.reason}, again")
        for match in re.finditer(rf"(?i)(?<![\w'\u2019-]){spelt}(?![\w'\u2019-])", text):
            before = _BEFORE.search(text, max(0, match.start() - 16), match.start())
            if before is None or before.group(1).lower() not in _DETERMINERS:
                echoes.append(Hit(match.start(), match.end(), marked))
    return echoes
