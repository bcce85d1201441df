"""Issue 13, round 7 (p8): honorifics and kinship titles of other languages written before
a name are no part of it; the name after them still is a person.

Every sentence here was written for these tests, not copied from a corpus (person_words.py).
"""

from __future__ import annotations

import pytest

from tests.deid.helpers import replaced

TITLED = [
    ("Her aunt Titi Marisol flew in from San Juan.", "Titi", "Marisol"),
    ("His uncle, Alhaji Sani, paid the school fees.", "Alhaji", "Sani"),
    ("Hajiya Bilkisu rang the ward twice today.", "Hajiya", "Bilkisu"),
    ("They stayed with Mawmaw Clotilde over the storm.", "Mawmaw", "Clotilde"),
    ("Her grandmother Gogo Nomsa raised her.", "Gogo", "Nomsa"),
    ("The elder, Opanin Kwadwo, spoke at the funeral.", "Opanin", "Kwadwo"),
    ("Parch. Emrys Rowlands visits her on Sundays.", "Parch", "Emrys"),
]


@pytest.mark.parametrize(("text", "title", "name"), TITLED)
def test_foreign_title_is_kept_and_name_replaced(text: str, title: str, name: str) -> None:
    """The honorific stays; the name after it is replaced as a person."""
    found = replaced(text)
    assert any(name in part and kind == "person" for part, kind in found), found
    assert not any(title in part for part, _ in found), found


AFTER_CREDENTIAL = [
    ("Seen with Dana Whitby, RN. Discussed the discharge plan.", "Discussed"),
    ("Report by Sam Osei, LMHC   Report # 2291-B", "Report"),
    ("Taken by M. Ferris, LPC   Psychiatry review on Friday", "Psychiatry"),
    ("Kamila Nowak - Deputy Store Manager - staff no. 7731", "Store"),
    ("TRIAGE: NURSE PHONE CALL at 09:10", "PHONE"),
]

HONORIFIC_KEPT = [
    ("She was seen by Dr. Wildcat at the clinic.", "Wildcat"),
    ("The VSO, Mr. Two Bulls, can request the papers.", "Two"),
    ("Spoke to Sgt Hind about the marker.", "Hind"),
    ("His cousin Bear drove him in.", "Bear"),
]


@pytest.mark.parametrize(("text", "word"), AFTER_CREDENTIAL)
def test_english_word_after_credential_is_kept(text: str, word: str) -> None:
    """An English word after a credential or a job's title opens a sentence: no person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


@pytest.mark.parametrize(("text", "name"), HONORIFIC_KEPT)
def test_english_word_after_honorific_is_a_person(text: str, name: str) -> None:
    """After an honorific or a relation, an English word is still the person's name."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)
