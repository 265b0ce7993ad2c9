"""Paragraph helpers: items per paragraph and the title line."""

from __future__ import annotations

from provenance.core.attribution.paragraphs import per_paragraph, title_line
from provenance.core.segment import segment
from provenance.model import Span


def test_items_fall_into_the_paragraph_they_start_in() -> None:
    paragraphs = [Span(0, 10, ""), Span(12, 20, "")]
    assert per_paragraph(paragraphs, ["a", "b", "c"], [1, 13, 15]) == [["a"], ["b", "c"]]
    assert per_paragraph(paragraphs, ["c", "a"], [15, 1]) == [["a"], ["c"]]  # unsorted starts still work


def _title(text: str) -> str | None:
    seg = segment(text)
    found = title_line(seg, per_paragraph(seg.paragraphs, seg.sentences, [s.start for s in seg.sentences]))
    return found.text if found else None


def test_a_one_sentence_first_line_is_a_title() -> None:
    assert _title("Poll: Trump ties Clinton.\n\nThe body follows here.") == "Poll: Trump ties Clinton."


def test_a_first_paragraph_of_two_sentences_is_not() -> None:
    assert _title("The council met. It voted.\n\nThe body follows here.") is None
