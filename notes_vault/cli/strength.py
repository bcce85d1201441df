"""How hard a new passphrase is to guess, by zxcvbn (Dropbox's estimator; MIT; pure
Python, ~0.09 s to import, so imported only when a passphrase is being chosen).

zxcvbn scores 0 to 4 by the guesses an attacker would need, knowing common
passwords, words, names, dates, keyboard patterns and l33t spellings. Scores 0
and 1 (under about a million guesses) are refused: Argon2id slows each guess,
but not enough to save a passphrase on the top of every list. Score 2 is allowed
with a warning. Words of this product are counted as known to the attacker.
"""

from __future__ import annotations

from dataclasses import dataclass

from notes_vault.errors import UsageError

MIN_LENGTH = 8
REFUSED_BELOW = 2  # zxcvbn score
WARNED_BELOW = 3
PRODUCT_WORDS = ("notes-vault", "notes", "vault", "therapy", "therapist", "client", "session")


@dataclass(frozen=True)
class Verdict:
    """zxcvbn's score (0-4) and its advice in words."""

    score: int
    advice: str


def judge(passphrase: str) -> Verdict:
    """The strength of `passphrase` (only its first 100 characters are judged: beyond that
    zxcvbn's time grows and no passphrase is weak)."""
    from zxcvbn import zxcvbn  # noqa: PLC0415 - only when a passphrase is chosen

    result = zxcvbn(passphrase[:100], user_inputs=list(PRODUCT_WORDS))
    feedback = result.get("feedback") or {}
    parts = [str(feedback.get("warning") or "").strip()]
    parts += [str(s).strip() for s in feedback.get("suggestions") or []]
    return Verdict(int(result["score"]), " ".join(p for p in parts if p))


def problem(passphrase: str) -> str | None:
    """Why `passphrase` is refused (too short, or among the easiest to guess), or None."""
    if len(passphrase) < MIN_LENGTH:
        return f"the passphrase must be at least {MIN_LENGTH} characters"
    verdict = judge(passphrase)
    if verdict.score < REFUSED_BELOW:
        return f"that passphrase is among the easiest to guess. {verdict.advice}".strip()
    return None


def warning(passphrase: str) -> str | None:
    """A warning for a passphrase that is allowed but weak, or None."""
    verdict = judge(passphrase)
    if verdict.score < WARNED_BELOW:
        return f"that passphrase is weak (score {verdict.score} of 4). {verdict.advice}".strip()
    return None


def check(passphrase: str) -> str | None:
    """UsageError (exit 2) if refused; else the warning for a weak one, or None."""
    reason = problem(passphrase)
    if reason is not None:
        raise UsageError(f"{reason}; nothing was changed")
    return warning(passphrase)
