"""The one error hierarchy of notes-vault.

Every failure a user can meet is a `VaultError` subclass with an `exit_code`;
the console entry point (`notes_vault.cli.main.run`) turns it into one line on
stderr and that exit code. Messages carry ids, never names, note text or
secrets: they may end up in cron mail or terminal scroll-back.
"""

from __future__ import annotations

from typing import ClassVar


class VaultError(Exception):
    """Base of every expected failure; never raised directly."""

    exit_code: ClassVar[int] = 1


class UnexpectedError(VaultError):
    """Something went wrong that is not the user's doing (disk full, I/O error)."""

    exit_code = 1


class UsageError(VaultError):
    """The command line or its input is malformed (bad date, bad query, bad option)."""

    exit_code = 2


class BadKey(VaultError):  # noqa: N818 - names are the public API others code against
    """Wrong or missing passphrase, recovery key or key file."""

    exit_code = 3


class NotFound(VaultError):  # noqa: N818 - names are the public API others code against
    """No such client, note or record."""

    exit_code = 4


class NoVault(VaultError):  # noqa: N818 - names are the public API others code against
    """No vault at that place (or, for `init`, one is already there)."""

    exit_code = 5


class Damaged(VaultError):  # noqa: N818 - names are the public API others code against
    """The vault's files are damaged or were tampered with."""

    exit_code = 6


class Refused(VaultError):  # noqa: N818 - names are the public API others code against
    """Refused by policy: legal hold, consent missing, restriction, signed note, no --yes."""

    exit_code = 7


class IdentifierLeft(VaultError):  # noqa: N818 - names are the public API others code against
    """De-identification left a known identifier in the output; the export was refused."""

    exit_code = 8


EXIT_CODES: dict[int, str] = {
    0: "success",
    1: "unexpected error",
    2: "usage error",
    3: "wrong or missing passphrase or key",
    4: "no such client, note or record",
    5: "no vault at that place (or one already there for init)",
    6: "vault damaged or tampered",
    7: "refused by policy",
    8: "de-identification left a known identifier; export refused",
}
