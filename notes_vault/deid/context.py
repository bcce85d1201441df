"""Layer "context": people, places and organisations the vault does not know.

Token-by-token dictionary lookups, no regexes: a capitalised word is judged by
the gazetteers (given names, surnames, places), by whether it is an ordinary
English word, by where it sits (sentence start or not) and by the words around
it ("Dr", "her sister", "lives in", "works at", "... School", "... Road").
"""

from __future__ import annotations

from dataclasses import dataclass

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, near, sentence_start

_MAX_RUN = 4
_SPEECH = frozenset(
    [
        "said",
        "says",
        "told",
        "asked",
        "thinks",
        "thought",
        "wants",
        "wanted",
        "feels",
        "felt",
        "called",
        "texted",
        "rang",
        "came",
        "went",
        "left",
        "visited",
        "shouted",
        "explained",
        "mentioned",
    ]
)
# "Grace is worried", "Thandiwe has moved": a sentence-opening word that is a
# given name (or no English word) and is followed by one of these is a person.
_BE_HAVE = frozenset(["is", "was", "has", "had", "isn", "wasn", "hasn", "hadn"])
_WORK_VERBS = frozenset(
    ["works", "work", "worked", "working", "employed", "job", "placement", "volunteers", "started"]
)
# Hand-made: names of apps, brands and medicines that are capitalised mid-sentence
# in notes but identify no one.
_NOT_PEOPLE = frozenset(
    [
        "WhatsApp",
        "Facebook",
        "Instagram",
        "TikTok",
        "Snapchat",
        "Twitter",
        "YouTube",
        "Netflix",
        "Zoom",
        "Teams",
        "Google",
        "Amazon",
        "Tesco",
        "Sertraline",
        "Citalopram",
        "Fluoxetine",
        "Mirtazapine",
        "Propranolol",
        "Diazepam",
        "Covid",
        "Brexit",
        "Ramadan",
        "Eid",
        "Diwali",
        "Hanukkah",
        "Christianity",
        "Islam",
        "Muslim",
        "Catholic",
        "Jewish",
        "Hindu",
        "Sikh",
        "Buddhist",
        "Mindfulness",
    ]
)


@dataclass(frozen=True)
class _Words:
    common: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    places: frozenset[str]


def _words() -> _Words:
    return _Words(
        lexicon.common_words(), lexicon.first_names(), lexicon.surnames(), lexicon.places()
    )


def find_entities(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """People, places and organisations in `text` that are not already covered."""
    words = _words()
    spans = _organisations(text, toks) + _streets(text, toks)
    taken = bytearray(covered)
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    i = 0
    while i < len(toks):
        tok = toks[i]
        if taken.find(1, tok.start, tok.end) != -1 or not _candidate(tok.text, words):
            i += 1
            continue
        if tok.text.islower():
            prev = toks[i - 1].text.lower() if i > 0 else ""
            found, used = _lower_name(text, toks, i, words, prev)
        else:
            found, used = _judge(text, toks, i, words, covered)
        if found is not None:
            spans.append(found)
        i += max(used, 1)
    return spans


def _candidate(word: str, words: _Words) -> bool:
    if len(word) < 2 or not word[0].isalpha() or word in lexicon.NOT_NAMES or word in _NOT_PEOPLE:
        return False
    if is_capitalised(word):
        return True
    if word.islower():  # "kevin", "leeds", "her friend oluwaseun": no English word
        return len(word) >= 3 and word.isalpha() and word not in words.common
    # ALL-CAPS text: only words the gazetteers know, never the "unknown word" cue.
    titled = word.title()
    return (
        word.isupper()
        and len(word) >= 3
        and titled not in lexicon.NOT_NAMES
        and ((titled in words.first or titled in words.places) and word.lower() not in words.common)
    )


def _lower_name(
    text: str, toks: list[Tok], i: int, words: _Words, prev: str
) -> tuple[Span | None, int]:
    """A lower-case word that is no English word: a given name, a place after "in"...,
    or any such word right after "her sister", "said"... ("said oluwaseun had")."""
    titled = toks[i].text.title()
    if titled in lexicon.NOT_NAMES or titled in _NOT_PEOPLE:
        return None, 1
    if titled in words.first:
        return _span(toks, i, 1, "person", "a lower-case given name (gazetteer)"), 1
    if prev in lexicon.PLACE_CUES:
        used = _place_length_of(titled, text, toks, i, words)
        if used:
            return _span(toks, i, used, "place", "a lower-case place name (gazetteer)"), used
    if prev in lexicon.PERSON_CUES or prev in _SPEECH:
        return _span(toks, i, 1, "person", "a lower-case unknown word after a relation"), 1
    return None, 1


def _run(text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray) -> int:
    """How many tokens from i form a capitalised name ("Mary-Jane", "Jane Doe")."""
    j = i + 1
    while j < len(toks) and j - i < _MAX_RUN * 2:
        tok = toks[j]
        if covered.find(1, tok.start, tok.end) != -1:
            break
        if (
            tok.text == "-"
            and j + 1 < len(toks)
            and toks[j].start == toks[j - 1].end
            and is_capitalised(toks[j + 1].text)
        ):
            j += 2
            continue
        if (
            not near(text, toks[j - 1], tok)
            or not is_capitalised(tok.text)
            or tok.text in lexicon.NOT_NAMES
        ):
            break
        if tok.text.lower() in words.common and tok.text not in words.last:
            break
        j += 1
    return j - i


def _span(toks: list[Tok], i: int, used: int, category: str, reason: str) -> Span:
    start, end = toks[i].start, toks[i + used - 1].end
    key = fold(" ".join(t.text for t in toks[i : i + used] if t.text != "-"))
    return Span(start, end, category, "context", reason, key)


def _judge(
    text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray
) -> tuple[Span | None, int]:
    word = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    prev = toks[i - 1].text.lower().rstrip(".") if i > 0 else ""
    if prev == "." and i > 1 and toks[i - 2].text.lower() in lexicon.TITLES:
        prev = toks[i - 2].text.lower()
    start = sentence_start(text, toks, i) and prev not in lexicon.TITLES
    place = _place_length(text, toks, i, words)
    if prev in lexicon.TITLES or prev in lexicon.PERSON_CUES:
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "person", "a name after a title or relation"), used
    if place and _is_place(word, prev, start, words):
        return _span(toks, i, place, "place", "a place name (gazetteer)"), place
    common = word.lower() in words.common
    if word in words.first and (not common or not start or _name_follows(text, toks, i, words)):
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "person", "a given name (gazetteer)"), used
    if common or start or not is_capitalised(toks[i].text):
        return _start_person(text, toks, i, words, covered) if start and not common else (None, 1)
    if prev in lexicon.PLACE_CUES and word not in words.last:
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "place", "a capitalised word after 'in', 'from'..."), used
    used = _run(text, toks, i, words, covered)
    return _span(toks, i, used, "person", "a capitalised word that is not English"), used


def _is_place(word: str, prev: str, start: bool, words: _Words) -> bool:
    if word.lower() in words.common:
        return prev in lexicon.PLACE_CUES and not start
    return word not in words.first or prev in lexicon.PLACE_CUES


def _name_follows(text: str, toks: list[Tok], i: int, words: _Words) -> bool:
    """At a sentence start, a name that is also a word ("Will") needs a surname or a verb."""
    if i + 1 >= len(toks) or not near(text, toks[i], toks[i + 1]):
        return False
    after = toks[i + 1].text
    return after in words.last or after.lower() in _SPEECH or after in _BE_HAVE


def _start_person(
    text: str, toks: list[Tok], i: int, words: _Words, covered: bytearray
) -> tuple[Span | None, int]:
    """An unknown word opening a sentence is a name only if a speech verb or surname follows."""
    if _name_follows(text, toks, i, words) and toks[i].text not in words.places:
        used = _run(text, toks, i, words, covered)
        return _span(toks, i, used, "person", "an unknown name before a verb"), used
    return None, 1


def _place_length(text: str, toks: list[Tok], i: int, words: _Words) -> int:
    """The longest gazetteer place starting at token i, in tokens (0 if none)."""
    first = toks[i].text.title() if toks[i].text.isupper() else toks[i].text
    return _place_length_of(first, text, toks, i, words)


def _place_length_of(first: str, text: str, toks: list[Tok], i: int, words: _Words) -> int:
    """As `_place_length`, with token i's word given in gazetteer case."""
    longest = lexicon.place_heads().get(first, 0)
    best = 0
    name = first
    for j in range(i, min(i + longest, len(toks))):
        if j > i:
            if not near(text, toks[j - 1], toks[j]):
                break
            name += " " + toks[j].text
        if name in words.places:
            best = j - i + 1
    return best


def _organisations(text: str, toks: list[Tok]) -> list[Span]:
    """Capitalised runs ending in "School", "Ltd"..., or following "works at"."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if tok.text in lexicon.ORG_SUFFIXES and i > 0:
            first = _org_start(text, toks, i)
            if first < i:
                last = (
                    i + 1 if i + 1 < len(toks) and toks[i + 1].text in lexicon.ORG_SUFFIXES else i
                )
                spans.append(
                    _span(
                        toks,
                        first,
                        last - first + 1,
                        "organisation",
                        "a name ending in an organisation word",
                    )
                )
        elif (
            tok.text.lower() in lexicon.ORG_CUES
            and i > 0
            and toks[i - 1].text.lower() in _WORK_VERBS
        ):
            j = i + 1
            while (
                j < len(toks)
                and j - i <= _MAX_RUN
                and is_capitalised(toks[j].text)
                and near(text, toks[j - 1], toks[j])
            ):
                j += 1
            if j > i + 1:
                spans.append(
                    _span(toks, i + 1, j - i - 1, "organisation", "a workplace after 'works at'")
                )
    return spans


def _org_start(text: str, toks: list[Tok], i: int) -> int:
    """Walk back from an organisation word over capitalised words, "of", "&" and "'s"."""
    first = i
    j = i - 1
    while (
        j >= 0
        and i - j <= _MAX_RUN * 2
        and (toks[j].end == toks[j + 1].start or near(text, toks[j], toks[j + 1]))
    ):
        word = toks[j].text
        if is_capitalised(word) and word not in lexicon.NOT_NAMES:
            first = j
        elif word not in ("of", "&", "'", "s", "\u2019") and not word.isupper():
            break
        j -= 1
    return first


def _streets(text: str, toks: list[Tok]) -> list[Span]:
    """Street names ("12 Acacia Avenue"): capitalised words before a street word."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        if (
            tok.text not in lexicon.STREET_SUFFIXES
            or i == 0
            or not is_capitalised(toks[i - 1].text)
        ):
            continue
        if tok.text in ("St", "Dr") and i + 1 < len(toks) and is_capitalised(toks[i + 1].text):
            continue  # "St Mary's", "Dr Patel": a prefix, not a street
        first = i - 1
        while (
            first > 0
            and i - first < _MAX_RUN
            and is_capitalised(toks[first - 1].text)
            and near(text, toks[first - 1], toks[first])
        ):
            first -= 1
        if (
            first > 0
            and toks[first - 1].text[:1].isdecimal()
            and near(text, toks[first - 1], toks[first])
        ):
            first -= 1
        spans.append(_span(toks, first, i - first + 1, "address", "a street name"))
    return spans
