"""Ages written in another language, as notes quote them (a8).

A number of at most 110 and the word for years in French, Spanish, Portuguese, German,
Italian, Polish, Dutch or a Nordic language is an age when the language says so:

- a verb of having or being before it: "mi hijo tiene 12 años", "ha 34 anni", "ma 45
  lat", "tem 30 anos", "il a 8 ans", "ist 70 Jahre alt";
- "old" after it: "70 Jahre alt", "72 jaar oud", "40 år gammal";
- set off by commas or brackets after a person: "sa mère, 67 ans, vit seule", "zijn
  moeder (72 jaar)";
- "de" before it after a person's noun: "notre fille de 9 ans", "un chico de 15 años".

A span of time is the near miss: "il y a 3 ans", "depuis 10 ans", "seit 10 Jahren", "hace 20 años",
"desde hace 3 años", "10 anni fa", "od 5 lat", "30 ans de mariage", "20 años en España".

One pass over the tokens with a set lookup each: linear.
"""

from __future__ import annotations

from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, lowered, vocabulary

_YEARS = frozenset(
    "ans años anos año ano jahre jahren jahr anni anno lat lata roku jaar jaren år "
    "ár ar aastat vuotta "  # "ar": "år" as the normalised view writes it
    "godina godine godinu let rokov tahun saal sal лет года год років роки".split()  # a9
)
# Words that make the number before them an age wherever they stand (a9): "45 éves",
# "45 ya\u015f\u0131nda" (Turkish), "78 tuổi", "45 vjeç", "45 ετών".
_SELF = frozenset(
    "éves eves ya\u015f\u0131nda ya\u015finda yasinda ya\u015f\u0131ndaki ya\u015findaki "
    "yasindaki tuổi tuoi vjeç vjec "
    "ετών ετων".split()
)
_ANY_YEARS = _YEARS | _SELF
_HAVE = frozenset(
    "tiene tenía tenia tengo tienes tem tinha tenho ha aveva ho hai ma miał miała mam "
    "mial miala a avait ai as ist war bin bist wird wurde is was werd heeft har hade er fyller "
    "cumple cumplió cumplio compie compì fait "
    "ima je jest ему ей мне wieku umur usia edad idade età eta".split()  # a9
)
_OLD = frozenset(["alt", "oud", "gammal", "gammel", "vanha"])
_SINCE = frozenset(
    "depuis seit hace desde da od pendant durant durante während per voor sedan för fa ago".split()
)
_AFTER_SPAN = frozenset(["fa", "atrás", "atras", "ago", "geleden", "sedan", "siden", "temu"])
_AFTER_COUNT = frozenset(["de", "di", "en", "in", "im", "bei", "w", "na", "no", "a", "à"])
_PEOPLE = frozenset(
    "fille fils enfant garçon garcon femme homme mère père hijo hija niño niña chico chica mujer "
    "hombre madre padre filho filha menino menina figlio figlia bambino bambina donna uomo "
    "sohn tochter kind mutter vater frau mann syn córka dziecko zoon dochter moeder vader".split()
)
_MAX = 110
_REASON = "pattern: an age (a number and another language's word for years)"


def find_foreign_ages(toks: list[Tok]) -> list[Span]:
    """Ages with another language's word for years (see the module)."""
    if vocabulary(toks).isdisjoint(_ANY_YEARS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k in range(1, len(toks)) if lows[k] in _ANY_YEARS]:
        i = k - 1
        value = _foreign_value(lows, i)
        if value is None:
            continue
        i, number = value
        if not 0 < number <= _MAX or not (lows[k] in _SELF or _an_age(lows, i, k)):
            continue
        spans.append(Span(toks[i].start, toks[k].end, "age", "pattern", _REASON, f"age:{number}"))
    return spans


# Tens and units in Spanish, Portuguese, Italian and French (a9): "tiene setenta años",
# "treinta y cinco años", "quarenta e dois anos".
_TENS = {
    "veinte": 20, "vinte": 20, "venti": 20, "vingt": 20, "treinta": 30, "trinta": 30,
    "trenta": 30, "trente": 30, "cuarenta": 40, "quarenta": 40, "quaranta": 40,
    "quarante": 40, "cincuenta": 50, "cinquenta": 50, "cinquanta": 50, "cinquante": 50,
    "sesenta": 60, "sessenta": 60, "sessanta": 60, "soixante": 60, "setenta": 70,
    "settanta": 70, "ochenta": 80, "oitenta": 80, "ottanta": 80, "noventa": 90,
    "novanta": 90, "quince": 15, "quinze": 15, "dieciséis": 16, "dieciseis": 16,
    "dezesseis": 16, "sedici": 16, "seize": 16, "diecisiete": 17, "dieciocho": 18,
    "dezoito": 18, "diciotto": 18, "dix-huit": 18,
}  # fmt: skip
_UNITS = {
    "uno": 1, "un": 1, "um": 1, "dos": 2, "dois": 2, "due": 2, "deux": 2, "tres": 3,
    "três": 3, "tre": 3, "trois": 3, "cuatro": 4, "quatro": 4, "quattro": 4, "cinco": 5,
    "cinque": 5, "seis": 6, "sei": 6, "siete": 7, "sete": 7, "sette": 7, "sept": 7,
    "ocho": 8, "oito": 8, "otto": 8, "huit": 8, "nueve": 9, "nove": 9, "neuf": 9,
}  # fmt: skip


def _foreign_value(lows: list[str], i: int) -> tuple[int, int] | None:
    """(first token, value) of the number ending at token i: "45", "setenta", "treinta y
    cinco"; None when no number ends there."""
    word = lows[i]
    if word.isdecimal():
        return (i, int(word)) if len(word) <= 3 else None
    if word in _TENS:
        return i, _TENS[word]
    joined = i > 1 and lows[i - 1] in ("y", "e", "et") and lows[i - 2] in _TENS
    if word in _UNITS and joined:
        return i - 2, _TENS[lows[i - 2]] + _UNITS[word]
    return None


_SCRIPT_YEARS = ("\u5c81", "\u6b72", "\u6b73", "\uc0b4")  # 岁 歲 歳 살
_SCRIPT_REASON = "pattern: an age (digits and the word for years of age in another script)"


def find_script_ages(text: str) -> list[Span]:
    """ "她今年35岁", "35살": digits glued to a Chinese, Japanese or Korean word for years
    of age (a9). One pass from each such character back over its digits: linear."""
    spans: list[Span] = []
    for mark in _SCRIPT_YEARS:
        at = text.find(mark)
        while at != -1:
            start = at
            while start > 0 and at - start < 3 and text[start - 1].isdecimal():
                start -= 1
            if start < at and 0 < int(text[start:at]) <= _MAX:
                value = int(text[start:at])
                spans.append(Span(start, at + 1, "age", "pattern", _SCRIPT_REASON, f"age:{value}"))
            at = text.find(mark, at + 1)
    return spans


def _an_age(lows: list[str], i: int, k: int) -> bool:
    before = lows[i - 1] if i > 0 else ""
    prior = lows[i - 2] if i > 1 else ""
    after = lows[k + 1] if k + 1 < len(lows) else "."
    if before in _SINCE or prior in _SINCE or after in _AFTER_SPAN or (before, prior) == ("a", "y"):
        return False  # "depuis 10 ans", "desde hace 3 años", "10 anni fa", "il y a 3 ans"
    if before in _HAVE or after in _OLD:
        return True
    if before in ("de", "di", "van") and prior in _PEOPLE:
        return True  # "notre fille de 9 ans"
    set_off = before in (",", "(") and after in (",", ")", ";", ".")
    return set_off and after not in _AFTER_COUNT
