"""ID-like numbers, ZIP and postal codes, and vehicle plates (layer "pattern").

Every shape is a whole word of bounded length (constant work per position),
and every cue is a token lookup, so the scan is linear in the text. Numbers
with a check digit are taken only when it holds: payment cards (Luhn) and
IBANs (ISO 13616 mod 97). Record, insurance, licence and similar numbers are
taken after a cue word ("MRN", "policy", "member ID", "#"), or when they are
long enough (7+ digits, or letters and 4+ digits) to be nothing else.
"""

from __future__ import annotations

import re

from notes_vault.deid import lexicon
from notes_vault.deid.date_extras import WEEKDAYS
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok, adjacent, lowered, near

_SSN = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1\d{4}(?![\w-])")
_CARD = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")  # bounded: constant per position
_IBAN = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?!\w)")
_CANADA = re.compile(r"(?<!\w)[A-Z]\d[A-Z] ?\d[A-Z]\d(?!\w)")
_EIRCODE = re.compile(r"(?<!\w)(?:[AC-FHKNPRTV-Y]\d\d|D6W) ?[AC-FHKNPRTV-Y\d]{4}(?!\w)")
_PLATES = re.compile(
    r"(?<![\w-])(?:\d{2,3}-[A-Z]{1,2}-\d{1,6}"  # Ireland: 191-D-12345
    r"|[A-Z]{2}-\d{3}-[A-Z]{2}"  # France: AB-123-CD
    r"|[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{2,4}[EH]?)(?![\w-]|\.\d)"  # Germany: B-MW 1234
)
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
AU_STATES = frozenset("NSW VIC QLD TAS ACT NT WA SA".split())
# Words after which the next number-like word is an identifier of some record.
ID_CUES = frozenset(
    "mrn mr ssn sin nin id ids no num number nos policy member insurance insurer account acct "
    "licence license dl passport medicare medicaid npi dea case ref reference claim chart "
    "record records patient pt hospital nhi ihi ppsn chi hcn group subscriber rx payroll "
    "employee staff code auth authorisation authorization uci crn cin badge lic receipt "
    "invoice confirmation incident crime job voucher tracking transaction encounter "
    # other languages' labels (a7): German, French, Spanish, Portuguese, Italian, Dutch...
    "aktenzeichen az fallnummer kundennummer versichertennummer dossier numero numéro "
    "número caso expediente aadhaar pesel bsn dni nie nif cpf curp rut nir "
    "personnummer cpr "
    # a9: police, court and custody numbers
    "cro pnc inmate booking docket prisoner offender warrant housing "
    # r15: a police log, a Datix incident, an officer's PID, references in the plural
    "log datix pid refs".split()
)
# Psychotherapy, psychiatry and testing billing codes (CPT): a superbill's or a log's number,
# never a ZIP or a phone unless a state or a ZIP label says so (a7).
CPT_CODES = frozenset(
    "90785 90791 90792 90832 90833 90834 90836 90837 90838 90839 90840 90845 90846 90847 "
    "90849 90853 90863 90870 90880 90882 90887 96116 96121 96130 96131 96132 96133 96136 "
    "96137 96138 96139 96146 96156 96158 96159 96164 96165 96167 96168 99202 99203 99204 "
    "99205 99211 99212 99213 99214 99215 99354 99355 99366 99368 99484 99492 99493 "
    "99494".split()
)
_PLATE_CUES = frozenset("plate plates reg registration tag tags numberplate".split())
_SECTION = re.compile(r"[sS]\d{1,3}[A-Za-z]?")
_EMERGENCY = frozenset(["112", "999", "911", "111", "988", "000", "101", "116 123"])
_GLUE = frozenset(
    [":", "#", "-", "=", "is", "of", "number", "no", "num", "id", ".", '"', "\u201c", "partial"]
)


def find_ids(text: str, toks: list[Tok]) -> list[Span]:
    """SSN-like, card, IBAN and cued or long record numbers."""
    spans = [
        _span(m.start(), m.end(), "an SSN-like number (3-2-4 digits)") for m in _SSN.finditer(text)
    ]
    for m in _CARD.finditer(text):
        digits = [int(c) for c in m.group() if c.isdecimal()]
        if luhn_valid(digits):
            spans.append(_span(m.start(), m.end(), "a card number (Luhn check digit valid)"))
    for m in _IBAN.finditer(text):
        if iban_valid(m.group()):
            spans.append(_span(m.start(), m.end(), "an IBAN (mod-97 check valid)"))
    return spans + _cued(text, toks) + _long(toks)


def _span(start: int, end: int, cue: str, category: str = "id_number") -> Span:
    return Span(start, end, category, "pattern", f"pattern: {cue}", category)


def luhn_valid(digits: list[int]) -> bool:
    """The Luhn check of payment card numbers (13 to 19 digits)."""
    if not 13 <= len(digits) <= 19:
        return False
    total = 0
    for k, d in enumerate(reversed(digits)):
        total += d if k % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
    return total % 10 == 0


def iban_valid(raw: str) -> bool:
    """ISO 13616: move the first four characters to the end; the number mod 97 is 1."""
    code = raw.replace(" ", "")
    moved = code[4:] + code[:4]
    number = "".join(str(int(c, 36)) for c in moved)
    return len(code) >= 15 and int(number) % 97 == 1


def _has_digits(word: str, least: int) -> bool:
    return sum(c.isdecimal() for c in word) >= least


def _id_run(text: str, toks: list[Tok], i: int) -> int:
    """How many tokens from i form one identifier ("1234-567-89", "AB 12 34 56 C")."""
    j = i + 1
    while j < len(toks) and j - i < 9:
        tok = toks[j]
        glued = tok.text in "-/." and j + 1 < len(toks) and adjacent(toks[j - 1], tok)
        if glued and adjacent(tok, toks[j + 1]) and toks[j + 1].text.isalnum():
            j += 2
            continue
        clock = j + 1 < len(toks) and toks[j + 1].text == ":" and adjacent(tok, toks[j + 1])
        if clock:
            break  # "pt 12/1 15:10": the hour of a time is no part of the number (a8)
        if tok.text.isalnum() and near(text, toks[j - 1], tok) and _has_digits(tok.text, 1):
            j += 1
            continue
        break
    return j - i


def _glue_end(toks: list[Tok], lows: list[str], i: int) -> int:
    """The token after the cue at i and its glue (":", "#", "no.", a short aside in words)."""
    j = i + 1
    while j < len(toks) and j - i <= 3 and lows[j] in _GLUE:
        j += 1
    if lows[i] in ID_CUES and j < len(toks) and lows[j] == "(":
        j = _past_aside(toks, lows, j)  # "Candidate no. (exams): 4271" (a8)
        while j < len(toks) and lows[j] in (":", "#", "="):
            j += 1
    return j


def _past_aside(toks: list[Tok], lows: list[str], j: int) -> int:
    """The token after a short aside in words opened at j ("(exams)"), or j if there is none."""
    for k in range(j + 1, min(len(toks), j + 5)):
        if lows[k] == ")":
            return k + 1
        if not lows[k].isalpha():
            return j
    return j


def _cued(text: str, toks: list[Tok]) -> list[Span]:
    """A number-like word within three tokens after an ID cue ("MRN: 00482913")."""
    spans: list[Span] = []
    lows = lowered(toks)
    for i, tok in enumerate(toks):
        cue = lows[i]
        acronym = (
            tok.text.isupper()
            and tok.text.isalpha()
            and 2 <= len(tok.text) <= 5
            and tok.text not in lexicon.ABBREVIATIONS
            and cue not in lexicon.common_words()
        )
        if cue not in ID_CUES and cue not in _PLATE_CUES and tok.text != "#" and not acronym:
            continue
        j = _glue_end(toks, lows, i)
        if j >= len(toks) or not toks[j].text.isalnum() or "\n" in text[tok.end : toks[j].start]:
            continue  # "immigration case.\n\nPHQ-9 13": the cue ended its line
        timed = (
            j + 2 < len(toks) and toks[j + 1].text in (":", "/") and adjacent(toks[j], toks[j + 1])
        )
        # "04/12", "14:02" are a date or a time; "118220/14H", "14/227193X" are one number (a9)
        timed = timed and toks[j + 2].text.isdecimal() and len(toks[j + 2].text) <= 4
        timed = timed and toks[j].text.isdecimal() and len(toks[j].text) <= 4
        if acronym and (timed or cue in WEEKDAYS):
            continue  # "PCMIS 04/12 14:02", "TUES 15/12": a date or a time, not a record
        word = toks[j].text
        if (
            word.isupper()
            and word.isalpha()
            and j + 1 < len(toks)
            and _has_digits(toks[j + 1].text, 3)
        ):
            j += 1  # "ref CAD 4471/02NOV": a scheme's letters, then the number
            word = toks[j].text
        joined = j + 1 < len(toks) and toks[j + 1].text in "-/" and adjacent(toks[j], toks[j + 1])
        if not (_has_digits(word, 1) or joined or cue in _PLATE_CUES):
            continue  # "MARIA MRN 0049": the number belongs to the next cue
        used = _id_run(text, toks, j)
        end = toks[j + used - 1].end
        if cue in _PLATE_CUES:
            plate = text[toks[j].start : end]
            if _has_digits(plate, 1) and len(plate) <= 10 and (word.isupper() or word.isdecimal()):
                spans.append(_span(toks[j].start, end, f"a plate after '{tok.text}'", "vehicle"))
        elif text[toks[j].start : end] in _EMERGENCY or (_SECTION.fullmatch(word) and used == 1):
            continue  # "number 112": a service's number; "no s136 needed": an Act's section (a7)
        elif cue == "log" and _counted(toks, j + used):
            continue  # r15: "food log 1200 kcal", "step log 9000 steps": a count
        elif _has_digits(text[toks[j].start : end], 5 if acronym and cue not in ID_CUES else 3):
            said = f"'{tok.text}'" if cue in ID_CUES or tok.text == "#" else "an unknown acronym"
            spans.append(_span(toks[j].start, end, f"a number after {said}"))
    return spans


_LOG_UNITS = frozenset("kcal cal cals calories steps mins minutes hours hrs mg ml units".split())


def _counted(toks: list[Tok], k: int) -> bool:
    """A unit at k: the number before it counts something ("food log 1200 kcal")."""
    return k < len(toks) and toks[k].text.lower() in _LOG_UNITS


def _long(toks: list[Tok]) -> list[Span]:
    """A word of 7+ digits, or of letters and 4+ digits (6+ long): a record number."""
    spans: list[Span] = []
    for tok in toks:
        word = tok.text
        if len(word) < 6 or word.isalpha() or not word.isalnum() or not word.isascii():
            continue
        digits = sum(c.isdecimal() for c in word)
        if (word.isdecimal() and digits >= 7) or (
            not word.isdecimal() and digits >= 4 and len(word) >= 6 and not word.isalpha()
        ):
            if _ordinal_or_unit(word):
                continue
            spans.append(_span(tok.start, tok.end, "a long number or letters-and-digits code"))
    return spans


def _ordinal_or_unit(word: str) -> bool:
    """Digits then a unit or ordinal ("1000mg", "2019th") are no identifier."""
    tail = word.lstrip("0123456789").lower()
    return word[:1].isdecimal() and tail in (
        "mg",
        "ml",
        "mcg",
        "kg",
        "st",
        "nd",
        "rd",
        "th",
        "s",
        "pm",
        "am",
    )


_ROAD = re.compile(r"[AMB]\d{1,4}")
_JUNCTION = re.compile(r"J\d{1,2}")
_ROAD_CUES = frozenset(
    "the on off of via near onto along down up avoid avoids avoiding avoidance rta rtc "
    "crash collision junction towards".split()
)


def _roads(toks: list[Tok]) -> list[Span]:
    """UK road numbers after a road cue ("on the A34", "avoidance of M4 J33")."""
    spans: list[Span] = []
    for i, tok in enumerate(toks[1:], start=1):
        if tok.text[0] not in "AMB" or not _ROAD.fullmatch(tok.text):
            continue  # the first test spares a regex call on almost every word
        if toks[i - 1].text.lower() not in _ROAD_CUES:
            continue
        if i + 1 < len(toks) and toks[i + 1].text.lower() in _PAPER:
            continue  # "printed on A4 paper" (round 16)
        end = tok.end
        if i + 1 < len(toks) and _JUNCTION.fullmatch(toks[i + 1].text):
            end = toks[i + 1].end
        cue = f"pattern: a road number after '{toks[i - 1].text}'"
        spans.append(Span(tok.start, end, "place", "pattern", cue, tok.text.lower()))
    return spans + _us_roads(toks)


_US_ROADS = frozenset(["Route", "Rte", "Highway", "Hwy", "Interstate", "SR", "US", "I", "i"])
_PAPER = frozenset("paper size sized sheet sheets envelope envelopes page pages format".split())
# An immigration form, not a road: "her I-94 expired", "per I-94", "Form I-360" (round 16).
_FORM_BEFORE = frozenset("form per her his my their your its copy uscis".split())
_FORM_AFTER = frozenset(
    "expired expires expiry record records form card number no # listed lists says shows "
    "date receipt notice approval approved filed pending".split()
)


def _us_roads(toks: list[Tok]) -> list[Span]:
    """US road numbers: "Route 191", "Hwy 12", "Interstate 5", "I-5", "US-1"."""
    spans: list[Span] = []
    for i, tok in enumerate(toks[:-1]):
        if tok.text not in _US_ROADS:
            continue
        k = i + 1
        if toks[k].text == "-" and k + 1 < len(toks) and toks[k].start == tok.end:
            k += 1
        elif tok.text in ("I", "US", "i"):
            continue  # "I 5" is no road; "I-5" is, and "i-15" typed in lower case (round 18)
        number = toks[k]
        if not (number.text.isdecimal() and len(number.text) <= 3 and near_enough(tok, number)):
            continue
        if tok.text in ("I", "i") and _form(toks, i, k):
            continue
        cue = f"pattern: a road number after '{tok.text}'"
        key = f"{tok.text.lower()} {number.text}"
        spans.append(Span(tok.start, number.end, "place", "pattern", cue, key))
    return spans


def _form(toks: list[Tok], i: int, k: int) -> bool:
    """ "I-94" as an immigration form: a word for a document before or after it."""
    before = toks[i - 1].text.lower() if i > 0 else ""
    after = toks[k + 1].text.lower() if k + 1 < len(toks) else ""
    return before in _FORM_BEFORE or after in _FORM_AFTER


def near_enough(first: Tok, last: Tok) -> bool:
    """At most one character (a space or a dash) between the two tokens."""
    return last.start - first.end <= 2


def _street_end(word: str) -> bool:
    """A street word or a direction closing a street line ("Lomas Blvd NW, 87102")."""
    return word in lexicon.STREET_SUFFIXES or word in ("NW", "NE", "SW", "SE", "N", "S", "E", "W")


# Editions of a questionnaire written after its name: "BDI-II 21", "IES-R 38", "PCL-C 44".
_EDITIONS = frozenset("I II III IV V R C S SF TR A".split())


def _scale_name(plate: str) -> bool:
    """A German plate's shape that is a questionnaire and its score ("BDI-II 21")."""
    head, _, rest = plate.partition("-")
    scale = head + "-" + rest.split(" ")[0] in _SCALES  # "HAM-D 24", "CGI-S 4" (a7)
    return scale or head in lexicon.ABBREVIATIONS or rest.split(" ")[0] in _EDITIONS


_SCALES = frozenset("HAM-D HAM-A CGI-S CGI-I PCL-C PCL-M PCL-S CDI-S BPRS-E SCID-D".split())


def find_codes(text: str, toks: list[Tok]) -> list[Span]:
    """US ZIP codes, Canadian, Irish and Australian postcodes, and vehicle plates."""
    spans = [
        _span(m.start(), m.end(), "a Canadian postal code", "postcode")
        for m in _CANADA.finditer(text)
    ]
    spans += [
        _span(m.start(), m.end(), "an Irish Eircode", "postcode") for m in _EIRCODE.finditer(text)
    ]
    spans += [
        _span(m.start(), m.end(), "a vehicle plate (IE/FR/DE)", "vehicle")
        for m in _PLATES.finditer(text)
        if not _scale_name(m.group())
    ]
    spans += _roads(toks)
    for i, tok in enumerate(toks[1:], start=1):
        word, prev = tok.text, toks[i - 1].text
        if word in CPT_CODES and prev not in US_STATES and prev.lower() not in ("zip", "code"):
            continue  # "H. Baker  90834": a psychotherapy billing code, not a ZIP (a7)
        if (
            word.isdecimal()
            and len(word) == 5
            and (
                prev in US_STATES
                or prev.lower() in ("zip", "zipcode", "code")
                or prev in lexicon.STREET_SUFFIXES
                or (prev == "," and word[0] == "0")
                or prev in lexicon.places()
                or (prev == "," and i > 1 and _street_end(toks[i - 2].text))
            )
        ):
            end = tok.end
            if (
                i + 2 < len(toks)
                and toks[i + 1].text == "-"
                and len(toks[i + 2].text) == 4
                and toks[i + 2].text.isdecimal()
            ):
                end = toks[i + 2].end
            spans.append(
                _span(tok.start, end, "a ZIP code after a state, town, street or 'ZIP'", "zip")
            )
        elif word.isdecimal() and len(word) == 4 and prev in AU_STATES:
            spans.append(
                _span(tok.start, tok.end, f"an Australian postcode after '{prev}'", "postcode")
            )
    return spans
