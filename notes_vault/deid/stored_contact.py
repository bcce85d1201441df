"""Round 7 (k7): the contact fields of a stored record, read as a note writes them
(see `stored.py`): an e-mail stored with "mailto:" or a display name, with a "+tag";
its local part's pieces and its domain's labels; a phone field holding several
numbers; a ZIP stored longer than its five digits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from notes_vault.deid import lexicon, structured

_LOCAL = re.compile(r"[^\W_\d]+|\d+")
_ADDRESS = re.compile(r"[^\s<>:;,()\"']+@[^\s<>;,()\"']+")
_PHONE_SPLIT = re.compile(r"[;|\n/]| or |, ", re.IGNORECASE)
ZIP9 = re.compile(r"\d{5}-\d{4}")
_ZIP = re.compile(r"(?<![\w-])(\d{5})(?:-\d{4})?\s*$")
_MAIL = frozenset(
    "gmail googlemail yahoo hotmail outlook live icloud proton protonmail btinternet "
    "virginmedia comcast verizon example mail email ymail tiscali talktalk fastmail yandex "
    "zoho blueyonder ntlworld sbcglobal cox".split()
)


def email_address(email: str | None) -> str | None:
    """The address itself of a stored e-mail field: "mailto:" and a display name
    ("Jo Bloggs <jo.bloggs@example.com>") dropped, the first of several kept."""
    if not email:
        return email
    found = _ADDRESS.search(email)
    return found[0].strip(".") if found else email.strip()


def email_forms(email: str | None) -> tuple[str, ...]:
    """A stored address, and the address without its "+tag" ("jo+nhs@x.org": the note
    writes "jo@x.org")."""
    if not email:
        return ()
    local, at, domain = email.partition("@")
    bare = local.split("+", 1)[0]
    return (email, f"{bare}@{domain}") if at and bare and bare != local else (email,)


@lru_cache(maxsize=1024)  # the same record for every note of an export
def email_words(address: str) -> frozenset[str]:
    """Pieces of an e-mail's local part of five letters or more that are no English word,
    lower case ("nibhriain" of eilidh.nibhriain+therapy@...: said alone, "eilidh dot
    nibhriain"), and the labels of its domain that name a place of work or study rather
    than a mail service ("lboro" of ...@lboro.ac.uk: "started at Lboro"). A local part
    of one piece is the whole, found already."""
    pieces = _LOCAL.findall(address.lower().partition("@")[0])
    if len(pieces) < 2:
        pieces = []
    found = {p for p in pieces if p.isalpha() and len(p) >= 5} | domain_words(address)
    return frozenset(p for p in found if p not in lexicon.common_words())


@lru_cache(maxsize=1024)  # the same record for every note of an export
def domain_words(address: str) -> frozenset[str]:
    """Labels of an e-mail's domain that name a place of work or study, not a mail
    service: four letters or more, no English word ("lboro", "lincoln"; not "gmail")."""
    domain = address.lower().partition("@")[2]
    common = lexicon.common_words()
    return frozenset(
        w
        for w in domain.split(".")
        if len(w) >= 4 and w.isalpha() and w not in _MAIL and w not in common
    )


@lru_cache(maxsize=1024)  # the same record for every note of an export
def phone_numbers(phone: str | None) -> tuple[str, ...]:
    """National significant numbers of a stored phone field: the whole, and each number
    when the field holds several ("cell: 415 555 0187; work: 212-555-0100")."""
    if not phone:
        return ()
    parts = [phone, *(_PHONE_SPLIT.split(phone) if _PHONE_SPLIT.search(phone) else ())]
    numbers = (structured.national_number(p) for p in parts)
    return tuple(dict.fromkeys(n for n in numbers if sum(c.isdecimal() for c in n) >= 6))


def zip_code(postcode: str | None, address: str | None = None) -> str:
    """The five digits of a US ZIP stored as ZIP+4 or after its state, or ""."""
    for stored in (postcode or "", address or ""):
        text = stored.strip()
        found = _ZIP.search(text)
        if found and text != found[1]:
            return found[1]
    return ""


__all__ = [
    "domain_words",
    "email_address",
    "email_forms",
    "email_words",
    "phone_numbers",
    "zip_code",
]
