"""Finding clients by name: folding, word prefixes, fuzzy fallback, and ambiguity."""

from __future__ import annotations

from pathlib import Path

import pytest

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import client_names, clients
from tests.conftest import open_made


@pytest.fixture
def people(vault_dir: Path) -> object:
    """A vault holding three clients, two sharing a surname, one with accents and an alias."""
    opened = open_made(vault_dir)
    with opened:
        clients.add(opened, name="Adaeze Okafor")
        clients.add(opened, name="Zoë Brontë", aliases=("Zo",))
        clients.add(opened, name="Ann Okafor")
        clients.add(opened, name="Seán O'Brien")
    return vault_dir


def test_fold_drops_accents_case_and_punctuation() -> None:
    """Folding makes accented, upper-case and punctuated names comparable."""
    assert client_names.fold("  Zoë  BRONTË ") == "zoe bronte"
    assert client_names.fold("Seán O'Brien") == "sean o brien"
    assert client_names.fold("?!") == ""


def test_resolve_by_unique_name_part_accent_insensitive(people: Path) -> None:
    """A part of a name, typed without accents or capitals, resolves to its one client."""
    opened = open_made(people)
    with opened:
        assert clients.resolve(opened, "zoe") == 2
        assert clients.resolve(opened, "BRONTE zo") == 2
        assert clients.resolve(opened, "zo") == 2  # the alias
        assert clients.resolve(opened, "sean o'brien") == 4
        assert clients.resolve(opened, "ann okafor") == 3
        assert clients.resolve(opened, "C0001") == 1


def test_fuzzy_match_only_when_nothing_matches_by_prefix(people: Path) -> None:
    """A misspelt surname still finds the client, but a prefix match wins over fuzzy ones."""
    opened = open_made(people)
    with opened:
        assert clients.resolve(opened, "Adaze Okafur") == 1
        found = client_names.matches(opened, "bront")
        assert [(m.num, m.how) for m in found] == [(2, client_names.PREFIX)]


def test_ambiguous_name_lists_ids_and_codes_never_the_name(people: Path) -> None:
    """A name matching two clients is a usage error naming both ids, and never echoing the name."""
    opened = open_made(people)
    with opened, pytest.raises(UsageError) as caught:
        clients.resolve(opened, "okafor")
    text = str(caught.value)
    assert "C0001" in text
    assert "C0003" in text
    assert "kafor" not in text.lower()


def test_unknown_name_is_not_found_without_echo(people: Path) -> None:
    """No match is NotFound (exit 4), and the message does not repeat what was typed."""
    opened = open_made(people)
    with opened, pytest.raises(NotFound) as caught:
        clients.resolve(opened, "Quentin")
    assert "Quentin" not in str(caught.value)


def test_other_kinds_of_id_are_still_refused(people: Path) -> None:
    """A note id where a client belongs is still an id error, not a name search."""
    opened = open_made(people)
    with opened, pytest.raises(NotFound, match="not a client id"):
        clients.resolve(opened, "N0001")
