"""Normalised word tokens with their code-point offsets, and the word shingles that fingerprint a text."""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

# passim and most reuse detectors use word 5-grams: rare enough to be evidence, short enough to survive edits.
SHINGLE_WORDS = 5

# A word is letters/digits, with inner apostrophes kept ("don't"); hyphens split ("anti-Daesh" is two words) so that
# a term found inside a compound still lines up with the words around it.
WORD = re.compile(r"\w+(?:['’]\w+)*")

# Shingles made only of these words ("one of the most ...") occur in unrelated articles; they are not evidence of reuse.
_STOPWORDS = frozenset(
    re.split(
        r"\s+",
        """a an and are as at be been but by for from had has have he her his i in is it its of on or our she that the
        their them they this to was we were what when which who will with would you not no than then there said says""",
    )
)


_BASE = np.uint64(1_000_003)


class _WordHashes(dict[str, int]):
    """crc32 of each word, computed once per process (a corpus repeats its vocabulary endlessly), with bit 32 set
    for a stopword: one lookup per word gives both."""

    def __missing__(self, word: str) -> int:
        value = zlib.crc32(word.encode("utf-8", errors="surrogatepass")) | (int(word in _STOPWORDS) << 32)
        self[word] = value
        return value


_WORD_HASHES = _WordHashes()
_WORD_HASHES_MAX = 2_000_000  # about 200 MB at worst; cleared, not grown, beyond that


@dataclass(frozen=True, slots=True)
class Token:
    """A word as normalised for matching, with the code-point range it occupies in the text as read."""

    norm: str
    start: int
    end: int


def normalise(word: str) -> str:
    """The matching form of a word or text: NFKC, case-folded, typographic apostrophes made plain."""
    if not unicodedata.is_normalized("NFKC", word):
        word = unicodedata.normalize("NFKC", word)
    return word.casefold().replace("’", "'")


@lru_cache(maxsize=16)
def folded(text: str) -> str | None:
    """The whole text normalised, when that keeps every offset (NFKC already, and case folding changes no length).

    Alignment asks for the words of one text sentence by sentence; slicing one folded copy is far cheaper than
    normalising word by word. The cache holds the few texts being aligned (a str caches its own hash).
    """
    if not unicodedata.is_normalized("NFKC", text):
        return None
    lower = text.casefold()
    return lower.replace("’", "'") if len(lower) == len(text) else None


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of text[start:end], offsets into the whole text."""
    stop = len(text) if end is None else end
    plain = folded(text)
    if plain is None:
        return [Token(normalise(m.group()), m.start(), m.end()) for m in WORD.finditer(text, start, stop)]
    return [Token(plain[m.start() : m.end()], m.start(), m.end()) for m in WORD.finditer(text, start, stop)]


def words(text: str) -> list[str]:
    """Just the normalised words of a text (the fast path for indexing)."""
    # Words are found in the text as read (as tokens() finds them), then normalised in one call: joined by NUL,
    # which no word contains and normalisation leaves alone, so each comes out exactly as normalise(word) would.
    found = WORD.findall(text)
    return normalise("\x00".join(found)).split("\x00") if found else []


def shingle_hashes(norms: Sequence[str], size: int = SHINGLE_WORDS) -> list[int]:
    """32-bit hashes of the word n-grams of a token sequence, skipping stopword-only n-grams; stable across runs."""
    return list(shingle_array(norms, size).tolist())


def shingle_array(norms: Sequence[str], size: int = SHINGLE_WORDS) -> npt.NDArray[np.uint32]:
    """`shingle_hashes` as a numpy array (what signatures are made from).

    Each word is hashed once (crc32, not Python's per-process salted hash) and the n-gram hashes are combined
    in numpy, so the cost per word is one C call, whatever the n-gram size.
    """
    if len(norms) < size:
        # A very short text still gets one shingle so that it can be indexed and found.
        short = [zlib.crc32(" ".join(norms).encode("utf-8", errors="surrogatepass"))] if norms else []
        return np.array(short, dtype=np.uint32)
    if len(_WORD_HASHES) > _WORD_HASHES_MAX:
        _WORD_HASHES.clear()
    # map() over a C-level bound method: no Python frame per word once the word has been seen.
    looked_up = np.fromiter(map(_WORD_HASHES.__getitem__, norms), dtype=np.uint64, count=len(norms))
    word = looked_up & np.uint64(0xFFFFFFFF)
    stop = (looked_up >> np.uint64(32)).astype(np.int32)
    grams = len(norms) - size + 1
    combined = np.zeros(grams, dtype=np.uint64)
    for k in range(size):  # polynomial hash of the n-gram; uint64 arithmetic wraps, which is what we want
        combined = combined * _BASE + word[k : k + grams]
    folded = (combined ^ (combined >> np.uint64(32))) & np.uint64(0xFFFFFFFF)
    running = np.concatenate(([0], np.cumsum(stop)))
    informative = (running[size:] - running[:-size]) < size
    return folded[informative].astype(np.uint32)


def shingle_set(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The set of shingle hashes of a text."""
    return frozenset(shingle_hashes(words(text), size))


def containment(part: frozenset[int], whole: frozenset[int]) -> float:
    """Share of `part`'s shingles that also occur in `whole` (0 when `part` is empty)."""
    return len(part & whole) / len(part) if part else 0.0
