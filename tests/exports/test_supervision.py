"""Supervision exports and `deid`: de-identified, consent-aware, fail closed."""

from __future__ import annotations

import json
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from notes_vault import deid
from notes_vault.records import clients, notes
from tests.conftest import Cli, open_made

NOTE_ONE = (
    "Sarah Jones came in upset. Sarah's partner Tom Jones had called her on 07700 900123. "
    "Her mother Mary Smith visited from Leeds on 3 March 2026. Email sarah.j@example.org."
)
NOTE_TWO = "Sally (Sarah) talked about work at Acme Logistics. SARAH seemed calmer."
IDENTIFIERS = (
    "Sarah",
    "Jones",
    "Tom",
    "Mary Smith",
    "07700 900123",
    "sarah.j@example.org",
    "Sally",
)


def _seed(path: Path) -> None:
    with open_made(path) as opened:
        sarah = clients.add(
            opened,
            name="Sarah Jones",
            aliases=("Sally",),
            dob=date(1990, 3, 4),
            phone="07700 900123",
            email="sarah.j@example.org",
            postcode="LS1 4AP",
            started=date(2025, 1, 6),
        )
        tom = clients.add(opened, name="Tom Jones", started=date(2025, 1, 6))
        clients.link_partner(opened, sarah.id, tom.id)
        clients.link_person(opened, sarah.id, name="Mary Smith", relation="parent")
        notes.add(opened, clients=[sarah.id], body=NOTE_ONE, session_date=date(2026, 3, 5))
        notes.add(opened, clients=[sarah.id], body=NOTE_TWO, session_date=date(2026, 4, 2))


def test_export_has_no_known_identifier(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """A supervision export holds the code and shifted months but no seeded identifier."""
    _seed(vault_dir)
    out = tmp_path / "summary.md"
    result = cli("supervision", "export", "C0001", "--out", str(out))
    assert result.code == 0, result.err
    text = out.read_text()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    for identifier in IDENTIFIERS:
        assert identifier.lower() not in text.lower(), identifier
    # Session months move with the export's date shift (changed on purpose: an
    # unshifted month beside shifted dates gives the shift away).
    months = re.findall(r"### Session \d \((\d{4})-(\d{2})[^)]*\)", text)
    assert len(months) == 2
    shifted = re.search(r"\[DATE \d{1,2} \w+ \d{4}\]", text)
    assert shifted is not None
    # The session's own date (5 March) is nowhere unshifted. A shifted "15 March" is no
    # leak, and neither is a shifted date tag that lands on 5 March: "3 March 2026" moved
    # back 363 days is "[DATE 5 March 2025]" (the shift is random; this failed one run in
    # about 670).
    assert not re.search(r"(?<!\d)(?<!\[DATE )5 March", text)
    code = json.loads(cli("--json", "client", "list").out)[0]["code"]
    assert f"Client {code}" in text


def test_export_refuses_when_identifier_would_remain(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the engine misses a known identifier, the export is refused with exit 8 and no file."""
    _seed(vault_dir)

    def lazy_redact(self: object, text: str) -> deid.Redacted:
        return deid.Redacted(text=text, replacements=())

    monkeypatch.setattr(deid.Deidentifier, "redact", lazy_redact)
    out = tmp_path / "summary.md"
    result = cli("supervision", "export", "C0001", "--out", str(out))
    assert result.code == 8
    assert not out.exists()
    assert "line 1" in result.err
    for identifier in IDENTIFIERS:
        assert identifier not in result.err


def test_refused_consent_leaves_client_out(vault_dir: Path, cli: Cli) -> None:
    """A client who withdrew supervision consent is left out, by code, unless asked."""
    _seed(vault_dir)
    added = cli(
        "--json", "consent", "add", "C0001", "--purpose", "supervision", "--date", "2025-01-06"
    )
    assert added.code == 0, added.err
    consent_id = added.json()["id"]
    assert cli("consent", "withdraw", consent_id, "--date", "2025-06-01").code == 0
    left = cli("supervision", "export", "C0001")
    assert left.code == 0, left.err
    assert "## Left out" in left.out
    assert "Session 1" not in left.out
    forced = cli("supervision", "export", "C0001", "--include-without-consent")
    assert forced.code == 0
    assert "Session 1" in forced.out
    assert "Included although supervision consent was refused or withdrawn" in forced.out


def test_research_needs_written_consent(vault_dir: Path, cli: Cli) -> None:
    """A research export without written research consent is refused with exit 7."""
    _seed(vault_dir)
    assert cli("supervision", "export", "C0001", "--purpose", "research").code == 7
    verbal = cli("consent", "add", "C0001", "--purpose", "research", "--verbal")
    assert verbal.code == 0, verbal.err
    assert cli("supervision", "export", "C0001", "--purpose", "research").code == 7
    assert cli("consent", "add", "C0001", "--purpose", "research", "--written").code == 0
    assert cli("supervision", "export", "C0001", "--purpose", "research").code == 0


def test_exports_are_unlinkable(vault_dir: Path, cli: Cli) -> None:
    """Two exports of the same notes are not identical (fresh numbering and date shifts)."""
    _seed(vault_dir)
    with open_made(vault_dir) as opened:
        notes.add(
            opened,
            clients=["C0001"],
            body="Met Jennifer Walsh and Peter Okafor in Bristol and Cardiff on 12/05/2026.",
            session_date=date(2026, 5, 14),
        )
    outputs = {cli("supervision", "export", "C0001").out for _ in range(6)}
    assert len(outputs) > 1


def test_deid_json_shape(vault_dir: Path, cli: Cli) -> None:
    """`deid --json` gives items with source, text and replacements holding original offsets."""
    _seed(vault_dir)
    result = cli("--json", "deid", "N0001")
    assert result.code == 0, result.err
    item = result.json()["items"][0]
    assert item["source"] == "N0001"
    assert "Sarah" not in item["text"]
    for replacement in item["replacements"]:
        assert set(replacement) >= {"start", "end", "category", "layer", "replacement"}
        assert 0 <= replacement["start"] < replacement["end"] <= len(NOTE_ONE)
    starts = {r["start"] for r in item["replacements"]}
    assert NOTE_ONE.index("Sarah") in starts


def test_deid_file_with_client(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """`deid --file F --client C` uses what the vault knows and stores nothing."""
    _seed(vault_dir)
    draft = tmp_path / "letter.txt"
    draft.write_text("Dear GP, I write about Sally Jones (dob 04/03/1990).\n")
    result = cli("deid", "--file", str(draft), "--client", "C0001", "--explain")
    assert result.code == 0, result.err
    assert "Sally" not in result.out
    assert "1990" not in result.out
    assert "vault" in result.out  # the --explain table names the layer


def test_deid_stdin_without_vault(cli: Cli, tmp_path: Path) -> None:
    """`deid --file -` works on any text with pattern rules, with no vault at all."""
    result = cli(
        "--vault",
        str(tmp_path / "none"),
        "--json",
        "deid",
        "--file",
        "-",
        stdin="Call 07700 900456 or write to jo@example.com.",
    )
    assert result.code == 0, result.err
    text = result.json()["items"][0]["text"]
    assert "07700" not in text
    assert "example.com" not in text


def test_deid_needs_one_source(vault_dir: Path, cli: Cli) -> None:
    """`deid` with nothing to work on is a usage error."""
    assert cli("deid").code == 2
