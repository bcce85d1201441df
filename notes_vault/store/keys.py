"""Key slots: the data key, wrapped under each secret that may open the vault.

On-disk format of ``vault.header`` (UTF-8 JSON, one object, version 1)
-----------------------------------------------------------------------
::

    {
      "format": "notes-vault-header", "version": 1,
      "vault_id": "<32 hex>",             # also stored in the database's meta table
      "slots": [
        {"id": "passphrase", "type": "passphrase",
         "kdf": {"name": "argon2id", "version": 19, "memory_kib": 262144,
                 "iterations": 3, "parallelism": 4, "salt": "<b64, 16 bytes>"},
         "nonce": "<b64, 12 bytes>", "wrapped": "<b64, 32-byte key + 16-byte tag>"},
        {"id": "recovery", "type": "recovery",
         "kdf": {"name": "hkdf-sha256", "salt": "<b64>"}, "nonce": ..., "wrapped": ...},
        {"id": "keyfile-<16 hex>", "type": "keyfile", "kdf": {"name": "hkdf-sha256", ...}, ...}
      ],
      "recovery_key_shown": false,        # only while a new recovery key may be unseen
      "generation": 7,                    # raised by every header write (absent: 0)
      "mac": "<hex HMAC-SHA256 of the canonical body under a key derived from the data key>",
      "checksum": "<hex SHA-256 of the canonical body plus mac>"
    }

Each slot wraps the 32-byte data key with AES-256-GCM under a key-encryption
key (KEK) derived from its secret; the associated data binds the vault id and
the slot's id, type and KDF parameters, so a slot moved between vaults or with
edited parameters does not open. The checksum catches a damaged file before
any secret is tried; the MAC, checked after a slot opens, catches a header
whose slots were added, removed or swapped by someone without the data key.
A damaged or tampered header is `Damaged` (exit 6); a secret that opens no
slot is `BadKey` (exit 3).

``recovery_key_shown: false`` is written into the same header as a new
recovery slot (by `init` and `rekey`), so it takes effect in the same atomic
rename; the command removes it only after the key has reached standard
output. Absent means shown. It is inside the MAC, so it cannot be removed
without the data key. `status` reports it (see docs/security.md).

Secrets: the passphrase goes through Argon2id (parameters stored in its slot);
the recovery key (128 random bits, shown as 8 groups of 4 Crockford base-32
characters, the last 32 bits a checksum) and key files (32 random bytes) are
already uniformly random, so HKDF-SHA256 suffices for them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from typing import Any

from notes_vault.errors import BadKey, Damaged, UsageError
from notes_vault.store import aead
from notes_vault.store.credentials import DataKey, KeyFileKey, Passphrase, RecoveryKey, Secret

FORMAT = "notes-vault-header"
VERSION = 1
DATA_KEY_BYTES = 32

# RFC 9106 second recommended option; below it only with explicit flags and a warning.
RFC9106_MIN = (64 * 1024, 3, 4)
# Bounds on what a header may ask for (the header is read before any secret is checked,
# so its fields are untrusted): a crafted slot must not make Argon2 run for minutes or
# exhaust memory. `init` keeps to the same bounds, so every vault it made still opens.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 16
MAX_PARALLELISM = 16
MAX_COST = 4 * 1024 * 1024  # memory (KiB) x iterations: 1 GiB x 4, 256 MiB x 16
MAX_HEADER_BYTES = 64 * 1024
MAX_SLOTS = 32
SALT_BYTES = (16, 64)  # inclusive range accepted from a header
NONCE_BYTES = 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16
SLOT_TYPES = ("passphrase", "recovery", "keyfile")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters for a passphrase slot."""

    memory_kib: int = 256 * 1024
    iterations: int = 3
    parallelism: int = 4

    def below_recommendation(self) -> bool:
        """True when weaker than RFC 9106's 64 MiB, t=3, p=4 in memory or time."""
        memory, iterations, _ = RFC9106_MIN
        return self.memory_kib < memory or self.iterations < iterations

    def validate(self) -> None:
        """Reject parameters Argon2 cannot run with."""
        if not 1 <= self.parallelism <= MAX_PARALLELISM:
            raise UsageError(f"--kdf-parallelism must be between 1 and {MAX_PARALLELISM}")
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise UsageError(f"--kdf-iterations must be between 1 and {MAX_ITERATIONS}")
        if not 8 * self.parallelism <= self.memory_kib <= MAX_MEMORY_KIB:
            raise UsageError(f"--kdf-memory must be between 1 MiB and {MAX_MEMORY_KIB // 1024} MiB")
        if self.memory_kib * self.iterations > MAX_COST:
            raise UsageError(
                "--kdf-memory times --kdf-iterations must be at most 4096 MiB "
                "(e.g. 1024 MiB with 4 iterations)"
            )


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    id: str
    type: str
    kdf: dict[str, Any]
    nonce: str
    wrapped: str

    def public(self) -> dict[str, Any]:
        """What `status` may show: id, type and KDF parameters, no salt or ciphertext."""
        params = {k: v for k, v in self.kdf.items() if k != "salt"}
        return {"id": self.id, "type": self.type, "kdf": params}


@dataclass(frozen=True)
class Header:
    """The parsed header file: vault id and key slots."""

    vault_id: str
    slots: tuple[Slot, ...] = field(default=())
    # False from the moment a new recovery key is in the header until it was printed.
    recovery_key_shown: bool = True
    # Raised by every header write and recorded in the database too (see
    # notes_vault.store.generation): an older header copied back is refused.
    generation: int = 0

    def slot(self, slot_id: str) -> Slot | None:
        """The slot with that id, if any."""
        return next((s for s in self.slots if s.id == slot_id), None)


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(DATA_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    """HKDF-SHA256 (RFC 5869) of 32 bytes: one extract and one expand block, with the
    standard library's HMAC (the same bytes as `cryptography`'s HKDF, without its import)."""
    prk = hmac.digest(salt, secret, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A key for `purpose` (header MAC, audit chain…) derived from the data key."""
    return _hkdf(data_key, b"notes-vault", f"notes-vault {purpose}".encode())


def _argon2(passphrase: bytes, salt: bytes, params: KdfParams) -> bytes:
    # Imported here: argon2 is not needed for --help or --version.
    from argon2.low_level import Type, hash_secret_raw  # noqa: PLC0415

    return hash_secret_raw(
        secret=passphrase,
        salt=salt,
        time_cost=params.iterations,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
        version=19,
    )


def _stored_params(slot_kdf: dict[str, Any]) -> KdfParams:
    """The Argon2id parameters of a slot as read from the header file.

    A header edited to ask for absurd parameters (4 TiB of memory, t=0) must be
    reported as damaged, not crash Argon2 or exhaust the machine's memory.
    """
    values = (slot_kdf["memory_kib"], slot_kdf["iterations"], slot_kdf["parallelism"])
    if slot_kdf.get("name") != "argon2id" or not all(type(v) is int for v in values):
        raise ValueError("not argon2id parameters")
    params = KdfParams(*values)
    try:
        params.validate()
    except UsageError:
        raise ValueError("argon2id parameters out of range") from None
    return params


def _kek(slot_kdf: dict[str, Any], slot_type: str, secret: Secret) -> bytes:
    salt = _unb64(slot_kdf["salt"])
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise ValueError("bad salt length")
    if isinstance(secret, Passphrase):
        return _argon2(secret.value, salt, _stored_params(slot_kdf))
    return _hkdf(secret.value, salt, f"notes-vault {slot_type} slot".encode())


def _aad(vault_id: str, slot_id: str, slot_type: str, kdf: dict[str, Any]) -> bytes:
    return _canonical({"vault_id": vault_id, "id": slot_id, "type": slot_type, "kdf": kdf})


def _slot_type(secret: Secret) -> str:
    if isinstance(secret, Passphrase):
        return "passphrase"
    return "recovery" if isinstance(secret, RecoveryKey) else "keyfile"


def make_slot(
    vault_id: str, data_key: bytes, secret: Secret, params: KdfParams | None = None
) -> Slot:
    """Wrap `data_key` under `secret` in a new slot."""
    slot_type = _slot_type(secret)
    salt = _b64(secrets.token_bytes(16))
    if isinstance(secret, Passphrase):
        p = params or KdfParams()
        kdf: dict[str, Any] = {
            "name": "argon2id",
            "version": 19,
            "memory_kib": p.memory_kib,
            "iterations": p.iterations,
            "parallelism": p.parallelism,
            "salt": salt,
        }
    else:
        kdf = {"name": "hkdf-sha256", "salt": salt}
    slot_id = secret.slot_id if isinstance(secret, KeyFileKey) else slot_type
    nonce = secrets.token_bytes(12)
    kek = _kek(kdf, slot_type, secret)
    # Sealing is rare (init, rekey, keyfile add): `cryptography` is loaded only here.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    wrapped = AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, slot_id, slot_type, kdf))
    return Slot(slot_id, slot_type, kdf, _b64(nonce), _b64(wrapped))


def slot_params(slot: Slot) -> KdfParams:
    """The Argon2id parameters of a passphrase slot."""
    return KdfParams(slot.kdf["memory_kib"], slot.kdf["iterations"], slot.kdf["parallelism"])


def unwrap(header: Header, secret: Secret | DataKey) -> bytes:
    """The data key, from the first slot that `secret` opens; BadKey if none does.

    A `DataKey` (held by the unlock agent) is the data key itself and opens no slot: it
    is returned as it is, and the header MAC check that follows every unwrap is what
    tells whether it still belongs to this header (Damaged if not).
    """
    if isinstance(secret, DataKey):
        return secret.value
    slot_type = _slot_type(secret)
    candidates = [s for s in header.slots if s.type == slot_type]
    if isinstance(secret, KeyFileKey):
        candidates = [s for s in candidates if s.id == secret.slot_id]
    for slot in candidates:
        try:
            kek = _kek(slot.kdf, slot.type, secret)
            aad = _aad(header.vault_id, slot.id, slot.type, slot.kdf)
            return aead.open_sealed(kek, _unb64(slot.nonce), _unb64(slot.wrapped), aad)
        except aead.TagMismatch:
            continue
        except (KeyError, ValueError, TypeError) as exc:
            raise Damaged(f"key slot {slot.id} in the header is malformed") from exc
    raise BadKey(_wrong_secret_message(slot_type, bool(candidates)))


def _wrong_secret_message(slot_type: str, had_slot: bool) -> str:
    if slot_type == "keyfile" and not had_slot:
        return "that key file is not registered with this vault"
    names = {"passphrase": "passphrase", "recovery": "recovery key", "keyfile": "key file"}
    return f"wrong {names[slot_type]}"


# --- header file -------------------------------------------------------------


def _body(header: Header) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "vault_id": header.vault_id,
        "slots": [
            {"id": s.id, "type": s.type, "kdf": s.kdf, "nonce": s.nonce, "wrapped": s.wrapped}
            for s in header.slots
        ],
    }
    if not header.recovery_key_shown:
        body["recovery_key_shown"] = False  # absent when shown: older headers stay valid
    if header.generation:
        body["generation"] = header.generation  # absent for 0: older headers stay valid
    return body


def serialise(header: Header, data_key: bytes) -> bytes:
    """The header file's bytes, with MAC (under the data key) and checksum."""
    body = _body(header)
    mac = hmac.new(derive_subkey(data_key, "header mac"), _canonical(body), "sha256").hexdigest()
    body["mac"] = mac
    body["checksum"] = hashlib.sha256(_canonical(body)).hexdigest()
    return json.dumps(body, indent=2, sort_keys=True).encode("utf-8") + b"\n"


def parse(raw: bytes) -> tuple[Header, str]:
    """Parse and checksum-verify a header file; returns the header and its MAC."""
    damaged = Damaged(
        "the vault header is damaged or was tampered with; "
        "run `notes-vault verify`, then `notes-vault restore BACKUP`"
    )
    if len(raw) > MAX_HEADER_BYTES:
        raise damaged
    try:
        body = json.loads(raw.decode("utf-8"))
        checksum = body.pop("checksum")
        if not hmac.compare_digest(checksum, hashlib.sha256(_canonical(body)).hexdigest()):
            raise damaged
        if body.get("format") != FORMAT:
            raise damaged
        if body.get("version") != VERSION:
            raise Damaged(f"header version {body.get('version')} is not supported by this version")
        mac = body["mac"]
        if not isinstance(body["slots"], list) or len(body["slots"]) > MAX_SLOTS:
            raise damaged
        slots = tuple(_checked_slot(s) for s in body["slots"])
        shown = "recovery_key_shown" not in body
        if not shown and body["recovery_key_shown"] is not False:
            raise damaged
        generation = body.get("generation", 0)
        if type(generation) is not int or not 0 <= generation < 2**53:
            raise damaged
        header = Header(str(body["vault_id"]), slots, shown, generation)
        return header, str(mac)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise damaged from None  # UnicodeDecodeError and binascii.Error are ValueErrors


def _checked_slot(raw: dict[str, Any]) -> Slot:
    """A slot from the header file, every field of the expected type and size (ValueError
    otherwise), so that nothing is derived from a slot that is not well-formed."""
    slot = Slot(raw["id"], raw["type"], dict(raw["kdf"]), raw["nonce"], raw["wrapped"])
    if not isinstance(slot.id, str) or len(slot.id) > 64 or slot.type not in SLOT_TYPES:
        raise ValueError("bad slot id or type")
    salt = _unb64(slot.kdf["salt"])
    if not SALT_BYTES[0] <= len(salt) <= SALT_BYTES[1]:
        raise ValueError("bad salt length")
    if len(_unb64(slot.nonce)) != NONCE_BYTES or len(_unb64(slot.wrapped)) != WRAPPED_BYTES:
        raise ValueError("bad nonce or ciphertext length")
    if slot.type == "passphrase":
        _stored_params(slot.kdf)
    elif set(slot.kdf) != {"name", "salt"} or slot.kdf["name"] != "hkdf-sha256":
        raise ValueError("bad key-derivation parameters")
    return slot


def check_mac(header: Header, mac: str, data_key: bytes) -> None:
    """Raise Damaged unless the header's MAC matches under this data key."""
    body = _body(header)
    expected = hmac.new(derive_subkey(data_key, "header mac"), _canonical(body), "sha256")
    if not hmac.compare_digest(expected.hexdigest(), mac):
        raise Damaged(
            "the vault header fails its authentication check (slots added, removed or "
            "altered); run `notes-vault verify`, then `notes-vault restore BACKUP`"
        )


def with_slot(header: Header, slot: Slot) -> Header:
    """A header where `slot` replaces the slot with the same id in place (or is appended).

    In place, so that changing one slot leaves every other slot's bytes and
    position in the file unchanged.
    """
    if header.slot(slot.id) is None:
        return replace(header, slots=(*header.slots, slot))
    return replace(header, slots=tuple(slot if s.id == slot.id else s for s in header.slots))


def without_slot(header: Header, slot_id: str) -> Header:
    """A header with the slot `slot_id` removed."""
    return replace(header, slots=tuple(s for s in header.slots if s.id != slot_id))


def new_vault_id() -> str:
    """A random vault id, tying header and database together."""
    return os.urandom(16).hex()
