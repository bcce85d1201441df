"""Bad input, fuzzed: any argument or input gives a documented exit code and at most one line.

Hypothesis drives dates, ids, search queries, note bodies and names (every
script, empty and very long values, control characters) through the real entry
point in-process. Only the contract is asserted: exit 0-8, "Traceback" never
on stderr, one stderr line on failure; and where a value is accepted, it comes
back exactly.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Cli, Result

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# What a command line can carry: any character but NUL and lone surrogates.
ARG = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
LONG = st.integers(1_000, 100_000).map(lambda n: "ä" * n)
DATEISH = st.one_of(
    ARG,
    st.from_regex(r"\A-?\d{0,5}[-/.]\d{0,3}[-/.]\d{0,5}\Z"),
    st.sampled_from(
        [
            "today",
            "yesterday",
            "2024-02-30",
            "31/04/2024",
            "0000-01-01",
            "9999-12-31",
            "29.02.2023",
            " 2024-01-01 ",
            "2024-1-1",
        ]
    ),
)
IDISH = st.one_of(
    ARG,
    st.from_regex(r"\A[A-Za-z]?0*\d{0,20}\Z"),
    st.sampled_from(["C0001", "N0001", "c1", "N99999999999999", "C-1", "C 1", "n0"]),
)


def within_contract(result: Result) -> None:
    """A documented exit code, no traceback, and one stderr line when it fails."""
    assert 0 <= result.code <= 8, result
    assert "Traceback" not in result.err
    if result.code != 0:
        assert len(result.err.strip().splitlines()) == 1, result.err


@pytest.fixture
def with_note(vault_dir: object, cli: Cli) -> Cli:
    """A vault with one client and one note, and the runner."""
    assert cli("client", "add", "--name", "Fuzz Client").code == 0
    assert cli("note", "add", "C0001", stdin="a first note about the garden\n").code == 0
    return cli


@FUZZ
@given(value=DATEISH)
def test_dates(with_note: Cli, value: str) -> None:
    """Any text as a date option is accepted (0) or refused as a usage error (2)."""
    for args in (["note", "list", "--since", value], ["search", "garden", "--until", value]):
        result = with_note(*args)
        within_contract(result)
        assert result.code in (0, 2)


@FUZZ
@given(value=IDISH)
def test_ids(with_note: Cli, value: str) -> None:
    """Any text as a note or client id: found (0), usage (2) or not found (4)."""
    for args in (["note", "show", value], ["client", "show", value], ["note", "list", value]):
        result = with_note(*args)
        within_contract(result)
        assert result.code in (0, 2, 4)


@FUZZ
@given(query=st.one_of(ARG, LONG, st.sampled_from(['"', "*", "OR", "-", "NEAR(", "a:b", "^x"])))
def test_search_queries(with_note: Cli, query: str) -> None:
    """Any search query, FTS5 syntax included, gives results (0) or a usage error (2)."""
    result = with_note("--json", "search", query)
    within_contract(result)
    assert result.code in (0, 2)


BODY = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.sampled_from([b"", b" \n\t", b"\x00", b"ok\x1b[31m", b"\xff\xfe", "é".encode() * 50_000]),
)


@FUZZ
@given(body=BODY)
def test_note_bodies(with_note: Cli, body: bytes) -> None:
    """Any bytes on stdin are stored exactly (0) or refused as not text (2)."""
    result = with_note("--json", "note", "add", "C0001", stdin=body)
    within_contract(result)
    assert result.code in (0, 2)
    if result.code == 0:
        shown = with_note("--json", "note", "show", result.json()["id"])
        assert shown.json()["body"].encode("utf-8") == body


NAME = st.one_of(
    ARG,
    LONG,
    st.sampled_from(
        ["", " ", "Zoë O'Brien-Ñúñez", "王小明", "محمد", "Ωμέγα", "\t", "a\nb", "\u202etxt", "🙂"]
    ),
)


@FUZZ
@given(name=NAME, phone=ARG, email=ARG)
def test_client_names_and_details(with_note: Cli, name: str, phone: str, email: str) -> None:
    """Any name, phone or e-mail is stored exactly (0) or refused as a usage error (2)."""
    result = with_note(
        "--json", "client", "add", "--name", name, "--phone", phone, "--email", email
    )
    within_contract(result)
    assert result.code in (0, 2)
    if result.code == 0:
        shown = with_note("--json", "client", "show", result.json()["id"]).json()
        assert shown["name"] == name.strip() or shown["name"] == name


@FUZZ
@given(text=st.one_of(ARG, st.text(max_size=400)).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_deid_of_any_text(with_note: Cli, text: bytes) -> None:
    """De-identifying any text gives output (0), a usage error (2) or a refusal (8)."""
    result = with_note("deid", "--file", "-", stdin=text)
    within_contract(result)
    assert result.code in (0, 2, 8)
