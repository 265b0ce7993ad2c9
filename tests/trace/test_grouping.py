"""Tests for provenance/trace/grouping.py."""

from __future__ import annotations

from provenance.model import Span
from provenance.trace.grouping import line_starts, rows
from provenance.trace.rules import load_trace_rules
from provenance.trace.types import Change

TEXT = "Head\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n"


def _at(rule: str, word: str, old: str | None = None) -> Change:
    start = TEXT.index(word)
    return load_trace_rules().change(rule, Span(start, start + len(word), word), old=old)


def test_a_run_of_added_paragraphs_is_one_row_and_cuts_stay_apart() -> None:
    changes = [
        _at("trace.paragraph-added", "One."),
        _at("trace.paragraph-added", "Two."),
        _at("trace.paragraph-cut", "Three.", old="x"),
        _at("trace.paragraph-cut", "Four.", old="y"),
    ]
    found = rows(changes, line_starts(TEXT))
    assert [(r.change.rule, r.count, r.first_line, r.last_line) for r in found] == [
        ("trace.paragraph-added", 2, 3, 5),
        ("trace.paragraph-cut", 1, 7, 7),
        ("trace.paragraph-cut", 1, 9, 9),
    ]
    assert found[0].message == "Paragraph added by the republisher (2 paragraphs, lines 3–5)"
    assert found[1].message == found[1].change.message
