"""Round 23 (k23): four false refusals of the final check made exact, each with the form it
must still read: a letter after an organisation's tag is the body's ("Post Handling
[ORGANISATION 4] A"), a degree after another person's tag and a comma is theirs ("([PERSON
3], MD)"), the possessive of an English word is that word ("a fisherman's daughter" beside a
known "Fishermen's Mission"), and "no" before a cue of correction opens the correction, it
is no name first heard. Sentences of our own."""

from __future__ import annotations

import pytest

from notes_vault.deid import KnownSubject, LinkedPerson
from tests.deid.helpers import assert_check_reads, known_engine

TREVOR = KnownSubject(role="CLIENT", name="Trevor Arnold Pybus")
MARCUS = KnownSubject(role="CLIENT", name="Marcus Dunn")
MOIRA = KnownSubject(
    role="CLIENT", name="Moira Buchan", linked=(LinkedPerson("Fishermen's Mission", "other"),)
)
GWEN = KnownSubject(
    role="CLIENT", name="Gwen Tully", linked=(LinkedPerson("Nadia Okafor", "partner"),)
)

LEFT = [
    (TREVOR, "Benefits Centre\nPost Handling [ORGANISATION 4] A\nLeeds", ("[ORGANISATION 4]",)),
    (MARCUS, "Addendum ([PERSON 3], MD): [CLIENT] seen alone", ("[PERSON 3]", "[CLIENT]")),
    (MOIRA, "She grew up a fisherman's daughter in a harbour town.", ()),
    (GWEN, "Lives with her husband? -- no, correction: [PARTNER] is her wife.", ("[PARTNER]",)),
]


@pytest.mark.parametrize(("subject", "text", "tags"), LEFT)
def test_the_check_passes_what_names_no_one_it_knows(
    subject: KnownSubject, text: str, tags: tuple[str, ...]
) -> None:
    """No leak is reported: the text holds nothing the vault knows."""
    assert known_engine(subject).leaks(text, also=tags) == []


READ = [
    (TREVOR, "Claimant: Mr [CLIENT] A\nDWP", ("[CLIENT]",), "A\n"),  # a middle initial
    (MARCUS, "Addendum ([CLIENT], MD): [CLIENT] seen alone", ("[CLIENT]",), "MD"),
    (GWEN, "moved in with nadir, sorry, [PARTNER], in May", ("[PARTNER]",), "nadir"),
]


@pytest.mark.parametrize(("subject", "text", "tags", "form"), READ)
def test_the_check_still_reads_the_known_form(
    subject: KnownSubject, text: str, tags: tuple[str, ...], form: str
) -> None:
    """Beside the vault's own tag the same letters are still read as a leak."""
    assert_check_reads(known_engine(subject), text, text.index(form), also=tags)


def test_a_known_words_misspelling_is_still_read() -> None:
    """A misspelt known organisation word that is no English word's possessive is read."""
    engine = known_engine(MOIRA)
    text = "Referred by the Fishermens Mision last week."
    assert_check_reads(engine, text, text.index("Fishermens"))
