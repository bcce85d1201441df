"""The console entry point: the one place where errors become exit codes."""

from __future__ import annotations

import sys

FLAGS_ANYWHERE = ("--json", "--jsonl", "--no-pager", "--no-agent", "--debug")
# Global options that take a value, also accepted after the command (`note list --vault D`).
VALUED_ANYWHERE = ("--vault", "--keyfile")
INTERRUPTED = 130  # Ctrl-C: the shell convention 128 + SIGINT


def _hoist_global_flags(argv: list[str]) -> list[str]:
    """Let the global options be given after the command too (`client list --json`,
    `note list --vault DIR`, `--keyfile=PATH`): they are moved in front of it.

    A valued option with nothing after it stays where it is, so that Typer reports it
    rather than taking the command's name as its value; `--` ends the options.
    """
    head: list[str] = []
    flags: list[str] = []
    rest: list[str] = []
    position = 0
    while position < len(argv):
        arg = argv[position]
        if arg == "--":
            rest.extend(argv[position:])
            break
        if arg in FLAGS_ANYWHERE:
            flags.append(arg)
        elif arg in VALUED_ANYWHERE and position + 1 < len(argv):
            head.extend(argv[position : position + 2])
            position += 1
        elif arg.split("=", 1)[0] in VALUED_ANYWHERE and "=" in arg:
            head.append(arg)
        else:
            rest.append(arg)
        position += 1
    return list(dict.fromkeys(flags)) + head + rest


def run(argv: list[str] | None = None) -> None:
    """Run the CLI and exit with the documented code; tracebacks only with --debug."""
    args = _hoist_global_flags(list(sys.argv[1:] if argv is None else argv))
    if args == ["--version"]:
        # Answered before Typer and the command modules are imported: scripts
        # and shell prompts call this often.
        from notes_vault import __version__  # noqa: PLC0415

        sys.stdout.write(f"notes-vault {__version__}\n")
        sys.exit(0)
    debug = "--debug" in args
    _freeze_start_up()
    _harden()
    sys.exit(_run(args, debug=debug))


def _freeze_start_up() -> None:
    """Move every object made so far into the garbage collector's permanent generation.

    They are the interpreter's, Typer's and the command table's, alive until the
    process ends anyway; but each full collection while the command's modules load
    would walk them all again. Frozen, they are skipped: called here and once Typer
    is loaded, `note show` executes 6% fewer instructions (valgrind). Everything
    made afterwards is collected as before.
    """
    import gc  # noqa: PLC0415 - a built-in module, free to import

    gc.freeze()


def _harden() -> None:
    """Core dumps off and the process not dumpable, once, before any command runs.

    Every command but `--version` may come to hold a passphrase or the data key
    (`verify BACKUP` and `restore --dry-run` unlock a backup without opening the
    vault), so this is done here, for all of them, rather than where a key is
    first used. It costs about 2 ms (ctypes).
    """
    from notes_vault.store.hardening import disable_core_dumps  # noqa: PLC0415

    disable_core_dumps()


def _run(args: list[str], *, debug: bool) -> int:  # noqa: PLR0911 - one return per error kind, by design
    import typer  # noqa: PLC0415 - imported here, after argv handling, for start-up time

    from notes_vault.cli.app import app  # noqa: PLC0415
    from notes_vault.errors import VaultError  # noqa: PLC0415

    _freeze_start_up()
    try:
        result = app(args=args, prog_name="notes-vault", standalone_mode=False)
    except VaultError as exc:
        _fail(str(exc), debug=debug)
        return exc.exit_code
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        _fail("interrupted; nothing more was done", debug=False)
        return 1
    except typer.TyperException as exc:
        # Typer's own usage errors (unknown option, bad value, missing argument).
        if getattr(exc, "exit_code", 2) == 0:
            return 0
        text = _choice_message(exc) or exc.format_message()
        if text:  # empty when Typer has just shown the help for a bare command
            _fail(f"{text} (see --help)", debug=False)
        return 2
    except KeyboardInterrupt:
        _fail("interrupted; nothing more was done", debug=False)
        return INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, no locals
        _fail(
            f"unexpected error ({type(exc).__name__}); rerun with --debug for details", debug=debug
        )
        return 1
    if result == INTERRUPTED:
        # Typer turns Ctrl-C into Exit(130) itself, so it arrives here as a result.
        _fail("interrupted; nothing more was done", debug=False)
    return int(result) if isinstance(result, int) else 0


def _choice_message(exc: Exception) -> str | None:
    """For a value outside an option's choices, the message without the value: a private
    value typed in the wrong place must not reach stderr (Typer's own message quotes it)."""
    param = getattr(exc, "param", None)
    # Typer 0.28 keeps the choices on the parameter's type, 0.29 on a type descriptor.
    descriptor = getattr(param, "type_descriptor", None)
    if not getattr(descriptor, "is_choice", False):
        descriptor = getattr(param, "type", None)
    found = getattr(descriptor, "choices", None)
    if param is None or not found:
        return None
    choices = [str(getattr(c, "value", c)) for c in found]
    names = [n for n in getattr(param, "opts", ()) if n.startswith("--")] or [str(param.name)]
    return f"invalid value for {names[0]}; use one of: {' '.join(choices)}"


def _fail(message: str, *, debug: bool) -> None:
    if debug:
        _print_traceback()
    first_line = message.strip().splitlines()[0] if message.strip() else "error"
    sys.stderr.write(f"notes-vault: {first_line}\n")


def _print_traceback() -> None:
    """The current exception's frames (file, line, function, source line) for --debug.

    Never local variables (they hold passphrases and keys), and never the message of
    an exception other than our own errors: a UnicodeError quotes the bytes it could
    not decode (part of a passphrase), a library error may quote data.
    """
    import traceback  # noqa: PLC0415

    from notes_vault.errors import VaultError  # noqa: PLC0415

    exc = sys.exc_info()[1]
    chain: list[BaseException] = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    for exc in reversed(chain):
        text = str(exc) if isinstance(exc, VaultError) else "(message withheld: may hold data)"
        frames = "".join(traceback.format_tb(exc.__traceback__))
        sys.stderr.write(f"Traceback (most recent call last):\n{frames}")
        sys.stderr.write(f"{type(exc).__module__}.{type(exc).__qualname__}: {text}\n")
