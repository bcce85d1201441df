"""Talking to unlock agents: start one, hand it a key, fetch the key, ask, lock.

Every function here treats a missing, dead or refusing agent as "no agent": the
command then falls back to its other key sources. A socket whose agent is gone
(killed, crashed) is removed when found.
"""

from __future__ import annotations

import contextlib
import errno
import os
import select
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from notes_vault.errors import Refused, UnexpectedError
from notes_vault.store.agent import place, protocol

REQUEST_SECONDS = 5.0
START_SECONDS = 10.0
DEFAULT_TIMEOUT = 15 * 60


@dataclass(frozen=True)
class Held:
    """What an agent says about the vault it holds."""

    vault: str
    held: bool
    until: float | None  # Unix time of the idle lock; None: until `lock` or logout
    timeout: int
    pid: int
    memory_locked: bool


class NoAgent(Exception):  # noqa: N818 - a condition, not a failure the user sees
    """No agent answers on that socket."""


def _request(path: Path, message: dict[str, Any]) -> dict[str, Any]:
    """One request and its reply; NoAgent if nobody (or another user) answers."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(REQUEST_SECONDS)
    with conn:
        try:
            conn.connect(str(path))
        except (FileNotFoundError, ConnectionRefusedError) as exc:
            if isinstance(exc, ConnectionRefusedError):
                _remove_stale(path)
            raise NoAgent from None
        except OSError as exc:
            raise NoAgent from exc
        if not protocol.same_user(conn):
            raise NoAgent  # a socket served by another user is not ours to talk to
        try:
            protocol.send(conn, message)
            return protocol.receive(conn)
        except (OSError, protocol.ProtocolError):
            raise NoAgent from None


def _remove_stale(path: Path) -> None:
    """Remove a socket nobody listens on (its agent was killed)."""
    with contextlib.suppress(OSError):
        path.unlink()


def _socket_for(vault: Path) -> Path | None:
    try:
        return place.socket_path(vault)
    except Refused:
        return None


def fetch_key(vault: Path) -> bytes | None:
    """The data key of the vault at `vault` from its agent, or None if no agent holds it."""
    path = _socket_for(vault)
    if path is None or not path.exists():
        return None
    try:
        reply = _request(path, {"op": "get", "vault": str(vault)})
    except NoAgent:
        return None
    if not reply.get("ok"):
        return None
    try:
        return bytes.fromhex(str(reply["key"]))
    except (KeyError, ValueError):
        return None


def status(vault: Path) -> Held | None:
    """What the agent for `vault` holds, or None when none runs."""
    path = _socket_for(vault)
    if path is None or not path.exists():
        return None
    return _status_at(path, vault)


def _status_at(path: Path, vault: Path | None) -> Held | None:
    message: dict[str, Any] = {"op": "status"}
    if vault is not None:
        message["vault"] = str(vault)
    try:
        reply = _request(path, message)
    except NoAgent:
        return None
    if not reply.get("ok"):
        return None
    return Held(
        vault=str(reply["vault"]),
        held=bool(reply["held"]),
        until=None if reply["until"] is None else float(reply["until"]),
        timeout=int(reply["timeout"]),
        pid=int(reply["pid"]),
        memory_locked=bool(reply["memory_locked"]),
    )


def lock(vault: Path | None = None) -> list[str]:
    """Lock the agent of `vault`, or every agent of this user; the vault folders locked."""
    if vault is None:
        paths = place.sockets()
    else:
        found = _socket_for(vault)
        paths = [found] if found is not None and found.exists() else []
    locked = []
    for path in paths:
        with contextlib.suppress(NoAgent):
            reply = _request(path, {"op": "lock"})
            if reply.get("ok"):
                locked.append(str(reply.get("vault")))
                _wait_gone(path)
    return locked


def _wait_gone(path: Path) -> None:
    """Wait (briefly) until the agent has removed its socket, so `lock` is done on return."""
    deadline = time.monotonic() + 2.0
    while path.exists() and time.monotonic() < deadline:
        time.sleep(0.01)


def hand_over(vault: Path, data_key: bytes, timeout: int) -> float | None:
    """Give the data key to the vault's agent, starting one if none runs; the idle deadline."""
    path = place.socket_path(vault, create=True)
    message = {"op": "put", "vault": str(vault), "key": data_key.hex(), "timeout": timeout}
    with contextlib.suppress(NoAgent):
        return _put(path, message)
    _start(path, vault, timeout)
    try:
        return _put(path, message)
    except NoAgent:
        raise UnexpectedError("the unlock agent started but does not answer") from None


def _put(path: Path, message: dict[str, Any]) -> float | None:
    reply = _request(path, message)
    if not reply.get("ok"):
        raise UnexpectedError(f"the unlock agent refused the key: {reply.get('message')}")
    until = reply.get("until")
    return None if until is None else float(until)


def _start(path: Path, vault: Path, timeout: int) -> None:
    """Start an agent process in a session of its own, and wait until it listens."""
    argv = [
        sys.executable, "-I", "-m", "notes_vault.store.agent",
        "--socket", str(path), "--vault", os.path.realpath(vault), "--timeout", str(timeout),
    ]  # fmt: skip
    read_end = _double_fork(argv)
    try:
        said = _read_line(read_end, START_SECONDS)
    finally:
        os.close(read_end)
    if said != "ready":
        raise UnexpectedError(f"the unlock agent did not start ({said or 'no answer'})")


def _double_fork(argv: list[str]) -> int:
    """Run `argv` as a grandchild in a new session (so it is nobody's child and survives
    this terminal), with an empty environment; returns the read end of its stdout."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child, which never returns
        try:
            os.setsid()
            if os.fork() == 0:
                null = os.open(os.devnull, os.O_RDWR)
                os.dup2(null, 0)
                os.dup2(write_end, 1)
                os.dup2(null, 2)
                os.execve(argv[0], argv, {})  # noqa: S606 - our own interpreter, fixed argv
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    return read_end


def _read_line(fd: int, seconds: float) -> str:
    deadline = time.monotonic() + seconds
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            break
        try:
            chunk = os.read(fd, 256)
        except OSError as exc:
            if exc.errno == errno.EINTR:
                continue
            break
        if not chunk:
            break
        data += chunk
    return data.decode("utf-8", "replace").strip()
