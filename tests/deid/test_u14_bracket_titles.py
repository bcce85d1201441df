"""Issue 13, round 14 (u14): a charity or service named in brackets after what it does ("the
helicopter (Great North Air Ambulance)", "the book (Books Beyond Words)") is an organisation
(org_bracket_titles.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.org_bracket_titles import find_bracket_titles
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "capitalised words in brackets after"

FOUND = [
    ("She was flown by the air ambulance (Midlands Air Ambulance Charity).", "Midlands"),
    ("We read the picture book (Books Beyond Words) about hospital together.", "Books"),
    ("Info given on money and control (Surviving Economic Abuse) for later.", "Surviving"),
    ("He was moved into the night shelter (The Sanctuary Night Project) in October.", "The"),
]

LEFT = [
    "Working diagnosis (Generalised Anxiety Disorder) discussed with her.",
    "She has started the therapy (Cognitive Analytic Therapy) privately.",
    "Referred to the team (Home Treatment Team) tonight.",
    "Seen with the nurse (Clinical Nurse Specialist) for her meds.",
    "He wants to see the doctor (Dr Ola Ibrahim) next week.",
    "Her parents (Fiona and Richard Beaumont) joined at the end.",
    "Referred to EIP (Early Intervention in Psychosis) this week.",
    "They meet on the weekend (Saturday and Sunday Mornings) now.",
]


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_a_named_service_in_brackets_is_an_organisation(text: str, word: str) -> None:
    """The bracket's words are replaced as an organisation, and this rule finds them."""
    at = text.index(word)
    hits = [r for r in replacements(text) if r.start <= at < r.end]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "organisation"
    spans = find_bracket_titles(text, tokenize(text))
    assert any(s.start == at and _RULE in s.reason for s in spans), spans


@pytest.mark.parametrize("text", LEFT)
def test_roles_conditions_and_people_are_left(text: str) -> None:
    """A condition, a therapy, a team, a role, a person or spelt-out letters are not taken."""
    assert find_bracket_titles(text, tokenize(text)) == []


def test_explain_names_the_cue() -> None:
    """The reason quotes the word the bracket glosses."""
    text = "We used the book (Books Beyond Words) again."
    reasons = [r.reason for r in replacements(text) if "Books" in text[r.start : r.end]]
    assert reasons == ["context: capitalised words in brackets after 'book' (who does it)"]


def test_pathological_input_is_fast() -> None:
    """10 KB of brackets, capitalised words and joiners is redacted in under 0.5 s."""
    unit = "the help (Great North Air and Sea of The Way ( Big Red Bus) (A B C D E F G H I J "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
