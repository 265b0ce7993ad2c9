"""Tests for provenance/trace/wordmap.py."""

from __future__ import annotations

from provenance import annotate
from provenance.model import Span
from provenance.trace.align import align
from provenance.trace.wordmap import WordMap

from .articles import ORIGIN, republish


def _map(copy: str) -> WordMap:
    return WordMap(align(annotate(copy), annotate(ORIGIN)), copy, ORIGIN)


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part)


def test_origin_words_map_to_where_they_went() -> None:
    copy = republish(headline="Another headline entirely for the test")
    wmap = _map(copy)
    origin = _span(ORIGIN, "ferries running")
    assert wmap.origin_kept(origin) == 1.0
    assert wmap.to_article(origin) == _span(copy, "ferries running")
    assert wmap.to_origin(_span(copy, "ferries running")) == origin


def test_changed_words_are_not_kept() -> None:
    copy = republish(replace=(("criticized the plan", "attacked the plan"),))
    wmap = _map(copy)
    assert wmap.origin_kept(_span(ORIGIN, "criticized")) == 0.0
    assert wmap.article_kept(_span(copy, "attacked the plan")) == 2 / 3
    assert wmap.to_article(_span(ORIGIN, "criticized")) is None


def test_a_span_starting_inside_a_word_counts_that_word() -> None:
    copy = republish()
    wmap = _map(copy)
    inside = _span(copy, "ouncil approved")  # starts in the middle of "council"
    assert wmap.article_kept(inside) == 1.0


def test_pairs_are_found_from_either_side() -> None:
    copy = republish()
    wmap = _map(copy)
    article_sentence = wmap.origin_pair(ORIGIN.index("Work on the channel"))
    assert article_sentence is not None and article_sentence.text.startswith("Work on the channel")
    assert wmap.article_pair(0) is None  # the headline is not a body passage
