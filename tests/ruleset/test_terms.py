"""The Aho-Corasick term matcher: whole words, case, context conditions, stable offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.model import Severity
from provenance.ruleset.loader import Pack, load_rulebook
from provenance.ruleset.rules import Examples, RuleMeta, TermEntry, TermsRule
from provenance.ruleset.terms import TermMatcher, lowered

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


def test_only_before_and_only_after() -> None:
    entry = TermEntry("illegal", ("illegal",), only_before=frozenset({"presence", "occupation"}))
    assert _find("illegal drugs and an illegal presence", entry) == ["illegal"]
    after = TermEntry("aggression", ("aggression",), only_after=frozenset({"new"}))
    assert _find("aggression in mice, new aggression", after) == ["aggression"]


def test_near_conditions_stay_inside_the_window_and_sentence() -> None:
    entry = TermEntry("attack on", ("attack on",), only_near=frozenset({"democracy"}), window=2)
    assert _find("An attack on a police post. Democracy won.", entry) == []
    assert _find("This is an attack on our democracy.", entry) == ["attack on"]
    assert _find("This is an attack on the people and finally democracy.", entry) == []
    quiet = TermEntry("evil", ("evil",), not_near=frozenset({"good"}), window=3)
    assert _find("call evil good. Then an evil plan", quiet) == ["evil"]


# Issue 18, finding 3: loaded terms that a reader sees must match, whatever the characters underneath.
@pytest.mark.parametrize(
    "written",
    ["r\u0435gime", "re\u00adgime", "\uff52egime", "re\u200bgime", "R\u0415GIME", "re\u200dgime"],
    ids=["cyrillic-e", "soft-hyphen", "fullwidth", "zero-width-space", "cyrillic-capital", "zwj"],
)
def test_disguised_terms_match_and_keep_offsets_as_read(written: str) -> None:
    text = f"The {written} fell."
    assert _find(text, TermEntry("regime", ("regime",))) == [written]


def test_a_folded_letter_does_not_join_words() -> None:
    assert _find("The regime\u200b fell; regimes\u00ad", TermEntry("regime", ("regime",))) == ["regime"]


def test_compound_tail_matches_only_inside_a_hyphenated_compound_and_spans_it() -> None:
    entry = TermEntry("hating", ("hating",), compound=True)
    assert _find("A Trump-hating, anti-America-hating crowd; hating is plain.", entry) == [
        "Trump-hating",
        "anti-America-hating",
    ]


def test_not_ahead_looks_only_after_the_term() -> None:
    entry = TermEntry("admitted", ("admitted",), not_ahead=frozenset({"into"}), window=5)
    text = "The office admitted Shaykh Hamza Sodagar into the country. Into the night, he admitted it."
    assert _find(text, entry) == ["admitted"]


def test_a_generated_form_listed_as_another_entrys_term_is_left_to_that_entry() -> None:
    adverb = TermEntry("insanely", ("insanely",))
    adjective = TermEntry("insane", ("insane", "insanely"))
    matcher = TermMatcher([TermsRule(META, (adverb, adjective))])
    assert [h.entry.term for h in matcher.find("an insanely long day")] == ["insanely"]


def test_a_term_pattern_matches_every_phrase_it_spells(tmp_path: Path) -> None:
    (tmp_path / "idioms.yaml").write_text(
        "ruleset: idioms\nrules:\n  - id: idioms\n    type: terms\n    category: loaded-term\n"
        "    message: m\n    description: d\n    inflect: verb\n"
        "    terms: ['drag his|her|their feet', 'shame on you|them', 'turn a? blind eye']\n"
        "    examples: {match: [They dragged their feet.], no_match: [They dragged the feet.]}\n"
    )
    book = load_rulebook([Pack("t", tmp_path)])
    matcher = TermMatcher(r for r in book.rules if isinstance(r, TermsRule))
    text = "He is dragging his feet. Shame on them! She turned blind eye, and they turn a blind eye."
    assert [text[h.start : h.end] for h in matcher.find(text)] == [
        "dragging his feet", "Shame on them", "turned blind eye", "turn a blind eye"
    ]
