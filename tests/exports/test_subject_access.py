"""The client's accounting and subject access export: restricted entries leave no trace,
couples' third-party identifiers are withheld, files are private."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tests.conftest import CHEAP_KDF, Cli

WITHOUT_CONSENT = (
    "--consent", "not-sought", "--consent-reason", "tipping off", "--rationale", "investigation",
    "--decided-by", "the therapist",
)  # fmt: skip
RESTRICTED = (
    "--restricted-until", "2027-01-01", "--authority", "Metropolitan Police",
    "--restriction-reason", "live investigation",
)  # fmt: skip


def _populate(cli: Cli, vault: Path, tmp: Path, *, restricted: bool) -> None:
    """The same record in two vaults, one also holding a restricted disclosure and the
    request that led to it."""
    v = ("--vault", str(vault))
    assert cli(*v, "init", *CHEAP_KDF).code == 0
    assert cli(*v, "client", "add", "--name", "Ann Example", "--started", "2024-01-01").code == 0
    body = tmp / "note.txt"
    body.write_text("Ann spoke about work.\n")
    assert cli(*v, "note", "add", "C0001", "--file", str(body), "--date", "2025-01-10").code == 0
    assert (
        cli(*v, "consent", "add", "C0001", "--purpose", "release", "--date", "2025-01-01").code == 0
    )
    gp = ("disclose", "C0001", "--to", "Dr Who", "--kind", "gp", "--basis", "consent",
          "--summary", "a care summary", "--date", "2025-02-01")  # fmt: skip
    assert cli(*v, *gp).code == 0
    if restricted:
        police = ("disclose", "C0001", "--to", "DC Brown", "--kind", "police", "--basis",
                  "serious-crime", "--summary", "attendance dates", "--date", "2025-03-01",
                  *WITHOUT_CONSENT, *RESTRICTED)  # fmt: skip
        assert cli(*v, *police).code == 0
        asked = ("request", "add", "--from", "DC Brown", "--asked", "attendance", "--client",
                 "C0001", "--decision", "granted", "--reason", "production order",
                 "--disclosure", "D0002", "--date", "2025-03-01")  # fmt: skip
        assert cli(*v, *asked).code == 0
    court = ("disclose", "C0001", "--to", "Family Court", "--kind", "court", "--basis",
             "court-order", "--summary", "a report", "--date", "2025-04-01",
             *WITHOUT_CONSENT)  # fmt: skip
    assert cli(*v, *court).code == 0


def _documents(cli: Cli, vault: Path, out: Path) -> dict[str, str]:
    v = ("--vault", str(vault))
    docs = {"report": cli(*v, "disclosure", "report", "C0001").out}
    for fmt in ("md", "json", "html"):
        target = out / f"{vault.name}.{fmt}"
        result = cli(*v, "export", "C0001", "--out", str(target), "--format", fmt, "--force")
        assert result.code == 0, result.err
        docs[fmt] = target.read_text()
    return {k: _undated(d) for k, d in docs.items()}


def _undated(document: str) -> str:
    """The document without its date of generation."""
    lines = document.splitlines()
    return "\n".join(x for x in lines if "Prepared on" not in x and '"prepared"' not in x)


@pytest.fixture
def pair(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two vaults: `with` holds a restricted disclosure (and its request), `without` does not."""
    monkeypatch.setenv("NOTES_VAULT_PASSPHRASE", "correct horse battery")
    with_r, without = tmp_path / "with", tmp_path / "without"
    _populate(cli, with_r, tmp_path, restricted=True)
    _populate(cli, without, tmp_path, restricted=False)
    return with_r, without


def test_restricted_entry_leaves_no_trace_until_lifted(
    pair: tuple[Path, Path], cli: Cli, tmp_path: Path
) -> None:
    """Report and export of a vault with a restricted entry equal those of a vault without
    it (but for the date of generation), and show the entry once it is lifted."""
    with_r, without = pair
    hidden, plain = _documents(cli, with_r, tmp_path), _documents(cli, without, tmp_path)
    assert hidden == plain
    assert "2. On 1 April 2025" in hidden["report"]
    assert cli("--vault", str(with_r), "disclosure", "lift", "D0002").code == 0
    shown = _documents(cli, with_r, tmp_path)
    assert "DC Brown" in shown["report"]
    assert "3. On 1 April 2025" in shown["report"]
    assert "DC Brown" in shown["md"]
    assert "DC Brown" in shown["html"]
    assert len(json.loads(shown["json"])["requests"]) == 1


def test_export_is_private_and_not_overwritten(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """The export is written 0600 and an existing file is kept unless --force (exit 2)."""
    assert cli("client", "add", "--name", "Ann Example").code == 0
    out = tmp_path / "sar.md"
    assert cli("export", "C0001", "--out", str(out)).code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = cli("export", "C0001", "--out", str(out))
    assert again.code == 2
    assert len(again.err.strip().splitlines()) == 1
    assert cli("export", "C0001", "--out", str(out), "--force").code == 0
    assert cli("export", "C0001", "--out", str(tmp_path / "x"), "--format", "docx").code == 2
    assert cli("export", "C0009", "--out", str(tmp_path / "y")).code == 4


def test_html_escapes_everything(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """Markup in the vault's text comes out escaped in the HTML export."""
    assert cli("client", "add", "--name", "Ann <b>Example</b>").code == 0
    body = tmp_path / "n.txt"
    body.write_text("<script>alert('x')</script> & more\n")
    assert cli("note", "add", "C0001", "--file", str(body)).code == 0
    out = tmp_path / "sar.html"
    assert cli("export", "C0001", "--out", str(out), "--format", "html").code == 0
    page = out.read_text()
    assert "<script>" not in page
    assert "<b>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more" in page


PARTNER = {
    "name": "Robert Quinlan",
    "alias": "Bobby",
    "phone": "07700 900457",
    "email": "rq@example.org",
    "address": "12 Larch Avenue, Bexford",
    "postcode": "BX4 7QT",
}


def _couple(cli: Cli, tmp_path: Path) -> None:
    assert cli("client", "add", "--name", "Alice Fernsby", "--phone", "07700 900123").code == 0
    partner = [f"--{k}={v}" for k, v in PARTNER.items()]
    assert cli("client", "add", *partner).code == 0
    assert cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner").code == 0
    note = tmp_path / "joint.txt"
    note.write_text(
        "Alice and Robert Quinlan attended. Bobby said Robert's phone is 07700 900457,"
        " email rq@example.org; he lives at 12 Larch Avenue, Bexford BX4 7QT.\n"
    )
    assert cli("note", "add", "C0001", "C0002", "--file", str(note)).code == 0
    assert cli("consent", "add", "C0001", "--purpose", "release").code == 0


def test_couple_export_withholds_the_partners_identifiers(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """One partner's export holds none of the other (non-consenting) partner's identifiers,
    and says that third-party information was withheld."""
    _couple(cli, tmp_path)
    for fmt in ("md", "json", "html"):
        out = tmp_path / f"alice.{fmt}"
        assert cli("export", "C0001", "--out", str(out), "--format", fmt).code == 0
        text = out.read_text()
        for value in [*PARTNER.values(), "Robert", "Quinlan"]:
            assert value not in text, (fmt, value)
        assert "withheld" in text
        assert "Alice Fernsby" in text


def test_consenting_partner_is_not_withheld(vault_dir: Path, cli: Cli, tmp_path: Path) -> None:
    """When the other partner has given a release consent, their name stays in the export."""
    _couple(cli, tmp_path)
    assert cli("consent", "add", "C0002", "--purpose", "release").code == 0
    out = tmp_path / "alice.md"
    assert cli("export", "C0001", "--out", str(out)).code == 0
    assert "Robert Quinlan" in out.read_text()
    assert "withheld" not in out.read_text()


def test_report_withholds_the_partners_identifiers_as_export_does(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """`disclosure report` for one partner replaces the non-consenting partner's identifiers
    in a joint disclosure, by the same rule as `export`, and says so."""
    _couple(cli, tmp_path)
    joint = ("disclose", "C0001", "C0002", "--to", "Dr Who", "--kind", "gp", "--basis",
             "risk-of-harm", "--summary", "that Robert Quinlan (rq@example.org) was at risk",
             *WITHOUT_CONSENT)  # fmt: skip
    assert cli(*joint).code == 0
    report = cli("disclosure", "report", "C0001")
    assert report.code == 0, report.err
    out = tmp_path / "alice.md"
    assert cli("export", "C0001", "--out", str(out)).code == 0
    for text in (report.out, out.read_text()):
        for value in ("Robert", "Quinlan", "rq@example.org"):
            assert value not in text, value
        assert "that [PARTNER]" in text
        assert "that [PARTNER] ([PARTNER E-MAIL]) was at risk" in text  # brackets kept
        assert "withheld" in text


def test_shared_surname_keeps_the_clients_own_business(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """A couple sharing a surname: the consenting client's own business named after it
    stays as written in their export; the partner's name is still replaced."""
    assert cli("client", "add", "--name", "Alex Joiner").code == 0
    assert cli("client", "add", "--name", "Sam Joiner").code == 0
    assert cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner").code == 0
    note = tmp_path / "n.txt"
    note.write_text("Alex runs Joiner Joinery; Sam Joiner helps there. Sam is tired.\n")
    assert cli("note", "add", "C0001", "--file", str(note)).code == 0
    out = tmp_path / "alex.md"
    assert cli("export", "C0001", "--out", str(out)).code == 0
    text = out.read_text()
    assert "Alex runs Joiner Joinery; [PARTNER] helps there. [PARTNER] is tired." in text
    assert "Sam" not in text


def test_correction_of_a_restricted_entry_stays_hidden(
    pair: tuple[Path, Path], cli: Cli, tmp_path: Path
) -> None:
    """A correction of a restricted disclosure inherits its restriction: report and export
    still equal those of a vault without it, until the correction is lifted."""
    with_r, without = pair
    fix = ("--vault", str(with_r), "disclose", "C0001", "--to", "DC Brown", "--kind", "police",
           "--basis", "serious-crime", "--summary", "attendance dates, corrected",
           "--date", "2025-03-02", "--corrects", "D0002", *WITHOUT_CONSENT)  # fmt: skip
    made = cli(*fix)
    assert made.code == 0, made.err
    shown = cli("--vault", str(with_r), "--json", "disclosure", "show", "D0004").json()
    assert (shown["restricted_until"], shown["authority"]) == ("2027-01-01", "Metropolitan Police")
    assert _documents(cli, with_r, tmp_path) == _documents(cli, without, tmp_path)
    assert cli("--vault", str(with_r), "disclosure", "lift", "D0004").code == 0
    report = cli("--vault", str(with_r), "disclosure", "report", "C0001").out
    assert "attendance dates, corrected" in report


@pytest.mark.parametrize(
    "case",
    [
        ("Eli Quorrin", "--email", "eli@example.org", "[PARTNER E-MAIL]"),
        ("Pat Quorrin", "--phone", "07700 900458", "[PARTNER PHONE]"),
        ("Ada Quorrin", "--address", "3 Mill Lane, Bexford", "[PARTNER ADDRESS]"),
    ],
)
def test_a_tag_is_not_read_as_a_kin_word_and_the_partners_initial(
    vault_dir: Path, cli: Cli, tmp_path: Path, case: tuple[str, str, str, str]
) -> None:
    """A partner whose initial opens the tag's detail ("[PARTNER E-MAIL]" for Eli) is
    withheld and the export is written: the re-check does not read the scrub's own tag
    as a kin word and an initial (it refused such exports, exit 8, before)."""
    name, flag, value, tag = case
    assert cli("client", "add", "--name", "Dee Harrowgate").code == 0
    assert cli("client", "add", "--name", name, flag, value).code == 0
    assert cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner").code == 0
    note = tmp_path / "joint.txt"
    note.write_text(f"Joint session. {name} ({value}) felt unheard.\n")
    assert cli("note", "add", "C0001", "C0002", "--file", str(note)).code == 0
    out = tmp_path / "dee.md"
    done = cli("export", "C0001", "--out", str(out))
    assert done.code == 0, done.err
    text = out.read_text()
    assert f"Joint session. [PARTNER] ({tag}" in text
    for part in (*name.split(), value):
        assert part not in text
