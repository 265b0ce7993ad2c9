"""The Aho-Corasick term matcher: whole words, case, context conditions, stable offsets."""

from __future__ import annotations

from provenance.matching.terms import TermMatcher, lowered
from provenance.model import Severity
from provenance.ruleset.rules import Examples, RuleMeta, TermEntry, TermsRule

META = RuleMeta("t.t.t", "terms", Severity.INFO, "loaded-term", Examples((), ()), "t.yaml", 1)


def _find(text: str, *entries: TermEntry) -> list[str]:
    matcher = TermMatcher([TermsRule(META, entries)])
    return [text[h.start : h.end] for h in matcher.find(text)]


def test_whole_words_only() -> None:
    assert _find("The regime and the regimented", TermEntry("regime", ("regime",))) == ["regime"]


def test_case_sensitive_entry() -> None:
    entry = TermEntry("Daesh", ("Daesh",), case_sensitive=True)
    assert _find("Daesh and daesh", entry) == ["Daesh"]


def test_not_before_and_not_after() -> None:
    entry = TermEntry("attack", ("attack",), not_before=frozenset({"helicopter"}), not_after=frozenset({"heart"}))
    assert _find("an attack helicopter, a heart attack, an attack", entry) == ["attack"]


def test_offsets_survive_length_changing_lowercase() -> None:
    text = "İstanbul regime"
    assert len(lowered(text)) == len(text)
    assert _find(text, TermEntry("regime", ("regime",))) == ["regime"]
