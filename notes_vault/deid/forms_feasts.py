"""Named days of the year that the `holidays` data lacks, as forms of a date of birth
(issue 12, round 11). Shared by both layers, like `forms_days.py`.

A closed class, reviewed by hand: festivals, feasts and anniversaries that people give a
birthday by ("born on D-Day", "a Vaisakhi baby", "first sober Fourth", "the feast of the
Virgen de Guadalupe"), each with its fixed day (two where the day moves by one with the
year: Vaisakhi, Enkutatash, Nowruz) or its rule (the days set by Easter, in the year of
birth). Unlike `forms_extra.NAMED_DAYS` these names count only beside a birth cue (see
`birthday_feasts.py` and `check_feasts.py`), and only when the date of birth falls on them.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

# The year's turning points fall on one of two or three days, by the year (round 12).
_MIDSUMMER = ((6, 20), (6, 21), (6, 22), (6, 23), (6, 24))  # the solstice to St John's Day
_JUNE_SOLSTICE = ((6, 20), (6, 21), (6, 22))
_DECEMBER_SOLSTICE = ((12, 21), (12, 22))
_MARCH_EQUINOX = ((3, 19), (3, 20), (3, 21))
_SEPTEMBER_EQUINOX = ((9, 22), (9, 23))
_APRIL_NEW_YEAR = ((4, 13), (4, 14))
# name (as `forms_days.day_key` writes it) -> the (month, day)s it may fall on.
FIXED: dict[str, tuple[tuple[int, int], ...]] = {
    "d day": ((6, 6),), "ve day": ((5, 8),), "vj day": ((8, 15), (9, 2)),
    "pearl harbor day": ((12, 7),), "pearl harbour day": ((12, 7),),
    "vaisakhi": ((4, 13), (4, 14)), "baisakhi": ((4, 13), (4, 14)),
    "vaishakhi": ((4, 13), (4, 14)), "visakhi": ((4, 13), (4, 14)),
    "enkutatash": ((9, 11), (9, 12)), "ethiopian new year": ((9, 11), (9, 12)),
    "meskel": ((9, 27), (9, 28)), "timkat": ((1, 19), (1, 20)), "genna": ((1, 7),),
    "ganna": ((1, 7),), "orthodox christmas": ((1, 7),),
    "nowruz": ((3, 20), (3, 21)), "norooz": ((3, 20), (3, 21)), "newroz": ((3, 20), (3, 21)),
    "navruz": ((3, 20), (3, 21)), "persian new year": ((3, 20), (3, 21)),
    "lohri": ((1, 13),), "makar sankranti": ((1, 14), (1, 15)), "pongal": ((1, 14), (1, 15)),
    "virgen de guadalupe": ((12, 12),), "virgin of guadalupe": ((12, 12),),
    "our lady of guadalupe": ((12, 12),), "guadalupe day": ((12, 12),),
    "guadalupe feast": ((12, 12),), "dia de la virgen": ((12, 12),),
    "dia de guadalupe": ((12, 12),), "dia de la guadalupana": ((12, 12),),
    "dydd gwyl dewi": ((3, 1),), "gwyl dewi": ((3, 1),), "la fheile padraig": ((3, 17),),
    "st pirans day": ((3, 5),), "bloomsday": ((6, 16),), "burns day": ((1, 25),),
    "michaelmas": ((9, 29),), "martinmas": ((11, 11),), "lady day": ((3, 25),),
    "ides of march": ((3, 15),), "pi day": ((3, 14),), "star wars day": ((5, 4),),
    "may the fourth": ((5, 4),), "eleventh night": ((7, 11),),
    "glorious twelfth": ((8, 12),), "fourth": ((7, 4),), "twelfth": ((7, 12),),
    "nochevieja": ((12, 31),), "noche vieja": ((12, 31),), "ano nuevo": ((1, 1),),
    "el grito": ((9, 15), (9, 16)), "st jean baptiste": ((6, 24),),
    # Round 12 (k12): the feasts of the dead and of the year's turning points, and the
    # April new years of South and South-East Asia.
    "all saints": ((11, 1),), "all hallows": ((11, 1),), "toussaint": ((11, 1),),
    "wszystkich swietych": ((11, 1),), "all souls": ((11, 2),), "zaduszki": ((11, 2),),
    "twelfth night": ((1, 5), (1, 6)), "three kings": ((1, 6),), "los reyes": ((1, 6),),
    "dia de reyes": ((1, 6),), "little christmas": ((1, 6),), "st johns eve": ((6, 23),),
    "midsummer": _MIDSUMMER, "midsummers day": _MIDSUMMER, "midsummer day": _MIDSUMMER,
    "midsummers eve": _MIDSUMMER, "midsummer eve": _MIDSUMMER, "juhannus": _MIDSUMMER,
    "midsommar": _MIDSUMMER, "sankthans": _MIDSUMMER,
    "summer solstice": _JUNE_SOLSTICE, "first day of summer": _JUNE_SOLSTICE,
    "winter solstice": _DECEMBER_SOLSTICE, "first day of winter": _DECEMBER_SOLSTICE,
    "solstice": _JUNE_SOLSTICE + _DECEMBER_SOLSTICE, "litha": _JUNE_SOLSTICE,
    "yule": _DECEMBER_SOLSTICE, "dongzhi": _DECEMBER_SOLSTICE,
    "yalda": ((12, 20), (12, 21)), "yalda night": ((12, 20), (12, 21)),
    "shab e yalda": ((12, 20), (12, 21)), "shabe yalda": ((12, 20), (12, 21)),
    "spring equinox": _MARCH_EQUINOX, "vernal equinox": _MARCH_EQUINOX,
    "first day of spring": _MARCH_EQUINOX, "ostara": _MARCH_EQUINOX,
    "autumn equinox": _SEPTEMBER_EQUINOX, "autumnal equinox": _SEPTEMBER_EQUINOX,
    "fall equinox": _SEPTEMBER_EQUINOX, "first day of autumn": _SEPTEMBER_EQUINOX,
    "first day of fall": _SEPTEMBER_EQUINOX, "mabon": _SEPTEMBER_EQUINOX,
    "equinox": _MARCH_EQUINOX + _SEPTEMBER_EQUINOX,
    "khmer new year": _APRIL_NEW_YEAR, "cambodian new year": _APRIL_NEW_YEAR,
    "chaul chnam thmey": _APRIL_NEW_YEAR, "songkran": _APRIL_NEW_YEAR,
    "thai new year": _APRIL_NEW_YEAR, "lao new year": _APRIL_NEW_YEAR, "pi mai": _APRIL_NEW_YEAR,
    "thingyan": (*_APRIL_NEW_YEAR, (4, 15), (4, 16)), "burmese new year": _APRIL_NEW_YEAR,
    "sinhala new year": _APRIL_NEW_YEAR, "tamil new year": _APRIL_NEW_YEAR,
    "puthandu": _APRIL_NEW_YEAR, "aluth avurudu": _APRIL_NEW_YEAR, "avurudu": _APRIL_NEW_YEAR,
    "vishu": (*_APRIL_NEW_YEAR, (4, 15)), "pohela boishakh": ((4, 14), (4, 15)),
    "bengali new year": ((4, 14), (4, 15)), "bohag bihu": ((4, 14), (4, 15)),
    "rongali bihu": ((4, 14), (4, 15)),
    # Round 13 (k13): the feasts of Mary and the Assumption (in Ireland "Lady Day in
    # harvest"), the solstices by their length, and Christmas written "Xmas".
    "assumption": ((8, 15),), "marys day": ((8, 15), (9, 8), (12, 8)),
    "lady day in harvest": ((8, 15),), "marymas": ((8, 15), (9, 8)),
    "immaculate conception": ((12, 8),), "la purisima": ((12, 8),),
    "shortest day": _DECEMBER_SOLSTICE, "longest night": _DECEMBER_SOLSTICE,
    "longest day": _JUNE_SOLSTICE, "shortest night": _JUNE_SOLSTICE,
    "xmas eve": ((12, 24),), "xmas day": ((12, 25),), "xmas": ((12, 25),),
    # Round 14 (k14): fixed feasts of the church year and the Mexican days of the dead
    # that the holidays data holds in no form (or only in another language).
    "holy innocents": ((12, 28),), "childermas": ((12, 28),), "innocents day": ((12, 28),),
    "dormition": ((8, 15),), "koimisis": ((8, 15),), "transfiguration": ((8, 6),),
    "annunciation": ((3, 25),), "holy cross day": ((9, 14),),
    "exaltation of the cross": ((9, 14),), "exaltation of the holy cross": ((9, 14),),
    "nativity of the theotokos": ((9, 8),), "nativity of the virgin": ((9, 8),),
    "st anthonys day": ((6, 13),), "presentation of the lord": ((2, 2),),
    "dia de los muertos": ((11, 1), (11, 2)), "dia de muertos": ((11, 1), (11, 2)),
    "dia de los fieles difuntos": ((11, 2),),
    # Round 15 (k15): Christmas Eve by the names of the countries that keep it as the feast
    # (Poland's Wigilia, Germany's Heiligabend, Spain's Nochebuena, Sweden's julafton);
    # a patron saint's day by the saint alone ("born on St Andrew's", "a St Patrick's
    # baby", with a capital); Bangladesh's Language Movement Day, 21 February, that UNESCO
    # made International Mother Language Day.
    "wigilia": ((12, 24),), "heiligabend": ((12, 24),), "nochebuena": ((12, 24),),
    "julafton": ((12, 24),), "st andrews": ((11, 30),), "st patricks": ((3, 17),),
    "st georges": ((4, 23),), "st davids": ((3, 1),), "st stephens": ((12, 26),),
    "st swithins": ((7, 15),), "st valentines": ((2, 14),),
    "international mother language day": ((2, 21),), "mother language day": ((2, 21),),
    "language movement day": ((2, 21),), "ekushey february": ((2, 21),),
    "shaheed dibosh": ((2, 21),),
    # Round 19 (k19): saints' and children's days the holidays data holds only as a
    # movable bank holiday (Ireland's St Brigid's Day) or not at all: Walpurgis Night,
    # Japan's Kodomo no Hi, and Colombia's Día de las Velitas (the night of 7 December,
    # kept into the 8th, the Immaculate Conception).
    "st brigids day": ((2, 1),), "la fheile bride": ((2, 1),), "imbolc": ((2, 1),),
    "walpurgis night": ((4, 30),), "walpurgisnacht": ((4, 30),),
    "kodomo no hi": ((5, 5),), "dia de las velitas": ((12, 7), (12, 8)),
    "noche de las velitas": ((12, 7), (12, 8)),
    # Round 20 (k20): Nepal's Maghe Sankranti (1 Magh, 14 or 15 January), St John's night in
    # Spanish and Catalan (23 June into the 24th), St Patrick's Day without its title,
    # Mexico's Mother's Day (10 May) and Ukraine's Independence Day (24 August: the
    # holidays data keeps no single day for it, and the demonym names the country's day).
    "maghe sankranti": ((1, 14), (1, 15)), "maghi sankranti": ((1, 14), (1, 15)),
    "noche de san juan": ((6, 23), (6, 24)), "nit de sant joan": ((6, 23), (6, 24)),
    "patricks day": ((3, 17),),
    "dia de las madres": ((5, 10),), "ukrainian independence day": ((8, 24),),
}  # fmt: skip
# Days that Easter sets, in days after Easter Sunday (in the year of birth).
FROM_EASTER: dict[str, int] = {
    "shrove tuesday": -47, "pancake day": -47, "mardi gras": -47, "ash wednesday": -46,
    "mothering sunday": -21, "palm sunday": -7, "maundy thursday": -3, "good friday": -2,
    "holy saturday": -1, "easter": 0, "easter sunday": 0, "easter day": 0,
    "easter monday": 1, "whit sunday": 49, "whitsunday": 49, "pentecost": 49,
}  # fmt: skip
# Ordinals that name a day only with a capital, not at a sentence's start, and not before
# a noun they count ("Fourth grade"): "first sober Fourth", "born on the Twelfth".
ORDINALS = frozenset({"fourth", "twelfth"})
# "solstice" and "equinox" alone name both of their days; after a season's word they are
# that season's only ("winter solstice" is no June birthday): see `seasoned` (round 12).
BARE = frozenset({"solstice", "equinox"})
SEASONS = frozenset(
    "winter summer spring vernal autumn autumnal fall june december march september".split()
)
# Names that are also ordinary words or a given name in lower case: a capital is needed.
CAPITAL = ORDINALS | {"d day", "ve day", "vj day", "lady day", "pi day", "el grito"}
CAPITAL |= {"all saints", "all souls", "all hallows", "three kings", "little christmas"}  # k12
CAPITAL |= {"assumption", "lady day in harvest"}  # k13: "assumption" is also a word
CAPITAL |= {"transfiguration", "annunciation"}  # k14: also words (and church names)
# k15: a saint alone is also a town, a church or a hospital ("St Andrews", "St George's")
CAPITAL |= {"st andrews", "st patricks", "st georges", "st davids", "st stephens"}
CAPITAL |= {"st swithins", "st valentines"}
CAPITAL |= {"patricks day"}  # k20: a name
# k20: every word with a capital, since the first is also a name or a word ("Patrick's day off").
TITLED = frozenset({"patricks day"})
# A saint alone is a day only with the possessive's apostrophe ("St Andrew's"): "St Andrews"
# is the town (k15).
SAINTS = frozenset(n for n in FIXED if n.startswith("st ") and n.endswith("s") and " " not in n[3:])
# Words that may follow a bare ordinal day ("Fourth in ten years", "the Twelfth, and").
ORDINAL_FOLLOWERS = frozenset(
    "in and or so this that is was with at for but when too again every each weekend "
    "celebrations parade parades fireworks".split()
)
# A leap day's birthday told by how often it comes ("my birthday only comes every four
# years", "a birthday once every 4 years"): the date of birth when it is 29 February.
LEAP = re.compile(
    r"(?i)(?<![\w'\u2019])(?:(?:my|her|his|their|your)[ \t]+)?(?:birthday|b'?day)[ \t]+"
    r"(?:(?:only|really|actually)[ \t]+)?(?:(?:comes|happens|falls|is|comes[ \t]+(?:a)?round)"
    r"[ \t]+)?(?:(?:only|once)[ \t]+)?every[ \t]+(?:four|4)[ \t]+(?:years|yrs)(?!\w)"
)
NAMES = frozenset(FIXED) | frozenset(FROM_EASTER)
# A day Easter sets falls on the birthday only in the year of birth: "born on Easter
# Sunday" is a date of birth, "my birthday is at Easter this year" is not.
MOVABLE = frozenset(FROM_EASTER)


def leap_days(text: str, dob: datetime.date) -> list[tuple[int, int]]:
    """Spans of `LEAP` when the date of birth is 29 February."""
    if (dob.month, dob.day) != (2, 29) or "every" not in text.lower():
        return []
    return [m.span() for m in LEAP.finditer(text)]


def easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return datetime.date(year, month, day + 1)


@lru_cache(maxsize=64)
def feasts(dob: datetime.date) -> frozenset[str]:
    """The names (as `day_key`s) of the days in this module that the date of birth falls on."""
    on = (dob.month, dob.day)
    names = {name for name, days in FIXED.items() if on in days}
    sunday = easter(dob.year)
    names |= {n for n, k in FROM_EASTER.items() if sunday + datetime.timedelta(days=k) == dob}
    return frozenset(names)
