"""Furniture: lines that many stored texts share (poll widgets, agency boilerplate, a site's editor's note).

passim drops n-grams that more than a set number of documents hold; here the unit is the line (a paragraph as
most pages are exported), because furniture comes in whole lines and a line's key is cheap enough to count
at index time. A line is furniture for one article-origin pair when more stored texts hold it than a set
minimum and than twice as many as hold the origin's own lines: a wire story that fifty sites carry is held
fifty times line by line and stays reuse, while a poll widget held by seventy texts among stories held once
is furniture.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from provenance.model import Document, Span
from provenance.trace.shingles import WORD, normalise

MIN_LINE_WORDS = 4  # "Maybe?", "Advertisement": too short to say anything about a text; not counted
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")


@dataclass(frozen=True, slots=True)
class Line:
    """A line of a text with at least MIN_LINE_WORDS words, and its key (a 64-bit hash of its normalised words)."""

    start: int
    end: int
    key: int


def line_key(norms: Sequence[str]) -> int:
    """The key of a line's normalised words: signed 64-bit (an SQLite INTEGER), stable across processes."""
    digest = hashlib.blake2b(" ".join(norms).encode("utf-8", errors="surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def lines(text: str) -> list[Line]:
    """The countable lines of a text, in order (a line repeated in one text is listed each time)."""
    found = []
    for match in _LINE.finditer(text):
        raw = WORD.findall(text, match.start(), match.end())
        if len(raw) >= MIN_LINE_WORDS:
            found.append(Line(match.start(), match.end(), line_key(normalise("\x00".join(raw)).split("\x00"))))
    return found


def words_and_line_keys(text: str) -> tuple[list[str], set[int]]:
    """The text's normalised words (as shingles.words gives them) and its distinct line keys, in one pass.

    Indexing needs both; finding the words line by line and normalising them once costs little more than
    the words alone. The keys are those `lines` gives: the same words, normalised the same way.
    """
    per_line = [WORD.findall(line) for line in _LINE.findall(text)]
    found = [w for line in per_line for w in line]
    if not found:
        return [], set()
    norms = normalise("\x00".join(found)).split("\x00")
    keys, at = set(), 0
    for line in per_line:
        if len(line) >= MIN_LINE_WORDS:
            keys.add(line_key(norms[at : at + len(line)]))
        at += len(line)
    return norms, keys


def line_keys(text: str) -> set[int]:
    """The distinct line keys of a text: what the index counts once per stored text."""
    return words_and_line_keys(text)[1]


def story_count(found: Sequence[Line], df: Mapping[int, int]) -> int:
    """How many stored texts hold a stored text's own lines: the median of its lines' counts (1 if none)."""
    counts = sorted(max(df.get(line.key, 0), 1) for line in found)
    return counts[len(counts) // 2] if counts else 1


def threshold(story: int, min_texts: int) -> int:
    """The count from which a line is furniture beside a story held by `story` texts."""
    return max(min_texts, 2 * story)


def furniture(found: Iterable[Line], df: Mapping[int, int], at_least: int, text: str) -> list[Span]:
    """The lines held by at least `at_least` stored texts, as spans."""
    return [Span(x.start, x.end, text[x.start : x.end]) for x in found if df.get(x.key, 0) >= at_least]


def with_furniture(doc: Document, spans: Sequence[Span]) -> Document:
    """The document with these lines added to its page furniture, so trace neither aligns nor judges them."""
    if not spans:
        return doc
    seg = doc.segmentation
    merged = tuple(sorted({*seg.boilerplate, *spans}, key=lambda s: (s.start, s.end)))
    return replace(doc, segmentation=replace(seg, boilerplate=merged))


def without(text: str, spans: Iterable[Span]) -> str:
    """The text with these spans left out (a line break in their place, so no word is joined to another)."""
    pieces, at = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start >= at:
            pieces.append(text[at : span.start])
            at = span.end
    pieces.append(text[at:])
    return "\n".join(pieces)
