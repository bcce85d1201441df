"""Round 6 (k6) forms for the replacer (`known_search.find` calls `find`).

What each form is, and why, is in `forms_round6.py`; the final check searches
for the same forms on its own in `check_round6.py`. What stands beside a found
identifier and is its own (replacer only) is read in `known_beside.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_cjk, known_beside, stored
from notes_vault.deid import forms_round6 as r6
from notes_vault.deid.known_index import Entry, Hit, VaultIndex
from notes_vault.deid.lexicon import common_words
from notes_vault.deid.model import KnownSubject
from notes_vault.deid.squash import fold, squash_key
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_HOUSE_NUMBER = re.compile(r"(?<![\w/-])(\d{1,2})[A-Za-z]?(?=[ ,])")


def extend(index: VaultIndex, subjects: Sequence[KnownSubject]) -> None:
    """Add round 6's forms of every subject and linked person (first owner keeps a form)."""
    more = index.more
    for subject in subjects:
        _subject(index, subject)
    for address, _, entry in index.emails:
        domain = stored.domain_words(address)  # "lboro": a place of work or study, not mail
        place = replace(entry, tag="[ORGANISATION]", reason=f"{entry.reason} (its domain)")
        for piece in sorted(r6.email_pieces(address) | stored.email_words(address)):
            more.setdefault("r6 pieces", []).append((piece, place if piece in domain else entry))
    people = [s.name for s in subjects] + [p.name for s in subjects for p in s.linked]
    for name in people + [a for s in subjects for a in s.aliases]:
        known = index.words.get(squash_key(name))
        if known is not None and known.category == "name":
            more.setdefault("r6 names", []).append((name, known))
            for part in name.split():
                if r6.translit_key(part):
                    more.setdefault("r6 parts", []).append((part, known))
        elif known is not None and known.category == "organisation":
            _organisation(index, name, known)


def _subject(index: VaultIndex, subject: KnownSubject) -> None:
    """A subject's own round 6 forms: a site in the address, house numbers, letters."""
    more = index.more
    owner = subject.role.lower()
    site = Entry("[ADDRESS]", "address", f"{owner}'s address (the site)", f"{owner} address")
    for form in sorted(r6.site_forms(subject.address or "")):
        index.add(form, replace(site, capital_only=" " not in form))
    entry = index.words.get(squash_key(subject.name))
    if entry is None or entry.category != "name":
        return
    for number in _HOUSE_NUMBER.findall(subject.address or ""):
        more.setdefault("r6 house", []).append((number, entry))
    for letter in sorted(r6.lone_letters(subject.name, tuple(subject.aliases))):
        more.setdefault("r6 lone", []).append((letter, entry))
    for letters in sorted(r6.lower_initials(subject.name, tuple(subject.aliases))):
        more.setdefault("r6 lower", []).append((letters, entry))


def _organisation(index: VaultIndex, name: str, entry: Entry) -> None:
    more = index.more
    for form in sorted(r6.org_forms(name)):
        index.add(form, entry)
    for word in sorted(r6.lower_acronyms(name)):
        more.setdefault("r6 acronyms", []).append((word, entry))
    if head := r6.org_head(name):
        more.setdefault("r6 heads", []).append((head, entry))
    for word in name.replace("/", " ").split():
        more.setdefault("r6 org words", []).append((fold(word).lower().strip(".,"), entry))


def find(index: VaultIndex, text: str, toks: list[Tok], hits: list[Hit]) -> list[Hit]:
    """Round 6's forms in `text` (the normalised view); `hits`: what was found before.

    Each search first tests the note's set of lower-case tokens for its few keys."""
    more = index.more
    found: list[Hit] = []
    words = vocabulary(toks)
    if index.dobs and _BIRTH_WORDS.search(text):
        found += _birth_parts(index, toks)
    spelt = {part.lower() for part, _ in more.get("r6 parts", ())}  # as recorded: found already
    rare = words - common_words() - spelt if "r6 parts" in more else frozenset()
    keys = _keys(more) if rare else set()
    heads = r6.first_letters(frozenset(keys))
    if any(w[:1] in heads and r6.translit_key(w) in keys for w in rare):
        found += _respelt(more["r6 parts"], toks)
    if any(w[-1:].isdigit() and w[:1].isalpha() for w in rare):
        found += _handles(more["r6 parts"], toks)
    if _any(more, "r6 pieces", words):
        found += _pieces(more["r6 pieces"], toks)
    if _any(more, "r6 lone", words, lower=True):
        found += _lone(dict(more["r6 lone"]), text, toks)
    if _any(more, "r6 lower", words):
        found += _lower_initials(dict(more["r6 lower"]), text, toks)
    if _any(more, "r6 acronyms", words):
        found += _acronyms(dict(more["r6 acronyms"]), toks)
    if _any(more, "r6 heads", words):
        found += _heads(dict(more["r6 heads"]), toks)
    if not text.isascii() and forms_cjk.CJK_RUN.search(text):
        found += _cjk(index, text)
    found += known_beside.beside(index, text, toks, hits + found)
    return found + known_beside.glued(index, text, hits + found)


def _keys(more: dict[str, list[tuple[str, Entry]]]) -> set[str]:
    return {r6.translit_key(part) for part, _ in more.get("r6 parts", ())}


def _any(
    more: dict[str, list[tuple[str, Entry]]],
    key: str,
    words: frozenset[str],
    *,
    lower: bool = False,
) -> bool:
    """Some key of `more[key]` is a token of the note (lower case)."""
    return any((k.lower() if lower else k) in words for k, _ in more.get(key, ()))


_BIRTH_WORDS = re.compile(r"(?i)birth|b'?-?day|\bdob\b|\bborn\b|\bb\.")
_STOPS = frozenset(".!?;\n")


def _birth_parts(index: VaultIndex, toks: list[Tok]) -> list[Hit]:
    """The day ("9th") or month ("Oct") of birth alone within a few words of a birthday word."""
    lows = lowered(toks)
    found = []
    for dob, entry in index.dobs:
        days, months = r6.day_words(dob), r6.month_words(dob)
        for c in range(len(lows)):
            if not _cue(lows, c):
                continue
            seen = 0  # words read after the cue (marks between them are not counted)
            for k in range(c + 1, min(len(toks), c + 1 + 3 * r6.CUE_WINDOW)):
                if lows[k] in _STOPS and not (k == c + 1 and lows[c] == "b"):
                    break
                seen += lows[k][:1].isalnum()
                if seen > r6.CUE_WINDOW:
                    break
                if _birth_word(toks, lows, k, days, months):
                    found.append(Hit(toks[k].start, toks[k].end, entry))
            for k in range(max(0, c - 2), c):  # "Oct birthday", "October birthday"
                if lows[k] in months and _month_alone(toks, lows, k):
                    found.append(Hit(toks[k].start, toks[k].end, entry))
    return found


def _cue(lows: list[str], c: int) -> bool:
    low = lows[c]
    if low == "b":  # "b. 9th"
        return c + 1 < len(lows) and lows[c + 1] == "."
    if low not in r6.BIRTHDAY_CUES and not (low == "day" and c and lows[c - 1] in ("b", "birth")):
        return False
    # "mum's birthday": someone else's (a lower-case word and "'s" before it)
    return not (c >= 2 and lows[c - 1] == "s" and lows[c - 2] in ("'", "\u2019"))


def _birth_word(
    toks: list[Tok], lows: list[str], k: int, days: frozenset[str], months: frozenset[str]
) -> bool:
    low = lows[k]
    if low in days:
        before = lows[k - 1] if k else ""
        after = lows[k + 1] if k + 1 < len(lows) else ""
        from notes_vault.deid.forms_extra import COUNTED  # noqa: PLC0415

        return before not in r6.POSSESSIVES and after not in COUNTED
    return low in months and _month_alone(toks, lows, k)


def _month_alone(toks: list[Tok], lows: list[str], k: int) -> bool:
    """A month name, its abbreviation capitalised when it is an English word ("Mar")."""
    word = toks[k].text
    if lows[k] in r6.WORD_MONTHS and not word[:1].isupper():
        return False
    nxt = k + 1 + (k + 1 < len(lows) and lows[k + 1] == ".")  # "Oct. 3"
    after = lows[nxt] if nxt < len(lows) else ""
    return not r6.month_in_date(lows[k - 1] if k else "", after)


def _respelt(parts: list[tuple[str, Entry]], toks: list[Tok]) -> list[Hit]:
    keys = {r6.translit_key(part): (part, entry) for part, entry in reversed(parts)}
    found = []
    common = common_words()
    for tok in toks:
        if len(tok.text) < r6.TRANSLIT_MIN or not tok.text.isalpha():
            continue
        if tok.text.lower() in common:
            continue  # English words, in any case: "The", "She", "hold"
        known = keys.get(r6.translit_key(tok.text))
        if known is not None and r6.respelt(tok.text, known[0]):
            entry = replace(known[1], reason=f"{known[1].reason} (another transliteration)")
            found.append(Hit(tok.start, tok.end, entry))
    return found


def _handles(parts: list[tuple[str, Entry]], toks: list[Tok]) -> list[Hit]:
    """ "amberw75": a user name that starts with a known name part (`forms_round6`)."""
    owners: dict[str, Entry] = {}
    for part, entry in reversed(parts):
        for low in r6.handle_parts([part]):
            owners[low] = entry
    found = []
    for tok in toks:
        if tok.text[-1:].isdigit() and tok.text[:1].isalpha():
            for low in sorted(owners) if r6.handle_owner(tok.text, frozenset(owners)) else ():
                if tok.text.lower().startswith(low):
                    found.append(Hit(tok.start, tok.end, owners[low]))
                    break
    return found


def _pieces(pieces: list[tuple[str, Entry]], toks: list[Tok]) -> list[Hit]:
    table = dict(reversed(pieces))
    return [Hit(t.start, t.end, table[t.text.lower()]) for t in toks if t.text.lower() in table]


def _lone(letters: dict[str, Entry], text: str, toks: list[Tok]) -> list[Hit]:
    """A subject's first initial alone where a person stands ("with P,", "D's mom")."""
    found = []
    for k, tok in enumerate(toks):
        entry = letters.get(tok.text) or _lower_letter(letters, tok.text)
        if entry is None or (tok.start and text[tok.start - 1] not in " \t(\n/"):
            continue
        prev = toks[k - 1].text if k else ""
        if prev == "/" and k >= 2 and toks[k - 2].text.lower() == "w":
            prev = "with"  # "w/ z"
        before = prev.lower()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = text[tok.end : tok.end + 1]
        possessive = after in ("'", "\u2019") and text[tok.end + 1 : tok.end + 3] == "s "
        owner = possessive and before not in r6.NOT_PERSON_BEFORE and not prev[:1].isupper()
        taken = before in r6.PERSON_VERBS and (nxt is None or nxt.text not in (".", "&", "-"))
        ends = nxt is None or nxt.text.lower() in r6.PHRASE_ENDS
        acts = nxt is not None and nxt.text in r6.LOWER_ACTS and not prev[:1].isupper()
        acts = acts and before not in r6.NOT_PERSON_BEFORE
        if owner or taken or acts or (before in r6.PERSON_BEFORE and ends):
            found.append(Hit(tok.start, tok.end, entry))
    return found


def _lower_letter(letters: dict[str, Entry], word: str) -> Entry | None:
    if len(word) != 1 or not word.islower() or word in r6.LOWER_NOT_INITIALS:
        return None
    return letters.get(word.upper())


def _lower_initials(table: dict[str, Entry], text: str, toks: list[Tok]) -> list[Hit]:
    """ "dp said", "dp's mom": a subject's initials in lower case acting or owning."""
    found = []
    for k, tok in enumerate(toks[:-1]):
        entry = table.get(tok.text)
        if entry is None or (tok.start and text[tok.start - 1] not in " \t(\n-"):
            continue
        nxt = toks[k + 1].text
        owns = nxt in ("'", "\u2019") and k + 2 < len(toks) and toks[k + 2].text == "s"
        if nxt in r6.LOWER_ACTS or owns:
            found.append(Hit(tok.start, tok.end, entry))
    return found


def _acronyms(table: dict[str, Entry], toks: list[Tok]) -> list[Hit]:
    return [Hit(t.start, t.end, table[t.text]) for t in toks if t.text in table]


def _heads(table: dict[str, Entry], toks: list[Tok]) -> list[Hit]:
    """ "at temple": an organisation's first word after "at" or "from", lower case; a
    kind of place after "at the" ("at the temple" for Temple Beth El)."""
    found = []
    for k, tok in enumerate(toks[1:], 1):
        entry = table.get(tok.text.lower())
        if entry is None:
            continue
        before = [t.text.lower() for t in toks[max(0, k - 2) : k]]
        kind = r6.kind_after(before, tok.text)  # "at the temple" for Temple Beth El
        if tok.text[:1].isupper() or before[-1] in r6.ORG_LOWER_BEFORE or kind:
            after = toks[k + 1].text if k + 1 < len(toks) else ""
            if after not in ("'", "\u2019") or tok.text[:1].isupper():
                found.append(Hit(tok.start, tok.end, entry))
    return found


def _cjk(index: VaultIndex, text: str) -> list[Hit]:
    """A known name or date of birth written in Han characters or Hangul (`forms_cjk`)."""
    found = []
    by_entry: dict[Entry, list[str]] = {}
    for name, entry in index.more.get("r6 names", ()):
        by_entry.setdefault(entry, []).append(name)
    for entry, names in by_entry.items():
        joined = forms_cjk.joined_names(tuple(names))
        givens = forms_cjk.given_names(tuple(names))  # round 10: "박" glued before "혜진"
        found += [Hit(s, e, entry) for s, e in forms_cjk.names_in(text, joined, givens)]
    for dob, entry in index.dobs:
        for match in forms_cjk.CJK_DATE.finditer(text):
            if forms_cjk.is_birth_date(match, dob):
                found.append(Hit(match.start(), match.end(), entry))
    return found
