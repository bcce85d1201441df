"""The retention commands through the real entry point, and `expire` run the way cron runs it."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from tests.conftest import Cli
from tests.retention.test_expire import CLI, add_client, add_note, cron_env, make_keyfile, open_v


def _cron(vault_dir: Path, keyfile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, *args],
        env=cron_env(vault_dir, keyfile),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        start_new_session=True,
        check=False,
        timeout=120,
    )


def _due_vault(vault_dir: Path, clients: int = 2) -> None:
    with open_v(vault_dir) as v:
        for i in range(clients):
            num = add_client(v, f"Client Number{i}", ended=date(2010, 1, 1))
            add_note(v, f"note of client {i}", num)


def test_cron_expire_with_yes(vault_dir: Path) -> None:
    """With a key file and --yes, expire runs without a terminal and prints one line."""
    _due_vault(vault_dir)
    key = make_keyfile(vault_dir)
    done = _cron(vault_dir, key, "expire", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n") == 1
    assert "destroyed 2 clients" in done.stdout


def test_cron_expire_json(vault_dir: Path) -> None:
    """`--json expire --yes` prints one JSON object with the codes and counts."""
    _due_vault(vault_dir, 1)
    key = make_keyfile(vault_dir)
    done = _cron(vault_dir, key, "--json", "expire", "--yes")
    assert done.returncode == 0, done.stderr
    assert '"joint_notes_kept"' in done.stdout
    assert "Number0" not in done.stdout


def test_cron_without_yes_refused(vault_dir: Path) -> None:
    """Without --yes and without a terminal, expire refuses (exit 7) and destroys nothing."""
    _due_vault(vault_dir)
    key = make_keyfile(vault_dir)
    done = _cron(vault_dir, key, "expire")
    assert done.returncode == 7
    with open_v(vault_dir) as v:
        assert int(v.db.scalar("SELECT count(*) FROM clients")) == 2


def test_cron_bad_keyfile(vault_dir: Path, tmp_path: Path) -> None:
    """A key file that is not this vault's exits 3."""
    key = make_keyfile(vault_dir)
    key.write_text("notes-vault-keyfile-v1\n" + "A" * 43 + "=\n")
    assert _cron(vault_dir, key, "expire", "--yes").returncode == 3
    key.chmod(0o644)
    assert _cron(vault_dir, key, "expire", "--yes").returncode == 3


def test_cron_damaged_vault(vault_dir: Path) -> None:
    """A damaged database exits 6."""
    key = make_keyfile(vault_dir)
    db = vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    for offset in range(100, 4000, 97):
        raw[offset] ^= 0xFF
    db.write_bytes(bytes(raw))
    assert _cron(vault_dir, key, "expire", "--yes").returncode == 6


def test_cron_quiet_nothing_due(vault_dir: Path) -> None:
    """With --quiet and nothing due, stdout is empty and the exit code 0."""
    key = make_keyfile(vault_dir)
    done = _cron(vault_dir, key, "expire", "--yes", "--quiet")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    loud = _cron(vault_dir, key, "expire", "--yes")
    assert "nothing due" in loud.stdout


def test_two_runs_at_once(vault_dir: Path) -> None:
    """Two expire runs started together: each client is destroyed once, with one record."""
    _due_vault(vault_dir, 40)
    key = make_keyfile(vault_dir)
    procs = [
        subprocess.Popen(
            [CLI, "--json", "expire", "--yes"],
            env=cron_env(vault_dir, key),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    with open_v(vault_dir) as v:
        codes = [str(r[0]) for r in v.db.all("SELECT code FROM destructions")]
        assert int(v.db.scalar("SELECT count(*) FROM clients")) == 0
    assert len(codes) == 40
    assert len(set(codes)) == 40


def test_status_set_hold_and_register(vault_dir: Path, cli: Cli) -> None:
    """retention status/set, hold add/release and destruction list work end to end."""
    with open_v(vault_dir) as v:
        add_client(v, "Ann Example", ended=date(2019, 6, 30))
    assert cli("retention", "set", "--years", "7").code == 0
    assert cli("retention", "set", "--years", "2", "--client", "C0001").code == 0
    status = cli("--json", "retention", "status", "--as-of", "2021-06-30").json()
    assert status["clients"][0]["due"] == "2021-06-30"
    assert status["clients"][0]["state"] == "due"
    assert "Ann" not in cli("retention", "status").out
    assert cli("hold", "add", "C0001", "--reason", "complaint").out.strip() == "H0001"
    assert cli("--json", "status").json()["attention"]["retention"]["holds"]
    dry = cli("expire", "--dry-run", "--as-of", "2030-01-01")
    assert "nothing due" in dry.out
    assert cli("hold", "release", "C0001").code == 0
    assert "would destroy 1" in cli("expire", "--dry-run", "--as-of", "2030-01-01").out
    ahead = cli("expire", "--yes", "--as-of", "2030-01-01")
    assert ahead.code == 7, "a future --as-of must never destroy"
    assert "after today" in ahead.err
    # Refused before the vault is unlocked (so never after a plan was shown and confirmed).
    wrong = {"NOTES_VAULT_PASSPHRASE": "not the passphrase"}
    assert cli("expire", "--yes", "--as-of", "2030-01-01", env=wrong).code == 7
    assert cli("--json", "retention", "status").json()["clients"][0]["id"] == "C0001"
    assert cli("expire", "--yes").code == 0
    listed = cli("--json", "destruction", "list").json()
    assert [r["id"] for r in listed] == ["X0001"]
    assert listed[0]["period_end"] == "2019-06-30"
    assert cli("hold", "add", "C0001", "--reason", "x").code == 4
