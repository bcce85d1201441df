"""Round 6 (k6) forms for the replacer (`known_search.find` calls `find`).

What each form is, and why, is in `forms_round6.py`; the final check searches
for the same forms on its own in `check_round6.py`. Also here, replacer only:
a found name or organisation takes in the words beside it that are its own
("Prior, [CLIENT]" for Pryor one letter off even as an English word, "[EMPLOYER]
plant" of Corvette Assembly Plant, "Δ. [CLIENT]" an initial in another script).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from notes_vault.deid import forms_round6 as r6
from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known import Entry, Hit, VaultIndex
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
        for piece in sorted(r6.email_pieces(address)):
            more.setdefault("r6 pieces", []).append((piece, entry))
    people = [s.name for s in subjects] + [p.name for s in subjects for p in s.linked]
    for name in people + [a for s in subjects for a in s.aliases]:
        known = index.words.get(squash_key(name))
        if known is not None and known.category == "name":
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
    for letters in sorted(r6.lower_initials(subject.name)):
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
    found += _beside(index, toks, hits + found)
    return found + _glued(index, text, hits + found)


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


_HANDLE_TAIL = re.compile(r"(?:[_.]?[A-Za-z0-9])*[0-9_][A-Za-z0-9_]*|_[A-Za-z0-9]+")
# After an organisation's name, its country or legal form: "Chevron U.S.A.", "Acme UK Ltd".
_COUNTRY_OR_LEGAL = re.compile(
    r"(?:,?[ \t]+(?:U\.S\.A\.?|U\.S\.|USA|UK|Inc\.?|Ltd\.?|LLC|LLP|plc|PLC|Corp\.?|Co\.)"
    r"(?![\w.])){1,2}"
)
_LINE_BEFORE = re.compile(r"(\d{2,6})[ \t]*\n[ \t]*\Z")


def _glued(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """A found name glued to a handle's tail ("[CLIENT]91", "[CLIENT]_y": a user name is
    the person), and a phone number's first group on the line before it."""
    found = []
    numbers = [number for number, _ in index.phones]
    for hit in hits:
        if hit.entry.category == "name" and hit.end < len(text):
            tail = _HANDLE_TAIL.match(text, hit.end)
            glued = tail is not None and tail.end() > hit.end and len(tail.group()) <= 12
            if glued and not text[tail.end() : tail.end() + 1].isalnum():  # type: ignore[union-attr]
                found.append(Hit(hit.start, tail.end(), hit.entry))  # type: ignore[union-attr]
        elif hit.entry.category == "organisation":
            suffix = _COUNTRY_OR_LEGAL.match(text, hit.end)
            if suffix is not None:
                found.append(Hit(hit.start, suffix.end(), hit.entry))
        elif hit.entry.category == "phone" and numbers:
            before = _LINE_BEFORE.search(text, max(0, hit.start - 12), hit.start)
            if before is not None:
                digits = before.group(1) + "".join(
                    c for c in text[hit.start : hit.end] if c.isdigit()
                )
                if any(number in digits or number in "0" + digits for number in numbers):
                    found.append(Hit(before.start(1), hit.end, hit.entry))
    return found


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
            for k in range(c + 1, min(len(toks), c + 2 + r6.CUE_WINDOW)):
                if lows[k] in _STOPS and not (k == c + 1 and lows[c] == "b"):
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
        if len(tok.text) < r6.TRANSLIT_MIN or not tok.text[:1].isupper() or not tok.text.isalpha():
            continue
        if tok.text.lower() in common:
            continue  # most capitals open a sentence: "The", "She"
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
        entry = letters.get(tok.text)
        if entry is None or (tok.start and text[tok.start - 1] not in " \t(\n"):
            continue
        prev = toks[k - 1].text if k else ""
        before = prev.lower()
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = text[tok.end : tok.end + 1]
        possessive = after in ("'", "\u2019") and text[tok.end + 1 : tok.end + 3] == "s "
        owner = possessive and before not in r6.NOT_PERSON_BEFORE and not prev[:1].isupper()
        taken = before in r6.PERSON_VERBS and (nxt is None or nxt.text not in (".", "&", "-"))
        ends = nxt is None or nxt.text in (",", ";", ")", ":")
        acts = nxt is not None and nxt.text in r6.LOWER_ACTS and not prev[:1].isupper()
        acts = acts and before not in r6.NOT_PERSON_BEFORE
        if owner or taken or acts or (before in r6.PERSON_BEFORE and ends):
            found.append(Hit(tok.start, tok.end, entry))
    return found


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


_ABBREVIATED_ORG = {
    "jr": "junior", "sr": "senior", "hs": "high", "hosp": "hospital", "univ": "university",
    "ctr": "center", "ctr.": "center", "coll": "college", "acad": "academy", "sch": "school",
}  # fmt: skip


def _beside(index: VaultIndex, toks: list[Tok], hits: list[Hit]) -> list[Hit]:
    """Words beside a found name or organisation that are its own (see the docstring)."""
    org_words: dict[str, set[str]] = {}
    for word, entry in index.more.get("r6 org words", ()):
        org_words.setdefault(entry.tag, set()).add(word)
    found = []
    houses = {number for number, _ in index.more.get("r6 house", ())}
    firsts = {entry.tag: first for first, entry in index.more.get("firsts", ())}
    for hit in hits:
        category = hit.entry.category
        if category == "organisation" and hit.entry.tag in org_words:
            k = _at(toks, hit.end - 1)
            if k is not None and toks[k].end == hit.end:
                found += _org_tail(toks, k, hit, org_words[hit.entry.tag])
            continue
        if category not in ("address", "name"):
            continue
        k = _at(toks, hit.start)
        if not k or toks[k].start != hit.start:
            continue
        if category == "address" and houses:
            found += _said_number(toks, k, hit, houses)
        if category == "name" and hit.entry.tag in firsts:
            found += _said_first(toks, k, hit, firsts[hit.entry.tag])
        if category == "name" and k >= 2:
            found += _name_before(index, toks, k, hit)
    return found


def _at(toks: list[Tok], offset: int) -> int | None:
    """The index of the token holding `offset` (a binary search: no map of the whole note)."""
    k = bisect.bisect_right(toks, offset, key=lambda t: t.start) - 1
    return k if k >= 0 and toks[k].start <= offset < toks[k].end else None


_NUMBER_WORDS = {
    w: str(n)
    for n, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}


def _said_number(toks: list[Tok], k: int, hit: Hit, houses: set[str]) -> list[Hit]:
    """ "six [ADDRESS]": the house number said in a word before its street (dictation)."""
    before = toks[k - 1]
    if hit.start - before.end == 1 and _NUMBER_WORDS.get(before.text.lower()) in houses:
        return [Hit(before.start, hit.end, hit.entry)]
    return []


def _said_first(toks: list[Tok], k: int, hit: Hit, first: str) -> list[Hit]:
    """ "patients [CLIENT]" for Patience: a long first name misheard by dictation (two
    letters off, its first two kept) right before the found name. Replacer only."""
    before = toks[k - 1]
    word = before.text.lower()
    if hit.start - before.end != 1 or len(first) < 7 or word == first or word[:2] != first[:2]:
        return []
    import jellyfish  # noqa: PLC0415 - a dependency already; only for a long first name

    if before.text.isalpha() and jellyfish.levenshtein_distance(word, first) <= 2:
        return [Hit(before.start, hit.end, hit.entry)]
    return []


def _org_tail(toks: list[Tok], k: int | None, hit: Hit, words: set[str]) -> list[Hit]:
    """ "[EMPLOYER] plant", "[SCHOOL]/Sr High": the organisation's own words after it."""
    end, steps = hit.end, 0
    while k is not None and k + 1 < len(toks) and steps < 4:
        nxt = k + 1
        if toks[nxt].text in ("/", "-") and nxt + 1 < len(toks):
            nxt += 1
        if toks[nxt].start - toks[k].end > 1:
            break
        low = toks[nxt].text.lower()
        if _ABBREVIATED_ORG.get(low, low) not in words or low in ("the", "of", "and"):
            break
        end, k, steps = toks[nxt].end, nxt, steps + 1
    return [Hit(hit.start, end, hit.entry)] if end > hit.end else []


def _name_before(index: VaultIndex, toks: list[Tok], k: int, hit: Hit) -> list[Hit]:
    """ "Prior, [CLIENT]": the surname one letter off before a comma, even an English word;
    "Δ. [CLIENT]": a capital of another script and a stop, the name's initial."""
    word, gap = toks[k - 1], toks[k - 2]
    if word.text == "." and len(gap.text) == 1 and not gap.text.isascii() and gap.text.isupper():
        latin = fold(gap.text).lower()
        from notes_vault.deid.forms import skeleton  # noqa: PLC0415 - anyascii, loaded lazily

        letters = {skeleton(p)[:1] for p in index.parts.get(hit.entry.tag, ())}
        if skeleton(gap.text)[:1] in letters or latin in letters:
            return [Hit(gap.start, hit.end, hit.entry)]
        return []
    if word.text != "," or not gap.text[:1].isupper() or not gap.text.isalpha():
        return []
    written = fold(gap.text).lower()
    for part in index.parts.get(hit.entry.tag, ()):
        if (
            len(part) >= 5
            and written != part
            and written[:1] == part[:1]
            and _one_off(written, part)
        ):
            return [Hit(gap.start, gap.end, hit.entry)]
    return []


def _one_off(word: str, name: str) -> bool:
    return abs(len(word) - len(name)) <= 1 and not set(deletions(word)).isdisjoint(deletions(name))
