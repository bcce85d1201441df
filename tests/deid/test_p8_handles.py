"""Issue 13, round 7 (p8): a user name joined by an underscore whose second part is no
English word nor abbreviation.

Every sentence here was written for these tests, not copied from a corpus (handles.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

HANDLES = [
    ("He streams most nights as thunder_kovac and says it keeps him busy.", "thunder_kovac"),
    ("Her old account, sunny_brennagh, was hacked in the summer.", "sunny_brennagh"),
    ("The boy who messaged her goes by river_tzenko online.", "river_tzenko"),
    ("Mum found the account rosie_dunmore on the laptop.", "rosie_dunmore"),
    ("They game as a pair (kaz_b_2012 / tommo77) most nights.", "tommo77"),
    ("His main, dunk_m_09, kestrel44, both blocked now.", "kestrel44"),
    ('Her squad tag was "xXmoonwolfXx" until the ban.', "xXmoonwolfXx"),
]

LEFT = [
    ("The form has a blank nhs_number field.", "nhs_number"),
    ("Check the client_id column before export.", "client_id"),
    ("The street_name box was empty.", "street_name"),
    ("She typed first_name wrongly on the portal.", "first_name"),
    ("She bought an iPhone and sold the old one on eBay.", "iPhone"),
    ("Had the mRNA booster in October.", "mRNA"),
]


@pytest.mark.parametrize(("text", "handle"), HANDLES)
def test_underscored_user_names_are_handles(text: str, handle: str) -> None:
    """A word, an underscore and a part that is no English word, a name beside a handle, or
    a gamer tag's decoration is replaced as a handle."""
    assert (handle, "handle") in replaced(text), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_field_names_are_kept(text: str, word: str) -> None:
    """A field's name joined by '_', a brand's odd capitals or a year after a handle is left."""
    assert not covers(text, word), replaced(text)


def test_year_after_handle_is_no_handle() -> None:
    """A year after a handle and a comma is not taken as a second user name."""
    text = "Found @lils_x, 2024 was the worst year."
    assert ("2024", "handle") not in replaced(text), replaced(text)


def test_pathological_underscores_are_fast() -> None:
    """10 KB of underscored words with unknown parts is redacted in under half a second."""
    text = ("abc_wiltz nhs_number / ab12, xXabXx " * 300)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
