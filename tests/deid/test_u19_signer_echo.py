"""Round 19 (u19): initials a signer rule took, again where a writer signs, and beside them."""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

_ECHO = "initials a signer rule took"
_BESIDE = "initials signing beside another signer"


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        (
            "phoned re housing, sounded flat. rebook 1/52. EH\n"
            "tel 1/52 -- letter sent, calmer. will ring fri. EH",
            "EH",
        ),
        ("AW / Dr Osei\n0610 update: slept, ate toast. -AW", "AW"),
    ],
)
def test_a_signers_initials_again_where_a_writer_signs(text: str, letters: str) -> None:
    """The first place of the initials, which no signer rule reads, is taken by this rule."""
    engine = Deidentifier([])
    result = engine.redact(text)
    first = text.index(letters)
    assert any(r.start == first and _ECHO in r.reason for r in result.replacements)


def test_lower_case_initials_that_are_an_abbreviation_again_at_a_line_end() -> None:
    """ "ct" signs a later entry's end once a bracketed role made it a signer."""
    text = (
        "sent the leaflet for the sensory group.\nct (MHST)\n"
        'fri 9th school visit - calm, mum glad someone "gets it". ct'
    )
    result = Deidentifier([]).redact(text)
    last = text.rindex("ct")
    assert any(r.start == last and _ECHO in r.reason for r in result.replacements)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("MA/TQ\n3/11 - tent gone, left a card. -MA", "TQ"),
        ("NOBODY AT THE ARCHES, LEFT A CARD.\n-- AZ / MO'C", "MO'C"),
        ("CLINICIANS TL, HW\nF/U 3/11: QUIET NIGHT, SLEPT IN THE CAR. -TL", "HW"),
    ],
)
def test_initials_beside_a_signer_on_a_line_of_initials(text: str, letters: str) -> None:
    """A second set of initials joined to a signer by a slash or comma signs too."""
    engine = Deidentifier([])
    result = engine.redact(text)
    first = text.index(letters)
    assert any(
        r.start == first and r.end == first + len(letters) and _BESIDE in r.reason
        for r in result.replacements
    )


@pytest.mark.parametrize(
    "text",
    [
        "eh? she said. then silence.\nmood low, rebook 1/52. EH",
        "Letter RS/bh\nseen in clinic, typed RS/bh. -RS",
        "PHQ/GAD\nscores down again. -MJ",
        "Plan: walk daily. -KS, MSW",
        "we talked about mum. AM, CPN",
    ],
)
def test_near_misses_stay(text: str) -> None:
    """No signer to echo there, a typist's mixed case, a scale, a credential: left."""
    reasons = [r.reason for r in Deidentifier([]).redact(text).replacements]
    assert not any(_ECHO in r or _BESIDE in r for r in reasons)


def test_initials_inside_a_sentence_stay() -> None:
    """Only a signing place is read: initials mid-line are not taken by this rule."""
    text = "the EH form went off today, mood ok.\nrebook 2/52. -EH"
    first = text.index("EH")
    reps = Deidentifier([]).redact(text).replacements
    assert not any(r.start == first and _ECHO in r.reason for r in reps)


@pytest.mark.parametrize("unit", ["ok. EH\n-EH\n", "AB/CD\n-AB\n", "-- AB / RO'C / \n"])
def test_signer_echo_is_linear(unit: str) -> None:
    """10 KB of signer lines stays under the linear-time bound."""
    text = unit * (10_000 // len(unit))
    seconds = redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth")
    assert seconds < LINEAR_SECONDS
