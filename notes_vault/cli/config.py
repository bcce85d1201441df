"""The config file: defaults a user would otherwise give on every command.

A TOML file, ``config.toml`` in the platform's user config folder (platformdirs:
``~/.config/notes-vault/`` on Linux, ``~/Library/Application Support/notes-vault/``
on macOS), or the file named by ``NOTES_VAULT_CONFIG``. Every key is optional::

    vault = "~/Documents/practice-vault"   # the vault folder
    template = "soap"                      # note add --template: soap dap birp free
    editor = "nvim"                        # when neither $VISUAL nor $EDITOR is set
    pager = "less -R"                      # for long output on a terminal
    agent_timeout = "30m"                  # unlock --timeout
    editor_disk = "ask"                    # no memory-backed storage: ask, allow or refuse

What wins, first match: the command-line flag, then notes-vault's own
environment variable (``NOTES_VAULT_DIR``, ``NOTES_VAULT_EDITOR``,
``NOTES_VAULT_PAGER``, ``NOTES_VAULT_AGENT_TIMEOUT``), then this file, then the
general variables every program reads (``$VISUAL`` before ``$EDITOR``;
``$PAGER``), then the built-in default. So the file can choose an editor or pager
for notes-vault alone (as git's core.editor does) without changing the others. The
file holds no secrets and must not: passphrases never live in a file in plain
text (use ``NOTES_VAULT_PASSCOMMAND`` or a key file).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from notes_vault.errors import UsageError

APP_NAME = "notes-vault"
CONFIG_ENV = "NOTES_VAULT_CONFIG"
TEMPLATES = ("soap", "dap", "birp", "free")

# key: (what it is, the variable that overrides the file, the general variables the file
# overrides (first set wins), the built-in default)
KEYS: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "vault": ("vault folder", "NOTES_VAULT_DIR", (), "the user data folder"),
    "template": ("note add --template", "", (), "free"),
    "editor": ("editor for notes", "NOTES_VAULT_EDITOR", ("VISUAL", "EDITOR"), "nano or vi"),
    "pager": ("pager for long output", "NOTES_VAULT_PAGER", ("PAGER",), "less -FRX"),
    "agent_timeout": ("unlock agent idle timeout", "NOTES_VAULT_AGENT_TIMEOUT", (), "15m"),
    "editor_disk": ("editor file on disk (macOS)", "", (), "ask"),
}
EDITOR_DISK = ("ask", "allow", "refuse")


@dataclass(frozen=True)
class Config:
    """What the config file says (None: not set there)."""

    path: Path
    exists: bool
    values: dict[str, str] = field(default_factory=dict)

    def get(self, key: str) -> str | None:
        """The file's value for `key`, or None."""
        return self.values.get(key)


def config_path() -> Path:
    """Where the config file is: NOTES_VAULT_CONFIG, else the user config folder."""
    given = os.environ.get(CONFIG_ENV)
    if given:
        return Path(given).expanduser()
    from platformdirs import user_config_path  # noqa: PLC0415 - loaded only when needed

    return user_config_path(APP_NAME) / "config.toml"


def load(path: Path | None = None) -> Config:
    """The config file, checked; a missing file is an empty config, a bad one a UsageError."""
    where = path or config_path()
    try:
        raw = where.read_bytes()
    except FileNotFoundError:
        return Config(where, exists=False)
    except OSError as exc:
        raise UsageError(f"cannot read the config file {where}: {exc.strerror}") from None
    import tomllib  # noqa: PLC0415 - parsed only when the file exists

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise UsageError(f"the config file {where} is not valid TOML: {exc}") from None
    return Config(where, exists=True, values=_checked(where, data))


def _checked(where: Path, data: dict[str, Any]) -> dict[str, str]:
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise UsageError(f"unknown key {unknown[0]!r} in {where}; the keys are: {' '.join(KEYS)}")
    values: dict[str, str] = {}
    for key, value in data.items():
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{key} in {where} must be a non-empty string")
        values[key] = value.strip()
    if values.get("editor_disk", "ask").lower() not in EDITOR_DISK:
        raise UsageError(f"editor_disk in {where} must be one of: {' '.join(EDITOR_DISK)}")
    template = values.get("template")
    if template is not None and template.lower() not in TEMPLATES:
        raise UsageError(f"template in {where} must be one of: {' '.join(TEMPLATES)}")
    return values


def resolve(config: Config, key: str, flag: str | None = None) -> tuple[str | None, str]:
    """`key`'s value in force and where it came from (flag, $VARIABLE, file, default);
    the value is None where the default is not a plain value (it is described in KEYS)."""
    _what, override, general, _default = KEYS[key]
    if flag:
        return flag, "flag"
    if override and os.environ.get(override):
        return os.environ[override], f"${override}"
    if config.get(key) is not None:
        return config.get(key), "file"
    for name in general:
        if os.environ.get(name):
            return os.environ[name], f"${name}"
    return None, "default"


def effective(config: Config, flags: dict[str, str | None]) -> list[tuple[str, str, str]]:
    """Each key's value in force and where it came from, for `config show`."""
    rows = []
    for key, (_what, _override, _general, default) in KEYS.items():
        value, source = resolve(config, key, flags.get(key))
        rows.append((key, default if value is None else value, source))
    return rows
