"""Getting a secret, in the documented order (first match wins):

1. ``--keyfile PATH`` or ``NOTES_VAULT_KEYFILE``;
1b. the unlock agent, when one holds this vault (not with ``--no-agent`` or
    ``NOTES_VAULT_NO_AGENT=1``; see notes_vault.store.agent);
2. ``NOTES_VAULT_PASSCOMMAND`` (a command whose standard output is the passphrase);
3. ``NOTES_VAULT_PASSPHRASE_FILE`` (a file, 0600, holding the passphrase);
4. ``NOTES_VAULT_PASSPHRASE``;
5. a hidden prompt on the terminal, three tries; without a terminal, an error.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

from notes_vault.cli.spinner import working
from notes_vault.cli.state import State
from notes_vault.errors import BadKey, Damaged, UsageError
from notes_vault.store import credentials
from notes_vault.store.files import read_private_key_file
from notes_vault.store.vault import Vault, open_vault

TRIES = 3
NEW_PASSPHRASE_TRIES = 3  # a short, weak or mistyped new passphrase is asked again
NO_TERMINAL = (
    "no passphrase: there is no terminal to ask on; use --keyfile, NOTES_VAULT_KEYFILE, "
    "NOTES_VAULT_PASSCOMMAND, NOTES_VAULT_PASSPHRASE_FILE or NOTES_VAULT_PASSPHRASE"
)


def has_terminal() -> bool:
    """Whether a controlling terminal can be opened for a hidden prompt."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


def keyfile_path(state: State) -> Path | None:
    """The key file named by --keyfile or NOTES_VAULT_KEYFILE, if any."""
    if state.keyfile is not None:
        return state.keyfile
    env = os.environ.get("NOTES_VAULT_KEYFILE")
    return Path(env).expanduser() if env else None


def read_keyfile(path: Path) -> credentials.KeyFileKey:
    """The key inside a key file, which must be 0600 and ours."""
    return credentials.parse_keyfile(read_private_key_file(path))


def passphrase_from_environment() -> credentials.Passphrase | None:
    """A passphrase from PASSCOMMAND, PASSPHRASE_FILE or PASSPHRASE, in that order."""
    command = os.environ.get("NOTES_VAULT_PASSCOMMAND")
    if command:
        return credentials.Passphrase(_run_passcommand(command))
    file_name = os.environ.get("NOTES_VAULT_PASSPHRASE_FILE")
    if file_name:
        raw = read_private_key_file(Path(file_name).expanduser())
        return credentials.Passphrase(_strip_newline(raw))
    value = environment_bytes("NOTES_VAULT_PASSPHRASE")
    return credentials.Passphrase(value) if value else None


def environment_bytes(name: str) -> bytes | None:
    """A variable's value as the bytes the environment holds: a passphrase that is not
    valid UTF-8 is taken as it is (as from a file or a passcommand), never an error."""
    value = os.environ.get(name)
    return None if value is None else os.fsencode(value)


def _strip_newline(raw: bytes) -> bytes:
    return raw[:-1] if raw.endswith(b"\n") else raw


PASSCOMMAND_TIMEOUT = 60.0  # seconds; NOTES_VAULT_PASSCOMMAND_TIMEOUT overrides it


def passcommand_timeout() -> float:
    """How long NOTES_VAULT_PASSCOMMAND may run (NOTES_VAULT_PASSCOMMAND_TIMEOUT seconds)."""
    given = os.environ.get("NOTES_VAULT_PASSCOMMAND_TIMEOUT", "").strip()
    if not given:
        return PASSCOMMAND_TIMEOUT
    try:
        seconds = float(given)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= 3600:  # an hour: longer is a mistake
        raise UsageError("NOTES_VAULT_PASSCOMMAND_TIMEOUT must be seconds, above 0, at most 3600")
    return seconds


def _run_passcommand(command: str) -> bytes:
    """The passcommand's standard output. It runs without the secret variables in its
    environment; one still running after the timeout is killed with every process it
    started, and that is BadKey (exit 3), like any other failure to get the passphrase."""
    from notes_vault.store.hardening import child_environment  # noqa: PLC0415

    timeout = passcommand_timeout()
    try:
        # No shell: the command is split like a shell would, as borg does.
        process = subprocess.Popen(  # noqa: S603 - the user's own configured command
            shlex.split(command),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_environment(),
        )
    except (OSError, ValueError):
        raise BadKey("NOTES_VAULT_PASSCOMMAND could not be run") from None
    try:
        out, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_tree(process)
        raise BadKey(
            f"NOTES_VAULT_PASSCOMMAND did not finish within {timeout:g} s and was stopped "
            "(NOTES_VAULT_PASSCOMMAND_TIMEOUT sets the limit)"
        ) from None
    if process.returncode != 0:
        raise BadKey(f"NOTES_VAULT_PASSCOMMAND failed (exit {process.returncode})")
    value = _strip_newline(out)
    if not value:
        raise BadKey("NOTES_VAULT_PASSCOMMAND printed no passphrase")
    return value


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    """Kill a process and every process below it (found through /proc on Linux).

    Not a new process group: that would cut a passcommand that asks on the
    terminal off from it. Descendants are found first, then all are killed.
    """
    found, frontier = [process.pid], [process.pid]
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # "PID (COMMAND) STATE PPID ...": the command may hold spaces and parentheses.
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(stat.parent.name))
    while frontier:
        frontier = [c for p in frontier for c in children.get(p, [])]
        found += frontier
    for pid in found:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.communicate(timeout=5)


def prompt_secret(label: str) -> str:
    """Read one hidden line from the terminal."""
    if not has_terminal():
        raise BadKey(NO_TERMINAL)
    try:
        return getpass.getpass(f"{label}: ")
    except EOFError:
        raise BadKey("no passphrase given") from None
    except UnicodeDecodeError:  # its message quotes the bytes: never shown
        raise BadKey(
            "what was typed is not valid UTF-8; type the passphrase in a UTF-8 terminal, "
            "or give it by NOTES_VAULT_PASSPHRASE_FILE or NOTES_VAULT_PASSCOMMAND as bytes"
        ) from None


def open_with_sources(state: State, *, exclusive: bool = False) -> Vault:
    """Open the vault with the first key source that is configured."""
    path = state.location()
    key_path = keyfile_path(state)
    if key_path is not None:
        return open_vault(path, read_keyfile(key_path), exclusive=exclusive)
    held = open_with_agent(state, path, exclusive=exclusive)
    if held is not None:
        return held
    secret = passphrase_from_environment()
    if secret is not None:
        with working(state):
            return open_vault(path, secret, exclusive=exclusive)
    return _open_by_prompt(path, exclusive=exclusive, state=state)


def agent_allowed(state: State) -> bool:
    """Whether commands may use an unlock agent (not with --no-agent or NOTES_VAULT_NO_AGENT)."""
    return not state.no_agent and os.environ.get("NOTES_VAULT_NO_AGENT", "") in {"", "0"}


def open_with_agent(state: State, path: Path, *, exclusive: bool = False) -> Vault | None:
    """The vault opened with the key its agent holds; None (fall back) if no agent holds it,
    or if the key no longer opens the vault (that agent is then locked)."""
    if not agent_allowed(state):
        return None
    from notes_vault.store.agent import client  # noqa: PLC0415 - only when a vault is opened

    key = client.fetch_key(path)
    if key is None:
        return None
    try:
        return open_vault(path, credentials.DataKey(key), exclusive=exclusive)
    except (BadKey, Damaged):  # the header no longer authenticates under the held key
        client.lock(path)
        return None


def _open_by_prompt(path: Path, *, exclusive: bool, state: State | None = None) -> Vault:
    from notes_vault.errors import NoVault  # noqa: PLC0415
    from notes_vault.store.vault import is_vault  # noqa: PLC0415

    if not is_vault(path):
        raise NoVault(f"no vault at {path}; create one with `notes-vault init`")
    for attempt in range(1, TRIES + 1):
        typed = prompt_secret("Passphrase")
        try:
            with working(state):
                return open_vault(
                    path, credentials.Passphrase(typed.encode("utf-8")), exclusive=exclusive
                )
        except BadKey:
            if attempt == TRIES:
                raise
            with contextlib.suppress(OSError):
                os.write(2, b"Wrong passphrase, try again.\n")
    raise BadKey("wrong passphrase")  # pragma: no cover - the loop returns or raises


def new_passphrase(env_name: str = "NOTES_VAULT_NEW_PASSPHRASE") -> credentials.Passphrase:
    """A new passphrase: from `env_name` without a terminal, else typed twice."""
    from notes_vault.cli import strength  # noqa: PLC0415 - zxcvbn only when choosing one

    value = environment_bytes(env_name)
    if value:
        # Judged for strength when it is text; bytes that are not UTF-8 are taken as they are.
        try:
            return judged(value.decode("utf-8"))
        except UnicodeDecodeError:
            return credentials.Passphrase(value)
    if not has_terminal():
        raise BadKey(f"no new passphrase: there is no terminal; set {env_name}")
    for attempt in range(1, NEW_PASSPHRASE_TRIES + 1):
        first = prompt_secret("New passphrase")
        second = prompt_secret("Repeat the new passphrase")
        reason = "the two passphrases differ" if first != second else strength.problem(first)
        if reason is None:
            return judged(first)
        if attempt == NEW_PASSPHRASE_TRIES:
            raise UsageError(f"{reason}; nothing was changed")
        sys.stderr.write(f"{reason}; try again.\n")
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def judged(value: str) -> credentials.Passphrase:
    """`value` as a new passphrase: refused (exit 2) if among the easiest to guess, with a
    warning if weak (notes_vault.cli.strength)."""
    from notes_vault.cli import strength  # noqa: PLC0415

    weak = strength.check(value)
    if weak is not None:
        sys.stderr.write(f"warning: {weak}\n")
    return credentials.Passphrase(value.encode("utf-8"))


def passphrase_for(state: State, purpose: str) -> credentials.Passphrase:
    """The current passphrase from the environment chain or a prompt (not a key file)."""
    secret = passphrase_from_environment()
    if secret is not None:
        return secret
    return credentials.Passphrase(prompt_secret(f"Passphrase ({purpose})").encode("utf-8"))
