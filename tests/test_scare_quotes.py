"""Scare quotes: short unattributed quotations in the narrator's voice, and cue words."""

from __future__ import annotations

from provenance.pipeline import annotate_text
from provenance.ruleset.rulebook import Rulebook


def _scare(text: str, book: Rulebook) -> list[str]:
    doc = annotate_text(text, book, readability=False)
    return [f.span.text for f in doc.findings if f.category == "scare-quote"]


def test_short_unattributed_quote_is_a_scare_quote(book: Rulebook) -> None:
    assert _scare("The “peacekeepers” opened fire on the crowd.", book) == ["peacekeepers"]


def test_attributed_quote_is_not(book: Rulebook) -> None:
    assert _scare("The minister said the plan was “reckless”.", book) == []


def test_long_quote_title_and_mention_are_not(book: Rulebook) -> None:
    assert _scare("The report is titled “Hidden Costs”.", book) == []
    assert _scare("The word “regime” appears twice.", book) == []
    assert _scare("The “plan to end the war in a year” failed.", book) == []


def test_cue_words(book: Rulebook) -> None:
    assert _scare("The so-called reforms failed. Ministers are supposed to vote.", book) == ["so-called"]
