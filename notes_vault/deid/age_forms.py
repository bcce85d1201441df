"""More forms of age (layer "pattern"), beside the cue rules of ages.py.

School years ("Year 9", "yr 10", "Y11", "in S2", "P6"), an ordinal after a
person's possessive ("Bev's 60th"), ages under a year or with months ("3 days
old", "born at 29 weeks", "16 years, 4 months") and numbers ending a header
line after a name ("Darius Okonjo, 33"). Token scans with lookups of a few
tokens either side: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.ages import _PEOPLE, _YEARS, WORD_NUMBERS, _age, _number
from notes_vault.deid.model import Span
from notes_vault.deid.person_uk_words import uk_no_name
from notes_vault.deid.tokens import Tok, is_capitalised, lowered


def find_school_years(toks: list[Tok]) -> list[Span]:
    """Every school year written as an age (see _school_year and _scottish_year)."""
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        said = i > 0 and toks[i - 1].text in _SCHOOL_WRITTEN and tok.text.lower() in WORD_NUMBERS
        if tok.text[:1] in ("Y", "y") or tok.text[:1].isdecimal() or said:
            found = _school_year(toks, i)
        elif tok.text[:1] in ("S", "P"):
            found = _scottish_year(toks, i)
        else:
            continue
        if found is not None:
            spans.append(found)
    return spans


_SCHOOL = frozenset(["year", "yr"])
# A school year is no age in a role ("Head of Year 9"), a course's year ("PgDip yr 2",
# "MEng Computer Science (Year 4)") or a part of a school ("the Y3 corridor") (a7).
_COURSES = frozenset(
    "head pgdip pgcert pgce meng msc bsc ba ma mres phd dclinpsy mbchb mbbs llb beng degree "
    "course programme program uni university trainee training nurse nursing midwife "
    "midwifery paramedic apprentice apprenticeship".split()
)
_PLACES_IN_SCHOOL = frozenset("corridor block room wing classroom team lead leader office".split())


def _course_before(toks: list[Tok], k: int) -> bool:
    """A course or a head's role within five tokens before the school year's word at k, in
    its sentence (a15: not "quit the course. A Year 10 boy")."""
    for tok in reversed(toks[max(0, k - 5) : k]):
        if tok.text in _SENTENCE_ENDS:
            return False
        if tok.text.lower() in _COURSES:
            return True
    return False


_SENTENCE_ENDS = frozenset([".", "!", "?", ";"])


_SCHOOL_WRITTEN = frozenset(["year", "Year", "YEAR", "yr", "Yr", "YR"])
_NOT_SCHOOL = frozenset(
    "of / - . ( times x uni university degree phd course apprenticeship student students "
    "undergrad undergraduate postgrad placement training trainee medical nursing "
    "law".split()
)


def _school_year(toks: list[Tok], i: int) -> Span | None:
    """A UK school year, an age by another name: "Year 9", "in yr 10", "Y11" (the number only).

    Not a year of a course or degree ("year 2 of her PhD", "Year 1 at uni")."""
    tok = toks[i]
    glued = tok.text[:1] == "Y" and tok.text[1:].isdecimal() and len(tok.text) <= 3
    if tok.text[:1] == "y":  # "y11" typed in lower case; "y7" set off by a mark (u19)
        glued = tok.text[1:].isdecimal() and len(tok.text) <= 3 and 1 <= int(tok.text[1:]) <= 13
        glued = glued and (int(tok.text[1:]) >= 10 or _set_by_mark(toks, i))
    digits = tok.text[1:]
    low = tok.text.lower()
    for word in ("yr", "year"):  # "yr10", "Yr9", "year10" typed without a space (u10)
        if low.startswith(word) and low[len(word) :].isdecimal() and len(low) - len(word) <= 2:
            glued, digits = True, low[len(word) :]
    if glued:
        value, start = int(digits), tok.start
    elif (tok.text.isdecimal() and len(tok.text) <= 2) or tok.text.lower() in WORD_NUMBERS:
        if i == 0 or toks[i - 1].text.lower() not in _SCHOOL or toks[i - 1].end + 1 != tok.start:
            return None  # "in year ten" is said as often as written "Year 10"
        word = tok.text.lower()
        value, start = (int(word) if word.isdecimal() else WORD_NUMBERS[word]), tok.start
    else:
        return None
    after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
    listed = after == "(" and i + 2 < len(toks) and toks[i + 2].text.isdecimal()  # "Year 9 (13)"
    ends = (".", "-") if glued else (".",)
    if after in ends and not (i + 2 < len(toks) and toks[i + 2].start == toks[i + 1].end):
        after = ""  # "in Year 7. He ...", "Y8 - anger": the item ends; "Year 2.5" goes on
    if after in ("-", "(") and _set_off(toks, i):
        after = ""  # "yr 10 - wk 3", "Year 13 (resitting)" (p10); not "year 1-3", "(of 3)"
    if not 1 <= value <= 13 or (after in _NOT_SCHOOL and not listed) or after.isdecimal():
        return None
    if after in _PLACES_IN_SCHOOL or _course_before(toks, i - (0 if glued else 1)):
        return None  # "Head of Year 9", "PgDip yr 2", "the Y3 corridor" (a7)
    later = {t.text.lower() for t in toks[i + 2 : i + 4]}
    if later & _NOT_SCHOOL - {"of", "/", "-", ".", "(", "x"}:
        return None  # "Year 2 medical student", "year 1 at uni"
    return _age(start, tok.end, value + 5, "a school year ('Year 9', 'Y11')")


_MARKS_AFTER = frozenset([".", ",", "-", ")", ";", "\u2013", "\u2014"])


def _set_by_mark(toks: list[Tok], i: int) -> bool:
    """A mark straight after token i, or nothing: "no marks. y7.", "OP y6 - mum", "(y5)";
    not a word ("plotted y2 against time")."""
    return i + 1 >= len(toks) or toks[i + 1].text in _MARKS_AFTER


def _set_off(toks: list[Tok], i: int) -> bool:
    """A dash or a bracket after token i, with a space before it and a word after it."""
    mark = toks[i + 1]
    if mark.start == toks[i].end or i + 2 >= len(toks):
        return False
    word = toks[i + 2].text.lower()
    return word.isalpha() and word not in ("of", "to", "and", "or")


_SCOTTISH_BEFORE = frozenset(["in", "into", "-", "started", "starting", "now", "pupil", "since"])


def _scottish_year(toks: list[Tok], i: int) -> Span | None:
    """A Scottish school year after "in" or between dashes: "in S2", "- S4 -", "in P6"
    (not heart sounds: "S1 S2 normal", "no S3")."""
    word = toks[i].text
    if len(word) != 2 or word[0] not in "SP" or not word[1].isdecimal() or i == 0:
        return None
    value = int(word[1])
    if not (1 <= value <= 6 if word[0] == "S" else 1 <= value <= 7):
        return None
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    before = toks[i - 1].text.lower()
    if word[0] == "P" and before == "," and nxt == ")":
        before = "in"  # "Denisa (9, P5)": a primary year listed with an age
    if before == "," and i > 1 and toks[i - 2].text.isdecimal() and int(toks[i - 2].text) < 20:
        before = "in"  # "Lewis (15, S4 Balwearie)": listed with an age (p10)
    if before == "(" and nxt == "," and i + 2 < len(toks) and _school_name(toks[i + 2].text):
        before = "in"  # "(S3, Dumfries Academy)"; not "(S3, S4)": heart sounds (p10)
    if before not in _SCOTTISH_BEFORE or nxt[:1] in ("S", "/") or (before == "-" and nxt != "-"):
        return None
    age = value + 11 if word[0] == "S" else value + 4
    return _age(toks[i].start, toks[i].end, age, "a Scottish school year ('in S2', 'P6')")


def _school_name(word: str) -> bool:
    """A capitalised word that is no Scottish year: the school's name after the year."""
    return word[:1].isupper() and not (len(word) == 2 and word[1].isdecimal())


def find_ordinal_ages(toks: list[Tok]) -> list[Span]:
    """A birthday by its number after a person's possessive: "Jade's 30th", "NEPHEW'S 21ST"."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i in range(len(toks)):
        word = lows[i]
        value = _ORDINAL_AGES.get(word, 0)
        if word[:-2].isdecimal() and word.endswith(("st", "nd", "rd", "th")):
            value = int(word[:-2])
        if _birthday_ordinal(lows, i, value):  # a15: "Marcus's 30th birthday", "— 16th birthday"
            reason = "an ordinal before 'birthday' ('her 16th birthday')"
            spans.append(_age(toks[i].start, toks[i].end, value, reason))
            continue
        if i < 3 or not 10 <= value <= 110 or lows[i - 1] != "s":
            continue
        if toks[i - 2].text not in ("'", "\u2019") or toks[i - 1].start != toks[i - 2].end:
            continue
        owner = toks[i - 3].text
        after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if after in ("birthday", "bday", "anniversary", "%"):
            continue  # "Jade's 30th birthday" is the shift's personal event
        if owner.lower() in _PEOPLE or owner.lower() in lexicon.PERSON_CUES or _named(owner):
            reason = "an ordinal after a person's possessive ('Jade's 30th')"
            spans.append(_age(toks[i].start, toks[i].end, value, reason))
    return spans


_BIRTHDAY_WORDS = frozenset(["birthday", "birthdays", "bday", "b'day"])


def _birthday_ordinal(lows: list[str], i: int, value: int) -> bool:
    """An ordinal right before "birthday" counts the years (a15): "Jolene's 16th birthday",
    "June 23rd, 2026 — 16th birthday", "his fortieth birthday"; not a day after its month
    ("her December 5th birthday") nor "first birthday without him" (no word below tenth)."""
    if not 1 <= value <= 110 or i + 1 >= len(lows) or lows[i + 1] not in _BIRTHDAY_WORDS:
        return False
    return i == 0 or lows[i - 1] not in _MONTH_WORDS


_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Birthdays people mark, in words: "her uncle's sixtieth", "his 18th" (digits above).
_ORDINAL_AGES = {
    "thirteenth": 13, "sixteenth": 16, "eighteenth": 18, "twentieth": 20, "twenty-first": 21,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip


def _named(word: str) -> bool:
    return is_capitalised(word) or word.title() in lexicon.first_names()


_SMALL_UNITS = frozenset("days day weeks week wks wk months month mos mo mths mth mnths".split())
# A baby's age in brackets after its word: "the baby (4 months)", "twins (9 wks)" (a9).
_BABIES = frozenset(
    "baby babies infant newborn toddler twins son daughter brother sister grandson "
    "granddaughter nephew niece".split()
)


def find_small_ages(toks: list[Tok]) -> list[Span]:
    """Ages under a year and ages with months: "3 days old", "born at 29 weeks", "Kasia
    (14 months)", "20 years, 10 months" (the whole phrase; under a year reads as 0)."""
    spans: list[Span] = []
    for i in range(len(toks) - 1):
        number = _number(toks, i)
        if number is None:
            continue
        value, used = number
        unit = toks[i + used].text.lower() if i + used < len(toks) else ""
        after = toks[i + used + 1].text.lower() if i + used + 1 < len(toks) else ""
        before = toks[i - 1].text.lower() if i > 0 else ""
        end = toks[i + used].end if i + used < len(toks) else toks[i].end
        if unit in _SMALL_UNITS and after == "old":
            spans.append(_age(toks[i].start, toks[i + used + 1].end, 0, f"'{unit} old'"))
        elif unit in _SMALL_UNITS and before == "at" and i > 1 and toks[i - 2].text == "born":
            spans.append(_age(toks[i].start, end, 0, f"'born at' and '{unit}'"))
        elif unit in _SMALL_UNITS and before == "(" and after == ")" and i > 1:
            if is_capitalised(toks[i - 2].text) or toks[i - 2].text.lower() in _BABIES:
                spans.append(_age(toks[i].start, end, 0, f"'{unit}' in brackets after a name"))
        elif unit in _YEARS and after == "," and _months_follow(toks, i + used + 2):
            last = toks[i + used + 3].end
            spans.append(_age(toks[i].start, last, value, "years and months"))
    return spans


def _months_follow(toks: list[Tok], k: int) -> bool:
    """ "10 months" at token k."""
    return (
        k + 1 < len(toks)
        and toks[k].text.isdecimal()
        and toks[k + 1].text.lower() in ("months", "month", "mos")
    )


def find_line_ages(text: str, toks: list[Tok]) -> list[Span]:
    """A number ending a header line after a name and a comma ("Mercy Alvarado, 48",
    "Tiffany R., 37", "Ro (they/them), 21"), and a number right after a given name in a
    list ("kids: Aoife 12, Ruairi 9")."""
    spans: list[Span] = []
    first = lexicon.first_names()
    for i in range(2, len(toks)):
        word = toks[i].text
        if not word.isdecimal() or len(word) > 3 or not 0 < int(word) <= 110:
            continue
        line_end = i + 1 == len(toks) or "\n" in text[toks[i].end : toks[i + 1].start]
        owner = toks[i - 2].text
        if line_end and toks[i - 1].text == "," and _owner(owner, first):
            spans.append(_age(toks[i].start, toks[i].end, int(word), "a number ending a line"))
            continue
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        named = toks[i - 1].text in first and toks[i - 1].end + 1 == toks[i].start
        named = named and not uk_no_name(toks, i - 1)  # "Ward 2": a ward (u11)
        if named and (after in (",", "-", ";", ")") or line_end) and toks[i - 2].text in ":,":
            spans.append(_age(toks[i].start, toks[i].end, int(word), "a number after a name"))
    return spans


def _owner(word: str, first: frozenset[str]) -> bool:
    """A name (or the end of one: an initial's dot, a bracket) before "…, 48" ending a line."""
    if word in (")", "."):
        return True
    if not word[:1].isupper():
        return False
    return word.lower() not in lexicon.common_words() or word in first or word in lexicon.surnames()
