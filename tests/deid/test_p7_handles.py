"""Issue 13, round 6 (p7): user names with no "@" (handles.py, handles_quoted.py).

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

HANDLES = [
    ('A stranger, "d4rkm4tter", keeps adding her.', "d4rkm4tter"),
    ('the account "lilbean2009" followed her back', "lilbean2009"),
    ('he games with "r0gu3fox" most nights', "r0gu3fox"),
    ('messaging a player ("frostbyyte") who says he is 16', "frostbyyte"),
    ('her Discord friend "moonpetalx" sends her DMs at night', "moonpetalx"),
    ("on there he goes by tzvi_k and nobody knows", "tzvi_k"),
    ("she is brenn_o on most apps", "brenn_o"),
    ("They talk on WeChat (lanlan.88) every day.", "lanlan.88"),
    ("Her Viber is maryna.k if I need it.", "maryna.k"),
    ('his old gamertag "SgtPickles99" still shows up', "SgtPickles99"),
    ('in the group chat "velvet_owl" said the same', "velvet_owl"),
]

LEFT = [
    ('PHQ-9 ("PHQ9") and "GAD7" both lower.', "PHQ9"),
    ('Bloods: "B12" low.', "B12"),
    ('she had "covid19" in the spring', "covid19"),
    ('Her gran calls it "wahala" at the family dinner.', "wahala"),
    ("The form has street_name and client_id fields.", "street_name"),
    ('He said "sorry" online and left it there.', "sorry"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_user_names_are_handles(text: str, handle: str) -> None:
    """A user name in quotes, joined by '_' or after a messaging app is replaced whole."""
    assert (handle, "handle") in replaced(text) or (handle, "id_number") in replaced(text), (
        replaced(text)
    )


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_scores_words_and_fields_are_kept(text: str, word: str) -> None:
    """A questionnaire, a lab, a foreign word or a field name in the same place is left."""
    assert not covers(text, word), replaced(text)


def test_pathological_quotes_are_fast() -> None:
    """10 KB of quoted words and online cues is redacted in under half a second."""
    text = ('"ab1cd2" online "ghostly" ' * 400)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
