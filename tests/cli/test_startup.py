"""Start-up stays lazy: --version and --help import no crypto, database or table code."""

from __future__ import annotations

import subprocess
import sys

import pytest

from notes_vault import __version__
from tests.conftest import BIN, Cli, MadeVault

HEAVY = ("sqlcipher3", "argon2", "cryptography", "platformdirs")
# Every package the installed dependencies bring (pip's closure of pyproject's list).
DEPENDENCIES = {
    *HEAVY,
    "typer",
    "shellingham",
    "annotated_doc",
    "rich",
    "markdown_it",
    "mdurl",
    "pygments",
    "pydantic",
    "pydantic_core",
    "annotated_types",
    "typing_extensions",
    "typing_inspection",
    "cffi",
    "_cffi_backend",
    "argon2_cffi_bindings",
    "_argon2_cffi_bindings",
}
# The whole application start-up for help: the entry point, the command table, options.
HELP_MODULES = {
    "notes_vault",
    "notes_vault.cli",
    "notes_vault.cli.main",
    "notes_vault.cli.app",
    "notes_vault.cli.helpstyle",
    "notes_vault.cli.state",
    "notes_vault.errors",
    # Core dumps go off at start-up, before any argument is read (docs/security.md).
    "notes_vault.store",
    "notes_vault.store.hardening",
}
# A command's help loads its own module and the CLI helpers, nothing below the CLI.
NOTE_HELP_MODULES = HELP_MODULES | {
    "notes_vault.cli.commands",
    "notes_vault.cli.checks",
    "notes_vault.cli.commands.note",
    "notes_vault.cli.lazy_group",
    "notes_vault.cli.listing",
    "notes_vault.cli.params",
    "notes_vault.cli.render",
    "notes_vault.cli.session",
}


def _modules(*args: str) -> tuple[set[str], str]:
    """Every module imported by `python -m notes_vault ARGS` (full dotted names), and stdout."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "notes_vault", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {
        line.rsplit("|", 1)[-1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "notes_vault.cli.main" in names, "importtime output was not parsed"
    return names, done.stdout


@pytest.mark.parametrize(
    ("args", "ours", "theirs"),
    [
        (["--version"], {"notes_vault", "notes_vault.cli", "notes_vault.cli.main"}, set()),
        (["--help"], HELP_MODULES, {"typer", "shellingham", "annotated_doc"}),
        (["note", "--help"], NOTE_HELP_MODULES, {"typer", "shellingham", "annotated_doc"}),
        (["note", "list", "--help"], NOTE_HELP_MODULES, {"typer", "shellingham", "annotated_doc"}),
    ],
)
def test_start_up_imports_are_pinned(args: list[str], ours: set[str], theirs: set[str]) -> None:
    """--version and --help import exactly these project modules and dependency packages:
    no rich (help is plain), no pydantic (typer is pinned below 0.29), no crypto or database."""
    names, out = _modules(*args)
    assert out.strip()
    assert {n for n in names if n.startswith("notes_vault")} == ours
    assert {n.split(".")[0] for n in names} & DEPENDENCIES == theirs


def _imported(*args: str) -> tuple[set[str], str]:
    """Top-level packages imported by `python -m notes_vault ARGS`, and its stdout."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "notes_vault", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {
        line.rsplit("|", 1)[-1].strip().split(".")[0]
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "notes_vault" in names, "importtime output was not parsed"
    return names, done.stdout


def test_version_imports_nothing_heavy() -> None:
    """`--version` prints the version without importing SQLCipher, Argon2, cryptography or rich."""
    names, out = _imported("--version")
    assert out == f"notes-vault {__version__}\n"
    assert names.isdisjoint({*HEAVY, "rich"}), sorted(names & {*HEAVY, "rich"})


@pytest.mark.parametrize("args", [["--help"], ["status", "--help"], ["audit", "--help"]])
def test_help_imports_no_crypto_or_database(args: list[str]) -> None:
    """`--help` (Typer renders it with rich) imports no SQLCipher, Argon2 or cryptography."""
    names, out = _imported(*args)
    assert "Usage" in out
    assert names.isdisjoint(HEAVY), sorted(names & set(HEAVY))


def test_console_script_runs() -> None:
    """The installed `notes-vault` script is the entry point and exits 0 for --version."""
    done = subprocess.run([str(BIN), "--version"], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, f"notes-vault {__version__}\n")


def test_vault_commands_import_no_rich_or_deid(made_vault: MadeVault, cli: Cli) -> None:
    """Listing, showing and searching notes load no rich and no de-identification engine:
    they write plain text, so they pay only for the database, the keys and the CLI."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    assert cli("note", "add", "C0001", "--file", "-", stdin="sleep better").code == 0
    for args in (["note", "list"], ["note", "show", "N0001"], ["search", "sleep"],
                 ["client", "list"], ["audit", "list"]):  # fmt: skip
        names, out = _imported(*args)
        assert out.strip(), args
        assert "sqlcipher3" in names, args
        assert names.isdisjoint({"rich", "pydantic", "markdown_it"}), (args, names)
        assert not any(n.startswith("notes_vault.deid") for n in _modules(*args)[0]), args


def test_key_file_unlock_imports_no_cryptography(made_vault: MadeVault, cli: Cli) -> None:
    """A command unlocked by a key file opens its slot through the libcrypto hashlib already
    loaded: the `cryptography` package (about 10 ms of start-up) is not imported."""
    from notes_vault.store import aead  # noqa: PLC0415

    if not aead.uses_libcrypto():
        pytest.skip("no libcrypto found here: the cryptography fallback is used")
    key = made_vault.path.parent / "vault.key"
    assert cli("keyfile", "add", str(key)).code == 0
    assert cli("client", "add", "--name", "Ann Example").code == 0
    for args in (["note", "list"], ["client", "list"]):
        names, _out = _imported("--keyfile", str(key), *args)
        assert "sqlcipher3" in names, args
        assert "cryptography" not in names, args


def test_group_builds_only_the_subcommand_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """A command group converts a subcommand from its function only when it is asked for:
    its help lists every subcommand and builds none, running `note show` builds `show`
    alone, and asking for all of them gets them all, in order, each built once."""
    import typer  # noqa: PLC0415

    from notes_vault.cli import app  # noqa: PLC0415

    built: list[str] = []
    real = typer.main.get_command_from_info

    def counting(info: typer.models.CommandInfo, **kwargs: object) -> object:
        built.append(str(info.name))
        return real(info, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(typer.main, "get_command_from_info", counting)
    group = app.load_command("note")
    listed = group.get_help(typer.Context(group, info_name="note"))
    assert "recover-draft" in listed
    assert "Show a note's text" in listed
    assert built == []
    assert "show" in group.commands
    assert "nothing" not in group.commands
    assert group.commands["show"].name == "show"
    assert built == ["show"]
    names = list(group.commands)
    assert names[:3] == ["add", "list", "show"]
    assert [command.name for command in group.commands.values()] == names
    assert sorted(built) == sorted(names)  # each built once
