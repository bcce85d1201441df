"""Issue 13, round 14 (u14): feasts and festivals that the holiday list lacked ("Tết",
"Vaisakhi", "Michaelmas", "Gurpurab", "Nowruz", "Mid-Autumn Festival") become `[HOLIDAY]`
(date_feasts.py, joined with c14's list), since each pins a day of the year as "Christmas" does.

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.date_feasts import find_feasts
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replacements

_RULE = "a feast or festival that pins a day of the year"

FOUND = [
    ("Her aunt flies back from Hanoi after Tết, she thinks.", "Tết"),
    ("They have not spoken since Vaisakhi.", "Vaisakhi"),
    ("Dad goes to the gurdwara for Gurpurab every year.", "Gurpurab"),
    ("The thesis draft has been late since Michaelmas term began.", "Michaelmas"),
    ("Fasting through Navratri, so sessions moved to the evening.", "Navratri"),
    ("The family gathered for Nowruz at his uncle's flat.", "Nowruz"),
    ("Sleep was worse in the week after the Mid-Autumn Festival.", "Mid-Autumn Festival"),
    ("Her mother cooks for Nochebuena and the whole street comes.", "Nochebuena"),
    ("The marching season peaks at the Twelfth and he stays in.", "Twelfth"),
    ("He plans to visit the temple at Holi with his cousins.", "Holi"),
    ("DAD CAME OVER FOR CHUSEOK, FIRST VISIT IN YEARS.", "CHUSEOK"),
]

LEFT = [
    "She had an epiphany about her father in the car.",
    "He is a deacon at the Church of Pentecost on the high road.",
    "Her brother lent her the deposit in the spring.",
    "They went to the carnival on the seafront.",
    "The twelfth session is the last one we agreed.",
    "He felt holier than thou, he said, laughing.",
    "The tetanus jab was up to date.",
    "Onamatopoeia came up in his poem, spelt wrong.",
    "He played trumpet with a Mardi Gras Indian gang as a young man.",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_a_festival_is_a_holiday(text: str, name: str) -> None:
    """The festival is replaced by [HOLIDAY], by this rule."""
    hits = [r for r in replacements(text) if text[r.start : r.end] == name]
    assert hits, [(text[r.start : r.end], r.reason) for r in replacements(text)]
    assert hits[0].category == "date"
    assert hits[0].replacement == "[HOLIDAY]"
    assert any(text[s.start : s.end] == name and _RULE in s.reason for s in find_feasts(text))


@pytest.mark.parametrize("text", LEFT)
def test_the_english_word_is_left(text: str) -> None:
    """Ordinary words near the festivals' names are not taken by the rule."""
    assert find_feasts(text) == []
    assert not [r for r in replacements(text) if _RULE in r.reason]


def test_explain_names_the_feast() -> None:
    """The reason quotes the feast found."""
    text = "Review after Vaisakhi."
    reasons = [r.reason for r in replacements(text) if text[r.start : r.end] == "Vaisakhi"]
    assert reasons == ["pattern: a feast or festival that pins a day of the year ('Vaisakhi')"]


def test_pathological_input_is_fast() -> None:
    """10 KB of festival names, near misses and dashes is redacted in under 0.5 s."""
    unit = "Tết Vaisakhi-Mid Autumn Day of the the Twelfth Holi holier st andrew's mardi "
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
