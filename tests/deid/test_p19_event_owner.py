"""Round 19 (p19): the owner of a personal event that is no birthday stays, the event goes.

The date-shift layer replaced "her funeral", "his dad's wedding", "their divorce" whole,
owner and all, as `[PERSONAL EVENT]`: the owner ("her", "his", "their", "Mum's") pins no
date, and the corpus's writers never label it, so each was a false-positive token. The
event is still replaced; an offset before the owner ("three weeks after her wedding") still
goes with it, and so does "the anniversary of his wife's death". A birthday kept its owner
("my birthday", "her 40th", "his 50th party"), as the client's known date of birth might
be in it; since round 21 (lead) a pronoun owner stays outside a birthday too, and a named
owner ("Dad's 70th birthday") still goes with it. A name as the owner ("Tamsin's
wedding") is left to the rules for names, which still take it. Sentences here are new,
not the corpus's.
"""

from __future__ import annotations

import random

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds, replaced


def _out(text: str) -> str:
    return Deidentifier([], rng=random.Random(0)).redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She dreads her retirement more each week.", "dreads her [PERSONAL EVENT]"),
        ("We spoke about their wedding plans.", "about their [PERSONAL EVENT]"),
        ("I keep thinking about my divorce.", "about my [PERSONAL EVENT]"),
        ("He could not face his uncle's funeral.", "his uncle's [PERSONAL EVENT]"),
        ("Anxious before our graduation.", "before our [PERSONAL EVENT]"),
    ],
)
def test_the_owner_stays_and_the_event_goes(text: str, kept: str) -> None:
    out = _out(text)
    assert kept in out, out
    for word in ("retirement", "wedding", "divorce", "funeral", "graduation"):
        assert word not in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("It started three weeks after her wedding.", "three weeks after her"),
        ("It was the anniversary of his wife's death on Friday.", "anniversary of his wife"),
        ("Two days before my 40th birthday I stopped drinking.", "Two days before my"),
    ],
)
def test_an_offset_before_the_owner_still_goes_with_it(text: str, gone: str) -> None:
    out = _out(text)
    assert gone not in out, out
    assert "[PERSONAL EVENT]" in out, out


def test_the_replaced_span_is_the_event_alone() -> None:
    found = replaced("Grim week: her retirement do loomed, then her sister's death.")
    assert ("death", "date") in found, found
    assert not any(part.startswith(("her", "sister")) for part, _ in found), found


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("She dreads her birthday every single year.", "birthday"),
        ("I keep thinking about my bday.", "bday"),
        ("Low since his 50th, he says.", "50th"),
        ("Low since his 50th party, he says.", "50th party"),
        ("We met the day after Dad's 70th birthday.", "Dad's 70th birthday"),
    ],
)
def test_a_birthday_keeps_a_named_owner(text: str, whole: str) -> None:
    """Round 21 (lead): a pronoun owning a birthday stays outside it too ("her [PERSONAL
    EVENT]"); a named owner is still replaced with the birthday."""
    assert any(whole in part for part, _ in replaced(text)), replaced(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her third child was born in the spring.",  # a count, not an event
        "His 2nd session went better.",
        "She went to a party with friends.",  # no owner: no anchor
    ],
)
def test_near_misses_are_left(text: str) -> None:
    assert "[PERSONAL EVENT]" not in _out(text)


def test_a_name_owning_the_event_is_still_replaced_by_the_name_rules() -> None:
    out = _out("Her sister Tamsin's wedding was on her mind.")
    assert "Tamsin" not in out, out
    assert "wedding" not in out, out


def test_owners_and_events_run_in_linear_time() -> None:
    engine = Deidentifier([], rng=random.Random(0))
    text = ("her his my their Mum's " * 60 + "her birthday ") * 20
    text = text[:10_000]
    assert redact_and_check_seconds(engine, text, "her birthday") < LINEAR_SECONDS
