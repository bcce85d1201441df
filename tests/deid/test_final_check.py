"""The final check and the quasi-identifier review, through the real entry point."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from notes_vault.deid import known_search as known
from notes_vault.records import clients, notes
from tests.conftest import Cli, open_made

NOTE = (
    "Kathe\u200brine Marsh (KM) came. DOB 03.11.86, mobile \uff10\uff17\uff19\uff11\uff11 "
    "123456. She is the only harbour master in the village and ran the Hartley Half Marathon."
)
SECRETS = ("Kath", "Marsh", "03.11.86", "123456")


def _seed(path: Path) -> str:
    with open_made(path) as opened:
        kate = clients.add(
            opened,
            name="Katherine Marsh",
            dob=date(1986, 11, 3),
            phone="07911 123456",
            started=date(2025, 1, 6),
        )
        notes.add(opened, clients=[kate.id], body=NOTE, session_date=date(2026, 3, 5))
    return str(kate.id)


def _blind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the replacer miss every known identifier (the final check must not)."""
    monkeypatch.setattr(known, "find", lambda *_args, **_kw: [])


def test_supervision_export_refused_when_the_replacer_misses(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blind replacer: the export exits 8, says session, category and place, not the text."""
    client = _seed(vault_dir)
    _blind(monkeypatch)
    out = tmp_path / "s.md"
    result = cli("supervision", "export", client, "--out", str(out))
    assert result.code == 8
    assert not out.exists()
    assert "session 1 of" in result.err
    assert "line 1, column" in result.err
    assert "client" in result.err
    for secret in SECRETS:
        assert secret not in result.err


def test_deid_refused_when_the_replacer_misses(
    vault_dir: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`deid` of a stored note fails closed the same way, naming the note id."""
    _seed(vault_dir)
    _blind(monkeypatch)
    result = cli("deid", "N0001")
    assert result.code == 8
    assert "N0001" in result.err
    assert result.out == ""


def test_export_lists_quasi_identifiers_and_strict_refuses(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """Phrases to review go to stderr and into `warnings`; --strict refuses with exit 8."""
    client = _seed(vault_dir)
    result = cli("supervision", "export", client)
    assert result.code == 0, result.err
    assert "rare occupation" in result.err
    assert "named event" in result.err
    assert "harbour" not in result.err
    data = json.loads(cli("--json", "supervision", "export", client).out)
    kinds = {w["kind"] for w in data["warnings"]}
    assert {"rare occupation", "unique description", "named event"} <= kinds
    strict = cli("supervision", "export", client, "--strict", "--out", str(tmp_path / "x.md"))
    assert strict.code == 8
    assert not (tmp_path / "x.md").exists()


def test_deid_explain_and_json_carry_warnings(vault_dir: Path, cli: Cli) -> None:
    """`deid --explain` warns on stderr; `--json` has a warnings array; --strict exits 8."""
    _seed(vault_dir)
    explained = cli("deid", "N0001", "--explain")
    assert explained.code == 0
    assert "rare occupation" in explained.err
    item = json.loads(cli("--json", "deid", "N0001").out)["items"][0]
    assert any(w["kind"] == "named event" for w in item["warnings"])
    assert cli("deid", "N0001", "--strict").code == 8
