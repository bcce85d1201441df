"""The clients domain module, called directly on an open vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from notes_vault.errors import NotFound, UsageError
from notes_vault.records import clients
from notes_vault.store import audit
from notes_vault.store.vault import Vault
from tests.conftest import open_made


@pytest.fixture
def v(vault_dir: Path) -> Iterator[Vault]:
    """The test vault, open."""
    opened = open_made(vault_dir)
    yield opened
    opened.close()


def test_add_returns_id_code_and_fields(v: Vault) -> None:
    """A new client gets C0001, a P- pseudonym code, and its fields stripped and stored."""
    client = clients.add(
        v, name="  Ann Example ", aliases=("Annie", "Annie", " "), dob=date(1990, 3, 4)
    )
    assert client.id == "C0001"
    assert client.code.startswith("P-")
    assert len(client.code) == 7
    assert client.name == "Ann Example"
    assert client.aliases == ("Annie",)
    assert client.dob == date(1990, 3, 4)
    assert client.started == date.today()


def test_names_with_no_break_space_and_emoji_joiners_are_accepted(v: Vault) -> None:
    """Printable-but-unusual characters (no-break space, ZWJ) are allowed in names."""
    client = clients.add(v, name="Zoë\u00a0Ng \U0001f469\u200d\U0001f467")
    assert client.name == "Zoë\u00a0Ng \U0001f469\u200d\U0001f467"


@pytest.mark.parametrize("name", ["", "   ", "bad\x1bname", "x" * 2001])
def test_add_refuses_bad_names(v: Vault, name: str) -> None:
    """Empty names, control characters and over-long values are usage errors."""
    with pytest.raises(UsageError):
        clients.add(v, name=name)


def test_add_refuses_bad_email_and_future_dob(v: Vault) -> None:
    """An e-mail without @ and a date of birth in the future are refused."""
    with pytest.raises(UsageError):
        clients.add(v, name="A B", email="nobody")
    with pytest.raises(UsageError):
        clients.add(v, name="A B", dob=date.today() + timedelta(days=1))


def test_resolve_and_get(v: Vault) -> None:
    """Ids resolve in several spellings; an unknown id, wrong-kind id or unmatched name is
    NotFound."""
    clients.add(v, name="Ann Example")
    assert clients.resolve(v, "c1") == 1
    assert clients.get(v, "C0001").name == "Ann Example"
    for bad in ("C0002", "N0001", "Zed"):  # "Ann" is a name now: it finds C0001
        with pytest.raises(NotFound):
            clients.resolve(v, bad)


def test_summaries_hide_closed_unless_asked(v: Vault) -> None:
    """Closed clients are listed only with include_closed; summaries hold no name."""
    clients.add(v, name="Ann Example", started=date(2020, 1, 1))
    clients.add(v, name="Bob Example", started=date(2020, 1, 1))
    clients.close(v, "C0002", ended=date(2021, 1, 1))
    assert [c.id for c in clients.summaries(v)] == ["C0001"]
    every = clients.summaries(v, include_closed=True)
    assert [c.id for c in every] == ["C0001", "C0002"]
    assert "name" not in every[0].__dataclass_fields__


def test_edit_changes_and_clears_fields(v: Vault) -> None:
    """Edit sets, clears ('') and adds/removes aliases; unknown fields are refused."""
    clients.add(v, name="Ann Example", phone="0123", aliases=("Annie",))
    edited = clients.edit(
        v, "C0001", changes={"phone": "", "email": "a@example.org"}, remove_aliases=("Annie",)
    )
    assert edited.phone is None
    assert edited.email == "a@example.org"
    assert edited.aliases == ()
    with pytest.raises(UsageError):
        clients.edit(v, "C0001", changes={"code": "P-AAAAA"})
    with pytest.raises(UsageError):
        clients.edit(v, "C0001", changes={"name": ""})
    with pytest.raises(UsageError):
        clients.edit(v, "C0001", changes={})


def test_close_and_reopen(v: Vault) -> None:
    """Close records the end date (not before the start); reopen clears it."""
    clients.add(v, name="Ann Example", started=date(2020, 1, 1))
    with pytest.raises(UsageError):
        clients.close(v, "C0001", ended=date(2019, 1, 1))
    assert clients.close(v, "C0001", ended=date(2022, 5, 1)).ended == date(2022, 5, 1)
    assert clients.reopen(v, "C0001").ended is None


def test_links(v: Vault) -> None:
    """People and partners link; bad relations, self-partnering and unknown ids are refused."""
    clients.add(v, name="Ann Example")
    clients.add(v, name="Bob Example")
    person = clients.link_person(v, "C0001", name="Carol", relation="Parent")
    assert person.relation == "parent"
    first = clients.link_partner(v, "C0001", "C0002")
    again = clients.link_partner(v, "C0001", "C0002")
    assert first.num == again.num
    assert [link.client_id for link in clients.load(v, 2).linked] == ["C0001"]
    with pytest.raises(UsageError):
        clients.link_person(v, "C0001", name="Dan", relation="cousin")
    with pytest.raises(UsageError):
        clients.link_person(v, "C0001", name=" ", relation="friend")
    with pytest.raises(UsageError):
        clients.link_partner(v, "C0001", "C0001")
    with pytest.raises(NotFound):
        clients.link_partner(v, "C0001", "C0009")


def test_audit_events_hold_ids_only(v: Vault) -> None:
    """Every client operation is audited, by id, without the name."""
    clients.add(v, name="Quintessa Marker")
    clients.get(v, "C0001")
    clients.summaries(v)
    actions = [e.action for e in audit.events(v)]
    assert actions[-3:] == ["client.add", "client.show", "client.list"]
    assert all("Quintessa" not in str(e.ids) for e in audit.events(v))


def test_relations_are_the_words_the_deid_engine_takes() -> None:
    """records and the de-identification engine keep one vocabulary of relations."""
    from notes_vault.deid.model import RELATIONS as ENGINE_RELATIONS  # noqa: PLC0415
    from notes_vault.records.clients import RELATIONS  # noqa: PLC0415

    assert RELATIONS == ENGINE_RELATIONS
