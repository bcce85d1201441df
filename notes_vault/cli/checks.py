"""Checks of a command's arguments that need no vault, made before any secret is asked for.

A wrong id's shape, an unknown choice, a number out of range or an unusable
output file is reported at once, not after the passphrase was typed and the key
derived. Whether an id names a record that exists is known only after unlocking
(still exit 4 then). Each check lets an option that was not given (None) pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def ids(prefix: str, texts: Iterable[str | None]) -> None:
    """Each text must have the shape of an id of that kind ("C0001"); NotFound (exit 4) if not.

    A client may also be given by name: text that is not shaped like an id at all is
    left for the records layer to resolve once the vault is open.
    """
    from notes_vault.records.ids import looks_like_id, parse_id  # noqa: PLC0415

    for text in texts:
        if text is not None and (prefix != "C" or looks_like_id(text)):
            parse_id(prefix, text)


def choice(label: str, value: str | None, allowed: Iterable[str]) -> None:
    """`value` must be one of `allowed` (any case); UsageError (exit 2) if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    options = tuple(allowed)
    if value is not None and value.strip().lower() not in options:
        raise UsageError(f"unknown {label}; use one of: {' '.join(options)}")


def number(label: str, value: int | None, low: int, high: int) -> None:
    """`value` must lie between `low` and `high`; UsageError (exit 2) if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    if value is not None and not low <= value <= high:
        raise UsageError(f"{label} must be between {low} and {high}")


def output(out: Path, vault_dir: Path, *, force: bool) -> None:
    """An output file must go to an existing folder outside the vault, and replace an existing
    file only with --force; UsageError (exit 2) if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415
    from notes_vault.store.files import check_output, regular_file_at  # noqa: PLC0415

    check_output(out, vault_dir=vault_dir)
    if regular_file_at(out) and not force:
        raise UsageError(f"{out} already exists; give --force to replace it")


def new_file(path: Path) -> None:
    """A file to be made: its folder must exist and the file must not; UsageError if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    target = path.expanduser()
    if target.exists() or target.is_symlink():
        raise UsageError(f"{path} already exists; not overwritten")
    if not target.absolute().parent.is_dir():
        raise UsageError(
            f"there is no folder {target.absolute().parent} to write {target.name} into"
        )


def readable_file(path: str | Path, *, label: str = "") -> None:
    """`path` must be a file this process can read ('-' is standard input); UsageError if not."""
    from notes_vault.errors import UsageError  # noqa: PLC0415

    if str(path) == "-":
        return
    given = Path(path).expanduser()
    try:
        with given.open("rb"):
            pass
    except OSError as exc:
        raise UsageError(f"cannot read {label or given}: {exc.strerror}") from None
