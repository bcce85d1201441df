"""The notes domain module, called directly on an open vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from notes_vault.errors import NotFound, Refused, UsageError
from notes_vault.records import clients, notes
from notes_vault.store import audit
from notes_vault.store.vault import Vault
from tests.conftest import open_made


@pytest.fixture
def v(vault_dir: Path) -> Iterator[Vault]:
    """The test vault, open, with clients C0001 and C0002."""
    opened = open_made(vault_dir)
    clients.add(opened, name="Ann Example")
    clients.add(opened, name="Bob Example")
    yield opened
    opened.close()


def test_add_and_get(v: Vault) -> None:
    """A note is stored with its clients, date, kind and template, and read back exactly."""
    note = notes.add(
        v,
        clients=["C0002", "c1", "C0002"],
        body="Text\r\nwith CRLF\n",
        session_date=date(2024, 5, 1),
        kind="Process",
        template="SOAP",
    )
    assert note.id == "N0001"
    assert note.clients == ("C0001", "C0002")
    assert (note.kind, note.template, note.date) == ("process", "soap", date(2024, 5, 1))
    assert notes.get(v, "N0001").body == "Text\r\nwith CRLF\n"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"clients": []}, UsageError),
        ({"clients": ["C0009"]}, NotFound),
        ({"clients": ["N0001"]}, NotFound),
        ({"kind": "chat"}, UsageError),
        ({"kind": "addendum"}, UsageError),
        ({"template": "xyz"}, UsageError),
        ({"body": ""}, UsageError),
        ({"body": " \n\t"}, UsageError),
        ({"body": "a\0b"}, UsageError),
        ({"body": "escape \x1b[31m"}, UsageError),
    ],
)
def test_add_refuses_bad_input(v: Vault, kwargs: dict[str, object], error: type) -> None:
    """Each kind of bad input raises its error and stores nothing."""
    arguments: dict[str, object] = {"clients": ["C0001"], "body": "fine"} | kwargs
    with pytest.raises(error):
        notes.add(v, **arguments)  # type: ignore[arg-type]
    assert v.db.scalar("SELECT count(*) FROM notes") == 0


def test_decode_body() -> None:
    """Bytes must be UTF-8 of at most MAX_NOTE_BYTES; the limit itself is accepted."""
    assert notes.decode_body("é\n".encode()) == "é\n"
    with pytest.raises(UsageError, match="UTF-8"):
        notes.decode_body(b"\xff\xfe bad")
    with pytest.raises(UsageError, match="MiB"):
        notes.decode_body(b"a" * (notes.MAX_NOTE_BYTES + 1))
    assert len(notes.decode_body(b"a" * notes.MAX_NOTE_BYTES)) == notes.MAX_NOTE_BYTES


def test_templates_have_their_headings() -> None:
    """SOAP, DAP and BIRP pre-fill their headings; free pre-fills nothing."""
    assert notes.template_text("soap").split(":\n\n")[:4] == [
        "Subjective",
        "Objective",
        "Assessment",
        "Plan",
    ]
    assert "Data:" in notes.template_text("dap")
    assert "Behaviour:" in notes.template_text("birp")
    assert notes.template_text("free") == ""


def test_edit_sign_amend(v: Vault) -> None:
    """An unsigned note edits; once signed it refuses edits and signing; amend adds a signed
    addendum pointing at the original, even when amending an addendum."""
    notes.add(v, clients=["C0001", "C0002"], body="first")
    assert notes.edit(v, "N0001", body="second").body == "second"
    assert notes.sign(v, "N0001").signed is not None
    with pytest.raises(Refused):
        notes.edit(v, "N0001", body="third")
    with pytest.raises(Refused):
        notes.for_edit(v, "N0001")
    with pytest.raises(Refused):
        notes.sign(v, "N0001")
    addendum = notes.amend(v, "N0001", body="correction")
    assert (addendum.kind, addendum.amends, addendum.clients) == (
        "addendum",
        "N0001",
        ("C0001", "C0002"),
    )
    assert addendum.signed is not None
    second = notes.amend(v, addendum.id, body="another")
    assert second.amends == "N0001"
    shown = notes.get(v, "N0001")
    assert [a.id for a in shown.addenda] == [addendum.id, second.id]
    assert shown.body == "second"


def test_summaries_filter_by_client_and_dates(v: Vault) -> None:
    """Listing filters by client and by an inclusive date range, ordered by date."""
    notes.add(v, clients=["C0001"], body="a", session_date=date(2024, 1, 1))
    notes.add(v, clients=["C0002"], body="b", session_date=date(2024, 2, 1))
    notes.add(v, clients=["C0001", "C0002"], body="c", session_date=date(2024, 3, 1))
    assert [n.id for n in notes.summaries(v)] == ["N0001", "N0002", "N0003"]
    assert [n.id for n in notes.summaries(v, client="C0001")] == ["N0001", "N0003"]
    ranged = notes.summaries(v, since=date(2024, 2, 1), until=date(2024, 3, 1))
    assert [n.id for n in ranged] == ["N0002", "N0003"]
    with pytest.raises(UsageError):
        notes.summaries(v, since=date(2024, 3, 1), until=date(2024, 1, 1))
    with pytest.raises(NotFound):
        notes.summaries(v, client="C0042")


def test_every_operation_is_audited_by_id(v: Vault) -> None:
    """Add, list, show, edit, sign and amend each log one event carrying ids, not text."""
    notes.add(v, clients=["C0001"], body="secretword one")
    notes.summaries(v)
    notes.get(v, "N0001")
    notes.for_edit(v, "N0001")
    notes.edit(v, "N0001", body="secretword two")
    notes.sign(v, "N0001")
    notes.amend(v, "N0001", body="secretword three")
    events = audit.events(v)
    actions = [e.action for e in events]
    for action in ("note.add", "note.list", "note.show", "note.edit", "note.sign", "note.amend"):
        assert action in actions
    assert not any("secretword" in str(e.ids) for e in events)
    assert any(e.ids.get("note") == "N0001" for e in events if e.action == "note.add")
