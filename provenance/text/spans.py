"""Span lookups by bisection, so a stage asks about one stretch of a long text without a pass over all of it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, pairwise
from typing import Generic, TypeVar

from provenance.model import Span

T = TypeVar("T")


class Near(Generic[T]):
    """Items in text order whose spans do not overlap (quotations): those around a stretch, in their order."""

    def __init__(self, items: Sequence[T], span: Callable[[T], Span]) -> None:
        self.items = items
        self._starts = [span(item).start for item in items]
        self._ends = [span(item).end for item in items]
        # Bisection needs starts and ends both sorted; anything else (never made by segment()) is handed out whole.
        self._sorted = all(a <= b for a, b in pairwise(self._starts)) and all(a <= b for a, b in pairwise(self._ends))

    def around(self, start: int, end: int, margin: int = 1) -> list[T]:
        """The items whose span touches [start, end] (ends included), and `margin` more on each side, in order."""
        if not self._sorted:
            return list(self.items)
        lo = bisect_left(self._ends, start)
        hi = bisect_right(self._starts, end)
        return list(self.items[max(0, lo - margin) : hi + margin])


class Overlaps:
    """Whether any of many spans overlaps a stretch, by bisection over their starts and the running largest end."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def any(self, start: int, end: int) -> bool:
        """Whether some span has span.start < end and start < span.end."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start
