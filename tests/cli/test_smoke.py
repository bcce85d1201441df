"""Smoke test of the fixtures themselves."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli


def test_init_then_status(vault_dir: Path, cli: Cli) -> None:
    """A vault made by the fixture opens and reports schema version 2 or later."""
    result = cli("--json", "status")
    assert result.code == 0, result.err
    assert result.json()["schema_version"] >= 2
