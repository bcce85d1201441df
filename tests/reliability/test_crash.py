"""Crash safety: commands SIGKILLed at random moments lose nothing acknowledged and damage nothing.

The scenarios live in stress/harness.py and run here small; `make stress` runs
them large (see docs/reliability.md for the figures of the last run).
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from stress import harness


def assert_clean(outcome: harness.Outcome) -> None:
    """No lost note, no corruption, every failure one clear line; faults really injected."""
    assert outcome.problems == []
    assert outcome.clean
    assert outcome.faults > 0, "no process was killed: the scenario tested nothing"


def test_killed_note_adds_lose_nothing_acknowledged(tmp_path: Path) -> None:
    """Every note whose `note add` exited 0 survives SIGKILLs of concurrent adds byte for byte."""
    outcome = harness.crash_note_add(tmp_path, operations=15, parallel=3, seed=11)
    assert_clean(outcome)
    assert outcome.exit_codes[0] > 0


def test_killed_passwd_leaves_old_or_new_passphrase(tmp_path: Path) -> None:
    """A `passwd` killed at any moment leaves the old or the new passphrase working, and the
    recovery key and key file still open the vault."""
    assert_clean(harness.crash_passwd(tmp_path, operations=8, seed=12))


def test_killed_rekey_keeps_the_passphrase_and_every_note(tmp_path: Path) -> None:
    """A `rekey` killed at any moment leaves the passphrase working, every note exact, and the
    old recovery key working unless the rekey took effect."""
    assert_clean(harness.crash_rekey(tmp_path, operations=6, seed=13))


@pytest.mark.skipif(not harness.command_exists("expire"), reason="expire not built yet")
def test_killed_expire_destroys_each_client_wholly_or_not_at_all(tmp_path: Path) -> None:
    """An `expire` killed mid-run leaves each due client wholly destroyed or untouched."""
    assert_clean(harness.crash_expire(tmp_path, operations=5, seed=14))


def test_the_check_finds_a_lost_and_a_changed_note(tmp_path: Path) -> None:
    """The harness's check counts a deleted note as lost and an altered one as corrupt."""
    vault = harness.make_vault(tmp_path)
    harness._seed_notes(vault, random.Random(1), 3)
    with harness.opened(vault) as v, v.db.transaction():
        v.db.execute("DELETE FROM notes WHERE num = 1")
        v.db.execute("UPDATE notes SET body = body || 'x' WHERE num = 2")
    outcome = harness.Outcome("probe")
    harness.check_vault(vault, outcome)
    assert (outcome.lost, outcome.corrupt) == (1, 1)


def test_the_check_finds_a_slot_that_no_longer_opens(tmp_path: Path) -> None:
    """The harness's slot check reports a key file whose slot was removed."""
    vault = harness.make_vault(tmp_path)
    other = harness.make_vault(tmp_path, "other")
    vault.keyfile = other.keyfile  # a key file of another vault
    outcome = harness.Outcome("probe")
    harness.check_slots(vault, outcome)
    assert outcome.corrupt == 1
