"""Street addresses in other countries' shapes, and the town line of an address block
(layer "context"), beside addresses.py.

- A street word that comes first ("Rue", "Via", "Calle", "Rua", "Avenida",
  "Piazza", "ul."): "45 Rue Sainte-Catherine", "Via Roma 131", "Avenida Pedro
  Ulisses 888". The capitalised words after it, a house number before or after.
- A one-word street whose ending is a street word of its language
  ("Søndergade", "Magasinsgatan", "Laukaantie", "Brixtonlaan", "Hauptstraße")
  followed by a house number: "Søndergade 52", "Harjukuja 54"; the number
  before it too ("5049 Harjukuja 54").
- A town after a street and a comma ("Harjukuja 54, SEINÄJOKI", "Main St,
  Springfield"), and a postcode after a country at a line's end ("Finland
  80896", "Portugal 30971").
- The town line of an address block: a line of one to three capitalised words
  (any case) right after a line ending in a street or unit ("Apt. 735",
  "Suite 318", "12 Acacia Avenue"): "Apt. 735\\nDOLE\\nFrance 35910".

Token lookups a few tokens after each street word and one line after each unit:
linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok, near

_PREFIXES = frozenset(
    "Rue Via Viale Calle Avenida Av Rua Chemin Strada Piazza Corso Paseo Carrer Plaza Ul "
    "ul Ulica ulica Travessa Largo Praça Rambla Camino Carretera Boulevard Avenue".split()
)
_ENDINGS = (
    "straße", "strasse", "gasse", "weg", "gade", "gatan", "gata", "vej", "veien", "vegen",
    "katu", "tie", "kuja", "laan", "straat", "plein", "allee", "stræde", "vägen", "väg",
    "utca", "ulice", "cesta",
)  # fmt: skip
_TAILS = frozenset(ending[-3:] for ending in _ENDINGS)  # a cheap first test
_UNIT_FORMS = frozenset(
    form
    for word in "apt apartment suite ste unit flat box".split()
    for form in (word, word.title(), word.upper())
)
_MAX_RUN = 4


def find_street_forms(text: str, toks: list[Tok]) -> list[Span]:
    """Foreign street shapes, the town line after a street or unit line, a town after a
    street's comma and a postcode after a country (see the module). One pass."""
    countries = lexicon.countries()
    spans: list[Span] = []
    for i, tok in enumerate(toks):
        word = tok.text
        found = None
        if word in _PREFIXES and i + 1 < len(toks) and not _shouted(text, tok):
            found = _prefixed_street(text, toks, i)
        elif word[-3:] in _TAILS and word.endswith(_ENDINGS) and word[:1].isupper():
            found = _suffixed_street(text, toks, i)
        elif word == "," and 0 < i < len(toks) - 1 and _street_end(toks, i - 1):
            found = _town_after_comma(text, toks, i)
        elif word in countries and _postcode(text, toks, i + 1):
            reason = "a postcode after a country at a line's end"
            found = _span(toks, i + 1, _postcode_end(toks, i + 1), "postcode", reason)
        if found is not None:
            spans.append(found)
        if word in lexicon.STREET_SUFFIXES or word in _UNIT_FORMS:
            line = _town_line(text, toks, i)
            spans += [line] if line is not None else []
    return spans


def _span(toks: list[Tok], first: int, last: int, category: str, reason: str) -> Span:
    key = fold(" ".join(t.text for t in toks[first : last + 1] if t.text not in ",.-"))
    return Span(toks[first].start, toks[last].end, category, "context", f"context: {reason}", key)


def _number(word: str) -> bool:
    return word[:1].isdecimal() and len(word) <= 5 and word[:-1].isdecimal()


def _prefixed_street(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "Via Roma 131", "45 Rue Sainte-Catherine", "ul. Chrzanowska 61"."""
    j = i + 2 if toks[i + 1].text == "." and i + 2 < len(toks) else i + 1
    if j >= len(toks) or not near(text, toks[j - 1], toks[j]):
        return None
    last = j - 1
    k = j
    while k < len(toks) and k - j < _MAX_RUN * 2 and near(text, toks[k - 1], toks[k]):
        word = toks[k].text
        if word[:1].isupper() and word.isalpha() and word not in lexicon.NOT_NAMES:
            last = k
        elif not (word in ("-", "de", "da", "do", "des", "del", "della", "di") and k > j):
            break
        k += 1
    if last < j:
        return None
    if last + 1 < len(toks) and _number(toks[last + 1].text):
        last += 1
    first = i - 1 if i > 0 and _number(toks[i - 1].text) else i
    if first == i and last == k - 1 and not _number(toks[last].text):
        return None  # "Avenue Q", "Plaza Hotel": a house number says it is an address
    return _span(toks, first, last, "address", f"a street after '{toks[i].text}'")


def _suffixed_street(text: str, toks: list[Tok], i: int) -> Span | None:
    """ "Søndergade 52", "5049 Harjukuja 54": a street word ending and a house number."""
    if i + 1 >= len(toks) or not _number(toks[i + 1].text) or len(toks[i].text) < 6:
        return None
    if not near(text, toks[i], toks[i + 1]):
        return None
    first = i - 1 if i > 0 and _number(toks[i - 1].text) else i
    reason = "a street word of another language and a house number"
    return _span(toks, first, i + 1, "address", reason)


def _town_line(text: str, toks: list[Tok], i: int) -> Span | None:
    """The line of one to three capitalised words after the street word at i, or after
    the number of the unit word at i ("Apt. 735"), when that ends its line."""
    k = i
    if toks[i].text in _UNIT_FORMS:
        k = i + 2 if i + 2 < len(toks) and toks[i + 1].text == "." else i + 1
        if k >= len(toks) or not any(c.isdecimal() for c in toks[k].text):
            return None
    if k + 1 >= len(toks) or "\n" not in text[toks[k].end : toks[k + 1].start]:
        return None
    last = _line_end(text, toks, k + 1)
    words = [t.text for t in toks[k + 1 : last + 1]]
    if 1 <= len(words) <= 3 and all(_town_word(w) for w in words):
        return _span(toks, k + 1, last, "place", "a town's line after a street line")
    return None


def _line_end(text: str, toks: list[Tok], i: int) -> int:
    """The last token on token i's line (at most four tokens on: a town's line is short)."""
    j = i
    while j + 1 < len(toks) and j - i < 4 and "\n" not in text[toks[j].end : toks[j + 1].start]:
        j += 1
    return j


def _town_word(word: str) -> bool:
    """A capitalised or ALL-CAPS word that is no heading, or a hyphen between two."""
    if word == "-":
        return True
    return word[:1].isupper() and word.isalpha() and word.title() not in lexicon.NOT_NAMES


def _town_after_comma(text: str, toks: list[Tok], i: int) -> Span | None:
    """A town after a street and the comma at i ("Harjukuja 54, SEINÄJOKI")."""
    last = i
    while last + 1 < len(toks) and last - i < 3 and _town_word(toks[last + 1].text):
        if not near(text, toks[last], toks[last + 1]) and last > i:
            break
        last += 1
    short = last == i + 1 and len(toks[last].text) <= 2  # "IL", "ON": a state
    if last > i and not short and _town_ends(text, toks, i + 1, last):
        return _span(toks, i + 1, last, "place", "a town after a street and ','")
    return None


def _shouted(text: str, tok: Tok) -> bool:
    """Written in capitals (title-cased in a line of capitals' view): "VIA NHS 24"."""
    return text[tok.start : tok.end].isupper()


def _town_ends(text: str, toks: list[Tok], first: int, last: int) -> bool:
    """The town's words end their clause and are no language, credential or abbreviation
    ("Stockton St, Cantonese only" and "Castellano-Pike, LCSW" are no towns)."""
    words = [t.text for t in toks[first : last + 1]]
    if any(w in lexicon.proper_words() or w.lower() in lexicon.CREDENTIALS for w in words):
        return False
    if any(w in lexicon.ABBREVIATIONS for w in words):
        return False
    if last + 1 >= len(toks) or "\n" in text[toks[last].end : toks[last + 1].start]:
        return True
    return toks[last + 1].text in (",", ".", ";", ")")


def _street_end(toks: list[Tok], k: int) -> bool:
    """Token k ends a street: a street word, or a house number after a street word of
    another language ("Harjukuja 54")."""
    word = toks[k].text
    if word in lexicon.STREET_SUFFIXES:
        return k > 0 and toks[k - 1].text != "-"  # not "Castellano-Pike"
    return _number(word) and k > 0 and toks[k - 1].text.lower().endswith(_ENDINGS)


def _postcode(text: str, toks: list[Tok], j: int) -> bool:
    """Four to six digits (a dash and more digits allowed) ending the line at token j."""
    if j >= len(toks) or not toks[j].text.isdecimal() or not 4 <= len(toks[j].text) <= 6:
        return False
    end = _postcode_end(toks, j)
    return end + 1 >= len(toks) or "\n" in text[toks[end].end : toks[end + 1].start]


def _postcode_end(toks: list[Tok], j: int) -> int:
    dashed = j + 2 < len(toks) and toks[j + 1].text == "-" and toks[j + 2].text.isdecimal()
    return j + 2 if dashed else j
