"""One initial with its full stop standing for a person (layer "context", round 7, p8).

- opening a caseload's or a list's item before its details: "1. R. (mid-30s, paramedic)",
  "- G., 63, OCD", "M. (mature student, 40s) - bereavement";
- after a title, with no surname after it: 'a widower ("Mr. B.")', "Mrs K. rang back",
  "Dr J. said" (a surname after it is the context layer's: "Dr P. Yeung");
- a quoted nickname opening a list's item before an age: '"Jonno" - 24, postgrad',
  '- "Bex", 19, student' (not '"Plan" - 2 weeks');
- a board's or list's row opened by a surname in capitals and an initial: "ADEYEMI T - 45 -
  Birchwood", "OKAFOR-JAMES R - cancelled" (a surname that is no English word: not "WARD B -",
  "PLAN A", "HEP C").

Near misses stay: an outline's letter before a heading ("A. Background", "B. Plan"), a
letter after a sentence ("Plan B. Then"), "I.", "A." opening a sentence, a title before a
full name. One pass over the tokens, a few read around each capital letter: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, line_firsts

_BULLETS = frozenset(["-", "*", "\u2022", "\u2013", "\u2014"])
_REACH = 8
_REASON_ITEM = "context: an initial opening a list's item before its details"
_REASON_ROW = "context: a row opened by a surname in capitals and an initial"
_REASON_TITLED = "context: an initial after a title, with no surname after it"


def find_item_initials(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """Initials with a full stop for a person (see the module)."""
    spans = _rows(text, toks, covered) + _quoted_items(text, toks, covered)
    letters = [k for k, tok in enumerate(toks[:-1]) if len(tok.text) == 1 and tok.text.isupper()]
    for k in letters:
        tok = toks[k]
        if toks[k + 1].text != ".":
            continue
        if toks[k + 1].start != tok.end or covered.find(1, tok.start, toks[k + 1].end) != -1:
            continue
        after = toks[k + 2] if k + 2 < len(toks) else None
        if _titled(toks, k) and (after is None or not after.text[:1].isupper()):
            spans.append(_span(toks, k, _REASON_TITLED))
        elif tok.text not in "IA" and _item_start(text, toks, k) and _details(toks, k):
            spans.append(_span(toks, k, _REASON_ITEM))
    return spans


def _span(toks: list[Tok], k: int, reason: str) -> Span:
    return Span(toks[k].start, toks[k + 1].end, "person", "context", reason, toks[k].text.lower())


def _titled(toks: list[Tok], k: int) -> bool:
    """ "Mr. B.", "Mrs K." (the title, its own full stop or none, then the initial)."""
    j = k - 1 - (k > 1 and toks[k - 1].text == ".")
    return j >= 0 and toks[j].text.lower() in lexicon.TITLES


def _item_start(text: str, toks: list[Tok], k: int) -> bool:
    """First on its line, or after a bullet or "1." opening the line."""
    j = k
    if j >= 1 and toks[j - 1].text in _BULLETS:
        j -= 1
    elif j >= 2 and toks[j - 1].text in ".)" and toks[j - 2].text.isdigit():
        j -= 2
    return j == 0 or "\n" in text[toks[j - 1].end : toks[j].start]


def _details(toks: list[Tok], k: int) -> bool:
    """ "G., 63": a comma and a number; "R. (mid-30s, paramedic)": a bracket holding a
    number, or a comma (not an outline's "B. (see above)")."""
    if k + 3 >= len(toks) or toks[k + 2].text not in ("(", ","):
        return False
    if toks[k + 2].text == ",":
        return toks[k + 3].text[:1].isdigit()
    for tok in toks[k + 3 : k + 3 + _REACH]:
        if tok.text == ")":
            return False
        if tok.text == "," or any(c.isdigit() for c in tok.text):
            return True
    return False


def _rows(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """ "ADEYEMI T - 45 - ...": a line opened by a surname in capitals and an initial."""
    spans: list[Span] = []
    common = lexicon.common_words()
    for k in line_firsts(text, toks):
        tok = toks[k]
        if not (tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 2):
            continue
        last = k
        while last + 2 < len(toks) and toks[last + 1].text == "-" and _glued(toks, last, last + 2):
            last += 2  # "OKAFOR-JAMES"
        words = [t.text for t in toks[k : last + 1] if t.text != "-"]
        if any(not w.isalpha() or len(w) < 2 for w in words) or not _surname(words, common):
            continue
        if last + 2 >= len(toks) or not _initial_then_mark(toks, last + 1):
            continue
        if covered.find(1, tok.start, toks[last + 1].end) == -1:
            key = " ".join(w.lower() for w in words)
            spans.append(Span(tok.start, toks[last + 1].end, "person", "context", _REASON_ROW, key))
    return spans


def _initial_then_mark(toks: list[Tok], j: int) -> bool:
    initial, mark = toks[j], toks[j + 1]
    spaced = initial.start > toks[j - 1].end and (mark.start > initial.end or mark.text == ",")
    return len(initial.text) == 1 and initial.text.isupper() and mark.text in "-,(" and spaced


def _surname(words: list[str], common: frozenset[str]) -> bool:
    """No English word, or a joined surname with one part no English word and the others
    surnames ("OYELARAN-SMITH"; not "WARD", "PLAN")."""
    english = [w for w in words if w.lower() in common]
    if len(english) == len(words):
        return False
    return all(w.title() in lexicon.surnames() for w in english)


def _glued(toks: list[Tok], a: int, b: int) -> bool:
    return all(toks[j].end == toks[j + 1].start for j in range(a, b))


_QUOTES = frozenset(['"', "\u201c", "\u201d"])
_REASON_QUOTED = "context: a quoted nickname opening a list's item before an age"
_MAX_AGE = 120


def _quoted_items(text: str, toks: list[Tok], covered: bytearray) -> list[Span]:
    """'"Jonno" - 24, postgrad': a quoted capitalised word, a dash or comma, then an age."""
    spans: list[Span] = []
    common = lexicon.common_words()
    for first in line_firsts(text, toks):
        k = first + 1 + (toks[first].text in _BULLETS)
        if k + 3 >= len(toks) or toks[k - 1].text not in _QUOTES:
            continue
        word = toks[k].text
        if toks[k + 1].text not in _QUOTES:
            continue
        if not (word.isalpha() and word.istitle()) or word.lower() in common:
            continue
        if not _item_start(text, toks, k - 1) or toks[k + 2].text not in ("-", ",", "\u2013"):
            continue
        age = toks[k + 3].text
        if not (age.isdigit() and int(age) <= _MAX_AGE):
            continue
        if covered.find(1, toks[k].start, toks[k].end) == -1:
            spans.append(
                Span(toks[k].start, toks[k].end, "person", "context", _REASON_QUOTED, word.lower())
            )
    return spans
