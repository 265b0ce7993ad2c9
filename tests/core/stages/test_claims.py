"""Unattributed claims and vague-source hedges."""

from __future__ import annotations

import pytest

from provenance.core.pipeline import annotate_text
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


def test_claim_words_are_found_alike_with_and_without_the_lower_case_prefilter(
    book: Rulebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The prefilter only skips sentences where no claim word occurs; findings must not depend on it.
    text = (
        "Headline here\n\nThe tax CLEARLY hurts the poor. Of Course it does. It is clearly\u00a0bad.\n\n"
        "Nothing unclearly said. In fact, no. Everyone Knows this.\n"
    )
    with_filter = _categories(text, book)
    monkeypatch.setattr("provenance.core.stages.claims.exact_for", lambda _text: False)
    assert _categories(text, book) == with_filter
    assert ("unattributed-claim", "The tax CLEARLY hurts the poor.") in with_filter
