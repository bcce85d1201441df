"""Issue 13, round 7 (p8): initials signing a note, a log entry or a letter; a title, an
initial and a surname.

Every sentence here was written for these tests, not copied from a corpus; each rule has
cases it must catch and near misses it must leave alone (person_signers.py,
person_titled.py).
"""

from __future__ import annotations

import pytest

from notes_vault.deid import Deidentifier
from tests.deid.helpers import (
    LINEAR_SECONDS,
    covers,
    redact_and_check_seconds,
    replaced,
    wholly_replaced,
)

SIGNED = [
    # The note's last sentence is initials (abbreviations too: nothing follows them).
    ("Copy of the plan posted to mum. Risk unchanged. TK", "TK"),
    ("Safety plan reviewed and saved to the record. PH", "PH"),
    ("Closed to the service on 03.02.27. ROB", "ROB"),
    ("Letter to the GP dictated. SM, 04.02.27", "SM"),
    ("Discharge summary done.\nCJ-W", "CJ"),
    ("No further sessions booked, open door offered. AH", "AH"),
    # The last line, a name or initials alone, or two signers split by a slash.
    ("Homework: the sleep diary. Next Thursday 4pm.\nRhiannon", "Rhiannon"),
    ("Next session booked for the 14th.\n- pk", "pk"),
    ("She will bring the letter next week. wt", "wt"),
    ("Agreed a plan for the weekend.\n- R.", "R"),
    ("Shared the crisis numbers again.\nmj / tess", "tess"),
    ("Review in a fortnight, sooner if needed.\nTamsin", "Tamsin"),
    # A log entry's signer before its time, on a line of its own.
    ("Client rang in distress, talked down, agreed to call back.\nFD 23:40\nQuiet night.", "FD"),
    # A letter's reference: the author's capitals, the typist's small letters.
    ("Dictated 3.2.27   Typed 5.2.27   NW/cb\n\nDr N. Whitlow", "NW"),
    ("Our ref: HG/tm\nDear Dr Lamb,\nThank you for seeing her.", "tm"),
    # A slash before initials ending a line.
    ("Rang the pharmacy, script ready on Friday /GB\nSession notes follow.", "GB"),
    # One capital letter closing a paragraph after a full stop.
    ("Finish the risk form before Monday's panel. K\n\nSession 4, video.", "K"),
]

LEFT = [
    ("Recommend weekly sessions. NFA", "NFA"),
    ("Letter sent, waiting on a reply. TBC", "TBC"),
    ("Chased the bloods again. OK", "OK"),
    ("Allergies: N/A\nNext: review in clinic.", "N/A"),
    ("Seen with PT/OT on the ward. Plan as above.", "OT"),
    ("Referral to OT and to the GP /PRN\nPlan follows.", "PRN"),
    ("Tried Plan A. Then Plan B.\n\nNext steps agreed.", "B."),
    ("Discussed the results of her vitamin D.\n\nPlan: recheck.", "D."),
    ("Carer rang back at 10:20 to say all well.", "10:20"),
    ("CALLED GP. NO CHANGE. SEE AGAIN 2/52.", "SEE"),
    ("Next session in two weeks.\nThanks", "Thanks"),
    ("All forms sent.\nok", "ok"),
    ("Plan agreed.\n- see above", "see"),
    ("Report attached for the panel.\nLeeds", "Leeds"),
    ("Safety plan updated.\nT. Nadeau DO", "DO"),
]


@pytest.mark.parametrize(("text", "name"), SIGNED)
def test_signing_initials_are_people(text: str, name: str) -> None:
    """Initials signing a note, a log entry, a letter or a line are replaced as a person."""
    assert any(name in part and kind == "person" for part, kind in replaced(text)), replaced(text)


@pytest.mark.parametrize(("text", "word"), LEFT)
def test_memo_words_and_abbreviations_are_kept(text: str, word: str) -> None:
    """A memo word, an abbreviation, a plan letter or a time is not replaced as a person."""
    assert not any(word in part and kind == "person" for part, kind in replaced(text)), replaced(
        text
    )


TITLED = [
    ("Seen by Dr P. Yeung in clinic today.", "Yeung"),
    ("Letter copied to Mrs J. Okafor-Lindh, the foster carer.", "Okafor-Lindh"),
    ("Sgt K. Bhatti attended the strategy meeting.", "Bhatti"),
    ("Referred on to Prof. R. Templeton for a second opinion.", "Templeton"),
    ("Dr A. Hussain\nConsultant Psychiatrist", "Hussain"),
    ("Spoke with David SMITH at the front desk.", "SMITH"),
    ("Her neighbour, Carol YOUNG, raised the alarm.", "YOUNG"),
    ("Refer to prescriber Dr. Ahmadi for the dose review.", "Ahmadi"),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_surname_after_title_and_initial_is_replaced(text: str, name: str) -> None:
    """The surname after a title and an initial, or in capitals after a given name, is
    replaced with the rest of the name."""
    assert wholly_replaced(Deidentifier([]), text, name), replaced(text)


TITLED_LEFT = [
    ("Dr T. Then we went over the plan.", "Then"),
    ("Called Dr M. The letter is ready.", "The"),
    ("Her family is Ahmadi and she prays daily.", "Ahmadi"),
]


@pytest.mark.parametrize(("text", "word"), TITLED_LEFT)
def test_sentence_after_initial_is_kept(text: str, word: str) -> None:
    """An English word opening the next sentence, or a faith's name, is left."""
    assert not covers(text, word), replaced(text)


PATHOLOGICAL = {
    "last sentence": "Seen today. " * 800 + "AB",
    "log times": "AB 02:05\n" * 1100,
    "references": "AR/jh AR/jh\n" * 850,
    "slashes": "rang back /KB\n" * 700,
    "letters": "Done. K\n\n" * 1100,
    "titled initials": "Dr P. Yeung Okafor Lindh, " * 380,
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_fast(name: str) -> None:
    """10 KB of a signer rule's own pathological shape is redacted in under half a second."""
    text = PATHOLOGICAL[name][:10_000]
    assert redact_and_check_seconds(Deidentifier([]), text, "warm-up Elizabeth") < LINEAR_SECONDS
