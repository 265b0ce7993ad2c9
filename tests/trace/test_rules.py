"""Tests for provenance/trace/rules.py and the shipped rules.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from provenance.errors import ProvenanceError
from provenance.model import Severity, Span
from provenance.trace.rules import DEFAULT_RULES, load_trace_rules


def test_the_shipped_rules_load_with_their_settings() -> None:
    rules = load_trace_rules()
    assert {
        "trace.credit-missing",
        "trace.headline-rewritten",
        "trace.loaded-added",
        "trace.attribution-stripped",
        "trace.quote-altered",
        "trace.paragraph-added",
        "trace.paragraph-cut",
    } <= set(rules.rules)
    assert rules.min_coverage == 0.2 and rules.min_quote_words == 3 and rules.furniture_texts == 5


def test_severities_can_be_set_and_rules_disabled() -> None:
    rules = load_trace_rules(severities={"trace.credit-missing": "error"}, disabled=frozenset({"trace.paragraph-cut"}))
    assert rules.rules["trace.credit-missing"].severity is Severity.ERROR
    assert not rules.enabled("trace.paragraph-cut") and rules.enabled("trace.paragraph-added")


def test_messages_are_filled_flat_and_short() -> None:
    rules = load_trace_rules()
    change = rules.change("trace.loaded-added", Span(3, 10, "slammed"), new="slammed", old="criticized\n  " + "x" * 300)
    assert change.message.startswith("Loaded wording added: “slammed”; the origin's words here: “criticized x")
    assert "\n" not in change.message and len(change.message) < 200
    assert change.old is not None and len(change.old) > 300  # the full text stays on the change


def test_bad_overrides_and_files_are_problems(tmp_path: Path) -> None:
    with pytest.raises(ProvenanceError) as caught:
        load_trace_rules(severities={"trace.nope": "error", "trace.credit-missing": "fatal"})
    assert len(caught.value.problems) == 2
    bad = tmp_path / "rules.yaml"
    bad.write_text(
        "version: 1\nsettings: {min_coverage: 2, furniture_texts: 1}\nrules:\n"
        "  - {id: a, kind: k, severity: loud, message: m}\n"
        "  - {id: b, kind: k, severity: info, message: 'uses {unknown}'}\n"
        "  - {id: c, kind: k, severity: info, message: m, extra: 1}\n",
        encoding="utf-8",
    )
    with pytest.raises(ProvenanceError) as caught:
        load_trace_rules(bad)
    messages = " ".join(p.message for p in caught.value.problems)
    assert "severity" in messages and "unknown message fields" in messages and "unknown key" in messages
    assert "min_coverage" in messages and "furniture_texts" in messages


def test_byline_examples_hold() -> None:
    raw = yaml.safe_load(DEFAULT_RULES.read_text(encoding="utf-8"))["bylines"]["examples"]
    rules = load_trace_rules()
    assert [x for x in raw["match"] if not rules.is_byline(x)] == []
    assert [x for x in raw["no_match"] if rules.is_byline(x)] == []
    assert not rules.is_byline("By " + "Smith " * 40)  # long paragraphs are not tried


def test_a_bad_byline_pattern_is_a_problem(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yaml"
    bad.write_text("version: 1\nbylines: {patterns: ['By (']}\nrules: []\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="byline"):
        load_trace_rules(bad)
