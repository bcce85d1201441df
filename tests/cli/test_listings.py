"""Streaming listings through the real entry point: the same rows in the same order as the
list functions give (the old output), pinned JSON, JSON Lines, limits and the pager."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from notes_vault.cli.render import to_jsonable
from tests.conftest import Cli, open_made

NOTES = [  # (clients, date, text)
    (["C0001"], "2024-01-05", "first session"),
    (["C0002"], "2024-01-03", "an earlier date, a later id"),
    (["C0001", "C0002"], "2024-02-01", "a joint session"),
    (["C0001"], "2024-02-01", "same date as the joint one"),
    (["C0002"], "2024-03-10", "last of the originals"),
]


@pytest.fixture
def filled(vault_dir: Path, cli: Cli) -> Path:
    """A vault with clients (one closed and destroyed), notes, an addendum, disclosures."""
    for name in ("Ann Example", "Bob Example", "Cara Example"):
        assert cli("client", "add", "--name", name, "--started", "2000-01-01").code == 0
    for clients, day, text in NOTES:
        assert cli("note", "add", *clients, "--date", day, "--file", "-", stdin=text).code == 0
    assert cli("note", "sign", "N0001").code == 0
    assert cli("note", "amend", "N0001", "--file", "-", stdin="a correction").code == 0
    assert cli("note", "add", "C0003", "--date", "2001-01-01", "--file", "-", stdin="x").code == 0
    assert cli("client", "close", "C0003", "--ended", "2001-06-01").code == 0
    expired = cli("expire", "--yes")
    assert expired.code == 0, expired.err
    consent = (
        "consent",
        "add",
        "C0001",
        "--purpose",
        "release",
        "--written",
        "--date",
        "2024-01-01",
    )
    assert cli(*consent).code == 0
    for summary in ("letter", "phone call"):
        made = cli("disclose", "C0001", "--to", "Dr A", "--kind", "gp", "--basis", "consent",
                   "--summary", summary, "--date", "2024-04-01")  # fmt: skip
        assert made.code == 0, made.err
    return vault_dir


def _expected(path: Path, read: Callable[[Any], list[Any]]) -> list[Any]:
    with open_made(path) as opened:
        return read(opened)


def _table(out: str) -> list[list[str]]:
    """A fixed-width table's cells, cut at the header's column starts."""
    header, *lines = out.splitlines()
    starts = [i for i, ch in enumerate(header) if ch != " " and (i == 0 or header[i - 1] == " ")]
    bounds = list(zip(starts, [*starts[1:], None], strict=True))
    return [[line[a:b].strip() for a, b in bounds] for line in [header, *lines]]


def _old_json(value: Any) -> str:
    """What the listings printed before they streamed: one indented JSON document."""
    return json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n"


def test_note_list_streams_the_old_rows(filled: Path, cli: Cli) -> None:
    """`note list` (table and --json) gives the rows `notes.summaries` gives, in its order."""
    from notes_vault.records import notes  # noqa: PLC0415

    found = _expected(filled, notes.summaries)
    old_rows = [
        [n.id, str(n.date), n.kind, n.template, " ".join(n.clients), n.signed or "", n.amends or ""]
        for n in found
    ]
    table = _table(cli("note", "list").out)
    assert table[0] == ["id", "date", "kind", "template", "clients", "signed", "amends"]
    assert table[1:] == old_rows
    assert [row[0] for row in old_rows] == ["N0002", "N0001", "N0003", "N0004", "N0005", "N0006"]
    assert cli("--json", "note", "list").out == _old_json(found)
    one = _expected(filled, lambda v: notes.summaries(v, client="C0002", since=None))
    assert cli("--json", "note", "list", "C0002").out == _old_json(one)


def test_client_list_streams_the_old_rows(filled: Path, cli: Cli) -> None:
    """`client list` gives `clients.summaries`'s rows; the destroyed client is in neither."""
    from notes_vault.records import clients  # noqa: PLC0415

    found = _expected(filled, clients.summaries)
    old_rows = [[c.id, c.code, str(c.started), str(c.ended or "open"), str(c.notes)] for c in found]
    table = _table(cli("client", "list").out)
    assert table[0] == ["id", "code", "started", "ended", "notes"]
    assert table[1:] == old_rows
    assert [row[0] for row in old_rows] == ["C0001", "C0002"]
    assert cli("--json", "client", "list").out == _old_json(found)


def test_destruction_and_disclosure_lists_stream_the_old_rows(filled: Path, cli: Cli) -> None:
    """`destruction list` and `disclosure list` give the register functions' entries."""
    from notes_vault.records import disclosures  # noqa: PLC0415
    from notes_vault.retention import policy  # noqa: PLC0415

    register = _expected(filled, policy.register)
    assert [r.code for r in register] == [_table(cli("destruction", "list").out)[1][1]]
    assert cli("--json", "destruction", "list").out == _old_json(register)
    entries = _expected(filled, disclosures.listing)
    table = _table(cli("disclosure", "list").out)
    assert [row[0] for row in table[1:]] == [d.id for d in entries] == ["D0001", "D0002"]
    listed = cli("--json", "disclosure", "list").json()
    assert [d["id"] for d in listed] == ["D0001", "D0002"]


def test_audit_list_streams_the_old_rows(filled: Path, cli: Cli) -> None:
    """`audit list` shows every event `audit.events` has, up to the listing's own event."""
    from notes_vault.store import audit  # noqa: PLC0415

    listed = cli("--json", "audit", "list").json()
    events = _expected(filled, audit.events)
    assert events[-1].action == "audit.list"  # the listing logged itself after reading
    old = [{"id": e.seq, "at": e.at, "action": e.action, "ids": e.ids} for e in events[:-1]]
    assert listed == old
    table = _table(cli("audit", "list").out)
    assert [int(row[0]) for row in table[1:]] == [e.seq for e in _expected(filled, audit.events)][
        :-1
    ]


# One item of each listing's --json, keys and value types: the contract scripts rely on.
PINNED: dict[tuple[str, str], dict[str, Any]] = {
    ("note", "list"): {
        "id": "N0002", "date": "2024-01-03", "kind": "session", "template": "free",
        "clients": ["C0002"], "signed": None, "amends": None,
    },
    ("client", "list"): {
        "id": "C0001", "code": str, "started": "2000-01-01", "ended": None, "notes": 4,
    },
    ("disclosure", "list"): {
        "id": "D0001", "date": "2024-04-01", "clients": ["C0001"], "kind": "gp",
        "basis": "consent", "restricted": False, "corrects": None,
    },
    ("destruction", "list"): {
        "id": "X0001", "client": "C0003", "code": str, "period_start": "2000-01-01",
        "period_end": "2001-06-01", "due": str, "rule": str, "destroyed_on": str,
        "counts": dict,
    },
    ("audit", "list"): {"id": 1, "at": str, "action": str, "ids": dict},
    ("search", "session"): {
        "id": "N0001", "date": "2024-01-05", "kind": "session", "clients": ["C0001"],
        "rank": 1, "score": float, "snippet": str, "highlights": list,
    },
}  # fmt: skip


@pytest.mark.parametrize("command", list(PINNED), ids=" ".join)
def test_json_of_each_listing_is_pinned(filled: Path, cli: Cli, command: tuple[str, str]) -> None:
    """Each listing's --json is an array whose first item has exactly the pinned keys and values
    (a type where the value depends on the day or the random code), and --jsonl is the same."""
    done = cli("--json", *command)
    assert done.code == 0, done.err
    items = done.json()
    first = items[0]
    if command[0] == "search":
        first = next(item for item in items if item["id"] == "N0001")
    assert set(first) == set(PINNED[command])
    for key, want in PINNED[command].items():
        assert isinstance(first[key], want) if isinstance(want, type) else first[key] == want, key
    lines = cli("--jsonl", *command).out.splitlines()
    # (audit list shows one more line: the first listing's own event)
    assert [json.loads(line) for line in lines][: len(items)] == items


def test_limit_and_all(filled: Path, cli: Cli) -> None:
    """--limit N shows the last N rows in order; --limit 0 and --all every row."""
    every = cli("--json", "note", "list").json()
    last = cli("--json", "note", "list", "--limit", "2").json()
    assert last == every[-2:]
    assert cli("--json", "note", "list", "--limit", "0").json() == every
    assert cli("--json", "note", "list", "--all").json() == every
    assert cli("--json", "audit", "list", "--limit", "3").json()[-1]["id"] > 3
    assert cli("note", "list", "--limit", "-1").code == 2


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output counts as a terminal."""
    monkeypatch.setattr("notes_vault.cli.render.stdout_is_terminal", lambda: True)


@pytest.mark.usefixtures("terminal")
def test_terminal_shows_the_last_rows_through_the_pager(
    filled: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal the listing goes through $PAGER, limited to the last SCREEN_LIMIT rows."""
    monkeypatch.setattr("notes_vault.cli.listing.SCREEN_LIMIT", 2)
    done = cli("note", "list", env={"PAGER": "tr a-z A-Z"})
    assert done.code == 0, done.err
    lines = done.out.splitlines()
    assert "ID" in lines[0]  # bold escapes around the header, upper-cased by the pager
    assert [line.split()[0] for line in lines[1:]] == ["N0005", "N0006"]
    assert "the last 2 notes" in done.err
    plain = cli("note", "list", "--no-pager", "--all", env={"PAGER": "tr a-z A-Z"})
    assert [line.split()[0] for line in plain.out.splitlines()[1:]][:2] == ["N0002", "N0001"]


@pytest.mark.usefixtures("terminal")
def test_reader_quitting_the_pager_is_not_an_error(
    filled: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pager that stops reading early (as when the reader quits) leaves exit 0, no error."""
    from notes_vault.cli import listing  # noqa: PLC0415

    monkeypatch.setattr(listing, "TableWriter", _slow_writer(listing.TableWriter, copies=20_000))
    done = cli("audit", "list", "--all", env={"PAGER": "head -n 1"})
    assert (done.code, done.err) == (0, "")
    assert len(done.out.splitlines()) == 1


def _slow_writer(base: type, copies: int) -> type:
    """A TableWriter that writes each row `copies` times: more than a pipe holds."""

    class Repeating(base):  # type: ignore[misc]
        def row(self, cells: Any) -> None:
            for _ in range(copies):
                super().row(cells)

    return Repeating


def test_search_without_matches_says_so(filled: Path, cli: Cli) -> None:
    """`search` with no match says so on stderr (no table), and --json is an empty array."""
    done = cli("search", "zebra")
    assert (done.code, done.out, done.err) == (0, "", "no notes match\n")
    assert cli("--json", "search", "zebra").out == "[]\n"


@pytest.mark.parametrize("form", [[], ["--json"], ["--jsonl"]], ids=["table", "json", "jsonl"])
def test_a_reader_closing_the_pipe_early_is_not_an_error(vault_dir: Path, form: list[str]) -> None:
    """`note list | head -1` of a long listing (more than a pipe holds): exit 0, no message."""
    import os  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    from tests.conftest import BIN, PASSPHRASE  # noqa: PLC0415

    with open_made(vault_dir) as opened, opened.db.transaction():
        opened.db.execute(
            "INSERT INTO clients (num, code, name, created, updated)"
            " VALUES (1, 'P-1', 'A', 'x', 'x')"
        )
        for num in range(1, 3001):
            opened.db.execute(
                "INSERT INTO notes (num, session_date, kind, template, body, created, updated)"
                " VALUES (?, '2024-01-01', 'session', 'free', 'x', 'x', 'x')",
                (num,),
            )
            opened.db.execute("INSERT INTO note_clients VALUES (1, ?)", (num,))
    env = {**os.environ, "NOTES_VAULT_DIR": str(vault_dir), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    child = subprocess.Popen(
        [str(BIN), *form, "note", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
    )
    assert child.stdout is not None
    assert child.stderr is not None
    assert child.stdout.read(10)
    child.stdout.close()
    assert (child.wait(timeout=60), child.stderr.read()) == (0, b"")
