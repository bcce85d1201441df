"""Round 16 (lead): a country, or a place of several words, is replaced whole or not at all.

Before it, one rule took one word of such a name and left the rest to say it: "Sri
[PLACE]", "Hong [PLACE]", "Burkina [PERSON]", "[ORGANISATION] Rica", "[PLACE] and Tobago",
"the [PLACE] of Wight", and "[PLACE] [PLACE]" for a name in capitals.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.model import KnownSubject, Span
from notes_vault.deid.place_countries import whole_names
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, wholly_replaced

_HALF_TAKEN = [
    ("Her grandparents went back to Sri Lanka in the spring.", "Sri Lanka"),
    ("grandad flew home to hong kong on sunday", "hong kong"),
    ("Aunt still teaches in Burkina Faso, rings every week.", "Burkina Faso"),
    ("They honeymooned in Costa Rica years ago.", "Costa Rica"),
    ("Mum was born in Trinidad and Tobago and came over at six.", "Trinidad and Tobago"),
    ("Caravan holiday on the Isle of Wight with the kids.", "Isle of Wight"),
    ("FATHER RETURNED TO HONG KONG, NO CONTACT SINCE.", "HONG KONG"),
    ("His brother is a nurse in East Timor now.", "East Timor"),
]


@pytest.mark.parametrize(("text", "name"), _HALF_TAKEN)
def test_a_name_of_several_words_is_not_left_half_replaced(text: str, name: str) -> None:
    engine = Deidentifier([])
    out = engine.redact(text)
    words = name.split()
    taken = [r for r in out.replacements if any(text[r.start : r.end] == w for w in words)]
    assert not taken, out.text  # no single word of it alone
    if any(name in text[r.start : r.end] for r in out.replacements):
        assert wholly_replaced(engine, text, name), out.text
        assert (
            len(
                [
                    r
                    for r in out.replacements
                    if r.start < text.index(name) + len(name) and r.end > text.index(name)
                ]
            )
            == 1
        )


def test_two_words_in_capitals_become_one_tag() -> None:
    out = Deidentifier([]).redact("FAMILY FLED HONG KONG IN 2019.")
    assert "HONG" not in out.text, out.text
    assert "KONG" not in out.text, out.text
    assert out.text.count("[PLACE") == 1, out.text


@pytest.mark.parametrize(
    "text",
    [
        "She moved from New Zealand to Sierra Leone for work.",
        "Mum lives in El Salvador; dad in the Dominican Republic.",
        "They are from the Ivory Coast and speak French at home.",
    ],
)
def test_a_country_left_whole_stays_whole(text: str) -> None:
    out = Deidentifier([]).redact(text)
    for country in (
        "New Zealand",
        "Sierra Leone",
        "El Salvador",
        "Dominican Republic",
        "Ivory Coast",
    ):
        if country in text:
            start = text.index(country)
            inside = [
                r for r in out.replacements if r.start < start + len(country) and r.end > start
            ]
            assert not inside or (
                inside[0].start <= start and inside[0].end >= start + len(country)
            ), out.text


def test_a_span_only_inside_a_name_is_widened() -> None:
    text = "Moved to Sri Lanka."
    toks = tokenize(text)
    lanka = text.index("Lanka")
    span = Span(lanka, lanka + 5, "place", "context", "context: test", "lanka")
    (out,) = whole_names(text, toks, [span])
    assert text[out.start : out.end] == "Sri Lanka"
    assert out.category == "place"
    kong = Span(text.index("Moved"), text.index("Moved") + 5, "person", "context", "x", "moved")
    assert whole_names(text, toks, [kong]) == [kong]  # no name holds it: left as it is


def test_a_vault_hit_inside_the_name_keeps_it_as_it_is() -> None:
    text = "Went to Costa Rica."
    toks = tokenize(text)
    costa = text.index("Costa")
    vault = Span(costa, costa + 5, "name", "vault", "vault: name", "[CLIENT]")
    rica = Span(costa + 6, costa + 10, "person", "context", "context: x", "rica")
    assert whole_names(text, toks, [vault, rica]) == [vault, rica]


def test_a_person_named_like_a_word_of_a_place_stays_a_person() -> None:
    subject = KnownSubject(role="CLIENT", name="Hong Li")
    out = Deidentifier([subject]).redact("Hong Li went to Hong Kong.")
    assert "Hong Li" not in out.text, out.text
    assert "Kong" not in out.text, out.text


def test_the_rule_stays_linear() -> None:
    engine = Deidentifier([])
    text = ("Sri Lanka Hong Kong and Tobago Costa Rica Burkina " * 220)[:10_000]
    assert redact_and_check_seconds(engine, text, "warm up Sri Lanka") < LINEAR_SECONDS
