"""Span matching: overlap, one-to-one pairing and the figures derived from it."""

from __future__ import annotations

import pytest

from provenance.evaluation.spans import LabeledSpan, Tally, match, overlap


def span(*fragments: tuple[int, int]) -> LabeledSpan:
    return LabeledSpan("Cue", tuple(fragments))


def test_overlap_counts_shared_code_points_fragment_by_fragment() -> None:
    assert overlap(span((0, 10)), span((5, 20))) == 5
    assert overlap(span((0, 10)), span((10, 20))) == 0  # end is exclusive: touching is not overlapping
    # The gap between fragments (e.g. "said X" between two quotes) does not count.
    assert overlap(span((0, 10), (20, 30)), span((12, 18))) == 0
    assert overlap(span((0, 10), (20, 30)), span((5, 25))) == 10


def test_overlapping_spans_match_and_disjoint_ones_do_not() -> None:
    result = match([span((0, 4)), span((50, 60))], [span((2, 8)), span((30, 40))])
    assert result.pairs == ((0, 0),)
    assert result.missed == (1,)
    assert result.false_alarms == (1,)
    assert result.tally == Tally(1, 1, 1)


def test_one_to_one_a_prediction_covering_two_gold_spans_counts_once() -> None:
    result = match([span((0, 5)), span((10, 15))], [span((0, 15))])
    assert result.tally == Tally(tp=1, fp=0, fn=1)
    # Two predictions inside one gold span: one pairs, the other is a false alarm.
    result = match([span((0, 15))], [span((0, 5)), span((10, 15))])
    assert result.tally == Tally(tp=1, fp=1, fn=0)


def test_larger_overlap_wins_but_never_at_the_cost_of_a_pair() -> None:
    # Gold 0 overlaps prediction 0 most, but prediction 0 is gold 1's only partner: the matching
    # with most pairs moves gold 0 to prediction 1.
    gold = [span((0, 10)), span((9, 12))]
    predicted = [span((2, 11)), span((0, 3))]
    result = match(gold, predicted)
    assert result.pairs == ((0, 1), (1, 0))
    # With no conflict, the larger overlap is chosen.
    result = match([span((0, 10))], [span((0, 2)), span((0, 8))])
    assert result.pairs == ((0, 1),)


def test_discontinuous_gold_matches_a_prediction_on_either_fragment() -> None:
    quote = span((0, 20), (35, 60))  # “…,” said X. “…”
    assert match([quote], [span((40, 50))]).tally == Tally(1, 0, 0)
    assert match([quote], [span((22, 33))]).tally == Tally(0, 1, 1)  # only the gap: no match


def test_figures() -> None:
    tally = Tally(tp=3, fp=1, fn=2) + Tally(tp=1, fp=1, fn=0)
    assert (tally.tp, tally.fp, tally.fn) == (4, 2, 2)
    assert tally.precision == pytest.approx(4 / 6)
    assert tally.recall == pytest.approx(4 / 6)
    assert tally.f1 == pytest.approx(4 / 6)
    assert Tally().precision == Tally().recall == Tally().f1 == 0.0
