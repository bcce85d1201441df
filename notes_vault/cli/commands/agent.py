"""`unlock` and `lock`: leave a vault's key with the unlock agent for a sitting, or end it.

The agent (notes_vault.store.agent) is a per-user process reached through a 0600
socket in memory-backed runtime storage. `unlock` asks for the secret once, by the
usual sources, and hands the agent the vault's data key; later commands take the
key from it until the idle timeout, `lock`, a rekey or restore, or logout.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from notes_vault.cli import render
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import State, state

_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$")
DEFAULT_TIMEOUT = "15m"
MAX_TIMEOUT = 7 * 24 * 3600


def parse_duration(text: str) -> int:
    """Seconds in "15m", "90s", "2h", "1h30m", or "0" (no idle timeout); UsageError else."""
    from notes_vault.errors import UsageError

    cleaned = text.strip().lower()
    if cleaned == "0":
        return 0
    match = _DURATION.match(cleaned)
    if not cleaned or match is None:
        raise UsageError("--timeout takes a duration such as 15m, 90s, 2h or 1h30m (0: none)")
    hours, minutes, seconds = (int(part or 0) for part in match.groups())
    total = hours * 3600 + minutes * 60 + seconds
    if not 0 < total <= MAX_TIMEOUT:
        raise UsageError("--timeout must be between 1s and 7 days (or 0: until `lock`)")
    return total


def until_text(until: float | None) -> str:
    """ "until 14:05" (local time), or "until `lock` or logout" when there is no timeout."""
    if until is None:
        return "until `notes-vault lock` or logout"
    return f"until {datetime.fromtimestamp(until).astimezone().strftime('%H:%M')}"


def unlock(
    ctx: typer.Context,
    timeout: Annotated[
        str,
        typer.Option(
            "--timeout",
            metavar="DURATION",
            help="Lock again after this long unused: 15m, 90s, 2h; 0 means until `lock`.",
        ),
    ] = DEFAULT_TIMEOUT,
) -> None:
    """Unlock the vault once for this sitting: its key stays with the agent until idle."""
    from notes_vault.errors import UsageError
    from notes_vault.store import audit
    from notes_vault.store.agent import client, place

    st = state(ctx)
    seconds = parse_duration(timeout)
    if st.no_agent:
        raise UsageError("--no-agent and `unlock` contradict each other")
    path = st.location()
    place.socket_path(path, create=True)  # Refused, with the reason, before any secret
    with open_vault(st) as opened:
        until = client.hand_over(opened.path, opened.data_key, seconds)
        audit.log(opened, "vault.unlock", timeout=seconds)
    _report_unlocked(st, path, until, seconds)


def _report_unlocked(st: State, path: Path, until: float | None, seconds: int) -> None:
    if st.json:
        render.print_json({"vault": str(path), "unlocked": True, "until": _iso(until)})
        return
    idle = f" (locks after {seconds // 60 or 1} min unused)" if seconds else ""
    render.message(f"Unlocked {path} {until_text(until)}{idle}.")
    render.message("`notes-vault lock` locks it now.")


def _iso(until: float | None) -> str | None:
    if until is None:
        return None
    return datetime.fromtimestamp(until).astimezone().isoformat(timespec="seconds")


def lock(
    ctx: typer.Context,
    vault: Annotated[
        str | None,
        typer.Option(
            "--vault",
            metavar="DIR",
            help="Lock only this vault (default: every vault unlocked by this user).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Lock at once: the agent forgets the key (every vault, or one with --vault)."""
    from notes_vault.store.agent import client
    from notes_vault.store.vault import locate

    st = state(ctx)
    chosen = vault if vault is not None else st.vault_dir
    locked = client.lock(None if chosen is None else locate(chosen))
    if st.json:
        render.print_json({"locked": locked})
    elif locked:
        for name in locked:
            render.message(f"Locked {name}.")
    else:
        render.message("No vault was unlocked.")


def agent_line(path: str | Path) -> dict[str, object]:
    """For `status`: whether an agent holds the vault at `path`, and until when."""
    from notes_vault.store.agent import client

    held = client.status(Path(path))
    if held is None or not held.held:
        return {"unlocked": False, "until": None, "text": "locked"}
    return {
        "unlocked": True,
        "until": _iso(held.until),
        "text": f"unlocked {until_text(held.until)}",
    }


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"unlock": unlock, "lock": lock}
