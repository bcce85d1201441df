"""A charity or service named in brackets after what it does: "the helicopter (Great North Air
Ambulance)", "appropriate adult requested (The Appropriate Adult Service)", "the easy-read
book (Books Beyond Words)", "info on economic abuse (Surviving Economic Abuse)" (round 14,
u14, layer "context").

A bracket that glosses a lower-case word with three capitalised words or more names who
does it: a charity, a service, a publisher. Its words are English words, so no gazetteer
and no suffix finds them. Taken when

- the word before the bracket is lower case (after a name, "Sophie Laity (Speech and Language
  Therapist)" is a role; after capitals, "EIP (Early Intervention in Psychosis)" spells out
  letters);
- three words or more inside are capitalised, with only "of", "and", "for", "the", "in",
  "on", "&" between them and an optional "The" before, the first no title or given name
  ("(Dr Ola Ibrahim)", "(Fiona and Richard Beaumont)" are people);
- the last word names no role, condition, therapy, measure, order or unit ("(Generalised
  Anxiety Disorder)", "(Cognitive Analytic Therapy)", "(Clinical Nurse Specialist)",
  "(Non Molestation Order)", "(Home Treatment Team)"), and no word is a weekday or month.

A scan of the tokens after each "(" up to its ")" (at most a few words): linear.
"""

from __future__ import annotations

from notes_vault.deid.lexicon import TITLES, census_first_names
from notes_vault.deid.model import Span
from notes_vault.deid.tokens import Tok

_JOINERS = frozenset(["of", "and", "for", "the", "in", "on", "&"])
_MIN_WORDS, _MAX_TOKENS = 3, 9
_NOT_HEADS = frozenset(
    "disorder disorders therapy therapies condition conditions syndrome disease scale "
    "questionnaire inventory assessment test order act team plan psychologist therapist "
    "manager visitor tutor lead worker officer nurse practitioner consultant coordinator "
    "teacher assistant specialist unit ward wing model approach technique method training "
    "programme program pathway protocol intervention interventions treatment diagnosis "
    "injury impairment difficulties difficulty day week month year night festival ceremony "
    "studies sciences science education english maths".split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
_PERSON_TITLES = TITLES | frozenset("canon rebbetzin tita don doña revd".split())
_REASON = "context: capitalised words in brackets after '{}' (who does it)"


def find_bracket_titles(text: str, toks: list[Tok]) -> list[Span]:
    """Named charities and services glossing a lower-case word (see the module docstring)."""
    spans: list[Span] = []
    for k, tok in enumerate(toks):
        if tok.text != "(" or k == 0:
            continue
        before = toks[k - 1].text
        if not (before.isalpha() and before.islower()):
            continue
        end = _title_run(text, toks, k + 1)
        if end is None:
            continue  # also "her sister (" ending the note
        first = toks[k + 1].text
        if first.lower() not in _PERSON_TITLES and first not in census_first_names():
            start = toks[k + 1].start
            key = text[start : toks[end].end]
            spans.append(
                Span(start, toks[end].end, "organisation", "context", _REASON.format(before), key)
            )
    return spans


def _title_run(text: str, toks: list[Tok], i: int) -> int | None:
    """The index of the last word of a run of capitalised words closed by ")", or None."""
    capitals, last = 0, None
    for j in range(i, min(i + _MAX_TOKENS, len(toks))):
        word = toks[j].text
        if word == ")":
            break
        if "\n" in text[toks[j - 1].end : toks[j].start]:
            return None
        if word[:1].isupper() and word[1:].islower() and word.isalpha():
            if word.lower() in _TIME_WORDS:
                return None
            capitals, last = capitals + 1, j
        elif word not in _JOINERS or j == i:
            return None
    else:
        return None
    if capitals < _MIN_WORDS or last is None or toks[last + 1].text != ")":
        return None
    return None if toks[last].text.lower() in _NOT_HEADS else last
