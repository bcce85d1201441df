"""Round 8 (k8): notes naming several known people who share a first name or initials,
and two-letter first names written in lower case."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject
from tests.deid import k8_redteam

TODAY = datetime.date(2026, 12, 5)


def _engine(*subjects: KnownSubject) -> Deidentifier:
    return Deidentifier(list(subjects), rng=random.Random(0), today=TODAY)


def test_red_team_sentences_leave_nothing() -> None:
    """Every hand-written round-8 sentence (several clients on one note) is replaced or
    refused: no known form survives an exit 0."""
    leaks = [(s, t) for verdict, s, t in k8_redteam.verdicts() if verdict == "LEAK"]
    assert leaks == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Niamh D. rang to cancel.", "[CLIENT 2] rang to cancel."),
        ("Niamh D's email bounced.", "[CLIENT 2]'s email bounced."),
        ("Niamh G and Niamh D in group.", "[CLIENT] and [CLIENT 2] in group."),
        ("Niamh D came; Niamh was late.", "[CLIENT 2] came; [CLIENT] was late."),
    ],
)
def test_a_shared_first_name_and_the_others_initial_is_the_other(
    sentence: str, expected: str
) -> None:
    """A first name two clients share, then a capital that is the other client's initial
    only, is that client: the initial is taken in and the other's tag given (it was the
    first client's tag with the capital left, refused)."""
    engine = _engine(*k8_redteam.OXF)
    result = engine.redact(sentence)
    assert result.text == expected
    assert engine.leaks(result.text) == []


@pytest.mark.parametrize("sentence", ["Niamh I think was late.", "Niamh A said no."])
def test_a_pronoun_or_article_after_a_shared_name_is_not_taken(sentence: str) -> None:
    """Near miss: "I" and "A" after a shared first name stay words."""
    result = _engine(*k8_redteam.OXF).redact(sentence)
    assert result.text.split()[1] == sentence.split()[1]


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Jo Smithers", "plan: jo to phone the GP"),
        ("Jo Smithers", "seen with jo and her mum"),
        ("Cy Twombly", "cy came in late again"),
        ("Ru Okonjo", "told ru about the waitlist"),
        ("Bo Larsen", "bo said it was fine"),
        ("Kiri Larsen", "bo said it was fine".replace("bo", "kiri")),
    ],
)
def test_a_two_letter_first_name_in_lower_case_is_replaced(name: str, written: str) -> None:
    """A two-letter first name that is no word, abbreviation or particle is the person in
    lower case too ("jo came late"); it passed the replacer and the check before."""
    first = name.split(maxsplit=1)[0].lower()
    result = _engine(KnownSubject(role="CLIENT", name=name)).redact(written)
    assert first not in result.text.split(), result.text


@pytest.mark.parametrize(
    ("name", "written", "token"),
    [
        ("Li Wei", "she said li was the word for it", "li"),
        ("Sam Li", "wore her li ning trainers", "li"),
        ("Ed Kowal", "her ed psych report came", "ed"),
        ("Al Pryce", "Smith et al found this", "al"),
        ("Di Moran", "the film with di caprio in", "di"),
        ("Ty Brennan", "texted ty x", "ty"),
        ("Mo Farah", "back in 3 mo for review", "mo"),
    ],
)
def test_a_two_letter_surname_word_or_particle_stays_in_lower_case(
    name: str, written: str, token: str
) -> None:
    """Near miss: a surname of two letters ("Li"), or a first name that is a word, an
    abbreviation or a particle ("ed", "al", "di", "ty", "mo"), stays capital-only."""
    engine = _engine(KnownSubject(role="CLIENT", name=name))
    result = engine.redact(written)
    assert token in result.text.split(), result.text
    assert engine.leaks(result.text) == []
