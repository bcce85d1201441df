"""Drafts: the text of a note whose saving failed, kept encrypted under the vault's key.

A command that obtained the key, opened the editor and then could not save (the vault
busy, a full disk, a key that no longer opens it, Ctrl-C while saving) keeps the text
here instead of dropping it; `note recover-draft` offers it back.

Where: ``drafts/`` in the private runtime folder (memory-backed, see
notes_vault.store.agent.place); where there is none, ``drafts/`` in the vault folder
(the file is ciphertext either way). One file per draft, 0600, ``<id>.draft``::

    {"format": "notes-vault-draft", "version": 1, "vault_id": "<32 hex>",
     "id": "<yyyymmddThhmmss>-<6 hex>", "created": "<ISO UTC>", "action": "add|edit|amend",
     "nonce": "<b64, 12 bytes>", "ciphertext": "<b64>"}

The ciphertext is AES-256-GCM under HKDF(data key, "notes-vault drafts") of the JSON
``{"target": {...ids and options...}, "body": "<the text>"}``, with the other fields
(canonical JSON) as associated data. Only ids and times are in the clear.
A rekey gives the vault a new data key, under which older drafts would no longer open:
`rekey` therefore refuses while drafts are kept (recover or discard them first).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from notes_vault.errors import BadKey, Damaged, NotFound, NoVault, Refused, VaultError
from notes_vault.store import keys
from notes_vault.store.agent import place
from notes_vault.store.files import ensure_private_dir, write_private

FORMAT = "notes-vault-draft"
VERSION = 1
SUFFIX = ".draft"
ACTIONS = ("add", "edit", "amend")


@dataclass(frozen=True)
class DraftInfo:
    """What is known of a kept draft without its key."""

    id: str
    created: str
    action: str
    path: Path = field(repr=False, compare=False)


@dataclass(frozen=True)
class Draft:
    """A kept draft, decrypted."""

    info: DraftInfo
    target: dict[str, Any]
    body: str = field(repr=False)


def folder(vault_path: Path) -> Path:
    """Where drafts of the vault at `vault_path` are kept (made 0700 on first use)."""
    try:
        return place.runtime_folder(create=False) / "drafts"
    except Refused:
        return vault_path / "drafts"


def _aad(outer: dict[str, Any]) -> bytes:
    fields = {k: outer[k] for k in ("format", "version", "vault_id", "id", "created", "action")}
    return json.dumps(fields, sort_keys=True, separators=(",", ":")).encode()


def _cipher(data_key: bytes) -> AESGCM:
    return AESGCM(keys.derive_subkey(data_key, "drafts"))


def keep(
    vault_path: Path, vault_id: str, data_key: bytes, *, action: str, target: dict[str, Any],
    body: str,
) -> DraftInfo:  # fmt: skip
    """Encrypt and write a draft; returns what identifies it."""
    now = datetime.now(UTC)
    draft_id = f"{now.strftime('%Y%m%dT%H%M%S')}-{secrets.token_hex(3)}"
    outer: dict[str, Any] = {
        "format": FORMAT, "version": VERSION, "vault_id": vault_id, "id": draft_id,
        "created": now.isoformat(timespec="seconds"), "action": action,
    }  # fmt: skip
    nonce = secrets.token_bytes(12)
    plain = json.dumps({"target": target, "body": body}).encode("utf-8")
    sealed = _cipher(data_key).encrypt(nonce, plain, _aad(outer))
    outer["nonce"] = base64.b64encode(nonce).decode("ascii")
    outer["ciphertext"] = base64.b64encode(sealed).decode("ascii")
    where = folder(vault_path)
    if where.parent != vault_path:
        place.runtime_folder(create=True)  # the private folder first, checked to be ours
    ensure_private_dir(where)
    path = where / f"{draft_id}{SUFFIX}"
    write_private(path, json.dumps(outer, indent=2).encode("utf-8") + b"\n", exclusive=True)
    return DraftInfo(draft_id, outer["created"], action, path)


def _outer(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data


def vault_id_of(vault_path: Path) -> str:
    """The vault id in the clear part of the header (no key needed); NoVault if none."""
    try:
        raw = (vault_path / "vault.header").read_bytes()
    except OSError:
        raise NoVault(f"no vault at {vault_path}") from None
    return keys.parse(raw)[0].vault_id


def kept_for(vault_path: Path) -> int:
    """How many drafts are kept for the vault at `vault_path` (0 where it cannot be read)."""
    try:
        return len(pending(vault_path, vault_id_of(vault_path)))
    except (VaultError, OSError):
        return 0


def pending(vault_path: Path, vault_id: str) -> list[DraftInfo]:
    """The drafts kept for this vault, oldest first."""
    where = folder(vault_path)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.glob(f"*{SUFFIX}")):
        outer = _outer(path)
        if outer is not None and outer.get("vault_id") == vault_id:
            found.append(
                DraftInfo(str(outer["id"]), str(outer["created"]), str(outer["action"]), path)
            )
    return found


def find(vault_path: Path, vault_id: str, draft_id: str | None) -> DraftInfo:
    """The draft with that id (or the newest when `draft_id` is None); NotFound if none."""
    kept = pending(vault_path, vault_id)
    if draft_id is None:
        if not kept:
            raise NotFound("no draft is kept for this vault")
        return kept[-1]
    for info in kept:
        if info.id == draft_id.strip():
            return info
    raise NotFound("no such draft; `notes-vault note recover-draft --list` lists them")


def read(info: DraftInfo, data_key: bytes) -> Draft:
    """Decrypt a draft; BadKey if the vault's key no longer opens it (rekeyed since)."""
    outer = _outer(info.path)
    if outer is None:
        raise Damaged(f"draft {info.id} cannot be read")
    try:
        nonce = base64.b64decode(outer["nonce"])
        plain = _cipher(data_key).decrypt(nonce, base64.b64decode(outer["ciphertext"]), _aad(outer))
        inner = json.loads(plain)
    except InvalidTag:
        raise BadKey(f"draft {info.id} was kept under a key this vault no longer has") from None
    except (KeyError, ValueError, TypeError):
        raise Damaged(f"draft {info.id} is damaged") from None
    return Draft(info, dict(inner["target"]), str(inner["body"]))


def discard(info: DraftInfo) -> None:
    """Overwrite a draft's file with zeros and remove it."""
    with contextlib.suppress(OSError):
        size = info.path.stat().st_size
        fd = os.open(info.path, os.O_WRONLY | os.O_NOFOLLOW)
        try:
            os.write(fd, bytes(size))
            os.fsync(fd)
        finally:
            os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        info.path.unlink()
