"""Issue 13, round 8 (p9): a user name with no "@" right before "on" and a platform
(handles.py).

Every sentence here was written for these tests, not copied from a corpus.
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import LINEAR_SECONDS, covers, redact_and_check_seconds, replaced

HANDLES = [
    ("Up till 3am most nights (BlazeKid44 on Twitch).", "BlazeKid44"),
    ("She found her sister as MoonPetal on Instagram.", "MoonPetal"),
    ("He messages RiverRat09 on Discord about the raids.", "RiverRat09"),
    ("His old account, TankGirl77 via Snapchat, was deleted.", "TankGirl77"),
    ("They met SkyeWalkerX on Roblox last year.", "SkyeWalkerX"),
    ('He games online with three players: "Vexxor", "Quillam" and "pinkfrog".', "Vexxor"),
    ('His Discord server has "Zantheon" as admin.', "Zantheon"),
]

LEFT = [
    ("He plays FIFA23 on Xbox most evenings.", "FIFA23"),
    ("Bought an iPhone on Facebook Marketplace.", "iPhone"),
    ("He plays Minecraft on Xbox with his cousin.", "Minecraft"),
    ("She watched Bluey on YouTube with her son.", "Bluey"),
    ("GTA5 on PS4 again all weekend.", "GTA5"),
    ('Online her sister "Grace" messaged twice.', "Grace"),
    ('He said "Sorry" in the game chat.', "Sorry"),
]


@pytest.mark.parametrize(("text", "name"), HANDLES)
def test_user_name_before_on_platform(text: str, name: str) -> None:
    """A word of letters and digits, or with capitals inside, right before "on" or "via" and a
    platform is replaced."""
    assert covers(text, name), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_games_and_products_are_kept(text: str, word: str) -> None:
    """A game's name in capitals, a product after an article or an English word before "on"
    and a platform is not replaced as a handle."""
    assert not any(word in part and kind == "handle" for part, kind in replaced(text)), replaced(
        text
    )


def test_pathological_input_is_fast() -> None:
    """10 KB of "X1y on Twitch" repeated is redacted in under half a second."""
    text = ("BlazeKid44 on Twitch via Snap on " * 300)[:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
