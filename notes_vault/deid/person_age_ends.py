"""Ages set off after a person where the item ends with its line, an "and" or a header's gap
(round 11, u11, layer "pattern"; read after `person_ages.py`).

`person_ages` takes a number set off after a person when a mark closes it ("Mrs. Gottlieb,
29, 6 children"). British records and dictated notes end the item other ways:

- the line ends: "Pt: Kirsty Oldroyd - 49", "Adult: Lauren Pickard, 27" (then a line break);
- "and" and the next person: "(Ellie, 22 and Beth, 19)";
- a header's gap of two spaces or a tab: "Detainee: Thomas Eccleston (Tommy), 20   Detained
  by", or a spaced dash: "Sam (legal name Lok Him), 18 - just"; a bracketed alias or
  preferred name may stand between the name and the mark;
- said aloud: "Ravi Sohal comma 35 comma";
- a kin honorific after the name, then the age in brackets: "Kamal bhai (56)", "Rashida apa
  (64)", "Gurdev ji (81)" (South Asian terms of respect that follow a name).

Not a count or a place in a list: "Room: Dr Patel - 12 - 14" (a range), "Jo - 3 sessions",
"Mr Hale, 2 and 3 were missed" (no person after "and"), numbers above 110.

One pass over the people found, a few tokens after each: linear.
"""

from __future__ import annotations

from notes_vault.deid.age_window import _value
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok
from notes_vault.deid.tokens import ends as token_ends
from notes_vault.deid.tokens import starts as token_starts

_MAX_AGE = 110
_PEOPLE = frozenset(["person", "name"])
_MARKS = frozenset([",", "-", "\u2013", "\u2014"])
_HONORIFICS = frozenset(
    "bhai bhaiya bhaiyya apa appa baji bibi ji jee sahib saab didi di ben bhen behen bhabhi "
    "aunty auntie uncle chacha chachi mami mama nani dadi".split()
)
_ALIAS_REACH = 8
_REASON = "pattern: an age (a number set off after a person, the item ending with {})"


def find_age_ends(text: str, toks: list[Tok], chosen: list[Span]) -> list[Span]:
    """Ages after the people in `chosen` (see the module)."""
    starts, ends = token_starts(toks), token_ends(toks)  # made once per note, shared
    spans: list[Span] = []
    for span in chosen:
        if span.category not in _PEOPLE:
            continue
        last = ends.get(span.end)
        if last is None or starts.get(span.start) is None or last + 3 >= len(toks):
            continue
        found = _honorific(toks, last) or _ended(text, toks, _past_alias(toks, last + 1))
        if found is not None:
            spans.append(found)
    return spans


def _past_alias(toks: list[Tok], k: int) -> int:
    """The token after a bracketed alias at k ("(Tommy)", '(prefers "Tina")'), else k."""
    if toks[k].text != "(":
        return k
    for j in range(k + 1, min(len(toks), k + _ALIAS_REACH)):
        if toks[j].text == ")":
            return j + 1
        if toks[j].text[:1].isdecimal():
            return k  # "Sister Debs (54)": person_ages reads it
    return k


def _mark(toks: list[Tok], k: int) -> int | None:
    """The index of the number after a set-off mark at k ("," "-" "comma"), else None."""
    if k + 1 >= len(toks):
        return None
    word = toks[k].text
    if word in _MARKS:
        if word != "," and toks[k].start == toks[k - 1].end:
            return None  # "Smith-12": glued, a code
        return k + 1
    return k + 1 if word.lower() == "comma" else None


def _ended(text: str, toks: list[Tok], k: int) -> Span | None:
    at = _mark(toks, k)
    if at is None:
        return None
    number = _value(toks, at)
    if number is None or not 0 < number[0] <= _MAX_AGE:
        return None
    value, used = number
    end = at + used
    how = _item_end(text, toks, end, said=toks[k].text.lower() == "comma")
    if how is None:
        return None
    return Span(
        toks[at].start, toks[end - 1].end, "age", "pattern", _REASON.format(how), f"age:{value}"
    )


def _item_end(text: str, toks: list[Tok], end: int, *, said: bool) -> str | None:  # noqa: PLR0911 - one early exit per way an item ends reads best
    """How the item closes after the number at end-1, or None when it goes on."""
    if end >= len(toks):
        return "the text"
    gap = text[toks[end - 1].end : toks[end].start]
    word = toks[end].text
    if said:
        return "'comma'" if word.lower() in ("comma", "full", "period") else None
    if "\n" in gap:
        return "the line"
    if "\t" in gap or "   " in gap:
        return "a header's gap"
    if word in _MARKS and word != "," and _spaced_dash(text, toks, end):
        return "a spaced dash"
    if word == "and" and end + 1 < len(toks) and toks[end + 1].text[:1].isupper():
        nxt = toks[end + 1].text
        return "'and' and the next person" if nxt.isalpha() and not nxt.isupper() else None
    return None


def _honorific(toks: list[Tok], last: int) -> Span | None:
    """ "Kamal bhai (56)": a kin honorific after the name, the age alone in brackets."""
    k = last + 1
    if toks[k].text.lower() not in _HONORIFICS or k + 3 >= len(toks):
        return None
    if toks[k + 1].text != "(" or toks[k + 3].text != ")":
        return None
    digits = toks[k + 2].text
    if not digits.isdecimal() or len(digits) > 3 or not 0 < int(digits) <= _MAX_AGE:
        return None
    reason = "pattern: an age (a number in brackets after a person and a kin honorific)"
    tok = toks[k + 2]
    return Span(tok.start, tok.end, "age", "pattern", reason, f"age:{int(digits)}")


def _spaced_dash(text: str, toks: list[Tok], k: int) -> bool:
    """A dash at k with a space either side and no number after it: "Sam (Lok Him), 18 - just
    18"; not a range ("Patel - 12 - 14")."""
    if k + 1 >= len(toks) or toks[k + 1].text[:1].isdecimal():
        return False
    return text[toks[k].start - 1] == " " and text[toks[k].end : toks[k].end + 1] == " "
