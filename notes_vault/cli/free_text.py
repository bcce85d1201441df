"""Free text that may hold sensitive words, kept off the command line.

A command-line argument is visible to every user of the machine in the
process list (/proc/PID/cmdline) and stays in shell history. So each such
field (a disclosure's summary, rationale and restriction reason, a hold's
reason, a request's question and reason) has three more ways in besides
``--FIELD TEXT`` (kept for scripts):

* ``--FIELD-file PATH``: the file's text (UTF-8; one trailing newline dropped);
* ``--FIELD-file -``: standard input (for one field per command);
* neither, on a terminal, when the field is needed: ``$VISUAL``/``$EDITOR`` on a
  private file in memory-backed storage (notes_vault.cli.editor), or, with no
  editor set, a prompt for one line.

Without a terminal a needed field that was not given is a usage error (exit 2).
All of this happens before any secret is asked for.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from notes_vault.errors import UsageError

MAX_BYTES = 1024 * 1024  # far above any field's own limit, which the records layer checks


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _decode(raw: bytes, flag: str) -> str:
    if len(raw) > MAX_BYTES:
        raise UsageError(f"{flag}: more than {MAX_BYTES // 1024} KiB")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{flag}: the text is not UTF-8") from None
    return text[:-1] if text.endswith("\n") else text


def _from_file(path: Path, flag: str) -> str:
    if str(path) == "-":
        return _decode(sys.stdin.buffer.read(MAX_BYTES + 1), flag)
    try:
        with path.expanduser().open("rb") as source:
            return _decode(source.read(MAX_BYTES + 1), flag)
    except OSError as exc:
        raise UsageError(f"{flag}: cannot read {path}: {exc.strerror}") from None


def _asked(label: str) -> str:
    """The text from the user's editor if one is set, else a one-line prompt."""
    import typer  # noqa: PLC0415

    if any(os.environ.get(name, "").strip() for name in ("VISUAL", "EDITOR")):
        from notes_vault.cli.editor import edit  # noqa: PLC0415

        heading = f"# {label}. Lines starting with # are left out.\n"
        raw = edit(heading.encode(), max_bytes=MAX_BYTES)
        kept = [x for x in raw.decode("utf-8", "replace").splitlines() if not x.startswith("#")]
        return "\n".join(kept).strip()
    return str(typer.prompt(label, err=True))


def text(
    option: str,
    value: str | None,
    file: Path | None,
    *,
    label: str,
    needed: bool,
    required: bool = True,
) -> str | None:
    """The field's text from `--OPTION`, `--OPTION-file`, or (when `needed`, on a terminal)
    the editor or a prompt. Not given and not asked for: a usage error if `required`, else
    None (the records layer then says what is missing, e.g. a rationale: exit 7).

    `option` is the long flag (``--summary``); `label` says what to write, for the prompt.
    """
    flag = f"{option}-file"
    if value is not None and file is not None:
        raise UsageError(f"give {option} or {flag}, not both")
    if file is not None:
        return _from_file(file, flag)
    if value is not None or not needed:
        return value
    from notes_vault.cli.unlock import has_terminal  # noqa: PLC0415

    if _stdin_is_terminal() and has_terminal():
        return _asked(label)
    if required:
        raise UsageError(f"{option} TEXT or {flag} PATH|- is needed")
    return None


def only_one_stdin(*files: Path | None) -> None:
    """Standard input can be read once: `-` for one field only."""
    if sum(1 for f in files if f is not None and str(f) == "-") > 1:
        raise UsageError("standard input (-) can be given for one --…-file option only")
