"""Unattributed claims and vague-source hedges."""

from __future__ import annotations

from provenance.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook


def _categories(text: str, book: Rulebook) -> list[tuple[str, str]]:
    doc = annotate_text(text, book, readability=False)
    return [(f.category, f.span.text) for f in doc.findings if f.category in ("unattributed-claim", "hedge")]


def test_charged_narrator_sentence_without_a_source(book: Rulebook) -> None:
    text = "The new law is a disgraceful attack on free speech."
    assert _categories(text, book) == [("unattributed-claim", text)]


def test_an_attribution_in_the_paragraph_clears_it(book: Rulebook) -> None:
    text = "The new law is a disgraceful attack on free speech. Its opponents said so in a letter."
    assert _categories(text, book) == []


def test_vague_sources_are_hedges(book: Rulebook) -> None:
    found = _categories("Critics say the tax is unfair. It is believed the vote will pass.", book)
    assert ("hedge", "Critics say") in found and ("hedge", "It is believed") in found
