"""A writer's initials signing a line after a dash, before or after a role (round 16, lead).

Shorthand notes end an entry with who wrote it, after a dash, with the writer's job rather
than a credential: "-- JD, LIAISON RMN, BLEEP 6650", "-- lb cpn", "-- SA CAMHS
practitioner", "-- AK duty", "-- CC (care coord)", "-- counsellor MH", "-- night staff
(PR)", "no si. -- RC", "-- orla perinatal MHP". `signoffs.py` reads a name before a
credential that ends the line; these carry a role word, a team or nothing after the
initials, or the role first.

A signer line opens with a dash (one or more hyphens, an em or en dash, or a tilde) at the
start of a line; or two dashes or more, or one dash after a full stop ("Rebooked Mon. -TR",
round 17), stand inside a line with at most five tokens after
them to the line's end.
After the dash stand, within the line's first few tokens:

- initials (two or three letters, all capitals or all lower case) followed by the end of
  the line, a comma, a bracket, a slash or a role word ("duty", "liaison", "cpn", "rmn",
  "practitioner", "care coord", ...); initials that are also a clinical abbreviation
  ("SW", "CBT") only before a role word, directly or after a comma or bracket; initials
  alone only when they are no abbreviation, and in lower case no English word;
- a given name (the gazetteer, any case) followed by a role word, or by one capital letter
  and then a comma ("Tom E, EIP care coord");
- role words first, then initials ending the line or standing in brackets.

Round 20 (lead): a bracket closes a sentence before an inline dash ("Brownsville) -ag"); a
role may be written first and lower-case initials end the line when they are no English
word nor abbreviation ("-rn sb", "-EAP ck", "-dr pk"); four lower-case letters without a
vowel are initials too ("-nmcc"); more job words ("OHA", "pharm", "PGY1", "kw").

A dash line that is one of a list (the line before or after it opens with a dash as well,
or a bullet) is a list's item, not a signature, unless it opens with two dashes; an empty
line next to it says nothing ("... no si.\n- RC\n" signs). Each dash is looked at once, a
few tokens ahead: linear.
"""

from __future__ import annotations

from notes_vault.deid import lexicon
from notes_vault.deid.model import Span
from notes_vault.deid.squash import fold
from notes_vault.deid.tokens import Tok

_DASHES = frozenset(["-", "\u2014", "\u2013", "~"])
_STOPS = frozenset([".", "!", "?", ")"])
_VOWELS = frozenset("aeiouy")
_AHEAD = 8  # tokens after the dash that a signer's words may take
_REASON = "context: initials or a name signing a line after a dash, beside a role ('-- AK duty')"

# Job words that follow or precede a writer's initials in a signature (a closed class).
ROLE_WORDS = frozenset(
    "duty liaison practitioner practitioners worker workers nurse nurses clinician counsellor "
    "counselor therapist psychologist psychiatrist registrar consultant doctor medic "
    "care coord coordinator co-ordinator keyworker key support staff night day lead senior "
    "evening late early weekend bank agency trainee student manager admin receptionist "
    "outreach crisis recovery wellbeing perinatal "
    "cpn rmn rgn rnld pwp mhn mhp cns amhp mha htt crht camhs spa eip cmht iapt hca sw ot "
    "cbt cmhn ccm cm cwp sho fy1 fy2 ct1 ct2 ct3 st4 st5 st6 spr sas bleep ext "
    "lcsw lmsw lpc lmft rn np pa pmhnp bcba peer intern "
    "oha eap pharm cl kw crhu f1 f2 pgy1 pgy2 pgy3 pgy4".split()
)


def find_dash_signers(text: str, toks: list[Tok]) -> list[Span]:
    """Initials or a name signing a line after a dash (see the module)."""
    spans: list[Span] = []
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        if tok.text not in _DASHES:
            i += 1
            continue
        first = i
        while i + 1 < n and toks[i + 1].text in _DASHES and toks[i + 1].start == toks[i].end:
            i += 1  # "--", "---"
        double = i > first
        line_end = _line_end(text, toks, i)
        stopped = first > 0 and toks[first - 1].text in _STOPS  # "Rebooked Mon. -TR"
        if stopped and toks[first - 1].text == ")":
            stopped = line_end - i == 2  # "Brownsville) -ag" ends its line; not "(x) -ish, y"
        inline = (double or stopped) and _short_tail(i, line_end)
        opens = _opens_line(text, toks[first]) or inline
        free = double or inline  # no list's item: two dashes, or one inline
        if opens and (free or not _in_list(text, toks[first].start, toks[line_end - 1].end)):
            span = _signer(toks, i + 1, line_end)
            if span is not None:
                spans.append(span)
        i += 1
    return spans


def _line_end(text: str, toks: list[Tok], i: int) -> int:
    """Index one past the last token on the line of toks[i], looking at most _AHEAD on (a
    long line: only its first words are read)."""
    j = i + 1
    while j < len(toks) and j - i <= _AHEAD and "\n" not in text[toks[j - 1].end : toks[j].start]:
        j += 1
    return j


def _opens_line(text: str, dash: Tok) -> bool:
    start = text.rfind("\n", 0, dash.start) + 1
    return not text[start : dash.start].strip()


def _short_tail(i: int, line_end: int) -> bool:
    """An inline double dash ('no si. -- RC') whose line ends within a few tokens."""
    return line_end - i <= 5


def _in_list(text: str, start: int, end: int) -> bool:
    """The line before or after opens with a dash or bullet: a list's item. An empty line
    is no item (round 17: it was taken for one, so a signer before a blank line was lost)."""
    before_end = text.rfind("\n", 0, start)
    if before_end > 0:
        before = text[text.rfind("\n", 0, before_end) + 1 : before_end].lstrip()
        if _bullet(before):
            return True
    after_start = text.find("\n", end)
    if after_start >= 0:
        after_end = text.find("\n", after_start + 1)
        after = text[after_start + 1 : len(text) if after_end < 0 else after_end].lstrip()
        if _bullet(after):
            return True
    return False


def _bullet(line: str) -> bool:
    return bool(line) and line[0] in "-\u2014\u2013~*\u2022"


def _signer(toks: list[Tok], j: int, end: int) -> Span | None:
    if j >= end:
        return None
    word = toks[j].text
    after = toks[j + 1].text if j + 1 < end else ""
    if _initials(word) and (_role(after) or _closes(after)):
        return _span(toks, j, j + 1) if _initials_sign(toks, j, end) else None
    if word.lower() in ROLE_WORDS:
        return _after_roles(toks, j, end)
    if word.lower() == "dr" and j + 1 < end:
        return _after_roles(toks, j + 1, end)  # "-dr pk"
    if _given(word) and _role(after):
        return _span(toks, j, j + 1)
    lettered = j + 2 < end and len(after) == 1 and after.isupper() and toks[j + 2].text == ","
    return _span(toks, j, j + 2) if _given(word) and lettered else None  # "Tom E, EIP care"


def _initials_sign(toks: list[Tok], j: int, end: int) -> bool:
    """Initials at j sign the line: before a role ("-- AK duty"), or closed by a comma or
    bracket (an abbreviation only when a role follows that: "-- JD, LIAISON RMN", not "- CBT,
    6 sessions"), or alone when they are no abbreviation nor English word."""
    word = toks[j].text
    after = toks[j + 1].text if j + 1 < end else ""
    if _role(after):
        return True
    if not after:
        return _alone_ok(word)
    if after == "." and word.lower() in lexicon.TITLES:
        return False  # "-- dr. kim": a title, its name follows
    if word.islower() and word in lexicon.common_words():
        return False  # "UCLH -- no.", "-- off."
    return not lexicon.listed_abbreviation(word) or (j + 2 < end and _role(toks[j + 2].text))


def _after_roles(toks: list[Tok], j: int, end: int) -> Span | None:
    """Role words, then initials ending the line or in brackets: "-- night staff (PR)"."""
    k = j
    while k < end and toks[k].text.lower() in ROLE_WORDS:
        k += 1
    if k < end and toks[k].text == "(" and k + 2 < end and toks[k + 2].text == ")":
        k += 1
        return _span(toks, k, k + 1) if _initials(toks[k].text) else None
    last = toks[k].text if k == end - 1 else ""
    if _initials(last) and (last.isupper() or _alone_ok(last)):
        return _span(toks, k, k + 1)  # "-- rn sb", "-EAP ck"
    return None


def _initials(word: str) -> bool:
    if len(word) == 4 and word.islower() and not set(word) & _VOWELS:
        return word.isascii() and word.isalpha()  # "-nmcc": four letters no word spells
    return 2 <= len(word) <= 3 and word.isalpha() and word.isascii() and _initials_case(word)


def _initials_case(word: str) -> bool:
    return word.isupper() or word.islower()


def _closes(word: str) -> bool:
    return word in ("", ",", "(", "/", ".")


def _role(word: str) -> bool:
    return word.lower() in ROLE_WORDS or word.lower() in lexicon.CREDENTIALS


def _alone_ok(word: str) -> bool:
    """Initials alone ending the line: no clinical abbreviation ("-- GP"), no English word."""
    if lexicon.listed_abbreviation(word):
        return False
    return word.isupper() or word not in lexicon.common_words()


def _given(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word.title() in lexicon.first_names()


def _span(toks: list[Tok], a: int, b: int) -> Span:
    start, end = toks[a].start, toks[b - 1].end
    key = fold(" ".join(t.text for t in toks[a:b])).lower()
    return Span(start, end, "person", "context", _REASON, key)
