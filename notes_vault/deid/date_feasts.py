"""Feasts of other calendars that pin a date (layer "pattern", issue 13, round 14, helpers
c14 and u14; the lead joined their two lists into this one).

`shift.py` replaces a named holiday by `[HOLIDAY]` always: "the week before Christmas"
beside a shifted date would reveal the shift. Its list holds the feasts of the UK and US
calendars and a few others (Diwali, Eid, Hanukkah, Lunar New Year); notes from families of
every calendar name theirs in the same way ("flying in from Busan for Seollal", "his
cousin's at Chuseok", "after the timket holiday", "fasting for Fasika", "review at Tết",
"since Nowruz"). A closed class, from general knowledge:

- the lunar calendars of East and South-East Asia: Tết, Seollal, Chuseok, the Mid-Autumn
  Festival, Songkran, Pchum Ben, Qingming;
- the Ethiopian and Eritrean Orthodox year: Timket/Timkat, Fasika, Genna/Ganna, Meskel,
  Enkutatash;
- South Asia: Vaisakhi/Baisakhi, Navratri, Dashain, Tihar, Durga Puja, Pongal, Onam,
  Lohri, Raksha Bandhan, Karva Chauth; Holi only with its capital;
- Persian and Kurdish Nowruz (Norooz, Newroz, Navruz) and Yalda; Purim, Sukkot, Shavuot;
  Mawlid; Kwanzaa;
- (u14) British notes: the Church's quarter days and terms ("Michaelmas"), Whit Sunday, Ash
  Wednesday, the Celtic year (Samhain, Beltane, Imbolc), St Dwynwen's and St Piran's days, VE
  and VJ Day, and Northern Ireland's "the Twelfth"; Nochebuena, Nochevieja, Semana Santa,
  Cinco de Mayo.

Left out: Epiphany, Orthodox Christmas, Día de los Muertos, Mardi Gras and Obon (labelled
in few dev mentions; a parade, an altar or a season as often as a day), "Lent", "Advent" and
"Carnival" (ordinary words), "Rakhi" (a given name), "Shabbat" (every week: no date) and
"Pentecost" (a denomination's name).
Whole words only. A name that is shorthand or English too in lower case ("tet" of "tet
tox", "holi") counts only with its capital, and "Tet" not before a word of vaccines ("Tet
tox given"); a quinceañera is a person's own event, left to the writers' labels. One
compiled alternation over the text, with no nested repetition: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_SP = r"[ \t-]+"
# Matched in any case: none is an English word or a given name. A space stands for any run
# of spaces, tabs and hyphens ("Mid-Autumn Festival").
_ANY_CASE_NAMES = (
    # East and South-East Asia (c14, u14)
    "t\u1ebft|seollal|chuseok|chuseog|mid autumn festival|moon festival|dragon boat festival"
    "|songkran|pchum ben|qingming|vesak|wesak"
    # the Ethiopian and Eritrean Orthodox year (c14)
    "|timket|timkat|fasika|genna|ganna|meskel|meskal|enkutatash"
    # South Asia (c14, u14)
    "|vaisakhi|baisakhi|gurpurab|gurpurb|navratri|navaratri|dussehra|dasara|dashain|dasain"
    "|tihar|durga puja|pongal|lohri|raksha bandhan|karva chauth|karwa chauth|janmashtami"
    "|ganesh chaturthi"
    # Persian, Kurdish, Muslim and Jewish (c14, u14)
    "|nowruz|norooz|newroz|navruz|nauruz|shab(?: e)? yalda|mawlid|ashura|purim|sukkot|shavuot"
    "|simchat torah|tisha b'?av|yom ha'?shoah|kwanzaa"
    # the Church's year, quarter days and the old calendar, Britain and Ireland (u14)
    "|michaelmas|martinmas|candlemas|lammas|whit (?:sunday|monday)|twelfth night"
    "|ash wednesday|palm sunday|maundy thursday|samhain|beltane|imbolc"
    "|st\\.? (?:dwynwen|piran|andrew)'?s (?:day|night)|ve day|vj day"
    # Latin America and Spain (u14)
    "|nochebuena|nochevieja|semana santa|cinco de mayo"
)
_ANY_CASE = _ANY_CASE_NAMES.replace(" ", _SP)
# Matched only as written here: in lower case each is an English word, a name or shorthand
# ("tet" of "tet tox"); "the Twelfth" (Northern Ireland's 12 July) only after "the".
_VACCINE = r"(?![ \t]+(?:tox|toxoid|shot|booster|vaccine|jab))"
_CAPITALISED = (
    rf"Tet{_VACCINE}|TET{_VACCINE}|Holi|HOLI|Onam|ONAM"
    r"|(?<=the )Twelfth|(?<=The )Twelfth|(?<=THE )TWELFTH"
)
_FEAST = re.compile(
    r"(?<![\w'\u2019-])(?:(?i:" + _ANY_CASE + r")|" + _CAPITALISED + r")(?![\w\u0300-\u036f-])"
)
_REASON = "pattern: a feast or festival that pins a day of the year ('{}')"


def find_feasts(text: str) -> list[Span]:
    """Named feasts and festivals, as `[HOLIDAY]` (see the module docstring)."""
    return [
        Span(m.start(), m.end(), "date", "pattern", _REASON.format(m.group()), "holiday")
        for m in _FEAST.finditer(text)
    ]
