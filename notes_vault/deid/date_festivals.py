"""Feasts and festivals that `shift._HOLIDAY` does not list: "Tết", "Vaisakhi", "Michaelmas",
"Gurpurab", "Navratri", "Nowruz", "Mid-Autumn Festival" (round 14, u14, layer "pattern").

Each pins a day of the year as "Christmas" does, so a shifted date beside "the week after
Vaisakhi" would reveal the shift: it becomes `[HOLIDAY]` (the key "holiday", see
`shift.tag`). British notes name the feasts of the families they work with (Sikh, Hindu,
Muslim, Jewish, Vietnamese, Chinese, Korean, Iranian and Kurdish, Latin American), the
Church's quarter days and terms ("Michaelmas"), and the Northern Irish "Twelfth".

The names are a closed class, from general knowledge. A name is taken as a whole word in
any case when it is no English word ("Vaisakhi", "navratri", "Tết"); the few that are
English words or given names elsewhere are taken only as written here ("Holi", "Tet",
"Onam" with a capital, "the Twelfth" after "the" with a capital T). Left out: "Lent"
(the verb), "epiphany", "Carnival" and "Advent" (ordinary nouns in notes as often), "Mardi
Gras" and "Día de los Muertos" (a parade, an altar, a season as often as a day),
"Rakhi" (a given name), "Shabbat" and "Sabbath" (every week: they pin no date), "Pentecost"
("Church of Pentecost", a denomination).

The module also takes an ordinal day after "on the" (or "by", "until", "since", "after"...)
when a clause goes on after it ("TB test on the 11th came back", "and on the 11th a
neighbour rang", "could we do it on the 17th early"): `dates.py` takes the day before
punctuation, "at" or a clause word ("in", "when"), and leaves it before any other
lower-case word, since "the 3rd session" is a rank. A determiner, a pronoun, "early",
"late" or a verb of coming and going opens a clause and ranks nothing.

Two regular expressions with no nested repetition over the text: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_SP = r"[ \t-]+"
# Taken in any case: no English word and no given name among them. A space stands for any
# run of spaces, tabs and hyphens ("Mid-Autumn Festival").
_ANY_CASE_NAMES = (
    "t\u1ebft|vaisakhi|baisakhi|gurpurab|gurpurb|navratri|navaratri|dussehra|dasara"
    "|janmashtami|lohri|pongal|karva chauth|raksha bandhan|durga puja|ganesh chaturthi"
    "|mawlid|ashura|nowruz|norooz|newroz|nauruz|vesak|wesak|purim|sukkot|shavuot"
    "|simchat torah|tisha b'?av|michaelmas|martinmas|candlemas|lammas|whit (?:sunday|monday)"
    "|twelfth night|ash wednesday|palm sunday|maundy thursday|mid autumn festival"
    "|moon festival|dragon boat festival|qingming|chuseok|seollal|songkran|kwanzaa"
    "|nochebuena|nochevieja|semana santa|samhain|beltane|imbolc"
    "|st\\.? (?:dwynwen|piran|andrew)'?s (?:day|night)|cinco de mayo|yom ha'?shoah"
    "|ve day|vj day"
)
_ANY_CASE = _ANY_CASE_NAMES.replace(" ", _SP)
# Taken only with a capital as written: English words or names in other places.
_AS_WRITTEN = r"Holi|HOLI|Tet|TET|Onam|ONAM|(?<=the )Twelfth|(?<=The )Twelfth|(?<=THE )TWELFTH"
_FESTIVAL = re.compile(
    r"(?<![\w'\u2019])(?:(?i:" + _ANY_CASE + r")|" + _AS_WRITTEN + r")(?![\w\u0300-\u036f])"
)
_REASON = "pattern: a feast or festival that pins a day of the year ('{}')"
_CLAUSE_DAY = re.compile(
    r"(?i)\b(on|by|until|till|from|since|before|after|about|around)[ \t]+the[ \t]+"
    r"([1-9]|[12][0-9]|3[01])(st|nd|rd|th)(?=[ \t]+(?:a|an|she|he|they|we|i|it|her|his|their"
    r"|my|our|early|late|came|went|was|will)\b)"
)
_DAY_REASON = "pattern: an ordinal day after '{} the' opening a clause"


def find_days(text: str) -> list[Span]:
    """Feasts and festivals of the closed list, and ordinal days opening a clause."""
    return find_festivals(text) + [
        Span(m.start(2), m.end(3), "date", "pattern", _DAY_REASON.format(m.group(1)), "date")
        for m in _CLAUSE_DAY.finditer(text)
    ]


def find_festivals(text: str) -> list[Span]:
    """Every feast or festival of the closed list (see the module docstring)."""
    return [
        Span(m.start(), m.end(), "date", "pattern", _REASON.format(m.group()), "holiday")
        for m in _FESTIVAL.finditer(text)
    ]
