"""The command-line contract holds: every command and option users and cron rely on is still there.

cli_contract.json beside this file lists every command path with its options and
arguments as they stood before the package was reorganised (and as later changes
extended it). Adding commands or options is fine; removing or renaming one fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import command_tree

SNAPSHOT = Path(__file__).with_name("cli_contract.json")


def _params(command: Any) -> set[str]:
    """Every option name (each of --x/--no-x counts alone) and <argument> of a command."""
    found = set()
    for param in command.params:
        if param.param_type_name == "option":
            found.update([*param.opts, *param.secondary_opts])
        else:
            found.add(f"<{param.name}>")
    return found


def _contract() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}

    def walk(command: Any, path: list[str]) -> None:
        out[" ".join(path) or "(root)"] = _params(command)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, [*path, name])

    walk(command_tree(), [])
    return out


def test_no_command_or_option_was_removed() -> None:
    """Each pinned command exists with at least its pinned options and arguments."""
    now = _contract()
    pinned = {
        path: {name for entry in params for name in entry.split()}
        for path, params in json.loads(SNAPSHOT.read_text()).items()
    }
    missing = {
        path: sorted(params - now.get(path, set()))
        for path, params in pinned.items()
        if not params <= now.get(path, set()) or path not in now
    }
    assert missing == {}
