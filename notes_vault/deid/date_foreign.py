"""Dates written with a month in another language, as clients and letters write them (a7).

"el 31 de diciembre", "nació el 3 de marzo de 1990", "le 3 mars 2024", "am 3. März 2024",
"3 de março", "il 5 maggio", "15 listopada 2023", "op 3 maart": a day of 1 to 31, an
optional full stop and "de"/"di"/"du", then a month's name in Spanish, French, German,
Italian, Portuguese, Dutch or Polish (the genitive a date takes), and the year if one
follows ("de 1990", "2024"). A month's name alone is left (as English "in March" is), and
a name that is also an English word or name ("Mars", "Mayo", "Marco", "Julio") needs the
day before it: "the 3 Mars bars" has no "de" and "Mars" is capitalised mid-sentence, so
only "mars" in lower case after a day, or any after "de", is read.

One pass over the tokens with a set lookup each: linear.
"""

from __future__ import annotations

from notes_vault.deid.months_celtic import CELTIC_MONTHS
from notes_vault.deid.tokens import Tok, adjacent, lowered, vocabulary

_MONTHS = frozenset(
    # Spanish
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre "
    "noviembre diciembre "
    # French
    "janvier février fevrier mars avril mai juin juillet août aout octobre décembre "
    # German
    "januar jänner februar märz maerz juni juli oktober dezember "
    # Italian
    "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
    # Portuguese
    "janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro "
    # Dutch
    "januari februari maart mei augustus "
    # Polish, genitive
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września wrzesnia "
    "października pazdziernika listopada grudnia".split()
) | frozenset(CELTIC_MONTHS)  # round 14: Welsh, Irish
# Also English words or names: read only after "de"/"di" or in lower case after a day.
_ENGLISH_TOO = frozenset(
    ["mars", "mayo", "marco", "julio", "mai", "mei", "maja", "marca", "marta", "medi"]
)
_LINKS = frozenset(["de", "di", "du", "del"])
_REASON = "a day and a month in another language ('31 de diciembre', '3 mars')"


def find_foreign_dates(toks: list[Tok]) -> list[tuple[int, int, str]]:
    """(start, end, cue) of each date with a month's name in another language."""
    vocab = vocabulary(toks)
    if vocab.isdisjoint(_MONTHS):
        return []
    lows = lowered(toks)
    found: list[tuple[int, int, str]] = []
    for i in [i for i, low in enumerate(lows) if low in _MONTHS and i > 0]:
        k = i - 1
        linked = lows[k] in _LINKS
        if linked:
            k -= 1
        if k >= 0 and lows[k] == "." and k > 0 and adjacent(toks[k - 1], toks[k]):
            k -= 1  # "am 3. März"
        if k < 0 or not lows[k].isdecimal() or not 1 <= int(lows[k]) <= 31 or len(lows[k]) > 2:
            continue
        if lows[i] in _ENGLISH_TOO and not linked and not toks[i].text.islower():
            continue  # "3 Mars bars", "2 Marco Polo"
        end = i
        j = i + 1 + (i + 1 < len(toks) and lows[i + 1] in _LINKS)
        if (
            j < len(toks)
            and len(lows[j]) == 4
            and lows[j].isdecimal()
            and lows[j][:2] in ("19", "20")
        ):
            end = j
        found.append((toks[k].start, toks[end].end, _REASON))
    return found
