"""Issue 13, round 5 (p5): people in quotes, in brackets after a role, as a speaker, by
initials in a register, or an English given name opening a sentence before a verb.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

FOUND = [
    # A nickname in quotes in brackets after a person or a relation.
    ('Her partner Oluwaseun ("Shay") came too.', "Shay"),
    ('His nan ("Nanny Bee") is unwell.', "Nanny Bee"),
    ('Her son Jean-Luc ("J-L") is at college.', "J-L"),
    ('Her husband Earl ("Big E") is away.', "Big E"),
    # A quoted name before a person's verb.
    ('He said "Kezzo started it" and went quiet.', "Kezzo"),
    # A name alone in brackets after a role.
    ("Seen with the ward chaplain (Okonkwo) this week.", "Okonkwo"),
    ("Interpreter (Farzana, Language Line) by phone.", "Farzana"),
    ("Argued with a teammate (Sione) after training.", "Sione"),
    # A speaker's label before a quotation.
    ('Screenshot:\nZainab: "are u coming or not"', "Zainab"),
    # Initials listed after a register's label.
    ("Present: RK, PD-M, LW; facilitator: me.", "PD-M"),
    ("Apologies: JT, SB.", "SB"),
    # An initial in brackets after a role, or in quotes after a relation.
    ("Another member (R.) spoke about her dad.", "R."),
    ('Her son "D." is at college now.', "D."),
    # A given name spoken to, ending a quotation; a lone letter after a lower-case honorific.
    ('He said "that is enough now, Marcus." and left.', "Marcus"),
    ("hi dr j \u2014 quick question about meds", "j"),
    # An English word that is a common given name, opening a sentence before a verb.
    ("We sat in silence. Grace cried for the first time.", "Grace"),
]

KEPT = [
    ('Plan: "review in two weeks" agreed.', "review"),
    ('She said "Hello" and left.', "Hello"),
    ("Seen with the chaplain on the ward (Weekly) this month.", "Weekly"),
    ("The OT eval (Pending) is next week.", "Pending"),
    ("Her support worker (NHS) is new.", "NHS"),
    ("Present: CBT, DBT and ACT were discussed.", "CBT"),
    ("Present: AB only.", "AB"),
    ("Hope helped her through it.", "Hope"),  # a verb an idea can do too
    ('Screenshot:\nMum: "are u coming"', "Mum"),
    ("Plan B (C.) was agreed.", "C."),
    ("the dr a lot of the time", "a"),
]


@pytest.mark.parametrize(("text", "part"), FOUND)
def test_found(text: str, part: str) -> None:
    """Each round-5 quote, bracket, speaker, register or opening rule replaces the name."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), KEPT)
def test_kept(text: str, part: str) -> None:
    """Quoted words, places, departments, abbreviations and relations are left alone."""
    assert not covers(text, part), replaced(text)


SIZE = 10_000
PATHOLOGICAL = {
    "quotes": '("Aa-Bb-Cc" "Dd Ee" " (" ' * (SIZE // 24),
    "registers": "Present: AB, CD, EF-G, " * (SIZE // 23),
    "roles": "the chaplain (Aab, the rep (Bbc) ( " * (SIZE // 35),
    "speakers": '\nAab Bbc: "x"\nCcd: "' * (SIZE // 20),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a round-5 rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS


LAST_LINE = [
    ("Plan: review in two weeks.\nrk", "rk"),
    ("Plan: review in two weeks.\nTJ, 04.11.26", "TJ"),
    ("Thanks for covering! - Oonagh", "Oonagh"),
]

LAST_LINE_KEPT = [
    ("Plan: review in two weeks.\nok", "ok"),
    ("Plan: review in two weeks.\nNHS", "NHS"),
    ("Plan: review in two weeks.\nTBC", "TBC"),
    ("Plan: review in two weeks - Monday", "Monday"),
]


@pytest.mark.parametrize(("text", "part"), LAST_LINE)
def test_last_line_signer(text: str, part: str) -> None:
    """Initials alone, initials before a date, or a name after a dash ending a note sign it."""
    assert covers(text, part), replaced(text)


@pytest.mark.parametrize(("text", "part"), LAST_LINE_KEPT)
def test_last_line_words_kept(text: str, part: str) -> None:
    """A chat word, an abbreviation or an English word ending a note signs nothing."""
    assert not any(cat == "person" and part in what for what, cat in replaced(text))
