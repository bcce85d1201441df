"""Ages right after a relation in a genogram's shorthand, and after a name opening its line (a8).

- A relation, then a number that ends the item: "Mum 71 / Dad 74 / Sis 44", "brother 19,
  sister 16", "Nan 88 |", "stepdad 52 -". A unit or a word after the number makes it a
  count ("mum 2 days a week", "dad 3 times", "sister 2 (of 3)" stays), and a number under
  two, or one after a word of order ("Brother 1", "son 2 of 3"), is no age.
- A word opening its line (after a bullet at most), with no English sense, then an age in
  brackets: "tiggy (20, 1st yr law)", "- kez (15, y10)", "maddi (22), nursing". A score or a
  drug keeps its number: "phq (14)", "BDI (22)", "sertraline (50)".

One pass over the tokens: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_window import _value
from notes_vault.deid.day_cues import _SCORES
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered

_RELATIONS = frozenset(
    "mum mom mother dad father sis sister bro brother son daughter wife husband partner "
    "nan nana gran granny grandma grandmother grandad granddad grandpa grandfather stepdad "
    "stepmum stepmom stepfather stepmother uncle aunt auntie cousin niece nephew "
    "half-brother half-sister stepbrother stepsister bf gf boyfriend girlfriend ex "
    "mgm mgf pgm pgf pt client patient "
    "sibling stepson stepdaughter grandson granddaughter grandchild godson goddaughter".split()
)
_ITEM_ENDS = frozenset(["/", ",", ";", "|", ")", "-", "\u2014", "\u2013", "\u00b7", "."])
_BULLETS = frozenset(["-", "*", "\u2022", "\u00b7", ">"])
_DRUG_ENDS = (
    "ine", "pam", "lam", "zole", "done", "ate", "ide", "ium", "olol", "pril", "sartan",
    "mab", "pine", "one", "xyl", "fen", "cin", "mycin", "statin", "ril",
)  # fmt: skip
_MIN, _MAX = 2, 110
_HEDGES = frozenset(
    "almost nearly about turning approx roughly around now just only still both".split()
)
_GROUPS = frozenset("twins kids children boys girls sons daughters".split())
_INFANT = frozenset(["months", "month", "mos", "mo", "weeks", "wks", "mths"])
_CLOSES = frozenset([")", ",", ";", ".", "-", "\u2014", "\u2013"])
_MAX_INFANT = 36
_AGED_NOUNS = frozenset("age man woman lady guy bloke fella widow widower gentleman".split())
_ORDER = frozenset(["oldest", "eldest", "youngest", "middle"])
_TRIGGERS = _RELATIONS | _ORDER
_UNITS = frozenset(
    "years yrs months mos weeks wks days hours times sessions mg kg points pts % minutes "
    "mins am pm".split()
)
# Who may be months old: "(gf, 8 mo)" is how long they have been together.
_YOUNG = frozenset(
    "son daughter sis sister bro brother niece nephew cousin half-brother half-sister "
    "stepbrother stepsister".split()
)


def _age(tok: Tok, end: int, value: int, cue: str) -> Span:
    return Span(tok.start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


def find_kin_ages(text: str, toks: list[Tok]) -> list[Span]:
    """Ages after a relation, and in brackets after a line's opening name (see the module)."""
    lows = lowered(toks)
    spans: list[Span] = []
    n = len(toks)
    for i in [  # a set lookup or two a token, then the rules on the few that may open one
        k
        for k in range(n - 1)
        if lows[k] in _TRIGGERS
        or lows[k + 1] == "("
        or (lows[k + 1] == "," and k + 3 < n and lows[k + 3] in _INFANT)
        or (lows[k + 1] == "," and k + 2 < n and lows[k + 2] in _HEDGES)
    ]:
        low = lows[i]
        if low in _RELATIONS:
            found = _after_relation(text, toks, lows, i) or _baby_after(toks, lows, i)
            hedged = i + 3 < len(toks) and lows[i + 1] in ("(", ",") and lows[i + 2] in _HEDGES
            found = found or (_hedged(text, toks, lows, i) if hedged else None)
        elif low in _ORDER and i + 2 < len(toks) and _named(toks[i + 1].text):
            found = _ordered(toks, lows, i)  # "oldest Ione 17 watches the littles"
        elif (
            lows[i + 1] == ","
            and i + 3 < len(toks)
            and lows[i + 3] in _INFANT
            and _infant_name(toks, lows, i)
        ):
            found = _baby_after(toks, lows, i)  # "(youngest Benuel, 4 mo)"
        elif low in _AGED_NOUNS and lows[i + 1] == "(" and i + 3 < len(toks):
            found = _bracketed(toks, lows, i)  # "a man my age (fifty-two)"
        elif lows[i + 1] in ("(", ",") and i + 3 < len(toks) and lows[i + 2] in _HEDGES:
            found = _hedged(text, toks, lows, i)
        elif low.isalpha() and lows[i + 1] == "(" and _opens_line(text, toks, i):
            found = _line_name(toks, lows, i)
        else:
            continue
        if found is not None:
            spans.append(found)
    return spans


def _after_relation(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "Mum 71 /", "sister 16,", "Nan 88\\n": one space, a number, the item's end."""
    named = i + 2 < len(toks) and _named(toks[i + 1].text)
    if named:
        i += 1  # "Son Ahmet 8 - Shaftesbury Junior": the relation's name, then the age
    if lows[i + 1] == ")" and i > 0 and lows[i - 1] == "(" and i + 2 < len(toks):
        i += 1  # "Jan (mum) 62": the relation in brackets after the name
        if lows[i + 1] in _SEPARATORS and i + 2 < len(toks):
            i += 1  # "Tom (partner) - 41;" (a9)
    elif lows[i + 1] in (":", "(") and i + 2 < len(toks):
        i += 1  # "Mother: 52 |", "pt (16)," (a8)
    elif lows[i + 1] in _SEPARATORS and i + 2 < len(toks) and _spaced(toks, i + 1):
        i += 1  # "| Mother | 62 |", "Mother — 62 —", "Son - 14," (a9)
    elif toks[i + 1].start != toks[i].end + 1:
        return None
    if not lows[i + 1].isdecimal():
        return None
    value = int(lows[i + 1]) if len(lows[i + 1]) <= 3 else 0
    if not _MIN <= value <= _MAX or (i > 0 and lows[i - 1] in ("of", "no", "#")):
        return None
    end = i + 2
    verb = named and end < len(toks) and lows[end] in _PRESENT_VERBS  # "grandson Jaylen 7 lives"
    if end < len(toks) and not _item_ends(text, toks, lows, end) and not verb:
        return None
    return _age(toks[i + 1], toks[i + 1].end, value, f"a number after '{lows[i]}'")


def _item_ends(text: str, toks: list[Tok], lows: list[str], end: int) -> bool:
    """The number before token `end` ends its item: a line break or a mark, no ratio or decimal."""
    gap = text[toks[end - 1].end : toks[end].start]
    after = lows[end]
    nxt = lows[end + 1] if end + 1 < len(toks) else ""
    if after == "." and nxt[:1].isdigit():
        return False  # "son 4.5"
    if after in ("-", "/") and not gap and nxt.isdecimal():
        return False  # "mum 2/3", "dad 1-2": a ratio or a range
    if after == "(" and nxt.isalpha() and nxt not in _UNITS and nxt not in _NOT_ASIDES:
        return True  # "brother 19 (uni)", "sister 15 (school)"; not "sister 2 (of 3)" (a9)
    return "\n" in gap or after in _ITEM_ENDS


_PRESENT_VERBS = frozenset("lives is was has goes attends stays plays loves likes".split())
_SEPARATORS = frozenset(["|", "-", "\u2014", "\u2013"])
_NOT_ASIDES = frozenset("of out x per each in on at total sessions session visits".split())


def _spaced(toks: list[Tok], k: int) -> bool:
    """The mark at k stands apart: a space either side ("Son - 14"), not "half-14"."""
    return toks[k].start > toks[k - 1].end and toks[k + 1].start > toks[k].end


def _opens_line(text: str, toks: list[Tok], i: int) -> bool:
    k = i - 1
    if k >= 0 and toks[k].text in _BULLETS and "\n" not in text[toks[k].end : toks[i].start]:
        k -= 1
    return k < 0 or "\n" in text[toks[k].end : toks[k + 1].start]


def _line_name(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "tiggy (20, ...", "maddi (22)": an unknown word opening its line, an age in brackets."""
    word = toks[i].text
    if i + 3 >= len(toks) or word.isupper() or lows[i] in _SCORES:
        return None
    if lows[i] in lexicon.common_words() and word.title() not in lexicon.first_names():
        return None
    if word.islower() and lows[i].endswith(_DRUG_ENDS):
        return None
    number = _value(toks, i + 2)
    if number is None or not _MIN <= number[0] <= _MAX or number[1] != 1:
        return None
    if lows[i + 3] not in (",", ")"):
        return None
    return _age(toks[i + 2], toks[i + 2].end, number[0], "a number in brackets after a line's name")


def _baby_after(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """A young relation or a name, a comma, an infant's age: "(her baby sister, 18 months)",
    "(youngest Benuel, 4 mo)"; not a partner's time together: "(gf, 8 mo)"."""
    if (
        (lows[i] in _RELATIONS and lows[i] not in _YOUNG)
        or i + 4 > len(toks)
        or lows[i + 1] != ","
        or lows[i + 3] not in _INFANT
    ):
        return None
    number = _value(toks, i + 2)
    after = lows[i + 4] if i + 4 < len(toks) else "."
    if number is None or number[1] != 1 or not 0 < number[0] <= _MAX_INFANT or after not in _CLOSES:
        return None
    if lows[i] not in _YOUNG and after != ")":
        return None  # a name's infant age is an aside in brackets: not "In Leeds, 3 weeks."
    return _age(toks[i + 2], toks[i + 3].end, number[0], f"an infant's age after '{lows[i]}'")


def _hedged(text: str, toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "Dash (almost 13 - ...", "her son (nearly 7)", "Jack, now 19,", "the twins (both 8)": a
    person, a bracket or a comma, a hedge, an age."""
    word = toks[i].text
    person = lows[i] in _RELATIONS or lows[i] in lexicon.PERSON_CUES or lows[i] in _GROUPS
    person = person or (
        word[:1].isupper() and word.isalpha() and word.title() in lexicon.first_names()
    )
    opening = lows[i + 1] == "(" and word[:1].isupper() and word.isalpha()
    opening = opening and _opens_line(text, toks, i)
    opening = opening and lows[i] not in lexicon.common_words()  # "Total (nearly 30)"
    person = person or (
        opening and lows[i + 2] in ("almost", "nearly", "turning")
    )  # "Dash (almost 13"
    number = _value(toks, i + 3) if person else None
    if number is None or not _MIN <= number[0] <= _MAX:
        return None
    end = i + 3 + number[1]
    if end < len(toks) and lows[end] not in _CLOSES:
        return None
    return _age(
        toks[i + 3], toks[end - 1].end, number[0], f"a hedged age in brackets after '{word}'"
    )


def _named(word: str) -> bool:
    """A capitalised given name ("Ahmet"), not a common word ("Group")."""
    if not (word[:1].isupper() and word.isalpha() and len(word) > 1):
        return False
    return word in lexicon.first_names() or word.lower() not in lexicon.common_words()


def _infant_name(toks: list[Tok], lows: list[str], i: int) -> bool:
    """A given name, or a name after "youngest"/"baby": "(youngest Benuel, 4 mo)"; not a
    place after a preposition: "(back in Leeds, 3 weeks)"."""
    before = lows[i - 1] if i > 0 else ""
    if before in ("youngest", "eldest", "oldest", "baby", "middle", "newborn", "little"):
        return _named(toks[i].text)
    return toks[i].text in lexicon.first_names() and before not in ("in", "at", "to", "from")


def _ordered(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "oldest Ione 17 watches the littles", "youngest Mo 4": a child by order, a name, an age."""
    number = _value(toks, i + 2)
    if number is None or not 0 < number[0] <= _MAX or number[1] != 1:
        return None
    after = lows[i + 3] if i + 3 < len(toks) else "."
    if after in _UNITS or (
        after in ("/", ".", ":") and i + 4 < len(toks) and lows[i + 4].isdecimal()
    ):
        return None  # "youngest Mo 4 days", "eldest Sam 3/4"
    return _age(toks[i + 2], toks[i + 2].end, number[0], f"a number after '{lows[i]}' and a name")


def _bracketed(toks: list[Tok], lows: list[str], i: int) -> Span | None:
    """ "my age (fifty-two)", "a woman (40)": a number alone in brackets after such a noun."""
    number = _value(toks, i + 2)
    if number is None or not 13 <= number[0] <= _MAX:
        return None
    end = i + 2 + number[1]
    if end >= len(toks) or lows[end] != ")":
        return None
    return _age(
        toks[i + 2], toks[end - 1].end, number[0], f"a number in brackets after '{lows[i]}'"
    )
