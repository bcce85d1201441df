"""Attack the whole de-identifier with pathological inputs: is every rule linear?

    .venv/bin/python benchmarks/fuzz_linear.py [--seed N] [--only NAME]... [--top N]
                                               [--full] [--list]

Builds inputs of many shapes from the engine's own trigger words (every short
word-like string constant in notes_vault/deid/*.py: cue words, titles, months,
relation words, units, organisation endings, street words) and punctuation,
and times (CPU seconds) `redact` plus the final check (`leaks`) on each, as
tests/deid/helpers.py `redact_and_check_seconds` does, with a KnownSubject.

Each shape is one 20 KB string; its 2.5, 5, 10 and 20 KB prefixes are timed.
Screen: every shape once at 5 KB and 10 KB. A shape whose 10 KB time is over
SCREEN_SECONDS, or over SCREEN_FLOOR with a 10/5 KB ratio over GROWTH, is re-timed, best of
three, at all four sizes (`--full`: every shape). It is flagged when its 10 KB
best is over 0.5 s or its 20/10 KB ratio is over GROWTH (2.6; 2.0 is linear,
4.0 quadratic). The machine is shared: re-check a flagged shape alone with
`--only NAME` before believing it. Run it under `ulimit -v` (as below): a shape
that eats memory, or runs over GIVE_UP_SECONDS, is timed as infinite and flagged.

    (ulimit -v 3000000; .venv/bin/python benchmarks/fuzz_linear.py)

Seeded: the same seed builds the same inputs. No note text is read; every
input is synthetic.
"""

from __future__ import annotations

import argparse
import ast
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from notes_vault.deid import Deidentifier, fuzzy  # noqa: E402
from tests.deid.helpers import LINEAR_SECONDS  # noqa: E402
from tests.deid.test_linear import SUBJECT  # noqa: E402  the subject the linear tests use

SIZES = (2_500, 5_000, 10_000, 20_000)
SCREEN_SECONDS = 0.2
GROWTH = 2.6
GIVE_UP_SECONDS = 30
FLOOR = 0.04  # below this, a ratio is timer noise
SCREEN_FLOOR = 0.1  # a one-run screen ratio below this is noise on a shared machine

KNOWN_FORMS = (
    "Elizabeth",
    "Liz",
    "Lizzie",
    "E. Hope",
    "Hope",
    "Ms Hope",
    "Elizabeth Anne Hope",
    "E.A.H.",
    "Robert",
    "Rob Hope",
    "07700 900123",
    "07700900123",
    "LS6 2AB",
    "liz@example.com",
    "12 Acacia Avenue",
    "03/03/1990",
    "3 March 1990",
    "Hope's",
)
# Hand-picked triggers, one per kind the brief names, on top of the extracted ones.
KINDS = {
    "cue": ("called", "named", "aka", "née", "client", "patient", "pt", "DOB", "MRN"),
    "title": ("Dr", "Dr.", "Mr", "Mrs", "Ms", "Prof", "Rev", "Sr.", "NP", "LCSW"),
    "month": ("March", "Mar", "Sept", "May", "june", "JAN"),
    "relation": ("mum", "dad", "sister", "brother-in-law", "partner", "boss", "friend"),
    "unit": ("Apt", "Suite", "Flat", "Unit", "Room", "#"),
    "org": ("Ltd", "LLC", "Inc", "NHS", "Trust", "School", "Hospital", "& Sons"),
    "street": ("Road", "Rd", "Street", "St", "Ave", "Lane", "Close", "Way"),
    "link": ("at", "w/", "of", "and", "the", "from", "in", "to", "with", "@"),
    "punct": ("(", ")", "'", "-", "/", ".", ",", ":", '"', "&", "[", "]"),
    "digits": ("1", "12", "1990", "07700", "3/3", "34", "2AB"),
    "capital": ("Aa", "Bob", "Smith", "O'Neil", "McDonald", "Jean-Paul", "A.", "AB"),
    "lower": ("a", "the", "went", "smith", "x", "said"),
}
SCRIPTS = {
    "cjk": "\u738b\u4f1f\u674e\u5a1c",
    "arabic": "\u0623\u062d\u0645\u062f \u0639\u0644\u064a",
    "cyrillic": "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432",
    "greek": "\u039d\u03af\u03ba\u03bf\u03c2",
    "devanagari": "\u0930\u093e\u091c",
    "hebrew": "\u05d3\u05d5\u05d3",
}
LOOKALIKES = {
    "cyrillic in name": "\u0415liz\u0430beth H\u043epe ",
    "fullwidth": "\uff25\uff4c\uff49\uff5a\uff41 \uff28\uff4f\uff50\uff45 ",
    "zero width": "E\u200bl\u200bi\u200bz\u200ba\u200bb\u200be\u200bt\u200bh ",
    "soft hyphens": "Eliz\u00adabeth Ho\u00adpe ",
    "nbsp": "Dr\u00a0Aa\u00a0Bb\u00a0",
    "joiners": "\u200d\u200c\u2060\ufeff",
    "combining": "Jose\u0301 Rene\u0301e ",
    "bidi": "\u202eAa Bb\u202c ",
    "ligatures": "\ufb01\ufb02 ",
    "dashes": "Aa\u2013Bb\u2014Cc\u2011",
    "quotes": "\u2018Aa\u2019 \u201cBb\u201d ",
}


def trigger_words() -> list[str]:
    """Every short word-like string constant in the rule modules, sorted (the engine's cues)."""
    found: set[str] = set()
    word = re.compile(r"[A-Za-z][A-Za-z'&.\- ]{0,24}")
    for path in sorted((ROOT / "notes_vault" / "deid").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                for part in node.value.split("|") if "|" in node.value else [node.value]:
                    if word.fullmatch(part.strip()) and not part.strip().startswith("_"):
                        found.add(part.strip())
    return sorted(found)


def fill(unit: str, size: int = SIZES[-1]) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // max(1, len(unit)) + 1))[:size]


def soup(rng: random.Random, pool: list[str], seps: tuple[str, ...], size: int) -> str:
    """Random tokens from `pool` joined by random separators, `size` characters long."""
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pool) + rng.choice(seps)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def word_shapes(words: list[str]) -> Iterator[tuple[str, str]]:
    """Each trigger word repeated, and a few separators for the short ones."""
    for w in words:
        yield f"word {w!r}", fill(w + " ")
        if len(w) <= 12:
            yield f"word {w!r} caps-next", fill(f"{w} Aa ")
            yield f"word {w!r} nospace", fill(w)
            yield f"word {w!r} lines", fill(w + "\n")


def kind_shapes(rng: random.Random) -> Iterator[tuple[str, str]]:
    """Kinds the brief names: repeated, alternating, nested, one line vs many, caps, no spaces."""
    every = [t for group in KINDS.values() for t in group]
    for kind, group in KINDS.items():
        for sep in (" ", "", "\n", ", ", ". ", "-", "/", "'s ", " (", ") "):
            yield f"{kind} joined by {sep!r}", fill(sep.join(group) + sep)
        for other, others in KINDS.items():
            unit = " ".join(f"{a} {b}" for a, b in zip(group, others, strict=False)) + " "
            yield f"{kind} alternating {other}", fill(unit)
    for seed in range(40):
        text = soup(
            random.Random(seed), every + list(KNOWN_FORMS), (" ", "", "\n", ", "), SIZES[-1]
        )
        yield f"soup {seed}", text
        yield f"soup {seed} caps", text.upper()
        yield f"soup {seed} nospace", soup(random.Random(seed), every, ("",), SIZES[-1])
        yield f"soup {seed} one line", text.replace("\n", " ")
    caps = [w.capitalize() for w in every if w.isalpha()]
    yield "capital runs", soup(rng, caps, (" ",), SIZES[-1])
    yield "capital runs nospace", soup(rng, caps, ("",), SIZES[-1])
    yield "capital runs dotted", soup(rng, caps, (". ", " ", "-"), SIZES[-1])


def bracket_shapes() -> Iterator[tuple[str, str]]:
    """Nested and unbalanced brackets and quotes around cue words and names."""
    half = SIZES[-1] // 2
    yield "nested parens", "(" * half + ")" * half
    yield "open parens", fill("(")
    yield "nested words", fill("(Aa ") + ")"
    yield "nested cues", fill("(mum (Dr Aa (at Bb Ltd ")
    yield "mixed brackets", fill("([{<")
    yield "quotes open", fill("'Aa ")
    yield "double quotes open", fill('"Aa ')
    yield "apostrophes", fill("'")
    yield "hyphens", fill("-")
    yield "slashes", fill("/")
    yield "w/ runs", fill("w/Aa ")
    yield "at runs", fill("at Aa at ")
    yield "dash capitals", fill("Aa-")
    yield "slash capitals", fill("Aa/")
    yield "dot capitals", fill("A.")
    yield "dot words", fill("Aa.")
    yield "comma capitals", fill("Aa, ")
    yield "apostrophe capitals", fill("Aa'")
    yield "digit letter", fill("1a")
    yield "digit capital", fill("1A ")
    yield "digits dashes", fill("12-")
    yield "digits spaces", fill("12 ")
    yield "digit slashes dots", fill("1/2.3-")
    yield "plus digits", fill("+44 ")
    yield "colon digits", fill("12:3")


def script_shapes() -> Iterator[tuple[str, str]]:
    """Non-Latin scripts alone, after cues, in capitals runs; look-alikes and invisibles."""
    for name, word in SCRIPTS.items():
        yield f"script {name}", fill(word + " ")
        yield f"script {name} nospace", fill(word.replace(" ", ""))
        yield f"script {name} after cue", fill(f"her friend {word}, Dr {word} at ")
        yield f"script {name} mixed", fill(f"Aa{word} ")
    for name, unit in LOOKALIKES.items():
        yield f"lookalike {name}", fill(unit)
        yield f"lookalike {name} in cues", fill(f"mum {unit}Dr {unit}at {unit}")


def known_shapes() -> Iterator[tuple[str, str]]:
    """The known subject's own forms repeated, alternated, and without spaces."""
    for form in KNOWN_FORMS:
        yield f"known {form!r}", fill(form + " ")
        yield f"known {form!r} nospace", fill(form)
    yield "known all", fill(" ".join(KNOWN_FORMS) + " ")
    yield "known all caps", fill(" ".join(KNOWN_FORMS).upper() + " ")
    yield "known all lines", fill("\n".join(KNOWN_FORMS) + "\n")
    yield "known partial", fill("Eliza Elizab Hop Ho Acacia Ave Leeds LS6 07700 ")


def shapes(seed: int) -> dict[str, str]:
    """Every shape, name -> 20 KB text; the same seed gives the same texts."""
    rng = random.Random(seed)
    words = trigger_words()
    out: dict[str, str] = {}
    for made in (word_shapes(words), kind_shapes(rng), bracket_shapes(), script_shapes()):
        out.update(made)
    out.update(known_shapes())
    return out


def seconds(text: str, repeat: int) -> float:
    """Best of `repeat`, CPU seconds (as the tests time): redact `text` and run the final check
    on the output (a fresh engine)."""
    engine = Deidentifier([SUBJECT], rng=random.Random(0))
    engine.redact("warm-up Elizabeth")
    best = float("inf")
    signal.signal(signal.SIGALRM, _give_up)
    for _ in range(repeat):
        began = time.process_time()
        signal.alarm(GIVE_UP_SECONDS)
        try:
            engine.leaks(engine.redact(text).text)
        except (MemoryError, TimeoutError):
            return float("inf")  # run under `ulimit -v`: a shape that eats memory is a finding
        finally:
            signal.alarm(0)
        best = min(best, time.process_time() - began)
    # fuzzy.deletions caches every word's one-letter deletions (8192 words); a 10 KB
    # word's are 100 MB, so without this the fuzzer's memory grows past the machine's.
    fuzzy.deletions.cache_clear()
    return best


def _give_up(_signum: int, _frame: object) -> None:
    """SIGALRM: a shape ran over GIVE_UP_SECONDS."""
    raise TimeoutError


def growth(text: str) -> dict[int, float]:
    """Best-of-three seconds at each size in SIZES."""
    return {size: seconds(text[:size], 3) for size in SIZES}


def flagged(times: dict[int, float]) -> list[str]:
    """Why a shape's times are not linear and fast (empty when they are)."""
    why = []
    if times[10_000] > LINEAR_SECONDS:
        why.append(f"10 KB {times[10_000]:.2f} s > {LINEAR_SECONDS}")
    if times[20_000] > FLOOR and times[20_000] / times[10_000] > GROWTH:
        why.append(f"20/10 KB ratio {times[20_000] / times[10_000]:.2f} > {GROWTH}")
    return why


def run(
    table: dict[str, str],
    full: bool,
    top: int,
    verbose: bool = False,
    say: Callable[[str], None] = print,
) -> list[str]:
    """Screen every shape, re-time the suspects at four sizes; return the flagged names."""
    screened: dict[str, tuple[float, float]] = {}
    for done, (name, text) in enumerate(table.items(), 1):
        if verbose:
            print(f"  timing {name}", file=sys.stderr, flush=True)
        screened[name] = (seconds(text[:5_000], 1), seconds(text[:10_000], 1))
        if done % 500 == 0:
            print(f"  screened {done}/{len(table)}", file=sys.stderr, flush=True)
    suspects = [
        n
        for n, (t5, t10) in screened.items()
        if full or t10 > SCREEN_SECONDS or (t10 > SCREEN_FLOOR and t10 / t5 > GROWTH)
    ]
    say(f"{len(table)} shapes screened at 5 and 10 KB; {len(suspects)} re-timed at 2.5-20 KB")
    say("slowest at 10 KB (screen, one run):")
    for name, (t5, t10) in sorted(screened.items(), key=lambda kv: -kv[1][1])[:top]:
        say(f"  {t10:6.3f} s  10/5 KB {t10 / t5:4.2f}  {name}")
    bad = []
    for name in suspects:
        times = growth(table[name])
        why = flagged(times)
        cells = "  ".join(
            f"{s // 1000 if s % 1000 == 0 else s / 1000} KB {t:.3f}" for s, t in times.items()
        )
        ratio = times[20_000] / times[10_000]
        say(f"{'FLAG' if why else 'ok  '} {name}: {cells}; 20/10 {ratio:.2f}")
        if why:
            bad.append(name)
    return bad


def main() -> int:
    """Build the seeded shapes, time them, print the slowest and the flagged; exit 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--only", action="append", default=[], help="re-time these shapes alone")
    parser.add_argument("--match", default="", help="only shapes whose name contains this")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--full", action="store_true", help="time every shape at every size")
    parser.add_argument("--shard", default="1/1", help="K/N: time every Nth shape from the Kth")
    parser.add_argument("--verbose", action="store_true", help="name each shape as it is timed")
    parser.add_argument("--list", action="store_true", help="print the shape names and stop")
    args = parser.parse_args()
    table = shapes(args.seed)
    if args.list:
        print("\n".join(table))
        return 0
    if args.only:
        table = {n: table[n] for n in args.only}
        args.full = True
    elif args.match:
        table = {n: t for n, t in table.items() if args.match in n}
    k, n = (int(part) for part in args.shard.split("/"))
    table = {name: text for i, (name, text) in enumerate(table.items()) if i % n == k - 1}
    bad = run(table, args.full, args.top, args.verbose)
    print(f"flagged: {len(bad)}" + "".join(f"\n  {n}" for n in bad))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
