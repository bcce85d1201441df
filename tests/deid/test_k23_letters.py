"""Round 23 (k23): a known person's single capital after a preposition, a conjunction or a
verb of contact ("rang W about", "cover for W.", "unless P agrees") is replaced by the vault
layer and read on its own by the final check; a side, a sex marker, a grade, a letter
before a noun or in a pair, and a letter no known name opens are left. Sentences of our
own, near misses and 10 KB inputs."""

from __future__ import annotations

import pytest

from notes_vault.deid import KnownSubject, LinkedPerson
from tests.deid.helpers import (
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

WILLA = KnownSubject(
    role="CLIENT",
    name="Wilhelmina Otieno",
    aliases=("Willa",),
    linked=(
        LinkedPerson("Pascal Otieno", "partner"),
        LinkedPerson("Ravenscroft Academy", "school"),
    ),
)
LEON = KnownSubject(role="CLIENT", name="Leonard Fitch")

PLACED = [
    (WILLA, "no show; rang W about it at 4pm, no answer", "W about"),
    (WILLA, "duty worker to cover for W. Next review in March.", "W. Next"),
    (WILLA, "She may move out unless P agrees to counselling.", "P agrees"),
    (WILLA, "texted W on the new number, reply pending", "W on"),
    (WILLA, 'she is "exhausted" per W, sleeping 4h a night', "W, sleeping"),
    (WILLA, "mum translates but W mostly answers herself", "W mostly"),
    (LEON, "spoke with L today re his bloods", "L today"),
]


@pytest.mark.parametrize(("subject", "text", "form"), PLACED)
def test_a_known_capital_after_a_closed_word_is_replaced(
    subject: KnownSubject, text: str, form: str
) -> None:
    """The vault layer replaces the letter and nothing is refused."""
    assert_vault_replaces(known_engine(subject), text, text.index(form))


@pytest.mark.parametrize(("subject", "text", "form"), PLACED)
def test_the_check_reads_a_known_capital_after_a_closed_word(
    subject: KnownSubject, text: str, form: str
) -> None:
    """The final check reads the letter in a raw text on its own."""
    assert_check_reads(known_engine(subject), text, text.index(form))


NEAR_MISSES = [
    (LEON, "small burn on L forearm, dressed", "L forearm"),  # a side before a noun
    (LEON, "tender on L, not on the right", "L, not"),  # a side after a word of place
    (LEON, "marks seen on L and R wrists", "L and"),  # a pair of letters
    (WILLA, "she was predicted A*AA and got AAB", "A*AA"),
    (WILLA, "elderly W in bay 3, settled", "W in"),  # not after a closed word
    (WILLA, "went to A and E with chest pain", "A and"),
    (WILLA, "copied to R. Hughes at the surgery", "R. Hughes"),  # no known name opens R
    (WILLA, "letter from W. Tremlett, the housing officer", "W. Tremlett"),  # someone else
    (WILLA, "wants help with W block rota", "W block"),  # a letter before a noun
]


@pytest.mark.parametrize(("subject", "text", "form"), NEAR_MISSES)
def test_a_capital_that_stands_for_no_one_is_left(
    subject: KnownSubject, text: str, form: str
) -> None:
    """A side, a grade, a pair, a letter before a noun or a name, a letter after an open
    word: no vault replacement and no refusal."""
    assert_vault_leaves(known_engine(subject), text, text.index(form))


PATHOLOGICAL = {
    "letters after closed words": "per W. with W, if W came by L on " * 320,
    "capitals and blanks": ("for " + "W " * 2000) + "agrees",
    "pairs": "to L and R and L or R " * 460,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_23_letters_are_linear(name: str) -> None:
    """10 KB of a pathological input is redacted and checked in under half a second."""
    engine = known_engine(WILLA, LEON)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up per W.")
    assert seconds < LINEAR_SECONDS


INES = KnownSubject(role="CLIENT", name="Inés Úrsula Peña Ortega")

ACCENTED = [
    "Expediente: Peña Ortega, Inés Ú.  F/N 3/4/1988",
    "Firma: Ú. Peña Ortega (paciente)",
    "Attended with her sister; Inés Ú. said little.",
]


@pytest.mark.parametrize("text", ACCENTED)
def test_an_accented_initial_beside_the_name_is_replaced(text: str) -> None:
    """The accented initial goes with the name it stands beside, and nothing is refused."""
    engine = known_engine(INES)
    result = engine.redact(text)
    assert "Ú" not in result.text, result.text
    assert engine.leaks(result.text) == [], result.text


def test_the_check_reads_an_accented_initial_beside_a_tag() -> None:
    """The final check reads "[CLIENT] Ú." on its own."""
    text = "Expediente: [CLIENT], [CLIENT] Ú.  F/N"
    assert_check_reads(known_engine(INES), text, text.index("Ú"), also=("[CLIENT]",))


ACCENTED_LEFT = [
    "Expediente: Peña Ortega, Inés É.  F/N",  # no part of her name opens with E
    "Inés Ú said little today.",  # no full stop: not read as an initial here
]


@pytest.mark.parametrize("text", ACCENTED_LEFT)
def test_an_accented_capital_that_is_no_initial_of_hers_is_left(text: str) -> None:
    """No vault replacement covers the capital, and nothing is refused."""
    at = next(i for i, c in enumerate(text) if c in "ÉÚ")
    assert_vault_leaves(known_engine(INES), text, at)


def test_accented_initials_are_linear() -> None:
    """10 KB of names and accented initials is redacted and checked in under half a second."""
    engine = known_engine(INES)
    text = "Inés Ú. Ú. Peña É. " * 520
    assert redact_and_check_seconds(engine, text, "warm-up Inés Ú.") < LINEAR_SECONDS
