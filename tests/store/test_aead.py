"""The key slots' AES-256-GCM opening and HKDF without `cryptography` give its exact results."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from notes_vault.store import aead, keys

# (key length, plaintext length, associated data length): the slot's shape and the edges.
SHAPES = [(32, 32, 120), (32, 0, 0), (32, 1, 1), (32, 17, 64), (32, 1000, 3)]


def _sealed(key: bytes, nonce: bytes, plain: bytes, aad: bytes) -> bytes:
    return AESGCM(key).encrypt(nonce, plain, aad)


@pytest.mark.parametrize(("key_len", "plain_len", "aad_len"), SHAPES)
def test_opens_what_cryptography_sealed(key_len: int, plain_len: int, aad_len: int) -> None:
    """What `cryptography` seals, `open_sealed` opens to the same plaintext."""
    key, nonce = os.urandom(key_len), os.urandom(12)
    plain, aad = os.urandom(plain_len), os.urandom(aad_len)
    assert aead.open_sealed(key, nonce, _sealed(key, nonce, plain, aad), aad) == plain


@pytest.mark.parametrize("part", ["key", "nonce", "body", "tag", "aad"])
def test_any_change_is_a_tag_mismatch(part: str) -> None:
    """A changed key, nonce, ciphertext, tag or associated data does not open: TagMismatch."""
    key, nonce, aad = os.urandom(32), os.urandom(12), b"vault id and slot"
    sealed = bytearray(_sealed(key, nonce, os.urandom(32), aad))
    values = {"key": bytearray(key), "nonce": bytearray(nonce), "aad": bytearray(aad)}
    if part == "body":
        sealed[3] ^= 1
    elif part == "tag":
        sealed[-1] ^= 0x80
    else:
        values[part][0] ^= 1
    with pytest.raises(aead.TagMismatch):
        aead.open_sealed(
            bytes(values["key"]), bytes(values["nonce"]), bytes(sealed), bytes(values["aad"])
        )


def test_too_short_is_a_tag_mismatch() -> None:
    """Fewer bytes than a tag is not a ciphertext: TagMismatch, not a crash."""
    with pytest.raises(aead.TagMismatch):
        aead.open_sealed(os.urandom(32), os.urandom(12), b"short", b"")


def test_fallback_gives_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without libcrypto (another system), `cryptography` opens the same slot alike."""
    key, nonce, aad = os.urandom(32), os.urandom(12), b"aad"
    sealed = _sealed(key, nonce, b"k" * 32, aad)
    monkeypatch.setattr(aead, "_libcrypto", lambda: None)
    assert aead.open_sealed(key, nonce, sealed, aad) == b"k" * 32
    with pytest.raises(aead.TagMismatch):
        aead.open_sealed(key, nonce, sealed[:-1] + bytes([sealed[-1] ^ 1]), aad)


def test_libcrypto_is_used_on_linux() -> None:
    """On Linux the libcrypto that hashlib loaded is found, so unlocking skips `cryptography`."""
    if not Path("/proc/self/maps").exists():
        pytest.skip("no /proc: the cryptography fallback is used")
    assert aead.uses_libcrypto()
    # And it answers itself (no silent fallback): the plaintext, then a tag mismatch.
    key, nonce, aad = os.urandom(32), os.urandom(12), b"aad"
    sealed = _sealed(key, nonce, b"d" * 32, aad)
    lib = aead._libcrypto()
    assert aead._open_with(lib, key, nonce, sealed, aad) == b"d" * 32
    with pytest.raises(aead.TagMismatch):
        aead._open_with(lib, key, nonce, sealed, aad + b"x")


def test_hkdf_is_rfc5869() -> None:
    """keys._hkdf is HKDF-SHA256: RFC 5869 test case 1 (its first 32 bytes), and equal to
    `cryptography`'s HKDF on random inputs."""
    ikm, salt, info = b"\x0b" * 22, bytes(range(13)), bytes(range(0xF0, 0xFA))
    expected = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
    assert keys._hkdf(ikm, salt, info).hex() == expected
    for size in (1, 16, 32, 100):
        secret, salt, info = os.urandom(size), os.urandom(16), os.urandom(size % 20)
        theirs = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)
        assert keys._hkdf(secret, salt, info) == theirs
