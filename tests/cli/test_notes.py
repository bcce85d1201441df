"""`note …` commands through the real entry point: input sources, output shapes, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notes_vault.records.notes import MAX_NOTE_BYTES
from tests.conftest import Cli

NOTE_KEYS = {
    "id",
    "clients",
    "date",
    "kind",
    "template",
    "body",
    "created",
    "updated",
    "signed",
    "amends",
    "addenda",
}
SUMMARY_KEYS = {"id", "date", "kind", "template", "clients", "signed", "amends"}


@pytest.fixture
def two_clients(vault_dir: Path, cli: Cli) -> Path:
    """The test vault with clients C0001 and C0002."""
    for name in ("Ann Example", "Bob Example"):
        assert cli("client", "add", "--name", name).code == 0
    return vault_dir


def note_count(cli: Cli) -> int:
    """How many notes the vault lists."""
    return len(cli("--json", "note", "list").json())


def add(cli: Cli, text: str | bytes, *args: str) -> str:
    """Add a note from standard input and return its id."""
    result = cli("note", "add", *(args or ("C0001",)), stdin=text)
    assert result.code == 0, result.err
    return result.out.strip()


def test_add_from_stdin_prints_the_id(two_clients: Path, cli: Cli) -> None:
    """Piped standard input is the note; the id alone goes to stdout."""
    assert add(cli, "Slept better this week.\n") == "N0001"
    shown = cli("--json", "note", "show", "N0001").json()
    assert shown["body"] == "Slept better this week.\n"
    assert shown["clients"] == ["C0001"]
    assert (shown["kind"], shown["template"], shown["signed"]) == ("session", "free", None)


def test_add_json_joint_session_with_options(two_clients: Path, cli: Cli) -> None:
    """With --json, one object whose id is the new id; options are recorded."""
    result = cli(
        "--json",
        "note",
        "add",
        "C0001",
        "C0002",
        "--date",
        "01/05/2024",
        "--kind",
        "process",
        "--template",
        "dap",
        stdin="Joint session.",
    )
    assert result.code == 0, result.err
    assert result.json() == {"id": "N0001", "clients": ["C0001", "C0002"], "date": "2024-05-01"}
    shown = cli("--json", "note", "show", "N0001").json()
    assert (shown["kind"], shown["template"]) == ("process", "dap")
    assert set(shown) == NOTE_KEYS


def test_add_from_file_and_dash(two_clients: Path, cli: Cli, tmp_path: Path) -> None:
    """`--file F` reads the file; `--file -` reads standard input."""
    source = tmp_path / "note.txt"
    source.write_bytes("From a file — ünïcode.\n".encode())
    assert cli("note", "add", "C0001", "--file", str(source)).code == 0
    assert cli("note", "add", "C0001", "--file", "-", stdin="From stdin").code == 0
    assert cli("--json", "note", "show", "N0001").json()["body"] == "From a file — ünïcode.\n"
    assert cli("--json", "note", "show", "N0002").json()["body"] == "From stdin"


def test_list_shows_no_text(two_clients: Path, cli: Cli) -> None:
    """`note list` (table and JSON) has ids, dates and codes, never the text."""
    add(cli, "Wombatmarker said a thing", "C0001", "C0002")
    table = cli("note", "list")
    assert "N0001" in table.out
    assert "Wombatmarker" not in table.out
    listing = cli("--json", "note", "list").json()
    assert set(listing[0]) == SUMMARY_KEYS
    assert listing[0]["clients"] == ["C0001", "C0002"]
    assert "Wombatmarker" not in str(listing)


def test_list_filters(two_clients: Path, cli: Cli) -> None:
    """`note list CLIENT --since --until` filters by client and inclusive dates."""
    add(cli, "a", "C0001", "--date", "2024-01-01")
    add(cli, "b", "C0002", "--date", "2024-02-01")
    add(cli, "c", "C0001", "--date", "2024-03-01")
    ids = [n["id"] for n in cli("--json", "note", "list", "C0001").json()]
    assert ids == ["N0001", "N0003"]
    ranged = cli("--json", "note", "list", "--since", "2024-02-01", "--until", "2024-03-01")
    assert [n["id"] for n in ranged.json()] == ["N0002", "N0003"]
    assert cli("--json", "note", "list", "C0002", "--until", "2024-01-15").json() == []


def test_show_edit_sign_amend(two_clients: Path, cli: Cli) -> None:
    """Edit an unsigned note, sign it, then edits are exit 7 and amend adds a shown addendum."""
    add(cli, "First version.")
    edited = cli("note", "edit", "N0001", stdin="Second version.")
    assert (edited.code, edited.out.strip()) == (0, "N0001")
    signed = cli("--json", "note", "sign", "N0001")
    assert signed.json()["id"] == "N0001"
    assert signed.json()["signed"]
    refused = cli("note", "edit", "N0001", stdin="Third version.")
    assert refused.code == 7
    assert "amend" in refused.err
    assert cli("note", "sign", "N0001").code == 7
    amended = cli("--json", "note", "amend", "N0001", stdin="An addendum.")
    assert amended.json() == {"id": "N0002", "amends": "N0001"}
    shown = cli("--json", "note", "show", "N0001").json()
    assert shown["body"] == "Second version."
    assert [(a["id"], a["kind"], a["body"]) for a in shown["addenda"]] == [
        ("N0002", "addendum", "An addendum.")
    ]
    assert shown["addenda"][0]["signed"]
    human = cli("note", "show", "N0001")
    assert human.out.index("Second version.") < human.out.index("An addendum.")


@pytest.mark.parametrize(
    "args",
    [
        ("note", "add", "C0009"),
        ("note", "add", "C0001", "C0009"),
        ("note", "add", "N0001"),
        ("note", "list", "C0009"),
        ("note", "show", "N0009"),
        ("note", "show", "C0001"),
        ("note", "edit", "N0009"),
        ("note", "sign", "N0009"),
        ("note", "amend", "N0009"),
    ],
)
def test_unknown_ids_are_exit_4(two_clients: Path, cli: Cli, args: tuple[str, ...]) -> None:
    """An unknown client or note (or an id of the wrong kind) is exit 4; nothing is added."""
    add(cli, "existing")
    result = cli(*args, stdin="some text")
    assert result.code == 4, (result.code, result.err)
    assert note_count(cli) == 1


@pytest.mark.parametrize(
    "args",
    [
        ("note", "add", "C0001", "--date", "2024-02-30"),
        ("note", "add", "C0001", "--date", "soon"),
        ("note", "add", "C0001", "--kind", "chat"),
        ("note", "add", "C0001", "--kind", "addendum"),
        ("note", "add", "C0001", "--template", "xyz"),
        ("note", "add"),
        ("note", "list", "--since", "nope"),
        ("note", "list", "--since", "2024-03-01", "--until", "2024-01-01"),
    ],
)
def test_bad_options_are_exit_2(two_clients: Path, cli: Cli, args: tuple[str, ...]) -> None:
    """Bad dates, kinds, templates and missing clients are usage errors; nothing is added."""
    add(cli, "existing")
    result = cli(*args, stdin="some text")
    assert result.code == 2, (result.code, result.err)
    assert "Traceback" not in result.err
    assert note_count(cli) == 1


def test_bad_date_lists_accepted_formats(two_clients: Path, cli: Cli) -> None:
    """A bad --date says which formats are accepted."""
    result = cli("note", "add", "C0001", "--date", "2024/13/45", stdin="x")
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"caf\xe9 latin-1", "UTF-8"),
        (b"\xff\xfe\x00h\x00i", "UTF-8"),
        (b"before\x00after", "NUL"),
        (b"colour \x1b[31mred", "control character"),
    ],
)
def test_bad_text_is_refused(two_clients: Path, cli: Cli, data: bytes, fragment: str) -> None:
    """Empty, non-UTF-8, NUL-bearing or control-character text is exit 2; nothing is stored
    and the note already there is unharmed."""
    add(cli, "existing note")
    for args in (("note", "add", "C0001"), ("note", "edit", "N0001"), ("note", "amend", "N0001")):
        result = cli(*args, stdin=data)
        assert result.code == 2, (args, result.err)
        assert fragment in result.err
    assert note_count(cli) == 1
    assert cli("--json", "note", "show", "N0001").json()["body"] == "existing note"


def test_bad_text_in_file_is_refused(two_clients: Path, cli: Cli, tmp_path: Path) -> None:
    """Invalid UTF-8 in --file, or a missing file, is exit 2 and nothing is stored."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xc3\x28 broken")
    assert cli("note", "add", "C0001", "--file", str(bad)).code == 2
    assert cli("note", "add", "C0001", "--file", str(tmp_path / "missing")).code == 2
    assert note_count(cli) == 0


def test_ten_megabytes_round_trip(two_clients: Path, cli: Cli) -> None:
    """A 10 MB note is stored and returned exactly."""
    line = "Ten megabytes of session text, ünïcode included. \n"
    text = line * (10 * 1024 * 1024 // len(line.encode()))
    add(cli, text)
    assert cli("--json", "note", "show", "N0001").json()["body"] == text


def test_over_the_limit_is_refused(two_clients: Path, cli: Cli) -> None:
    """A note larger than the limit (20 MiB) is exit 2 and nothing is stored."""
    result = cli("note", "add", "C0001", stdin=b"a" * (MAX_NOTE_BYTES + 1))
    assert result.code == 2
    assert "20 MiB" in result.err
    assert note_count(cli) == 0


ALLOWED_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r\x0b\x0c"
    ),
    min_size=1,
).filter(lambda s: s.strip())


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=ALLOWED_TEXT)
def test_any_text_round_trips(two_clients: Path, cli: Cli, text: str) -> None:
    """Any text a note may hold comes back from `note show --json` byte for byte."""
    result = cli("--json", "note", "add", "C0001", stdin=text.encode("utf-8"))
    assert result.code == 0, result.err
    shown = cli("--json", "note", "show", result.json()["id"]).json()
    assert shown["body"].encode("utf-8") == text.encode("utf-8")
