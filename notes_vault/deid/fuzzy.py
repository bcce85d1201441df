"""One-letter deletions of a word, for symmetric-delete matching of misspelt names."""

from __future__ import annotations

from functools import lru_cache

# No name part is this long (the longest surnames on record run to about 35 letters), so a
# longer word can match none by one deletion: it gets no deletions, which keeps a 10 KB
# "word" linear in time and memory (it cost L squared, and the cache kept the result).
_LONGEST_PART = 48


@lru_cache(maxsize=8192)
def deletions(word: str) -> tuple[str, ...]:
    """The word and every form of it with one letter left out (symmetric-delete matching)."""
    if len(word) > _LONGEST_PART:
        return (word,)
    return (word, *(word[:i] + word[i + 1 :] for i in range(len(word))))
