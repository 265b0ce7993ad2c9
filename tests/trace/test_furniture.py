"""Tests for provenance/trace/furniture.py, and furniture in whole traces: shared lines are not reuse."""

from __future__ import annotations

import random
from dataclasses import replace

from provenance import annotate
from provenance.model import Span
from provenance.trace.furniture import (
    MIN_LINE_WORDS,
    lines,
    story_count,
    threshold,
    with_furniture,
    without,
)
from provenance.trace.index import TraceIndex
from provenance.trace.rules import load_trace_rules
from provenance.trace.sources import SourceText
from provenance.trace.tracer import Tracer

NOTE = (
    "Editor's note: the mayor regularly ignores the harbor council, breaks his promises on dredging and "
    "refuses every interview this site asks for about the budget."
)
_VOCAB = [
    *("river", "orchard", "lantern", "granite", "violet", "meadow", "copper", "thistle", "harbor", "falcon"),
    *("willow", "ember", "pebble", "cedar", "quarry", "saddle", "bramble", "juniper", "marble", "ferry"),
    *("canyon", "tundra", "lagoon", "prairie", "glacier", "beacon", "anvil", "clover", "dune", "sparrow"),
]


def _story(seed: int, paragraphs: int = 2) -> str:
    """Sentences of words drawn at random: a text no other one shares."""
    pick = random.Random(seed)
    made = []
    for _ in range(paragraphs):
        made.append(" ".join(pick.choice(_VOCAB) for _ in range(24)).capitalize() + ".")
    return "\n\n".join(made)


def _site_article(seed: int) -> str:
    return f"Story number {seed} from the site\n\n{_story(seed)}\n\n{NOTE}\n"


def test_lines_are_keyed_by_their_words_whatever_the_case_and_punctuation() -> None:
    text = "Short line.\nThe Mayor said so, twice!\n\nthe mayor said so twice\n"
    found = lines(text)
    assert [text[x.start : x.end] for x in found] == ["The Mayor said so, twice!", "the mayor said so twice"]
    assert found[0].key == found[1].key and MIN_LINE_WORDS == 4


def test_furniture_needs_a_minimum_and_twice_the_story_count() -> None:
    found = lines("One two three four five.\nSix seven eight nine ten.\nEleven twelve thirteen fourteen.\n")
    counts = {found[0].key: 1, found[1].key: 1, found[2].key: 9}
    assert story_count(found, counts) == 1
    assert threshold(1, 5) == 5 and threshold(40, 5) == 80


def replace_span(start: int, end: int) -> Span:
    """A span whose text the functions under test do not read."""
    return Span(start, end, "")


def test_without_keeps_words_apart() -> None:
    assert without("alpha beta gamma delta", [replace_span(6, 11)]) == "alpha \ngamma delta"


def test_with_furniture_adds_lines_to_the_page_furniture() -> None:
    doc = annotate(_site_article(1), readability=False)
    at = doc.text.index(NOTE)
    marked = with_furniture(doc, [replace_span(at, at + len(NOTE))])
    assert any(s.start == at for s in marked.segmentation.boilerplate)
    assert with_furniture(doc, []) is doc


def _index(copies: int) -> TraceIndex:
    index = TraceIndex.in_memory()
    index.add(SourceText(f"site-{n}.txt", _site_article(n)) for n in range(copies))
    return index


def test_a_line_many_stored_texts_share_is_not_reuse() -> None:
    article = _site_article(99)
    assert Tracer(_index(6)).text(article, "new.txt").reuses == ()
    # The same trace with the furniture count out of reach reports the note as reuse: the test can fail.
    blind = replace(load_trace_rules(), furniture_texts=1000)
    assert Tracer(_index(6), blind).text(article, "new.txt").reuses


def test_a_line_few_stored_texts_share_is_still_reuse() -> None:
    assert Tracer(_index(2)).text(_site_article(99), "new.txt").reuses


def test_a_story_many_stored_texts_carry_is_reuse_and_its_copies_are_listed() -> None:
    wire = _story(7, paragraphs=4)
    index = TraceIndex.in_memory()
    carriers = (f"Wire story on site {n}\n\n{wire}\n\n{_story(100 + n, 1)}\n" for n in range(8))
    index.add(SourceText(f"carrier-{n}.txt", text) for n, text in enumerate(carriers))
    result = Tracer(index).text(f"Our headline\n\n{wire}\n", "article.txt")
    assert result.reuses and result.reuses[0].coverage == 1.0
    assert len(result.reuses) > 1 and {r.role for r in result.reuses[1:]} == {"alternative"}
