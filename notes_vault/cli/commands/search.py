"""`search`: ranked full-text search with highlighted snippets.

On a terminal the matched words are highlighted in the snippet. With
``--json`` each hit is ``{"id", "date", "kind", "clients", "rank", "score",
"snippet", "highlights"}``: `snippet` is plain text (line breaks shown as
spaces, "…" where text was cut) and `highlights` a list of ``[start, end)``
offsets, in Unicode code points, of the matched words in it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from notes_vault.cli import checks, listing
from notes_vault.cli.params import SinceOption, UntilOption
from notes_vault.cli.session import open_vault
from notes_vault.cli.state import state

if TYPE_CHECKING:
    from notes_vault.records.search import Hit

QUERY_HELP = (
    'Words to find (all of them). "exact phrase", prefix*, OR between alternatives, -word to'
    " leave out."
)


def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help=QUERY_HELP, show_default=False)],
    client: Annotated[
        str | None, typer.Option("--client", help="Only this client's notes.", show_default=False)
    ] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(help="At most this many results (1-1000).")] = 20,
) -> None:
    """Search note text; best matches first, each with a highlighted snippet."""
    from notes_vault.records import search as searching

    st = state(ctx)
    checks.ids("C", [client])
    checks.number("--limit", limit, 1, searching.MAX_LIMIT)
    with open_vault(st) as opened:
        hits = searching.search(opened, query, client=client, since=since, until=until, limit=limit)
    listing.show(st, hits, SEARCH_LIST, limit=None)


SEARCH_LIST: listing.Spec[Hit] = listing.Spec(
    columns=[
        listing.Column("id", 7),
        listing.Column("date", 10),
        listing.Column("clients", 11),
        listing.Column("snippet", 0),
    ],
    row=lambda h: [h.id, h.date, " ".join(h.clients), listing.Marked(h.snippet, h.highlights)],
    empty="no notes match",
    noun="notes",
)


# The commands this module adds to the application (notes_vault.cli.app loads it lazily).
COMMANDS: dict[str, typer.Typer | Callable[..., None]] = {"search": search}
