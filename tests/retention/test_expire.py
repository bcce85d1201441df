"""`expire`: what goes, what stays, joint notes, dry runs, interruption."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from notes_vault.errors import Refused
from notes_vault.retention import expire as destroy
from notes_vault.retention import policy as retention
from notes_vault.store import credentials
from notes_vault.store.vault import Vault, add_keyfile, open_vault
from tests.conftest import PASSPHRASE

CLI = str(Path(sys.executable).with_name("notes-vault"))


def open_v(path: Path) -> Vault:
    """The vault at `path`, opened with the test passphrase."""
    return open_vault(path, credentials.Passphrase(PASSPHRASE.encode()))


def add_client(
    v: Vault,
    name: str,
    *,
    ended: date | None = None,
    dob: date | None = None,
    started: date = date(2010, 1, 1),
    aliases: tuple[str, ...] = (),
) -> int:
    """A client made by SQL (fast), returning its number."""
    with v.db.transaction():
        num = int(
            v.db.execute(
                "INSERT INTO clients (code, name, dob, started, ended, phone, email, created,"
                " updated) VALUES (?, ?, ?, ?, ?, ?, ?, 'x', 'x')",
                (
                    "P-" + os.urandom(4).hex().upper(),
                    name,
                    dob and dob.isoformat(),
                    started.isoformat(),
                    ended and ended.isoformat(),
                    "07700 900" + str(len(name)).zfill(3),
                    name.split(maxsplit=1)[0].lower() + "@example.org",
                ),
            ).lastrowid
        )
        for alias in aliases:
            v.db.execute("INSERT INTO client_aliases VALUES (?, ?)", (num, alias))
    return num


def add_note(
    v: Vault, body: str, *clients: int, kind: str = "session", amends: int | None = None
) -> int:
    """A note on `clients` made by SQL (notes.py is another issue)."""
    with v.db.transaction():
        num = int(
            v.db.execute(
                "INSERT INTO notes (session_date, kind, template, body, created, updated, amends)"
                " VALUES ('2015-01-01', ?, 'free', ?, 'x', 'x', ?)",
                (kind, body, amends),
            ).lastrowid
        )
        for client in clients:
            v.db.execute("INSERT INTO note_clients VALUES (?, ?)", (client, num))
    return num


def count(v: Vault, sql: str, *params: object) -> int:
    """A count query."""
    return int(v.db.scalar(sql, params))


def cron_env(vault_dir: Path, keyfile: Path) -> dict[str, str]:
    """The minimal environment cron gives a job."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(vault_dir.parent),
        "NOTES_VAULT_KEYFILE": str(keyfile),
        "NOTES_VAULT_DIR": str(vault_dir),
    }
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return env


def make_keyfile(vault_dir: Path) -> Path:
    """A key file for `vault_dir`, beside it."""
    target = vault_dir.parent / "cron.key"
    with open_v(vault_dir) as v:
        add_keyfile(v, target)
    return target


def test_due_client_destroyed_with_record(vault_dir: Path) -> None:
    """A due client's notes, addenda, aliases, links and row go; a record keeps the code."""
    with open_v(vault_dir) as v:
        due = add_client(v, "Ann Example", ended=date(2019, 6, 30), aliases=("Annie",))
        keep = add_client(v, "Bea Example", ended=date(2020, 1, 1))
        first = add_note(v, "first session", due)
        add_note(v, "amended", due, kind="addendum", amends=first)
        add_note(v, "kept note", keep)
        v.db.execute(
            "INSERT INTO linked_people (client_num, name, relation) VALUES (?, 'Carl', 'partner')",
            (due,),
        )
        code = v.db.scalar("SELECT code FROM clients WHERE num = ?", (due,))
        report = destroy.expire(v, as_of=date(2025, 6, 30))
        assert [o.client for o in report.clients] == ["C0001"]
        assert report.clients[0].counts["notes"] == 1
        assert report.clients[0].counts["addenda"] == 1
        assert report.clients[0].counts["aliases"] == 1
        assert count(v, "SELECT count(*) FROM clients WHERE num = ?", due) == 0
        assert count(v, "SELECT count(*) FROM notes") == 1
        assert count(v, "SELECT count(*) FROM client_aliases") == 0
        assert count(v, "SELECT count(*) FROM linked_people") == 0
        records = retention.register(v)
        assert [(r.id, r.code, r.period_end) for r in records] == [
            ("X0001", code, date(2019, 6, 30))
        ]
        event = v.db.one("SELECT ids FROM audit WHERE action = 'retention.destroy'")
    assert "Ann" not in str(event[0])
    assert code in str(event[0])


def test_not_due_the_day_before(vault_dir: Path) -> None:
    """The day before the due date nothing is destroyed."""
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2019, 6, 30))
        report = destroy.expire(v, as_of=date(2025, 6, 29))
        assert report.clients == ()
        assert count(v, "SELECT count(*) FROM clients") == 1


def test_open_and_held_clients_survive(vault_dir: Path) -> None:
    """Open clients and clients under a hold are never destroyed."""
    with open_v(vault_dir) as v:
        add_client(v, "Open Client")
        add_client(v, "Held Client", ended=date(2000, 1, 1))
        retention.place_hold(v, "C0002", reason="court case")
        report = destroy.expire(v, as_of=date.today())
        assert report.clients == ()
        assert count(v, "SELECT count(*) FROM clients") == 2


def test_joint_note_kept_with_due_client_replaced(vault_dir: Path) -> None:
    """A joint note stays while one client is not due, without the due client's name."""
    with open_v(vault_dir) as v:
        ann = add_client(v, "Ann Zephyrine", ended=date(2015, 1, 1))
        bob = add_client(v, "Bob Quillfeather", ended=date(2019, 1, 1))
        joint = add_note(v, "Ann Zephyrine and Bob Quillfeather argued.", ann, bob)
        report = destroy.expire(v, as_of=date(2021, 6, 1))
        assert report.clients[0].counts["joint_notes_kept"] == 1
        body = str(v.db.scalar("SELECT body FROM notes WHERE num = ?", (joint,)))
        assert "Zephyrine" not in body
        assert "Bob Quillfeather" in body
        links = v.db.all("SELECT client_num FROM note_clients WHERE note_num = ?", (joint,))
        assert [int(r[0]) for r in links] == [bob]
        hits = v.db.all("SELECT rowid FROM notes_fts WHERE notes_fts MATCH 'Zephyrine'")
        assert hits == []
        destroy.expire(v, as_of=date.today())
        assert count(v, "SELECT count(*) FROM notes") == 0


def test_joint_note_destroyed_when_all_due(vault_dir: Path) -> None:
    """A joint note whose clients are all due is destroyed, not rewritten."""
    with open_v(vault_dir) as v:
        ann = add_client(v, "Ann Example", ended=date(2015, 1, 1))
        bob = add_client(v, "Bob Example", ended=date(2015, 1, 1))
        add_note(v, "joint session", ann, bob)
        report = destroy.expire(v, as_of=date(2022, 1, 1))
        assert len(report.clients) == 2
        assert count(v, "SELECT count(*) FROM notes") == 0
        assert sum(o.counts["notes"] for o in report.clients) == 1


def test_a_future_day_only_previews(vault_dir: Path) -> None:
    """A day after today may be previewed but never destroys: records go when due, not before."""
    ahead = date.today() + timedelta(days=1)
    with open_v(vault_dir) as v:
        num = add_client(v, "Ann Example", ended=date.today() - timedelta(days=7 * 366))
        add_note(v, "a note", num)
        assert [o.counts["notes"] for o in destroy.expire(v, as_of=ahead, dry_run=True).clients]
        with pytest.raises(Refused, match="after today"):
            destroy.expire(v, as_of=ahead)
        assert count(v, "SELECT count(*) FROM notes") == 1


def test_dry_run_changes_no_byte(vault_dir: Path) -> None:
    """`expire --dry-run` reports the due client and leaves the database file identical."""
    with open_v(vault_dir) as v:
        num = add_client(v, "Ann Example", ended=date(2015, 1, 1))
        add_note(v, "a note", num)
        v.db.checkpoint()
    before = (vault_dir / "vault.db").read_bytes()
    with open_v(vault_dir) as v:
        report = destroy.expire(v, as_of=date(2022, 1, 1), dry_run=True)
        assert [o.counts["notes"] for o in report.clients] == [1]
    assert (vault_dir / "vault.db").read_bytes() == before


def _many_due(vault_dir: Path, clients: int) -> None:
    with open_v(vault_dir) as v, v.db.transaction():
        for i in range(clients):
            num = int(
                v.db.execute(
                    "INSERT INTO clients (code, name, started, ended, created, updated)"
                    " VALUES (?, ?, '2005-01-01', '2010-01-01', 'x', 'x')",
                    (f"P-{i:05d}", f"Client {i}"),
                ).lastrowid
            )
            for j in range(4):
                note = v.db.execute(
                    "INSERT INTO notes (session_date, kind, template, body, created, updated)"
                    " VALUES ('2009-01-01', 'session', 'free', ?, 'x', 'x')",
                    (f"session {j} of client {i} " + "words " * 200,),
                ).lastrowid
                v.db.execute("INSERT INTO note_clients VALUES (?, ?)", (num, note))


def _check_all_or_nothing(vault_dir: Path, clients: int) -> int:
    """Each client is wholly there without a record, or wholly gone with one; returns gone."""
    with open_v(vault_dir) as v:
        codes = {str(r[0]) for r in v.db.all("SELECT code FROM clients")}
        recorded = [str(r[0]) for r in v.db.all("SELECT code FROM destructions")]
        assert len(recorded) == len(set(recorded))
        assert codes.isdisjoint(recorded)
        for num in (int(r[0]) for r in v.db.all("SELECT num FROM clients")):
            assert count(v, "SELECT count(*) FROM note_clients WHERE client_num = ?", num) == 4
        assert count(v, "SELECT count(*) FROM notes") == 4 * len(codes)
        assert len(codes) + len(recorded) == clients
        return len(recorded)


def test_interrupted_run_leaves_whole_clients(vault_dir: Path, tmp_path: Path) -> None:
    """SIGKILL in the middle of a run leaves each client destroyed with its record, or untouched."""
    # Clients are destroyed in batches of 100 (retention/batches.py): 350 give three
    # moments between batches at which a kill leaves a run part-done, not one.
    clients = 350
    _many_due(vault_dir, clients)
    key = make_keyfile(vault_dir)
    # Time a whole run on a throwaway copy, then kill others part-way through it.
    timing = tmp_path / "timing"
    shutil.copytree(vault_dir, timing)
    started = time.monotonic()
    subprocess.run(
        [CLI, "expire", "--yes"],
        env=cron_env(timing, key),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=True,
    )
    whole = time.monotonic() - started
    partial = False
    # The kill moment, as a share of the timed run, is bisected: too early (nothing
    # gone) moves it later, too late (all gone) earlier, so load on the machine
    # that slows or speeds a run cannot make every attempt miss.
    low, high, share = 0.0, 2.0, 0.6
    for attempt in range(16):
        copy = tmp_path / f"copy{attempt}"
        shutil.copytree(vault_dir, copy)
        proc = subprocess.Popen(
            [CLI, "expire", "--yes"],
            env=cron_env(copy, key),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(whole * share)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        gone = _check_all_or_nothing(copy, clients)
        if 0 < gone < clients:
            partial = True
            break
        if gone == 0:
            low, share = share, (share + high) / 2
        else:
            high, share = share, (low + share) / 2
    assert partial, "never caught a run in the middle"
    done = subprocess.run(
        [CLI, "expire", "--yes"],
        env=cron_env(copy, key),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _check_all_or_nothing(copy, clients) == clients
