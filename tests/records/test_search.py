"""Search: the query syntax, ranking, snippets, filters, and safety on any input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notes_vault.errors import UsageError
from notes_vault.records.search import compile_query
from tests.conftest import Cli

NOTES = [
    ("C0001", "2024-01-10", "She don't sleep well; arguing with her partner about money."),
    ("C0001", "2024-02-10", "Panic attacks at work. Breathing exercises helped a little."),
    ("C0002", "2024-03-10", "Talked about his father. Sleep improving, less panic."),
    ("C0002", "2024-04-10", "Visited 東京タワー with family; Café at the top was crowded."),
]


@pytest.fixture
def filled(vault_dir: Path, cli: Cli) -> Path:
    """A vault with two clients and the four NOTES."""
    for name in ("Ann Example", "Bob Example"):
        assert cli("client", "add", "--name", name).code == 0
    for client, day, text in NOTES:
        assert cli("note", "add", client, "--date", day, stdin=text).code == 0
    return vault_dir


def ids(cli: Cli, *args: str) -> list[str]:
    """The ids `search --json` returns for these arguments."""
    result = cli("--json", "search", *args)
    assert result.code == 0, result.err
    return [hit["id"] for hit in result.json()]


def test_compile_query_quotes_everything() -> None:
    """User words become quoted FTS5 strings; operators are only the documented ones."""
    assert compile_query("sleep") == '("sleep")'
    assert compile_query('say "hi there" argu*') == '("say" AND "hi there" AND "argu" *)'
    assert compile_query("a OR b -c") == '(("a") OR ("b")) NOT ("c")'
    assert compile_query('x" AND NEAR(y)') == '("x""" AND "NEAR(y)")'
    with pytest.raises(UsageError):
        compile_query("-only")
    with pytest.raises(UsageError):
        compile_query("😀 !!")


def test_words_phrases_prefixes_or_not(filled: Path, cli: Cli) -> None:
    """The documented syntax finds what it says."""
    assert set(ids(cli, "panic")) == {"N0002", "N0003"}
    assert ids(cli, "sleep panic") == ["N0003"]
    assert ids(cli, '"sleep improving"') == ["N0003"]
    assert ids(cli, '"improving sleep"') == []
    assert ids(cli, "breath*") == ["N0002"]
    assert set(ids(cli, "money OR father")) == {"N0001", "N0003"}
    assert ids(cli, "panic -father") == ["N0002"]
    assert ids(cli, "panic NOT father") == ["N0002"]


def test_stemming_accents_apostrophes_and_cjk(filled: Path, cli: Cli) -> None:
    """Word endings, accents and apostrophes match sensibly; CJK matches a run's start."""
    assert set(ids(cli, "sleeping")) == {"N0001", "N0003"}
    assert ids(cli, "cafe") == ["N0004"]
    assert ids(cli, "don't") == ["N0001"]
    assert ids(cli, "東京") == ["N0004"]


def test_filters_and_limit(filled: Path, cli: Cli) -> None:
    """--client, --since, --until and --limit narrow the results."""
    assert ids(cli, "sleep", "--client", "C0002") == ["N0003"]
    assert ids(cli, "sleep", "--since", "2024-02-01") == ["N0003"]
    assert ids(cli, "sleep", "--until", "2024-02-01") == ["N0001"]
    assert len(ids(cli, "panic OR sleep", "--limit", "1")) == 1


def test_json_shape_and_highlights(filled: Path, cli: Cli) -> None:
    """Each hit has the pinned keys; highlights are offsets of the matched words."""
    hits = cli("--json", "search", "money").json()
    assert set(hits[0]) == {
        "id",
        "date",
        "kind",
        "clients",
        "rank",
        "score",
        "snippet",
        "highlights",
    }
    start, end = hits[0]["highlights"][0]
    assert hits[0]["snippet"][start:end] == "money"
    assert hits[0]["clients"] == ["C0001"]


def test_human_output_and_no_match(filled: Path, cli: Cli) -> None:
    """The table shows ids and snippets; no match says so on stderr and exits 0."""
    table = cli("search", "father")
    assert table.code == 0
    assert "N0003" in table.out
    none = cli("search", "zzzzunknown")
    assert (none.code, none.out) == (0, "")
    assert "no notes match" in none.err
    assert cli("--json", "search", "zzzzunknown").json() == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("😀",), 2),
        (("-sleep",), 2),  # an option Typer does not know
        (("--", "-sleep"), 2),  # only an exclusion
        (('"',), 2),
        (("sleep", "--limit", "0"), 2),
        (("sleep", "--limit", "1001"), 2),
        (("sleep", "--since", "bad"), 2),
        (("sleep", "--since", "2024-05-01", "--until", "2024-01-01"), 2),
        (("x" * 1001,), 2),
        (("sleep", "--client", "C0009"), 4),
        (("sleep", "--client", "N0001"), 4),
    ],
)
def test_bad_queries(filled: Path, cli: Cli, args: tuple[str, ...], code: int) -> None:
    """Unsearchable queries and bad options give a clear error, never a traceback."""
    result = cli("search", *args)
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err


def test_search_is_audited_without_the_query(filled: Path, cli: Cli) -> None:
    """A search is an audit event with counts only; the query text is not logged."""
    assert cli("search", "money").code == 0
    events = cli("--json", "audit", "list").json()
    last = events[-2] if events[-1]["action"] == "audit.list" else events[-1]
    assert last["action"] == "search"
    assert "money" not in str(events)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(query=st.text(max_size=60) | st.sampled_from(['"', "*", "(", ")", "NEAR(a b)", "a:b"]))
def test_any_query_is_safe(filled: Path, cli: Cli, query: str) -> None:
    """Whatever the query, search exits 0 or 2, never with an unexpected error."""
    result = cli("--json", "search", "--", query)
    assert result.code in (0, 2), (query, result.code, result.err)
