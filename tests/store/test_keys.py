"""Key slots, the header file, recovery keys and key files (notes_vault.store.keys)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from notes_vault.errors import BadKey, Damaged, UsageError
from notes_vault.store import credentials, keys

CHEAP = keys.KdfParams(memory_kib=8, iterations=1, parallelism=1)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def _header(data_key: bytes, passphrase: bytes = b"a passphrase") -> keys.Header:
    vault_id = keys.new_vault_id()
    return keys.Header(
        vault_id,
        (
            keys.make_slot(vault_id, data_key, credentials.Passphrase(passphrase), CHEAP),
            keys.make_slot(vault_id, data_key, credentials.RecoveryKey(b"r" * 16)),
        ),
    )


# --- recovery keys ---------------------------------------------------------------


@settings(max_examples=50)
@given(st.binary(min_size=16, max_size=16))
def test_recovery_key_round_trip(value: bytes) -> None:
    """Every 16-byte key prints as 8 groups of 4 and parses back to the same bytes."""
    text = credentials.format_recovery_key(credentials.RecoveryKey(value))
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", text)
    assert credentials.parse_recovery_key(text).value == value


@settings(max_examples=100)
@given(st.binary(min_size=16, max_size=16), st.integers(0, 31), st.integers(1, 31))
def test_recovery_key_single_typo_is_caught(value: bytes, position: int, shift: int) -> None:
    """Any one character replaced by another is refused as a typing mistake, not accepted."""
    chars = credentials.format_recovery_key(credentials.RecoveryKey(value)).replace("-", "")
    wrong = ALPHABET[(ALPHABET.index(chars[position]) + shift) % 32]
    typo = chars[:position] + wrong + chars[position + 1 :]
    with pytest.raises(BadKey, match="typing mistake"):
        credentials.parse_recovery_key(typo)


def test_recovery_key_swapped_neighbours_are_caught() -> None:
    """Two neighbouring characters typed in the wrong order are refused."""
    chars = credentials.format_recovery_key(credentials.RecoveryKey(bytes(range(16)))).replace(
        "-", ""
    )
    i = next(i for i in range(31) if chars[i] != chars[i + 1])
    swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
    with pytest.raises(BadKey):
        credentials.parse_recovery_key(swapped)


def test_recovery_key_tolerates_case_spaces_and_lookalikes() -> None:
    """Lower case, spaces instead of dashes, O for 0 and I or L for 1 all still parse."""
    value = bytes.fromhex("00112233445566778899aabbccddeeff")
    text = credentials.format_recovery_key(credentials.RecoveryKey(value))
    assert "0" in text or "1" in text  # the substitutions below must change something
    sloppy = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert credentials.parse_recovery_key(f"  {sloppy}\n").value == value
    assert credentials.parse_recovery_key(text.replace("1", "I").replace("-", "")).value == value


def test_recovery_key_wrong_length_is_refused() -> None:
    """Too short a key, or one with letters outside the alphabet, is refused as not a key."""
    text = credentials.format_recovery_key(credentials.new_recovery_key())
    with pytest.raises(BadKey, match="not a recovery key"):
        credentials.parse_recovery_key(text[:-1])
    with pytest.raises(BadKey, match="not a recovery key"):
        credentials.parse_recovery_key("U" + text[1:])


# --- slots -------------------------------------------------------------------------


def test_each_secret_unwraps_its_slot_only() -> None:
    """Passphrase and recovery key open their slots; a wrong passphrase is BadKey."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    assert keys.unwrap(header, credentials.Passphrase(b"a passphrase")) == data_key
    assert keys.unwrap(header, credentials.RecoveryKey(b"r" * 16)) == data_key
    with pytest.raises(BadKey, match="wrong passphrase"):
        keys.unwrap(header, credentials.Passphrase(b"another one"))
    with pytest.raises(BadKey, match="wrong recovery key"):
        keys.unwrap(header, credentials.RecoveryKey(b"x" * 16))


def test_keyfile_slot_and_unknown_keyfile() -> None:
    """A registered key file opens the vault; an unknown one is told it is not registered."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    key, content = credentials.new_keyfile_content()
    header = keys.with_slot(header, keys.make_slot(header.vault_id, data_key, key))
    assert keys.unwrap(header, credentials.parse_keyfile(content)) == data_key
    other, _ = credentials.new_keyfile_content()
    with pytest.raises(BadKey, match="not registered"):
        keys.unwrap(header, other)


def test_slot_moved_to_another_vault_does_not_open() -> None:
    """The vault id is bound into each slot: a slot copied into another header fails."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    moved = keys.Header(keys.new_vault_id(), header.slots)
    with pytest.raises(BadKey):
        keys.unwrap(moved, credentials.Passphrase(b"a passphrase"))


def test_edited_kdf_parameters_do_not_open() -> None:
    """Lowering a slot's Argon2 cost in the file makes the slot fail, not open cheaper."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    slot = header.slots[0]
    kdf = dict(slot.kdf, memory_kib=16)
    edited = keys.with_slot(header, keys.Slot(slot.id, slot.type, kdf, slot.nonce, slot.wrapped))
    with pytest.raises(BadKey):
        keys.unwrap(edited, credentials.Passphrase(b"a passphrase"))


@pytest.mark.parametrize(
    "change",
    [
        {"memory_kib": 2**40},
        {"iterations": 0},
        {"parallelism": "4"},
        {"name": "scrypt"},
        {"salt": "***"},
    ],
)
def test_absurd_kdf_parameters_are_damage(change: dict[str, object]) -> None:
    """A header asking for impossible Argon2 parameters is Damaged (exit 6), not a crash."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    slot = header.slots[0]
    kdf = dict(slot.kdf, **change)
    edited = keys.with_slot(header, keys.Slot(slot.id, slot.type, kdf, slot.nonce, slot.wrapped))
    with pytest.raises(Damaged, match="malformed"):
        keys.unwrap(edited, credentials.Passphrase(b"a passphrase"))


def test_with_slot_replaces_in_place() -> None:
    """Replacing a slot keeps the others, and their order, exactly as they were."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    fresh = keys.make_slot(header.vault_id, data_key, credentials.Passphrase(b"new one!"), CHEAP)
    replaced = keys.with_slot(header, fresh)
    assert [s.id for s in replaced.slots] == [s.id for s in header.slots]
    assert replaced.slots[0] == fresh
    assert replaced.slots[1] == header.slots[1]
    assert keys.without_slot(replaced, "recovery").slots == (fresh,)


def test_kdf_params_recommendation_and_validation() -> None:
    """Defaults meet RFC 9106's second option; cheaper ones are flagged; nonsense is refused."""
    assert keys.KdfParams() == keys.KdfParams(256 * 1024, 3, 4)
    assert not keys.KdfParams().below_recommendation()
    assert not keys.KdfParams(64 * 1024, 3, 4).below_recommendation()
    assert keys.KdfParams(64 * 1024 - 1, 3, 4).below_recommendation()
    assert keys.KdfParams(64 * 1024, 2, 4).below_recommendation()
    with pytest.raises(UsageError):
        keys.KdfParams(1024, 1, 0).validate()
    with pytest.raises(UsageError):
        keys.KdfParams(8 * 1024 * 1024, 3, 4).validate()


# --- the header file ---------------------------------------------------------------


def test_header_round_trip_and_mac() -> None:
    """A serialised header parses back and its MAC verifies under the same data key only."""
    data_key = keys.new_data_key()
    header = _header(data_key)
    parsed, mac = keys.parse(keys.serialise(header, data_key))
    assert parsed == header
    keys.check_mac(parsed, mac, data_key)
    with pytest.raises(Damaged, match="authentication"):
        keys.check_mac(parsed, mac, keys.new_data_key())


def test_header_with_a_slot_removed_fails_its_mac() -> None:
    """Removing a slot and fixing the checksum by hand is caught by the MAC."""
    data_key = keys.new_data_key()
    body = json.loads(keys.serialise(_header(data_key), data_key))
    del body["checksum"]
    body["slots"] = body["slots"][:1]
    body["checksum"] = keys.hashlib.sha256(keys._canonical(body)).hexdigest()
    parsed, mac = keys.parse(json.dumps(body).encode())
    with pytest.raises(Damaged):
        keys.check_mac(parsed, mac, data_key)


@pytest.mark.parametrize(
    "raw",
    [b"", b"\xff\xfe", b"[]", b"{}", b'{"checksum": 5}', b"not json at all"],
)
def test_garbage_header_is_damaged(raw: bytes) -> None:
    """Bytes that are not a header are Damaged, never another exception."""
    with pytest.raises(Damaged):
        keys.parse(raw)


def test_every_flipped_byte_in_a_header_is_damage() -> None:
    """Flipping any single byte of a header file makes it Damaged on parse."""
    data_key = keys.new_data_key()
    raw = keys.serialise(_header(data_key), data_key)
    for position in range(len(raw)):
        flipped = bytearray(raw)
        flipped[position] ^= 0x01
        with pytest.raises(Damaged):
            keys.parse(bytes(flipped))


def test_unknown_header_version_is_damaged() -> None:
    """A header from a newer format version is refused with a clear message."""
    data_key = keys.new_data_key()
    body = json.loads(keys.serialise(_header(data_key), data_key))
    del body["checksum"]
    body["version"] = 2
    body["checksum"] = keys.hashlib.sha256(keys._canonical(body)).hexdigest()
    with pytest.raises(Damaged, match="version 2"):
        keys.parse(json.dumps(body).encode())


# --- key files and secrets -----------------------------------------------------------


def test_keyfile_content_round_trip_and_garbage() -> None:
    """A key file's bytes parse back to its key; other bytes are BadKey."""
    key, content = credentials.new_keyfile_content()
    assert credentials.parse_keyfile(content) == key
    for junk in (b"", b"hello", content.replace(b"v1", b"v9"), content[:-10], b"\xff"):
        with pytest.raises(BadKey):
            credentials.parse_keyfile(junk)


def test_secrets_do_not_show_in_repr() -> None:
    """repr() of a secret, as a traceback or debugger would show it, hides the value."""
    key, _ = credentials.new_keyfile_content()
    for secret in (
        credentials.Passphrase(b"swordfish-99"),
        credentials.RecoveryKey(b"\x07" * 16),
        key,
    ):
        assert "hidden" in repr(secret)
        assert secret.value.hex() not in repr(secret)
    assert "swordfish" not in repr(credentials.Passphrase(b"swordfish-99"))


def test_slot_public_view_hides_salt_and_ciphertext() -> None:
    """What `status` shows of a slot has no salt, nonce or wrapped key."""
    slot = _header(keys.new_data_key()).slots[0]
    shown = json.dumps(slot.public())
    for hidden in (slot.kdf["salt"], slot.nonce, slot.wrapped):
        assert hidden not in shown


# --- untrusted header fields (finding 8) ---------------------------------------------


def _crafted(change: Any) -> bytes:
    """A header file edited by `change(body)`, with its (unkeyed) checksum made valid again."""
    data_key = keys.new_data_key()
    body = json.loads(keys.serialise(_header(data_key), data_key))
    del body["checksum"]
    body = change(body) or body
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    body["checksum"] = hashlib.sha256(canonical).hexdigest()
    return json.dumps(body).encode()


def _kdf(**fields: object) -> Any:
    return lambda body: body["slots"][0]["kdf"].update(fields)


@pytest.mark.parametrize(
    "change",
    [
        _kdf(memory_kib=4 * 1024 * 1024),  # 4 GiB: within the old bound, over ten minutes
        _kdf(memory_kib=1024 * 1024, iterations=16),  # each bound alone met, the cost not
        _kdf(iterations=1000),
        _kdf(parallelism=255),
        _kdf(salt=""),  # an empty salt made Argon2 fail with exit 1
        lambda body: body["slots"][1]["kdf"].update(salt=""),
        lambda body: body["slots"][0].update(nonce=base64.b64encode(b"n" * 200).decode()),
        lambda body: body["slots"][0].update(wrapped="AAAA"),
        lambda body: body["slots"][0].update(type="magic"),
        lambda body: body["slots"][1]["kdf"].update(extra=[[[[1]]]]),
        lambda body: body.update(slots=body["slots"] * 40),
    ],
)
def test_crafted_header_fields_are_damage_before_deriving(
    change: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Out-of-bounds KDF costs, salts, nonces, slot counts or nesting are Damaged (exit 6)
    when the header is parsed, before any key is derived."""
    raw = _crafted(change)
    monkeypatch.setattr(keys, "_argon2", lambda *_: pytest.fail("derived a key"))
    with pytest.raises(Damaged):
        keys.parse(raw)


def test_deeply_nested_or_oversized_header_is_damage() -> None:
    """A header nested deeper than the JSON parser recurses, or larger than 64 KiB, is
    Damaged, not a RecursionError (exit 1)."""
    with pytest.raises(Damaged):
        keys.parse(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(Damaged):
        keys.parse(b'{"a": ' * 30_000 + b"1" + b"}" * 30_000)


def test_init_bounds_match_header_bounds() -> None:
    """The largest parameters `init` accepts are ones a header may hold, and no larger."""
    biggest = keys.KdfParams(keys.MAX_MEMORY_KIB, 4, 4)
    biggest.validate()
    with pytest.raises(UsageError):
        keys.KdfParams(keys.MAX_MEMORY_KIB, 5, 4).validate()
    slot = {"name": "argon2id", "memory_kib": keys.MAX_MEMORY_KIB, "iterations": 4}
    assert keys._stored_params({**slot, "parallelism": 4}) == biggest
