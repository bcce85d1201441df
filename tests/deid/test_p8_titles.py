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
