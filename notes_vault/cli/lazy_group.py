"""Command groups (`note`, `client`, …) whose subcommands are built only when needed.

Typer builds a click command by reading its function's signature and evaluating
its type hints: about 1.5 ms a command, so 10-15 ms for the whole `note` or
`client` group, of which running `note show` needs one. Here a group's
subcommands are made at first use, and its help lists them from their
docstrings (the first line, as the top-level list shows them) without building
any; `note show --help` builds `show` alone.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from typing import Any

import typer
from typer.core import TyperGroup

from notes_vault.cli.helpstyle import PLAIN_HELP, stand_in, tidy


def lazy_group(found: typer.Typer) -> Any:
    """The group `found` as a click group whose subcommands are made at first use."""
    found.rich_markup_mode = PLAIN_HELP
    shell = copy.copy(found)  # the group's own callback, options and nested groups
    shell.registered_commands = []
    shell.info = copy.copy(found.info)
    shell.info.cls = LazySubgroup
    group = tidy(typer.main.get_group(shell))
    pending: dict[str, Callable[[], Any]] = {}
    stubs: dict[str, Callable[[], Any]] = {}
    for info in found.registered_commands:
        if info.callback is None:
            continue
        name = info.name or typer.main.get_command_name(info.callback.__name__)
        pending[name] = functools.partial(_subcommand, found, info)
        stubs[name] = functools.partial(_stub, name, info)
    group.commands = LazyCommands(pending, dict(group.commands), stubs)
    return group


def _subcommand(owner: typer.Typer, info: Any) -> Any:
    command = tidy(
        typer.main.get_command_from_info(
            info,
            pretty_exceptions_short=owner.pretty_exceptions_short,
            rich_markup_mode=PLAIN_HELP,
        )
    )
    # Each subcommand's first help line in full, as the top-level list shows them.
    if command.short_help is None and command.help:
        command.short_help = command.help.strip().splitlines()[0]
    return command


def _stub(name: str, info: Any) -> Any:
    """A light stand-in for help listings: the name and first help line `_subcommand`'s
    command would show, and whether it is hidden or deprecated."""
    text = inspect.getdoc(info.callback) if info.help is None else inspect.cleandoc(info.help)
    line = info.short_help or (text.strip().splitlines()[0] if text and text.strip() else None)
    return stand_in(name, line, hidden=info.hidden, deprecated=info.deprecated)


class LazyCommands(MutableMapping[str, Any]):
    """A group's subcommands by name, in order; each is made by its maker at first use."""

    def __init__(
        self,
        pending: Mapping[str, Callable[[], Any]],
        made: dict[str, Any],
        stubs: Mapping[str, Callable[[], Any]] | None = None,
    ) -> None:
        self._pending = dict(pending)
        self._made = made
        self._stubs = dict(stubs or {})
        self._names = [*pending, *(n for n in made if n not in pending)]

    def stub(self, name: str) -> Any:
        """The command if it is made, else its light stand-in (for help listings)."""
        if name in self._made or name not in self._stubs:
            return self.get(name)
        return self._stubs[name]()

    def __getitem__(self, name: str) -> Any:
        if name not in self._made:
            self._made[name] = self._pending.pop(name)()  # KeyError if there is no such name
        return self._made[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._pending.pop(name, None)
        self._stubs.pop(name, None)
        self._made[name] = command
        if name not in self._names:
            self._names.append(name)

    def __delitem__(self, name: str) -> None:
        if name not in self._names:
            raise KeyError(name)
        self._pending.pop(name, None)
        self._stubs.pop(name, None)
        self._made.pop(name, None)
        self._names.remove(name)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._names))

    def __len__(self) -> int:
        return len(self._names)


class LazySubgroup(TyperGroup):
    """A group over `LazyCommands`: listing names builds nothing, and help lists stand-ins."""

    _listing = False

    def list_commands(self, ctx: Any) -> list[str]:  # noqa: ARG002 - click passes ctx
        """The subcommands' names in order (Typer's own reads every command to get them)."""
        return list(self.commands)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """The subcommand, made now; while help lists them, its stand-in."""
        if self._listing and isinstance(self.commands, LazyCommands):
            return self.commands.stub(cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The help's list of subcommands, from their stand-ins."""
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False
