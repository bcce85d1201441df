"""Round 8 (k8): the other paths that promise to keep nothing of a third party.

A partner typed among a client's linked people by name, as well as linked as a client,
was read as the client's own: the subject access export kept the partner's name, and a
joint note kept a destroyed partner's name after `expire` (both exit 0).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from notes_vault.retention import expire as destroy
from tests.conftest import Cli
from tests.retention.test_expire import add_client, add_note, open_v


def _link(vault_dir: Path, client: int, name: str, relation: str) -> None:
    """A linked person typed by name on `client`'s record (by SQL, as the CLI stores it)."""
    with open_v(vault_dir) as v, v.db.transaction():
        v.db.execute(
            "INSERT INTO linked_people (client_num, name, relation) VALUES (?, ?, ?)",
            (client, name, relation),
        )


def _joint_body(vault_dir: Path, body: str, partner_link: str) -> str:
    """The joint note's text after Eli (listed on Ann's record as `partner_link`) is destroyed."""
    with open_v(vault_dir) as v:
        ann = add_client(v, "Ann Walsh", ended=date(2019, 1, 1))
        eli = add_client(v, "Elijah Kowalczyk", ended=date(2015, 1, 1), aliases=("Eli",))
    _link(vault_dir, ann, partner_link, "partner")
    _link(vault_dir, ann, "Maeve Walsh", "child")
    _link(vault_dir, eli, "Maeve Walsh", "child")
    with open_v(vault_dir) as v:
        joint = add_note(v, body, ann, eli)
        destroy.expire(v, as_of=date(2021, 6, 1))
        return str(v.db.scalar("SELECT body FROM notes WHERE num = ?", (joint,)))


def test_expire_replaces_a_partner_the_survivor_lists_by_name(vault_dir: Path) -> None:
    """A destroyed client whom the surviving client's record lists by name as a partner is
    replaced in the joint note in every form (it was kept, as the survivor's own)."""
    body = _joint_body(
        vault_dir,
        "Ann and Eli came. ELI KOWALCZYK angry; Kowalczyk, Elijah signed. Elija phoned.",
        "Eli Kowalczyk",
    )
    for word in ("Eli", "ELI", "Kowalczyk", "KOWALCZYK", "Elijah", "Elija"):
        assert word not in body.replace("[", " ").split(), (word, body)
    assert body.startswith("Ann and [FORMER CLIENT] came.")


def test_expire_keeps_the_child_a_couple_share(vault_dir: Path) -> None:
    """Near miss: a child on both records, with the survivor's surname, is the survivor's
    history too and stays in the joint note."""
    body = _joint_body(vault_dir, "Eli and Ann argued about Maeve Walsh's school.", "Eli")
    assert body == "[FORMER CLIENT] and Ann argued about Maeve Walsh's school."


def test_export_withholds_a_partner_also_listed_by_name(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """A partner linked as a client and also typed by name among the client's linked people
    is withheld in the client's export, linked list included; the client's own name stays."""
    assert cli("client", "add", "--name", "Dee Harrowgate").code == 0
    assert cli("client", "add", "--name", "Elias Quorrin", "--alias", "Eli").code == 0
    assert cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner").code == 0
    assert (
        cli("client", "link", "C0001", "--person", "Eli Quorrin", "--relation", "partner").code == 0
    )
    note = tmp_path / "joint.txt"
    note.write_text("Joint session. Dee and Eli came; ELI QUORRIN left early. Elias rang.\n")
    assert cli("note", "add", "C0001", "C0002", "--file", str(note)).code == 0
    out = tmp_path / "dee.md"
    done = cli("export", "C0001", "--out", str(out))
    assert done.code == 0, done.err
    text = out.read_text()
    for word in ("Eli", "ELI", "Quorrin", "QUORRIN", "Elias"):
        assert word not in text.replace("[", " ").split(), word
    assert "Dee Harrowgate" in text


def test_expire_replaces_a_partner_named_like_the_survivor(vault_dir: Path) -> None:
    """A destroyed client whose name the survivor's own name only resembles ("John" beside a
    survivor "Jon") is replaced: only what the survivor literally shares stays."""
    with open_v(vault_dir) as v:
        jon = add_client(v, "Jon Hale", ended=date(2019, 1, 1))
        john = add_client(v, "John Brennick", ended=date(2015, 1, 1))
        joint = add_note(v, "Jon and John argued; John left. Jon's phone is off.", jon, john)
        destroy.expire(v, as_of=date(2021, 6, 1))
        body = str(v.db.scalar("SELECT body FROM notes WHERE num = ?", (joint,)))
    assert body == "Jon and [FORMER CLIENT] argued; [FORMER CLIENT] left. Jon's phone is off."


def test_export_withholds_a_partners_date_of_birth_whole(
    vault_dir: Path, cli: Cli, tmp_path: Path
) -> None:
    """The partner's date of birth written in words is withheld whole in the client's
    export: the scrub replaced only the part the final check pointed at ("[PARTNER BIRTH]
    23, 1985", "23 [PARTNER BIRTH]"), leaving the day and the year (exit 0)."""
    assert cli("client", "add", "--name", "Dee Harrowgate", "--dob", "1985-01-13").code == 0
    made = cli("client", "add", "--name", "Elias Quorrin", "--dob", "1985-01-23")
    assert made.code == 0
    assert cli("client", "link", "C0001", "--client", "C0002", "--relation", "partner").code == 0
    note = tmp_path / "joint.txt"
    note.write_text(
        "Joint session. Elias was born January 23, 1985; Dee on 13 January 1985."
        " Elias (dob 23 January 1985) is older by ten days? No: younger.\n"
    )
    assert cli("note", "add", "C0001", "C0002", "--file", str(note)).code == 0
    out = tmp_path / "dee.md"
    done = cli("export", "C0001", "--out", str(out))
    assert done.code == 0, done.err
    text = out.read_text()
    assert "23" not in text.replace("2026", "")
    assert "[PARTNER BIRTH];" in text
    assert "13 January 1985" in text  # the client's own


def test_expire_replaces_a_date_of_birth_the_survivor_half_shares(vault_dir: Path) -> None:
    """A destroyed client born in the same month and year as the survivor: the date of
    birth goes whole from the joint note (it stayed, as 'January 1985' is the survivor's)."""
    with open_v(vault_dir) as v:
        dee = add_client(v, "Dee Joiner", ended=date(2019, 1, 1), dob=date(1985, 1, 13))
        sam = add_client(v, "Sam Kaslin", ended=date(2015, 1, 1), dob=date(1985, 1, 23))
        joint = add_note(v, "Sam (dob 23 January 1985) and Dee (13 January 1985).", dee, sam)
        destroy.expire(v, as_of=date(2021, 6, 1))
        body = str(v.db.scalar("SELECT body FROM notes WHERE num = ?", (joint,)))
    assert body == "[FORMER CLIENT] (dob [DOB]) and Dee (13 January 1985)."
