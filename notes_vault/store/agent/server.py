"""The agent process: serves one vault's data key on a Unix socket until locked or idle.

Started by `notes-vault unlock` as ``python -I -m notes_vault.store.agent --socket S
--vault V --timeout T`` in a session of its own (it outlives the terminal), with an
empty environment and no key on its command line: the key arrives over the socket, in
a ``put`` request, after the process has made itself non-dumpable (see keybox.harden).
It says ``ready`` on its standard output once it listens, then closes it.

It ends, wiping the key and removing its socket, on: ``lock``; the idle timeout (from
the last ``get``); a header that no longer authenticates under the key (``passwd`` keeps
it valid; ``rekey``, ``restore`` or a replaced vault do not); its socket removed or
replaced (the runtime folder is emptied at logout); SIGTERM, SIGINT or SIGHUP.
Nothing is written to disk.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import select
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

from notes_vault.errors import VaultError
from notes_vault.store import keys
from notes_vault.store.agent import protocol
from notes_vault.store.agent.keybox import KeyBox, harden

POLL_SECONDS = 2.0  # how often the socket's presence is checked between requests
HEADER_NAME = "vault.header"  # as notes_vault.store.vault.HEADER_NAME (kept light here)


class Agent:
    """The state of one agent: its vault, its key, its idle deadline."""

    def __init__(self, vault: Path, timeout: int) -> None:
        self.vault = vault
        self.timeout = timeout
        self.box = KeyBox()
        self.vault_id: str | None = None
        self.deadline: float | None = None
        self.running = True

    def touch(self) -> None:
        """Restart the idle timer."""
        self.deadline = time.time() + self.timeout if self.timeout else None

    def header_matches(self, key: bytes) -> str | None:
        """The vault id, if the header on disk authenticates under `key`; else None."""
        try:
            header, mac = keys.parse((self.vault / HEADER_NAME).read_bytes())
            keys.check_mac(header, mac, key)
        except (OSError, VaultError):
            return None
        if self.vault_id is not None and header.vault_id != self.vault_id:
            return None
        return header.vault_id

    def stop(self) -> None:
        """Let the key go."""
        self.box.wipe()
        self.running = False


def _put(agent: Agent, request: dict[str, Any]) -> dict[str, Any]:
    try:
        key = bytes.fromhex(str(request["key"]))
        timeout = int(request["timeout"])
    except (KeyError, ValueError, TypeError):
        return _error("bad-request", "put needs key and timeout")
    vault_id = agent.header_matches(key)
    if vault_id is None or timeout < 0:
        return _error("changed", "that key does not open this vault's header")
    agent.vault_id = vault_id
    agent.box.put(key)
    agent.timeout = timeout
    agent.touch()
    return {"ok": True, "until": agent.deadline}


def _get(agent: Agent, _request: dict[str, Any]) -> dict[str, Any]:
    if not agent.box.held:
        return _error("locked", "no key is held")
    key = agent.box.get()
    if agent.header_matches(key) is None:
        agent.stop()
        return _error("changed", "the vault's header changed; the key was let go")
    agent.touch()
    return {"ok": True, "key": key.hex(), "until": agent.deadline}


def _status(agent: Agent, _request: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "vault": str(agent.vault),
        "held": agent.box.held,
        "until": agent.deadline,
        "timeout": agent.timeout,
        "pid": os.getpid(),
        "memory_locked": agent.box.memory_locked,
    }


def _lock(agent: Agent, _request: dict[str, Any]) -> dict[str, Any]:
    agent.stop()
    return {"ok": True, "vault": str(agent.vault)}


def _error(code: str, text: str) -> dict[str, Any]:
    return {"ok": False, "error": code, "message": text}


OPS = {"put": _put, "get": _get, "status": _status, "lock": _lock}


def answer(agent: Agent, request: dict[str, Any]) -> dict[str, Any]:
    """The reply to one request."""
    if request.get("v") != protocol.VERSION:
        return _error("version", f"this agent speaks version {protocol.VERSION}")
    handler = OPS.get(str(request.get("op")))
    if handler is None:
        return _error("bad-request", "unknown op")
    named = request.get("vault")
    if named is not None and os.path.realpath(str(named)) != str(agent.vault):
        return _error("other-vault", "this agent holds another vault")
    return handler(agent, request)


def _serve_one(agent: Agent, conn: socket.socket) -> None:
    conn.settimeout(2.0)
    with conn:
        if not protocol.same_user(conn):
            protocol.reply_error(conn, "refused", "only the agent's own user may use it")
            return
        try:
            request = protocol.receive(conn)
        except (protocol.ProtocolError, OSError):
            return
        with contextlib.suppress(OSError):
            protocol.send(conn, answer(agent, request))


def _socket_still_ours(path: Path, inode: int) -> bool:
    try:
        return path.lstat().st_ino == inode
    except OSError:
        return False


def serve(agent: Agent, listener: socket.socket, path: Path, inode: int) -> None:
    """Answer requests until the agent stops, its idle time runs out or its socket goes."""
    while agent.running:
        wait = POLL_SECONDS
        if agent.deadline is not None:
            wait = min(wait, agent.deadline - time.time())
            if wait <= 0:
                break
        ready, _, _ = select.select([listener], [], [], wait)
        if ready:
            with contextlib.suppress(OSError):
                conn, _ = listener.accept()
                _serve_one(agent, conn)
        elif not _socket_still_ours(path, inode):
            break
    agent.stop()


def _listen(path: Path) -> socket.socket:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    previous = os.umask(0o177)  # the socket is born 0600
    try:
        listener.bind(str(path))
    finally:
        os.umask(previous)
    path.chmod(0o600)
    listener.listen(16)
    return listener


def _stop_on_signals() -> None:
    def handler(_signum: int, _frame: object) -> None:
        raise SystemExit(0)

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, handler)


def main(argv: list[str] | None = None) -> int:
    """Run an agent (see the module's docstring)."""
    harden()  # first: before any key can arrive
    parser = argparse.ArgumentParser(prog="notes-vault-agent")
    parser.add_argument("--socket", type=Path, required=True)
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--timeout", type=int, required=True)
    args = parser.parse_args(argv)
    os.chdir("/")
    agent = Agent(Path(os.path.realpath(args.vault)), args.timeout)
    _stop_on_signals()
    try:
        listener = _listen(args.socket)
    except OSError as exc:
        sys.stdout.write(f"error {exc.strerror}\n")
        return 1
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    with open(os.devnull, "wb") as devnull:  # noqa: PTH123 - a descriptor for dup2
        os.dup2(devnull.fileno(), 1)
    inode = args.socket.lstat().st_ino
    try:
        serve(agent, listener, args.socket, inode)
    finally:
        agent.stop()
        if _socket_still_ours(args.socket, inode):
            with contextlib.suppress(OSError):
                args.socket.unlink()
    return 0
