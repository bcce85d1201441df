"""`import`: Markdown, CSV and jrnl sources; dry runs; problems by line; all or nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import Cli

MD_FIRST = (
    "---\nclient: Maria Núñez\ndate: 2024-01-05\ntemplate: soap\ndob: 1985-06-01\n---\nFirst.\n"
)
MD_SECOND = "---\nclient: maria nunez\ndate: 12/01/2024\n---\nSecond.\n"


@pytest.fixture
def md_folder(tmp_path: Path) -> Path:
    """A folder of two Markdown notes for one new client, named two ways."""
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "a.md").write_text(MD_FIRST, encoding="utf-8")
    (folder / "b.md").write_text(MD_SECOND, encoding="utf-8")
    (folder / "ignored.txt").write_text("not a note", encoding="utf-8")
    return folder


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_markdown_dry_run_then_import(vault_dir: Path, cli: Cli, md_folder: Path) -> None:
    """A dry run writes nothing; the import makes one client (folded names) and two notes."""
    before = _digest(md_folder)
    dry = cli("import", "--markdown", str(md_folder), "--dry-run")
    assert dry.code == 0, dry.err
    assert "would import 2 notes (1 new client" in dry.err
    assert cli("--json", "client", "list").json() == []
    done = cli("--json", "import", "--markdown", str(md_folder))
    assert done.code == 0, done.err
    assert done.json()["created_clients"] == ["C0001"]
    assert done.json()["created_notes"] == ["N0001", "N0002"]
    shown = cli("--json", "client", "show", "C0001").json()
    assert (shown["name"], shown["dob"], shown["started"]) == (
        "Maria Núñez",
        "1985-06-01",
        "2024-01-05",
    )
    assert cli("--json", "note", "show", "N0001").json()["template"] == "soap"
    assert _digest(md_folder) == before


def test_csv_problems_are_reported_by_line_and_nothing_is_written(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """Bad CSV rows are each named by line (a quoted newline counted), and nothing is imported."""
    assert cli("client", "add", "--name", "Ann Okafor", "--dob", "1990-01-01").code == 0
    source = tmp_path / "n.csv"
    source.write_text(
        "client,date,text\n"
        'Ann Okafor,2024-02-01,"two\nlines"\n'
        "Ann Okafor,1980-01-01,before birth\n"
        "C0099,2024-01-01,no such client\n"
        "New Person,2999-01-01,future\n"
        "New Person,2024-13-01,bad date\n",
        encoding="utf-8",
    )
    result = cli("import", "--csv", str(source))
    assert result.code == 2
    lines = result.err.splitlines()
    assert lines[0].startswith("n.csv:4: ")
    assert "birth" in lines[0]
    assert lines[1] == "n.csv:5: no client C0099"
    assert lines[2].startswith("n.csv:6: a note cannot be dated after today")
    assert lines[3].startswith("n.csv:7: that date does not exist")
    assert "nothing was imported" in lines[-1]
    assert "Okafor" not in result.err
    assert cli("--json", "note", "list").json() == []


def test_jrnl_needs_a_client_and_imports_entries(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """A jrnl export goes to the --client given (by name too); title and body join."""
    assert cli("client", "add", "--name", "Zoë Brontë").code == 0
    source = tmp_path / "j.json"
    entry = {"date": "2023-03-01", "time": "09:00", "title": "Went well.", "body": "More."}
    source.write_text(json.dumps({"tags": {}, "entries": [entry]}), encoding="utf-8")
    assert cli("import", "--jrnl", str(source)).code == 2
    done = cli("--json", "import", "--jrnl", str(source), "--client", "zoe")
    assert done.code == 0, done.err
    assert done.json()["existing_clients"] == ["C0001"]
    assert cli("--json", "note", "show", "N0001").json()["body"] == "Went well.\nMore."


def test_import_is_one_transaction(
    vault_dir: Path, cli: Cli, md_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way through leaves no client and no note behind."""
    from notes_vault.records import notes  # noqa: PLC0415

    real_add = notes.add
    calls = []

    def failing_add(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk went away")
        return real_add(*args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patched:
        patched.setattr(notes, "add", failing_add)
        assert cli("import", "--markdown", str(md_folder)).code == 1
    assert len(calls) == 2
    assert cli("--json", "client", "list", "--all").json() == []
    assert cli("--json", "note", "list").json() == []


def test_exactly_one_source_is_required(vault_dir: Path, cli: Cli, md_folder: Path) -> None:
    """No source, or two, is a usage error before anything is read."""
    assert cli("import").code == 2
    assert cli("import", "--markdown", str(md_folder), "--csv", "x.csv").code == 2
