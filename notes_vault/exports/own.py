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

And only what the client literally shares shields: the client's own finds include
spellings near the client's name ("John" for a client Jon, "Brandunbex" for Brantonbex),
and a partner called John was kept as the client's own. `Own.spans` keeps a find of the
client's only when one of its words is a word of the client's own stored values, or
none is a word of the third party's ("Joinery", near both "Joiner"s, stays shared).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from notes_vault.deid import Deidentifier, KnownSubject
from notes_vault.deid.normal import view
from notes_vault.deid.squash import fold

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    """Folded words (letters or digits) of `text`, read through the normalised view, less
    a possessive "s" ("Omar's")."""
    return set(_WORD.findall(fold(view(text).text).lower())) - {"s"}


def _stored(people: Sequence[KnownSubject], *, linked: bool) -> set[str]:
    """The folded words of what the vault stores of `people`, and their initials."""
    values = [
        v
        for p in people
        for v in (p.name, *p.aliases, p.address, p.postcode, p.email, p.phone)
        if v
    ]
    values += [link.name for p in people for link in p.linked] if linked else []
    words = set().union(*(_words(v) for v in values)) if values else set[str]()
    return words | {w[0] for w in words if w[0].isalpha()}  # initials: "K.K."


class Own:
    """Finds what is the clients' own and literally shared (see the module docstring)."""

    def __init__(
        self, engine: Deidentifier, clients: Sequence[KnownSubject], thirds: Sequence[KnownSubject]
    ) -> None:
        self.engine = engine
        self._stored = _stored(clients, linked=True)
        self._theirs = _stored(thirds, linked=False)

    def spans(self, text: str, also: Iterable[str] = ()) -> list[tuple[int, int]]:
        """(start, end) of each find in `text` that holds a word of the clients' own (`also`:
        tags of the caller's own, read as tags, as `Deidentifier.leaks` takes them)."""
        return [
            (k.start, k.end)
            for k in self.engine.leaks(text, also=also)
            if (words := _words(text[k.start : k.end])) & self._stored
            or not words & self._theirs  # a spelling near both ("Joinery"): shared
        ]


def inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """[start, end) lies wholly within one of `spans` (a find inside the client's own)."""
    return any(s <= start and end <= e for s, e in spans)


def _shows(third: Deidentifier, bare: Deidentifier, name: str) -> bool:
    """`name` holds an identifier of the third party that is not the client's own."""
    own = [(k.start, k.end) for k in bare.leaks(name)]
    return any(not inside(k.start, k.end, own) for k in third.leaks(name))


def own_engine(clients: Sequence[KnownSubject], thirds: Sequence[KnownSubject]) -> Own:
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
    return Own(Deidentifier(kept, known_only=True), kept, thirds)


WHOLE = frozenset({"dob", "phone", "email"})


def whole(
    engine: Deidentifier, text: str, finds: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """`finds` (the final check's, which may hold only part of a date: "January" of
    "January 23, 1985") widened to the whole date of birth, phone or e-mail the replacer
    finds there, so that a scrub replacing them leaves no "[PARTNER BIRTH] 23, 1985"."""
    spans = [
        (r.start, r.end)
        for r in engine.redact(text).replacements
        if r.layer == "vault" and r.category in WHOLE
    ]
    out = []
    for find in finds:
        start, end, category = find
        for a, b in spans:
            if a < end and start < b:
                start, end = min(start, a), max(end, b)
        out.append((start, end, category))
    return out


__all__ = ["WHOLE", "Own", "inside", "own_engine", "whole"]
