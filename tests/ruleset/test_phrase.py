"""Phrase patterns: words, alternatives, optional words, gaps, slots and typed slots like {verb:speech}."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from provenance.core.examples import check_examples
from provenance.core.pipeline import annotate_text
from provenance.ruleset.loader import Pack, default_pack, load_rulebook
from provenance.ruleset.phrase import PatternError, phrase_to_regex, regex_with_slots, slot_names
from provenance.ruleset.rulebook import Rulebook

VOCABULARY = {"verb": ("said", "says", "told", "believes"), "verb:speech": ("said", "says", "told")}


def _match(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(phrase_to_regex(pattern, VOCABULARY), text, re.IGNORECASE)


def test_speech_verb_slot_captures_the_verb_and_the_party() -> None:
    found = _match("{party} {verb:speech} it would not comment", "The ministry said it would not comment.")
    assert found is not None
    assert (found.group("party"), found.group("verb")) == ("The ministry", "said")


def test_typed_slot_only_matches_its_kind() -> None:
    assert _match("{party} {verb:speech} it would not comment", "He believes it would not comment.") is None
    assert _match("{party} {verb} it would not comment", "He believes it would not comment.") is not None


def test_typed_slot_respects_word_boundaries() -> None:
    assert _match("{verb:speech} that", "He retold that story.") is None


def test_a_slot_repeated_in_one_pattern_is_captured_once() -> None:
    found = _match("{verb:speech} ... and {verb:speech} again", "He said it and said again")
    assert found is not None and found.group("verb") == "said"


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("{nobody} said", "unknown slot {nobody}"),
        ("{party} {verb:shouting}", "no verb of type 'shouting' is defined"),
        ("{party} {adjective:loud}", "unknown slot {adjective:loud}"),
        ("   ", "empty pattern"),
    ],
)
def test_bad_patterns_are_refused(pattern: str, message: str) -> None:
    with pytest.raises(PatternError, match=re.escape(message)):
        phrase_to_regex(pattern, VOCABULARY)


def test_the_error_lists_the_known_slots() -> None:
    with pytest.raises(PatternError) as caught:
        phrase_to_regex("{nobody}", VOCABULARY)
    assert "{party}" in str(caught.value) and "{verb:speech}" in str(caught.value)
    assert caught.value.offset == 0


def test_regex_quantifiers_are_not_slots() -> None:
    assert slot_names(r"\d{4} {outlet} x{2,3}") == ["outlet"]
    compiled = re.compile(regex_with_slots(r"^\d{4} \((?-i:{outlet})\)"))
    found = compiled.search("2024 (Reuters)")
    assert found is not None and found.group("outlet") == "Reuters"


def test_regex_rules_may_use_typed_slots() -> None:
    found = re.search(regex_with_slots(r"{verb:speech}\s+reporters", VOCABULARY), "She told reporters")
    assert found is not None and found.group("verb") == "told"


SPEECH_RULE = """\
ruleset: comments
rules:
  - id: would-not-comment
    type: pattern
    category: missing-comment
    patterns: ["{party} {verb:speech} it|they would not comment"]
    examples:
      match: [The ministry said it would not comment on the strike.]
      no_match: [The ministry believes it would not comment on the strike.]
"""


def test_speech_slot_uses_the_verbs_of_the_loaded_rules(tmp_path: Path) -> None:
    (tmp_path / "c.yaml").write_text(SPEECH_RULE, encoding="utf-8")
    book = load_rulebook([default_pack(), Pack("mine", tmp_path)])
    doc = annotate_text("Officials say they would not comment.", book, readability=False)
    mine = [(m.rule, m.party and m.party.text) for m in doc.missing_comments if m.rule.startswith("mine.")]
    assert mine == [("mine.comments.would-not-comment", "Officials")]
    chosen = [r for r in book.rules if r.meta.id.startswith("mine.")]
    assert check_examples(book, chosen) == (2, [])


def test_speech_slot_needs_speech_verbs(tmp_path: Path) -> None:
    from provenance.errors import ProvenanceError

    (tmp_path / "c.yaml").write_text(SPEECH_RULE, encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        load_rulebook([Pack("mine", tmp_path)])
    (problem,) = caught.value.problems
    assert str(problem).endswith("known slots: {outlet}, {name}, {place}, {party}, {speaker}, {content})")
    assert (problem.line, problem.column) == (6, 16)


def test_shipped_rulebook_has_speech_verbs(book: Rulebook) -> None:
    from provenance.ruleset.loader import ParsedRuleset, parse_ruleset, ruleset_files, vocabulary_of

    parsed: list[ParsedRuleset] = [parse_ruleset(p, "default") for p in ruleset_files(default_pack().folder)]
    vocabulary = vocabulary_of(parsed)
    assert {"said", "told", "says"} <= set(vocabulary["verb:speech"])
    assert "believes" in vocabulary["verb:belief"] and "believes" not in vocabulary["verb:speech"]
