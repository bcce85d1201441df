"""Round 17 (k17): known identifiers the note itself equates with a form no other rule
reads: a quoted gloss in brackets after the identifier ('Dunmurry ("done marry")' in a
dictated note, '(pronounced "Fanshaw")' anywhere), a quoted phrase equated with it ('"crew"
= Crewe'), a run of words restated by it in a dictated note ("new yen tea haw, that's
Nguyen Thi Hoa"), and in a dictated note the phrase's other mentions; a record's surname
initial after a given name or alias ("OLU A ("); initials that are an abbreviation closing
a bracket after the name ("mark (regular caller, MP)"). Each is replaced and read by the
final check; sentences of our own, near misses and 10 KB inputs."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from notes_vault.deid import Deidentifier, KnownSubject, LinkedPerson
from notes_vault.deid.forms_calendars import other_days
from tests.deid.helpers import (
    KNOWN_TODAY,
    LINEAR_SECONDS,
    assert_check_reads,
    assert_vault_leaves,
    assert_vault_replaces,
    known_engine,
    redact_and_check_seconds,
)

TODAY = KNOWN_TODAY
NAME = "Brendan Joseph Tolan"


def _client(name: str = NAME, **known: Any) -> KnownSubject:
    known.setdefault("dob", datetime.date(1975, 9, 2))
    known.setdefault("address", "14 Mill Lane, Coleraine")
    return KnownSubject(role="CLIENT", name=name, **known)


HOSPITAL = {"linked": (LinkedPerson("Causeway Hospital", "other"),)}
ALIAS = {"aliases": ("Bren",)}
MP = "Matthew Ian Patel"
SAINT = {"linked": (LinkedPerson("St Thomas' Hospital", "other"),)}

FOUND: list[tuple[str, dict[str, Any], str, str]] = [
    (NAME, {}, 'Voice note via Dragon. Moved to Coleraine ("coal rain") last year.', "coal rain"),
    (NAME, {}, 'Mr Tolan (pronounced "Toe-lin", he says) attended.', "Toe"),
    (NAME, {}, 'Brendan Tolan ("bren dun tolan" in the dictation) attended.', "dun"),
    (NAME, HOSPITAL, 'typist note: "cause way" = Causeway Hospital. Seen there.', "cause way"),
    (NAME, HOSPITAL, 'dictated: taken to cause way overnight. Typist: "cause way" = Causeway'
     " Hospital.", "cause way"),
    (NAME, {}, "dictation: review of bren dun toe lan, that's Brendan Tolan, today", "toe lan"),
    (NAME, ALIAS, "22:10 BREN T (walk-in) -- low, tearful", "T"),
    (MP, {}, "0300 Matthew (frequent caller, MP) -- calmer", "MP"),
    ("Siobhan Nic Dhomhnaill", {}, "Dragon voice note: it's shove on Nic Dhomhnaill here", "shove"),
    ("Aled Rhys Pugh", {}, "dictated, not corrected. seen a lead Pugh today", "lead"),
    (NAME, {}, 'His text: "Running late, bus broke down. Sorry. B" - arrived 10:20.', "B"),
    (NAME, SAINT, "ED LIAISON AT TOMMY'S OVERNIGHT", "TOMMY'S"),
    (NAME, SAINT, "was transferred to Tommy's on Monday", "Tommy's"),
    (NAME, {}, "Dad gives his Hebrew birthday, 14 Kislev, not the secular one.", "Kislev"),
    (NAME, {}, "keeps a lunar birthday as well (8th month 3rd day)", "3rd day"),
    (NAME, {}, "born on the 2nd of Shawwal, he says", "Shawwal"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "known", "text", "form"), FOUND)
def test_a_known_form_is_replaced(name: str, known: dict[str, Any], text: str, form: str) -> None:
    """The form is replaced by the vault layer and nothing is refused."""
    at = text.index(form) + len(form) - 1
    assert_vault_replaces(known_engine(_client(name, **known)), text, at)


CHECKED: list[tuple[str, dict[str, Any], str, str]] = [
    (NAME, {}, 'Voice note via Dragon. Moved to [ADDRESS] ("coal rain") last year.', "coal"),
    (NAME, {}, 'Mr [CLIENT] (pronounced "Toe-lin", he says) attended.', "Toe"),
    (NAME, HOSPITAL, 'typist note: "cause way" = [PERSON]. Seen there.', "cause"),
    (NAME, {}, "dictation: review of bren dun toe lan, that's [CLIENT], today", "toe"),
    (NAME, ALIAS, "22:10 [CLIENT] T (walk-in) -- low, tearful", "T ("),
    (MP, {}, "0300 [CLIENT] (frequent caller, MP) -- calmer", "MP"),
    ("Siobhan Nic Dhomhnaill", {}, "Dragon voice note: it's shove on [CLIENT] here", "shove"),
    ("Aled Rhys Pugh", {}, "dictated, not corrected. seen a lead [CLIENT] today", "lead"),
    (NAME, {}, 'Text: "Can we move it to Friday? Thanks, B"', "B"),
    (NAME, SAINT, "seen at Tommy's last night", "Tommy's"),
    (NAME, {}, "Hebrew birthday: 14 Kislev.", "14"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "known", "text", "form"), CHECKED)
def test_the_final_check_reads_the_form(
    name: str, known: dict[str, Any], text: str, form: str
) -> None:
    """The final check refuses the form left in a text (a replacer that missed it gives a
    refusal, not a leak)."""
    engine = known_engine(_client(name, **known))
    assert_check_reads(engine, text, text.index(form), also=("[CLIENT]",))


LEFT: list[tuple[str, dict[str, Any], str, str]] = [
    (NAME, {}, 'Dictated. Brendan ("not a good week") came in.', "good week"),
    (NAME, {}, 'Brendan ("better now") came in.', "better"),
    (NAME, {}, 'Brendan ("bad night") came in, dictated by Dragon.', "bad night"),
    (NAME, {}, 'typist note: "missus" = Mrs throughout; Brendan seen.', "missus"),
    (NAME, {}, "review of the plan, that's all for Brendan today", "plan"),
    (NAME, ALIAS, "Bren A and B were both seen", "A"),
    (MP, {}, "Matthew wrote to his MP (Labour) about it.", "MP"),
    (MP, {}, "Matthew (and his MP) met today.", "MP"),
    ("Aled Rhys Pugh", {}, "seen a lead Pugh today, in person", "lead"),
    ("Aled Rhys Pugh", {}, "dictated, not corrected. to take the lead Pugh said", "the lead"),
    ("Aled Rhys Pugh", {}, "dictated. she played a lead role, then Pugh", "lead"),
    (NAME, {}, 'She said "it is plan B" and left.', "B"),
    (NAME, {}, 'Text: "ok. B"', "B"),
    (NAME, SAINT, "Tommy's mum rang about the visit.", "Tommy"),
    (NAME, SAINT, "stayed at Tom's overnight", "Tom's"),
    (NAME, {}, "Fasting through Ramadan; session moved to 14 Shawwal.", "Shawwal"),
    (NAME, {}, "Third month of treatment, 2nd day of the new plan.", "2nd day"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "known", "text", "word"), LEFT)
def test_near_misses_are_left(name: str, known: dict[str, Any], text: str, word: str) -> None:
    """A quoted remark after a name, an equation of another word, a restatement of no
    name, another letter, the abbreviation elsewhere: left, and the check passes."""
    assert_vault_leaves(known_engine(_client(name, **known)), text, text.index(word))


SIZE = 10_000
PATHOLOGICAL = {
    "glosses": 'dictated Brendan ("b b b b" ("brendan Tolan (pronounced "x ' * (SIZE // 62),
    "equations": '"cause way" = "cause "a b c d e" = = Causeway "a -> ' * (SIZE // 52),
    "restated": "dictation bren dun toe lan, that's that's Brendan a b, that's " * (SIZE // 62),
    "beside": "dictated a lead a lead Pugh shove on shove Pugh a l e a d " * (SIZE // 58),
    "signed": '"a. B" "abcdefghijklmnopqrstuvwxyz. B x" ". . . B"' * (SIZE // 46),
    "saints": "at at the Tommy's to Tommy at Tommys' AT TOMMY'S's " * (SIZE // 50),
    "calendars": "born 3 Adar 4 Adar Adar 5 lunar 1st month 2nd month 3 day 4th " * (SIZE // 62),
    "brackets": "Matthew (a, b, c, d, MP (MP) Matthew (x, MPP) BREN T ( " * (SIZE // 54),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_round_17_forms_are_linear(name: str) -> None:
    """10 KB of a pathological input for these forms is redacted and checked in under half
    a second."""
    known = {**ALIAS, "linked": HOSPITAL["linked"] + SAINT["linked"]}
    engine = Deidentifier([_client(**known)], today=TODAY)
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up Bren said")
    assert seconds < LINEAR_SECONDS


def test_a_month_of_several_words_on_another_calendar_is_read_with_a_space_or_a_hyphen() -> None:
    """Round 17 (lead): "Rabi al-Awwal" and "Dhul Hijjah" were split at the space inside
    the separator's character class, so only the all-hyphen spelling was read."""
    for text in ("born 12 Rabi al-Awwal", "born 12 Rabi-al-Awwal", "DOB: Dhul Hijjah 9"):
        assert len(list(other_days(text))) == 1, text
    assert list(other_days("the radar was 27 metres from where he was born")) == []
