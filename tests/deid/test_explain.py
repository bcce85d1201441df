"""Every replacement says its layer and its cue, for `deid --explain` (issue 13, item 6)."""

from __future__ import annotations

import subprocess
import sys

from tests.deid.helpers import replacements

NOTE = (
    "Pt seen 3/14/2023 w/ Dr. Okafor re meds; a 34 y/o F. Her insta is jas.k, phone "
    "(617) 555-0134, MRN: 00482913. Lives at 12 Acacia Avenue near Leeds; works at "
    "Hall Health Clinic. Her friend \u738b\u4f1f said hello. CAMH outpatient since 2019."
)


def test_every_reason_names_its_layer_and_a_cue() -> None:
    """Pattern and context replacements start with their layer and quote what they saw."""
    reps = replacements(NOTE)
    assert len(reps) >= 12
    for rep in reps:
        assert rep.reason.startswith(f"{rep.layer}: "), rep.reason
        assert len(rep.reason) > len(rep.layer) + 8


LEAKY = [
    "rose is 57 now and Rigo is 40.",
    "Discussed with supervisor (J.M.) and K.T. today.",
    "Admitted (Spring Harbor 2019) once.",
    "Wang Wei said hello; Thandiwe Okonkwo said no.",
    "Hartford 06106 is the ZIP.",
    "CAMH 1234567 is her number.",
    "Okafor\n3/14 seen.",
]


def test_reasons_never_quote_what_they_replace() -> None:
    """--explain must not re-show identifiers: no replaced text appears in any reason."""
    for text in LEAKY:
        reps = replacements(text)
        assert reps, text
        secrets = {text[r.start : r.end].strip() for r in reps} | {"Okafor", "Rigo", "rose"}
        for rep in reps:
            for secret in secrets:
                assert secret not in rep.reason, (text, rep.reason)


def test_title_reason_quotes_the_title() -> None:
    """A name found after a title says which title ("Dr.")."""
    reasons = [r.reason for r in replacements("Seen by Dr. Okafor today.")]
    assert reasons == ["context: title or relation 'Dr.' before a name"]


def test_engine_import_loads_no_phone_library() -> None:
    """Importing the engine loads neither libphonenumber nor the gazetteers: they load on use."""
    code = (
        "import sys; import notes_vault.deid.engine as e; "
        "from notes_vault.deid import lexicon; "
        "print('phonenumbers' in sys.modules, lexicon._load.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]
