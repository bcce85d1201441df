"""Help that reads like a manual: option values by meaning (TEXT, DATE, N), choices spelled
out, flags without a type, instead of Python's `<str>`, `<bool>`, `<list[str]>`."""

from __future__ import annotations

from typing import Any

SHORT_CHOICES = 20  # longer choice lists go into the help text
# Help is formatted plainly (click's formatter), not by Typer's rich formatter:
# that one imports rich's markdown, table and panel code (about 40 ms, as much as
# Typer itself) for every --help, and the help reads the same without boxes.
PLAIN_HELP = None

# Typer's label for a parameter's Python type -> what help shows for its value.
LABELS = {
    "<str>": "TEXT",
    "<list[str]>": "TEXT",
    "<int>": "N",
    "<date>": "DATE",
    "<path>": "PATH",
    "<file>": "FILE",
    "<directory>": "DIR",
    "<float>": "NUMBER",
}


def tidy(command: Any) -> Any:
    """`command` (and its subcommands) with plain value labels in help; returns it."""
    for param in getattr(command, "params", ()):
        tidy_param(param)
    made_help = command.get_help_option

    def help_option(ctx: Any) -> Any:
        option = made_help(ctx)
        if option is not None:
            tidy_param(option)
        return option

    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        tidy(sub)
    return command


def tidy_param(param: Any) -> None:
    """Give one parameter a plain value label (see the module docstring)."""
    if getattr(param, "param_type_name", "") == "argument":
        # The argument's name already says what it is; the type column adds only noise.
        param.display_type_rich = lambda ctx: None  # noqa: ARG005 - Typer's signature
        return
    if param.metavar is not None:
        return
    if getattr(param, "is_flag", False):
        param.metavar = ""
        return
    try:
        label = param.display_type(None)
    except AttributeError:  # Typer 0.28: no display_type; read the label off the type
        label = _type_label(param.type)
    except Exception:  # noqa: BLE001 - a label we cannot compute is left as Typer made it
        return
    if label in LABELS:
        param.metavar = LABELS[label]
    elif label.startswith("<") and "|" in label:
        choices = label[1:-1].split("|")
        if len(label) <= SHORT_CHOICES:
            param.metavar = "[" + "|".join(choices) + "]"
        else:
            # A long list would be folded mid-word in the narrow type column: spelled out
            # in the help text instead, where it wraps between words.
            param.metavar = "CHOICE"
            param.help = f"{param.help or ''} One of: {', '.join(choices)}.".strip()


# Typer 0.28's type names, as Typer 0.29 labels them (LABELS then makes them plain words).
_TYPE_NAMES = {"text": "<str>", "integer": "<int>", "float": "<float>", "path": "<path>"}


def _type_label(kind: Any) -> str:
    """The value label a parameter type would show: "<str>", "<a|b|c>", "<date>"."""
    choices = getattr(kind, "choices", None)
    if choices:
        return "<" + "|".join(str(getattr(c, "value", c)) for c in choices) + ">"
    name = str(getattr(kind, "name", ""))
    return _TYPE_NAMES.get(name, f"<{name}>")


def stand_in(name: str, line: str | None, *, hidden: bool = False, deprecated: bool = False) -> Any:
    """A light stand-in for a command in help listings: its name and first help line.

    Listing a group's commands this way builds none of them (Typer reads every
    parameter's type hints to build one).
    """
    import typer.core  # noqa: PLC0415 - loaded already by whoever lists commands

    return typer.core.TyperCommand(
        name, help=line, short_help=line, hidden=hidden, deprecated=deprecated
    )
