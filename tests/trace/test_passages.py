"""Tests for provenance/trace/passages.py."""

from __future__ import annotations

from provenance import annotate
from provenance.trace.passages import body_paragraphs, credit_lines, passages

from .articles import ORIGIN


def test_body_leaves_out_headline_and_credit_line() -> None:
    doc = annotate(ORIGIN)
    paragraphs = [p.text for p in body_paragraphs(doc)]
    assert len(paragraphs) == 6
    assert paragraphs[0].startswith("The city council approved")
    assert [c.text for c in credit_lines(doc)] == ["Source: Harbor Post"]


def test_passages_carry_their_paragraph_and_words_with_offsets() -> None:
    doc = annotate(ORIGIN)
    found = passages(doc)
    assert [p.paragraph for p in found] == sorted(p.paragraph for p in found)
    for passage in found:
        for word in passage.words:
            assert passage.span.start <= word.start < word.end <= passage.span.end
            assert doc.text[word.start : word.end].lower().replace("’", "'") == word.norm


def test_a_paragraph_without_words_is_no_passage() -> None:
    doc = annotate("Headline of a story\n\nA sentence with words in it.\n\n…\n\nAnother sentence here.\n")
    assert "…" not in [p.text.strip() for p in body_paragraphs(doc)]


def test_a_credit_paragraph_is_left_out_however_long() -> None:
    notice = "This story was first published by the Harbor Post and is republished here with permission."
    doc = annotate(ORIGIN.replace("Source: Harbor Post", notice))
    assert notice not in [p.text.strip() for p in body_paragraphs(doc)]
    assert [c.text for c in credit_lines(doc)] == [notice]
