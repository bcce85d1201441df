"""The error hierarchy and the one place where errors become exit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from notes_vault import errors
from notes_vault.records import ids
from tests.conftest import PASSPHRASE, Cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "exit-codes.md"
SUBCLASSES = [
    errors.UnexpectedError,
    errors.UsageError,
    errors.BadKey,
    errors.NotFound,
    errors.NoVault,
    errors.Damaged,
    errors.Refused,
    errors.IdentifierLeft,
]


def _documented_codes() -> dict[int, str]:
    rows = re.findall(r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|", DOC.read_text(), re.MULTILINE)
    return {int(code): meaning for code, meaning in rows}


def test_every_error_class_has_docstring_and_documented_code() -> None:
    """Each VaultError subclass has a docstring and an exit code listed in EXIT_CODES."""
    found = {cls for cls in vars(errors).values() if isinstance(cls, type)}
    assert {c for c in found if issubclass(c, errors.VaultError)} - {errors.VaultError} == set(
        SUBCLASSES
    )
    for cls in SUBCLASSES:
        assert cls.__doc__, cls
        assert cls.exit_code in errors.EXIT_CODES
    assert sorted(c.exit_code for c in SUBCLASSES) == list(range(1, 9))


def test_exit_codes_match_docs() -> None:
    """docs/exit-codes.md lists exactly the codes and meanings of errors.EXIT_CODES."""
    assert _documented_codes() == errors.EXIT_CODES


def test_not_found_from_ids_is_exit_4() -> None:
    """A malformed or wrong-kind id is NotFound (exit 4) and does not echo a name."""
    with pytest.raises(errors.NotFound) as info:
        ids.parse_id("C", "Jane Doe")
    assert info.value.exit_code == 4
    assert "Jane" not in str(info.value)
    with pytest.raises(errors.NotFound):
        ids.parse_id("C", "N0003")
    assert ids.parse_id("C", "c0007") == 7


@pytest.fixture
def tiny_app(monkeypatch: pytest.MonkeyPatch) -> None:
    """Swap in a tiny Typer app whose `raise CODE` command raises that code's error class."""
    app = typer.Typer()
    by_code = {cls.exit_code: cls for cls in SUBCLASSES}

    @app.callback()
    def main(debug: bool = False) -> None:
        """Accept the global --debug like the real app does."""

    @app.command("raise")
    def raise_code(code: int) -> None:
        """Raise the VaultError subclass with this exit code."""
        raise by_code[code](f"problem number {code}\nsecond line never shown")

    @app.command("crash")
    def crash() -> None:
        """Fail with an exception that is not a VaultError."""
        secret = "hunter2-in-a-local"
        raise RuntimeError("internal detail " + secret)

    @app.command("interrupt")
    def interrupt() -> None:
        """Behave as if Ctrl-C was pressed."""
        raise KeyboardInterrupt

    monkeypatch.setattr("notes_vault.cli.app.app", app)


@pytest.mark.parametrize("code", range(1, 9))
def test_each_error_maps_to_its_code_and_one_line(tiny_app: None, cli: Cli, code: int) -> None:
    """The entry point turns each error class into its exit code and one stderr line."""
    result = cli("raise", str(code))
    assert result.code == code
    assert result.err == f"notes-vault: problem number {code}\n"
    assert result.out == ""


def test_unexpected_exception_is_exit_1_without_traceback(tiny_app: None, cli: Cli) -> None:
    """A non-VaultError is exit 1, one line naming only its type: no message, no locals."""
    result = cli("crash")
    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "RuntimeError" in result.err
    assert "Traceback" not in result.err
    assert "hunter2" not in result.err


def test_debug_shows_the_traceback(tiny_app: None, cli: Cli) -> None:
    """With --debug (anywhere on the line) the traceback is shown, then the one line."""
    result = cli("crash", "--debug")
    assert result.code == 1
    assert "Traceback" in result.err
    assert result.err.rstrip().endswith("rerun with --debug for details")


def test_interrupt_is_130_with_a_message(tiny_app: None, cli: Cli) -> None:
    """Ctrl-C exits 130 (the shell convention) with one line, not silently."""
    result = cli("interrupt")
    assert result.code == 130
    assert result.err == "notes-vault: interrupted; nothing more was done\n"


def test_usage_errors_are_exit_2(cli: Cli) -> None:
    """Unknown options, unknown commands and bad dates are exit 2 with one line."""
    for args in (["status", "--bogus"], ["bogus"], ["audit", "list", "--since", "xyz"]):
        result = cli(*args)
        assert result.code == 2, args
        assert result.err.startswith("notes-vault: "), args
        assert result.err.count("\n") == 1, args


def test_codes_through_the_real_cli(made_vault: object, cli: Cli, tmp_path: Path) -> None:
    """0, 3, 5 and 6 come out of real commands, each with a single stderr line."""
    assert cli("status").code == 0
    wrong = cli("status", env={"NOTES_VAULT_PASSPHRASE": PASSPHRASE + "x"})
    assert (wrong.code, wrong.err) == (3, "notes-vault: wrong passphrase\n")
    again = cli("init")
    assert again.code == 5
    assert "already exists" in again.err
    nowhere = cli("--vault", str(tmp_path / "nowhere"), "status")
    assert nowhere.code == 5
    assert "no vault" in nowhere.err
    header = tmp_path / "vault" / "vault.header"
    header.write_bytes(header.read_bytes().replace(b'"version": 1', b'"version": 2'))
    damaged = cli("status")
    assert damaged.code == 6
    assert damaged.err.count("\n") == 1
    assert "Traceback" not in damaged.err
