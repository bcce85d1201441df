"""Layer "pattern": identifiers recognisable by their shape alone.

Every finder is a linear scan: character-class runs with a single quantifier,
`str.find` loops, token lookups, or whole-word shapes of bounded length. None
uses a regex with nested quantifiers or an unbounded overlapping pair, so no
input can make one backtrack more than a constant amount per position.
"""

from __future__ import annotations

import ipaddress
import re

from notes_vault.deid import lexicon
from notes_vault.deid.age_appositives import find_appositive_ages
from notes_vault.deid.age_asides import find_aside_ages
from notes_vault.deid.age_assessed import find_assessed_ages
from notes_vault.deid.age_at import find_at_ages
from notes_vault.deid.age_at_words import find_at_word_ages  # round 22 (a22)
from notes_vault.deid.age_baby_names import find_named_baby_ages
from notes_vault.deid.age_birthdays import find_birthday_counts
from notes_vault.deid.age_both import find_both_ages
from notes_vault.deid.age_clauses import find_clause_ages, find_labelled_ages
from notes_vault.deid.age_columns import find_column_ages
from notes_vault.deid.age_decades import find_decades
from notes_vault.deid.age_dictated import find_dictated_ages
from notes_vault.deid.age_dob import find_dob_ages
from notes_vault.deid.age_foreign import find_foreign_ages, find_script_ages
from notes_vault.deid.age_forms import (
    find_line_ages,
    find_ordinal_ages,
    find_school_years,
    find_small_ages,
)
from notes_vault.deid.age_grades import find_grade_ages
from notes_vault.deid.age_happened import find_happened_ages
from notes_vault.deid.age_infants import find_infant_ages
from notes_vault.deid.age_kid_brackets import find_bracketed_kid_ages
from notes_vault.deid.age_kids import find_kid_ages
from notes_vault.deid.age_kin import find_kin_ages
from notes_vault.deid.age_life import find_life_ages
from notes_vault.deid.age_marks import find_marked_ages
from notes_vault.deid.age_now import find_now_ages  # round 22 (a22)
from notes_vault.deid.age_openers import find_opening_ages
from notes_vault.deid.age_pt import find_pt_ages  # round 22 (a22)
from notes_vault.deid.age_reach import find_reach_ages
from notes_vault.deid.age_school import find_more_school_years
from notes_vault.deid.age_self import find_self_ages, find_worded_ages
from notes_vault.deid.age_sex import find_sex_ages
from notes_vault.deid.age_shorthand import find_shorthand_ages
from notes_vault.deid.age_spans import find_span_ages
from notes_vault.deid.age_speech import find_speech_ages
from notes_vault.deid.age_tables import find_table_ages
from notes_vault.deid.age_turning import find_turning_ages
from notes_vault.deid.age_window import find_be_ages, find_listed_ages, find_reached_ages
from notes_vault.deid.ages import find_ages
from notes_vault.deid.date_bare import find_bare_dates
from notes_vault.deid.date_clock import clock_times
from notes_vault.deid.date_dotted import find_dotted_dates
from notes_vault.deid.date_extras import find_more_dates
from notes_vault.deid.date_foreign import find_foreign_dates
from notes_vault.deid.date_lists import find_listed_days
from notes_vault.deid.date_parts import find_month_parts
from notes_vault.deid.date_spoken import find_spoken_years
from notes_vault.deid.date_statutes import is_statute_year
from notes_vault.deid.date_week_commencing import find_week_commencing  # round 22 (a22)
from notes_vault.deid.dates import find_dates, find_loose_dates
from notes_vault.deid.event_ages import find_event_ages, find_quoted_ages
from notes_vault.deid.handles import find_handles
from notes_vault.deid.id_codes import find_id_codes
from notes_vault.deid.id_collars import find_collar_numbers
from notes_vault.deid.labelled_numbers import find_labelled_numbers
from notes_vault.deid.model import Span
from notes_vault.deid.number_tails import find_number_tails
from notes_vault.deid.numbers import find_codes, find_ids
from notes_vault.deid.org_quoted import find_quoted_names
from notes_vault.deid.person_ages import find_header_ages
from notes_vault.deid.phone_pairs import find_paired_phones
from notes_vault.deid.phones import find_numbers, nhs_valid
from notes_vault.deid.place_road_codes import find_road_codes  # round 23 (u23)
from notes_vault.deid.place_sites import find_noun_sites
from notes_vault.deid.plates_bracketed import find_bracketed_plates  # round 22 (a22)
from notes_vault.deid.plates_cued import find_cued_plates
from notes_vault.deid.said_dates import find_said
from notes_vault.deid.said_phones import find_said_phones
from notes_vault.deid.tokens import Tok

_HEX_RUN = re.compile(r"[0-9A-Fa-f:.]+")
# Whole-word shapes of bounded length (at most 17 characters), each a fixed
# sequence of classes: constant work per start position, linear in the text.
# (?<!\w) and (?!\w) make a match start and end where a token would.
_POSTCODE = re.compile(
    r"(?<!\w)[A-Za-z]{1,2}\d[A-Za-z\d]?(?:\d|[ \t]\d)[A-Za-z]{2}(?!\w)"
)  # "SW1A1AA" or "SW1A 1AA"
_NI = re.compile(r"(?<!\w)[A-Za-z][ \t]?[A-Za-z](?:[ \t]?\d){6}[ \t]?[A-Da-d](?!\w)")
_PLATE = re.compile(
    r"(?<!\w)(?:[A-Z]{2}\d{2}[ \t]?[A-Z]{3}"  # AB12 CDE (2001 on)
    r"|[A-Z]\d{1,3}[ \t][A-Z]{3}"  # A123 BCD (prefix)
    r"|[A-Z]{3}[ \t]\d{1,3}[A-Z])(?!\w)"  # ABC 123D (suffix)
)
_EMAIL_LOCAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
_EMAIL_DOMAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_URL_END = frozenset(" \t\r\n<>\"'")


def find_all(text: str, toks: list[Tok]) -> list[Span]:
    """Every pattern hit in `text` (overlaps are settled by the engine)."""
    # Order matters between spans of equal length: the engine keeps the first listed.
    spans = find_codes(text, toks) + find_ids(text, toks)
    spans += find_numbers(text) + _emails(text) + _urls(text) + _ips(text) + _bare_urls(text)
    spans += find_number_tails(text) + find_labelled_numbers(text) + find_id_codes(text)
    spans += find_said_phones(toks) + find_paired_phones(text) + find_collar_numbers(text)  # u11
    spans += _postcodes(text) + _ni_numbers(text) + _plates(text) + find_cued_plates(text, toks)
    spans += find_ages(toks) + find_decades(toks) + find_ordinal_ages(toks) + _years(text, toks)
    spans += find_small_ages(toks) + find_line_ages(text, toks) + find_school_years(toks)
    spans += find_reached_ages(toks) + find_be_ages(toks) + find_header_ages(text, toks)
    spans += find_listed_ages(text, toks, spans) + find_event_ages(toks) + find_quoted_ages(toks)
    spans += (
        find_self_ages(toks)
        + find_worded_ages(toks)
        + find_opening_ages(text, toks)
        + find_more_school_years(toks)
        + find_grade_ages(text, toks)  # round 11 (lead)
        + find_sex_ages(text, toks)
        + find_span_ages(toks)
        + find_table_ages(text)
        + find_column_ages(text)
        + find_dictated_ages(toks)
        + find_aside_ages(text, toks)
        + find_speech_ages(toks)
        + find_at_ages(toks)
        + find_kid_ages(text, toks)
        + find_bracketed_kid_ages(toks)  # round 20 (u20)
        + find_kin_ages(text, toks)
        + find_marked_ages(text, toks)
        + find_shorthand_ages(toks)
        + find_foreign_ages(toks)
        + find_script_ages(text)
        + find_life_ages(text, toks)
        + find_clause_ages(text, toks)
        + find_labelled_ages(text, toks)
        + find_infant_ages(toks)
        + find_named_baby_ages(toks)  # round 20 (u20)
        + find_reach_ages(toks)
        + find_dob_ages(text)
        + find_happened_ages(toks, text)  # round 13 (a13), lines: a15
        + _text_ages(text)  # round 15 (a15), round 17 (lead)
    )
    spans += find_handles(text, toks, lexicon.common_words())
    for hit in find_dates(text, toks):
        spans.append(Span(hit.start, hit.end, "date", "pattern", f"pattern: {hit.cue}", "date"))
    spans += [
        Span(start, end, "date", "pattern", f"pattern: {cue}", "date")
        for start, end, cue in find_loose_dates(text, toks)
        + find_more_dates(text, toks)
        + find_bare_dates(text, toks)
        + find_foreign_dates(toks)
        + find_listed_days(toks)
        + find_month_parts(toks)
        + find_spoken_years(toks)
        + find_dotted_dates(text, toks)
    ]
    spans += _round22(text) + find_said(toks)  # said last: an earlier finder's reason wins a tie
    spans += find_noun_sites(text, toks) + find_quoted_names(text, toks)  # round 22 (u22) block
    return spans + find_road_codes(text)  # round 23 (u23) block


def _round22(text: str) -> list[Span]:
    """Round 22 (a22): ages after "now" and "pt", registrations in brackets, "w/c" days."""
    return (
        find_now_ages(text)
        + find_pt_ages(text)
        + find_at_word_ages(text)
        + find_bracketed_plates(text)
        + find_week_commencing(text)
    )


def _text_ages(text: str) -> list[Span]:
    """The age finders that read the text alone, with no tokens (rounds 15 and 17), in the
    order `find_all` called them."""
    return (
        find_both_ages(text)
        + find_birthday_counts(text)
        + find_appositive_ages(text)
        + find_assessed_ages(text)
        + find_turning_ages(text)
    )


def _emails(text: str) -> list[Span]:
    spans: list[Span] = []
    at = text.find("@")
    floor = 0
    while at != -1:
        left = at
        while left > floor and text[left - 1] in _EMAIL_LOCAL:
            left -= 1
        right = at + 1
        while right < len(text) and text[right] in _EMAIL_DOMAIN:
            right += 1
        while right > at + 1 and text[right - 1] in ".-":
            right -= 1
        domain = text[at + 1 : right]
        tld = domain.rsplit(".", 1)[-1]
        if left < at and "." in domain and len(tld) >= 2 and tld.isalpha():
            spans.append(
                Span(left, right, "email", "pattern", "pattern: an e-mail address", "email")
            )
        floor = max(at + 1, right)
        at = text.find("@", floor)
    return spans


# A bare domain with an optional path ("portal.unitect.org/status"): dot-separated labels
# (each dot is required, so there is one way to split: linear) ending in a common TLD.
_BARE_URL = re.compile(
    r"(?<![\w@.\-/])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\."
    r"(?:com|org|net|edu|gov|io|co|uk|ca|au|de|ie|info|me|us|nz|app|ly|gg|tv|fm|xyz|dev)"
    r"(?:/[^\s)\]\"'<>]*)?(?![\w@])"
)


def _bare_urls(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "url", "pattern", "pattern: a web address without http", "url")
        for m in _BARE_URL.finditer(text)
    ]


def _urls(text: str) -> list[Span]:
    lower = text.lower()
    spans: list[Span] = []
    for marker in ("http://", "https://", "www."):
        pos = lower.find(marker)
        while pos != -1:
            end = pos + len(marker)
            while end < len(text) and text[end] not in _URL_END:
                end += 1
            while end > pos + len(marker) and text[end - 1] in ".,;:!?)]}":
                end -= 1
            if end > pos + len(marker):
                spans.append(Span(pos, end, "url", "pattern", "pattern: a web address", "url"))
            pos = lower.find(marker, max(end, pos + 1))
    return spans


def _ips(text: str) -> list[Span]:
    spans: list[Span] = []
    for run in _HEX_RUN.finditer(text):
        word = run.group().rstrip(".:")
        if word.count(":") < 2 and word.count(".") != 3:
            continue
        if not any(c.isdecimal() for c in word):
            continue
        try:
            ipaddress.ip_address(word)
        except ValueError:
            continue
        spans.append(
            Span(
                run.start(),
                run.start() + len(word),
                "ip",
                "pattern",
                "pattern: an IP address",
                "ip",
            )
        )
    return spans


# A central London postcode in lower case ("sw1a 1aa", "ec1v 2np"): the normalised view reads
# the "1" between letters as "l", so "swla 1aa" is read back here (a7).
_LONDON = re.compile(
    r"(?<!\w)(?:ec|wc|sw|se|nw|[wne])l[a-z][ \t](?!\d(?:st|nd|rd|th|ft|hr|lb)(?!\w))"
    r"\d[abd-hjlnp-uw-z]{2}(?!\w)"
)  # not an ordinal or a unit: "the self 3rd", "a sell 2hr"


def _postcodes(text: str) -> list[Span]:
    found = list(_POSTCODE.finditer(text))
    if "l" in text:
        found += _LONDON.finditer(text)
    return [
        Span(m.start(), m.end(), "postcode", "pattern", "pattern: a UK postcode", "postcode")
        for m in found
        if m.group().isupper() or " " in m.group() or "\t" in m.group()  # not "Fo11ow" (a8)
    ]


def _ni_numbers(text: str) -> list[Span]:
    reason = "pattern: a National Insurance number"
    return [
        Span(m.start(), m.end(), "ni_number", "pattern", reason, "ni_number")
        for m in _NI.finditer(text)
    ]


def _plates(text: str) -> list[Span]:
    reason = "pattern: a UK vehicle registration"
    return [
        Span(m.start(), m.end(), "vehicle", "pattern", reason, "vehicle")
        for m in _PLATE.finditer(text)
        if not (m.group()[0] == "S" and m.group()[1].isdecimal())  # "S2 MHA": a section of an Act
    ]


# A lone 19xx/20xx is a year unless a unit or amount says otherwise ("2000 mg", "$1950").
_NOT_YEAR_AFTER = frozenset(
    "mg mcg ml g kg kcal calories cal steps words people ft feet miles km m metres meters "
    "pounds dollars euros hours hrs mins minutes seconds units times % pts points".split()
)
_NOT_YEAR_BEFORE = frozenset(["$", "£", "€", "#", "x", "no", "number", "+", "-", "/", ":", "."])


_BORN_DIED = frozenset(["b", "d", "B", "D"])  # "(b.1961)", "d.2010" (a9)
_PART_OF_YEAR = frozenset(["mid", "early", "late", "pre", "post", "summer", "spring", "autumn"])


def _years(text: str, toks: list[Tok]) -> list[Span]:
    """Lone years (full dates containing a year are longer and win; a16: not clock times)."""
    spans: list[Span] = []
    clocks = clock_times(text, toks)
    for i, tok in enumerate(toks):
        if len(tok.text) != 4 or not tok.text.isdecimal() or not 1900 <= int(tok.text) <= 2099:
            continue
        before = toks[i - 1].text.lower() if i > 0 else ""
        after = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        glued = before in _NOT_YEAR_BEFORE and toks[i - 1].end == tok.start
        ranged = before in ("-", "\u2013") and i > 1 and _is_year(toks[i - 2].text)
        part = before == "-" and i > 1 and toks[i - 2].text.lower() in _PART_OF_YEAR  # "mid-2023"
        part = part or (before == "." and i > 1 and toks[i - 2].text in _BORN_DIED)  # "b.1961"
        if (glued and not ranged and not part) or after in _NOT_YEAR_AFTER:  # "2019-2022": two
            continue
        if is_statute_year(toks, i) or i in clocks:
            continue  # a16: "the Equality Act 2010": a statute's name
        reason = "pattern: a year (1900-2099, no unit after it)"
        spans.append(Span(tok.start, tok.end, "date", "pattern", reason, "year"))
    return spans


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdecimal() and 1900 <= int(word) <= 2099


__all__ = ["find_all", "nhs_valid"]
