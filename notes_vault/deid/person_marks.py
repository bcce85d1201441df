"""People marked by the words around them, after the context layer (layer "context").

- a pet's name: "his dog Bandit", "the cat (Biscuit)", "her pony, Toffee" (the corpora
  label a pet's name as a person's: it names the household as well);
- a name in quotes after a relation: 'his mate "Deano"', 'grandmother "Big Mama"';
- another name in brackets after a person found: "Tay (Taylon)", "Bex (Rebecca)";
- the next name in a list of names and ages: "(Kaden 6, Lyric 3)", once the first name
  and its age are found; a list in brackets of two or more names, each with a small number
  ("(Sumaiya 12, Rayhan 9)"), names that are no English words;
- a name spoken to, opening a line: "Ailsa, you were great", "Jordan \u2014 do not send".

Each rule reads a few tokens around one: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.person_quotes import marked
from notes_vault.deid.person_words import never_a_name
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, is_capitalised, lowered, starts, vocabulary
from notes_vault.deid.tokens import ends as token_ends

_PETS = frozenset(
    "dog dogs cat cats puppy pup kitten pony horse rabbit bunny hamster parrot budgie "
    "tortoise guinea lizard snake ferret".split()
)
_QUOTES = frozenset(['"', "\u201c"])
_CLOSES = frozenset(['"', "\u201d"])
_ADDRESSED = frozenset(
    "you your you're thank thanks please do don't can could i i'm we just hope sorry see "
    "welcome".split()
)
_MAX_AGE = 110
_PAUSES = frozenset([",", "\u2014", "-"])


def find_marked(text: str, toks: list[Tok], chosen: list[Span], covered: bytearray) -> list[Span]:
    """People the module's marks show (see the module), over no covered character."""
    common = lexicon.common_words()
    lows = lowered(toks)
    spans: list[Span] = []
    if not vocabulary(toks).isdisjoint(_PETS):
        for i, low in enumerate(lows):
            if low in _PETS and not is_capitalised(toks[i].text):  # not "Tube Snake Boogie"
                spans += _pet(toks, i, covered)
    for k in marked(text, toks, '"\u201c'):
        if 0 < k < len(toks) - 1 and lows[k - 1] in lexicon.PERSON_CUES:
            spans += _quoted(toks, k + 1, lows[k - 1], covered)
    for k in marked(text, toks, "(["):
        spans += _bracket_list(toks, k + 1, common, covered)
    for i in _line_starts(text, toks):
        if i + 2 < len(toks) and toks[i + 1].text in _PAUSES and toks[i].text[:1].isupper():
            spans += _spoken_to(toks, i, common, covered)
    spans += _after_people(text, toks, chosen, common, covered)
    return spans


def _line_starts(text: str, toks: list[Tok]) -> list[int]:
    """The index of the first token of each line."""
    first_of = starts(toks)
    found = [0] if toks else []
    at = text.find("\n")
    while at != -1:
        k = first_of.get(at + 1 + len(text[at + 1 :]) - len(text[at + 1 :].lstrip(" \t")))
        if k is not None:
            found.append(k)
        at = text.find("\n", at + 1)
    return found


def _person(toks: list[Tok], first: int, last: int, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1]))
    return Span(toks[first].start, toks[last].end, "person", "context", f"context: {reason}", key)


def _free(covered: bytearray, tok: Tok) -> bool:
    return covered.find(1, tok.start, tok.end) == -1


def _named(word: str) -> bool:
    return (
        is_capitalised(word)
        and word.lower() not in lexicon.PERSON_CUES
        and word not in lexicon.NOT_PEOPLE
        and word not in lexicon.NOT_NAMES
    )


def _pet(toks: list[Tok], i: int, covered: bytearray) -> list[Span]:
    """ "his dog Bandit", "the cat (Biscuit)", "her pony, Toffee"."""
    k = i + 1
    if k < len(toks) and toks[k].text in ("(", ","):
        k += 1
    if k >= len(toks) or not _named(toks[k].text) or not _free(covered, toks[k]):
        return []
    if toks[k - 1].text == "(" and (k + 1 >= len(toks) or toks[k + 1].text not in (")", ",")):
        return []
    return [_person(toks, k, k, f"a pet's name after '{toks[i].text}'")]


def _quoted(toks: list[Tok], k: int, cue: str, covered: bytearray) -> list[Span]:
    """'his mate "Deano"', 'grandmother "Big Mama"': one or two capitalised words quoted."""
    last = k
    if last + 1 < len(toks) and is_capitalised(toks[last + 1].text):
        last += 1
    if last + 1 >= len(toks) or toks[last + 1].text not in _CLOSES:
        return []
    words = toks[k : last + 1]
    if not _named(words[0].text) or not all(_free(covered, t) for t in words):
        return []  # a relation word may end a nickname ("Big Mama"), not open it
    return [_person(toks, k, last, f"a name in quotes after '{cue}'")]


def _spoken_to(toks: list[Tok], i: int, common: frozenset[str], covered: bytearray) -> list[Span]:
    """ "Ailsa, you were great", "Jordan \u2014 do not send": a name opening a line, spoken to."""
    word = toks[i].text
    if not _named(word) or word.lower() in common or not _free(covered, toks[i]):
        return []
    if toks[i + 2].text.lower() not in _ADDRESSED:
        return []
    return [_person(toks, i, i, "a name opening a line, spoken to")]


def _after_people(
    text: str, toks: list[Tok], chosen: list[Span], common: frozenset[str], covered: bytearray
) -> list[Span]:
    """ "Tay (Taylon)": another name in brackets; "(Kaden 6, Lyric 3)": the list's next name."""
    last_of = token_ends(toks)
    first_of = starts(toks)
    ages = {first_of[s.start] for s in chosen if s.category == "age" and s.start in first_of}
    spans: list[Span] = []
    for span in chosen:
        last = last_of.get(span.end)
        if span.category != "person" or last is None or last + 3 >= len(toks):
            continue
        k = last + 1
        if toks[k].text == "(" and toks[k + 2].text == ")" and _free(covered, toks[k + 1]):
            word = toks[k + 1].text
            if _named(word) and word.lower() not in common and not never_a_name(text, toks, k + 1):
                spans.append(_person(toks, k + 1, k + 1, "a second name in brackets"))
        elif k in ages and last + 5 < len(toks) and toks[k + 1].text == ",":
            spans += _next_listed(toks, k + 2, covered)
    return spans


def _next_listed(toks: list[Tok], k: int, covered: bytearray) -> list[Span]:
    """ "Lyric 3)" after "Kaden 6,": a capitalised word, a small number, the item's end."""
    word, number, end = toks[k], toks[k + 1], toks[k + 2]
    if not (_named(word.text) and _free(covered, word) and number.text.isdecimal()):
        return []
    if not 0 < int(number.text) <= _MAX_AGE or end.text not in (")", ",", ";"):
        return []
    reason = "pattern: an age (the next name and number in a list of ages)"
    age = Span(number.start, number.end, "age", "pattern", reason, f"age:{int(number.text)}")
    return [_person(toks, k, k, "the next name in a list of names and ages"), age]


_LIST_SEPARATORS = frozenset([",", ";"])
_LIST_ENDS = frozenset([")", "]", "."])
_UNITS_AFTER = frozenset(
    "mg ml mcg g kg iu units x tabs tablets mins minutes hours hrs days weeks months years yrs "
    "points pts % / - : am pm".split()
)


def _bracket_list(
    toks: list[Tok], k: int, common: frozenset[str], covered: bytearray
) -> list[Span]:
    """ "(Sumaiya 12, Rayhan 9)", "[Cai 19, Sofia 16.]": two or more names, each with a small
    number, in brackets: the names are people and the numbers their ages."""
    items: list[tuple[int, int]] = []
    while k + 2 < len(toks):
        word, number, mark = toks[k], toks[k + 1], toks[k + 2]
        if not (_named(word.text) and word.text.lower() not in common):
            break  # "(Jaskaran 17, Simran 15, both at ...)": the list ends at a word
        if not (number.text.isdecimal() and 0 < int(number.text) <= _MAX_AGE):
            break
        if number.start != word.end + 1:
            break
        items.append((k, k + 1))
        if mark.text in _LIST_SEPARATORS:
            k += 3
            continue
        if mark.text not in _LIST_ENDS and mark.text.lower() in _UNITS_AFTER:
            return []  # "(Sertraline 50, Mirtazapine 15 mg)": doses
        break  # ")", "." or a word ("Nojus 5 at st pauls")
    if len(items) < 2:  # one name and a number is another rule's ("Kaden 6,")
        return []
    spans: list[Span] = []
    reason = "pattern: an age (a list of names and ages in brackets)"
    for name, age in items:
        value = int(toks[age].text)
        if _free(covered, toks[name]):  # a name another rule found keeps its reason
            spans.append(_person(toks, name, name, "a name in a list of names and ages"))
        if _free(covered, toks[age]):
            spans.append(
                Span(toks[age].start, toks[age].end, "age", "pattern", reason, f"age:{value}")
            )
    return spans
