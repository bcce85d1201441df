"""Ages in digits and in words, with their usual suffixes and cues (layer "pattern").

"34 y/o", "34yo", "34M", "a 34-year-old", "34 yrs old", "34 years of age", "aged 7", "age: 7",
"turned 40", "Carol (61)", "she was 19 and", "thirty-four year old", "aged seven". A token
scan with lookups of at most a few tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.age_clauses import abbreviated
from notes_vault.deid.age_guards import _enumerator, _graded, _minus, _thousands, scored_before
from notes_vault.deid.age_names import (
    HEAT,
    WEEKDAY_WORDS,
    _aside_of_someone,
    _bracketed_after_name,
    _heading,
    _score_before,
    _sex_after,
)
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, is_capitalised, lowered

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS = {w: n for n, w in enumerate(_UNITS)} | {w: 20 + 10 * n for n, w in enumerate(_TENS)}
_BEFORE = frozenset(["aged", "age", "ages", "turned", "turns", "turning", "turn", "edad", "idade"])
_YEARS = frozenset(["year", "years", "yr", "yrs", "y"])
_PEOPLE = frozenset(
    "she he they i client pt patient son daughter mum mom dad brother sister who child "
    "boy girl baby wife husband partner eldest youngest oldest middle twins kids children "
    "boys girls sons daughters "
    "mam mammy ma da nanna granda grandda gramps grams nonna nonno abuela abuelo oma opa "
    "bubbe zayde babcia dziadek".split()  # a8: what families call them
)
# u10: the people of an event or an incident, read only before "is"/"was" ("the rider
# was 24"; not "driver 18 years", a job's length)
_EVENT_PEOPLE = frozenset(
    "man woman lad lass driver rider victim cyclist pedestrian passenger casualty deceased "
    "biker motorcyclist walker climber swimmer".split()
)
_BE = frozenset(["is", "was", "s", "are", "were"])
# "a man of 71", "a widow of eighty": a person's noun, "of" and a number.
_OF_PEOPLE = frozenset(
    "man woman lady gentleman widow widower boy girl child mother father grandmother "
    "grandfather veteran teenager teen toddler lad lass youngster kid".split()
)
_NOT_AFTER_BE = frozenset(
    "% mg kg lb lbs st stone foot feet points point pts out of times minutes mins hours "
    "hrs days weeks months years am pm percent on in at / : - x mmhg bpm mph kph km miles mi "
    "min sec secs wks wk units drinks pints cans cigarettes "
    "ft cm kgs".split()
)


def _number(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """(value, tokens used) of a number at token i: "34", "thirty", "thirty-four", "thirty four"."""
    word = toks[i].text.lower()
    if word.isdecimal() and len(word) <= 3:
        return int(word), 1
    if word in _TENS:
        k = i + 1
        if k < len(toks) and toks[k].text == "-" and toks[k].start == toks[i].end:
            k += 1
        if k < len(toks) and toks[k].text.lower() in _UNITS[1:10]:
            return WORD_NUMBERS[word] + WORD_NUMBERS[toks[k].text.lower()], k - i + 1
        return WORD_NUMBERS[word], 1
    if word in WORD_NUMBERS:
        return WORD_NUMBERS[word], 1
    return None


def _suffix(toks: list[Tok], j: int) -> int:
    """Tokens from j that make an age suffix ("y/o", "-year-old", "yrs old", "M"), or 0."""
    words = [t.text.lower() for t in toks[j : j + 6]]
    k = 1 if words[:1] == ["-"] else 0
    rest = words[k:]
    if rest[:3] in (["y", "/", "o"], ["y", ".", "o"]):
        return k + 3 + (1 if rest[3:4] == ["."] else 0)
    if rest[:1] in (["yo"], ["yoa"]):  # "45 yoa": years of age (p10)
        return k + 1
    if rest[:1] and rest[0] in _YEARS:
        after = rest[1:]
        if after[:1] == ["-"]:
            after, k = after[1:], k + 1
        if after[:1] in (["old"], ["olds"]):
            return k + 2
        if after[:2] == ["of", "age"]:
            return k + 3
    return 0


def find_ages(toks: list[Tok]) -> list[Span]:
    """Every age found by the shapes and cues above."""
    spans: list[Span] = []
    found: list[tuple[int, int]] = []  # (token, tokens used) of each age number
    lows = lowered(toks)
    for i, tok in enumerate(toks):
        if not tok.text[0].isdecimal() and lows[i] not in WORD_NUMBERS:
            continue  # every age starts with a digit or a number word (school years: age_forms)
        glued = _glued(tok.text)
        if glued is None and _labelled_y(tok.text, lows, i):
            glued = int(tok.text[:-1])  # "AGE: 82Y" (lead, round 10): a code elsewhere
        if glued is not None and not (
            i > 0 and toks[i - 1].text in ".," and toks[i - 1].end == tok.start
        ):
            if tok.text[-1] in "FM" and i > 0 and (lows[i - 1] in HEAT or _minus(toks, i)):
                continue  # "at 32F", "temp 98F", "-38F" (a15): degrees
            if i > 0 and lows[i - 1] in ("~", "x", "for", "over", "approx"):
                continue  # "unhoused ~2y", "for 3yrs": a length of time
            spans.append(_age(tok.start, tok.end, glued, "a number with an age suffix"))
            continue
        number = _number(toks, i)
        if number is None:
            continue
        value, used = number
        after = _suffix(toks, i + used)
        if after:
            end = toks[i + used - 1].end  # the number only: "a [AGE 30s] y/o"
            spans.append(_age(tok.start, end, value, "a number before 'y/o', 'year old'..."))
            found.append((i, used))
        elif (cue := _cue_before(toks, i, used)) is not None and value <= 120:
            end = toks[i + used - 1].end
            spans.append(_age(tok.start, end, value, cue))
            found.append((i, used))
    return spans + _paired(toks, found)


_PAIRING = frozenset(["and", "or", "-", "to", "&"])


def _paired(toks: list[Tok], found: list[tuple[int, int]]) -> list[Span]:
    """The other number of a pair whose one number is an age: "6 or 7", "4 and 6",
    "her 3 and 5 year olds"."""
    spans: list[Span] = []
    for i, used in found:
        j = i + used
        if j + 1 < len(toks) and toks[j].text.lower() in _PAIRING:
            after = toks[j + 2].text.lower() if j + 2 < len(toks) else ""
            other = toks[j + 1].text
            if other.isdecimal() and int(other) <= 110 and after not in _NOT_AFTER_BE:
                spans.append(_age(toks[j + 1].start, toks[j + 1].end, int(other), "paired"))
        if i > 1 and toks[i - 1].text.lower() in _PAIRING and toks[i - 2].text.isdecimal():
            value = int(toks[i - 2].text)
            if value <= 110:
                spans.append(_age(toks[i - 2].start, toks[i - 2].end, value, "paired"))
    return [
        Span(s.start, s.end, s.category, s.layer, "pattern: an age (paired with an age)", s.key)
        for s in spans
    ]


def _after_birthday(toks: list[Tok], i: int) -> bool:
    return any(t.text.lower() in ("bday", "birthday") for t in toks[max(i - 4, 0) : i])


def _labelled_y(word: str, lows: list[str], i: int) -> bool:
    """ "AGE: 82Y", "Age 82Y": digits and a capital Y straight after the word "age"."""
    if len(word) < 2 or len(word) > 4 or word[-1] != "Y" or not word[:-1].isdecimal():
        return False
    if int(word[:-1]) > 110:
        return False
    before = lows[i - 2 : i] if i >= 2 else lows[:i]
    return before[-1:] == ["age"] or before == ["age", ":"]


def _glued(word: str) -> int | None:
    """Digits with the suffix in the same token: "34yo", "34yrs", "34y", "34M", "46YOM"."""
    digits = word.rstrip("yorsMFmfYORS")
    tail = word[len(digits) :]
    if tail.isupper() and tail not in ("YO", "YRS", "YR", "M", "F", "YOM", "YOF"):
        return None  # "92Y": a code ("45YO" in a capital line is an age)
    if tail in ("YO", "YRS", "YR", "YOM", "YOF"):
        tail = tail.lower()
    if not digits.isdecimal() or len(digits) > 3 or not tail:
        return None
    if tail.lower() in ("yo", "y", "yrs", "yr"):
        return int(digits)
    if tail in ("M", "F", "yoM", "yoF", "yof", "yom", "yM", "yF") and 0 < int(digits) < 100:
        return int(digits)
    return None


def _cue_before(toks: list[Tok], i: int, used: int = 1) -> str | None:  # noqa: PLR0911, PLR0912 - one early exit per rule reads best
    """Why the number at i (of `used` tokens) is an age, from the words around it, or None."""
    feet = i + used + 1 < len(toks) and toks[i + used].text in ("'", "\u2019")
    if feet and toks[i + used].start == toks[i].end and toks[i + used + 1].text.isdecimal():
        return None  # "6'3"": a height
    if _thousands(toks, i + used):
        return None  # "from 14,000 km": a number with a thousands comma (a8)
    if used > 1 or toks[i].text.lower() in WORD_NUMBERS:
        around = (
            toks[i - 1].text if i > 0 else "",
            toks[i + used].text if i + used < len(toks) else "",
        )
        if around[0] == "," and around[1] in (".", ",", "\n", ";") and used > 1:
            return "a number in words set off by commas"
        if (be := _be_cue(toks, i, used)) is not None:
            return be
        if toks[i - 1].text.lower() == "of" and i > 1 and toks[i - 2].text.lower() in _AGE_OF:
            return "a number in words after 'age of'"
    before = toks[i - 1].text.lower() if i > 0 else ""
    if before == ":" and i > 1:
        before = toks[i - 2].text.lower()
    if before in _BEFORE and not (i + used < len(toks) and toks[i + used].text == "+"):
        return f"a number after '{before}'"  # not "age 16+ for outpatient care": a threshold
    unit = toks[i + used].text.lower() if i + used < len(toks) else ""
    if (
        before == "than"
        and i > 1
        and toks[i - 2].text.lower() in _COMPARED
        and unit not in _NOT_AFTER_BE
    ):
        return f"a number after '{toks[i - 2].text.lower()} than'"  # "sounds younger than 26"
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    if before == "(" and _bracketed_after_name(toks, i, after):
        return "a number in brackets after a name"
    if (sex := _sex_after(toks, i)) is not None:
        return f"a number before the sex '{sex}'"
    if toks[i].text.isdecimal() and 0 < int(toks[i].text) <= 110:
        listed = _listed(toks, i, before, after) or _at_age(toks, i, before, after)
        if listed:
            return listed
    person = toks[i - 2].text if i > 1 else ""
    someone = person.lower() in _PEOPLE or person.title() in lexicon.first_names()
    someone = someone or (person == ")" and _aside_of_someone(toks, i - 2))
    if before == "m" and person in ("'", "\u2019") and toks[i].text.isdecimal():
        return 'a number after "I\'m"'
    lone = used == 1 and toks[i].text.lower() != "one"  # "I am one of them"
    if before == "am" and person.lower() == "i" and after not in _NOT_AFTER_BE and lone:
        return "a number after 'I am'"  # "I am 82 this February", "I am 60 not 6"
    if before == "at" and person.lower() in _LIFE_EVENTS:
        return f"a number after '{person} at'"
    if before in _BE and someone and after not in _NOT_AFTER_BE and toks[i].text.isdecimal():
        who = f"'{person}'" if person.lower() in _PEOPLE else "a name"  # never quote a name
        return f"a number after {who} and '{before}'"
    if (be := _be_cue(toks, i, used)) is not None:
        return be
    return _of_or_contracted(toks, i, before, after) if toks[i].text.isdecimal() else None


_AGE_OF = frozenset(["age", "ages"])
_ADVERBS = frozenset(
    "only nearly almost now just about barely over under around still already currently "
    "roughly approximately aged between like".split()
)
_COMPARED = frozenset(["younger", "older"])
_WHEN_REACHED = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter".split()
)


def _be_cue(toks: list[Tok], i: int, used: int) -> str | None:  # noqa: PLR0911 - one early exit per rule reads best
    """A person, a form of "be" and maybe an adverb before the number: "the twins are 9",
    "she's only 16", "Joy is seventeen", "the eldest, Amy, is nearly 9" (names never quoted)."""
    after = toks[i + used].text.lower() if i + used < len(toks) else ""
    k = i + used + 1 + (i + used + 1 < len(toks) and toks[i + used + 1].text.lower() == "the")
    then = toks[k].text.lower() if k < len(toks) else ""
    if after == "in" and then in _WHEN_REACHED:
        after = ""  # "She is 35 in January": the age she reaches then
    k = i - 1
    if k > 0 and toks[k].text.lower() in _ADVERBS:
        k -= 1
    if k < 1 or after in _NOT_AFTER_BE or toks[k].text.lower() not in _BE:
        return None
    if toks[i].text.lower() == "one" and after not in (".", ",", ";", "!", ")"):
        return None  # "as though I were one more thing"
    be, who = toks[k].text.lower(), toks[k - 1].text
    if be in ("s", "re") and who in ("'", "\u2019") and k > 1:
        who = toks[k - 2].text
    elif be in ("s", "re"):
        return None
    if who.lower() in _PEOPLE or who.lower() in lexicon.PERSON_CUES or who.lower() in _EVENT_PEOPLE:
        return f"a number after '{who.lower()}' and '{be}'"
    if who.title() in lexicon.first_names() and (who[:1].isupper() or used > 1):
        return f"a number after a given name and '{be}'"
    if who == "," and k > 3 and is_capitalised(toks[k - 2].text) and toks[k - 3].text == ",":
        return f"a number after a name set off by commas and '{be}'"
    return None


def _of_or_contracted(toks: list[Tok], i: int, before: str, after: str) -> str | None:
    """ "a widower of 71", "she's 19", "the twins're 8": a person's word just before."""
    person = toks[i - 2].text.lower() if i > 1 else ""
    placed = before == "of" and after in ("in", "at", "on")  # a13: "a girl of 14 in Year 9"
    if int(toks[i].text) > 110 or (after in _NOT_AFTER_BE and not placed):
        return None
    if before == "of" and person in _OF_PEOPLE:
        return f"a number after '{person} of'"
    contracted = i > 2 and toks[i - 2].text in ("'", "\u2019") and before in ("s", "re")
    if contracted and toks[i - 3].text.lower() in _PEOPLE:
        return f"a number after '{toks[i - 3].text.lower()}'{before}'"
    named = i > 3 and person == "," and is_capitalised(toks[i - 3].text)
    if before in _BE and named and toks[i - 4].text == ",":
        return f"a number after a name set off by commas and '{before}'"  # "the eldest, Amy, is 9"
    return None


def _age(start: int, end: int, value: int, cue: str) -> Span:
    return Span(start, end, "age", "pattern", f"pattern: an age ({cue})", f"age:{value}")


_LIFE_EVENTS = frozenset(
    "died dying dies left married retired diagnosed pregnant moved started adopted emigrated "
    "divorced widowed arrested".split()
)
_AT = frozenset(["at", "from", "since", "until", "till", "by"])
_TREND = frozenset(
    "down up rose fell dropped increased decreased improved went risen peaked peak rated "
    "scored settled wt weight hr bp sats pulse temp".split()
)


def _at_age(toks: list[Tok], i: int, before: str, after: str) -> str | None:
    """A number a person reaches, 13 or more (so no hour of the day), with no unit after it:
    "left school at 16", "drinking from 14", "from the age of 12"."""
    if before == "of" and i > 1 and toks[i - 2].text.lower() in _AGE_OF:
        return "a number after 'age of'"
    trend = toks[i - 2].text.lower() if i > 1 else ""
    bracket = next((j for j in (i - 2, i - 3) if j > 0 and toks[j].text in "(,"), 0)
    if before == "from" and (trend.isdecimal() or (bracket and _score_before(toks, bracket - 1))):
        return None  # "PHQ-9 9 from 14", "PHQ-9 11 (from 16)": a score and the one it fell from
    ranged = after in ("and", "or", "-", "to") and before == "from"  # "from 13 to 15"
    clock = i + 2 < len(toks) and toks[i + 1].text in ".:" and toks[i + 2].text.isdecimal()
    if (
        before in _AT
        and not clock  # "at 22.00", "until 14:30": a time
        and int(toks[i].text) >= 13
        and after not in _NOT_AFTER_BE
        and after != "+"  # "at 36+2 wks": weeks of a pregnancy
        and trend not in _TREND
        and not ranged
        and not (before == "at" and scored_before(lowered(toks), i - 1))  # a13
    ):
        return f"a number after '{toks[i - 1].text}'"
    return None


_KIDS = frozenset("children kids sons daughters twins grandchildren ages boys girls".split())
_KIN = _KIDS | _PEOPLE


_LIST_REACH = 24


def _listed(toks: list[Tok], i: int, before: str, after: str) -> str | None:  # noqa: PLR0911 - one early exit per rule reads best
    """A lone number set off by commas or brackets: "Ruth, 81, is", "(vet, 46, USMC",
    "F, 52.", "children (9, 6, 2)", "son's (7)", "66, lives alone"."""
    prior = toks[i - 2].text if i > 1 else ""
    nxt = toks[i + 2].text if i + 2 < len(toks) else ""
    if after == ")" and nxt == ":":
        return None  # "Members (5):", "Group (men's, 5):": a count heading a list (a7)
    if before == "," and prior.lower() in WEEKDAY_WORDS:
        return None  # "Next Tuesday, 11.": an hour
    wide = i + 1 < len(toks) and toks[i + 1].start - toks[i].end > 2  # "Dunleavy, 84   Seen"
    wide = wide and is_capitalised(prior)
    if (
        before == ","
        and (after in (",", ")", ";", ".", "(", "\u2014", "\u2013") or wide)  # "Carrick, 81 —"
        and not (prior[:1].isdecimal() or (nxt[:1].isdecimal() and not _graded(toks, i + 2)))
        and not (after == ")" and _enumerator(toks, i))
    ):
        return "a number set off by commas"
    if before == "," and after in ("and", "or", "&") and prior.lower() in _KIN:
        return f"a number after '{prior.lower()},'"  # "his kids, 8 and 10"
    initial = prior == "." and i > 2 and len(toks[i - 3].text) == 1 and toks[i - 3].text.isupper()
    hyphened = prior.islower() and i > 3 and toks[i - 3].text == "-"  # "Soo-ah (15)"
    initial = initial or (hyphened and is_capitalised(toks[i - 4].text))
    owner = initial or (
        prior.isalpha()
        and (
            (is_capitalised(prior) and not _heading(toks, i - 2))
            or prior in ("s", "S")
            or prior.lower() in lexicon.PERSON_CUES
            or prior.lower() in _OF_PEOPLE  # "a toddler (2)", "the widow (80)" (a9)
            or prior.title() in lexicon.first_names()  # "ffion (21, 3rd yr)"
        )
    )
    if before == "(" and after in (")", ",", ";") and owner and not nxt.isdecimal():
        return "a number in brackets after a name or relation"
    if before == "(" and after == ")" and _after_birthday(toks, i):
        return "a number in brackets after 'birthday'"  # "bday today (32)"
    if before in ("(", ",") and after in (",", ")"):
        k = i - 1
        floor = max(0, i - _LIST_REACH)  # a list of a dozen children at most: linear (a8)
        while k > floor and (toks[k].text in "," or toks[k].text.isdecimal()):
            k -= 1
        if toks[k].text == "(" and k > 0 and toks[k - 1].text.lower() in _KIDS:
            return f"a list of numbers after '{toks[k - 1].text}'"
    decimal = i > 1 and toks[i - 1].text == "." and toks[i - 2].text.isdecimal()  # "12.40,"
    if after == "," and (i == 0 or toks[i - 1].text in ".\n") and int(toks[i].text) >= 10:
        shortened = i > 1 and toks[i - 1].text == "." and abbreviated(lowered(toks), i - 2)
        shortened = shortened or (i > 0 and toks[i - 1].end == toks[i].start)  # "s.18," (p10)
        return None if decimal or shortened else "a number opening a sentence before a comma"
    return None
