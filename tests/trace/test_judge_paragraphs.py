"""Tests for provenance/trace/judge_paragraphs.py."""

from __future__ import annotations

from provenance import annotate
from provenance.trace.align import align
from provenance.trace.judge_paragraphs import longest_rising, paragraph_changes
from provenance.trace.rules import load_trace_rules

from .articles import ORIGIN, body


def test_longest_rising_keeps_the_most_paragraphs_in_order() -> None:
    assert longest_rising([0, 1, 2, 3]) == {0, 1, 2, 3}
    assert longest_rising([0, 4, 1, 2, 3]) == {0, 2, 3, 4}  # position 1 (origin paragraph 4) moved up
    assert longest_rising([]) == set()
    assert len(longest_rising([3, 2, 1])) == 1


def test_a_paragraph_moved_to_the_top_is_reported_and_only_it() -> None:
    paragraphs = body(ORIGIN).split("\n\n")[:-1]  # without the credit line
    moved = [paragraphs[4], *paragraphs[:4], paragraphs[5]]
    copy = "Harbor budget passes after a month\n\n" + "\n\n".join(moved) + "\n"
    article, origin = annotate(copy), annotate(ORIGIN)
    changes = paragraph_changes(article, origin, align(article, origin), load_trace_rules())
    assert [c.rule for c in changes] == ["trace.paragraph-moved"]
    assert changes[0].span.text.startswith("The fishing cooperative said")
    assert changes[0].origin is not None and changes[0].origin.text.startswith("The fishing cooperative said")


def test_a_cut_paragraph_is_placed_where_it_would_have_been() -> None:
    paragraphs = body(ORIGIN).split("\n\n")[:-1]
    copy = "Harbor budget passes after a month\n\n" + "\n\n".join(paragraphs[:2] + paragraphs[3:]) + "\n"
    article, origin = annotate(copy), annotate(ORIGIN)
    [cut] = paragraph_changes(article, origin, align(article, origin), load_trace_rules())
    assert cut.rule == "trace.paragraph-cut" and cut.span.start == cut.span.end
    assert copy[: cut.span.start].rstrip().endswith("after the vote.")
    assert cut.old is not None and cut.old.startswith("The plan sets aside")


def test_paragraphs_of_a_few_words_are_not_reported() -> None:
    paragraphs = body(ORIGIN).split("\n\n")[:-1]
    origin_text = "Harbor budget\n\n" + "\n\n".join([*paragraphs[:3], "Photo: Getty.", *paragraphs[3:]]) + "\n"
    copy = "Harbor budget passes after a month\n\n" + "\n\n".join([*paragraphs, "Advertisement"]) + "\n"
    article, origin = annotate(copy), annotate(origin_text)
    assert paragraph_changes(article, origin, align(article, origin), load_trace_rules()) == []


def test_a_credit_note_is_not_a_moved_paragraph() -> None:
    paragraphs = body(ORIGIN).split("\n\n")[:-1]
    moved = [paragraphs[4], *paragraphs[:4], paragraphs[5]]
    copy = "Harbor budget passes after a month\n\n" + "\n\n".join(moved) + "\n"
    article, origin = annotate(copy), annotate(ORIGIN)
    note = article.segmentation.paragraphs[1]  # the moved paragraph, taken here for a note
    rules = load_trace_rules()
    changes = paragraph_changes(article, origin, align(article, origin), rules, [note])
    assert [c.rule for c in changes] == []
