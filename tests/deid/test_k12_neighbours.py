"""Round 12 (k12): a word beside a found name part of the same person that no search takes
alone (a short part, a capital initial, a clip of the given name, and the clip's other
mentions), and a dictated surname whose word starts with a silent letter ("lo mass knee");
sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)


def _engine(name: str) -> Deidentifier:
    subject = KnownSubject(role="CLIENT", name=name)
    return Deidentifier([subject], rng=random.Random(0), today=TODAY)


FOUND = [
    ("Ly Bo Quach", "intake call - bo quach - wants evening slots", "bo"),
    ("Teodora Vance", "Review - T Vance - 6 of 8. She slept better.", "T"),
    ("Barnaby Kettlewell", "group 3 notes: barn kettlewell quiet today", "barn"),
    ("Ignatius Ferreira", "Iggy? No: Ign Ferreira, he signs. Ign said the week was long.", "Ign"),
    ("Cormac Delaney", "ph - cor delaney - wk 2\n\ncor (41) - roofer, low mood.", "cor"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "word"), FOUND)
def test_a_neighbour_of_the_found_name_is_taken(name: str, text: str, word: str) -> None:
    """The word beside the found part, and a clip's later mentions, are replaced."""
    engine = _engine(name)
    result = engine.redact(text)
    assert f" {word} " not in f" {result.text} ".replace("\n", " "), result.text
    assert engine.leaks(result.text) == []


NOT_FOUND = [
    ("Anwen Price", "A Price rise was announced. We talked about money.", "A Price"),
    ("Ly Bo Quach", "QUACH said her bo is a puppy.", "bo is"),
    ("Declan Murphy", "seen 3 dec murphy at the clinic", "dec murphy"),
    ("Declan Murphy", "dec murphy rang. since dec he drinks less; dec 12 next.", "dec he"),
    ("Declan Murphy", "dec murphy rang. since dec he drinks less; dec 12 next.", "dec 12"),
    ("Barnaby Kettlewell", "the barn Kettlewell owns is empty", "barn Kettlewell"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "where"), NOT_FOUND)
def test_words_that_only_stand_beside_a_name_are_left(name: str, text: str, where: str) -> None:
    """An article opening a sentence, another case, a month after a number or after "since",
    a word in a lower case beside a capitalised name: not replaced as the client's."""
    engine = _engine(name)
    result = engine.redact(text)
    at = text.index(where)
    assert not [r for r in result.replacements if r.layer == "vault" and r.start <= at < r.end]


def test_dictated_surname_with_a_silent_letter() -> None:
    """ "henry lo mass knee" in a dictated note (the "k" of "knee" is not said) is the
    client's surname for both layers."""
    text = "Dictated via Dragon\n\nnote for henry lo mass knee date of birth july"
    subject = KnownSubject(role="CLIENT", name="Henry Lomasney")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "knee" not in result.text, result.text
    leaks = Checker([subject], today=TODAY).leaks(text)
    assert any(leak.start <= text.index("knee") < leak.end for leak in leaks), leaks


def test_a_knee_is_a_knee_when_nothing_is_dictated() -> None:
    """Outside a dictated note, "mass knee" is words."""
    engine = _engine("Henry Lomasney")
    result = engine.redact("henry has a lo mass knee pain, ortho to see")
    assert "knee" in result.text, result.text


SIZE = 10_000
PATHOLOGICAL = {
    "clips and surnames": "dec murphy dec dec Dec Murphy 3 Dec " * (SIZE // 36),
    "initials before names": "A Murphy. A Murphy I Murphy A " * (SIZE // 30),
    "silent letters dictated": "dictated mur knee phy knee gnu wr " * (SIZE // 34),
    "glosses repeated": 'says it "Murfee" it\'s "aaaa" pronounced "' * (SIZE // 40),
    "letters alone on lines": "a long enough line of text here.\n\nd\n\nd\n" * (SIZE // 40),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_12_neighbours_are_linear(name: str) -> None:
    """10 KB of a pathological input for the neighbours is redacted and checked in under
    half a second."""
    subject = KnownSubject(role="CLIENT", name="Declan Murphy")
    seconds = redact_and_check_seconds(
        Deidentifier([subject]), PATHOLOGICAL[name], "warm-up dec murphy"
    )
    assert seconds < LINEAR_SECONDS


@pytest.mark.parametrize(
    "text",
    ["Can we move Thursday to the evening? Work is mad.\n\nm\n\n---\nReplied: yes.",
     "Thanks for today, it helped more than I said.\n\n- M x\n"],
)  # fmt: skip
def test_a_message_signed_with_the_clients_initial(text: str) -> None:
    """A line holding only the client's first initial after a message's text is her initial:
    replaced, and the check reads it in the raw text on its own."""
    subject = KnownSubject(role="CLIENT", name="Marisela Quon")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "\nm\n" not in result.text, result.text
    assert " M x" not in result.text, result.text
    assert Checker([subject], today=TODAY).leaks(text) != []


@pytest.mark.parametrize(
    "text",
    ["Options we listed:\na\nm\n\nShe chose the second.",
     "Can we move Thursday to the evening? Work is mad.\n\nk\n\n---",
     "Score on item\nm\n\nrest"],
)  # fmt: skip
def test_a_letter_alone_that_signs_nothing_is_left(text: str) -> None:
    """A lettered list, another letter, a short line before: no initial, no refusal."""
    subject = KnownSubject(role="CLIENT", name="Marisela Quon")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert not [r for r in result.replacements if r.layer == "vault"], result.text
    assert Checker([subject], today=TODAY).leaks(text) == []


@pytest.mark.parametrize(
    "text",
    ['Mr Tate keeps calling him the wrong name; he says it "Lasso", it\'s "Lah-slo".',
     'New name badge spelt wrong: the name sounds like "Lazlo" and he wants that.'],
)  # fmt: skip
def test_a_names_sound_glossed_in_quotes(text: str) -> None:
    """The quoted sound of the client's name after a cue of saying is his name, both layers."""
    subject = KnownSubject(role="CLIENT", name="László Farkas")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert "Lah-slo" not in result.text, result.text
    assert "Lazlo" not in result.text, result.text
    assert Checker([subject], today=TODAY).leaks(text) != []


def test_an_english_word_after_a_weak_cue_is_left() -> None:
    """'it\'s "Lazy"' with no word "name" before: a quoted word, not a name's sound."""
    subject = KnownSubject(role="CLIENT", name="László Farkas")
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    text = 'His word for the dog: it\'s "Lazy" most days.'
    result = engine.redact(text)
    assert "Lazy" in result.text, result.text
    assert Checker([subject], today=TODAY).leaks(text) == []


def test_glossed_sounds_leave_an_organisations_glossed_acronym_alone() -> None:
    """The sound glosses keep their own table: an employer's acronym glossed in brackets
    ("Southend Hospital (MSE)", round 10) is still replaced."""
    subject = KnownSubject(
        role="CLIENT",
        name="Marisela Quon",
        linked=(LinkedPerson("Mid and South Essex NHS Foundation Trust", "employer"),),
    )
    engine = Deidentifier([subject], rng=random.Random(0), today=TODAY)
    result = engine.redact("Staff nurse at Southend Hospital (MSE), on nights.")
    assert "MSE" not in result.text, result.text
