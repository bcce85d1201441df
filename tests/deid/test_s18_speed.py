"""Round 18 (s18), issue 13: the finders passed over notes that cannot hold what they look
for, with the same output. Each gate is checked three ways: the finder still finds on fresh
sentences and leaves near misses alone, it agrees with the code it replaced on random
text, and the work it skips is skipped (a test that fails without the gate)."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.deid import (
    Deidentifier,
    KnownSubject,
    age_died,
    age_turning,
    birthday_anchors,
    known_more,
    org_league_teams,
    org_names,
    person_heading_initials,
    person_kin_names,
    person_note_initials,
    shift,
)
from notes_vault.deid.tokens import Tok, tokenize, vocabulary
from tests.deid.helpers import LINEAR_SECONDS, redact_and_check_seconds
from tests.deid.test_linear import SIZE, SUBJECT


class _Counted(list[Tok]):
    """A token list that counts the passes made over it."""

    passes = 0

    def __iter__(self) -> Iterator[Tok]:
        self.passes += 1
        return super().__iter__()


def _counted(text: str) -> _Counted:
    toks = _Counted(tokenize(text))
    vocabulary(toks)  # the note's word set, made once per list as in the engine
    toks.passes = 0
    return toks


def _texts(spans: list[object], text: str) -> list[str]:
    return [text[s.start : s.end] for s in spans]  # type: ignore[attr-defined]


# --- still found, near misses left ---


def test_league_teams_found_and_left() -> None:
    text = "Jo spent Sunday watching the Red Sox game with his uncle."
    assert _texts(org_league_teams.find_league_teams(tokenize(text)), text) == ["Red Sox"]
    text = "He wore his Celtics jersey to the session."
    assert _texts(org_league_teams.find_league_teams(tokenize(text)), text) == ["Celtics"]
    miss = "She keeps a red sock in the drawer for luck."
    assert org_league_teams.find_league_teams(tokenize(miss)) == []


def test_heading_and_note_initials_found_and_left() -> None:
    text = "Catch-up.\nPsychology view (RB): settled this week."
    spans = person_heading_initials.find_heading_initials(text, tokenize(text))
    assert _texts(spans, text) == ["RB"]
    text = "Seen today.\nNote (KT): mood brighter, sleeping better."
    spans = person_heading_initials.find_heading_initials(text, tokenize(text))
    assert _texts(spans, text) == ["KT"]
    miss = "Seen today. Mood brighter (see plan), sleeping better."
    assert person_heading_initials.find_heading_initials(miss, tokenize(miss)) == []


def test_kin_names_found_and_left() -> None:
    text = "She calls her grandmother Lola Baby on the phone."
    assert _texts(person_kin_names.find_kin_names(tokenize(text)), text) == ["Baby"]
    miss = "The baby slept through for once."
    assert person_kin_names.find_kin_names(tokenize(miss)) == []


def test_death_and_turning_ages_found_and_left() -> None:
    assert [s.key for s in age_died.find_death_ages("Family hx: father died 61, MI.")] == ["age:61"]
    assert age_died.find_death_ages("Dad drove her to school and stayed.") == []
    found = age_turning.find_turning_ages("Her son Callum, then 9, was in the car.")
    assert [s.key for s in found] == ["age:9"]
    found = age_turning.find_turning_ages("Nadia, 44 now, runs the shop.")
    assert [s.key for s in found] == ["age:44"]
    assert age_turning.find_turning_ages("He was 3 minutes late at the start.") == []


def test_unaccented_keeps_offsets() -> None:
    assert birthday_anchors._unaccented("Día de Todos los Santos") == "Dia de Todos los Santos"
    assert birthday_anchors._unaccented("plain text") == "plain text"


# --- the same as the code replaced ---


def _old_unaccented(text: str) -> str:
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c) if ord(c) > 127 else c for c in text)


_OLD_DIED_GATE = "d"


def _old_death_ages(text: str) -> list[object]:
    if _OLD_DIED_GATE not in text:
        return []
    return [m.group(1) for m in age_died._DIED.finditer(text)]


def _old_turning(text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for pattern in (age_turning._SAID, age_turning._AT_THE_TIME, age_turning._THEN):
        found += [m.span("n") for m in pattern.finditer(text)]
    return found + [m.span("n") for m in age_turning._NOW.finditer(text)]


_VOCABULARY = (
    "father d. died deceased Then then now NOW time at the was 14 , ( ) : Note note "
    "Psychology view RB KT Red Sox red sox Celtics Lola Baby Jan Dec baby Día é ß"
)
_WORDS = st.sampled_from([*_VOCABULARY.split(), "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=30).map(" ".join))
def test_gates_agree_with_the_old_code(text: str) -> None:
    assert birthday_anchors._unaccented(text) == _old_unaccented(text)
    died = [m.group(1) for m in age_died._DIED.finditer(text)]
    assert (died if age_died._DIED_WORD.search(text) else []) == _old_death_ages(text)
    if "time" not in text:
        assert not age_turning._AT_THE_TIME.search(text)
    if "then" not in text:
        assert not age_turning._THEN.search(text)
    if "now" not in text:
        assert not age_turning._NOW.search(text)
    toks = tokenize(text)
    assert org_league_teams.find_league_teams(toks) == org_league_teams.find_league_teams(
        list(toks)  # a fresh list: the same finds
    )


def test_unaccented_every_character() -> None:
    every = "".join(chr(c) for c in range(0x2000) if not 0xD800 <= c <= 0xDFFF)
    assert birthday_anchors._unaccented(every) == _old_unaccented(every)


# --- the work skipped is skipped (each fails without its gate) ---


_QUIET = "Reviewed the safety plan together and agreed a follow-up in two weeks."
_GATED = {
    "league teams": org_league_teams.find_league_teams,
    "kin names": person_kin_names.find_kin_names,
    "heading initials": lambda toks: person_heading_initials.find_heading_initials(_QUIET, toks),
    "note initials": lambda toks: person_note_initials.find_note_initials(_QUIET, toks),
}


@pytest.mark.parametrize("name", sorted(_GATED))
def test_no_pass_over_a_note_without_cue_words(name: str) -> None:
    toks = _counted(_QUIET)
    assert _GATED[name](toks) == []
    assert toks.passes == 0


def test_no_scan_without_the_word_each_match_holds() -> None:
    text = "Dad drove her to school; she said it was dull."
    with mock.patch.object(age_died, "_DIED") as died:
        assert age_died.find_death_ages(text) == []
    died.finditer.assert_not_called()
    stubs = {name: mock.MagicMock() for name in ("_THEN", "_NOW", "_AT_THE_TIME")}
    with mock.patch.multiple(age_turning, **stubs):
        age_turning.find_turning_ages("Jamal, 12, came with his mum.")
    for name, stub in stubs.items():
        assert not stub.finditer.called, name


def test_unaccented_calls_only_for_other_characters() -> None:
    with mock.patch.object(birthday_anchors, "_plain", wraps=birthday_anchors._plain) as plain:
        assert birthday_anchors._unaccented("Fête day") == "Fete day"
    assert plain.call_count == 1


def test_named_orgs_no_call_for_unlisted_words() -> None:
    text = "walked to the park and back with her sister"
    with mock.patch.object(org_names, "_longest", wraps=org_names._longest) as longest:
        assert org_names.find_named_orgs(text, tokenize(text)) == []
    longest.assert_not_called()


def _town_index() -> object:
    client = KnownSubject(role="CLIENT", name="Ffion Rees", address="4 Mill Lane\nKings Lynn")
    return Deidentifier([client])._index


def test_glued_town_initials_found_and_left() -> None:
    index = _town_index()
    text = "She transferred to KL-UEA last spring."
    hits = known_more.find(index, text, tokenize(text), [])  # type: ignore[arg-type]
    assert "KL" in [text[h.start : h.end] for h in hits]
    miss = "She transferred to KLUEA last spring."
    hits = known_more.find(index, miss, tokenize(miss), [])  # type: ignore[arg-type]
    assert "KL" not in [miss[h.start : h.end] for h in hits]


def test_glued_town_initials_no_pattern_without_the_letters() -> None:
    index = _town_index()
    text = "She transferred to a college nearer home."
    with mock.patch.object(known_more, "_glued_capitals", wraps=known_more._glued_capitals) as made:
        known_more.find(index, text, tokenize(text), [])  # type: ignore[arg-type]
    made.assert_not_called()


def test_short_day_reads_no_word_before_a_non_day() -> None:
    """Only "mon", "wed", "sat" and "sun" need the word before them looked at."""
    text = "x Tom"
    toks: list[object] = [mock.MagicMock(), *tokenize(text)[1:]]
    toks[0].text.lower.side_effect = AssertionError("the word before was read")  # type: ignore[attr-defined]
    assert shift._short_day(text, toks, 1, "tom") is False  # type: ignore[arg-type]
    assert shift._short_day("sat 8th", tokenize("sat 8th"), 0, "sat") is True  # a day still


# --- linear ---

PATHOLOGICAL = {
    "died": ("father died " * 1000)[:SIZE],
    "d dots": ("d. " * 4000)[:SIZE],
    "then now": ("Kai, then 9, 10 now, " * 600)[:SIZE],
    "accents": ("éü " * 4000)[:SIZE],
    "teams": ("Red Red Sox " * 1000)[:SIZE],
    "notes": ("Note (AB, " * 1200)[:SIZE],
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_gated_finders_are_linear(name: str) -> None:
    engine = Deidentifier([SUBJECT], today=datetime.date(2026, 12, 6))
    seconds = redact_and_check_seconds(engine, PATHOLOGICAL[name], "warm-up note")
    assert seconds < LINEAR_SECONDS


def test_died_gate_pattern_is_plain() -> None:
    """The gate is one alternation of fixed words, no repetition."""
    assert not re.search(r"[*+{]", age_died._DIED_WORD.pattern)


def test_gates_follow_their_patterns() -> None:
    """A gate restating its finder's words must change with them (s12's worry): these fail
    the day a pattern's words or flags change, so the gate is brought along."""
    assert r"[ \t]+(?:d\.|died|deceased)" in age_died._DIED.pattern
    assert age_died._DIED.flags == age_died._DIED_WORD.flags
    for pattern, word in (
        (age_turning._THEN, "then"),
        (age_turning._NOW, "now"),
        (age_turning._AT_THE_TIME, "time"),
    ):
        assert word in pattern.pattern
        assert not pattern.flags & re.IGNORECASE
