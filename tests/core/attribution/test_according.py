"""Attribution phrases ("according to X"): where they are found and where their source phrase ends."""

from __future__ import annotations

from provenance import annotate, load_rulebook
from provenance.core.attribution.according import phrase_hits
from provenance.model import Span


def test_phrase_hits_are_whole_words_longest_first() -> None:
    text = "in the words of the minister, according to Reuters, and accordingly"
    hits = phrase_hits(text.lower(), Span(0, len(text), text), load_rulebook().phrases)
    found = sorted(text[at : at + size] for at, size, _ in hits)
    assert found == ["according to", "in the words of"]  # not "in" alone, not "accordingly"


def test_the_source_ends_before_a_reduced_relative() -> None:
    doc = annotate("Clinton leads by 83 points, according to a New York Times/CBS News poll released last week.")
    assert [a.source.text for a in doc.attributions if a.source] == ["a New York Times/CBS News poll"]
