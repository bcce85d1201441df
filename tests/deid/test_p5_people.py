"""Issue 13, round 5 (p5): lower-case names by their place in a sentence, and misread digits.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from notes_vault.deid.misread import misread_view
from notes_vault.deid.tokens import tokenize
from tests.deid.helpers import (
    LINEAR_SECONDS,
    covers,
    redact_and_check_seconds,
    replaced,
    replacements,
)

FOUND = [
    # Beside "me", even an English word that is a name.
    ("me and grace got the bus home", "grace"),
    ("it was just bill and me in the end", "bill"),
    # After a verb of talking to someone.
    ("she told summer everything that night", "summer"),
    ("he spoke to hunter about the debt", "hunter"),
    ("I texted brooke after the session", "brooke"),
    # After a plural of kin; a pair.
    ("the twins jayda and koby are staying with nan", "jayda"),
    ("the twins jayda and koby are staying with nan", "koby"),
    ("lives with kayleigh and bf connor now", "kayleigh"),
    # Before a possessive and a personal noun.
    ("went to stacey's house after school", "stacey"),
    ("it was ruby's mum who found her", "ruby"),
    ("went to jordans party and drank too much", "jordans"),
    # A nickname after "big" or "lil".
    ("says big dave runs the door there", "big dave"),
    # Opening a clause before a person's verb, even an English word.
    ("the rent was late, so hope paid it", "hope"),
    ("the car broke down and frank drove her in", "frank"),
]

KEPT = [
    ("she said it with grace and calm", "grace"),
    ("between hope and fear for me", "hope"),  # "me" not beside it
    ("the phone bill's name was wrong", "bill"),
    ("the big man at the door", "man"),
    ("home is a big trigger and big love.", "love"),
    ("the big will was read out", "will"),
    ("she will drove home", "will"),  # a modal before a verb is no name
    ("told them nothing", "them"),
    ("the boys football kit was muddy", "football"),
    ("it's grace's fault, she says", "grace"),
    ("the water bill was huge again", "bill"),  # a noun before it: the word, not Bill
    ("a tall man with a dog", "man"),  # an English word's possessive, no kin after
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_lower_case_names_found(text: str, part: str) -> None:
    """A lower-case name in each round-5 name position is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_lower_case_near_misses_kept(text: str, part: str) -> None:
    """English words beside the same cues, in no name's position, are left alone."""
    assert not covers(text, part), replaced(text)


def test_explain_gives_the_position() -> None:
    """`deid --explain` says the context layer and the position, never the name."""
    reps = replacements("me and grace got the bus home")
    assert reps
    assert reps[0].reason == "context: a lower-case given name beside 'me'"


MARKED = [
    # A pet's name.
    ("She still talks to her dog Pepper every night.", "Pepper"),
    ("Brought a photo of the cat (Mochi) to show me.", "Mochi"),
    # A name in quotes after a relation.
    ('His cousin "Tiny" drives him to the meetings.', "Tiny"),
    ('Her grandad "Pops Eddie" taught her to fish.', "Pops Eddie"),
    # Another name in brackets after a person found.
    ("Mentioned her brother Lenny (Leonardo) twice.", "Leonardo"),
    # The next name in a list of names and ages.
    ("Lives with her two boys (Jaxon 8, Ridge 5) and her mum.", "Ridge"),
    # A name spoken to, opening a line.
    ("Notes for the file.\nKeturah, thank you for covering Tuesday.", "Keturah"),
]

MARKED_KEPT = [
    ('His favourite song is "Hound Dog Blues" by someone.', "Blues"),
    ("The dog was calm today.", "was"),
    ('His cousin "maybe" comes too.', "maybe"),
    ("Interpreter: Dr Ahmadi (Pashto) by phone.", "Pashto"),
    ("Notes for the file.\nHonestly, you could not make it up.", "Honestly"),
    ("Her boss Tina (Finance) rang.", "Finance"),
]

MISREAD = [
    ("Tel: 0161 4l6 2O9O for the practice.", "4l6 2O9O"),
    ("a 6O year o1d man with COPD", "6O"),
    ("a 58 year o1d woman referred by her GP", "58"),
    ("Card ending 4O7l was used.", "4O7l"),
    ("Seen on 14th n0vember 2025 at home.", "n0vember"),
    ("Moved to Leeds in 2Ol9 with her aunt.", "2Ol9"),
    ("Mob: O7712 ll9 3O4 (after 6)", "ll9"),
    ("Seen on l4/ll at home.", "l4/ll"),
]

MISREAD_KEPT = [
    ("HbA1c 48, B12 low, GAD7 11, on O2 contract", "O2"),
    ("Postcode OL1 is not a misread", "OL1"),
    ("Room 1O1 is free", "1O1"),
    ("I'll see him and I 2 times said no", "ll"),
]

LABELLED = [
    ("Bleep the reg on call, pager 4471.", "4471", "phone"),
    ("Meeting link sent, Passcode 882134.", "882134", "id_number"),
]


@pytest.mark.parametrize(("text", "part", "category"), LABELLED)
def test_labelled_short_numbers(text: str, part: str, category: str) -> None:
    """A short number after 'pager' is a phone and after 'passcode' an ID; 'pins' is no label."""
    assert (part, category) in replaced(text)
    assert not covers("pins and needles 2 days", "2")


@pytest.mark.parametrize(("text", "part"), MARKED)
def test_marked_people_found(text: str, part: str) -> None:
    """A pet, a quoted nickname, a second name, a listed name or a name spoken to is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), MARKED_KEPT)
def test_marked_near_misses_kept(text: str, part: str) -> None:
    """Titles, languages, departments and words after the same marks are left alone."""
    assert not covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), MISREAD)
def test_misread_numbers_found(text: str, part: str) -> None:
    """An identifier with letters for digits, or digits for letters, is replaced."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), MISREAD_KEPT)
def test_misread_near_misses_kept(text: str, part: str) -> None:
    """Codes and numbers that only look misread, with no identifier's shape, are left."""
    assert not covers(text, part), replaced(text)


def test_misread_view_keeps_offsets() -> None:
    """The misread view has the note's length, and no view when no token needs one."""
    text = "Te1 0l23 and o1d"
    seen = misread_view(text, tokenize(text))
    assert seen is not None
    assert seen[0] == "Tel 0123 and old"
    assert misread_view("plain words 123", tokenize("plain words 123")) is None


SIZE = 10_000
PATHOLOGICAL = {
    "me and": "me and me and bill and me " * (SIZE // 26),
    "possessives": "aab's aab's mum bbbs bday " * (SIZE // 26),
    "misread tokens": "0l0l0 O1O1 o1o1o l0l0l " * (SIZE // 24),
    "big names": "big big big mike big " * (SIZE // 21),
    "marks": 'dog (Aab) cat Bbc mate "Ccd" Ddd (Eee) (Fff 3, Ggg 4, ' * (SIZE // 53),
    "spoken to": "\nAab, you\nBbc \u2014 thanks\n" * (SIZE // 27),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a round-5 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
