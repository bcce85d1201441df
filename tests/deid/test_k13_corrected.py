"""Round 13 (k13): a name misheard in dictation and corrected straight after ("Quentin
bell ray, sorry, Quentin Belaire"): the misheard words are replaced with the name, and the
final check refuses them when the replacer is blinded; sentences of our own, near misses
and 10 KB inputs."""

from __future__ import annotations

import datetime
import random

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.check import Checker
from tests.deid.helpers import LINEAR_SECONDS, assert_left_by_vault, redact_and_check_seconds

TODAY = datetime.date(2026, 12, 5)
SUBJECT = KnownSubject(
    role="CLIENT",
    name="Quentin Belaire",
    linked=(LinkedPerson("Oksana Dvorak", "partner"), LinkedPerson("Marlow Foods", "employer")),
)

FOUND = [
    ("Letter for Quentin bell ray, sorry, Quentin Belaire, seen today.", "bell ray"),
    ("seen kwen tin today comma sorry Quentin comma at the clinic", "kwen tin"),
    ("follow up for quentin bel air correction belaire date of birth", "bel air"),
    ("client kenton I'll spell it Q U E N T I N Belaire, referred by", "kenton"),
    ("his wife ox anna that is Oksana Dvorak came in with him", "ox anna"),
    ("Review with mister bell err, I mean Belaire, on the ward.", "bell err"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "misheard"), FOUND)
def test_a_corrected_mishearing_is_replaced_and_checked(text: str, misheard: str) -> None:
    """The words before the cue are replaced, and the check finds them in the output with
    the corrected name replaced (the replacer blinded)."""
    engine = Deidentifier([SUBJECT], rng=random.Random(0), today=TODAY)
    result = engine.redact(text)
    assert misheard not in result.text, result.text
    assert engine.leaks(result.text) == []
    at = text.index(misheard)
    tags = {r.start: r for r in result.replacements if r.layer == "vault"}
    blinded = text
    for start in sorted(tags, reverse=True):  # only the corrected name, as a tag
        if start > at + len(misheard):
            rep = tags[start]
            blinded = blinded[:start] + rep.replacement + blinded[rep.end :]
    leaks = Checker([SUBJECT], today=TODAY).leaks(blinded, {"[CLIENT]", "[PARTNER]"})
    assert any(leak.start <= at < leak.end for leak in leaks), (blinded, leaks)


NOT_FOUND = [
    ("She said sorry, Quentin, and left early.", "said"),
    ("I'm sorry Quentin, that sounds hard.", "I'm"),
    ("Told him we were so sorry, Quentin Belaire nodded.", "so"),
    ("Apologised to the team, sorry Quentin was late again.", "team"),
    ("Mum was cross. Sorry, Quentin said, and went up.", "cross"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_words_before_an_apology_are_left(text: str, word: str) -> None:
    """An apology to the client or words whose sound is no name part's: not replaced as
    the client, and no refusal."""
    assert_left_by_vault(SUBJECT, text, word)


SIZE = 10_000
PATHOLOGICAL = {
    "cues repeated": "sorry, sorry correction I mean that is " * (SIZE // 39),
    "words before a cue": "bell ray bell ray bell ray, sorry, Quentin " * (SIZE // 43),
    "tags after cues": "bel air sorry [CLIENT] bel air correction [CLIENT] " * (SIZE // 51),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_13_corrections_are_linear(name: str) -> None:
    """10 KB of a pathological input for the corrections is redacted and checked in under
    half a second."""
    seconds = redact_and_check_seconds(
        Deidentifier([SUBJECT]), PATHOLOGICAL[name], "warm-up bell ray, sorry, Quentin Belaire"
    )
    assert seconds < LINEAR_SECONDS
