"""The agent's wire protocol, version 1: one JSON request and one JSON reply per connection.

Each message is one UTF-8 JSON object on one line (``\\n``-terminated), at most
64 KiB. Every request carries ``"v": 1`` and an ``"op"``; every reply carries
``"v": 1`` and ``"ok"``, and on failure ``"error"`` (a code) and ``"message"``::

    {"v":1,"op":"put","vault":PATH,"key":HEX64,"timeout":SECONDS}
        -> {"v":1,"ok":true,"until":EPOCH|null}
           store the data key (checked against the vault's header first) and set the
           idle timeout (0: none); also used to change the timeout of a running agent
    {"v":1,"op":"get","vault":PATH}
        -> {"v":1,"ok":true,"key":HEX64,"until":EPOCH|null}
           the key, if the header on disk still authenticates under it (else the agent
           wipes it and exits: error "changed"); restarts the idle timer
    {"v":1,"op":"status","vault":PATH}
        -> {"v":1,"ok":true,"held":BOOL,"until":EPOCH|null,"timeout":SECONDS,
            "pid":INT,"memory_locked":BOOL}
    {"v":1,"op":"lock"}
        -> {"v":1,"ok":true,"vault":PATH}  then the agent wipes the key and exits

Error codes: ``version`` (unknown "v"), ``bad-request``, ``refused`` (the peer is
another user), ``other-vault`` (this agent holds another vault), ``locked`` (no key
held), ``changed`` (the header no longer matches the key). ``until`` is the Unix
time at which the idle timeout will lock the vault, null when there is none.
A client also checks the server's credentials: a socket served by another user
is not talked to.
"""

from __future__ import annotations

import json
import os
import socket
import struct
from typing import Any

from notes_vault.errors import UnexpectedError

VERSION = 1
MAX_MESSAGE = 64 * 1024
_UCRED = struct.Struct("3i")  # struct ucred: pid, uid, gid


class ProtocolError(UnexpectedError):
    """A message that is not version-1 JSON of the agreed shape."""


def peer_uid(conn: socket.socket) -> int:
    """The user id of the process at the other end of a Unix socket (SO_PEERCRED)."""
    raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, _UCRED.size)
    _pid, uid, _gid = _UCRED.unpack(raw)
    return int(uid)


def same_user(conn: socket.socket) -> bool:
    """Whether the peer runs as this process's user."""
    return peer_uid(conn) == os.getuid()


def send(conn: socket.socket, message: dict[str, Any]) -> None:
    """Write one message."""
    conn.sendall(json.dumps({"v": VERSION, **message}, separators=(",", ":")).encode() + b"\n")


def receive(conn: socket.socket) -> dict[str, Any]:
    """Read one message (up to its newline); ProtocolError if it is not one."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if chunk.endswith(b"\n") or size > MAX_MESSAGE:
            break
    raw = b"".join(chunks)
    if size > MAX_MESSAGE or not raw.endswith(b"\n"):
        raise ProtocolError("the agent's message was cut short or too long")
    try:
        message = json.loads(raw)
    except ValueError:
        raise ProtocolError("the agent's message is not JSON") from None
    if not isinstance(message, dict):
        raise ProtocolError("the agent's message is not a JSON object")
    return message


def reply_error(conn: socket.socket, code: str, text: str) -> None:
    """Send a failure reply."""
    send(conn, {"ok": False, "error": code, "message": text})
