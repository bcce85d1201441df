"""People named in quotes, in brackets after a role, as a speaker, or by initials in a list
(layer "context", after the context layer's own rules).

- a nickname in quotes in brackets after a person or a relation: 'Jean-Robert ("J-R")',
  'her best friend autumn ("autie")', 'his grandmother ("Big Mama")', 'Bed 4 \u2014 "Pops"';
- a quoted name before a person's verb: '"Sully carried him out"', 'when "Dobbsy" started';
- a name alone in brackets a few words after a role: "the bishop (Beiler)", "OT eval
  (Lindahl)", "union rep at the depot (Gaz)", "interpreter (Selam, DA Languages)" (not an
  English word, a place the gazetteer knows, an abbreviation or a word that names no one);
- a speaker's label opening a line before a quotation: 'Dimple: "please keep me out"';
- initials listed after a register's label: "Present: SE, KM, LR-B, TJ"; "DNA: LP";
- an English word that is a common given name, opening a sentence before a verb only a
  person does: "Sue put her hand on his arm", "Grace cried" (not "Hope helped").

Each rule reads a few tokens around one: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_lower import DOES
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import (
    Tok,
    is_capitalised,
    lowered,
    sentence_start,
    starts,
    vocabulary,
)

_OPEN = frozenset(['"', "\u201c"])
_CLOSE = frozenset(['"', "\u201d"])
_ROLES = lexicon.PERSON_CUES | frozenset(
    "rep eval emt bishop tech technician interpreter cm sw chw navigator ot pt slt "
    "chaplain sponsor officer coach teammate nurse member ma da maw paw mam pa granda grandda "
    "nanna nana".split()
)
_ROLE_WINDOW = 4
_REGISTERS = frozenset("present attendees attending attended members apologies dna absent".split())
_MAX_INITIALS = 3
# Verbs only a person does: "Hope helped", "Faith kept her going", "Dawn broke" are words.
_AGENT = frozenset(
    "said says told asked texted rang phoned messaged emailed cried laughed shouted replied "
    "visited drove put puts brought called wants wanted thinks reckons agreed refused showed "
    "died shared talked spoke wondered disclosed described".split()
)


def find_quoted(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """People the module's rules find, over no covered character (see the module)."""
    lows = lowered(toks)
    people = {s.end for s in chosen if s.category == "person"}
    spans: list[Span] = []
    for i in marked(text, toks, '"\u201c\u201d(:'):
        word = toks[i].text
        if word in _CLOSE and i > 3:
            spans += _called_by_name(text, toks, i, covered)
        if word in _OPEN and i + 2 < len(toks):
            spans += _in_quotes(text, toks, i, people, covered)
            if i > 0 and lows[i - 1] == ":":
                spans += _speaker(text, toks, lows, _label_start(text, toks, i - 1), covered)
        elif word == "(" and 0 < i < len(toks) - 2:
            spans += _after_role(text, toks, lows, i, covered)
        elif word == ":" and i > 0 and lows[i - 1] in _REGISTERS:
            spans += _initials(toks, i + 1, covered)
    if not vocabulary(toks).isdisjoint(_AGENT):
        for i, low in enumerate(lows[1:], start=1):
            opens = low in _AGENT and is_capitalised(toks[i - 1].text)
            if opens and sentence_start(text, toks, i - 1):
                spans += _opening(toks, lows, i - 1, covered)
    return spans


def marked(text: str, toks: list[Tok], marks: str) -> list[int]:
    """Indices of the tokens that are one of the one-character `marks`, found by str.find."""
    first_of = starts(toks)
    found: list[int] = []
    for mark in marks:
        at = text.find(mark)
        while at != -1:
            k = first_of.get(at)
            if k is not None:
                found.append(k)
            at = text.find(mark, at + 1)
    return sorted(found)


def _label_start(text: str, toks: list[Tok], colon: int) -> int:
    """The first token of a speaker's label ending at the colon: one or two words."""
    k = colon - 1
    if k > 0 and "\n" not in text[toks[k - 1].end : toks[k].start]:
        k -= 1
    return k


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ("-", ".")))
    return Span(toks[first].start, toks[last].end, "person", "context", f"context: {reason}", key)


def _free(covered: bytearray, toks: list[Tok], first: int, last: int) -> bool:
    return covered.find(1, toks[first].start, toks[last].end) == -1


def _quoted_run(toks: list[Tok], k: int) -> int | None:
    """The last token of one or two words (hyphens inside) before a closing quote, or None."""
    last = k
    while (
        last + 1 < len(toks)
        and toks[last + 1].start == toks[last].end
        and (
            toks[last + 1].text == "-" or (toks[last].text == "-" and toks[last + 1].text.isalpha())
        )
    ):
        last += 1  # "Tee-Tee", "J-R", "Ti-Boy"
    if last + 1 < len(toks) and toks[last + 1].text[:1].isupper() and toks[last + 1].text.isalpha():
        last += 1  # "Big Mama"
    if last + 1 >= len(toks) or toks[last + 1].text not in _CLOSE:
        return None
    return last


def _in_quotes(
    text: str, toks: list[Tok], i: int, people: set[int], covered: bytearray
) -> list[Span]:
    """'Jean-Robert ("J-R")', '"Sully carried him out"', 'when "Dobbsy" started'."""
    lows = lowered(toks)
    k = i + 1
    if _quoted_initial(toks, lows, i):
        return [_person(toks, k, k + 1, "an initial in quotes after a relation")]
    if not toks[k].text[:1].isalpha() or never_a_name(text, toks, k):
        return []
    last = _quoted_run(toks, k)
    bracketed = i > 0 and toks[i - 1].text == "(" and i > 1
    if bracketed and last is not None and _free(covered, toks, k, last):
        before = toks[i - 2]
        named = is_capitalised(before.text) or before.text == "."  # 'Earl ("Big E")', 'Jr. ('
        if before.end in people or lows[i - 2] in lexicon.PERSON_CUES or named:
            return [_person(toks, k, last, "a nickname in quotes after a person")]
    capital = toks[k].text[:1].isupper() and toks[k].text.lower() not in lexicon.common_words()
    if not capital or not _free(covered, toks, k, k):
        return []
    then = k + 1 if last is None else last + 2  # '"Sully carried', '"Dobbsy" started'
    if then < len(toks) and lows[then] in DOES and (last is None or last == k):
        return [_person(toks, k, k, f"a name in quotes before '{toks[then].text}'")]
    return []


def _called_by_name(text: str, toks: list[Tok], i: int, covered: bytearray) -> list[Span]:
    """'"Big difference, Jordan."': a given name spoken to, ending a quotation."""
    mark, name, comma = toks[i - 1], toks[i - 2], toks[i - 3]
    if mark.text not in (".", "!", "?") or comma.text != ",":
        return []
    word = name.text
    if word not in lexicon.first_names() or not is_capitalised(word):
        return []
    if not _free(covered, toks, i - 2, i - 2) or never_a_name(text, toks, i - 2):
        return []
    return [_person(toks, i - 2, i - 2, "a given name spoken to, ending a quotation")]


def _quoted_initial(toks: list[Tok], lows: list[str], i: int) -> bool:
    """'daughter "M." wants to': a relation, then one capital and a point in quotes."""
    if i < 1 or i + 3 >= len(toks) or lows[i - 1] not in lexicon.PERSON_CUES:
        return False
    letter, point, close = toks[i + 1 : i + 4]
    one = len(letter.text) == 1 and letter.text.isupper()
    return one and point.text == "." and close.text in _CLOSE


def _after_role(
    text: str, toks: list[Tok], lows: list[str], i: int, covered: bytearray
) -> list[Span]:
    """ "the bishop (Beiler)", "interpreter (Selam, DA Languages)"."""
    k = i + 1
    word = toks[k].text
    initial = len(word) == 1 and word.isupper() and toks[k + 1].text == "."  # "member (J.)"
    if initial and k + 2 < len(toks) and toks[k + 2].text == ")" and _after_a_role(lows, i):
        return [_person(toks, k, k + 1, "an initial alone in brackets after a role")]
    if toks[k + 1].text not in (")", ",") or not is_capitalised(word) or word.isupper():
        return []
    role = _after_a_role(lows, i)
    if not role or "\n" in text[toks[max(0, i - _ROLE_WINDOW)].start : toks[i].start]:
        return []
    listed = toks[k + 1].text == "," and word in lexicon.census_first_names()  # "(Sue, Vic)"
    known = (word.lower() in lexicon.common_words() and not listed) or word in lexicon.places()
    if known or never_a_name(text, toks, k) or not _free(covered, toks, k, k):
        return []
    return [_person(toks, k, k, "a name alone in brackets after a role")]


def _after_a_role(lows: list[str], i: int) -> bool:
    return any(lows[j] in _ROLES for j in range(max(0, i - _ROLE_WINDOW), i))


def _initials(toks: list[Tok], k: int, covered: bytearray) -> list[Span]:
    """ "Present: SE, KM, LR-B, TJ": two or more initials in a row, each a person."""
    found: list[tuple[int, int]] = []
    while k < len(toks):
        last = k
        if last + 2 < len(toks) and toks[last + 1].text == "-" and toks[last + 2].text.isupper():
            last += 2  # "LR-B", "JS-W"
        letters = "".join(t.text for t in toks[k : last + 1] if t.text != "-")
        size = 2 if last == k else _MAX_INITIALS + 1  # "KM"; "LR-B", "JS-W" (not "CBT")
        if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= size):
            break
        found.append((k, last))
        if last + 1 >= len(toks) or toks[last + 1].text != ",":
            break
        k = last + 2
    if len(found) < 2:  # a list, not one abbreviation after a label
        return []
    return [
        _person(toks, a, b, "initials listed after a register's label")
        for a, b in found
        if _free(covered, toks, a, b)
    ]


def _speaker(text: str, toks: list[Tok], lows: list[str], i: int, covered: bytearray) -> list[Span]:
    """'Dimple: "please keep me out"', 'Mehul Kaka: "Leave the poor girl"'."""
    if i < 0 or not is_capitalised(toks[i].text):
        return []
    if not (i == 0 or "\n" in text[toks[i - 1].end : toks[i].start]):
        return []
    last = i + 1 if i + 1 < len(toks) and is_capitalised(toks[i + 1].text) else i
    if last + 2 >= len(toks) or toks[last + 1].text != ":" or toks[last + 2].text not in _OPEN:
        return []
    if lows[i] in lexicon.common_words() or never_a_name(text, toks, i):
        return []
    if not _free(covered, toks, i, last):
        return []
    if last > i and never_a_name(text, toks, last):
        last = i  # "Mehul Kaka:": the kinship word stays
    return [_person(toks, i, last, "a speaker's label before a quotation")]


def _opening(toks: list[Tok], lows: list[str], i: int, covered: bytearray) -> list[Span]:
    """ "Sue put her hand", "Grace cried": a common given name that is also an English word,
    opening a sentence before a verb only a person does. Round 21 (p21): not a word that
    introduces a person ("Son cried", "Son says the plot is paid": the son himself)."""
    word = toks[i].text
    if i + 1 >= len(toks) or lows[i + 1] not in _AGENT or word not in lexicon.census_first_names():
        return []
    if lows[i] in lexicon.PERSON_CUES:
        return []
    if lows[i] not in lexicon.common_words() or not _free(covered, toks, i, i):
        return []
    return [_person(toks, i, i, f"a given name opening a sentence before '{toks[i + 1].text}'")]
