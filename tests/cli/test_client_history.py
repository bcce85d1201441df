"""`client find`, `client history`, names wherever a client id is taken, and `hold list`."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def _people(cli: Cli) -> None:
    for name in ("Adaeze Okafor", "Zoë Brontë", "Ann Okafor"):
        assert cli("client", "add", "--name", name).code == 0


def test_find_lists_matches_with_names(vault_dir: Path, cli: Cli) -> None:
    """`client find` shows every match with its id, code and name; JSON has the same rows."""
    _people(cli)
    table = cli("client", "find", "okafor")
    assert table.code == 0, table.err
    assert "Adaeze Okafor" in table.out
    assert "Ann Okafor" in table.out
    rows = cli("--json", "client", "find", "ZOE").json()
    assert [(r["id"], r["match"]) for r in rows] == [("C0002", "prefix")]
    assert cli("client", "find", "nobody").err.strip() == "no client matches"


def test_a_name_works_where_an_id_is_taken(vault_dir: Path, cli: Cli) -> None:
    """`note add` takes a unique name; an ambiguous one exits 2 listing the ids."""
    _people(cli)
    added = cli("note", "add", "zoe", "--file", "-", stdin="Met today.")
    assert added.code == 0, added.err
    listed = cli("--json", "note", "list", "bronte").json()
    assert [n["clients"] for n in listed] == [["C0002"]]
    ambiguous = cli("note", "add", "okafor", "--file", "-", stdin="x")
    assert ambiguous.code == 2
    assert "C0001" in ambiguous.err
    assert "C0003" in ambiguous.err
    assert "kafor" not in ambiguous.err.lower()
    assert cli("client", "show", "nobody at all").code == 4


def test_history_shows_notes_holds_and_retention(vault_dir: Path, cli: Cli) -> None:
    """`client history` puts notes by kind, signing, holds and the due date on one screen."""
    _people(cli)
    assert cli("note", "add", "C0002", "--file", "-", stdin="One.").code == 0
    assert cli("note", "add", "C0002", "--kind", "process", "--file", "-", stdin="Two.").code == 0
    assert cli("note", "sign", "N0001").code == 0
    assert cli("hold", "add", "zoe", "--reason", "complaint").code == 0
    shown = cli("client", "history", "zoe")
    assert shown.code == 0, shown.err
    assert "Zoë Brontë" in shown.out
    assert "1 process, 1 session; 1 unsigned" in shown.out
    assert "H0001" in shown.out
    assert "in force" in shown.out
    assert "retention: never" in shown.out
    data = cli("--json", "client", "history", "C0002").json()
    assert data["kinds"] == {"session": 1, "process": 1}
    assert [n["id"] for n in data["notes"]] == ["N0001", "N0002"]
    assert data["retention"]["state"] == "open"  # open clients never expire, held or not
    assert data["holds"][0]["id"] == "H0001"


def test_hold_list_shows_holds_in_force_or_all(vault_dir: Path, cli: Cli) -> None:
    """`hold list` shows holds in force; released ones only with --all."""
    _people(cli)
    assert cli("hold", "add", "C0001", "--reason", "court").code == 0
    assert cli("hold", "add", "C0003", "--reason", "court").code == 0
    assert cli("hold", "release", "C0001").code == 0
    held = cli("--json", "hold", "list").json()
    assert [h["client"] for h in held] == ["C0003"]
    every = cli("--json", "hold", "list", "--all").json()
    assert [h["client"] for h in every] == ["C0001", "C0003"]
    assert "court" not in cli("hold", "list", "--all").out
