"""AES-256-GCM opening of the key slots, without loading `cryptography` where it can.

Every command that unlocks with a key file or the recovery key opens one slot:
one AES-256-GCM decryption of 48 bytes. Importing `cryptography` for it costs
about 10 ms of start-up (its Rust extension is large), more than the rest of
the unlock. Python's own `hashlib` is built on OpenSSL's libcrypto, so that
library is already in the process: where it can be found (Linux, through
/proc/self/maps, once `hashlib` has loaded it), `open_sealed` calls its EVP
AES-256-GCM directly with ctypes. OpenSSL checks the tag: a wrong key, nonce,
associated data or ciphertext raises `TagMismatch`, exactly as `cryptography`
(which is OpenSSL too) does. Anywhere else, or if any libcrypto call fails for
a reason other than the tag, the same call is made through `cryptography`.

Only opening is done here. Sealing (new slots: `init`, `rekey`, `keyfile add`)
and the editor's drafts stay with `cryptography`, since they are rare.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

TAG_BYTES = 16
KEY_BYTES = 32
_SET_IVLEN = 0x9  # EVP_CTRL_GCM_SET_IVLEN (EVP_CTRL_AEAD_SET_IVLEN)
_SET_TAG = 0x11  # EVP_CTRL_GCM_SET_TAG (EVP_CTRL_AEAD_SET_TAG)


class TagMismatch(Exception):  # noqa: N818 - named for what it means, like InvalidTag
    """The ciphertext does not authenticate under this key, nonce and associated data."""


class _Unavailable(Exception):  # noqa: N818 - internal: use cryptography instead
    """libcrypto could not be used for this call (not a verdict on the ciphertext)."""


def open_sealed(key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
    """The plaintext of `sealed` (ciphertext + 16-byte tag); TagMismatch if it does not
    authenticate."""
    if len(key) != KEY_BYTES:
        raise ValueError("AES-256-GCM needs a 32-byte key")
    if len(sealed) < TAG_BYTES:
        raise TagMismatch
    lib = _libcrypto()
    if lib is not None:
        with contextlib.suppress(_Unavailable):
            return _open_with(lib, key, nonce, sealed, aad)
    return open_with_cryptography(key, nonce, sealed, aad)


def open_with_cryptography(key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
    """`open_sealed` through the `cryptography` package (the fallback; also for tests)."""
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 - see the module docstring
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415

    try:
        return AESGCM(key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        raise TagMismatch from None


def uses_libcrypto() -> bool:
    """Whether `open_sealed` goes to libcrypto directly in this process."""
    return _libcrypto() is not None


@cache
def _libcrypto() -> Any | None:
    """The libcrypto that hashlib loaded, with the EVP calls typed; None if not found."""
    path = _mapped_libcrypto()
    if path is None:
        return None
    try:
        lib = ctypes.CDLL(path)
        _declare(lib)
    except (OSError, AttributeError):  # not loadable, or an OpenSSL without these calls
        return None
    return lib


def _mapped_libcrypto() -> str | None:
    hashlib.sha256()  # hashlib (already imported by every command) maps libcrypto
    try:
        with Path("/proc/self/maps").open(encoding="utf-8", errors="replace") as maps:
            for line in maps:
                path = line.rstrip("\n").split(maxsplit=5)[-1]
                if "/libcrypto.so" in path and path.startswith("/"):
                    return path
    except OSError:  # no /proc (not Linux)
        return None
    return None


def _declare(lib: Any) -> None:
    c_void_p, c_int, c_char_p = ctypes.c_void_p, ctypes.c_int, ctypes.c_char_p
    int_p = ctypes.POINTER(c_int)
    signatures: dict[str, tuple[Any, list[Any]]] = {
        "EVP_CIPHER_CTX_new": (c_void_p, []),
        "EVP_CIPHER_CTX_free": (None, [c_void_p]),
        "EVP_aes_256_gcm": (c_void_p, []),
        "EVP_DecryptInit_ex": (c_int, [c_void_p, c_void_p, c_void_p, c_char_p, c_char_p]),
        "EVP_CIPHER_CTX_ctrl": (c_int, [c_void_p, c_int, c_int, c_void_p]),
        "EVP_DecryptUpdate": (c_int, [c_void_p, c_void_p, int_p, c_char_p, c_int]),
        "EVP_DecryptFinal_ex": (c_int, [c_void_p, c_void_p, int_p]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(lib, name)
        function.restype = result
        function.argtypes = arguments


def _open_with(lib: Any, key: bytes, nonce: bytes, sealed: bytes, aad: bytes) -> bytes:
    """EVP AES-256-GCM decryption; _Unavailable if a call other than the tag check fails."""
    body, tag = sealed[:-TAG_BYTES], sealed[-TAG_BYTES:]
    ctx = lib.EVP_CIPHER_CTX_new()
    if not ctx:
        raise _Unavailable
    out = ctypes.create_string_buffer(len(body) + TAG_BYTES)
    try:
        written = _decrypt_into(lib, ctx, (key, nonce, body, tag, aad), out)
        return out.raw[:written]
    finally:
        ctypes.memset(out, 0, len(out))  # no plaintext key left in the buffer
        lib.EVP_CIPHER_CTX_free(ctx)


def _decrypt_into(lib: Any, ctx: int, parts: tuple[bytes, ...], out: Any) -> int:
    key, nonce, body, tag, aad = parts
    length = ctypes.c_int(0)
    results = [
        lib.EVP_DecryptInit_ex(ctx, lib.EVP_aes_256_gcm(), None, None, None),
        lib.EVP_CIPHER_CTX_ctrl(ctx, _SET_IVLEN, len(nonce), None),
    ]
    if results != [1, 1] or lib.EVP_DecryptInit_ex(ctx, None, None, key, nonce) != 1:
        raise _Unavailable
    if lib.EVP_DecryptUpdate(ctx, None, ctypes.byref(length), aad, len(aad)) != 1:
        raise _Unavailable
    if lib.EVP_DecryptUpdate(ctx, out, ctypes.byref(length), body, len(body)) != 1:
        raise _Unavailable
    written = length.value
    tag_buffer = ctypes.create_string_buffer(tag, TAG_BYTES)
    if lib.EVP_CIPHER_CTX_ctrl(ctx, _SET_TAG, TAG_BYTES, tag_buffer) != 1:
        raise _Unavailable
    rest = ctypes.c_int(0)
    tail = ctypes.create_string_buffer(TAG_BYTES)  # GCM writes nothing here
    if lib.EVP_DecryptFinal_ex(ctx, tail, ctypes.byref(rest)) <= 0:
        raise TagMismatch
    return written
