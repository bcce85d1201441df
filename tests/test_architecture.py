"""The package's layers hold: imports point down, no cycles, no imports by string, small units."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "notes_vault"
# Higher layers may import lower ones (and their own); never the other way.
RANK = {"errors": 0, "store": 1, "records": 2, "exports": 3, "retention": 4, "cli": 5}
DEID_USERS = {"deid", "exports", "retention"}  # the engine stands beside the layers
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
# A unit may be longer with its reason written here, where a reviewer sees it.
LONG = {
    "notes_vault/deid/lexicon.py": "word lists and cue tables, data more than code",
    "notes_vault/cli/commands/disclosure.py:disclose": "a Typer command whose options are its "
    "parameters: each option is several lines of declaration",
    "notes_vault/cli/commands/supervision.py:supervision_export": "same: options as parameters",
    "notes_vault/cli/app.py:main": "the global options callback: each option is its parameter",
}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> Iterator[str]:
    """Every notes_vault module that `name` imports, at any depth of the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{base}.{node.module}" if node.module else base
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        yield from (t for t in targets if t in MODULES)


GRAPH = {name: sorted(set(_imports(name, path)) - {name}) for name, path in MODULES.items()}


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def test_imports_point_down() -> None:
    """No module imports from a higher layer; the de-id engine is used only beside exports."""
    wrong = []
    for module, targets in GRAPH.items():
        here = _layer(module)
        for target in targets:
            there = _layer(target)
            if there == "deid" or here == "deid":
                ok = here in DEID_USERS if there == "deid" else there in {None, "deid"}
            elif here in RANK and there in RANK:
                ok = RANK[there] <= RANK[here]
            else:
                ok = there is None or here in {None, "__main__"}
            if not ok:
                wrong.append(f"{module} -> {target}")
    assert not wrong


def test_no_import_cycles() -> None:
    """Following imports (top-level or inside functions) never leads back to the start."""
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in GRAPH[node]:
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for module in GRAPH:
        if module not in state:
            visit(module, [module])
    # A package imports its own submodules for its face; that is not a cycle of layers.
    real = [c for c in cycles if not all(p.startswith(c.split(" -> ")[0]) for p in c.split(" -> "))]
    assert not real


# Build scripts run by hand, never by the product, with the reason they load by name.
BY_NAME = {
    "notes_vault/deid/data/make_gazetteers.py": "rebuilds the data from Faker's per-locale "
    "providers, which exist only as module names",
}


def test_no_imports_by_string() -> None:
    """Nothing is loaded by a name in a string, where readers and tools cannot follow it."""
    found = [
        str(path.relative_to(PACKAGE.parent))
        for path in MODULES.values()
        if "import_module(" in path.read_text(encoding="utf-8")
        or "__import__(" in path.read_text(encoding="utf-8")
    ]
    assert sorted(set(found) - set(BY_NAME)) == []


def _units() -> Iterator[tuple[str, int, int]]:
    for path in sorted(MODULES.values()):
        where = str(path.relative_to(PACKAGE.parent))
        text = path.read_text(encoding="utf-8")
        yield where, len(text.splitlines()), MAX_MODULE_LINES
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                yield f"{where}:{node.name}", size, MAX_FUNCTION_LINES


@pytest.mark.parametrize(("unit", "size", "limit"), [u for u in _units() if u[1] > u[2]])
def test_long_units_have_a_reason(unit: str, size: int, limit: int) -> None:
    """A module over 400 lines or a function over 60 has its reason in LONG."""
    assert unit in LONG, f"{unit} has {size} lines (limit {limit}) and no reason in LONG"


def test_every_package_says_what_lives_there() -> None:
    """Each package's __init__.py opens with a one-sentence docstring."""
    silent = [
        str(init.relative_to(PACKAGE.parent))
        for init in PACKAGE.rglob("__init__.py")
        if not (ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or "").strip()
    ]
    assert not silent
