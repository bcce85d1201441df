"""Listings read as the cursor goes: rows become records one at a time, and the
read is logged with its count when the reader is done (also when it stops early)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


@contextlib.contextmanager
def logged(
    rows: Generator[Any, None, None], make: Callable[[Any], T], log: Callable[[int], None]
) -> Iterator[Iterator[T]]:
    """Records made from `rows` as they are read; `log(count read)` when the block ends.

    The cursor is closed before the log is written. If the block fails, the read is
    still logged when the vault allows it, and the failure goes on.
    """
    count = 0

    def records() -> Iterator[T]:
        nonlocal count
        for row in rows:
            count += 1
            yield make(row)

    try:
        yield records()
    except BaseException:
        rows.close()
        with contextlib.suppress(Exception):
            log(count)
        raise
    rows.close()
    log(count)


def ordered(select: str, keys: tuple[str, ...], alias: str, last: int | None) -> str:
    """`select` in the order of `keys` (columns of table `alias`, selected by name).

    With `last`, only the last `last` rows: read backwards along the keys' index
    (LIMIT is the last parameter), then put back in order.
    """
    forward = ", ".join(f"{alias}.{key}" for key in keys)
    if last is None:
        return f"{select} ORDER BY {forward}"
    backward = ", ".join(f"{alias}.{key} DESC" for key in keys)
    return f"SELECT * FROM ({select} ORDER BY {backward} LIMIT ?) ORDER BY {', '.join(keys)}"  # noqa: S608 - fixed fragments


def limit_params(last: int | None) -> list[Any]:
    """The LIMIT parameter `ordered` adds, if any."""
    return [] if last is None else [last]
