"""The engine's public records: what it is told, and what it reports back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

RELATIONS = (
    "partner",
    "parent",
    "child",
    "sibling",
    "friend",
    "employer",
    "school",
    "gp",
    "other",
)


@dataclass(frozen=True)
class LinkedPerson:
    """Someone (or an organisation) in a client's life whom the vault knows by name."""

    name: str
    relation: str  # one of RELATIONS


@dataclass(frozen=True)
class KnownSubject:
    """Everything the vault knows about one client, and the tag that replaces them."""

    role: str  # "CLIENT", "PARTNER", "CLIENT 2", ...
    name: str
    aliases: tuple[str, ...] = ()
    dob: datetime.date | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    postcode: str | None = None
    linked: tuple[LinkedPerson, ...] = ()


@dataclass(frozen=True)
class Replacement:
    """One replaced stretch of the original text, and why (never the text itself)."""

    start: int
    end: int
    category: str
    layer: str
    replacement: str
    reason: str


@dataclass(frozen=True)
class Redacted:
    """A de-identified text and every replacement made in it, in text order."""

    text: str
    replacements: tuple[Replacement, ...]


@dataclass(frozen=True)
class Leak:
    """A known identifier found in de-identified text: where, and of what kind only."""

    start: int
    end: int
    category: str


@dataclass(frozen=True, slots=True)
class Span:
    """A candidate replacement before overlaps are settled (internal).

    `key` says what the span stands for, so that the engine can give the same
    thing the same tag: a fixed tag for vault and pattern hits, an entity key
    for people and places found in context, a date value for dates.
    """

    start: int
    end: int
    category: str
    layer: str
    reason: str
    key: str
