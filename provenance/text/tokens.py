"""Word tokens with spans, and the small scans over them that source finding needs."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container
from itertools import accumulate, compress, repeat
from operator import attrgetter, itemgetter
from typing import NamedTuple

from provenance.model import Span

# Dashes that set off a phrase ("Smith — the mayor — said"); "--" is how plain text writes one.
DASHES = frozenset({"—", "–", "―", "--", "-"})

_KEEP_DOT = re.compile(r"^(?:\w\.)+$|^[A-Z][a-z]{0,3}\.$")
_POSSESSIVE = ("’s", "'s")


class _Fields(NamedTuple):
    text: str
    start: int
    end: int
    bare: str  # the word without a possessive ’s
    lower: str  # bare, lower-cased
    capitalized: bool  # starts with an upper-case letter (names, acronyms)


class Token(_Fields):
    """One word: its text and code-point span, with its bare, lower-case and capitalised forms worked out once."""

    # A tuple rather than a dataclass: a corpus makes ~1 M of them, and tokenize() builds each with one C call
    # (tuple.__new__) instead of a Python __init__; equality stays that of (text, start, end).
    __slots__ = ()

    def __new__(cls, text: str, start: int, end: int) -> Token:
        bare = text[:-2] if text.endswith(_POSSESSIVE) else text
        return tuple.__new__(cls, (text, start, end, bare, bare.lower(), text[:1].isupper()))


_new = tuple.__new__
_FIRST = itemgetter(0)  # every word starts with a word character
# _WORD with its final period in a group of its own, for re.split: [gap, word, period, gap, word, period, ..., gap].
_SPLIT = re.compile(r"(\w+(?:[’'.&-]\w+)*(?:’s|'s)?)(\.?)", re.UNICODE)


def _scan(text: str, start: int, end: int, ends: list[int] | None = None) -> list[Token]:
    """The words of text[start:end]; `ends` collects each match's end before a dropped period.

    Built column by column with C-level map/zip/accumulate rather than a Python loop per match: the few
    words that end in a period or a possessive are then fixed one by one.
    """
    start, end = max(start, 0), max(end, 0)  # as re's pos and endpos
    parts = _SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))
    words = parts[1::3]
    count = len(words)
    starts, stops = offsets[1::3][:count], offsets[2::3][:count]
    if ends is not None:
        ends.extend(offsets[3::3][:count])
    for i in compress(range(count), parts[2::3]):
        # A token may keep its trailing period only when it is an abbreviation like "U.S." or "Sen.".
        if _KEEP_DOT.match(dotted := words[i] + "."):
            words[i] = dotted
            stops[i] += 1
    bares = words.copy()
    for i in compress(range(count), map(str.endswith, words, repeat(_POSSESSIVE))):
        bares[i] = words[i][:-2]
    # A field, not a property: asked about a million times per corpus, mostly of words that are not names.
    capitals = map(str.isupper, map(_FIRST, words))
    columns = zip(words, starts, stops, bares, map(str.lower, bares), capitals, strict=True)
    return list(map(_new, repeat(Token), columns))


_LOWER = attrgetter("lower")


def listed(tokens: list[Token], words: Container[str]) -> list[int]:
    """The indices of the tokens whose lower-case form is one of `words`."""
    # Mapped in C rather than looped in Python: asked for every word of every sentence, and few words are listed.
    return list(compress(range(len(tokens)), map(words.__contains__, map(_LOWER, tokens))))


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words of text[start:end], with absolute offsets."""
    return _scan(text, start, end)


def leading(text: str, start: int, end: int, count: int) -> list[Token]:
    """The first `count` words of text[start:end], as tokenize(text, start, end)[:count] returns them."""
    # Match by match, stopping at `count`: callers ask for a word or two after a comma, and a whole scan of the
    # window (a split, its offsets and a token per word) cost more than the few matches they use.
    found: list[Token] = []
    if count <= 0:
        return found
    for match in _SPLIT.finditer(text, max(start, 0), max(end, 0)):  # the pattern has no look-around: as a slice
        word, stop = match.group(1), match.end(1)
        if match.group(2) and _KEEP_DOT.match(dotted := word + "."):
            word, stop = dotted, stop + 1
        found.append(Token(word, match.start(), stop))
        if len(found) == count:
            break
    return found


class Words:
    """A document's words, found once and handed out by span: the same tokens tokenize() would make.

    Every word starts with a word character and the pattern has no look-around, so a scan that starts
    between two words of the whole-text scan finds the same words, and a word of the whole-text scan that
    ends within a span is found whole by the span's own scan. Only a word cut by a span's edge differs; that
    part is scanned again with the span's own bounds.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[int] = []  # where each word's match ends (past a period the token drops)
        self.tokens = _scan(text, 0, len(text), self._ends)
        self._starts = [t.start for t in self.tokens]

    def between(self, start: int, end: int) -> list[Token]:
        """The words of text[start:end], as tokenize(text, start, end) returns them."""
        starts, ends = self._starts, self._ends
        lo = bisect_left(starts, start)
        if lo and ends[lo - 1] > start:
            return _scan(self.text, start, end)  # a word runs across the span's start
        hi = bisect_left(starts, end, lo)
        if hi > lo and ends[hi - 1] > end:
            return [*self.tokens[lo : hi - 1], *_scan(self.text, starts[hi - 1], end)]  # the last word is cut
        return self.tokens[lo:hi]


def gap(text: str, left: Token | int, right: Token | int) -> str:
    """The characters between two tokens (or offsets)."""
    try:
        # Two tokens, by their fields' positions (end, start): half a million calls per corpus, all with tokens.
        return text[left[2] : right[1]]  # type: ignore[index]
    except TypeError:  # an offset (an int has no items)
        pass
    a = left.end if isinstance(left, Token) else left
    b = right.start if isinstance(right, Token) else right
    return text[a:b]


def trimmed_span(text: str, start: int, end: int) -> Span:
    """The span of text[start:end] without surrounding spaces and the commas or colons that join it to a cue."""
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return Span(start, end, text[start:end])
