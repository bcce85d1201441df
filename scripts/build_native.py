"""Compile the de-identification engine with mypyc, in place (an optional speed-up).

    .venv/bin/python scripts/build_native.py [--root DIR] [--jobs N] [--only MODULE ...]
    .venv/bin/python scripts/build_native.py --clean

The compiled modules (`notes_vault/deid/*.cpython-*.so`, one shim per module and
one shared library, `native__mypyc`) sit beside the .py files, and Python imports
them first. They are gitignored and rebuilt by `make install`. Without them the
engine runs as plain Python with the same output: if the compile fails (no C
compiler, no Python headers), this prints one line and exits 0.
`NOTES_VAULT_PURE=1` makes `make install` skip the compile.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path("notes_vault") / "deid"
# The shared library every compiled module loads: notes_vault/deid/native__mypyc*.so.
GROUP = "notes_vault.deid.native"
# gcc -O level of the compiled modules.
OPT_LEVEL = "3"


def sources(root: Path, only: list[str]) -> list[str]:
    """The modules to compile: every engine module (not the data builders), or `only`.

    Not the package's `__init__`: compiled, its lazy `__getattr__` recursed on import.
    """
    found = sorted(p.relative_to(root) for p in (root / PACKAGE).glob("*.py"))
    found = [p for p in found if p.stem != "__init__"]
    if only:
        found = [p for p in found if p.stem in only]
    return [str(p) for p in found]


def built(root: Path) -> list[Path]:
    """The compiled files in the package folder."""
    return sorted((root / PACKAGE).glob("*.so")) + sorted((root / PACKAGE).glob("*.pyd"))


def clean(root: Path) -> None:
    """Remove the compiled modules and the build folder: the engine runs as plain Python."""
    for path in built(root):
        path.unlink()
    shutil.rmtree(root / "build" / "mypyc", ignore_errors=True)


def parallel_compile(jobs: int) -> None:
    """Let the C compiler build one extension's many sources `jobs` at a time.

    setuptools compiles the sources of one extension one after another; mypyc's
    `multi_file` output is one C file per module, so on more than one core this
    runs them side by side (each is its own gcc process).
    """
    from distutils import ccompiler  # noqa: PLC0415 - setuptools' shim, after setuptools

    def compile_all(  # noqa: PLR0917 - distutils' own signature
        self: Any,
        sources: list[str],
        output_dir: str | None = None,
        macros: Any = None,
        include_dirs: Any = None,
        debug: int = 0,
        extra_preargs: Any = None,
        extra_postargs: Any = None,
        depends: Any = None,
    ) -> list[str]:
        macros, objects, extra, pp_opts, build = self._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs
        )
        cc_args = self._get_cc_args(pp_opts, debug, extra_preargs)

        def one(obj: str) -> None:
            src, ext = build[obj]
            self._compile(obj, src, ext, cc_args, extra, pp_opts)

        with ThreadPoolExecutor(max_workers=jobs) as pool:
            list(pool.map(one, [o for o in objects if o in build]))
        return list(objects)

    ccompiler.CCompiler.compile = compile_all  # type: ignore[method-assign]


def build(root: Path, jobs: int, only: list[str], opt_level: str) -> None:
    """Compile in place; raises on any failure."""
    import setuptools  # noqa: F401, PLC0415 - only when building; before distutils
    from mypyc.build import mypycify  # noqa: PLC0415 - only when building
    from setuptools.dist import Distribution  # noqa: PLC0415 - only when building

    os.chdir(root)
    parallel_compile(jobs)
    extensions = mypycify(
        sources(root, only),
        opt_level=opt_level,
        multi_file=True,
        group_name=GROUP,
        target_dir=str(Path("build") / "mypyc"),
    )
    # mypyc writes a dotted group's headers under its package folder but the per-module
    # C files (multi_file) at the top, which include them by bare name.
    headers = str(Path("build") / "mypyc" / PACKAGE)
    for extension in extensions:
        extension.include_dirs.append(headers)
    # A bare Distribution, not setuptools.setup(): setup() would read this project's
    # pyproject.toml, which is not what is built here.
    dist = Distribution({"name": "notes_vault_deid_native", "ext_modules": extensions})
    dist.script_name = "build_native.py"
    dist.script_args = [
        "--quiet",
        "build_ext",
        "--inplace",
        "--build-temp",
        str(Path("build") / "mypyc" / "temp"),
    ]
    dist.parse_command_line()
    dist.run_commands()


def main() -> int:
    """Build (or clean); on a failed build, clean up, say so in one line, exit 0.

    The build runs in a child whose output (mypyc's notes, the C compiler's) goes to
    build/mypyc/build.log, so `make install` prints one line either way.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--only", nargs="*", default=[], help="module names (default: all)")
    parser.add_argument("--opt-level", default=OPT_LEVEL)
    parser.add_argument("--clean", action="store_true")
    parser.add_argument("--strict", action="store_true", help="exit 1 if the build fails")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = args.root.resolve()
    if args.inner:
        build(root, args.jobs, args.only, args.opt_level)
        return 0
    clean(root)
    if args.clean:
        return 0
    began = time.monotonic()
    log = root / "build" / "mypyc" / "build.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, __file__, "--inner", "--root", str(root), "--jobs", str(args.jobs)]
    command += ["--opt-level", args.opt_level, "--only", *args.only]
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=False)  # noqa: S603
    seconds = time.monotonic() - began
    if done.returncode != 0:
        for path in built(root):  # keep the log
            path.unlink()
        print(
            f"notes-vault: engine not compiled (see {log}); it runs as plain Python, same output."
        )
        return 1 if args.strict else 0
    print(f"notes-vault: engine compiled with mypyc ({len(built(root))} files, {seconds:.0f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
