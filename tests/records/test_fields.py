"""The one free-text rule set (notes_vault/fields.py) that every typed field goes through."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from notes_vault.errors import UsageError
from notes_vault.records.fields import free_text


@given(st.text(max_size=60))
def test_any_text_is_refused_or_kept_clean(value: str) -> None:
    """Whatever is typed comes back stripped, within the limit, with no control
    character but tab and newline, or is refused with a message that does not repeat it."""
    message = ""
    try:
        kept = free_text("--reason", value, limit=40)
    except UsageError as exc:
        message, kept = str(exc), None
    if message:
        assert message.startswith("--reason ")
        assert value.strip() not in message
        return
    if kept is None:
        assert not value.strip()
        return
    assert kept == value.strip()
    assert len(kept) <= 40
    assert all(unicodedata.category(c) not in ("Cc", "Cs") or c in "\n\t" for c in kept)


@pytest.mark.parametrize("value", ["a\x1b[2Jb", "a\x00b", "x" * 41])
def test_escapes_nul_and_long_values_are_refused(value: str) -> None:
    with pytest.raises(UsageError):
        free_text("--reason", value, limit=40)


def test_blank_is_none_unless_required() -> None:
    assert free_text("--reason", "  \n ", limit=40) is None
    with pytest.raises(UsageError, match="must not be empty"):
        free_text("--reason", "  ", limit=40, required=True)
