"""Bad input, fuzzed: any argument or input gives a documented exit code and at most one line.

Hypothesis drives dates, ids, search queries, note bodies and names (every
script, empty and very long values, control characters) through the real entry
point in-process. Only the contract is asserted: exit 0-8, "Traceback" never
on stderr, one stderr line on failure; and where a value is accepted, it comes
back exactly.

The second half does the same for consents, disclosures, requests, the subject
access and supervision exports (formats, --out paths), retention, holds,
`expire`, and backup/verify/restore (paths, damaged and foreign files). There
each command may exit only with the codes documented for it, never with
"unexpected error", and a command that fails must leave every stored row as it
was. --out paths stay inside the test's own folder: the tests may run as root.
"""

from __future__ import annotations

import shutil
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import CHEAP_KDF, ENV_NAMES, PASSPHRASE, Cli, Result, open_made

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


# --- consents, disclosures, requests, exports, retention, holds, backups -------------------
#
# These commands take many options that only make sense together, so most examples
# start from a valid command line (a template) and change a few of its options to
# fuzzed values or leave a few out: valid runs get deep into each command, and every
# check on the way is met by bad input too. After every refused run, every stored
# row must be as it was.

FEW = settings(FUZZ, max_examples=15)
# Free text: anything a command line carries, values around the length limits, and
# the characters a terminal would act on.
TEXT = st.one_of(
    ARG,
    st.integers(1_990, 10_010).map(lambda n: "x" * n),
    st.sampled_from(["", " ", "\t", "ok", "a\x1b[31mb", "a\nb", "\u202eevil", "Zoë", "🙂"]),
)


def mostly(good: st.SearchStrategy[Any], bad: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """`good` three times in four: most examples get past the first check to the deeper ones."""
    return st.one_of(good, good, good, bad)


WORDS = st.text(st.characters(categories=("L", "N", "Zs", "P")), min_size=1, max_size=40)
GOOD_TEXT = mostly(WORDS.filter(str.strip), TEXT)
# A fixed past range: no clock read at import time.
GOOD_DATE = st.dates(date(1990, 1, 1), date(2025, 12, 31)).map(date.isoformat)
DATE_OPT = st.one_of(st.none(), GOOD_DATE, DATEISH)
CLIENT = mostly(st.sampled_from(["C0001", "C0002", "c1", "2"]), IDISH)
VOCABULARY = [
    *("consent", "court-order", "safeguarding-child", "other", "serious-crime", "TERRORISM"),
    *("gp", "police", "social-services", "solicitor", "given", "refused", "not-sought"),
    *("declined", "granted", "pending", "D0001", "D0002", "C0001", "supervision", "research"),
    *("md", "json", "html", "7", "0", "101", "18", "25"),
]
# Any value for any option: text, dates, ids, numbers and the fixed vocabularies.
VALUE = st.one_of(GOOD_TEXT, GOOD_DATE, DATEISH, IDISH, st.sampled_from(VOCABULARY))
Template = dict[str, str | None]  # option -> value (None: a flag)


def changed(template: Template, changes: dict[str, str], dropped: set[str]) -> list[str]:
    """The template's options, some set to other values and some left out."""
    args: list[str] = []
    for option, value in {**template, **changes}.items():
        if option not in dropped:
            args += [option] if value is None else [option, value]
    return args


def changes(template_options: list[str]) -> st.SearchStrategy[dict[str, str]]:
    """Up to two options of a template (or options it lacks) set to any value."""
    return st.dictionaries(st.sampled_from(template_options), VALUE, max_size=2)


def drops(template_options: list[str]) -> st.SearchStrategy[set[str]]:
    """At most one option left out."""
    return st.sets(st.sampled_from(template_options), max_size=1)


def stored(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the audit log (which a refusal may extend), as values."""
    with open_made(path) as opened:
        names = [
            str(r[0])
            for r in opened.db.all(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name != 'audit' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        tables = {name: opened.db.all(f'SELECT * FROM "{name}"') for name in names}  # noqa: S608 - names from sqlite_master
    return {name: sorted((tuple(r) for r in rows), key=repr) for name, rows in tables.items()}


class Guarded:
    """Runs commands within the contract; a command that fails must leave every stored row."""

    def __init__(self, cli: Cli, vault: Path) -> None:
        self.cli, self.vault = cli, vault
        self.before = stored(vault)

    def __call__(self, *args: str, allowed: set[int]) -> Result:
        result = self.cli(*args)
        within_contract(result)
        assert "unexpected error" not in result.err, (args, result.err)
        assert result.code in allowed, (args, result)
        after = stored(self.vault)
        if result.code != 0:
            assert after == self.before, f"{args} failed ({result.code}) but changed the vault"
        self.before = after
        return result


class _Uncaptured:
    """Stands in for capfd where a module-scoped fixture runs the CLI (exit codes only)."""

    def readouterr(self) -> Result:
        return Result(0, "", "")


@pytest.fixture(scope="module")
def records_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Made once per module, copied for each test: two partnered clients (one closed), a
    joint note, a release consent of C0001's, a restricted disclosure about both, a request,
    and a good backup."""
    base = tmp_path_factory.mktemp("records")
    with pytest.MonkeyPatch.context() as mp:
        for name in ENV_NAMES:
            mp.delenv(name, raising=False)
        mp.setenv("NOTES_VAULT_DIR", str(base / "vault"))
        mp.setenv("NOTES_VAULT_PASSPHRASE", PASSPHRASE)
        cli = Cli(mp, _Uncaptured())  # type: ignore[arg-type]
        for args in (
            ["init", *CHEAP_KDF],
            ["client", "add", "--name", "Fuzz Client", "--phone", "07700 900123", "--dob",
             "1980-01-02", "--started", "2020-01-01"],
            ["client", "add", "--name", "Other Person", "--started", "2020-01-01"],
            ["client", "link", "C0001", "--client", "C0002", "--relation", "partner"],
            ["client", "close", "C0002", "--ended", "2021-01-01"],
            ["consent", "add", "C0001", "--purpose", "release", "--written", "--date",
             "2020-02-01"],
            ["disclose", "C0001", "C0002", "--to", "Dr Who", "--basis", "court-order",
             "--summary", "dates", "--consent-reason", "an order", "--rationale", "served",
             "--decided-by", "me", "--restricted-until", "2030-01-01", "--authority",
             "a court", "--restriction-reason", "live", "--date", "2020-03-01"],
            ["request", "add", "--from", "A Paper", "--asked", "is she a client", "--reason",
             "none", "--client", "C0002", "--date", "2020-04-01"],
        ):  # fmt: skip
            assert cli(*args).code == 0, args
        note = "Fuzz Client and Other Person.\n"
        assert cli("note", "add", "C0001", "C0002", stdin=note).code == 0
        assert cli("backup", str(base / "good.nvb")).code == 0
    return base


@pytest.fixture
def records(
    records_template: Path,
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    no_tty: None,
) -> Guarded:
    """A copy of the module's records vault (tmp_path/vault), and a guarded runner."""
    shutil.copytree(records_template / "vault", tmp_path / "vault")
    shutil.copy2(records_template / "good.nvb", tmp_path / "good.nvb")
    monkeypatch.setenv("NOTES_VAULT_DIR", str(tmp_path / "vault"))
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", PASSPHRASE)
    return Guarded(cli, tmp_path / "vault")


def inside(tmp_path: Path, name: str) -> Path:
    """`name` as a path under tmp_path/out that cannot climb out of it (the tests may run
    as root: a fuzzed `--force` must never reach /dev/null or /etc)."""
    parts = [p for p in name.split("/") if p not in ("", ".", "..")]
    path = tmp_path.joinpath("out", *parts)
    assert path == tmp_path / "out" or (tmp_path / "out") in path.parents
    return path


# --out names: new files, a missing folder, an existing file, a folder, a symbolic link,
# names too long.
OUT = st.one_of(
    ARG,
    st.sampled_from(
        ["x.md", "sub/x.md", "exists.md", "folder", "link.md", "a" * 300, "a" * 300 + "/x"]
    ),
)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """tmp_path/out, where every --out path of these tests lands (see `reset`)."""
    return tmp_path / "out"


def reset(out_dir: Path) -> None:
    """Give each example the same folder: an existing file, a link to it and a sub-folder."""
    shutil.rmtree(out_dir, ignore_errors=True)
    (out_dir / "folder").mkdir(parents=True)
    (out_dir / "exists.md").write_text("keep me\n")
    (out_dir / "link.md").symlink_to("exists.md")


@FEW
@given(
    client=CLIENT,
    purpose=mostly(st.sampled_from(["release", "court", "RESEARCH", " training "]), ARG),
    scope=st.one_of(st.none(), GOOD_TEXT),
    form=st.sampled_from([[], ["--written"], ["--verbal"], ["--written", "--refused"]]),
    on=DATE_OPT,
    withdraw=st.one_of(st.none(), st.none(), IDISH),
    withdraw_on=DATE_OPT,
)
def test_consent_add_and_withdraw(  # noqa: PLR0917 - one argument per fuzzed input
    records: Guarded,
    client: str,
    purpose: str,
    scope: str | None,
    form: list[str],
    on: str | None,
    withdraw: str | None,
    withdraw_on: str | None,
) -> None:
    """`consent add` and `withdraw`: 0, 2 or 4, an accepted scope comes back exactly, and
    a refusal changes nothing."""
    args = ["--json", "consent", "add", client, "--purpose", purpose, *form]
    args += [] if scope is None else ["--scope", scope]
    args += [] if on is None else ["--date", on]
    made = records(*args, allowed={0, 2, 4})
    if made.code == 0 and scope is not None:
        owner = made.json()["client"]
        listed = records("--json", "consent", "list", owner, allowed={0}).json()
        assert listed[-1]["scope"] == (scope.strip() or None)
    target = withdraw or (made.json()["id"] if made.code == 0 else "K0001")
    records(
        "consent",
        "withdraw",
        target,
        *([] if withdraw_on is None else ["--date", withdraw_on]),
        allowed={0, 2, 4},
    )


DISCLOSURES: list[tuple[list[str], Template]] = [
    (["C0001"], {"--to": "Dr Patel", "--org": "Larch Surgery", "--kind": "gp", "--basis":
     "consent", "--summary": "her care", "--purpose": "continuity", "--client-informed": None,
     "--date": "2024-05-01"}),
    (["C0001", "C0002"], {"--to": "DC Marsh", "--kind": "police", "--basis": "serious-crime",
     "--summary": "attendance", "--consent": "not-sought", "--consent-reason": "tipping off",
     "--rationale": "an order", "--decided-by": "me", "--restricted-until": "2030-06-01",
     "--date": "2024-05-02",
     "--authority": "Thames Police", "--restriction-reason": "live inquiry"}),
    (["C0002"], {"--to": "A Solicitor", "--address": "1 High St", "--kind": "solicitor",
     "--basis": "other", "--basis-other": "a statute", "--summary": "a letter", "--consent":
     "refused", "--consent-reason": "she said no", "--rationale": "the law", "--decided-by":
     "me", "--corrects": "D0001"}),
]  # fmt: skip
DISCLOSE_OPTIONS = sorted({option for _, t in DISCLOSURES for option in t})


@FEW
@given(
    which=st.sampled_from(DISCLOSURES),
    clients=st.one_of(st.none(), st.lists(CLIENT, max_size=3)),
    change=changes(DISCLOSE_OPTIONS),
    drop=drops(DISCLOSE_OPTIONS),
)
def test_disclose(
    records: Guarded,
    which: tuple[list[str], Template],
    clients: list[str] | None,
    change: dict[str, str],
    drop: set[str],
) -> None:
    """`disclose` with any dates, recipients, basis, consent, texts and flags: 0, 2, 4 or
    7; an accepted entry shows its recipient exactly; a refusal records nothing."""
    template_clients, template = which
    args = ["--json", "disclose", *(template_clients if clients is None else clients)]
    result = records(*args, *changed(template, change, drop), allowed={0, 2, 4, 7})
    if result.code == 0:
        shown = records("--json", "disclosure", "show", result.json()["id"], allowed={0})
        assert shown.json()["recipient"] == str({**template, **change}["--to"]).strip()


REQUESTS: list[Template] = [
    {"--from": "A Journalist", "--asked": "is she a client?", "--reason": "no consent",
     "--client": "C0002"},
    {"--from": "DC Marsh", "--asked": "attendance", "--reason": "an order", "--client": "C0002",
     "--decision": "granted", "--without-consent": None, "--disclosure": "D0001", "--date":
     "2024-01-02"},
    {"--from": "Her GP", "--asked": "a summary", "--reason": "scope to check", "--client":
     "C0001", "--decision": "pending"},
    {"--from": "Her GP", "--asked": "a letter", "--reason": "she agreed", "--client": "C0001",
     "--decision": "granted", "--disclosure": "D0001"},
]  # fmt: skip
REQUEST_OPTIONS = sorted({option for t in REQUESTS for option in t})


@FEW
@given(
    template=st.sampled_from(REQUESTS),
    change=changes(REQUEST_OPTIONS),
    drop=drops(REQUEST_OPTIONS),
    listed=st.one_of(st.none(), CLIENT),
)
def test_request_add(
    records: Guarded, template: Template, change: dict[str, str], drop: set[str], listed: str
) -> None:
    """`request add` with any decision, client, disclosure, date and texts: 0, 2, 4 or 7,
    and a refusal records nothing; `request list` of any client: 0, 2 or 4."""
    records("request", "add", *changed(template, change, drop), allowed={0, 2, 4, 7})
    records("--json", "request", "list", *([] if listed is None else ["--client", listed]),
            allowed={0, 2, 4})  # fmt: skip


@FEW
@given(
    client=CLIENT,
    fmt=st.one_of(st.none(), mostly(st.sampled_from(["md", "json", "html", "HTML"]), ARG)),
    out=mostly(st.sampled_from(["x.md", "new.html"]), OUT),
    force=st.booleans(),
)
def test_export(  # noqa: PLR0917 - one argument per fuzzed input
    records: Guarded, out_dir: Path, client: str, fmt: str | None, out: str, force: bool
) -> None:
    """The subject access export to any --out path, in any format: 0, 2, 4 or 7; a new
    file is 0600, an existing one is never replaced without --force; nothing stored
    changes."""
    reset(out_dir)
    path = inside(out_dir.parent, out)
    args = ["export", client, "--out", str(path), *([] if fmt is None else ["--format", fmt])]
    result = records(*args, *(["--force"] if force else []), allowed={0, 2, 4, 7})
    if not force:
        assert (out_dir / "exists.md").read_text() == "keep me\n"
    if result.code == 0:
        assert path.stat().st_mode & 0o077 == 0


SUPERVISION: Template = {
    "--since": "2020-01-01",
    "--until": "today",
    "--purpose": "supervision",
    "--format": "md",
}
SUPERVISION_OPTIONS = [*SUPERVISION, "--include-without-consent", "--force"]


@FEW
@given(
    clients=mostly(st.lists(CLIENT, min_size=1, max_size=3), st.just([])),
    change=changes(SUPERVISION_OPTIONS),
    drop=drops(SUPERVISION_OPTIONS),
    out=st.one_of(st.none(), st.just("x.md"), OUT),
)
def test_supervision_export(  # noqa: PLR0917 - one argument per fuzzed input
    records: Guarded,
    out_dir: Path,
    clients: list[str],
    change: dict[str, str],
    drop: set[str],
    out: str | None,
) -> None:
    """`supervision export` with any --since/--until/--purpose/--format/--out: 0, 2, 4, 7
    or 8; nothing stored changes and no existing file is replaced without --force."""
    reset(out_dir)
    args = ["supervision", "export", *clients, *changed(SUPERVISION, change, drop)]
    path = None if out is None else inside(out_dir.parent, out)
    records(*args, *([] if path is None else ["--out", str(path)]), allowed={0, 2, 4, 7, 8})
    assert "--force" in change or (out_dir / "exists.md").read_text() == "keep me\n"


RETENTION: list[Template] = [
    {"--years": "7"},
    {"--client": "C0001", "--years": "3"},
    {"--client": "C0002", "--clear": None},
    {"--adult-age": "18", "--child-until-age": "25"},
]
RETENTION_OPTIONS = sorted({option for t in RETENTION for option in t})


@FEW
@given(
    template=st.sampled_from(RETENTION),
    change=changes(RETENTION_OPTIONS),
    drop=drops(RETENTION_OPTIONS),
    hold_client=CLIENT,
    reason=GOOD_TEXT,
    as_of=mostly(GOOD_DATE, DATEISH),
)
def test_retention_and_holds(  # noqa: PLR0917 - one argument per fuzzed input
    records: Guarded,
    template: Template,
    change: dict[str, str],
    drop: set[str],
    hold_client: str,
    reason: str,
    as_of: str,
) -> None:
    """`retention set/status`, `hold add/release` and `expire` (a dry run, or without
    --yes and no terminal): documented codes only, and a refusal changes nothing."""
    records("retention", "set", *changed(template, change, drop), allowed={0, 2, 4})
    records("retention", "status", "--as-of", as_of, allowed={0, 2})
    records("hold", "add", hold_client, "--reason", reason, allowed={0, 2, 4})
    records("expire", "--as-of", as_of, allowed={2, 7})
    records("--json", "expire", "--dry-run", "--as-of", as_of, allowed={0, 2})
    records("hold", "release", hold_client, allowed={0, 2, 4})


BACKUP_SOURCE = mostly(
    st.sampled_from(["good", "truncated", "flipped", "garbage", "folder", "missing"]), OUT
)


def backup_source(tmp_path: Path, kind: str, cut: int, junk: bytes) -> Path:
    """A file to read as a backup: the good one, damaged copies of it, or anything else."""
    good = (tmp_path / "good.nvb").read_bytes()
    flipped = bytearray(good)
    flipped[cut % len(good)] ^= 0x55
    damaged = {"truncated": good[: cut % len(good)], "flipped": bytes(flipped), "garbage": junk}
    if kind in damaged:
        path = tmp_path / "out" / f"{kind}.nvb"
        path.write_bytes(damaged[kind])
        return path
    return tmp_path / "good.nvb" if kind == "good" else inside(tmp_path, kind)


@FEW
@given(
    target=mostly(st.sampled_from(["new.nvb"]), OUT),
    source=BACKUP_SOURCE,
    cut=st.integers(0, 10**9),
    junk=st.binary(max_size=200),
    flags=st.sets(st.sampled_from(["--force", "--yes", "--dry-run"])),
)
def test_backup_verify_restore(  # noqa: PLR0917 - one argument per fuzzed input
    records: Guarded,
    out_dir: Path,
    target: str,
    source: str,
    cut: int,
    junk: bytes,
    flags: set[str],
) -> None:
    """`backup` to any path, `verify` and `restore` of any file (good, truncated, flipped,
    garbage, missing, a folder): documented codes only; a refused restore leaves the vault."""
    reset(out_dir)
    path = inside(out_dir.parent, target)
    records("backup", str(path), *(["--force"] if "--force" in flags else []), allowed={0, 2, 7})
    assert "--force" in flags or (out_dir / "exists.md").read_text() == "keep me\n"
    read = backup_source(out_dir.parent, source, cut, junk)
    records("verify", str(read), allowed={0, 2, 6, 7})
    records("restore", str(read), *sorted(flags), allowed={0, 2, 6, 7})
    records("note", "list", allowed={0})


# --- bugs these tests found, pinned -----------------------------------------------------

LONG_NAME = "a" * 300
UNUSABLE_OUTPUTS = [
    (["export", "C0001", "--out"], LONG_NAME),
    (["export", "C0001", "--force", "--out"], "folder"),
    (["export", "C0001", "--out"], "missing/x.md"),
    (["export", "C0001", "--force", "--out"], "link.md"),
    (["disclosure", "report", "C0001", "--out"], LONG_NAME),
    (["disclosure", "report", "C0001", "--force", "--out"], "folder"),
    (["supervision", "export", "C0001", "--out"], LONG_NAME),
    (["supervision", "export", "C0001", "--force", "--out"], "folder"),
    (["supervision", "export", "C0001", "--force", "--out"], "link.md"),
    (["backup"], LONG_NAME),
    (["backup", "--force"], "folder"),
    (["backup"], "missing/x.nvb"),
    (["backup", "--force"], "link.md"),
    (["verify"], "folder"),
    (["restore", "--force", "--yes"], "folder"),
]


def test_an_unusable_output_path_is_a_usage_error(records: Guarded, out_dir: Path) -> None:
    """A name too long, a missing folder, or a folder or a symbolic link in the way (even
    with --force) is exit 2 in one line naming the problem, not "unexpected error
    (OSError)" nor a link replaced by a file, and nothing is written."""
    for command, where in UNUSABLE_OUTPUTS:
        reset(out_dir)
        result = records(*command, str(out_dir / where), allowed={2})
        assert result.err.startswith("notes-vault: ")
        assert sorted(p.name for p in out_dir.iterdir()) == ["exists.md", "folder", "link.md"]
        assert list((out_dir / "folder").iterdir()) == []
        assert (out_dir / "link.md").is_symlink()
        assert (out_dir / "exists.md").read_text() == "keep me\n"


def test_no_plaintext_document_is_written_into_the_vault_folder(records: Guarded) -> None:
    """A document asked for inside the vault folder is refused (exit 7): the folder holds
    only encrypted files, and backups or syncs of it must not carry plaintext."""
    vault_dir = records.vault
    before = sorted(p.name for p in vault_dir.iterdir())
    for command in (
        ["export", "C0001", "--out"],
        ["disclosure", "report", "C0001", "--out"],
        ["supervision", "export", "C0001", "--out"],
    ):
        records(*command, str(vault_dir / "doc.md"), allowed={7})
        assert sorted(p.name for p in vault_dir.iterdir()) == before


def test_restore_refuses_a_folder_that_is_not_a_vault_and_not_empty(
    records: Guarded, tmp_path: Path
) -> None:
    """Restoring into a non-empty folder that holds no vault (here: the user's own files)
    is exit 2, and the folder keeps its mode and contents, as `init` does; a file in place
    of the folder is exit 2 too; an empty folder, or one a failed restore left only its
    lock in, is restored into."""
    good = str(tmp_path / "good.nvb")
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o755)
    (mine / "letter.txt").write_text("mine\n")
    records("--vault", str(mine), "restore", good, allowed={2})
    assert sorted(p.name for p in mine.iterdir()) == ["letter.txt"]
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755
    records("--vault", str(mine / "letter.txt"), "restore", good, allowed={2})
    leftover = tmp_path / "leftover"
    leftover.mkdir()
    (leftover / "vault.lock").touch()
    records("--vault", str(leftover), "restore", good, allowed={0})
    records("--vault", str(tmp_path / "empty"), "restore", good, allowed={0})


def test_a_consent_scope_with_control_characters_is_refused(records: Guarded) -> None:
    """A scope holding an escape sequence is exit 2, as for every other free text: the
    scope is written into the Markdown export, where it would drive the reader's terminal."""
    for scope in ("letters\x1b[2J", "a\x07b", "x\x7fy"):
        records("consent", "add", "C0001", "--purpose", "court", "--scope", scope, allowed={2})
    records("consent", "add", "C0001", "--purpose", "court", "--scope", "two\tlines\n", allowed={0})
