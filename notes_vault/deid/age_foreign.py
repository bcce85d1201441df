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
    "ár ar aastat vuotta".split()  # "ar": "år" as the normalised view writes it
)
_HAVE = frozenset(
    "tiene tenía tenia tengo tienes tem tinha tenho ha aveva ho hai ma miał miała mam "
    "mial miala a avait ai as ist war bin bist wird wurde is was werd heeft har hade er fyller "
    "cumple cumplió cumplio compie compì fait".split()
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
    if vocabulary(toks).isdisjoint(_YEARS):
        return []
    lows = lowered(toks)
    spans: list[Span] = []
    for k in [k for k in range(1, len(toks)) if lows[k] in _YEARS and lows[k - 1].isdecimal()]:
        i = k - 1
        if len(lows[i]) > 3 or not 0 < int(lows[i]) <= _MAX or not _an_age(lows, i, k):
            continue
        spans.append(Span(toks[i].start, toks[k].end, "age", "pattern", _REASON, f"age:{lows[i]}"))
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
