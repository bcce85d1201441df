"""Round 22 (u22): a body's name in brackets after the scheme or membership it runs.

`org_brackets` read a capitalised run in brackets after a workplace noun ("church
(Calvary Baptist)"); it now also reads one after "EAP", "sorority", "fraternity",
"therapies", "housing", "label" and "fund".
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seen via the EAP (Orla) for three sessions, video.", "Orla"),
        ("Drops everything for her sorority (Kappa Rho Nu) in term time.", "Kappa Rho Nu"),
        ("His fraternity (Pi Lambda Tau) hazing is still on his mind.", "Pi Lambda Tau"),
        ("Stepped down from talking therapies (Green Door) after four.", "Green Door"),
        ("Moved into supported housing (Harbour Homes) in June.", "Harbour Homes"),
        ("Her band left the label (Blue Otter) last spring.", "Blue Otter"),
        ("The parish hardship fund (Mercy Pot) paid the rent.", "Mercy Pot"),
    ],
)
def test_a_name_in_brackets_after_a_scheme(text: str, name: str) -> None:
    """A capitalised name in brackets right after the scheme it runs is an organisation."""
    assert (name, "organisation") in replaced(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Offered talking therapies (CBT) and declined.", "CBT"),
        ("Referred to Therapies (TF-CBT) once the court case ends.", "TF"),
        ("Sorority (Sunday) meetings are the hardest part.", "Sunday"),
        ("The EAP (Employee Assistance) leaflet was given.", "Employee Assistance"),
        ("Housing (Section 21) notice arrived this week.", "Section"),
    ],
)
def test_abbreviations_days_and_generic_words_stay(text: str, word: str) -> None:
    """One abbreviation, a day, generic service words or a form's section are no organisation."""
    assert all(word not in found for found, cat in replaced(text) if cat == "organisation")


@pytest.mark.parametrize("unit", ["EAP (Orla) ", "sorority (", "fund (Aa Bb Cc Dd Ee "])
def test_scheme_brackets_are_linear(unit: str) -> None:
    """10 KB of scheme words before brackets stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
