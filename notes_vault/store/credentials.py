"""The secrets that open a vault, and the typed forms of recovery keys and key files.

A recovery key is 128 random bits shown as 8 groups of 4 Crockford base-32
characters, the last 32 bits a checksum, so a typing mistake is caught before
any slot is tried. A key file holds ``notes-vault-keyfile-v1`` and 32 random
bytes in base64 on two lines. Each secret's ``repr`` hides its value.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from notes_vault.errors import BadKey


@dataclass(frozen=True)
class Passphrase:
    """A passphrase typed or supplied by the environment."""

    value: bytes

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"


@dataclass(frozen=True)
class RecoveryKey:
    """The 16 random bytes behind a typed recovery key."""

    value: bytes

    def __repr__(self) -> str:
        return "RecoveryKey(<hidden>)"


@dataclass(frozen=True)
class KeyFileKey:
    """The 32 random bytes read from a key file."""

    value: bytes

    def __repr__(self) -> str:
        return "KeyFileKey(<hidden>)"

    @property
    def slot_id(self) -> str:
        """Slot ids name a key file by a fingerprint that reveals nothing of the key."""
        digest = hashlib.sha256(b"notes-vault keyfile id\x00" + self.value).hexdigest()
        return f"keyfile-{digest[:16]}"


Secret = Passphrase | RecoveryKey | KeyFileKey


@dataclass(frozen=True)
class DataKey:
    """The vault's data key itself, already unwrapped (held by the unlock agent, or kept by a
    command across its editor session); it opens no slot, only a header it authenticates."""

    value: bytes

    def __repr__(self) -> str:
        return "DataKey(<hidden>)"


# What `open_vault` accepts: a secret that opens a slot, or the data key itself.
Unlocker = Secret | DataKey


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_READ = {c: i for i, c in enumerate(_CROCKFORD)} | {
    "O": 0,
    "I": 1,
    "L": 1,
}


def new_recovery_key() -> RecoveryKey:
    """16 fresh random bytes."""
    return RecoveryKey(secrets.token_bytes(16))


def format_recovery_key(key: RecoveryKey) -> str:
    """The typeable form: 8 groups of 4 Crockford base-32 characters, checksum last."""
    payload = key.value + hashlib.sha256(b"notes-vault recovery\x00" + key.value).digest()[:4]
    number = int.from_bytes(payload, "big")
    chars = "".join(_CROCKFORD[(number >> (5 * i)) & 31] for i in reversed(range(32)))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def parse_recovery_key(text: str) -> RecoveryKey:
    """Read a typed recovery key (any case, spaces or dashes, O/0 and I/L/1 alike)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != 32 or any(ch not in _CROCKFORD_READ for ch in cleaned):
        raise BadKey("that is not a recovery key (expected 8 groups of 4 characters)")
    number = 0
    for ch in cleaned:
        number = (number << 5) | _CROCKFORD_READ[ch]
    payload = number.to_bytes(20, "big")
    key = RecoveryKey(payload[:16])
    if hashlib.sha256(b"notes-vault recovery\x00" + key.value).digest()[:4] != payload[16:]:
        raise BadKey("the recovery key has a typing mistake (its checksum does not match)")
    return key


KEYFILE_MAGIC = "notes-vault-keyfile-v1"


def new_keyfile_content() -> tuple[KeyFileKey, bytes]:
    """A fresh key and the bytes of the file that holds it."""
    key = KeyFileKey(secrets.token_bytes(32))
    return key, f"{KEYFILE_MAGIC}\n{base64.b64encode(key.value).decode('ascii')}\n".encode("ascii")


def parse_keyfile(raw: bytes) -> KeyFileKey:
    """The key inside a key file's bytes; BadKey if it is not one."""
    try:
        magic, encoded = raw.decode("ascii").split()
        value = base64.b64decode(encoded.encode("ascii"), validate=True)
    except (ValueError, UnicodeDecodeError):
        raise BadKey("that file is not a notes-vault key file") from None
    if magic != KEYFILE_MAGIC or len(value) != 32:
        raise BadKey("that file is not a notes-vault key file")
    return KeyFileKey(value)
