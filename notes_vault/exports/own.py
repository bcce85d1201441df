"""A client's own identifiers, for the rules that keep what a client shares with another.

The subject access export (`Withholder`) and the redaction of a joint note when one of
its clients is destroyed (`retention.joint`) both keep a third party's find that lies
wholly inside the client's own identifiers: a surname a couple share, a family business
named after it. What the client is linked to is theirs only when it is not the third
party: a partner typed among the client's linked people ("Eli Kowalczyk", partner) is
still the partner, and reading that name as the client's own kept every "Eli" of the
partner in the client's export and in the joint notes a destroyed partner left behind
(round 8, k8). A linked person whose name shows the third party's identifiers beyond
what the client's own name and details already hold is left out of the client's own; a
child the couple share ("Maeve Walsh" beside "Ann Walsh" and "Eli Walsh") stays in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from notes_vault.deid import Deidentifier, KnownSubject


def _shows(third: Deidentifier, bare: Deidentifier, name: str) -> bool:
    """`name` holds an identifier of the third party that is not the client's own."""
    own = [(k.start, k.end) for k in bare.leaks(name)]
    return any(not any(s <= k.start and k.end <= e for s, e in own) for k in third.leaks(name))


def own_engine(clients: Sequence[KnownSubject], thirds: Sequence[KnownSubject]) -> Deidentifier:
    """Finds what is the clients' own (known identifiers only), their linked people
    included except those who are one of the third parties (`thirds`, by their own name,
    aliases and details: not by the people linked to them, a child the couple share)."""
    bare = Deidentifier([dataclasses.replace(c, linked=()) for c in clients], known_only=True)
    them = [Deidentifier([dataclasses.replace(t, linked=())], known_only=True) for t in thirds]
    kept = [
        dataclasses.replace(
            client,
            linked=tuple(
                link for link in client.linked if not any(_shows(t, bare, link.name) for t in them)
            ),
        )
        for client in clients
    ]
    return Deidentifier(kept, known_only=True)


__all__ = ["own_engine"]
