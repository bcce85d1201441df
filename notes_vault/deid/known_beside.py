"""Round 6 (k6), replacer only: what stands beside a found identifier and is its own.

Called by `known_round6.find` with the hits found so far: a found name or
organisation takes in the words beside it that are its own ("Prior, [CLIENT]"
for Pryor one letter off even as an English word, "[EMPLOYER] plant" of Corvette
Assembly Plant, "Δ. [CLIENT]" an initial in another script, "six [ADDRESS]" a
house number said, "patients [CLIENT]" a first name misheard, "[EMPLOYER] U.S.A."),
a name glued to a user name's tail ("[CLIENT]_y") and a phone number's first
group on the line before it. The final check cannot tell which name a tag
stands for, so most of these are the replacer's alone.
"""

from __future__ import annotations

import bisect
import re

from notes_vault.deid.fuzzy import deletions
from notes_vault.deid.known_index import Hit, VaultIndex
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_HANDLE_TAIL = re.compile(r"(?:[_.]?[A-Za-z0-9])*[0-9_][A-Za-z0-9_]*|_[A-Za-z0-9]+")
# After an organisation's name, its country or legal form: "Chevron U.S.A.", "Acme UK Ltd".
_COUNTRY_OR_LEGAL = re.compile(
    r"(?:,?[ \t]+(?:U\.S\.A\.?|U\.S\.|USA|UK|Inc\.?|Ltd\.?|LLC|LLP|plc|PLC|Corp\.?|Co\.)"
    r"(?![\w.])){1,2}"
)
_LINE_BEFORE = re.compile(r"(\d{2,6})[ \t]*\n[ \t]*\Z")


_TAIL_STARTS = frozenset("0123456789_.")


def glued(index: VaultIndex, text: str, hits: list[Hit]) -> list[Hit]:
    """A found name glued to a handle's tail ("[CLIENT]91", "[CLIENT]_y": a user name is
    the person), and a phone number's first group on the line before it."""
    found = []
    numbers = [number for number, _ in index.phones]
    for hit in hits:
        if hit.entry.category == "name" and text[hit.end : hit.end + 1] in _TAIL_STARTS:
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


_ABBREVIATED_ORG = {
    "jr": "junior", "sr": "senior", "hs": "high", "hosp": "hospital", "univ": "university",
    "ctr": "center", "ctr.": "center", "coll": "college", "acad": "academy", "sch": "school",
}  # fmt: skip


def beside(index: VaultIndex, text: str, toks: list[Tok], hits: list[Hit]) -> list[Hit]:
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
        if not _worth(text, hit, category, houses, firsts):
            continue  # a cheap test on the text first: most hits have nothing beside them
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


def _worth(text: str, hit: Hit, category: str, houses: set[str], firsts: dict[str, str]) -> bool:
    """Whether anything before the hit may be its own: a mark and a space ("Prior, ",
    "Δ. "), a house number's word, a long first name misheard."""
    before = text[max(0, hit.start - 2) : hit.start]
    if category == "address":
        return bool(houses) and before[-1:] == " "
    first = firsts.get(hit.entry.tag, "")
    return before in (", ", ". ") or (len(first) >= 7 and before[-1:] == " ")


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
        from notes_vault.deid.forms_scripts import skeleton  # noqa: PLC0415 - anyascii, loaded lazily

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
