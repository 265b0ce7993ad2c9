"""Look-ups across an alignment: where an origin span's words went in the article, and back."""

from __future__ import annotations

from bisect import bisect_left

from provenance.model import Span
from provenance.trace.shingles import tokens
from provenance.trace.types import Alignment, WordLink


class WordMap:
    """The unchanged-word links of one alignment, searchable from either side."""

    def __init__(self, alignment: Alignment, article_text: str, origin_text: str) -> None:
        self.alignment = alignment
        self.article_text = article_text
        self.origin_text = origin_text
        self._by_article = sorted(alignment.links, key=lambda w: w.article_start)
        self._by_origin = sorted(alignment.links, key=lambda w: w.origin_start)
        self._a_starts = [w.article_start for w in self._by_article]
        self._o_starts = [w.origin_start for w in self._by_origin]

    def _in_origin(self, span: Span) -> list[WordLink]:
        # Words overlapping the span: a span may start inside a word ("Daesh" in "anti-Daesh" is whole, but a rule
        # may match part of a token), so the link starting just before it counts when it reaches into the span.
        lo = max(bisect_left(self._o_starts, span.start) - 1, 0)
        hi = bisect_left(self._o_starts, span.end)
        return [w for w in self._by_origin[lo:hi] if w.origin_end > span.start]

    def _in_article(self, span: Span) -> list[WordLink]:
        lo = max(bisect_left(self._a_starts, span.start) - 1, 0)
        hi = bisect_left(self._a_starts, span.end)
        return [w for w in self._by_article[lo:hi] if w.article_end > span.start]

    def origin_kept(self, span: Span) -> float:
        """Share of the words of an origin span that the article carries unchanged."""
        total = len(tokens(self.origin_text, span.start, span.end))
        return min(1.0, len(self._in_origin(span)) / total) if total else 0.0

    def article_kept(self, span: Span) -> float:
        """Share of the words of an article span that come unchanged from the origin."""
        total = len(tokens(self.article_text, span.start, span.end))
        return min(1.0, len(self._in_article(span)) / total) if total else 0.0

    def to_article(self, span: Span) -> Span | None:
        """The article range spanned by the carried-over words of an origin span (None if none were carried)."""
        linked = self._in_origin(span)
        if not linked:
            return None
        start, end = min(w.article_start for w in linked), max(w.article_end for w in linked)
        return Span(start, end, self.article_text[start:end])

    def to_origin(self, span: Span) -> Span | None:
        """The origin range spanned by the carried-over words of an article span."""
        linked = self._in_article(span)
        if not linked:
            return None
        start, end = min(w.origin_start for w in linked), max(w.origin_end for w in linked)
        return Span(start, end, self.origin_text[start:end])

    def origin_pair(self, offset: int) -> Span | None:
        """The article sentence matched with the origin sentence holding `offset`, if it has one."""
        for pair in self.alignment.pairs:
            if pair.origin.start <= offset < pair.origin.end:
                return pair.article
        return None

    def article_pair(self, offset: int) -> Span | None:
        """The origin sentence matched with the article sentence holding `offset`, if it has one."""
        for pair in self.alignment.pairs:
            if pair.article.start <= offset < pair.article.end:
                return pair.origin
        return None
