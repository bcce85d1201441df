"""How a command gets its key: the sources in order, first match wins, then the prompt."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from notes_vault.cli.unlock import NO_TERMINAL
from tests.conftest import BIN, PASSPHRASE, Cli, on_pty

WRONG = "not the passphrase at all"


@pytest.fixture
def sources(
    vault_dir: Path, cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    """Every kind of key source, each in a right and a wrong version; none set in the env yet."""
    good_key, bad_key = tmp_path / "good.key", tmp_path / "bad.key"
    assert cli("keyfile", "add", str(good_key)).code == 0
    bad_key.write_text("notes-vault-keyfile-v1\n" + "A" * 43 + "=\n")
    bad_key.chmod(0o600)
    good_file, bad_file = tmp_path / "good.pass", tmp_path / "bad.pass"
    good_file.write_text(PASSPHRASE + "\n")
    bad_file.write_text(WRONG + "\n")
    for f in (good_file, bad_file):
        f.chmod(0o600)
    monkeypatch.delenv("NOTES_VAULT_PASSPHRASE")
    echo = f"{shlex.quote(sys.executable)} -c 'import sys; print(sys.argv[1])'"
    return {
        "good_key": str(good_key),
        "bad_key": str(bad_key),
        "good_command": f"{echo} {shlex.quote(PASSPHRASE)}",
        "bad_command": f"{echo} {shlex.quote(WRONG)}",
        "good_file": str(good_file),
        "bad_file": str(bad_file),
    }


def _status(cli: Cli, *args: str, **env: str) -> int:
    return cli(*args, "status", env=env).code


def test_each_source_alone_unlocks(sources: dict[str, str], cli: Cli) -> None:
    """--keyfile, NOTES_VAULT_KEYFILE, PASSCOMMAND, PASSPHRASE_FILE and PASSPHRASE each work."""
    assert _status(cli, "--keyfile", sources["good_key"]) == 0
    assert _status(cli, NOTES_VAULT_KEYFILE=sources["good_key"]) == 0
    assert _status(cli, NOTES_VAULT_PASSCOMMAND=sources["good_command"]) == 0
    assert _status(cli, NOTES_VAULT_PASSPHRASE_FILE=sources["good_file"]) == 0
    assert _status(cli, NOTES_VAULT_PASSPHRASE=PASSPHRASE) == 0


def test_each_source_alone_can_fail(sources: dict[str, str], cli: Cli) -> None:
    """The wrong version of each source is exit 3 (so the order tests below mean something)."""
    assert _status(cli, "--keyfile", sources["bad_key"]) == 3
    assert _status(cli, NOTES_VAULT_KEYFILE=sources["bad_key"]) == 3
    assert _status(cli, NOTES_VAULT_PASSCOMMAND=sources["bad_command"]) == 3
    assert _status(cli, NOTES_VAULT_PASSPHRASE_FILE=sources["bad_file"]) == 3
    assert _status(cli, NOTES_VAULT_PASSPHRASE=WRONG) == 3


def test_keyfile_option_beats_keyfile_variable(sources: dict[str, str], cli: Cli) -> None:
    """--keyfile is used, not NOTES_VAULT_KEYFILE, whichever of the two is wrong."""
    assert (
        _status(cli, "--keyfile", sources["good_key"], NOTES_VAULT_KEYFILE=sources["bad_key"]) == 0
    )
    assert (
        _status(cli, "--keyfile", sources["bad_key"], NOTES_VAULT_KEYFILE=sources["good_key"]) == 3
    )


def test_keyfile_beats_passcommand(sources: dict[str, str], cli: Cli) -> None:
    """A key file wins over NOTES_VAULT_PASSCOMMAND, and a wrong one does not fall through."""
    assert (
        _status(
            cli,
            NOTES_VAULT_KEYFILE=sources["good_key"],
            NOTES_VAULT_PASSCOMMAND=sources["bad_command"],
        )
        == 0
    )
    assert (
        _status(
            cli,
            NOTES_VAULT_KEYFILE=sources["bad_key"],
            NOTES_VAULT_PASSCOMMAND=sources["good_command"],
        )
        == 3
    )


def test_passcommand_beats_passphrase_file(sources: dict[str, str], cli: Cli) -> None:
    """NOTES_VAULT_PASSCOMMAND wins over NOTES_VAULT_PASSPHRASE_FILE."""
    assert (
        _status(
            cli,
            NOTES_VAULT_PASSCOMMAND=sources["good_command"],
            NOTES_VAULT_PASSPHRASE_FILE=sources["bad_file"],
        )
        == 0
    )
    assert (
        _status(
            cli,
            NOTES_VAULT_PASSCOMMAND=sources["bad_command"],
            NOTES_VAULT_PASSPHRASE_FILE=sources["good_file"],
        )
        == 3
    )


def test_passphrase_file_beats_passphrase(sources: dict[str, str], cli: Cli) -> None:
    """NOTES_VAULT_PASSPHRASE_FILE wins over NOTES_VAULT_PASSPHRASE."""
    assert (
        _status(cli, NOTES_VAULT_PASSPHRASE_FILE=sources["good_file"], NOTES_VAULT_PASSPHRASE=WRONG)
        == 0
    )
    assert (
        _status(
            cli, NOTES_VAULT_PASSPHRASE_FILE=sources["bad_file"], NOTES_VAULT_PASSPHRASE=PASSPHRASE
        )
        == 3
    )


@pytest.mark.parametrize(
    ("command", "message"),
    [
        ("false", "failed (exit 1)"),
        ("true", "printed no passphrase"),
        ("/nonexistent/helper", "could not be run"),
        ("'unbalanced", "could not be run"),
    ],
)
def test_broken_passcommand_is_exit_3(
    sources: dict[str, str], cli: Cli, command: str, message: str
) -> None:
    """A passcommand that fails, prints nothing or cannot run is exit 3 with a plain reason."""
    result = cli("status", env={"NOTES_VAULT_PASSCOMMAND": command})
    assert result.code == 3
    assert message in result.err


def test_passphrase_file_must_be_private(sources: dict[str, str], cli: Cli) -> None:
    """A passphrase file readable by others is refused (exit 3), like a key file."""
    Path(sources["good_file"]).chmod(0o644)
    result = cli("status", env={"NOTES_VAULT_PASSPHRASE_FILE": sources["good_file"]})
    assert result.code == 3
    assert "readable by other users" in result.err


def test_no_source_no_terminal_in_process(vault_dir: Path, cli: Cli, no_tty: None) -> None:
    """With no source configured and no terminal, exit 3 names the ways to give a key."""
    result = cli("status", env={"NOTES_VAULT_PASSPHRASE": ""})
    assert (result.code, result.err) == (3, f"notes-vault: {NO_TERMINAL}\n")


def _env(vault_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOTES_VAULT_")}
    env["NOTES_VAULT_DIR"] = str(vault_dir)
    return env


def test_no_terminal_in_a_new_session(vault_dir: Path) -> None:
    """The real program, detached from any terminal, exits 3 with the clear message."""
    done = subprocess.run(
        [str(BIN), "status"],
        env=_env(vault_dir),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        start_new_session=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr == f"notes-vault: {NO_TERMINAL}\n"


def test_prompt_three_tries_on_a_terminal(vault_dir: Path) -> None:
    """On a terminal, two wrong passphrases are forgiven and the third, right one opens."""
    code, transcript = on_pty(["status"], _env(vault_dir), [WRONG, WRONG + "!", PASSPHRASE])
    assert code == 0, transcript
    assert transcript.count("Passphrase:") == 3
    assert transcript.count("Wrong passphrase, try again.") == 2
    assert "Key slots" in transcript
    assert PASSPHRASE not in transcript  # the prompt does not echo


def test_prompt_gives_up_after_three_wrong(vault_dir: Path) -> None:
    """Three wrong passphrases at the prompt are exit 3."""
    code, transcript = on_pty(["status"], _env(vault_dir), [WRONG, WRONG, WRONG])
    assert code == 3, transcript
    assert transcript.count("Passphrase:") == 3
    assert "notes-vault: wrong passphrase" in transcript


def test_passwd_prompts_twice_and_checks_they_match(vault_dir: Path) -> None:
    """passwd on a terminal asks for the new passphrase twice, again when the two differ, and
    after three differing pairs changes nothing (exit 2)."""
    env = {**_env(vault_dir), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    header = (vault_dir / "vault.header").read_bytes()
    answers = [f"{word} new phrase" for word in ("a1", "b1", "a2", "b2", "a3", "b3")]
    code, transcript = on_pty(["passwd"], env, answers)
    assert code == 2, transcript
    assert transcript.count("differ") == 3
    assert (vault_dir / "vault.header").read_bytes() == header
    code, transcript = on_pty(["passwd"], env, ["same new phrase", "same new phrase"])
    assert code == 0, transcript
    env["NOTES_VAULT_PASSPHRASE"] = "same new phrase"
    assert (
        subprocess.run([str(BIN), "status"], env=env, capture_output=True, check=False).returncode
        == 0
    )


def test_new_passphrase_is_asked_again_when_short_or_weak(vault_dir: Path) -> None:
    """A short, then a top-ten passphrase are refused with a reason and asked again."""
    env = {**_env(vault_dir), "NOTES_VAULT_PASSPHRASE": PASSPHRASE}
    answers = [
        "short",
        "short",
        "password123",
        "password123",
        "plum tree at dusk",
        "plum tree at dusk",
    ]
    code, transcript = on_pty(["passwd"], env, answers)
    assert code == 0, transcript
    assert "at least 8 characters; try again" in transcript
    assert "easiest to guess" in transcript
    assert "password123" not in transcript  # hidden prompts, and never in a message


def test_weakest_passphrase_from_the_environment_is_refused(tmp_path: Path) -> None:
    """`init` with a top-ten passphrase in the environment is exit 2 and makes no vault."""
    env = {**_env(tmp_path / "v"), "NOTES_VAULT_PASSPHRASE": "12345678"}
    done = subprocess.run(
        [str(BIN), "init", "--kdf-memory", "8", "--kdf-iterations", "1", "--kdf-parallelism", "1"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "easiest to guess" in done.stderr
    assert not (tmp_path / "v").exists()
