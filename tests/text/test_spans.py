"""Bisection lookups give what a pass over every span gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from provenance.model import Span
from provenance.text.spans import Near, Overlaps

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12).map(
    lambda pairs: [Span(a, a + n, "") for a, n in pairs]
)


def _laid_out(lengths: list[tuple[int, int]]) -> list[Span]:
    """Non-overlapping spans in order, as segmentation makes quotations: (gap before, length) each."""
    spans, at = [], 0
    for gap, length in lengths:
        spans.append(Span(at + gap, at + gap + length, ""))
        at += gap + length
    return spans


@given(_SPANS, st.integers(0, 70), st.integers(0, 70))
def test_overlaps_is_any_overlap(spans: list[Span], start: int, end: int) -> None:
    expected = any(s.start < end and start < s.end for s in spans)
    assert Overlaps(spans).any(start, end) == expected


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=12), st.integers(0, 60), st.integers(0, 60))
def test_near_holds_every_touching_span_in_order(layout: list[tuple[int, int]], start: int, end: int) -> None:
    spans = _laid_out(layout)
    around = Near(list(range(len(spans))), lambda i: spans[i]).around(start, end)  # indexes into spans
    touching = [i for i, s in enumerate(spans) if s.start <= end and s.end >= start]
    assert [i for i in around if i in touching] == touching  # all of them, in order
    assert around == list(range(around[0], around[0] + len(around))) if around else not touching  # contiguous
    assert len(around) <= len(touching) + 2


def test_near_hands_out_everything_when_unsorted() -> None:
    spans = [Span(10, 12, ""), Span(0, 2, "")]
    assert Near(spans, lambda s: s).around(0, 1) == spans
