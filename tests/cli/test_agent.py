"""The unlock agent: one unlock serves many commands; lock, idle timeout, other users, hardening,
nothing on disk, and a clean fallback when the agent is gone."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from notes_vault.store.agent import client, place
from tests.cli.agent_fixtures import (
    agent_pids,
    agent_runtime,  # noqa: F401 - a fixture
    program_env,
    run_program,
    wait_until,
)
from tests.conftest import PASSPHRASE, Cli, open_made

pytestmark = pytest.mark.usefixtures("agent_runtime")


def _unlock(cli: Cli, *extra: str) -> None:
    result = cli("unlock", *extra, env={"NOTES_VAULT_PASSPHRASE": PASSPHRASE})
    assert result.code == 0, result.err


@pytest.fixture
def unlocked(vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A vault with one client and one note, unlocked through the agent; no secret left in env."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    assert cli("note", "add", "C0001", "--file", "-", stdin="First session.\n").code == 0
    _unlock(cli)
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    return vault_dir


TEN_COMMANDS = [
    ["status"],
    ["client", "list"],
    ["client", "show", "C0001"],
    ["note", "list"],
    ["note", "show", "N0001"],
    ["search", "session"],
    ["consent", "list"],
    ["disclosure", "list"],
    ["audit", "list"],
    ["note", "sign", "N0001"],
]


def test_ten_commands_after_one_unlock(unlocked: Path) -> None:
    """After `unlock`, ten commands of the real program, with no secret in their environment
    and standard input closed, all succeed; after `lock` the same command exits 3."""
    env = program_env(unlocked)
    for args in TEN_COMMANDS:
        done = run_program(args, env)
        assert done.returncode == 0, (args, done.stderr)
    assert run_program(["lock"], env).returncode == 0
    done = run_program(["note", "list"], env)
    assert done.returncode == 3
    assert "no passphrase" in done.stderr


def test_no_agent_option_and_variable_ignore_it(unlocked: Path, cli: Cli) -> None:
    """--no-agent and NOTES_VAULT_NO_AGENT=1 ignore a running agent (exit 3 without a secret);
    NOTES_VAULT_NO_AGENT=0 does not."""
    env = program_env(unlocked)
    assert run_program(["--no-agent", "note", "list"], env).returncode == 3
    assert run_program(["note", "list"], {**env, "NOTES_VAULT_NO_AGENT": "1"}).returncode == 3
    assert run_program(["note", "list"], {**env, "NOTES_VAULT_NO_AGENT": "0"}).returncode == 0


def test_status_says_until_when(unlocked: Path, cli: Cli) -> None:
    """`status` says "unlocked until HH:MM" while the agent holds the key and "locked" after."""
    shown = cli("status")
    assert shown.code == 0
    held = client.status(unlocked)
    assert held is not None
    assert held.until is not None
    hhmm = time.strftime("%H:%M", time.localtime(held.until))
    assert re.search(rf"Unlock agent:?\s+unlocked until {hhmm}", shown.out), shown.out
    assert cli("--json", "status").json()["agent"]["unlocked"] is True
    assert cli("lock").code == 0
    locked = cli("status", env={"NOTES_VAULT_PASSPHRASE": PASSPHRASE}).out
    assert re.search(r"Unlock agent:?\s+locked", locked), locked


def test_idle_timeout_locks_by_itself(vault_dir: Path, cli: Cli) -> None:
    """With a one-second idle timeout the agent ends by itself: the socket goes, commands exit 3."""
    _unlock(cli, "--timeout", "1s")
    sock = place.socket_path(vault_dir)
    assert sock.exists()
    assert wait_until(lambda: not sock.exists(), seconds=8)
    assert run_program(["note", "list"], program_env(vault_dir)).returncode == 3


def test_use_restarts_the_idle_timer(vault_dir: Path, cli: Cli) -> None:
    """The idle timeout counts from the last use: a command moves the deadline later."""
    _unlock(cli, "--timeout", "1h")
    first = client.status(vault_dir)
    time.sleep(1.1)
    assert client.fetch_key(vault_dir) is not None
    later = client.status(vault_dir)
    assert first is not None
    assert later is not None
    assert first.until is not None
    assert later.until is not None
    assert later.until > first.until


def test_timeout_zero_means_until_lock(vault_dir: Path, cli: Cli) -> None:
    """`--timeout 0` leaves no idle deadline; the agent answers until `lock`."""
    _unlock(cli, "--timeout", "0")
    held = client.status(vault_dir)
    assert held is not None
    assert (held.until, held.timeout) == (None, 0)
    assert "until `notes-vault lock` or logout" in cli("status").out


@pytest.mark.parametrize("value", ["5x", "15", "-1m", "8d", ""])
def test_bad_timeout_refused_before_any_secret(vault_dir: Path, cli: Cli, value: str) -> None:
    """A malformed --timeout is a usage error (exit 2) before any secret is asked for."""
    result = cli("unlock", "--timeout", value, env={"NOTES_VAULT_PASSPHRASE": "wrong one"})
    assert result.code == 2
    assert "--timeout" in result.err


def test_disk_backed_runtime_refused(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A runtime folder on a disk is refused with the reason, before any secret is asked for."""
    disk = tmp_path / "disk-runtime"
    disk.mkdir(mode=0o700)
    if place.mount_type(disk) in place.MEMORY_FILESYSTEMS:
        pytest.skip("tmp_path is in memory here")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(disk))
    result = cli("unlock", env={"NOTES_VAULT_PASSPHRASE": "wrong one"})
    assert result.code == 7
    assert "a disk" in result.err
    assert list(disk.iterdir()) == []


def test_socket_and_folder_are_private(unlocked: Path) -> None:
    """The socket is 0600 in a 0700 folder of ours, and there is one agent for the vault."""
    sock = place.socket_path(unlocked)
    assert sock.stat().st_mode & 0o777 == 0o600
    assert sock.parent.stat().st_mode & 0o777 == 0o700
    assert sock.parent.stat().st_uid == os.getuid()
    assert len(agent_pids(Path(os.environ["XDG_RUNTIME_DIR"]))) == 1


def test_agent_process_is_hardened(unlocked: Path) -> None:
    """The agent's core-file limit is 0 (soft and hard), and neither its command line nor its
    environment carries the key or the passphrase."""
    held = client.status(unlocked)
    assert held is not None
    proc = Path(f"/proc/{held.pid}")
    core = next(line for line in (proc / "limits").read_text().splitlines() if "core" in line)
    assert core.split()[4:6] == ["0", "0"]
    key = open_made(unlocked)
    data_key = key.data_key
    key.close()
    for name in ("cmdline", "environ"):
        raw = (proc / name).read_bytes()
        assert data_key not in raw
        assert data_key.hex().encode() not in raw
        assert PASSPHRASE.encode() not in raw
    assert (proc / "environ").read_bytes() == b""


def test_no_key_bytes_in_any_file(unlocked: Path) -> None:
    """No file under the runtime folder or the vault folder holds the data key, raw or in hex."""
    opened = open_made(unlocked)
    data_key = opened.data_key
    opened.close()
    folders = [Path(os.environ["XDG_RUNTIME_DIR"]), unlocked]
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_socket():
                raw = path.read_bytes()
                assert data_key not in raw, path
                assert data_key.hex().encode() not in raw, path


def test_killed_agent_falls_back_cleanly(unlocked: Path) -> None:
    """A killed agent leaves commands on their usual sources: the passphrase works, no secret
    is exit 3 with the usual message, and the dead socket is cleared."""
    held = client.status(unlocked)
    assert held is not None
    os.kill(held.pid, signal.SIGKILL)
    assert wait_until(lambda: not Path(f"/proc/{held.pid}/cmdline").read_bytes(), seconds=5)
    env = program_env(unlocked)
    done = run_program(["note", "list"], env)
    assert done.returncode == 3
    assert "no passphrase" in done.stderr
    assert not place.socket_path(unlocked).exists()
    done = run_program(["note", "list"], {**env, "NOTES_VAULT_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr


def test_lock_one_vault_or_all(unlocked: Path, cli: Cli, tmp_path: Path) -> None:
    """`lock --vault DIR` locks that vault only; `lock` locks every one; a second `lock` says
    nothing was unlocked."""
    from tests.conftest import CHEAP_KDF  # noqa: PLC0415

    other = tmp_path / "other"
    env = {"NOTES_VAULT_DIR": str(other), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    assert cli("init", *CHEAP_KDF, env=env).code == 0
    assert cli("unlock", env=env).code == 0
    assert cli("--json", "lock", "--vault", str(other)).json() == {"locked": [str(other)]}
    assert client.status(unlocked) is not None
    assert cli("--json", "lock").json() == {"locked": [str(unlocked)]}
    assert "No vault was unlocked" in cli("lock").err


def test_rekey_ends_the_agent_passwd_does_not(unlocked: Path, cli: Cli) -> None:
    """`passwd` keeps the data key, so the agent goes on serving; after `rekey` the agent's key
    no longer opens the vault: it is let go and commands fall back (exit 3 without a secret)."""
    env = {"NOTES_VAULT_PASSPHRASE": PASSPHRASE, "NOTES_VAULT_NEW_PASSPHRASE": "another long one"}
    assert cli("passwd", env=env).code == 0
    assert cli("note", "list").code == 0
    assert cli("rekey", env={"NOTES_VAULT_PASSPHRASE": "another long one"}).code == 0
    assert cli("note", "list").code == 3
    assert wait_until(lambda: client.status(unlocked) is None, seconds=5)


def test_other_user_refused(unlocked: Path) -> None:
    """Another uid cannot reach the socket (0600); even when let through the file modes, the
    agent checks its peer's credentials as it accepts, and refuses it (before reading any
    request) without the key (needs root)."""
    if os.getuid() != 0 or not Path("/usr/bin/python3").exists():
        pytest.skip("switching to another uid needs root (and a python it may run)")
    sock = place.socket_path(unlocked)
    probe = (
        "import json, socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "try:\n"
        "    s.connect(sys.argv[1])\n"
        "except PermissionError:\n"
        "    print('denied'); sys.exit(0)\n"
        "print(s.recv(4096).decode())\n"
    )

    def as_nobody() -> str:
        done = subprocess.run(
            ["/usr/bin/python3", "-I", "-c", probe, str(sock)],
            user=65534,
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    assert as_nobody() == "denied"
    for path in (sock.parent.parent, sock.parent, sock):
        path.chmod(0o777 if path.is_dir() else 0o666)
    reply = json.loads(as_nobody())
    assert reply["ok"] is False
    assert reply["error"] == "refused"
    assert "key" not in reply


def test_protocol_is_versioned(unlocked: Path) -> None:
    """A request in another protocol version is answered with a "version" error, not served."""
    conn = socket.socket(socket.AF_UNIX)
    conn.connect(str(place.socket_path(unlocked)))
    conn.sendall(b'{"v":2,"op":"get"}\n')
    reply = json.loads(conn.recv(4096))
    conn.close()
    assert (reply["ok"], reply["error"]) == (False, "version")


def test_new_secrets_need_a_current_one(unlocked: Path, cli: Cli, tmp_path: Path) -> None:
    """While unlocked, `passwd` and `keyfile add` still ask for a current secret (exit 3
    without one); other commands do not."""
    env = {"NOTES_VAULT_NEW_PASSPHRASE": "another long one"}
    assert cli("passwd", env=env).code == 3
    assert cli("keyfile", "add", str(tmp_path / "cron.key")).code == 3
    assert not (tmp_path / "cron.key").exists()
    assert cli("note", "list").code == 0
