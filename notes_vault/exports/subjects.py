"""What the vault knows about people, in the form the de-identification engine takes.

Every feature that de-identifies (supervision exports, `deid`, the couples
rule of the subject access export, destruction inside joint notes) builds its
known subjects here, so they all replace the same identifiers.
"""

from __future__ import annotations

from collections.abc import Iterable

from notes_vault.deid import KnownSubject, LinkedPerson
from notes_vault.records import clients
from notes_vault.store.vault import Vault


def known_subject(vault: Vault, client_num: int, role: str) -> KnownSubject:
    """Everything identifying about one client, under the replacement tag `role`."""
    client = clients.load(vault, client_num)
    linked = tuple(
        LinkedPerson(name=link.name, relation=link.relation) for link in client.linked if link.name
    )
    return KnownSubject(
        role=role,
        name=client.name,
        aliases=client.aliases,
        dob=client.dob,
        phone=client.phone,
        email=client.email,
        address=client.address,
        postcode=client.postcode,
        linked=linked,
    )


def partner_nums(vault: Vault, client_num: int) -> list[int]:
    """Clients linked to this one as partners."""
    rows = vault.db.all(
        "SELECT other_client_num FROM linked_people"
        " WHERE client_num = ? AND other_client_num IS NOT NULL ORDER BY num",
        (client_num,),
    )
    return [int(r[0]) for r in rows]


def subjects_for(vault: Vault, focus: int, others: Iterable[int] = ()) -> list[KnownSubject]:
    """The focus client as CLIENT, partner clients as PARTNER, other clients on
    the same notes as CLIENT 2, CLIENT 3…, each with all their identifiers."""
    subjects = [known_subject(vault, focus, "CLIENT")]
    seen = {focus}
    for index, partner in enumerate(partner_nums(vault, focus), start=1):
        if partner not in seen:
            role = "PARTNER" if index == 1 else f"PARTNER {index}"
            subjects.append(known_subject(vault, partner, role))
            seen.add(partner)
    extra = 2
    for other in others:
        if other not in seen:
            subjects.append(known_subject(vault, other, f"CLIENT {extra}"))
            seen.add(other)
            extra += 1
    return subjects


def note_client_nums(vault: Vault, note_num: int) -> list[int]:
    """The clients a note belongs to, in id order."""
    rows = vault.db.all(
        "SELECT client_num FROM note_clients WHERE note_num = ? ORDER BY client_num",
        (note_num,),
    )
    return [int(r[0]) for r in rows]
