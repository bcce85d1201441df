"""One client's history on one screen: details, sessions, consents, disclosures, requests,
holds and the retention due date (`client history CLIENT`).

It lives in the retention package because the due date and holds come from the
retention policy, and imports only point down (records cannot see retention).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from notes_vault.records import clients, consents, disclosures, notes, requests
from notes_vault.records.clients import Client
from notes_vault.records.consents import Consent
from notes_vault.records.disclosures import Disclosure
from notes_vault.records.notes import NoteSummary
from notes_vault.records.requests import Enquiry
from notes_vault.retention.policy import ClientRetention, Hold, client_entry, holds
from notes_vault.store import audit
from notes_vault.store.vault import Vault


@dataclass(frozen=True)
class ClientHistory:
    """Everything about one client a therapist reads before a session."""

    client: Client
    notes: tuple[NoteSummary, ...]  # every note, oldest first
    kinds: dict[str, int]  # notes by kind: session, process, addendum
    unsigned: int
    consents: tuple[Consent, ...]
    disclosures: tuple[Disclosure, ...]  # those with no restriction in force
    restricted: int  # how many restricted entries were left out of `disclosures`
    requests: tuple[Enquiry, ...]
    holds: tuple[Hold, ...]
    retention: ClientRetention


def history(vault: Vault, client: str, *, as_of: date) -> ClientHistory:
    """The history of the client `client` (an id or a name), logged as one read."""
    num = clients.resolve(vault, client)
    ident = clients.client_id(num)
    found = clients.load(vault, num)
    summaries = tuple(notes.summaries(vault, client=ident))
    every_disclosure = disclosures.for_client(vault, num)
    audit.log(vault, "client.history", client=ident)
    return ClientHistory(
        client=found,
        notes=summaries,
        kinds=dict(Counter(n.kind for n in summaries)),
        unsigned=sum(1 for n in summaries if n.signed is None),
        consents=tuple(consents.for_client(vault, num)),
        disclosures=tuple(d for d in every_disclosure if not d.restricted),
        restricted=sum(1 for d in every_disclosure if d.restricted),
        requests=tuple(requests.for_client(vault, num)),
        holds=tuple(h for h in holds(vault, include_released=True) if h.client == ident),
        retention=client_entry(vault, num, as_of=as_of),
    )
