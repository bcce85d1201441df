"""`client …` commands through the real entry point, including bad input and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli


def add(cli: Cli, *args: str) -> str:
    """Add a client and return its id."""
    result = cli("client", "add", *args)
    assert result.code == 0, result.err
    return result.out.strip()


def test_add_prints_id_then_json_object(vault_dir: Path, cli: Cli) -> None:
    """`client add` prints the id alone; with --json one object whose id is the new id."""
    assert add(cli, "--name", "Ann Example") == "C0001"
    result = cli(
        "--json",
        "client",
        "add",
        "--name",
        "Bob Example",
        "--dob",
        "04/03/1990",
        "--alias",
        "Bobby",
        "--alias",
        "B",
        "--phone",
        "0123",
        "--email",
        "b@example.org",
        "--address",
        "1 Road",
        "--postcode",
        "AB1 2CD",
        "--started",
        "2024-01-02",
    )
    assert result.code == 0, result.err
    data = result.json()
    assert data["id"] == "C0002"
    assert data["code"].startswith("P-")
    assert "Bob" not in result.out


def test_list_shows_ids_and_codes_never_names(vault_dir: Path, cli: Cli) -> None:
    """`client list` (table and JSON) carries ids and codes, not names."""
    add(cli, "--name", "Zebediah Uniquename")
    table = cli("client", "list")
    assert table.code == 0
    assert "C0001" in table.out
    assert "Zebediah" not in table.out
    listing = cli("--json", "client", "list")
    assert [row["id"] for row in listing.json()] == ["C0001"]
    assert set(listing.json()[0]) == {"id", "code", "started", "ended", "notes"}


def test_show_gives_the_details(vault_dir: Path, cli: Cli) -> None:
    """`client show` shows the name and the linked people (JSON shape pinned)."""
    add(cli, "--name", "Ann Example", "--alias", "Annie")
    assert cli("client", "link", "C0001", "--person", "Carl", "--relation", "parent").code == 0
    shown = cli("--json", "client", "show", "C0001")
    data = shown.json()
    assert data["id"] == "C0001"
    assert data["name"] == "Ann Example"
    assert data["aliases"] == ["Annie"]
    assert data["linked"][0]["relation"] == "parent"
    human = cli("client", "show", "C0001")
    assert "Ann Example" in human.out
    assert "Carl" in human.out


def test_edit_close_reopen(vault_dir: Path, cli: Cli) -> None:
    """Edit, close (with --ended) and reopen work and print the id."""
    add(cli, "--name", "Ann Example", "--started", "2020-01-01")
    assert cli("client", "edit", "C0001", "--phone", "0999").out.strip() == "C0001"
    assert cli("--json", "client", "show", "C0001").json()["phone"] == "0999"
    closed = cli("--json", "client", "close", "C0001", "--ended", "2023-06-30")
    assert closed.json() == {"id": "C0001", "ended": "2023-06-30"}
    assert cli("--json", "client", "list").json() == []
    assert len(cli("--json", "client", "list", "--all").json()) == 1
    assert cli("--json", "client", "reopen", "C0001").json()["ended"] is None


def test_link_partner(vault_dir: Path, cli: Cli) -> None:
    """Two clients link as partners both ways; other relations between clients are refused."""
    add(cli, "--name", "Ann Example")
    add(cli, "--name", "Bob Example")
    linked = cli("--json", "client", "link", "C0001", "--client", "C0002", "--relation", "partner")
    assert linked.code == 0, linked.err
    assert linked.json()["client"] == "C0002"
    shown = cli("--json", "client", "show", "C0002").json()
    assert shown["linked"][0]["client_id"] == "C0001"
    wrong = cli("client", "link", "C0001", "--client", "C0002", "--relation", "friend")
    assert wrong.code == 2


@pytest.mark.parametrize(
    "args",
    [
        ("client", "add"),  # --name missing
        ("client", "add", "--name", ""),
        ("client", "add", "--name", "A", "--dob", "31/02/2000"),
        ("client", "add", "--name", "A", "--dob", "yesterdayish"),
        ("client", "add", "--name", "A", "--email", "not-an-email"),
        ("client", "add", "--name", "A", "--started", "2020-13-01"),
        ("client", "link", "C0001", "--relation", "parent"),  # neither --person nor --client
        ("client", "link", "C0001", "--person", "X", "--client", "C0001", "--relation", "partner"),
        ("client", "link", "C0001", "--person", "X", "--relation", "cousin"),
        ("client", "link", "C0001", "--client", "C0001", "--relation", "partner"),
        ("client", "edit", "C0001"),  # nothing to change
        ("client", "edit", "C0001", "--name", ""),
        ("client", "close", "C0001"),  # --ended missing
        ("client", "close", "C0001", "--ended", "2000-01-01"),  # before the start
        ("client", "list", "--bogus"),
    ],
)
def test_bad_input_is_exit_2(vault_dir: Path, cli: Cli, args: tuple[str, ...]) -> None:
    """Malformed input is a usage error: exit 2, one line on stderr, nothing stored."""
    add(cli, "--name", "Ann Example", "--started", "2020-01-01")
    result = cli(*args)
    assert result.code == 2, (result.code, result.err)
    assert result.err.startswith("notes-vault:") or "Usage" in result.err
    assert "Traceback" not in result.err
    assert len(cli("--json", "client", "list", "--all").json()) == 1


def test_bad_date_names_the_accepted_formats(vault_dir: Path, cli: Cli) -> None:
    """A date that is not a date says which formats are accepted and does not echo it."""
    result = cli("client", "add", "--name", "A", "--dob", "1990-99-99")
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err
    assert "1990-99-99" not in result.err


@pytest.mark.parametrize(
    "args",
    [
        ("client", "show", "C0009"),
        ("client", "show", "N0001"),
        ("client", "show", "Zed"),  # a name that matches no client
        ("client", "edit", "C0009", "--phone", "1"),
        ("client", "close", "C0009", "--ended", "2024-01-01"),
        ("client", "reopen", "C0009"),
        ("client", "link", "C0009", "--person", "X", "--relation", "friend"),
        ("client", "link", "C0001", "--client", "C0009", "--relation", "partner"),
    ],
)
def test_unknown_client_is_exit_4(vault_dir: Path, cli: Cli, args: tuple[str, ...]) -> None:
    """An unknown or wrong-kind client id, or a name matching nobody, is exit 4, not echoed."""
    add(cli, "--name", "Ann Example")
    result = cli(*args)
    assert result.code == 4, (result.code, result.err)
    assert "Zed" not in result.err


def test_client_errors_carry_no_names(vault_dir: Path, cli: Cli) -> None:
    """Refusals mention no name, alias or contact detail that was given."""
    result = cli("client", "add", "--name", "Quillon Marker", "--email", "quillonmarker")
    assert result.code == 2
    assert "quillon" not in result.err.lower()
