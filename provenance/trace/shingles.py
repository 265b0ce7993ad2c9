"""Normalised word tokens with their code-point offsets, and the word shingles that fingerprint a text."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

# passim and most reuse detectors use word 5-grams: rare enough to be evidence, short enough to survive edits.
SHINGLE_WORDS = 5

# A word is letters/digits, with inner apostrophes kept ("don't"); hyphens split ("anti-Daesh" is two words) so that
# a term found inside a compound still lines up with the words around it.
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_FOLD_PUNCT = str.maketrans({"’": "'"})

# Shingles made only of these words ("one of the most ...") occur in unrelated articles; they are not evidence of reuse.
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the
        their them they this to was we were what when which who will with would you not no than then there said says""",
    )
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word as normalised for matching, with the code-point range it occupies in the text as read."""

    norm: str
    start: int
    end: int


def normalise(word: str) -> str:
    """The matching form of a word: NFKC, case-folded, typographic apostrophes and hyphens made plain."""
    return unicodedata.normalize("NFKC", word).casefold().translate(_FOLD_PUNCT)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], offsets into the whole text."""
    stop = len(text) if end is None else end
    return [Token(normalise(m.group()), m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


def words(text: str) -> list[str]:
    """Just the normalised words of a text (the fast path for indexing)."""
    # One normalise() over the whole text is several times faster than one per word; offsets are not needed here.
    return _WORD.findall(normalise(text))


def shingle_hashes(norms: Sequence[str], size: int = SHINGLE_WORDS) -> list[int]:
    """32-bit hashes of the word n-grams of a token sequence, skipping stopword-only n-grams; stable across runs."""
    if len(norms) < size:
        # A very short text still gets one shingle so that it can be indexed and found.
        return [zlib.crc32(" ".join(norms).encode())] if norms else []
    hashes = []
    for i in range(len(norms) - size + 1):
        gram = norms[i : i + size]
        if all(w in _STOPWORDS for w in gram):
            continue
        hashes.append(zlib.crc32(" ".join(gram).encode()))
    return hashes


def shingle_set(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The set of shingle hashes of a text."""
    return frozenset(shingle_hashes(words(text), size))


def containment(part: frozenset[int], whole: frozenset[int]) -> float:
    """Share of `part`'s shingles that also occur in `whole` (0 when `part` is empty)."""
    return len(part & whole) / len(part) if part else 0.0
