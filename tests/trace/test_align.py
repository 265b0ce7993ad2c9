"""Tests for provenance/trace/align.py."""

from __future__ import annotations

from provenance import annotate
from provenance.trace.align import align

from .articles import ORIGIN, republish


def test_identical_bodies_align_sentence_for_sentence_without_edits() -> None:
    alignment = align(annotate(republish()), annotate(ORIGIN))
    assert alignment.coverage == 1.0
    assert alignment.added == () and alignment.cut == ()
    assert all(p.edits == () and p.similarity == 1.0 for p in alignment.pairs)


def test_word_edits_carry_spans_on_both_sides() -> None:
    copy = republish(replace=(("for dredging the northern channel", "for deepening the northern channel"),))
    alignment = align(annotate(copy), annotate(ORIGIN))
    [edit] = [e for p in alignment.pairs for e in p.edits]
    assert edit.op == "replace"
    assert (edit.article.text, edit.origin.text) == ("deepening", "dredging")
    assert copy[edit.article.start : edit.article.end] == "deepening"
    assert ORIGIN[edit.origin.start : edit.origin.end] == "dredging"


def test_inserted_and_deleted_words_have_an_empty_span_on_the_other_side() -> None:
    copy = republish(
        replace=(("a new harbor budget on Tuesday", "a new harbor budget late on Tuesday"), ("after the vote", "after"))
    )
    edits = {e.op: e for p in align(annotate(copy), annotate(ORIGIN)).pairs for e in p.edits}
    assert edits["insert"].article.text == "late" and edits["insert"].origin.text == ""
    assert edits["delete"].origin.text == "the vote" and edits["delete"].article.start == edits["delete"].article.end


def test_moved_paragraphs_still_align_and_added_text_is_not_covered() -> None:
    moved = republish(
        drop=("Work on the channel",),
        append="Work on the channel is expected to start in March "
        "and last two years, the port authority said.\n\nA new paragraph written by the republisher "
        "about something else entirely, with many words of its own.",
    )
    alignment = align(annotate(moved), annotate(ORIGIN))
    assert alignment.cut == ()
    assert [s.text for s in alignment.added] == [
        "A new paragraph written by the republisher about something else entirely, with many words of its own."
    ]
    assert 0.8 < alignment.coverage < 1.0
    assert alignment.reused_words == len(alignment.links)


def test_cut_sentences_are_listed_with_origin_spans() -> None:
    alignment = align(annotate(republish(drop=("The fishing cooperative said",))), annotate(ORIGIN))
    [cut] = alignment.cut
    assert ORIGIN[cut.start : cut.end].startswith("The fishing cooperative said")


def test_repeated_sentences_pair_off_in_order() -> None:
    paragraphs = ORIGIN.split("\n\n")
    again = "The talks resume on Monday."
    with_credits = "\n\n".join([*paragraphs[:3], again, *paragraphs[3:5], again, *paragraphs[5:]])
    trimmed = "\n\n".join([*paragraphs[:3], again, *paragraphs[3:5], again, paragraphs[5], "Source: Harbor Post\n"])
    alignment = align(annotate(trimmed), annotate(with_credits))
    getty = [p for p in alignment.pairs if p.article.text == again]
    assert len(getty) == 2
    assert [p.origin.start - p.article.start for p in getty] == [0, 0]  # each with its own, not crosswise


_TWO = (
    "Plant to close\n\nThe steel plant in Harrow will close in May after forty years of production. Its 600 workers "
    "were told of the decision at a meeting on Friday morning, the union said.\n\nThe company gave no reason.\n"
)


def test_two_sentences_merged_into_one_align_with_both() -> None:
    merged = (
        "Plant to close\n\nThe steel plant in Harrow will close in May after forty years of production, and its 600 "
        "workers were told of the decision at a meeting on Friday morning.\n\nThe company gave no reason.\n"
    )
    alignment = align(annotate(merged), annotate(_TWO))
    [pair] = [p for p in alignment.pairs if "Harrow" in p.article.text]
    assert pair.origin.text.startswith("The steel plant") and pair.origin.text.endswith("the union said.")
    assert alignment.added == () and alignment.cut == ()


def test_one_sentence_split_in_two_aligns_with_both_halves() -> None:
    origin = (
        "Plant to close\n\nThe steel plant in Harrow will close in May after forty years of production, and its 600 "
        "workers were told of the decision at a meeting on Friday morning.\n\nThe company gave no reason.\n"
    )
    alignment = align(annotate(_TWO), annotate(origin))
    [pair] = [p for p in alignment.pairs if "Harrow" in p.article.text]
    assert pair.article.text.endswith("the union said.") and alignment.added == () and alignment.cut == ()
