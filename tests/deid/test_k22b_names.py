"""Round 22 (k22b): a leading clip of the client's given name or alias in any case ("ferg",
"marcie"), and a single capital standing for the client as a clause's subject ("T
reports", "T phoned", "T's phone") is replaced by the vault layer and read on its own by the
final check; the same letter as an article, after a title or a word that letters things,
before a letter's noun, or a linked person's letter, is left. Sentences of our own, near
misses and a 10 KB input."""

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

TAMSIN = KnownSubject(
    role="CLIENT", name="Tamsin Greaves", linked=(LinkedPerson("Rhona Greaves", "mother"),)
)
ANWEN = KnownSubject(role="CLIENT", name="Anwen Pryce")

SUBJECTS = [
    (TAMSIN, "Home visit. T reports waking at four most nights.", "T reports"),
    (TAMSIN, "school nurse says T is refusing lunch again", "T is"),
    (TAMSIN, "T's phone was taken off her at the unit.", "T's"),
    (TAMSIN, "plan agreed -> T phoned the crisis line twice.", "T phoned"),
    (TAMSIN, "| 14.03 | T turned up late, soaked through", "T turned"),
    (TAMSIN, "T minimises the fights; T blames herself.", "T blames"),
    (ANWEN, "Review. A reports less panic on the bus.", "A reports"),
    (ANWEN, "A's sister drove her in today.", "A's"),
]


@pytest.mark.parametrize(("subject", "text", "form"), SUBJECTS)
def test_the_clients_capital_as_a_subject_is_replaced(
    subject: KnownSubject, text: str, form: str
) -> None:
    """The vault layer replaces the letter and nothing is refused."""
    assert_vault_replaces(known_engine(subject), text, text.index(form))


@pytest.mark.parametrize(("subject", "text", "form"), SUBJECTS)
def test_the_check_reads_the_clients_capital(subject: KnownSubject, text: str, form: str) -> None:
    """The final check reads the letter in a raw text on its own."""
    assert_check_reads(known_engine(subject), text, text.index(form))


NEAR_MISSES = [
    (ANWEN, "A referral was sent to the GP.", "A referral"),
    (ANWEN, "A levels finished, results in August.", "A levels"),
    (ANWEN, "Plan A failed, so we tried the other one.", "A failed"),
    (ANWEN, "Bloods sent, Hep A was negative last year.", "A was"),
    (ANWEN, "Ward A reported two incidents overnight.", "A reported"),
    (TAMSIN, "bloods show T cells low, to be repeated.", "T cells"),
    (TAMSIN, "at night R reports shouting.", "R reports"),  # the mother's letter
    (TAMSIN, "I said T. Greaves may come early.", "I said"),
    (TAMSIN, "she got a T shirt from the unit", "T shirt"),
    (TAMSIN, "Type T was ticked on the form by mistake.", "T was"),
]


@pytest.mark.parametrize(("subject", "text", "form"), NEAR_MISSES)
def test_a_capital_that_is_no_subject_is_left(subject: KnownSubject, text: str, form: str) -> None:
    """An article, a letter after a title or a lettering word, before a letter's noun, a
    linked person's letter, "I": no vault replacement and no refusal."""
    assert_vault_leaves(known_engine(subject), text, text.index(form))


PATHOLOGICAL = {
    "letters before verbs": "T reports T's T is A T. " * 420,
    "capitals and blanks": ("T " * 2000) + "reports",
    "lettering words": "Plan T was Ward T has Dr T said " * 320,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_22b_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input is redacted and checked in under half a second."""
    engine = known_engine(TAMSIN, ANWEN)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up T reports")
    assert seconds < LINEAR_SECONDS


FERGUS = KnownSubject(role="CLIENT", name="Fergus Oduya", aliases=("Ruaridh",))
MARCELLA = KnownSubject(role="CLIENT", name="Marcella Bright")

CLIPS = [
    (FERGUS, "home visit -- ferg (14) on the sofa, phone in hand", "ferg"),
    (FERGUS, "YOT mtg: fergie's ankle tag off next wk", "fergie"),
    (FERGUS, "texted ruari re tues, no reply", "ruari"),
    (MARCELLA, "marcie rang the duty line at 2am, tearful", "marcie"),
]


@pytest.mark.parametrize(("subject", "text", "form"), CLIPS)
def test_a_clip_of_the_clients_given_name_is_replaced(
    subject: KnownSubject, text: str, form: str
) -> None:
    """The vault layer replaces the clip in lower case and nothing is refused."""
    assert_vault_replaces(known_engine(subject), text, text.index(form))


@pytest.mark.parametrize(("subject", "text", "form"), CLIPS)
def test_the_check_reads_a_clip(subject: KnownSubject, text: str, form: str) -> None:
    """The final check reads the clip in a raw text on its own."""
    assert_check_reads(known_engine(subject), text, text.index(form))


CLIP_NEAR_MISSES = [
    (MARCELLA, "she bought a march ticket for the gig", "march"),  # English word
    (KnownSubject(role="CLIENT", name="Declan Moss"), "seen 4 dec, settled", "dec"),  # month
    (KnownSubject(role="CLIENT", name="Delfina Ortiz"), "dice: dolor del alma", "del"),
    # Round 22 (lead): clinical shorthand that clips the name.
    (KnownSubject(role="CLIENT", name="Abdirahman Warsame"), "c/o abd pain since sat", "abd"),
    (KnownSubject(role="CLIENT", name="Dexter Hale"), "given dex 8mg in ED", "dex"),
    (KnownSubject(role="CLIENT", name="Imogen Pratt"), "imo she is coping better", "imo"),
]


@pytest.mark.parametrize(("subject", "text", "form"), CLIP_NEAR_MISSES)
def test_a_word_that_is_no_clip_is_left(subject: KnownSubject, text: str, form: str) -> None:
    """An English word, a month, a foreign function word: left alone."""
    assert_vault_leaves(known_engine(subject), text, text.index(form))


def test_clips_are_linear() -> None:
    """10 KB of words opening with the clip is redacted and checked in under half a second."""
    engine = known_engine(FERGUS, MARCELLA)
    text = "fer ferg fergu fergusx marcelll " * 320
    assert redact_and_check_seconds(engine, text, "warm-up ferg") < LINEAR_SECONDS
