"""Feasts of other calendars that pin a date (layer "pattern", issue 13, round 14, helper c14).

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
  Mawlid; Kwanzaa.

Left out: days of the Christian year under other names (Nochebuena, Epiphany, Orthodox
Christmas, Día de los Muertos) and Obon, which the writers label in 2 of 13 dev mentions.
Whole words only. A name that is shorthand or English too in lower case ("tet" of "tet
tox", "holi") counts only with its capital, and "Tet" not before a word of vaccines ("Tet
tox given"); a quinceañera is a person's own event, left to the writers' labels. One
compiled alternation over the text, with no nested repetition: linear.
"""

from __future__ import annotations

import re

from notes_vault.deid.model import Span

_SP = r"[ \t-]+"
# Matched in any case: none is an English word.
_ANY_CASE = (
    "tết", "seollal", "chuseok", "chuseog", f"mid{_SP}autumn{_SP}festival",
    f"moon{_SP}festival", "songkran", f"pchum{_SP}ben", "qingming",
    "timket", "timkat", "fasika", "genna", "ganna", "meskel", "meskal", "enkutatash",
    "vaisakhi", "baisakhi", "navratri", "navaratri", "dashain", "dasain", "tihar",
    f"durga{_SP}puja", "pongal", "lohri",
    f"raksha{_SP}bandhan", f"karva{_SP}chauth", f"karwa{_SP}chauth", "nowruz", "norooz",
    "newroz", "navruz", f"shab(?:{_SP}e)?{_SP}yalda", "purim", "sukkot", "shavuot", "mawlid",
    "kwanzaa",
)  # fmt: skip
# Matched only as written here: in lower case each is an English word or an abbreviation.
_CAPITALISED = (r"Tet(?![ \t]+(?:tox|toxoid|shot|booster|vaccine|jab))", "Holi", "HOLI", "Onam")
_FEAST = re.compile(
    r"(?<![\w-])(?:(?i:" + "|".join(_ANY_CASE) + ")|" + "|".join(_CAPITALISED) + r")(?![\w-])"
)
_REASON = "pattern: a feast of another calendar (pins a date)"


def find_feasts(text: str) -> list[Span]:
    """Named feasts of other calendars, as `[HOLIDAY]` (see the module docstring)."""
    return [
        Span(m.start(), m.end(), "date", "pattern", _REASON, "holiday")
        for m in _FEAST.finditer(text)
    ]
